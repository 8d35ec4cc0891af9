//! Shifted layer copies: a layer's tree with every owner moved through an id map, for
//! containers whose user namespace shows the image's files with their stored owners
//! (`--userns=keep-id`), where the kernel cannot id-map the layer's own file system.
//!
//! A copy lives beside the layer's tree, `layers/<chain hex>/shifted-<key>/`, `key` naming
//! the map; so it is shared by every container with that map, and goes when the layer
//! goes (`rmi`, when no image uses the layer any more). It is built once, under the store
//! lock, into a staging directory under `tmp/` and renamed into place whole: readers see
//! nothing or the complete copy, and a crash leaves only a staging directory the next
//! sweep removes.
//!
//! The copy keeps what the layer holds: contents, modes with setuid/setgid/sticky bits,
//! extended attributes (`user.overlay.*` opaque markers among them), whiteouts (character
//! devices 0:0) and other special files, symlinks (owned through lchown), hard links as
//! hard links, and times.

use std::collections::HashMap;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

use super::images::ImageRecord;
use super::{Result, Store, StoreError, atomic};
use crate::spec::userns::IdShift;

impl Store {
    /// Where the copy of layer `chain_id` shifted by the map named `key` lives.
    pub fn shifted_layer_dir(&self, chain_id: &str, key: &str) -> Result<PathBuf> {
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(StoreError::Invalid(format!("invalid id map key {key:?}")));
        }
        Ok(self.layer_dir(chain_id)?.join(format!("shifted-{key}")))
    }

    /// The image's layers shifted by `shift` as overlay lower directories, lowest FIRST,
    /// copying those not copied yet.
    pub fn shifted_layer_dirs(
        &self,
        img: &ImageRecord,
        shift: &dyn IdShift,
    ) -> Result<Vec<PathBuf>> {
        if img.layers.is_empty() {
            // The empty tree has nothing to shift.
            return self.image_layer_dirs(img);
        }
        let key = shift.key();
        let dirs = img
            .layers
            .iter()
            .map(|chain| self.shifted_layer_dir(chain, &key))
            .collect::<Result<Vec<_>>>()?;
        if dirs.iter().all(|d| d.is_dir()) {
            return Ok(dirs);
        }
        let sources = self.image_layer_dirs(img)?;
        let _lock = self.lock()?;
        self.sweep_tmp()?;
        for (src, dest) in sources.iter().zip(&dirs) {
            if dest.is_dir() {
                continue;
            }
            let started = std::time::Instant::now();
            let staging = self.staging("shifted")?;
            copy_shifted(src, staging.path(), shift)?;
            staging.commit_to(dest)?;
            if let Some(parent) = dest.parent() {
                atomic::sync_dir(parent)?;
            }
            log::debug!(
                "shifted copy of {} made in {:?}",
                src.display(),
                started.elapsed()
            );
        }
        Ok(dirs)
    }
}

/// Copy the tree `src` into the existing, empty directory `dest` (which takes the
/// attributes of `src`), owners shifted.
pub fn copy_shifted(src: &Path, dest: &Path, shift: &dyn IdShift) -> Result<()> {
    let mut links = HashMap::new();
    copy_dir_contents(src, dest, shift, &mut links)?;
    let meta = std::fs::symlink_metadata(src).map_err(|e| StoreError::io(src, e))?;
    finish(src, dest, &meta, shift)
}

/// (device, inode) of a multiply linked source file -> its first copy.
type Links = HashMap<(u64, u64), PathBuf>;

fn copy_dir_contents(
    src: &Path,
    dest: &Path,
    shift: &dyn IdShift,
    links: &mut Links,
) -> Result<()> {
    let entries = std::fs::read_dir(src).map_err(|e| StoreError::io(src, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| StoreError::io(src, e))?;
        let from = entry.path();
        let to = dest.join(entry.file_name());
        let meta = std::fs::symlink_metadata(&from).map_err(|e| StoreError::io(&from, e))?;
        let ft = meta.file_type();
        if !ft.is_dir() && meta.nlink() > 1 {
            let id = (meta.dev(), meta.ino());
            if let Some(first) = links.get(&id) {
                std::fs::hard_link(first, &to).map_err(|e| StoreError::io(&to, e))?;
                continue;
            }
            links.insert(id, to.clone());
        }
        if ft.is_dir() {
            std::fs::create_dir(&to).map_err(|e| StoreError::io(&to, e))?;
            copy_dir_contents(&from, &to, shift, links)?;
        } else if ft.is_symlink() {
            let target = std::fs::read_link(&from).map_err(|e| StoreError::io(&from, e))?;
            std::os::unix::fs::symlink(target, &to).map_err(|e| StoreError::io(&to, e))?;
        } else if ft.is_file() {
            std::fs::copy(&from, &to).map_err(|e| StoreError::io(&from, e))?;
        } else {
            let kind = if ft.is_char_device() {
                rustix::fs::FileType::CharacterDevice
            } else if ft.is_block_device() {
                rustix::fs::FileType::BlockDevice
            } else if ft.is_fifo() {
                rustix::fs::FileType::Fifo
            } else {
                rustix::fs::FileType::Socket
            };
            rustix::fs::mknodat(
                rustix::fs::CWD,
                &to,
                kind,
                rustix::fs::Mode::from_raw_mode(meta.mode() & 0o7777),
                meta.rdev(),
            )
            .map_err(|e| StoreError::io(&to, e.into()))?;
        }
        finish(&from, &to, &meta, shift)?;
    }
    Ok(())
}

