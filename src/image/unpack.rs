//! Applying a layer tar to a directory, treating the tar as hostile.
//!
//! The `tar` crate only parses. Every filesystem operation goes through a `pathrs::Root`
//! opened on the layer directory: parents are resolved inside the root (openat2
//! `RESOLVE_IN_ROOT`), and the final component is created with `*at` calls on that parent
//! fd with `O_NOFOLLOW`/`AT_SYMLINK_NOFOLLOW`. So absolute paths, `..` and symlinks, whether
//! in the tar or already in the tree, cannot place a write outside the layer. Entries with
//! absolute paths or `..` are refused outright, and the whole layer with them.
//!
//! Whiteouts become overlay whiteouts (char device 0:0); `.wh..wh..opq` marks its directory
//! opaque with `user.overlay.opaque=y` (overlay is mounted with `userxattr`).

use std::ffi::OsString;
use std::fs::{File, Permissions};
use std::io::{self, Read};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Component, Path, PathBuf};

use pathrs::Root;
use pathrs::flags::OpenFlags;
use rustix::fs::{AtFlags, FileType, Mode, OFlags, Timestamps, XattrFlags};
use rustix::io::Errno;

use super::tarsplit::Recorder;
use crate::store::blobs::HashingReader;

/// Caps that make a tar bomb fail cleanly instead of filling the disk.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_entries: u64,
    /// Total bytes of regular file content.
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_entries: 4_000_000,
            max_bytes: 256 << 30,
        }
    }
}

/// What applying a layer produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unpacked {
    /// sha256 of the uncompressed tar stream.
    pub diff_id: String,
    /// Bytes of regular file content written.
    pub size: u64,
    pub entries: u64,
    /// The highest owners of its entries (for `--userns=auto`).
    pub owners: crate::store::layers::LayerOwners,
}

#[derive(Debug, thiserror::Error)]
pub enum UnpackError {
    #[error("malformed tarball: {0}")]
    Malformed(String),
    #[error("refusing layer: entry {path:?} {reason}")]
    Unsafe { path: String, reason: String },
    /// A copy (`cp`) would replace a directory by a non-directory or the reverse.
    #[error("{0}")]
    Refused(String),
    #[error("layer exceeds the limit of {0}")]
    Limit(String),
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: io::Error,
    },
    #[error("{context}: {source}")]
    Path {
        context: String,
        #[source]
        source: pathrs::error::Error,
    },
}

pub type Result<T> = std::result::Result<T, UnpackError>;

fn io_err(context: impl Into<String>) -> impl FnOnce(io::Error) -> UnpackError {
    let context = context.into();
    move |source| UnpackError::Io { context, source }
}

fn errno_err(context: impl Into<String>) -> impl FnOnce(Errno) -> UnpackError {
    let context = context.into();
    move |e| UnpackError::Io {
        context,
        source: e.into(),
    }
}

fn path_err(context: impl Into<String>) -> impl FnOnce(pathrs::error::Error) -> UnpackError {
    let context = context.into();
    move |source| UnpackError::Path { context, source }
}

/// Read errors from the decompressor or the tar parser mean the input is bad, not the disk.
fn malformed(e: io::Error) -> UnpackError {
    UnpackError::Malformed(one_line(&e.to_string()))
}

/// Parser messages may quote the hostile bytes they choked on: keep them to one short line.
pub fn one_line(msg: &str) -> String {
    let mut s: String = msg
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(300)
        .collect();
    if msg.chars().count() > 300 {
        s.push_str("...");
    }
    s
}

/// The most memory an xz stream may ask for its dictionary: `xz -9` needs 64 MiB; a
/// hostile header asking for more fails instead of allocating it.
const XZ_MEMORY_KIB: u32 = 256 << 10;

/// Wrap `reader` in the decompressor its magic bytes call for (gzip, zstd, bzip2, xz, or
/// none). Layers are gzip or zstd; bzip2 and xz come with tars that `ADD` extracts.
pub fn decompress<'a>(reader: impl Read + 'a) -> Result<Box<dyn Read + 'a>> {
    let mut reader = reader;
    let mut head = Vec::with_capacity(6);
    (&mut reader)
        .take(6)
        .read_to_end(&mut head)
        .map_err(io_err("reading the input"))?;
    if head.is_empty() {
        return Err(UnpackError::Malformed("empty input".into()));
    }
    let whole = io::Cursor::new(head.clone()).chain(reader);
    Ok(match head.as_slice() {
        [0x1f, 0x8b, ..] => Box::new(flate2::read::MultiGzDecoder::new(whole)),
        [0x28, 0xb5, 0x2f, 0xfd, ..] => {
            Box::new(zstd::stream::read::Decoder::new(whole).map_err(io_err("starting zstd"))?)
        }
        [b'B', b'Z', b'h', ..] => Box::new(bzip2::read::MultiBzDecoder::new(whole)),
        [0xfd, b'7', b'z', b'X', b'Z', 0] => Box::new(lzma_rust2::XzReader::new_mem_limit(
            whole,
            true,
            XZ_MEMORY_KIB,
        )),
        _ => Box::new(whole),
    })
}

/// Apply the (possibly compressed) layer tar in `reader` to the directory `dest`.
pub fn unpack_layer(reader: impl Read, dest: &Path, limits: &Limits) -> Result<Unpacked> {
    unpack_layer_split(reader, dest, limits, None)
}

