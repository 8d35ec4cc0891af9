//! COPY/ADD source patterns resolved in the context, as docker resolves them:
//! - a pattern is relative to the context root; it is cleaned lexically first, and `..`
//!   cannot climb above the root (`../x` is `x`);
//! - `*`, `?` and `[..]` match within one path component (Go's `filepath.Match`); the
//!   matches are taken in byte order; a pattern that matches nothing is an error
//!   ("no source files were specified"), and so is a plain path that does not exist
//!   ("file not found in build context or excluded by .dockerignore");
//! - paths the ignore file excludes do not exist for the build;
//! - symlinks on the way, the last component included, are followed, but inside the
//!   context: an absolute target starts at the context root and `..` stops there, exactly
//!   as if the context were `/`. Nothing outside the context is ever reached.
//!
//! The lookup is done one component at a time from descriptors (`openat2` with
//! `O_NOFOLLOW` and `RESOLVE_BENEATH` on the parent's descriptor), a link's target spliced
//! into the components left, `..` popping the descriptor stack: the path actually reached is
//! known, so the ignore rules are checked on it, and no lookup can be redirected outside.

use std::collections::VecDeque;
use std::ffi::{OsStr, OsString};
use std::os::fd::OwnedFd;
use std::os::unix::ffi::OsStrExt;

use rustix::fs::{FileType, Mode, OFlags, ResolveFlags, Stat};
use rustix::io::Errno;

use super::ignore::{self, Ignore};

/// Symbolic links followed in one lookup before giving up, as the kernel's limit.
const MAX_LINKS: usize = 40;

/// Why a pattern gave no source; the builder prefixes `COPY failed: ` (or `ADD`).
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("no source files were specified")]
    NoMatch,
    #[error(
        "file not found in build context or excluded by .dockerignore: stat {0}: file does not exist"
    )]
    NotFound(String),
    #[error("stat {path}: {errno}")]
    Io { path: String, errno: Errno },
}

/// One source, resolved.
#[derive(Debug)]
pub struct Source {
    /// The path as matched, cleaned and relative to the root (`.` for the root itself).
    pub path: String,
    /// The path reached after following links (empty for the root).
    pub(super) real: String,
    /// The name of its entry in the tar stream: the base name of `path`.
    pub name: OsString,
    pub(super) obj: OwnedFd,
    pub(super) stat: Stat,
}

impl Source {
    pub fn is_dir(&self) -> bool {
        self.file_type() == FileType::Directory
    }

    pub fn file_type(&self) -> FileType {
        FileType::from_raw_mode(self.stat.st_mode)
    }

    /// Whether ADD extracts it: a regular file holding a tar archive, plain or compressed
    /// with gzip, bzip2, xz or zstd; told by content, never by name. A compressed file that
    /// is not a tar (`notes.txt.gz`) is copied as it is.
    pub fn is_archive(&self) -> bool {
        use std::io::Read;
        if self.file_type() != FileType::RegularFile {
            return false;
        }
        let Ok(stream) = self
            .open()
            .map_err(drop)
            .and_then(|f| crate::image::unpack::decompress(f).map_err(drop))
        else {
            return false;
        };
        let mut head = Vec::with_capacity(512);
        // A decompressor error (not a valid stream after all) means not an archive.
        if stream.take(512).read_to_end(&mut head).is_err() {
            return false;
        }
        super::is_tar_header(&head)
    }

    /// The archive's tar stream, decompressed, for the hostile-tar unpacker
    /// (`image::unpack::unpack_copy`) to extract at the destination.
    pub fn archive(&self) -> anyhow::Result<Box<dyn std::io::Read>> {
        use anyhow::Context as _;
        let file = self
            .open()
            .with_context(|| format!("opening {}", self.path))?;
        crate::image::unpack::decompress(file).with_context(|| format!("reading {}", self.path))
    }

    /// The path reached after following links, relative to the root: a path with no link
    /// left on it (empty for the root itself).
    pub fn real_path(&self) -> &str {
        if self.real.is_empty() {
            "."
        } else {
            &self.real
        }
    }

    /// The file opened for reading (a regular file only): the same inode that was
    /// resolved, never the name looked up again.
    pub fn open(&self) -> std::io::Result<std::fs::File> {
        crate::runtime::cp::tree::reopen(&self.obj)
    }
}

