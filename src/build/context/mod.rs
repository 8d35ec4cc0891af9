//! The build context: the files `COPY` and `ADD` read, the Dockerfile, and what the cache
//! compares.
//!
//! - [`open`] opens CONTEXT: a directory is used in place (never copied); a tar file, or a
//!   tar on stdin (`-`), is unpacked into a private directory (removed on drop) through the
//!   hostile-tar unpacker with its limits; a bare Dockerfile on stdin gives an empty
//!   context. It finds the Dockerfile (`-f`, else `Containerfile` then `Dockerfile` in the
//!   root) and the ignore file ([`ignore`]) and reads both with a size cap.
//! - [`Context::resolve`] turns COPY/ADD source patterns into [`Sources`] ([`sources`]):
//!   cleaned against the root, globs expanded, excluded paths invisible; symlinks followed
//!   only inside the root.
//! - [`Context::write_tar`] writes the selected files as one tar stream and
//!   [`Context::checksum`] digests them for the cache (module `walk`), from a stat cache of
//!   content digests when the builder gives one ([`Context::use_stat_cache`]).
//! - For ADD: [`Source::is_archive`] and [`Source::archive`] (a local archive, extracted by
//!   the builder through the hostile-tar unpacker), and [`remote::download`] for a URL.
//!
//! Every file is reached from a descriptor on the context root, one component at a time
//! with `O_NOFOLLOW` (`RESOLVE_BENEATH`): no path is joined and handed to the kernel whole,
//! so a link in the context, or one swapped in during the build, cannot lead a read out of
//! it. A link inside a copied directory is copied as a link.
//!
//! ## Keys and changes during a build
//!
//! The key ([`Context::checksum`]) and the stream ([`Context::write_tar`]) are two walks: a
//! file changed between them would put new content under the old key. After a copy, call
//! `checksum` again (with the stat cache, an `fstat` a file) and record the layer under the
//! key only when both agree.
//!
//! ## Entry names in the tar stream
//!
//! Names are relative to the destination directory: a directory source contributes its
//! contents (`a`, `a/b` ... for what is under it, never the directory itself), any other
//! source one entry named by its own base name as written (a followed symlink keeps the
//! link's name). The builder lands a single non-directory source at a file destination by
//! renaming that one entry ([`Sources::single_file`]).

pub mod ignore;
pub mod remote;
pub mod scratch;
pub mod sources;
mod statcache;
mod walk;

use std::ffi::OsStr;
use std::io::Read;
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use rustix::fs::{FileType, Mode, OFlags, ResolveFlags};
use rustix::io::Errno;

use crate::image::unpack::{CopyOwners, CopyRules, Limits};

pub use ignore::Ignore;
pub use sources::{Source, Sources};
pub use walk::Rewrite;

/// The largest Dockerfile (or ignore file) read: far above any real one.
pub const MAX_DOCKERFILE: u64 = 16 << 20;

/// What `open` needs from the command line.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    /// CONTEXT as given: a directory, a local tar file, or `-` (stdin).
    pub context: &'a str,
    /// `-f`: a path (relative to the current directory; inside the archive for a tar
    /// context), or `-` for a Dockerfile on stdin.
    pub file: Option<&'a str>,
    /// Where a tar context is unpacked (the store's tmp directory, or `$TMPDIR`).
    pub tmp_dir: &'a Path,
}

/// The Dockerfile's text and where it came from.
#[derive(Debug, Clone)]
pub struct Dockerfile {
    pub text: String,
    /// Its name for messages (`Dockerfile`, `-`, the `-f` path).
    pub shown: String,
}

/// An opened context. A tar context's directory is removed when this is dropped.
pub struct Context {
    root: OwnedFd,
    /// Where the root is (the directory given, or the unpacked copy), for messages.
    dir: PathBuf,
    ignore: Ignore,
    dockerfile: Dockerfile,
    /// Content digests by file status, when the builder gave a file for them.
    /// (A mutex, not a cell: stages built in parallel may share the context.)
    stat_cache: std::sync::Mutex<Option<statcache::StatCache>>,
    _unpacked: Option<scratch::Scratch>,
}