/// [`unpack_layer`], also recording the stream's tar-split (see [`super::tarsplit`]) so the
/// exact tar can be rebuilt from `dest` later.
pub fn unpack_layer_split(
    reader: impl Read,
    dest: &Path,
    limits: &Limits,
    split: Option<&Recorder>,
) -> Result<Unpacked> {
    let stream = decompress(reader)?;
    let stream: Box<dyn Read> = match split {
        Some(rec) => Box::new(rec.tee(stream)),
        None => stream,
    };
    let mut hashing = HashingReader::new(stream);
    let dest = dest
        .canonicalize()
        .map_err(io_err(format!("resolving {}", dest.display())))?;
    let root = Root::open(&dest).map_err(path_err(format!("opening {}", dest.display())))?;
    let mut ctx = Applier {
        root: &root,
        limits,
        size: 0,
        entries: 0,
        dir_times: Vec::new(),
        is_root: rustix::process::geteuid().is_root(),
        split,
        owners: Default::default(),
        copy: None,
        parent_cache: None,
    };
    ctx.apply_all(&mut hashing)?;
    let (diff_id, _) = hashing.finish().map_err(malformed)?;
    Ok(Unpacked {
        diff_id,
        size: ctx.size,
        entries: ctx.entries,
        owners: ctx.owners,
    })
}

/// Who owns what `cp` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyOwners {
    /// The ids in the tar (`cp -a`).
    Keep,
    /// These ids for every entry (copying into a container: its root).
    Force(u32, u32),
    /// Whoever writes them (copying out: the calling user).
    Caller,
}

/// How a `cp` tar is applied: no whiteouts, the owners chosen, entry names rebased.
#[derive(Debug, Clone)]
pub struct CopyRules {
    pub owners: CopyOwners,
    /// Replace a directory by a non-directory and the reverse.
    pub overwrite: bool,
    /// The entries' top component `from` is written as `to` instead; with `from` None,
    /// every entry (the archive's root included) is put under `to`.
    pub rename: Option<(Option<OsString>, OsString)>,
    /// Where the destination directory is, for messages.
    pub shown_dir: PathBuf,
}

impl CopyRules {
    fn rebase(&self, parts: &mut Vec<OsString>) {
        match &self.rename {
            Some((None, to)) => parts.insert(0, to.clone()),
            Some((Some(from), to)) if parts.first() == Some(from) => parts[0] = to.clone(),
            _ => {}
        }
    }

    fn shown(&self, rel: &Path) -> PathBuf {
        self.shown_dir.join(rel)
    }
}

/// Apply a `cp` tar stream (plain, never compressed) to the directory `root`, with the
/// same rules as a layer: every path resolved inside `root`, `..` and absolute names
/// refused, links kept inside, the limits enforced. Returns the bytes of file content.
pub fn unpack_copy(
    reader: impl Read,
    root: &Root,
    limits: &Limits,
    rules: &CopyRules,
) -> Result<u64> {
    let mut ctx = Applier {
        root,
        limits,
        size: 0,
        entries: 0,
        dir_times: Vec::new(),
        is_root: rustix::process::geteuid().is_root(),
        split: None,
        owners: Default::default(),
        copy: Some(rules),
        parent_cache: None,
    };
    ctx.apply_all(reader)?;
    Ok(ctx.size)
}

/// Split a tar path into its normal components, refusing absolute paths and `..`.
fn clean_path(raw: &Path) -> Result<Vec<OsString>> {
    let show = || raw.to_string_lossy().into_owned();
    let mut out = Vec::new();
    for c in raw.components() {
        match c {
            Component::Normal(n) => out.push(n.to_owned()),
            Component::CurDir => {}
            Component::RootDir | Component::Prefix(_) => {
                return Err(UnpackError::Unsafe {
                    path: show(),
                    reason: "has an absolute path".into(),
                });
            }
            Component::ParentDir => {
                return Err(UnpackError::Unsafe {
                    path: show(),
                    reason: "contains '..'".into(),
                });
            }
        }
    }
    Ok(out)
}

fn join(parts: &[OsString]) -> PathBuf {
    parts.iter().collect()
}

struct Meta {
    mode: u32,
    uid: u64,
    gid: u64,
    mtime: u64,
    xattrs: Vec<(OsString, Vec<u8>)>,
}

struct Applier<'a> {
    root: &'a Root,
    limits: &'a Limits,
    size: u64,
    entries: u64,
    /// Directory mtimes are set last: creating children would bump them again. So is a
    /// mode that denies the owner access (`0o500`, `0o000`): a caller without
    /// CAP_DAC_OVERRIDE could not create the children otherwise.
    dir_times: Vec<(PathBuf, u64, Option<u32>)>,
    is_root: bool,
    /// Told where each regular file's content lies in the stream.
    split: Option<&'a Recorder>,
    owners: crate::store::layers::LayerOwners,
    /// Set for `cp`: no whiteouts, owners and names as the rules say.
    copy: Option<&'a CopyRules>,
    /// The last parent directory resolved, by its path: a tar lists a directory's entries
    /// together, so most entries reuse it instead of walking from the root again. Dropped
    /// whenever an entry lands at or above it (it may have been replaced).
    parent_cache: Option<(PathBuf, OwnedFd)>,
}