/// Owner, then mode (a chown clears setuid bits), then extended attributes (a chown
/// clears file capabilities), then times.
fn finish(from: &Path, to: &Path, meta: &std::fs::Metadata, shift: &dyn IdShift) -> Result<()> {
    let io = |e: rustix::io::Errno| StoreError::io(to, e.into());
    let symlink = meta.file_type().is_symlink();
    rustix::fs::chownat(
        rustix::fs::CWD,
        to,
        Some(rustix::fs::Uid::from_raw(shift.uid(meta.uid()))),
        Some(rustix::fs::Gid::from_raw(shift.gid(meta.gid()))),
        rustix::fs::AtFlags::SYMLINK_NOFOLLOW,
    )
    .map_err(io)?;
    if !symlink {
        rustix::fs::chmod(to, rustix::fs::Mode::from_raw_mode(meta.mode() & 0o7777)).map_err(io)?;
    }
    copy_xattrs(from, to)?;
    copy_times(to, meta).map_err(io)
}

/// Give `to` (not followed when a symlink) the access and modification times in `meta`.
pub fn copy_times(to: &Path, meta: &std::fs::Metadata) -> rustix::io::Result<()> {
    let time = |s: i64, ns: i64| rustix::fs::Timespec {
        tv_sec: s,
        tv_nsec: ns as _,
    };
    let times = rustix::fs::Timestamps {
        last_access: time(meta.atime(), meta.atime_nsec()),
        last_modification: time(meta.mtime(), meta.mtime_nsec()),
    };
    rustix::fs::utimensat(
        rustix::fs::CWD,
        to,
        &times,
        rustix::fs::AtFlags::SYMLINK_NOFOLLOW,
    )
}

fn copy_xattrs(from: &Path, to: &Path) -> Result<()> {
    let io = |p: &Path, e: rustix::io::Errno| StoreError::io(p, e.into());
    let mut names = vec![0u8; 1024];
    let len = loop {
        match rustix::fs::llistxattr(from, &mut names) {
            Ok(n) => break n,
            Err(rustix::io::Errno::RANGE) => names.resize(names.len() * 4, 0),
            Err(rustix::io::Errno::NOTSUP) => return Ok(()),
            Err(e) => return Err(io(from, e)),
        }
    };
    for name in names[..len].split(|b| *b == 0).filter(|n| !n.is_empty()) {
        let name: &std::ffi::OsStr = std::os::unix::ffi::OsStrExt::from_bytes(name);
        let mut value = vec![0u8; 256];
        let n = loop {
            match rustix::fs::lgetxattr(from, name, &mut value) {
                Ok(n) => break n,
                Err(rustix::io::Errno::RANGE) => value.resize(value.len() * 4, 0),
                Err(e) => return Err(io(from, e)),
            }
        };
        rustix::fs::lsetxattr(to, name, &value[..n], rustix::fs::XattrFlags::empty())
            .map_err(|e| io(to, e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    struct PlusOne;
    impl IdShift for PlusOne {
        fn key(&self) -> String {
            "plus1".into()
        }
        fn uid(&self, id: u32) -> u32 {
            id + 1
        }
        fn gid(&self, id: u32) -> u32 {
            id + 2
        }
    }

    #[test]
    fn a_copy_keeps_everything_but_the_owners() {
        // Changing owners needs root; as another user only the structure is checked.
        let root = nix::unistd::geteuid().is_root();
        let d = tempfile::tempdir().unwrap();
        let (src, dest) = (d.path().join("src"), d.path().join("dest"));
        std::fs::create_dir_all(src.join("dir")).unwrap();
        std::fs::write(src.join("dir/file"), b"data").unwrap();
        std::fs::set_permissions(src.join("dir/file"), PermissionsExt::from_mode(0o4755)).unwrap();
        std::fs::hard_link(src.join("dir/file"), src.join("link")).unwrap();
        std::os::unix::fs::symlink("dir/file", src.join("sym")).unwrap();
        rustix::fs::setxattr(
            src.join("dir"),
            "user.overlay.opaque",
            b"y",
            rustix::fs::XattrFlags::empty(),
        )
        .ok();
        std::fs::create_dir(&dest).unwrap();
        let shift = PlusOne;
        if !root {
            return;
        }
        copy_shifted(&src, &dest, &shift).unwrap();
        let m = std::fs::metadata(dest.join("dir/file")).unwrap();
        assert_eq!((m.uid(), m.gid(), m.mode() & 0o7777), (1, 2, 0o4755));
        assert_eq!(std::fs::read(dest.join("dir/file")).unwrap(), b"data");
        let l = std::fs::metadata(dest.join("link")).unwrap();
        assert_eq!(l.ino(), m.ino(), "hard links stay links");
        let s = std::fs::symlink_metadata(dest.join("sym")).unwrap();
        assert!(s.file_type().is_symlink());
        assert_eq!(s.uid(), 1);
        assert_eq!(
            std::fs::read_link(dest.join("sym")).unwrap(),
            Path::new("dir/file")
        );
        let mut v = [0u8; 4];
        if rustix::fs::getxattr(src.join("dir"), "user.overlay.opaque", &mut v).is_ok() {
            assert_eq!(
                rustix::fs::getxattr(dest.join("dir"), "user.overlay.opaque", &mut v).unwrap(),
                1
            );
        }
        let mt = |p: &Path| std::fs::symlink_metadata(p).unwrap().mtime();
        assert_eq!(mt(&src.join("dir")), mt(&dest.join("dir")));
    }
}
