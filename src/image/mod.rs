//! Image formats: references, image configs, hostile-tar layer unpacking, import/export.

pub mod config;
pub mod hello;
pub mod import;
pub mod reference;
pub mod unpack;

use crate::store::{ImageRecord, Store, StoreError};

pub use import::{ImportOptions, import_tarball};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Unpack(#[from] unpack::UnpackError),
    #[error(transparent)]
    Reference(#[from] reference::ReferenceError),
    #[error(transparent)]
    Change(#[from] config::ChangeError),
}

pub type Result<T> = std::result::Result<T, Error>;

/// Resolve the image `run`/`create` asked for.
pub fn resolve_for_run(store: &Store, reference: &str) -> Result<ImageRecord> {
    // TODO(hello-world): import the built-in image here once image/hello.rs lands.
    Ok(store.image(reference)?)
}
