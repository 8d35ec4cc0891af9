//! Exporting a container's merged filesystem as a tar stream.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context as _;

use crate::store::Store;
use crate::store::containers::ContainerRecord;

/// Write the container's filesystem (image layers plus its changes) as a tar to `out`.
///
/// Overlay containers are viewed through a read-only overlay whose lowest layers are the
/// image and whose top layer is the container's upper dir; it is mounted in a private
/// mount namespace of this (single-threaded, about to exit) process, so it needs no
/// cleanup and can be taken while the container runs.
pub fn export(store: &Store, rec: &ContainerRecord, out: &mut dyn Write) -> anyhow::Result<()> {
    let dir = store.container_dir(&rec.id);
    // keep-id, rootless auto: the files are stored shifted; they are read as the
    // container sees them.
    let nested = crate::sandbox::keepid::nested(&rec.spec.security);
    // Serves the view until the tar is written.
    let mut fuse_view = None;
    let root: PathBuf = if rec.driver == "copy" {
        dir.join("rootfs")
    } else {
        let image = store.image_by_id(&rec.image)?;
        let mut lowers = match &nested {
            Some(n) => store.shifted_layer_dirs(&image, n)?,
            None => store.image_layer_dirs(&image)?,
        };
        lowers.push(dir.join("upper"));
        let view = view_dir(store, rec)?;
        super::driver::fuse::enter_private_mount_namespace()?;
        if rec.driver == super::driver::fuse::DRIVER {
            fuse_view = Some(super::driver::fuse::mount(&lowers, None, &view)?);
        } else {
            crate::sandbox::rootfs::mount_read_only_overlay(&lowers, &view)?;
        }
        view
    };
    if let Some(n) = &nested {
        crate::sandbox::keepid::see_as_container(n)?;
    }
    crate::image::tarball::write_tree(&root, out)
        .with_context(|| format!("exporting container {}", rec.name))?;
    drop(fuse_view);
    Ok(())
}

/// The directory a container's root is mounted on to look at it from outside (`export`,
/// `cp`), each time in a private mount namespace.
pub fn view_dir(store: &Store, rec: &ContainerRecord) -> anyhow::Result<PathBuf> {
    let view = store.container_dir(&rec.id).join("export");
    match std::fs::create_dir(&view) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e).with_context(|| format!("creating {}", view.display())),
    }
    Ok(view)
}
