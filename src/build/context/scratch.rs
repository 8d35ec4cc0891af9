//! The private directory a tar context is unpacked into, removed when dropped, whatever
//! modes the archive gave its directories: a rootless caller cannot list or empty a
//! directory of mode `0o000`, so every directory is made `u+rwx` before the removal.
//! Symbolic links in it are never followed (each entry is checked with `AT_SYMLINK_NOFOLLOW`
//! before a change, and the directory is private: nothing else writes to it).

use std::os::fd::OwnedFd;
use std::path::Path;

use anyhow::Context as _;
use rustix::fs::{AtFlags, FileType, Mode, OFlags};

/// The directory, and a lock on it that tells the store's sweep of its tmp directory (which
/// removes unlocked leftovers older than a minute) that it is in use.
#[derive(Debug)]
pub struct Scratch {
    dir: tempfile::TempDir,
    _lock: std::fs::File,
}

impl Scratch {
    /// A new directory (mode 0700) under `tmp_dir`.
    pub fn new(tmp_dir: &Path) -> anyhow::Result<Scratch> {
        let dir = tempfile::Builder::new()
            .prefix("build-context-")
            .tempdir_in(tmp_dir)
            .with_context(|| format!("creating a directory in {}", tmp_dir.display()))?;
        let lock = std::fs::File::open(dir.path())
            .and_then(|f| f.lock().map(|()| f))
            .with_context(|| format!("locking {}", dir.path().display()))?;
        Ok(Scratch { dir, _lock: lock })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if let Err(e) = open_up(self.dir.path()) {
            log::debug!("opening up {} for removal: {e}", self.dir.path().display());
        }
        // TempDir's own drop removes the tree now.
    }
}

/// Give every directory under `top` owner read, write and search permission.
fn open_up(top: &Path) -> rustix::io::Result<()> {
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    let mut todo: Vec<OwnedFd> = vec![rustix::fs::open(top, flags, Mode::empty())?];
    while let Some(dir) = todo.pop() {
        let mut subdirs = Vec::new();
        for entry in rustix::fs::Dir::read_from(&dir)? {
            let entry = entry?;
            let name = entry.file_name();
            if name.to_bytes() == b"." || name.to_bytes() == b".." {
                continue;
            }
            let st = rustix::fs::statat(&dir, name, AtFlags::SYMLINK_NOFOLLOW)?;
            if FileType::from_raw_mode(st.st_mode) == FileType::Directory {
                if st.st_mode & 0o700 != 0o700 {
                    rustix::fs::chmodat(
                        &dir,
                        name,
                        Mode::from_raw_mode((st.st_mode | 0o700) & 0o7777),
                        AtFlags::empty(),
                    )?;
                }
                subdirs.push(name.to_owned());
            }
        }
        for name in subdirs {
            todo.push(rustix::fs::openat(
                &dir,
                name.as_c_str(),
                flags,
                Mode::empty(),
            )?);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_locked_directories_and_leaves_link_targets_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let outside = tmp.path().join("outside");
        std::fs::create_dir(&outside).unwrap();
        let scratch = Scratch::new(tmp.path()).unwrap();
        let p = scratch.path().to_path_buf();
        std::fs::create_dir_all(p.join("a/b")).unwrap();
        std::fs::write(p.join("a/b/f"), "x").unwrap();
        std::os::unix::fs::symlink(&outside, p.join("a/link")).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&outside, std::fs::Permissions::from_mode(0o500)).unwrap();
        std::fs::set_permissions(p.join("a/b"), std::fs::Permissions::from_mode(0o000)).unwrap();
        std::fs::set_permissions(p.join("a"), std::fs::Permissions::from_mode(0o500)).unwrap();
        drop(scratch);
        assert!(!p.exists());
        let mode = std::fs::metadata(&outside).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o500, "a link's target is not changed");
    }
}
