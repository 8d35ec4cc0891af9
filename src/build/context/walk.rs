//! The entries a set of sources contributes, walked once for the tar stream and once for the
//! cache's content key, in the same order: sources as listed, and under a directory, names
//! in byte order with each directory before what it holds.
//!
//! Under a directory source, excluded paths are left out; an excluded directory that an
//! exception reaches into is walked, and written (with its own metadata) only when
//! something below it is, just before that entry: a file's parents always come first.
//!
//! The content key hashes, per entry: its name, type, permission bits and owner as they
//! will be written (after `--chmod` and `--chown`), a regular file's bytes, a link's target,
//! a device's numbers and the extended attributes. Modification times are left out, as
//! docker's cache leaves them out for COPY and ADD: touching a file without changing it
//! keeps the step cached (the tar still carries the times).

use std::collections::HashSet;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use rustix::fs::{FileType, Stat};
use rustix::io::Errno;
use sha2::{Digest, Sha256};

use super::Context;
use super::ignore::Ignore;
use super::sources::{Sources, list_dir, open_child};
use super::statcache::StatCache;
pub use crate::runtime::cp::tree::Rewrite;
use crate::runtime::cp::tree::{TreeWriter, open_dir, read_xattrs, reopen};

/// Directories nested deeper under a source are refused. The walk holds one descriptor a
/// level, so this stays well under the usual limit of 1024 open files.
const MAX_DEPTH: usize = 512;

/// One entry to write: an `O_PATH` descriptor, its status, its name in the stream.
struct Entry<'a> {
    obj: &'a OwnedFd,
    stat: &'a Stat,
    name: &'a Path,
}

impl Context {
    /// Resolve COPY/ADD source patterns (see [`super::sources`]).
    pub fn resolve(&self, patterns: &[String]) -> Result<Sources, super::sources::SourceError> {
        super::sources::resolve(&self.root, &self.ignore, patterns)
    }

    /// Write the entries of `sources` to `out` as a tar stream (names as the module docs
    /// say), with `rewrite`'s owner and mode on every header. Returns the bytes of file
    /// content written.
    pub fn write_tar(
        &self,
        sources: &Sources,
        rewrite: Rewrite,
        out: impl Write,
    ) -> anyhow::Result<u64> {
        write_tar_of(rewrite, out, |f| self.visit(sources, f))
    }

    /// The content key of `sources` as `rewrite` writes them: `sha256:<hex>`.
    pub fn checksum(&self, sources: &Sources, rewrite: Rewrite) -> anyhow::Result<String> {
        let mut cache = self.stat_cache();
        checksum_of(rewrite, cache.as_mut(), |f| self.visit(sources, f))
    }

    fn visit(&self, sources: &Sources, f: Visit<'_>) -> anyhow::Result<()> {
        // With --parents: the parent directories written so far.
        let mut written: HashSet<String> = HashSet::new();
        for src in &sources.list {
            let shown = || format!("reading {} in the build context", src.path);
            // The name the source itself has in the stream: none for a directory's
            // contents, its path with --parents.
            let base = match (sources.parents, src.path.as_str()) {
                (true, ".") | (false, _) => None,
                (true, path) => {
                    self.write_parents(path, src.is_dir(), &mut written, f)
                        .with_context(shown)?;
                    Some(path)
                }
            };
            if src.is_dir() {
                let base = Path::new(base.unwrap_or(""));
                self.walk_dir(&src.obj, &src.real, base, &sources.excludes, f)
                    .with_context(shown)?;
                continue;
            }
            let name = base.map_or(Path::new(&src.name), Path::new);
            if !sources.excludes.excluded(&name.to_string_lossy()) {
                f(Entry {
                    obj: &src.obj,
                    stat: &src.stat,
                    name,
                })
                .with_context(shown)?;
            }
        }
        Ok(())
    }

    /// For `--parents`: the directories on `path` (and `path` itself when it is one), each
    /// once, with their own metadata.
    fn write_parents(
        &self,
        path: &str,
        is_dir: bool,
        written: &mut HashSet<String>,
        f: Visit<'_>,
    ) -> io::Result<()> {
        let ends = path.match_indices('/').map(|(i, _)| i);
        let ends: Vec<usize> = match is_dir {
            true => ends.chain([path.len()]).collect(),
            false => ends.collect(),
        };
        for end in ends {
            let dir = &path[..end];
            if written.contains(dir) {
                continue;
            }
            let found = super::sources::lookup(&self.root, &self.ignore, dir)?;
            if FileType::from_raw_mode(found.stat.st_mode) != FileType::Directory {
                return Err(Errno::NOTDIR.into());
            }
            f(Entry {
                obj: &found.obj,
                stat: &found.stat,
                name: Path::new(dir),
            })?;
            written.insert(dir.to_owned());
        }
        Ok(())
    }

