//! Writing a directory tree as a tar stream (`export`): symlinks are stored, never followed;
//! owners, modes, mtimes, hard links, device nodes, fifos and xattrs are kept.

use std::collections::HashMap;
use std::fs::{File, Metadata};
use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::Path;

/// First archive name of each multiply linked file, by device and inode.
pub(crate) type Links = HashMap<(u64, u64), Vec<u8>>;

/// Write the tree under `dir` (not `dir` itself) to `out` as a tar archive, in name order.
pub fn write_tree(dir: &Path, out: impl Write) -> io::Result<()> {
    let mut builder = tar::Builder::new(out);
    builder.mode(tar::HeaderMode::Complete);
    let mut links: HashMap<(u64, u64), Vec<u8>> = HashMap::new();
    walk(dir, Path::new(""), &mut builder, &mut links)?;
    builder.into_inner()?.flush()
}

fn walk<W: Write>(
    base: &Path,
    rel: &Path,
    b: &mut tar::Builder<W>,
    links: &mut HashMap<(u64, u64), Vec<u8>>,
) -> io::Result<()> {
    let dir = base.join(rel);
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| ctx(e, &dir))?
        .map(|e| e.map(|e| e.file_name()))
        .collect::<Result<_, _>>()
        .map_err(|e| ctx(e, &dir))?;
    names.sort();
    for name in names {
        let rel_path = rel.join(&name);
        let full = base.join(&rel_path);
        let meta = std::fs::symlink_metadata(&full).map_err(|e| ctx(e, &full))?;
        append(b, &full, &rel_path, &meta, links, None)?;
        if meta.is_dir() {
            walk(base, &rel_path, b, links)?;
        }
    }
    Ok(())
}

/// Append one entry (`full` on disk, `rel` in the archive); a regular file seen before under
/// another name (same device and inode) becomes a hard link to that name.
pub(crate) fn append<W: Write>(
    b: &mut tar::Builder<W>,
    full: &Path,
    rel: &Path,
    meta: &Metadata,
    links: &mut Links,
    owner: Option<(u32, u32)>,
) -> io::Result<()> {
    let xattrs = read_xattrs(full);
    if !xattrs.is_empty() {
        let keys: Vec<String> = xattrs
            .iter()
            .map(|(k, _)| format!("SCHILY.xattr.{k}"))
            .collect();
        b.append_pax_extensions(
            keys.iter()
                .map(|k| k.as_str())
                .zip(xattrs.iter().map(|(_, v)| v.as_slice())),
        )?;
    }
    let mut h = tar::Header::new_gnu();
    h.set_metadata_in_mode(meta, tar::HeaderMode::Complete);
    if let Some((uid, gid)) = owner {
        h.set_uid(uid.into());
        h.set_gid(gid.into());
    }
    let ft = meta.file_type();
    let rel_bytes = rel.as_os_str().as_bytes().to_vec();
    if ft.is_file() && meta.nlink() > 1 {
        let key = (meta.dev(), meta.ino());
        if let Some(first) = links.get(&key) {
            h.set_entry_type(tar::EntryType::Link);
            h.set_size(0);
            return b.append_link(&mut h, rel, Path::new(std::ffi::OsStr::from_bytes(first)));
        }
        links.insert(key, rel_bytes);
    }
    if ft.is_dir() {
        h.set_entry_type(tar::EntryType::Directory);
        h.set_size(0);
        b.append_data(&mut h, rel, io::empty())
    } else if ft.is_file() {
        h.set_entry_type(tar::EntryType::Regular);
        let f = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW)
            .open(full)
            .map_err(|e| ctx(e, full))?;
        // The size in the header must match what follows: read exactly that much.
        let len = meta.len();
        h.set_size(len);
        b.append_data(
            &mut h,
            rel,
            ExactReader {
                inner: f,
                left: len,
            },
        )
    } else if ft.is_symlink() {
        let target = std::fs::read_link(full).map_err(|e| ctx(e, full))?;
        h.set_entry_type(tar::EntryType::Symlink);
        h.set_size(0);
        b.append_link(&mut h, rel, target)
    } else {
        let kind = if ft.is_char_device() {
            tar::EntryType::Char
        } else if ft.is_block_device() {
            tar::EntryType::Block
        } else if ft.is_fifo() {
            tar::EntryType::Fifo
        } else {
            log::debug!("export: skipping socket {}", full.display());
            return Ok(());
        };
        h.set_entry_type(kind);
        h.set_size(0);
        if kind != tar::EntryType::Fifo {
            let rdev = meta.rdev();
            h.set_device_major(rustix::fs::major(rdev))?;
            h.set_device_minor(rustix::fs::minor(rdev))?;
        }
        b.append_data(&mut h, rel, io::empty())
    }
}