impl Applier<'_> {
    fn apply_all(&mut self, reader: impl Read) -> Result<()> {
        let mut archive = tar::Archive::new(reader);
        for entry in archive.entries().map_err(malformed)? {
            let mut entry = entry.map_err(malformed)?;
            self.entries += 1;
            if self.entries > self.limits.max_entries {
                return Err(UnpackError::Limit(format!(
                    "{} entries",
                    self.limits.max_entries
                )));
            }
            self.apply(&mut entry)?;
        }
        self.finish_dir_times()
    }

    fn apply<R: Read>(&mut self, entry: &mut tar::Entry<'_, R>) -> Result<()> {
        let raw = entry.path().map_err(malformed)?.into_owned();
        let shown = raw.to_string_lossy().into_owned();
        let mut parts = clean_path(&raw)?;
        if let Some(rules) = self.copy {
            rules.rebase(&mut parts);
        }
        let kind = entry.header().entry_type();
        if matches!(
            kind,
            tar::EntryType::XGlobalHeader | tar::EntryType::XHeader
        ) {
            return Ok(());
        }
        let Some((name, parent_parts)) = parts.split_last() else {
            // "./" itself: the layer root's own attributes do not reach the merged tree.
            return Ok(());
        };
        let mut meta = self.read_meta(entry)?;
        if let Some(CopyRules {
            owners: CopyOwners::Force(uid, gid),
            ..
        }) = self.copy
        {
            (meta.uid, meta.gid) = (u64::from(*uid), u64::from(*gid));
        }
        let parent_rel = join(parent_parts);
        let name_bytes = name.as_bytes();

        // Whiteouts (layers only: a copied file may be named so).
        if self.copy.is_none()
            && let Some(target) = name_bytes.strip_prefix(b".wh.")
        {
            // It deletes something, maybe the cached directory or one above it.
            self.parent_cache = None;
            let parent = self.parent_dir(&parent_rel, &shown)?;
            if target == b".wh..opq" {
                let dir = rustix::fs::openat(
                    &parent,
                    ".",
                    OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
                    Mode::empty(),
                )
                .map_err(errno_err(format!("opening directory of {shown}")))?;
                rustix::fs::fsetxattr(&dir, "user.overlay.opaque", b"y", XattrFlags::empty())
                    .map_err(errno_err(format!("marking {shown} opaque")))?;
                return Ok(());
            }
            if target.starts_with(b".wh.") || target.is_empty() || target == b"." || target == b".."
            {
                log::debug!("skipping whiteout metadata entry {shown}");
                return Ok(());
            }
            let target = OsString::from(std::ffi::OsStr::from_bytes(target));
            self.clear(&parent, &parent_rel.join(&target), &target, false)?;
            rustix::fs::mknodat(
                &parent,
                &target,
                FileType::CharacterDevice,
                Mode::empty(),
                rustix::fs::makedev(0, 0),
            )
            .map_err(errno_err(format!("creating whiteout for {shown}")))?;
            return Ok(());
        }

        let id = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
        self.owners.note(id(meta.uid), id(meta.gid));
        let rel = parent_rel.join(name);
        if self
            .parent_cache
            .as_ref()
            .is_some_and(|(cached, _)| cached.starts_with(&rel))
        {
            self.parent_cache = None;
        }
        let parent = self.cached_parent_dir(&parent_rel, &shown)?;
        match kind {
            tar::EntryType::Directory => {
                if !self.clear(&parent, &rel, name, true)? {
                    rustix::fs::mkdirat(&parent, name, Mode::from_raw_mode(0o700))
                        .map_err(errno_err(format!("creating directory {shown}")))?;
                }
                let fd = rustix::fs::openat(
                    &parent,
                    name,
                    OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                    Mode::empty(),
                )
                .map_err(errno_err(format!("opening directory {shown}")))?;
                self.set_fd_meta(&fd, &meta, &shown, false)?;
                let mode = meta.mode & 0o7777;
                let later = (mode & 0o700 != 0o700).then_some(mode);
                if later.is_some() {
                    rustix::fs::fchmod(&fd, Mode::from_raw_mode(mode | 0o700))
                        .map_err(errno_err(format!("changing mode of {shown}")))?;
                }
                self.dir_times.push((rel, meta.mtime, later));
            }
            tar::EntryType::Regular | tar::EntryType::Continuous | tar::EntryType::GNUSparse => {
                let size = entry.size();
                if self.size.saturating_add(size) > self.limits.max_bytes {
                    return Err(UnpackError::Limit(format!(
                        "{} bytes of file content",
                        self.limits.max_bytes
                    )));
                }
                self.clear(&parent, &rel, name, false)?;
                let fd = rustix::fs::openat(
                    &parent,
                    name,
                    OFlags::CREATE
                        | OFlags::EXCL
                        | OFlags::WRONLY
                        | OFlags::NOFOLLOW
                        | OFlags::CLOEXEC,
                    Mode::from_raw_mode(0o600),
                )
                .map_err(errno_err(format!("creating {shown}")))?;
                let mut file = File::from(fd);
                if let Some(rec) = self.split
                    && kind != tar::EntryType::GNUSparse
                {
                    rec.file_content(entry.raw_file_position(), size, &rel);
                }
                let written = copy_entry(entry, &mut file, &shown)?;
                if written != size {
                    return Err(UnpackError::Malformed(format!(
                        "unexpected end of archive inside {shown} ({written} of {size} bytes)"
                    )));
                }
                self.size += written;
                self.set_fd_meta(file.as_fd(), &meta, &shown, true)?;
            }
            tar::EntryType::Symlink => {
                let target = entry
                    .link_name()
                    .map_err(malformed)?
                    .ok_or_else(|| {
                        UnpackError::Malformed(format!("symlink {shown} has no target"))
                    })?
                    .into_owned();
                self.clear(&parent, &rel, name, false)?;
                rustix::fs::symlinkat(&target, &parent, name)
                    .map_err(errno_err(format!("creating symlink {shown}")))?;
                self.set_at_meta(&parent, name, &meta, &shown)?;
            }
            tar::EntryType::Link => {
                let target = entry
                    .link_name()
                    .map_err(malformed)?
                    .ok_or_else(|| {
                        UnpackError::Malformed(format!("hard link {shown} has no target"))
                    })?
                    .into_owned();
                let mut tparts = clean_path(&target).map_err(|e| match e {
                    UnpackError::Unsafe { reason, .. } => UnpackError::Unsafe {
                        path: shown.clone(),
                        reason: format!("is a hard link whose target {target:?} {reason}"),
                    },
                    e => e,
                })?;
                if let Some(rules) = self.copy {
                    rules.rebase(&mut tparts);
                }
                let Some((tname, tparent)) = tparts.split_last() else {
                    return Err(UnpackError::Unsafe {
                        path: shown,
                        reason: "is a hard link to the layer root".into(),
                    });
                };
                let tdir = self
                    .root
                    .resolve(join(tparent))
                    .map_err(path_err(format!("resolving hard link target of {shown}")))?;
                if join(&tparts) != rel {
                    self.clear(&parent, &rel, name, false)?;
                }
                rustix::fs::linkat(&tdir, tname, &parent, name, AtFlags::empty()).map_err(
                    errno_err(format!(
                        "creating hard link {shown} -> {}",
                        target.display()
                    )),
                )?;
            }
            tar::EntryType::Fifo | tar::EntryType::Char | tar::EntryType::Block => {
                let (ft, what) = match kind {
                    tar::EntryType::Fifo => (FileType::Fifo, "fifo"),
                    tar::EntryType::Char => (FileType::CharacterDevice, "character device"),
                    _ => (FileType::BlockDevice, "block device"),
                };
                let dev = if ft == FileType::Fifo {
                    0
                } else {
                    let h = entry.header();
                    let major = h.device_major().ok().flatten().unwrap_or(0);
                    let minor = h.device_minor().ok().flatten().unwrap_or(0);
                    rustix::fs::makedev(major, minor)
                };
                self.clear(&parent, &rel, name, false)?;
                match rustix::fs::mknodat(
                    &parent,
                    name,
                    ft,
                    Mode::from_raw_mode(meta.mode & 0o7777),
                    dev,
                ) {
                    Ok(()) => {}
                    Err(Errno::PERM) if ft != FileType::Fifo => {
                        log::debug!("skipping {what} {shown}: mknod not permitted here");
                        return Ok(());
                    }
                    Err(e) => return Err(errno_err(format!("creating {what} {shown}"))(e)),
                }
                self.set_at_meta(&parent, name, &meta, &shown)?;
            }
            other => {
                log::debug!("skipping {shown}: unsupported tar entry type {other:?}");
            }
        }
        Ok(())
    }

    fn read_meta<R: Read>(&self, entry: &mut tar::Entry<'_, R>) -> Result<Meta> {
        let mut xattrs = Vec::new();
        if let Some(pax) = entry.pax_extensions().map_err(malformed)? {
            for ext in pax {
                let ext = ext.map_err(malformed)?;
                let Some(name) = ext.key_bytes().strip_prefix(b"SCHILY.xattr.") else {
                    continue;
                };
                // Overlay's own attributes are ours to set (opaque dirs); a layer that
                // brings its own could redirect lookups or fake whiteouts.
                if name.starts_with(b"user.overlay.") || name.starts_with(b"trusted.overlay.") {
                    log::debug!("dropping overlay xattr {}", String::from_utf8_lossy(name));
                    continue;
                }
                xattrs.push((
                    std::ffi::OsStr::from_bytes(name).to_owned(),
                    ext.value_bytes().to_vec(),
                ));
            }
        }
        let h = entry.header();
        Ok(Meta {
            // A link's mode means nothing; some writers leave it blank.
            mode: match h.entry_type() {
                tar::EntryType::Symlink | tar::EntryType::Link => h.mode().unwrap_or(0o777),
                _ => h.mode().map_err(malformed)?,
            },
            // Some writers leave these blank; read blank as 0 like other tar readers.
            uid: h.uid().unwrap_or(0),
            gid: h.gid().unwrap_or(0),
            mtime: h.mtime().unwrap_or(0),
            xattrs,
        })
    }

    /// [`Applier::parent_dir`] through the one-entry cache.
    fn cached_parent_dir(&mut self, parent_rel: &Path, shown: &str) -> Result<OwnedFd> {
        if let Some((cached, fd)) = &self.parent_cache
            && cached == parent_rel
        {
            return fd
                .try_clone()
                .map_err(io_err(format!("opening the parent directory of {shown}")));
        }
        let fd = self.parent_dir(parent_rel, shown)?;
        if let Ok(copy) = fd.try_clone() {
            self.parent_cache = Some((parent_rel.to_owned(), copy));
        }
        Ok(fd)
    }

    /// The parent directory of an entry, created (0755) when missing, resolved in the root.
    fn parent_dir(&self, parent_rel: &Path, shown: &str) -> Result<OwnedFd> {
        if parent_rel.as_os_str().is_empty() {
            return rustix::fs::openat(
                self.root,
                ".",
                OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
                Mode::empty(),
            )
            .map_err(errno_err("opening the layer root"));
        }
        let handle = self
            .root
            .mkdir_all(parent_rel, &Permissions::from_mode(0o755))
            .map_err(path_err(format!(
                "creating the parent directory of {shown}"
            )))?;
        Ok(OwnedFd::from(handle))
    }

    /// Make room for a new entry at `parent/name`. Returns true when an existing directory
    /// was kept because the new entry is a directory too.
    fn clear(&self, parent: &OwnedFd, rel: &Path, name: &OsString, keep_dir: bool) -> Result<bool> {
        match rustix::fs::statat(parent, name, AtFlags::SYMLINK_NOFOLLOW) {
            Err(Errno::NOENT) => Ok(false),
            Err(e) => Err(errno_err(format!("inspecting {}", rel.display()))(e)),
            Ok(st) => {
                let is_dir = FileType::from_raw_mode(st.st_mode) == FileType::Directory;
                if is_dir && keep_dir {
                    return Ok(true);
                }
                if let Some(rules) = self.copy
                    && !rules.overwrite
                    && is_dir != keep_dir
                {
                    let (old, new) = match is_dir {
                        true => ("directory", "non-directory"),
                        false => ("non-directory", "directory"),
                    };
                    return Err(UnpackError::Refused(format!(
                        "cannot overwrite {old} {:?} with {new} (--overwrite allows it)",
                        rules.shown(rel)
                    )));
                }
                if is_dir {
                    self.root
                        .remove_all(rel)
                        .map_err(path_err(format!("replacing {}", rel.display())))?;
                } else {
                    rustix::fs::unlinkat(parent, name, AtFlags::empty())
                        .map_err(errno_err(format!("replacing {}", rel.display())))?;
                }
                Ok(false)
            }
        }
    }

    /// Owner, mode, xattrs and (for non-directories) mtime on an open file or directory.
    fn set_fd_meta(&self, fd: impl AsFd, meta: &Meta, shown: &str, mtime: bool) -> Result<()> {
        let fd = fd.as_fd();
        if let Some((uid, gid)) = self.ids(meta) {
            match rustix::fs::fchown(fd, Some(uid), Some(gid)) {
                Ok(()) => {}
                Err(e) if self.chown_ignorable(e) => {
                    log::debug!("chown {shown} to {}:{}: {e} (ignored)", meta.uid, meta.gid)
                }
                Err(e) => return Err(errno_err(format!("changing owner of {shown}"))(e)),
            }
        }
        // After chown: chown clears the set-id bits.
        rustix::fs::fchmod(fd, Mode::from_raw_mode(meta.mode & 0o7777))
            .map_err(errno_err(format!("changing mode of {shown}")))?;
        for (name, value) in &meta.xattrs {
            if let Err(e) = rustix::fs::fsetxattr(fd, name, value, XattrFlags::empty()) {
                log::debug!("xattr {} on {shown}: {e} (skipped)", name.to_string_lossy());
            }
        }
        if mtime {
            rustix::fs::futimens(fd, &times(meta.mtime))
                .map_err(errno_err(format!("setting mtime of {shown}")))?;
        }
        Ok(())
    }

    /// Owner, mode and mtime of a symlink or node without opening it.
    fn set_at_meta(
        &self,
        parent: &OwnedFd,
        name: &OsString,
        meta: &Meta,
        shown: &str,
    ) -> Result<()> {
        if let Some((uid, gid)) = self.ids(meta) {
            match rustix::fs::chownat(
                parent,
                name,
                Some(uid),
                Some(gid),
                AtFlags::SYMLINK_NOFOLLOW,
            ) {
                Ok(()) => {}
                Err(e) if self.chown_ignorable(e) => {
                    log::debug!("chown {shown} to {}:{}: {e} (ignored)", meta.uid, meta.gid)
                }
                Err(e) => return Err(errno_err(format!("changing owner of {shown}"))(e)),
            }
        }
        let st = rustix::fs::statat(parent, name, AtFlags::SYMLINK_NOFOLLOW)
            .map_err(errno_err(format!("inspecting {shown}")))?;
        if FileType::from_raw_mode(st.st_mode) != FileType::Symlink {
            // chmodat follows symlinks, so only for the node we just made (not a symlink).
            rustix::fs::chmodat(
                parent,
                name,
                Mode::from_raw_mode(meta.mode & 0o7777),
                AtFlags::empty(),
            )
            .map_err(errno_err(format!("changing mode of {shown}")))?;
        }
        rustix::fs::utimensat(parent, name, &times(meta.mtime), AtFlags::SYMLINK_NOFOLLOW)
            .map_err(errno_err(format!("setting mtime of {shown}")))?;
        Ok(())
    }

    /// The owner to give an entry, if any.
    fn ids(&self, meta: &Meta) -> Option<(rustix::fs::Uid, rustix::fs::Gid)> {
        match self.copy {
            Some(CopyRules {
                owners: CopyOwners::Caller,
                ..
            }) => None,
            _ => ids(meta),
        }
    }

    /// EINVAL: the id is not mapped in this user namespace; EPERM: not root (unit tests).
    fn chown_ignorable(&self, e: Errno) -> bool {
        e == Errno::INVAL || (e == Errno::PERM && !self.is_root)
    }

    fn finish_dir_times(&mut self) -> Result<()> {
        // Deepest first: a parent's restrictive mode must not lock out its children.
        for (rel, mtime, mode) in self.dir_times.drain(..).rev() {
            let dir = match self.root.open_subpath(
                &rel,
                OpenFlags::O_RDONLY | OpenFlags::O_DIRECTORY | OpenFlags::O_NOFOLLOW,
            ) {
                Ok(d) => d,
                // Replaced or removed by a later entry.
                Err(_) => continue,
            };
            rustix::fs::futimens(&dir, &times(mtime))
                .map_err(errno_err(format!("setting mtime of {}", rel.display())))?;
            if let Some(mode) = mode {
                rustix::fs::fchmod(&dir, Mode::from_raw_mode(mode))
                    .map_err(errno_err(format!("changing mode of {}", rel.display())))?;
            }
        }
        Ok(())
    }
}