impl std::fmt::Debug for Context {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context")
            .field("dir", &self.dir)
            .field("dockerfile", &self.dockerfile.shown)
            .finish_non_exhaustive()
    }
}

/// Open the context and read its Dockerfile and ignore file; `stdin` is read when CONTEXT
/// or `-f` is `-`.
pub fn open(opts: &Options<'_>, stdin: impl Read) -> anyhow::Result<Context> {
    if opts.context == "-" && opts.file == Some("-") {
        bail!("invalid argument: can't use stdin for both build context and dockerfile");
    }
    if opts.context.contains("://") || opts.context.starts_with("git@") {
        bail!(
            "unable to prepare context: remote contexts are not supported: {}",
            opts.context
        );
    }
    let mut stdin = Some(stdin);
    let mut stdin_dockerfile = None;
    let (dir, unpacked, from_archive) =
        if let Some(mut input) = stdin.take_if(|_| opts.context == "-") {
            // A tar (compressed or not) or a Dockerfile: told apart by the first bytes.
            let mut head = Vec::with_capacity(512);
            (&mut input)
                .take(512)
                .read_to_end(&mut head)
                .context("reading stdin")?;
            let input = std::io::Cursor::new(head.clone()).chain(input);
            if is_archive(&head) {
                let tmp = unpack(input, opts.tmp_dir, "stdin")?;
                (tmp.path().to_path_buf(), Some(tmp), true)
            } else {
                stdin_dockerfile = Some(read_capped(input, "the Dockerfile on stdin")?);
                let tmp = scratch::Scratch::new(opts.tmp_dir)?;
                (tmp.path().to_path_buf(), Some(tmp), true)
            }
        } else {
            let path = Path::new(opts.context);
            let meta = match std::fs::metadata(path) {
                Ok(m) => m,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    bail!(
                        "unable to prepare context: path {:?} not found",
                        opts.context
                    )
                }
                Err(e) => bail!("unable to prepare context: stat {}: {e}", opts.context),
            };
            if meta.is_dir() {
                // Absolute, for messages that outlive a change of directory.
                let dir = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
                (dir, None, false)
            } else if meta.is_file() {
                let file = std::fs::File::open(path)
                    .with_context(|| format!("opening the context {}", opts.context))?;
                let tmp = unpack(file, opts.tmp_dir, opts.context)?;
                (tmp.path().to_path_buf(), Some(tmp), true)
            } else {
                bail!(
                    "unable to prepare context: {} is neither a directory nor a tar file",
                    opts.context
                );
            }
        };
    let root = rustix::fs::open(
        &dir,
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening the context {}", dir.display()))?;

    let (dockerfile, own_ignore) = match (stdin_dockerfile, opts.file) {
        (Some(text), _) => (dockerfile("-", text), None),
        (None, Some("-")) => {
            let input = stdin.take().context("stdin already read")?;
            let text = read_capped(input, "the Dockerfile on stdin")?;
            (dockerfile("-", text), None)
        }
        (None, Some(path)) if from_archive => {
            let text = read_in_root(&root, path)?
                .with_context(|| format!("the Dockerfile {path} is not in the context"))?;
            let name = format!("{path}.dockerignore");
            let own = read_in_root(&root, &name)?.map(|t| (name, t));
            (dockerfile(path, text), own)
        }
        (None, Some(path)) => {
            // A relative path is looked up from here, then in the context (as podman does).
            let text = match read_host(Path::new(path))? {
                Some(t) => Some(t),
                None if Path::new(path).is_relative() => read_host(&dir.join(path))?,
                None => None,
            };
            let text =
                text.with_context(|| format!("the Dockerfile {path}: no such file or directory"))?;
            let name = format!("{path}.dockerignore");
            let own = read_host(Path::new(&name))?.map(|t| (name, t));
            (dockerfile(path, text), own)
        }
        (None, None) => default_dockerfile(&root, &dir)?,
    };

    let mut ignore_file = own_ignore;
    for name in [".containerignore", ".dockerignore"] {
        if ignore_file.is_none() {
            ignore_file = read_in_root(&root, name)?.map(|t| (name.to_owned(), t));
        }
    }
    let ignore = match ignore_file {
        Some((name, t)) => Ignore::parse(&String::from_utf8_lossy(&t))
            .map_err(|e| anyhow::anyhow!("{name}: {e}"))?,
        None => Ignore::default(),
    };
    Ok(Context {
        root,
        dir,
        ignore,
        dockerfile,
        stat_cache: Default::default(),
        _unpacked: unpacked,
    })
}