/// What a list of patterns resolved to, in the order written and, within a glob, in byte
/// order. Never empty.
#[derive(Debug)]
pub struct Sources {
    pub list: Vec<Source>,
    /// COPY `--exclude` patterns, matched against the names in the stream.
    pub(super) excludes: Ignore,
    /// COPY `--parents`: names keep the sources' paths.
    pub(super) parents: bool,
}

impl Sources {
    /// No sources (a COPY of here-documents only).
    pub fn empty() -> Sources {
        Sources {
            list: Vec::new(),
            excludes: Ignore::default(),
            parents: false,
        }
    }

    /// COPY `--parents`: every entry is named by its whole path in the context
    /// (`src/a/x.go`, not `x.go`), the directories on the way written first (once each, with
    /// their own metadata); a directory source is written itself, then its contents.
    pub fn keep_parents(&mut self) {
        self.parents = true;
    }

    /// Leave out what `patterns` (COPY `--exclude`, ignore-file syntax) match, relative to
    /// the destination as the tar stream names entries: `*.txt` is a file source named so,
    /// or a file at the top of a directory source; `**/*.txt` any below.
    pub fn exclude(&mut self, patterns: &[String]) -> Result<(), String> {
        self.excludes = Ignore::parse(&patterns.join("\n"))?;
        Ok(())
    }

    /// ADD: take out the sources that are archives (extracted, not copied); the rest stay.
    pub fn take_archives(&mut self) -> Vec<Source> {
        let (archives, rest) = std::mem::take(&mut self.list)
            .into_iter()
            .partition(|s| s.is_archive());
        self.list = rest;
        archives
    }

    /// The one source when there is exactly one and it is not a directory: then COPY may
    /// land it at a file name rather than inside a directory (never with `--parents`).
    pub fn single_file(&self) -> Option<&Source> {
        if self.parents {
            return None;
        }
        match self.list.as_slice() {
            [one] if !one.is_dir() => Some(one),
            _ => None,
        }
    }
}

/// Resolve `patterns` in the context under `root`.
pub fn resolve(
    root: &OwnedFd,
    ignore: &Ignore,
    patterns: &[String],
) -> Result<Sources, SourceError> {
    let mut list = Vec::new();
    for pattern in patterns {
        let cleaned = ignore::clean(&format!("/{pattern}"));
        let cleaned = match cleaned.as_str() {
            "/" => ".".to_owned(),
            _ => cleaned,
        };
        let paths = if is_pattern(&cleaned) {
            let found = expand(root, ignore, &cleaned)?;
            if found.is_empty() {
                return Err(SourceError::NoMatch);
            }
            found
        } else {
            vec![cleaned]
        };
        for path in paths {
            let found = lookup(root, ignore, &path).map_err(|e| match e {
                Errno::NOENT | Errno::NOTDIR => SourceError::NotFound(path.clone()),
                errno => SourceError::Io {
                    path: path.clone(),
                    errno,
                },
            })?;
            let name = match path.rsplit_once('/') {
                Some((_, base)) => OsString::from(base),
                None => OsString::from(&path),
            };
            list.push(Source {
                path,
                real: found.rel,
                name,
                obj: found.obj,
                stat: found.stat,
            });
        }
    }
    Ok(Sources {
        list,
        excludes: Ignore::default(),
        parents: false,
    })
}

/// The paths a glob matches, in byte order per component.
fn expand(root: &OwnedFd, ignore: &Ignore, pattern: &str) -> Result<Vec<String>, SourceError> {
    let mut found = vec![String::new()];
    for comp in pattern.split('/') {
        if !is_pattern(comp) {
            for f in &mut found {
                *f = join(f, comp);
            }
            continue;
        }
        let re =
            regex::Regex::new(&ignore::to_regex(comp, false)).map_err(|_| SourceError::NoMatch)?;
        let mut next = Vec::new();
        for dir in &found {
            let Ok(at) = lookup(root, ignore, if dir.is_empty() { "." } else { dir }) else {
                continue;
            };
            if FileType::from_raw_mode(at.stat.st_mode) != FileType::Directory {
                continue;
            }
            let Ok(names) = list_dir(&at.obj) else {
                continue;
            };
            for name in names {
                let Some(name) = name.to_str() else { continue };
                // A leading `.` is matched by `*` as by Go's filepath.Match.
                if re.is_match(name) {
                    let path = join(dir, name);
                    if visible(root, ignore, &path) {
                        next.push(path);
                    }
                }
            }
        }
        found = next;
    }
    Ok(found)
}

