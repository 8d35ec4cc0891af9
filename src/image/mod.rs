//! Image formats: references, image configs, hostile-tar layer unpacking, import/export.

pub mod archive;
pub mod assemble;
pub mod changes;
pub mod commit;
pub mod config;
pub mod hello;
pub mod import;
pub mod inspect;
pub mod layer;
pub mod load;
pub mod manifest;
pub mod tarball;
pub mod tarsplit;
pub mod unpack;

use crate::spec::ImageRef;
use crate::store::{ImageRecord, Store, StoreError};

pub use import::{ImportOptions, import_tarball};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Unpack(#[from] unpack::UnpackError),
    #[error(transparent)]
    Reference(#[from] crate::spec::reference::ReferenceError),
    #[error(transparent)]
    Change(#[from] config::ChangeError),
}

pub type Result<T> = std::result::Result<T, Error>;

/// Resolve the image `run`/`create` asked for. The built-in `hello-world` is imported from
/// the binary on first use, so it works offline on a fresh machine.
pub fn resolve_for_run(store: &Store, reference: &ImageRef) -> Result<ImageRecord> {
    match store.image(reference) {
        Err(StoreError::NoSuchImage(msg)) => {
            let hello = crate::spec::Reference::parse(hello::NAME)?;
            if reference.name() != Some(&hello) {
                return Err(StoreError::NoSuchImage(msg).into());
            }
            log::debug!("importing the built-in {hello} image");
            let opts = ImportOptions {
                config: crate::store::ImageConfig {
                    cmd: Some(hello::CMD.iter().map(|s| s.to_string()).collect()),
                    ..Default::default()
                },
                comment: "built-in hello-world image".into(),
                ..Default::default()
            };
            let tar = hello::rootfs_tar();
            import_tarball(store, &tar[..], Some(&hello), &opts)
        }
        other => Ok(other?),
    }
}