impl Context {
    /// A directory context with no Dockerfile of its own: for `COPY --from` a finished
    /// stage's tree, with no ignore rules.
    pub fn from_dir(dir: &Path) -> anyhow::Result<Context> {
        let root = rustix::fs::open(
            dir,
            OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .with_context(|| format!("opening {}", dir.display()))?;
        Ok(Context::from_root(root, dir))
    }

    /// A context on a root already open (an `O_PATH` directory): a stage's filesystem seen
    /// by `COPY --from`, with no ignore rules; `shown` names it in messages.
    pub fn from_root(root: OwnedFd, shown: &Path) -> Context {
        Context {
            root,
            dir: shown.to_path_buf(),
            ignore: Ignore::default(),
            dockerfile: Dockerfile {
                text: String::new(),
                shown: String::new(),
            },
            stat_cache: Default::default(),
            _unpacked: None,
        }
    }

    pub fn dockerfile(&self) -> &Dockerfile {
        &self.dockerfile
    }

    /// The directory the context's files are in (the unpacked copy for a tar context).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn ignore(&self) -> &Ignore {
        &self.ignore
    }

    /// An `O_PATH` descriptor on the root.
    pub fn root(&self) -> &OwnedFd {
        &self.root
    }

    /// Remember content digests by file status in the file `path` (under the store), so
    /// [`Context::checksum`] of unchanged files costs an `fstat` each. Written back by
    /// [`Context::save_stat_cache`], or when the context is dropped.
    pub fn use_stat_cache(&mut self, path: &Path) {
        *self.stat_cache() = Some(statcache::StatCache::load(path));
    }

    /// Write the stat cache back if checksums added to it.
    pub fn save_stat_cache(&self) -> anyhow::Result<()> {
        if let Some(c) = self.stat_cache().as_mut() {
            c.save().context("writing the build's stat cache")?;
        }
        Ok(())
    }

    /// Files whose digest came from the stat cache, and files read and hashed, so far.
    pub fn hash_counts(&self) -> (u64, u64) {
        match self.stat_cache().as_ref() {
            Some(c) => (c.hits, c.misses),
            None => (0, 0),
        }
    }
}

impl Context {
    fn stat_cache(&self) -> std::sync::MutexGuard<'_, Option<statcache::StatCache>> {
        // A panic elsewhere cannot leave the cache half-updated in a way that matters:
        // every entry is checked against the file's status before use.
        self.stat_cache.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for Context {
    fn drop(&mut self) {
        if let Err(e) = self.save_stat_cache() {
            log::warn!("{e:#}");
        }
    }
}

fn dockerfile(shown: &str, bytes: Vec<u8>) -> Dockerfile {
    Dockerfile {
        text: String::from_utf8_lossy(&bytes).into_owned(),
        shown: shown.to_owned(),
    }
}

/// An ignore file's name and bytes.
type IgnoreFile = (String, Vec<u8>);

/// `Containerfile`, else `Dockerfile`, in the context root, with its own ignore file.
fn default_dockerfile(
    root: &OwnedFd,
    dir: &Path,
) -> anyhow::Result<(Dockerfile, Option<IgnoreFile>)> {
    for name in ["Containerfile", "Dockerfile"] {
        if let Some(text) = read_in_root(root, name)? {
            let ignore = format!("{name}.dockerignore");
            let own = read_in_root(root, &ignore)?.map(|t| (ignore, t));
            return Ok((dockerfile(name, text), own));
        }
    }
    bail!(
        "no Containerfile or Dockerfile found in the build context {}",
        dir.display()
    )
}

/// Whether `head` starts an archive: a compressed stream's magic, or a tar header.
fn is_archive(head: &[u8]) -> bool {
    let compressed = matches!(
        head,
        [0x1f, 0x8b, ..]
            | [b'B', b'Z', b'h', ..]
            | [0xfd, b'7', b'z', b'X', b'Z', 0, ..]
            | [0x28, 0xb5, 0x2f, 0xfd, ..]
    );
    compressed || is_tar_header(head)
}

/// Whether `block` is a tar header: its checksum holds, as a tar reader checks it (old
/// archives have no `ustar` magic).
pub fn is_tar_header(block: &[u8]) -> bool {
    let Some(block) = block.get(..512) else {
        return false;
    };
    if block.iter().all(|b| *b == 0) {
        return false;
    }
    let field = &block[148..156];
    let digits: String = field
        .iter()
        .map(|b| *b as char)
        .filter(|c| c.is_ascii_digit())
        .collect();
    let Ok(stored) = u32::from_str_radix(&digits, 8) else {
        return false;
    };
    let sum: u32 = block
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if (148..156).contains(&i) {
                32
            } else {
                u32::from(*b)
            }
        })
        .sum();
    stored == sum
}