/// Whether a path (or component) is matched rather than looked up: it holds glob syntax,
/// or escapes (`arr\[0\].txt` names `arr[0].txt`).
fn is_pattern(path: &str) -> bool {
    ignore::has_glob(path) || path.contains('\\')
}

fn visible(root: &OwnedFd, ignore: &Ignore, path: &str) -> bool {
    ignore.is_empty() || lookup(root, ignore, path).is_ok()
}

fn join(dir: &str, name: &str) -> String {
    match dir {
        "" | "." => name.to_owned(),
        _ => format!("{dir}/{name}"),
    }
}

/// The names in a directory (an `O_PATH` descriptor), `.` and `..` left out, in byte order.
pub(super) fn list_dir(obj: &OwnedFd) -> std::io::Result<Vec<OsString>> {
    let dir = crate::runtime::cp::tree::open_dir(obj)?;
    let mut names = Vec::new();
    for entry in rustix::fs::Dir::read_from(&dir)? {
        let entry = entry?;
        let n = entry.file_name().to_bytes();
        if n != b"." && n != b".." {
            names.push(OsStr::from_bytes(n).to_owned());
        }
    }
    names.sort();
    Ok(names)
}

/// Open one name in a directory, never following it, never leaving the directory.
pub(super) fn open_child(dir: &OwnedFd, name: &OsStr) -> Result<OwnedFd, Errno> {
    let resolve = ResolveFlags::BENEATH | ResolveFlags::NO_MAGICLINKS;
    let flags = OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    loop {
        match rustix::fs::openat2(dir, name, flags, Mode::empty(), resolve) {
            Err(Errno::AGAIN) => continue,
            other => return other,
        }
    }
}

/// What a lookup reached.
pub(super) struct Found {
    pub obj: OwnedFd,
    pub stat: Stat,
    /// The path reached, relative to the root (empty for the root).
    pub rel: String,
}

/// Resolve `path` (relative, cleaned) from `root`, following symlinks inside the root;
/// an excluded path does not exist (`NOENT`).
pub(super) fn lookup(root: &OwnedFd, ignore: &Ignore, path: &str) -> Result<Found, Errno> {
    let mut todo: VecDeque<OsString> = components(path.as_bytes()).collect();
    // The directories walked through, from the root: (name, descriptor).
    let mut stack: Vec<(OsString, OwnedFd)> = Vec::new();
    let mut links = 0;
    let dup = |fd: &OwnedFd| rustix::io::fcntl_dupfd_cloexec(fd, 0);
    loop {
        let Some(name) = todo.pop_front() else {
            let (rel, obj) = match stack.pop() {
                Some((name, obj)) => (join(&rel_of(&stack), &name.to_string_lossy()), obj),
                None => (String::new(), dup(root)?),
            };
            let stat = rustix::fs::fstat(&obj)?;
            return Ok(Found { obj, stat, rel });
        };
        if name == ".." {
            stack.pop();
            continue;
        }
        let parent = stack.last().map_or(root, |(_, fd)| fd);
        let obj = open_child(parent, &name)?;
        let stat = rustix::fs::fstat(&obj)?;
        let kind = FileType::from_raw_mode(stat.st_mode);
        let rel = join(&rel_of(&stack), &name.to_string_lossy());
        if !ignore.is_empty()
            && ignore.excluded(&rel)
            && !(kind == FileType::Directory && ignore.may_include_below(&rel))
        {
            return Err(Errno::NOENT);
        }
        if kind == FileType::Symlink {
            links += 1;
            if links > MAX_LINKS {
                return Err(Errno::LOOP);
            }
            let target = rustix::fs::readlinkat(&obj, "", Vec::new())?;
            let target = target.as_bytes();
            if target.starts_with(b"/") {
                stack.clear();
            }
            for c in components(target).collect::<Vec<_>>().into_iter().rev() {
                todo.push_front(c);
            }
            continue;
        }
        if !todo.is_empty() && kind != FileType::Directory {
            return Err(Errno::NOTDIR);
        }
        stack.push((name, obj));
    }
}

fn rel_of(stack: &[(OsString, OwnedFd)]) -> String {
    let mut rel = String::new();
    for (name, _) in stack {
        rel = join(&rel, &name.to_string_lossy());
    }
    rel
}

fn components(path: &[u8]) -> impl Iterator<Item = OsString> + '_ {
    path.split(|b| *b == b'/')
        .filter(|c| !c.is_empty() && *c != b".")
        .map(|c| OsStr::from_bytes(c).to_owned())
}