/// Reads exactly `left` bytes: zero-fills if the file shrank meanwhile, stops if it grew,
/// so the archive stays well formed.
pub struct ExactReader {
    pub inner: File,
    pub left: u64,
}

impl io::Read for ExactReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Ok(0);
        }
        let want = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let mut n = self.inner.read(&mut buf[..want])?;
        if n == 0 {
            buf[..want].fill(0);
            n = want;
        }
        self.left -= n as u64;
        Ok(n)
    }
}

fn read_xattrs(path: &Path) -> Vec<(String, Vec<u8>)> {
    xattrs_with(
        |names| rustix::fs::llistxattr(path, names),
        |name, value| rustix::fs::lgetxattr(path, name, value),
    )
}

/// A file's extended attributes but overlay's bookkeeping (not part of its content), read
/// with `list` and `get` (by path or by descriptor).
pub fn xattrs_with(
    list: impl Fn(&mut [u8]) -> rustix::io::Result<usize>,
    get: impl Fn(&str, &mut [u8]) -> rustix::io::Result<usize>,
) -> Vec<(String, Vec<u8>)> {
    let mut names = vec![0u8; 4096];
    let n = match list(&mut names) {
        Ok(n) => n,
        Err(_) => return Vec::new(),
    };
    let mut out = Vec::new();
    for name in names[..n].split(|b| *b == 0).filter(|n| !n.is_empty()) {
        let Ok(name) = std::str::from_utf8(name) else {
            continue;
        };
        if name.starts_with("user.overlay.") || name.starts_with("trusted.overlay.") {
            continue;
        }
        let mut value = vec![0u8; 65536];
        if let Ok(len) = get(name, &mut value) {
            value.truncate(len);
            out.push((name.to_owned(), value));
        }
    }
    out
}

fn ctx(e: io::Error, path: &Path) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::unpack::{Limits, unpack_layer};

    #[test]
    fn round_trips_through_unpack() {
        let tmp = tempfile::tempdir().unwrap();
        let src = tmp.path().join("src");
        std::fs::create_dir_all(src.join("etc/deep")).unwrap();
        std::fs::write(src.join("etc/hosts"), b"hosts").unwrap();
        std::fs::hard_link(src.join("etc/hosts"), src.join("etc/hosts2")).unwrap();
        std::os::unix::fs::symlink("/etc/passwd", src.join("etc/pw")).unwrap();
        rustix::fs::mknodat(
            rustix::fs::CWD,
            src.join("fifo"),
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::from_raw_mode(0o640),
            0,
        )
        .unwrap();
        rustix::fs::setxattr(
            src.join("etc/hosts"),
            "user.berth-test",
            b"v",
            rustix::fs::XattrFlags::empty(),
        )
        .unwrap();
        let mut tar = Vec::new();
        write_tree(&src, &mut tar).unwrap();
        let dst = tmp.path().join("dst");
        std::fs::create_dir(&dst).unwrap();
        unpack_layer(&tar[..], &dst, &Limits::default()).unwrap();
        assert_eq!(std::fs::read(dst.join("etc/hosts")).unwrap(), b"hosts");
        let a = std::fs::metadata(dst.join("etc/hosts")).unwrap();
        let b = std::fs::metadata(dst.join("etc/hosts2")).unwrap();
        assert_eq!(a.ino(), b.ino());
        assert_eq!(
            std::fs::read_link(dst.join("etc/pw")).unwrap(),
            Path::new("/etc/passwd")
        );
        assert!(
            std::fs::symlink_metadata(dst.join("fifo"))
                .unwrap()
                .file_type()
                .is_fifo()
        );
        assert_eq!(
            std::fs::symlink_metadata(dst.join("fifo")).unwrap().mode() & 0o777,
            0o640
        );
        assert!(dst.join("etc/deep").is_dir());
        assert_eq!(
            read_xattrs(&dst.join("etc/hosts")),
            vec![("user.berth-test".to_owned(), b"v".to_vec())]
        );
    }
}