/// Unpack a (possibly compressed) tar into a new private directory under `tmp_dir`.
fn unpack(input: impl Read, tmp_dir: &Path, shown: &str) -> anyhow::Result<scratch::Scratch> {
    let tmp = scratch::Scratch::new(tmp_dir)?;
    let stream = crate::image::unpack::decompress(input)
        .with_context(|| format!("reading the context {shown}"))?;
    let root = pathrs::Root::open(tmp.path())
        .with_context(|| format!("opening {}", tmp.path().display()))?;
    let rules = CopyRules {
        owners: match rustix::process::geteuid().is_root() {
            true => CopyOwners::Keep,
            false => CopyOwners::Caller,
        },
        overwrite: true,
        rename: None,
        shown_dir: PathBuf::from("/"),
    };
    crate::image::unpack::unpack_copy(stream, &root, &Limits::default(), &rules)
        .with_context(|| format!("unpacking the context {shown}"))?;
    Ok(tmp)
}

/// Up to [`MAX_DOCKERFILE`] bytes of `input`; more is an error.
fn read_capped(input: impl Read, shown: &str) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    input
        .take(MAX_DOCKERFILE + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("reading {shown}"))?;
    if bytes.len() as u64 > MAX_DOCKERFILE {
        bail!("{shown} is larger than {} MiB", MAX_DOCKERFILE >> 20);
    }
    Ok(bytes)
}

/// Read the regular file behind `fd` with the cap.
fn read_fd(fd: OwnedFd, shown: &str) -> anyhow::Result<Vec<u8>> {
    let st = rustix::fs::fstat(&fd).with_context(|| format!("reading {shown}"))?;
    if FileType::from_raw_mode(st.st_mode) != FileType::RegularFile {
        bail!("{shown} is not a regular file");
    }
    read_capped(std::fs::File::from(fd), shown)
}

/// A file of the context (`path` relative to its root, which links cannot leave); `None`
/// when it does not exist.
fn read_in_root(root: impl AsFd, path: &str) -> anyhow::Result<Option<Vec<u8>>> {
    // O_NONBLOCK: a FIFO opens at once and is refused as not regular.
    let flags = OFlags::RDONLY | OFlags::CLOEXEC | OFlags::NONBLOCK | OFlags::NOCTTY;
    let resolve = ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS;
    let rel = OsStr::from_bytes(path.trim_start_matches('/').as_bytes());
    match rustix::fs::openat2(root, rel, flags, Mode::empty(), resolve) {
        Ok(fd) => read_fd(fd, path).map(Some),
        Err(Errno::NOENT) => Ok(None),
        Err(e) => Err(e).with_context(|| format!("opening {path}")),
    }
}

/// A file of the host named on the command line (`-f`); `None` when it does not exist.
fn read_host(path: &Path) -> anyhow::Result<Option<Vec<u8>>> {
    let flags = OFlags::RDONLY | OFlags::CLOEXEC | OFlags::NONBLOCK | OFlags::NOCTTY;
    match rustix::fs::open(path, flags, Mode::empty()) {
        Ok(fd) => read_fd(fd, &path.display().to_string()).map(Some),
        Err(Errno::NOENT) => Ok(None),
        Err(e) => Err(e).with_context(|| format!("opening {}", path.display())),
    }
}

#[cfg(test)]
mod tests;
