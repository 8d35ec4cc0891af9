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
/// delete, opaque directories replace), keeping owners, modes, xattrs and times; symlinks
/// are copied as links, never followed.
pub fn merge_dir(src: &Path, dst: &Path) -> anyhow::Result<()> {
    merge_dir_mapped(src, dst, &|u, g| (u, g))
}

/// Owner ids as stored in a layer, to those a copy gets.
pub type MapIds<'a> = &'a dyn Fn(u32, u32) -> (u32, u32);

/// [`merge_dir`], each copy owned by `ids(owner)` (set before the xattrs: a later chown
/// would drop file capabilities).
pub fn merge_dir_mapped(src: &Path, dst: &Path, ids: MapIds) -> anyhow::Result<()> {
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
            merge_dir_mapped(&from, &to, ids)?;
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
        copy_meta(&from, &to, &meta, ids)?;
    }
    Ok(())
}

/// Give `to` the owner, mode, xattrs (but overlay's own) and times of `from`, whose
/// metadata is `meta`; a directory's last, after its entries are in. An xattr the file
/// system or namespace refuses is skipped, as the unpacker does.
pub fn copy_meta(
    from: &Path,
    to: &Path,
    meta: &std::fs::Metadata,
    ids: MapIds,
) -> anyhow::Result<()> {
    set_owner_and_mode_of(to, meta, ids(meta.uid(), meta.gid()))?;
    // After chown, which clears file capabilities.
    let xattrs = crate::image::tarball::xattrs_with(
        |names| rustix::fs::llistxattr(from, names),
        |name, value| rustix::fs::lgetxattr(from, name, value),
    );
    for (name, value) in xattrs {
        if let Err(e) = rustix::fs::lsetxattr(to, &name, &value, rustix::fs::XattrFlags::empty()) {
            log::debug!("xattr {name} on {}: {e} (skipped)", to.display());
        }
    }
    crate::store::shifted::copy_times(to, meta)
        .with_context(|| format!("setting the times of {}", to.display()))
}

pub fn xattr_is_set(path: &Path, name: &str) -> bool {
    let mut buf = [0u8; 8];
    matches!(rustix::fs::lgetxattr(path, name, &mut buf), Ok(n) if n > 0 && buf[0] == b'y')
}

pub fn set_owner_and_mode(path: &Path, meta: &std::fs::Metadata) -> anyhow::Result<()> {
    set_owner_and_mode_of(path, meta, (meta.uid(), meta.gid()))
}

fn set_owner_and_mode_of(
    path: &Path,
    meta: &std::fs::Metadata,
    (uid, gid): (u32, u32),
) -> anyhow::Result<()> {
    match std::os::unix::fs::lchown(path, Some(uid), Some(gid)) {
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