    /// Visit what is under the directory `top` (context path `top_rel`), names relative to
    /// it. Iterative, so a deep tree costs heap, not stack; each level holds a descriptor.
    /// `exclude` (COPY `--exclude`) is matched against the names in the stream, which start
    /// with `base`.
    fn walk_dir(
        &self,
        top: &OwnedFd,
        top_rel: &str,
        base: &Path,
        exclude: &Ignore,
        f: Visit<'_>,
    ) -> io::Result<()> {
        struct Level {
            dir: OwnedFd,
            rel: String,
            prefix: PathBuf,
            names: std::vec::IntoIter<std::ffi::OsString>,
            /// `pending` as it was before this level: cut back to it when the level ends.
            mark: usize,
        }
        let level = |dir: OwnedFd, rel: String, prefix: PathBuf, mark: usize| {
            Ok::<_, io::Error>(Level {
                names: list_dir(&dir)?.into_iter(),
                dir,
                rel,
                prefix,
                mark,
            })
        };
        // Excluded directories not written yet: written just before something under them is.
        let mut pending: Vec<(OwnedFd, Stat, PathBuf)> = Vec::new();
        let top = rustix::io::fcntl_dupfd_cloexec(top, 0)?;
        let mut stack = vec![level(top, top_rel.to_owned(), base.to_path_buf(), 0)?];
        while let Some(cur) = stack.last_mut() {
            let Some(name) = cur.names.next() else {
                let done = stack.pop().expect("a level");
                pending.truncate(done.mark);
                continue;
            };
            let obj = match open_child(&cur.dir, &name) {
                Ok(o) => o,
                // Removed since the listing.
                Err(Errno::NOENT) => continue,
                Err(e) => return Err(e.into()),
            };
            let stat = rustix::fs::fstat(&obj)?;
            let is_dir = FileType::from_raw_mode(stat.st_mode) == FileType::Directory;
            let child_rel = match cur.rel.as_str() {
                "" => name.to_string_lossy().into_owned(),
                rel => format!("{rel}/{}", name.to_string_lossy()),
            };
            let child_name = cur.prefix.join(&name);
            if is_dir && stack.len() >= MAX_DEPTH {
                return Err(io::Error::other(format!(
                    "more than {MAX_DEPTH} levels of directories"
                )));
            }
            let by_context = !self.ignore.is_empty() && self.ignore.excluded(&child_rel);
            let shown = child_name.to_string_lossy();
            let by_flag = !exclude.is_empty() && exclude.excluded(&shown);
            if by_context || by_flag {
                // Walked on only when each rule that excludes it may re-include below.
                if is_dir
                    && (!by_context || self.ignore.may_include_below(&child_rel))
                    && (!by_flag || exclude.may_include_below(&shown))
                {
                    let mark = pending.len();
                    let sub = rustix::io::fcntl_dupfd_cloexec(&obj, 0)?;
                    pending.push((obj, stat, child_name.clone()));
                    stack.push(level(sub, child_rel, child_name, mark)?);
                }
                continue;
            }
            for (obj, stat, name) in pending.drain(..) {
                f(Entry {
                    obj: &obj,
                    stat: &stat,
                    name: &name,
                })?;
            }
            f(Entry {
                obj: &obj,
                stat: &stat,
                name: &child_name,
            })?;
            if is_dir {
                stack.push(level(obj, child_rel, child_name, 0)?);
            }
        }
        Ok(())
    }
}

