//! The "copy" storage driver: where overlayfs cannot be mounted, a container gets a private
//! copy of its image's layers, merged with overlay semantics (whiteouts delete, opaque
//! directories hide what is below).

use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::Path;

use anyhow::Context as _;

pub const OPAQUE_XATTR: &str = "user.overlay.opaque";

/// Merge `layers` (lowest first) into a new directory `dest`.
pub fn materialize(layers: &[std::path::PathBuf], dest: &Path) -> anyhow::Result<()> {
    let staging = dest.with_extension("partial");
    let _ = crate::store::containers::remove_tree(&staging);
    std::fs::create_dir(&staging).with_context(|| format!("creating {}", staging.display()))?;
    for layer in layers {
        merge_dir(layer, &staging).with_context(|| format!("copying layer {}", layer.display()))?;
    }
    std::fs::rename(&staging, dest).with_context(|| format!("creating {}", dest.display()))?;
    Ok(())
}

fn is_whiteout(meta: &std::fs::Metadata) -> bool {
    meta.file_type().is_char_device() && meta.rdev() == 0
}

/// Merge the tree of one layer's directory `src` into `dst` with overlay rules (whiteouts
/// delete, opaque directories replace), keeping owners and modes; symlinks are copied as
/// links, never followed.
pub fn merge_dir(src: &Path, dst: &Path) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(src).with_context(|| format!("reading {}", src.display()))? {
        let entry = entry?;
        let from = entry.path();
        let to = dst.join(entry.file_name());
        let meta = std::fs::symlink_metadata(&from)?;
        if is_whiteout(&meta) {
            crate::store::containers::remove_tree(&to)?;
            continue;
        }
        let ft = meta.file_type();
        if ft.is_dir() {
            let opaque = xattr_is_set(&from, OPAQUE_XATTR);
            match std::fs::symlink_metadata(&to) {
                Ok(m) if m.is_dir() && !opaque => {}
                Ok(_) => {
                    crate::store::containers::remove_tree(&to)?;
                    std::fs::create_dir(&to)?;
                }
                Err(_) => std::fs::create_dir(&to)?,
            }
            merge_dir(&from, &to)?;
        } else {
            crate::store::containers::remove_tree(&to)?;
            if ft.is_symlink() {
                std::os::unix::fs::symlink(std::fs::read_link(&from)?, &to)?;
            } else if ft.is_file() {
                std::fs::copy(&from, &to).with_context(|| format!("copying {}", from.display()))?;
            } else {
                let kind = if ft.is_fifo() {
                    nix::sys::stat::SFlag::S_IFIFO
                } else if ft.is_char_device() {
                    nix::sys::stat::SFlag::S_IFCHR
                } else if ft.is_block_device() {
                    nix::sys::stat::SFlag::S_IFBLK
                } else {
                    continue;
                };
                let mode = nix::sys::stat::Mode::from_bits_truncate(meta.mode());
                if let Err(e) = nix::sys::stat::mknod(&to, kind, mode, meta.rdev()) {
                    // Device nodes cannot be made in a user namespace; the container gets
                    // its devices from /dev anyway.
                    log::debug!("skipping special file {}: {e}", from.display());
                    continue;
                }
            }
        }
        set_owner_and_mode(&to, &meta)?;
    }
    Ok(())
}

pub fn xattr_is_set(path: &Path, name: &str) -> bool {
    let mut buf = [0u8; 8];
    matches!(rustix::fs::lgetxattr(path, name, &mut buf), Ok(n) if n > 0 && buf[0] == b'y')
}

pub fn set_owner_and_mode(path: &Path, meta: &std::fs::Metadata) -> anyhow::Result<()> {
    match std::os::unix::fs::lchown(path, Some(meta.uid()), Some(meta.gid())) {
        Ok(()) => {}
        // An id outside a single-id user namespace cannot be set; keep ours.
        Err(e) if e.raw_os_error() == Some(libc::EINVAL) => {}
        Err(e) => return Err(e).with_context(|| format!("chown {}", path.display())),
    }
    if !meta.file_type().is_symlink() {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(meta.mode() & 0o7777))
            .with_context(|| format!("chmod {}", path.display()))?;
    }
    Ok(())
}