fn ids(meta: &Meta) -> Option<(rustix::fs::Uid, rustix::fs::Gid)> {
    // u32::MAX means "unchanged" to chown; such ids cannot be represented.
    let uid = u32::try_from(meta.uid).ok().filter(|u| *u != u32::MAX)?;
    let gid = u32::try_from(meta.gid).ok().filter(|g| *g != u32::MAX)?;
    Some((
        rustix::fs::Uid::from_raw_unchecked(uid),
        rustix::fs::Gid::from_raw_unchecked(gid),
    ))
}

fn times(mtime: u64) -> Timestamps {
    let ts = rustix::fs::Timespec {
        tv_sec: i64::try_from(mtime).unwrap_or(i64::MAX),
        tv_nsec: 0,
    };
    Timestamps {
        last_access: ts,
        last_modification: ts,
    }
}

fn copy_entry<R: Read>(entry: &mut tar::Entry<'_, R>, file: &mut File, shown: &str) -> Result<u64> {
    let mut buf = vec![0u8; 128 * 1024];
    let mut total = 0u64;
    loop {
        let n = match entry.read(&mut buf) {
            Ok(0) => return Ok(total),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(malformed(e)),
        };
        io::Write::write_all(file, &buf[..n]).map_err(io_err(format!("writing {shown}")))?;
        total += n as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::{FileTypeExt, MetadataExt};

    /// Append an entry with a raw (unvalidated) name and link name, as a hostile tar would.
    fn raw(
        b: &mut tar::Builder<Vec<u8>>,
        kind: tar::EntryType,
        path: &str,
        link: &str,
        data: &[u8],
    ) {
        let mut h = tar::Header::new_gnu();
        {
            let old = h.as_old_mut();
            old.name[..path.len()].copy_from_slice(path.as_bytes());
            old.linkname[..link.len()].copy_from_slice(link.as_bytes());
        }
        h.set_entry_type(kind);
        h.set_size(data.len() as u64);
        h.set_mode(if kind == tar::EntryType::Directory {
            0o755
        } else {
            0o644
        });
        h.set_mtime(1_000_000);
        h.set_uid(0);
        h.set_gid(0);
        h.set_cksum();
        b.append(&h, data).unwrap();
    }

    fn tar_of(f: impl FnOnce(&mut tar::Builder<Vec<u8>>)) -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        f(&mut b);
        b.into_inner().unwrap()
    }

    struct Env {
        _tmp: tempfile::TempDir,
        root: PathBuf,
        outside: PathBuf,
    }

    fn env() -> Env {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("a/b/root");
        let outside = tmp.path().join("outside");
        std::fs::create_dir_all(&root).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("secret"), b"s").unwrap();
        Env {
            _tmp: tmp,
            root,
            outside,
        }
    }

    fn unpack(e: &Env, tar: &[u8]) -> Result<Unpacked> {
        unpack_layer(tar, &e.root, &Limits::default())
    }

    /// Everything outside the layer root is as the test made it.
    fn assert_outside_untouched(e: &Env) {
        let base = e.root.parent().unwrap().parent().unwrap().parent().unwrap();
        let mut names: Vec<_> = walk(base)
            .into_iter()
            .filter(|p| !p.starts_with(&e.root))
            .map(|p| p.strip_prefix(base).unwrap().to_owned())
            .collect();
        names.sort();
        let want: Vec<PathBuf> = ["a", "a/b", "outside", "outside/secret"]
            .iter()
            .map(PathBuf::from)
            .collect();
        assert_eq!(names, want);
        assert_eq!(std::fs::read(e.outside.join("secret")).unwrap(), b"s");
        assert_eq!(
            std::fs::metadata(e.outside.join("secret")).unwrap().nlink(),
            1
        );
    }

    fn getx(path: &Path, name: &str) -> Option<Vec<u8>> {
        let mut buf = vec![0u8; 256];
        match rustix::fs::lgetxattr(path, name, &mut buf) {
            Ok(n) => Some(buf[..n].to_vec()),
            Err(_) => None,
        }
    }

    fn walk(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let p = entry.unwrap().path();
            out.push(p.clone());
            if std::fs::symlink_metadata(&p).unwrap().is_dir() {
                out.extend(walk(&p));
            }
        }
        out
    }

    #[test]
    fn applies_ordinary_entries() {
        let e = env();
        let tar = tar_of(|b| {
            raw(b, tar::EntryType::Directory, "etc/", "", b"");
            raw(
                b,
                tar::EntryType::Regular,
                "etc/hosts",
                "",
                b"127.0.0.1 localhost\n",
            );
            raw(b, tar::EntryType::Symlink, "etc/link", "hosts", b"");
            raw(b, tar::EntryType::Link, "etc/hard", "etc/hosts", b"");
            raw(b, tar::EntryType::Fifo, "run/fifo", "", b"");
            raw(b, tar::EntryType::Regular, "./deep/er/file", "", b"x");
        });
        let out = unpack(&e, &tar).unwrap();
        assert_eq!(out.entries, 6);
        assert_eq!(out.size, 21);
        assert_eq!(out.diff_id, crate::store::blobs::sha256_digest(&tar));
        let hosts = e.root.join("etc/hosts");
        assert_eq!(std::fs::read(&hosts).unwrap(), b"127.0.0.1 localhost\n");
        let m = std::fs::metadata(&hosts).unwrap();
        assert_eq!(m.mode() & 0o7777, 0o644);
        assert_eq!(m.mtime(), 1_000_000);
        assert_eq!(m.nlink(), 2);
        assert_eq!(
            std::fs::read_link(e.root.join("etc/link")).unwrap(),
            Path::new("hosts")
        );
        assert!(
            std::fs::metadata(e.root.join("run/fifo"))
                .unwrap()
                .file_type()
                .is_fifo()
        );
        assert_eq!(
            std::fs::metadata(e.root.join("etc")).unwrap().mtime(),
            1_000_000
        );
        assert_eq!(std::fs::read(e.root.join("deep/er/file")).unwrap(), b"x");
        assert_outside_untouched(&e);
    }

    #[test]
    fn later_entries_replace_earlier_ones() {
        let e = env();
        let tar = tar_of(|b| {
            raw(b, tar::EntryType::Directory, "x/", "", b"");
            raw(b, tar::EntryType::Regular, "x/f", "", b"1");
            raw(b, tar::EntryType::Regular, "x", "", b"file now");
            raw(b, tar::EntryType::Regular, "y", "", b"1");
            raw(b, tar::EntryType::Symlink, "y", "x", b"");
        });
        unpack(&e, &tar).unwrap();
        assert_eq!(std::fs::read(e.root.join("x")).unwrap(), b"file now");
        assert!(
            std::fs::symlink_metadata(e.root.join("y"))
                .unwrap()
                .is_symlink()
        );
    }

    #[test]
    fn refuses_dotdot() {
        let e = env();
        let tar = tar_of(|b| {
            raw(
                b,
                tar::EntryType::Regular,
                "../../../outside/evil",
                "",
                b"x",
            )
        });
        let err = unpack(&e, &tar).unwrap_err();
        assert!(matches!(err, UnpackError::Unsafe { .. }), "{err}");
        assert!(err.to_string().contains("'..'"), "{err}");
        assert_outside_untouched(&e);
    }

    #[test]
    fn refuses_absolute() {
        let e = env();
        let path = format!("{}/evil", e.outside.display());
        let tar = tar_of(|b| raw(b, tar::EntryType::Regular, &path, "", b"x"));
        let err = unpack(&e, &tar).unwrap_err();
        assert!(err.to_string().contains("absolute"), "{err}");
        assert_outside_untouched(&e);
    }

    #[test]
    fn absolute_symlink_parent_stays_inside() {
        let e = env();
        let out = e.outside.display().to_string();
        // The symlink's target does not exist inside the root: a clean error.
        let tar = tar_of(|b| {
            raw(b, tar::EntryType::Symlink, "evil", &out, b"");
            raw(b, tar::EntryType::Regular, "evil/passwd", "", b"pwned");
        });
        let err = unpack(&e, &tar).unwrap_err();
        assert!(err.to_string().contains("evil/passwd"), "{err}");
        assert_outside_untouched(&e);
        // It does exist inside: the write follows it there, and only there.
        let e = env();
        let tar = tar_of(|b| {
            raw(b, tar::EntryType::Directory, "etc/", "", b"");
            raw(b, tar::EntryType::Symlink, "evil", "/etc", b"");
            raw(
                b,
                tar::EntryType::Regular,
                "evil/x-berth-test",
                "",
                b"pwned",
            );
        });
        unpack(&e, &tar).unwrap();
        assert!(!Path::new("/etc/x-berth-test").exists());
        assert_eq!(
            std::fs::read(e.root.join("etc/x-berth-test")).unwrap(),
            b"pwned"
        );
        assert_outside_untouched(&e);
    }

    #[test]
    fn relative_escape_symlink_stays_inside() {
        let e = env();
        let tar = tar_of(|b| {
            raw(b, tar::EntryType::Symlink, "up", "../../..", b"");
            raw(b, tar::EntryType::Regular, "up/x", "", b"pwned");
        });
        unpack(&e, &tar).unwrap();
        assert_outside_untouched(&e);
        assert_eq!(std::fs::read(e.root.join("x")).unwrap(), b"pwned");
        let tar = tar_of(|b| {
            raw(b, tar::EntryType::Symlink, "out", "../../../outside", b"");
            raw(b, tar::EntryType::Regular, "out/secret", "", b"pwned");
        });
        assert!(unpack(&e, &tar).is_err());
        assert_outside_untouched(&e);
    }

    #[test]
    fn preexisting_symlink_in_tree_is_not_followed_out() {
        let e = env();
        std::os::unix::fs::symlink(&e.outside, e.root.join("pre")).unwrap();
        let tar = tar_of(|b| raw(b, tar::EntryType::Regular, "pre/new", "", b"x"));
        assert!(unpack(&e, &tar).is_err());
        let tar = tar_of(|b| raw(b, tar::EntryType::Regular, "pre/secret", "", b"x"));
        assert!(unpack(&e, &tar).is_err());
        assert_outside_untouched(&e);
    }

    #[test]
    fn refuses_hardlink_outside() {
        let e = env();
        let tar = tar_of(|b| raw(b, tar::EntryType::Link, "h", "../../../outside/secret", b""));
        let err = unpack(&e, &tar).unwrap_err();
        assert!(matches!(err, UnpackError::Unsafe { .. }), "{err}");
        let abs = format!("{}/secret", e.outside.display());
        let tar = tar_of(|b| raw(b, tar::EntryType::Link, "h", &abs, b""));
        assert!(unpack(&e, &tar).is_err());
        // Through a symlink: resolved inside the root, where there is no such file.
        let out = e.outside.display().to_string();
        let tar = tar_of(|b| {
            raw(b, tar::EntryType::Symlink, "evil", &out, b"");
            raw(b, tar::EntryType::Link, "h", "evil/secret", b"");
        });
        assert!(unpack(&e, &tar).is_err());
        assert_outside_untouched(&e);
    }

    #[test]
    fn whiteouts_and_opaque_dirs() {
        let e = env();
        let tar = tar_of(|b| {
            raw(b, tar::EntryType::Directory, "d/", "", b"");
            raw(b, tar::EntryType::Regular, "d/.wh..wh..opq", "", b"");
            raw(b, tar::EntryType::Regular, "d/.wh.gone", "", b"");
            raw(b, tar::EntryType::Regular, ".wh.top", "", b"");
            raw(b, tar::EntryType::Regular, ".wh..wh.plnk", "", b"");
        });
        unpack(&e, &tar).unwrap();
        for p in ["d/gone", "top"] {
            let m = std::fs::symlink_metadata(e.root.join(p)).unwrap();
            assert!(m.file_type().is_char_device(), "{p}");
            assert_eq!(m.rdev(), 0, "{p}");
        }
        assert!(!e.root.join("d/.wh.gone").exists());
        assert!(!e.root.join(".wh..wh.plnk").exists());
        let v = getx(&e.root.join("d"), "user.overlay.opaque");
        assert_eq!(v.as_deref(), Some(&b"y"[..]));
    }

    #[test]
    fn drops_overlay_xattrs_keeps_others() {
        let e = env();
        let mut b = tar::Builder::new(Vec::new());
        b.append_pax_extensions([
            ("SCHILY.xattr.user.overlay.redirect", &b"/etc"[..]),
            ("SCHILY.xattr.user.berth-test", &b"v"[..]),
        ])
        .unwrap();
        raw(&mut b, tar::EntryType::Regular, "f", "", b"x");
        let tar = b.into_inner().unwrap();
        unpack(&e, &tar).unwrap();
        let f = e.root.join("f");
        assert_eq!(getx(&f, "user.overlay.redirect"), None);
        assert_eq!(getx(&f, "user.berth-test").as_deref(), Some(&b"v"[..]));
    }

    #[test]
    fn caps_entries_and_bytes() {
        let e = env();
        let tar = tar_of(|b| {
            for i in 0..5 {
                raw(b, tar::EntryType::Regular, &format!("f{i}"), "", b"abcd");
            }
        });
        let few = Limits {
            max_entries: 3,
            max_bytes: 1 << 20,
        };
        let err = unpack_layer(&tar[..], &e.root, &few).unwrap_err();
        assert!(matches!(err, UnpackError::Limit(_)), "{err}");
        let small = Limits {
            max_entries: 100,
            max_bytes: 10,
        };
        let err = unpack_layer(&tar[..], &e.root, &small).unwrap_err();
        assert!(err.to_string().contains("bytes"), "{err}");
    }

    #[test]
    fn truncated_and_garbage_are_malformed() {
        let e = env();
        let tar = tar_of(|b| raw(b, tar::EntryType::Regular, "f", "", &[7u8; 4000]));
        let err = unpack(&e, &tar[..1500]).unwrap_err();
        assert!(matches!(err, UnpackError::Malformed(_)), "{err}");
        let err = unpack(&e, b"this is not a tarball at all\n").unwrap_err();
        assert!(matches!(err, UnpackError::Malformed(_)), "{err}");
        let err = unpack(&e, &[0x55u8; 2048]).unwrap_err();
        assert!(matches!(err, UnpackError::Malformed(_)), "{err}");
        let err = unpack(&e, b"").unwrap_err();
        assert!(err.to_string().contains("empty"), "{err}");
    }

    #[test]
    fn every_compression_gives_the_plain_diff_id() {
        let tar = tar_of(|b| raw(b, tar::EntryType::Regular, "f", "", b"hello"));
        let want = crate::store::blobs::sha256_digest(&tar);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        io::Write::write_all(&mut gz, &tar).unwrap();
        let gz = gz.finish().unwrap();
        let zst = zstd::encode_all(&tar[..], 3).unwrap();
        let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
        io::Write::write_all(&mut bz, &tar).unwrap();
        let bz = bz.finish().unwrap();
        let mut xz =
            lzma_rust2::XzWriter::new(Vec::new(), lzma_rust2::XzOptions::default()).unwrap();
        io::Write::write_all(&mut xz, &tar).unwrap();
        let xz = xz.finish().unwrap();
        for input in [gz, zst, bz, xz] {
            let e = env();
            let out = unpack(&e, &input).unwrap();
            assert_eq!(out.diff_id, want);
            assert_eq!(std::fs::read(e.root.join("f")).unwrap(), b"hello");
        }
        let e = env();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        io::Write::write_all(&mut gz, &tar).unwrap();
        let gz = gz.finish().unwrap();
        let err = unpack(&e, &gz[..gz.len() - 12]).unwrap_err();
        assert!(matches!(err, UnpackError::Malformed(_)), "{err}");
    }
}
