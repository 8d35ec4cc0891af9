//! On-disk state, crash-safe: atomic writes, flock guards, blobs, layers, images, names,
//! containers.
//!
//! Layout under the storage root:
//! ```text
//! lock                          flock taken by every mutation
//! blobs/sha256/<hex>            content-addressed blobs (image configs, manifests)
//! layers/<chain-id hex>/        one extracted layer: diff/ (the tree) + layer.json
//!                               (+ shifted-<map key>/: owner-shifted copies, see shifted.rs)
//! images/<config digest hex>.json   image records (id = config digest)
//! names.json                    repo:tag -> image id
//! containers/<id>/              container.json, upper/, work/ (and rootfs/ for copy driver)
//! container-names/<name>        symlink to the container id: creating it claims the name
//! volumes/<name>/              _data/ (the files) + volume.json (see volumes.rs)
//! tmp/                          staging for extraction; same filesystem so renames are atomic
//! ```

pub mod atomic;
pub mod blobs;
pub mod containers;
pub mod events;
pub mod images;
pub mod layers;
pub mod lock;
pub mod names;
pub mod shifted;
pub mod volumes;

use std::path::{Path, PathBuf};

pub use images::{ImageConfig, ImageRecord};
pub use lock::StoreLock;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: corrupt record: {reason}", path.display())]
    Corrupt { path: PathBuf, reason: String },
    #[error("{0}")]
    NotFound(String),
    /// No container has this name, id or id prefix (podman's wording, which scripts match).
    #[error("no container with name or ID \"{0}\" found: no such container")]
    NoSuchContainer(String),
    /// The object is in use (an image a container was made from).
    #[error("{0}")]
    InUse(String),
    /// No image has this name, id or id prefix.
    #[error("{0}: image not known")]
    NoSuchImage(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Invalid(String),
}

impl StoreError {
    /// The object the user named does not exist (exit status 1 where podman gives it).
    pub fn is_missing(&self) -> bool {
        matches!(
            self,
            StoreError::NoSuchContainer(_) | StoreError::NoSuchImage(_)
        )
    }

    pub fn io(path: &Path, source: std::io::Error) -> Self {
        StoreError::Io {
            path: path.to_owned(),
            source,
        }
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Handle on the storage root and the runtime root.
#[derive(Debug, Clone)]
pub struct Store {
    pub root: PathBuf,
    pub runroot: PathBuf,
}

impl Store {
    /// Open (creating on first use) the store directories.
    pub fn open(root: &Path, runroot: &Path) -> Result<Store> {
        let store = Store {
            root: root.to_owned(),
            runroot: runroot.to_owned(),
        };
        // A stat per directory (cached, microseconds) and a mkdir only for what is
        // missing: robust against a racing first use and a partly made store alike.
        for dir in [
            store.root.clone(),
            store.blobs_dir(),
            store.layers_dir(),
            store.images_dir(),
            store.containers_dir(),
            store.container_names_dir(),
            store.tmp_dir(),
            store.runroot.clone(),
        ] {
            if !dir.is_dir() {
                std::fs::create_dir_all(&dir).map_err(|e| StoreError::io(&dir, e))?;
            }
        }
        Ok(store)
    }

    /// Take the store-wide mutation lock.
    pub fn lock(&self) -> Result<StoreLock> {
        StoreLock::acquire(&self.root.join("lock"))
    }

    pub fn blobs_dir(&self) -> PathBuf {
        self.root.join("blobs/sha256")
    }
    pub fn layers_dir(&self) -> PathBuf {
        self.root.join("layers")
    }
    pub fn images_dir(&self) -> PathBuf {
        self.root.join("images")
    }
    pub fn names_file(&self) -> PathBuf {
        self.root.join("names.json")
    }
    pub fn containers_dir(&self) -> PathBuf {
        self.root.join("containers")
    }
    pub fn container_names_dir(&self) -> PathBuf {
        self.root.join("container-names")
    }
    pub fn tmp_dir(&self) -> PathBuf {
        self.root.join("tmp")
    }
}

/// Images and containers in the store at `root`; an absent or unreadable store counts as
/// empty. Reads without creating or locking anything, so `info` works before the first
/// import.
pub fn counts(root: &Path, runroot: &Path) -> (usize, usize) {
    if !root.is_dir() {
        return (0, 0);
    }
    let store = Store {
        root: root.to_owned(),
        runroot: runroot.to_owned(),
    };
    let images = store.images().map(|v| v.len()).unwrap_or(0);
    let containers = std::fs::read_dir(store.containers_dir())
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                .count()
        })
        .unwrap_or(0);
    (images, containers)
}
