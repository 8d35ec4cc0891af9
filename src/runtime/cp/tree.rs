//! Writing one file or tree as a tar stream from descriptors. Every object is opened with
//! `O_PATH | O_NOFOLLOW` relative to its parent's descriptor, its type read from that
//! descriptor, and only then reopened for reading (a directory through `.`, a regular file
//! through its own `/proc/self/fd` entry): a name swapped for a symlink, a device node or
//! another directory during the walk is never followed and never opened.

use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{self, Write};

use crate::image::tarball::ExactReader;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use rustix::fs::{FileType, Mode, OFlags, Stat};
use rustix::io::Errno;

/// Walks trees into one tar stream, remembering hard links.
pub struct TreeWriter<W: Write> {
    builder: tar::Builder<W>,
    links: HashMap<(u64, u64), PathBuf>,
    pub bytes: u64,
    rewrite: Rewrite,
}

/// What every header gets instead of the object's own values (`COPY --chown`, `--chmod`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rewrite {
    /// uid and gid.
    pub owner: Option<(u32, u32)>,
    /// Permission bits (`0o7777` at most); symlinks keep theirs.
    pub mode: Option<u32>,
}

impl Rewrite {
    fn apply(&self, h: &mut tar::Header, kind: FileType) {
        if let Some((uid, gid)) = self.owner {
            h.set_uid(u64::from(uid));
            h.set_gid(u64::from(gid));
        }
        if let Some(mode) = self.mode
            && kind != FileType::Symlink
        {
            h.set_mode(mode & 0o7777);
        }
    }
}

impl<W: Write> TreeWriter<W> {
    pub fn new(out: W) -> Self {
        let mut builder = tar::Builder::new(out);
        builder.mode(tar::HeaderMode::Complete);
        TreeWriter {
            builder,
            links: HashMap::new(),
            bytes: 0,
            rewrite: Rewrite::default(),
        }
    }

    /// Headers written from now on carry `rewrite`'s owner and mode.
    pub fn with_rewrite(mut self, rewrite: Rewrite) -> Self {
        self.rewrite = rewrite;
        self
    }

    /// Append the object `obj` (an `O_PATH` descriptor) as `name`, a directory without what
    /// is under it: for callers that choose the entries themselves.
    pub fn append_one(&mut self, obj: &OwnedFd, name: &Path) -> io::Result<()> {
        self.add(obj, name, false)
    }

    /// Append the object `obj` (an `O_PATH` descriptor) as `name`, and, for a directory,
    /// everything under it.
    pub fn append(&mut self, obj: &OwnedFd, name: &Path) -> io::Result<()> {
        self.add(obj, name, true)
    }

    fn add(&mut self, obj: &OwnedFd, name: &Path, recurse: bool) -> io::Result<()> {
        let st = rustix::fs::fstat(obj)?;
        match FileType::from_raw_mode(st.st_mode) {
            FileType::Directory => {
                let dir = open_dir(obj)?;
                self.header(&st, name, Some(&dir), None)?;
                match recurse {
                    true => self.walk(&dir, name),
                    false => Ok(()),
                }
            }
            FileType::RegularFile => {
                let file = reopen(obj)?;
                self.file(&st, name, file)
            }
            FileType::Symlink => {
                let target = rustix::fs::readlinkat(obj, "", Vec::new())?;
                let target = PathBuf::from(OsStr::from_bytes(target.as_bytes()));
                self.header(&st, name, None, Some(&target))
            }
            _ => self.header(&st, name, None, None),
        }
    }

    pub fn finish(self) -> io::Result<W> {
        self.builder.into_inner()
    }

    fn walk(&mut self, dir: &OwnedFd, rel: &Path) -> io::Result<()> {
        let mut names: Vec<OsString> = Vec::new();
        let listing = rustix::fs::Dir::read_from(dir)?;
        for entry in listing {
            let entry = entry?;
            let n = entry.file_name().to_bytes();
            if n != b"." && n != b".." {
                names.push(OsStr::from_bytes(n).to_owned());
            }
        }
        names.sort();
        for name in names {
            let obj = match rustix::fs::openat(
                dir,
                &name,
                OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::empty(),
            ) {
                Ok(o) => o,
                // Removed since the listing: a running container changes its files.
                Err(Errno::NOENT) => continue,
                Err(e) => return Err(ctx(e.into(), &rel.join(&name))),
            };
            self.append(&obj, &rel.join(&name))
                .map_err(|e| ctx(e, &rel.join(&name)))?;
        }
        Ok(())
    }