/// A visit: calls its argument once per entry, in stream order.
type Visit<'v> = &'v mut dyn FnMut(Entry<'_>) -> io::Result<()>;

/// The tar stream of what `visit` yields.
fn write_tar_of(
    rewrite: Rewrite,
    out: impl Write,
    visit: impl FnOnce(Visit<'_>) -> anyhow::Result<()>,
) -> anyhow::Result<u64> {
    let mut tree = TreeWriter::new(out).with_rewrite(rewrite);
    visit(&mut |e| tree.append_one(e.obj, e.name))?;
    let bytes = tree.bytes;
    tree.finish()
        .and_then(|mut w| w.flush())
        .context("writing the copy's tar stream")?;
    Ok(bytes)
}

/// The content key of what `visit` yields.
fn checksum_of(
    rewrite: Rewrite,
    mut cache: Option<&mut StatCache>,
    visit: impl FnOnce(Visit<'_>) -> anyhow::Result<()>,
) -> anyhow::Result<String> {
    let mut key = Sha256::new();
    visit(&mut |e| hash_entry(&mut key, &e, rewrite, cache.as_deref_mut()))?;
    Ok(format!("sha256:{}", hex::encode(key.finalize())))
}

/// One file (`obj`, an `O_PATH` descriptor) as a tar stream of one entry named `name`.
pub(super) fn write_tar_one(
    obj: &OwnedFd,
    name: &Path,
    rewrite: Rewrite,
    out: impl Write,
) -> anyhow::Result<u64> {
    let stat = rustix::fs::fstat(obj)?;
    write_tar_of(rewrite, out, |f| {
        Ok(f(Entry {
            obj,
            stat: &stat,
            name,
        })?)
    })
}

/// The content key of one file written as [`write_tar_one`] writes it.
pub(super) fn checksum_one(obj: &OwnedFd, name: &Path, rewrite: Rewrite) -> anyhow::Result<String> {
    let stat = rustix::fs::fstat(obj)?;
    checksum_of(rewrite, None, |f| {
        Ok(f(Entry {
            obj,
            stat: &stat,
            name,
        })?)
    })
}

/// Add one entry to the content key. Each field is length-prefixed, so no two different
/// entries hash the same bytes.
fn hash_entry(
    key: &mut Sha256,
    e: &Entry<'_>,
    rewrite: Rewrite,
    cache: Option<&mut StatCache>,
) -> io::Result<()> {
    let field = |key: &mut Sha256, bytes: &[u8]| {
        key.update((bytes.len() as u64).to_le_bytes());
        key.update(bytes);
    };
    let kind = FileType::from_raw_mode(e.stat.st_mode);
    let mut mode = e.stat.st_mode & 0o7777;
    if let Some(m) = rewrite.mode
        && kind != FileType::Symlink
    {
        mode = m & 0o7777;
    }
    let (uid, gid) = rewrite.owner.unwrap_or((e.stat.st_uid, e.stat.st_gid));
    field(key, e.name.as_os_str().as_bytes());
    let tag: &[u8] = match kind {
        FileType::RegularFile => b"file",
        FileType::Directory => b"dir",
        FileType::Symlink => b"symlink",
        FileType::CharacterDevice => b"char",
        FileType::BlockDevice => b"block",
        FileType::Fifo => b"fifo",
        // Sockets are not written: not part of the key either.
        _ => return Ok(()),
    };
    field(key, tag);
    field(key, format!("{mode:o} {uid} {gid}").as_bytes());
    match kind {
        FileType::RegularFile => {
            field(key, &file_digest(e, cache)?);
        }
        FileType::Directory => {
            let dir = open_dir(e.obj)?;
            hash_xattrs(key, dir.as_fd());
        }
        FileType::Symlink => {
            let target = rustix::fs::readlinkat(e.obj, "", Vec::new())?;
            field(key, target.as_bytes());
        }
        FileType::CharacterDevice | FileType::BlockDevice => {
            field(key, &e.stat.st_rdev.to_le_bytes());
        }
        _ => {}
    }
    Ok(())
}

/// A regular file's content and extended attributes digested, from the stat cache when it
/// knows the file.
fn file_digest(e: &Entry<'_>, mut cache: Option<&mut StatCache>) -> io::Result<[u8; 32]> {
    if let Some(c) = cache.as_deref_mut()
        && let Some(d) = c.get(e.stat)
    {
        return Ok(d);
    }
    let file = reopen(e.obj)?;
    let mut h = Sha256::new();
    h.update(content_digest(&file, e.stat.st_size as u64)?);
    hash_xattrs(&mut h, file.as_fd());
    let digest: [u8; 32] = h.finalize().into();
    if let Some(c) = cache {
        c.put(e.stat, digest);
    }
    Ok(digest)
}

/// Extended attributes as docker's cache sees them: `system.*` and `security.*` (ACLs kept
/// elsewhere, SELinux labels that differ between hosts) left out, file capabilities kept.
fn hash_xattrs(key: &mut Sha256, fd: std::os::fd::BorrowedFd<'_>) {
    let wanted = |n: &str| {
        n == "security.capability" || !(n.starts_with("system.") || n.starts_with("security."))
    };
    for (name, value) in read_xattrs(fd).into_iter().filter(|(n, _)| wanted(n)) {
        key.update((name.len() as u64).to_le_bytes());
        key.update(name.as_bytes());
        key.update((value.len() as u64).to_le_bytes());
        key.update(&value);
    }
    key.update(b"\0xattrs-end");
}

/// sha256 of the first `len` bytes of `file` (the size the tar header will carry).
fn content_digest(file: &std::fs::File, len: u64) -> io::Result<[u8; 32]> {
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 64 << 10];
    let mut left = len;
    let mut file = file.take(len);
    while left > 0 {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
        left -= n as u64;
    }
    Ok(h.finalize().into())
}