    fn file(&mut self, st: &Stat, name: &Path, file: File) -> io::Result<()> {
        if st.st_nlink > 1 {
            let key = (st.st_dev, st.st_ino);
            if let Some(first) = self.links.get(&key) {
                let mut h = self.base_header(st);
                h.set_entry_type(tar::EntryType::Link);
                h.set_size(0);
                let first = first.clone();
                return self.builder.append_link(&mut h, name, first);
            }
            self.links.insert(key, name.to_path_buf());
        }
        self.pax_xattrs(file.as_fd())?;
        let mut h = self.base_header(st);
        h.set_entry_type(tar::EntryType::Regular);
        let len = st.st_size as u64;
        h.set_size(len);
        self.bytes += len;
        self.builder.append_data(
            &mut h,
            name,
            ExactReader {
                inner: file,
                left: len,
            },
        )
    }

    /// A header without content: directory, symlink, device, fifo (sockets are skipped).
    fn header(
        &mut self,
        st: &Stat,
        name: &Path,
        dir: Option<&OwnedFd>,
        target: Option<&Path>,
    ) -> io::Result<()> {
        if let Some(d) = dir {
            self.pax_xattrs(d.as_fd())?;
        }
        let mut h = self.base_header(st);
        h.set_size(0);
        let kind = match FileType::from_raw_mode(st.st_mode) {
            FileType::Directory => tar::EntryType::Directory,
            FileType::Symlink => tar::EntryType::Symlink,
            FileType::CharacterDevice => tar::EntryType::Char,
            FileType::BlockDevice => tar::EntryType::Block,
            FileType::Fifo => tar::EntryType::Fifo,
            _ => return Ok(()),
        };
        h.set_entry_type(kind);
        if matches!(kind, tar::EntryType::Char | tar::EntryType::Block) {
            h.set_device_major(rustix::fs::major(st.st_rdev))?;
            h.set_device_minor(rustix::fs::minor(st.st_rdev))?;
        }
        match target {
            Some(t) => self.builder.append_link(&mut h, name, t),
            None => self.builder.append_data(&mut h, name, io::empty()),
        }
    }

    fn pax_xattrs(&mut self, fd: std::os::fd::BorrowedFd<'_>) -> io::Result<()> {
        let xattrs = read_xattrs(fd);
        if xattrs.is_empty() {
            return Ok(());
        }
        let keys: Vec<String> = xattrs
            .iter()
            .map(|(k, _)| format!("SCHILY.xattr.{k}"))
            .collect();
        self.builder.append_pax_extensions(
            keys.iter()
                .map(String::as_str)
                .zip(xattrs.iter().map(|(_, v)| v.as_slice())),
        )
    }

    fn base_header(&self, st: &Stat) -> tar::Header {
        let mut h = tar::Header::new_gnu();
        h.set_mode(st.st_mode & 0o7777);
        h.set_uid(u64::from(st.st_uid));
        h.set_gid(u64::from(st.st_gid));
        h.set_mtime(u64::try_from(st.st_mtime).unwrap_or(0));
        self.rewrite
            .apply(&mut h, FileType::from_raw_mode(st.st_mode));
        h
    }
}

/// The directory behind an `O_PATH` descriptor, opened for reading (listing, xattrs).
pub fn open_dir(obj: &OwnedFd) -> io::Result<OwnedFd> {
    Ok(rustix::fs::openat(
        obj,
        ".",
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )?)
}

/// Open the regular file behind an `O_PATH` descriptor for reading: the same inode, never
/// a name looked up again.
pub fn reopen(obj: &OwnedFd) -> io::Result<File> {
    let path = format!("/proc/self/fd/{}", obj.as_raw_fd());
    let fd = rustix::fs::open(
        path.as_str(),
        OFlags::RDONLY | OFlags::CLOEXEC | OFlags::NOCTTY | OFlags::NONBLOCK,
        Mode::empty(),
    )?;
    let st = rustix::fs::fstat(&fd)?;
    if FileType::from_raw_mode(st.st_mode) != FileType::RegularFile {
        return Err(io::Error::other("changed type during the copy"));
    }
    Ok(File::from(fd))
}

pub fn read_xattrs(fd: std::os::fd::BorrowedFd<'_>) -> Vec<(String, Vec<u8>)> {
    crate::image::tarball::xattrs_with(
        |names| rustix::fs::flistxattr(fd, names),
        |name, value| rustix::fs::fgetxattr(fd, name, value),
    )
}

/// An error naming the entry it happened on (once: the innermost entry).
#[derive(Debug)]
struct AtEntry(String);

impl std::fmt::Display for AtEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for AtEntry {}

fn ctx(e: io::Error, path: &Path) -> io::Error {
    if e.get_ref().is_some_and(|i| i.is::<AtEntry>()) {
        return e;
    }
    io::Error::new(e.kind(), AtEntry(format!("{}: {e}", path.display())))
}
