//! The build cache: `build-cache/<key>` in the store holds the id of the image a step
//! made, `build-cache/ids/<hex>` marks an image as a build's intermediate (hidden from
//! `images` unless `-a`, removed by `builder prune`).
//!
//! A step's key hashes everything its result depends on (see [`Key`]): the previous step's
//! key (the base image's id for the first; it covers every earlier step by content, not
//! time), the instruction after substitution, the build args
//! in scope, and the content digests of the files a COPY or ADD reads. A hit is taken only
//! when the image it names and all its layers are still in the store; anything else is a
//! miss, so a cache damaged by `rmi` or an interrupted build costs a rebuild, never a wrong
//! image.

use std::path::PathBuf;

use anyhow::Context as _;
use sha2::{Digest, Sha256};

use crate::spec::image_ref::ImageRef;
use crate::store::{ImageRecord, Store, atomic};

/// The cache's directory in the store.
pub fn dir(store: &Store) -> PathBuf {
    store.root.join("build-cache")
}

fn ids_dir(store: &Store) -> PathBuf {
    dir(store).join("ids")
}

/// A step's cache key under construction: parts are length-prefixed, so no two different
/// lists of parts hash alike.
pub struct Key(Sha256);

impl Key {
    /// A key that starts from the previous step's key (or the stage's base image id).
    pub fn new(parent: &str) -> Key {
        let mut k = Key(Sha256::new());
        k.add("berth-build-v1");
        k.add(parent);
        k
    }

    pub fn add(&mut self, part: impl AsRef<[u8]>) -> &mut Key {
        let part = part.as_ref();
        self.0.update((part.len() as u64).to_le_bytes());
        self.0.update(part);
        self
    }

    pub fn finish(self) -> String {
        hex::encode(self.0.finalize())
    }
}

/// The image a key names, if it and all its layers are in the store.
pub fn get(store: &Store, key: &str) -> Option<ImageRecord> {
    let id = std::fs::read_to_string(dir(store).join(key)).ok()?;
    let image = store.image_by_id(id.trim()).ok()?;
    image
        .layers
        .iter()
        .all(|l| store.has_layer(l))
        .then_some(image)
}

/// Remember that `key` made the image `id`.
pub fn put(store: &Store, key: &str, id: &str) -> anyhow::Result<()> {
    std::fs::create_dir_all(ids_dir(store)).context("creating the build cache")?;
    let hex = id.strip_prefix("sha256:").unwrap_or(id);
    atomic::write(&ids_dir(store).join(hex), b"")?;
    atomic::write(&dir(store).join(key), id.as_bytes())?;
    Ok(())
}

fn finals_dir(store: &Store) -> PathBuf {
    dir(store).join("final")
}

/// Mark `id` as the result of a build: listed by `images` (as `<none>` without `-t`) and
/// kept by `builder prune`, as docker keeps a build's image.
pub fn mark_final(store: &Store, id: &str) -> anyhow::Result<()> {
    std::fs::create_dir_all(finals_dir(store)).context("creating the build cache")?;
    let hex = id.strip_prefix("sha256:").unwrap_or(id);
    atomic::write(&finals_dir(store).join(hex), b"")?;
    Ok(())
}

/// Whether a build made the image `id` as a step only (an intermediate image), never as
/// a build's result.
pub fn is_intermediate(store: &Store, id: &str) -> bool {
    let hex = id.strip_prefix("sha256:").unwrap_or(id);
    !hex.is_empty()
        && !hex.contains('/')
        && ids_dir(store).join(hex).exists()
        && !finals_dir(store).join(hex).exists()
}

/// What [`prune`] removed.
#[derive(Debug, Default)]
pub struct Pruned {
    /// The cache entries (keys) removed.
    pub entries: Vec<String>,
    /// Intermediate images removed.
    pub images: Vec<String>,
    /// Bytes of the layers that went with them.
    pub reclaimed: u64,
}

/// Remove the build cache. Always: entries whose image is gone, and intermediate images
/// no name and no container holds, with their entries. With `all`, every entry (images
/// that have a name stay, they are only no longer cache hits), the cache mounts'
/// directories and the stat cache.
pub fn prune(store: &Store, all: bool) -> anyhow::Result<Pruned> {
    let mut pruned = Pruned::default();
    let cache = dir(store);
    let Ok(read) = std::fs::read_dir(&cache) else {
        return Ok(pruned);
    };
    let layers_before = crate::runtime::housekeeping::layer_sizes(store)?;
    for entry in read {
        let entry = entry.with_context(|| format!("reading {}", cache.display()))?;
        let key = entry.file_name().to_string_lossy().into_owned();
        if key.len() != 64 || !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let id = std::fs::read_to_string(entry.path()).unwrap_or_default();
        let id = id.trim();
        let removable = match store.image_by_id(id) {
            Err(_) => true,
            Ok(img) => {
                let unused = store.names_of(&img.id)?.is_empty()
                    && store.containers_using_image(&img.id)?.is_empty();
                if unused && is_intermediate(store, &img.id) {
                    store
                        .remove_image(&ImageRef::id(&img.id), false)
                        .with_context(|| format!("removing the build step image {}", img.id))?;
                    pruned.images.push(img.id.clone());
                    true
                } else {
                    all
                }
            }
        };
        if removable {
            std::fs::remove_file(entry.path())
                .with_context(|| format!("removing {}", entry.path().display()))?;
            pruned.entries.push(key);
        }
    }
    // Markers of images that are gone (step markers, with `all`, of every image).
    for (markers, with_all) in [(ids_dir(store), all), (finals_dir(store), false)] {
        let Ok(read) = std::fs::read_dir(markers) else {
            continue;
        };
        for entry in read.flatten() {
            let id = format!("sha256:{}", entry.file_name().to_string_lossy());
            if with_all || store.image_by_id(&id).is_err() {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    if all {
        let _ = std::fs::remove_file(stat_cache_path(store));
        let mounts = dir(store).join("mounts");
        if mounts.exists() {
            crate::store::containers::remove_tree(&mounts)
                .with_context(|| format!("removing {}", mounts.display()))?;
        }
    }
    let layers_after = crate::runtime::housekeeping::layer_sizes(store)?;
    pruned.reclaimed = layers_before
        .iter()
        .filter(|(chain, _)| !layers_after.contains_key(*chain))
        .map(|(_, size)| size)
        .sum();
    Ok(pruned)
}

/// `system df`'s build cache line: the cache entries, and the bytes of the intermediate
/// images (those no name and no container holds are reclaimable).
pub fn usage(store: &Store) -> (usize, u64, u64) {
    let entries = std::fs::read_dir(dir(store))
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.file_name().len() == 64 && e.file_type().is_ok_and(|t| t.is_file()))
                .count()
        })
        .unwrap_or(0);
    let (mut size, mut reclaimable) = (0, 0);
    if let Ok(rd) = std::fs::read_dir(ids_dir(store)) {
        for e in rd.flatten() {
            let id = format!("sha256:{}", e.file_name().to_string_lossy());
            let Ok(img) = store.image_by_id(&id) else {
                continue;
            };
            size += img.size;
            let unused = store.names_of(&id).is_ok_and(|n| n.is_empty())
                && store
                    .containers_using_image(&id)
                    .is_ok_and(|c| c.is_empty());
            if unused {
                reclaimable += img.size;
            }
        }
    }
    (entries, size, reclaimable)
}

/// Where the context's stat cache of content digests is kept.
pub fn stat_cache_path(store: &Store) -> PathBuf {
    dir(store).join("stat-cache")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_separate_their_parts() {
        let k = |parts: &[&str]| {
            let mut k = Key::new("p");
            for p in parts {
                k.add(p);
            }
            k.finish()
        };
        assert_ne!(k(&["ab", "c"]), k(&["a", "bc"]));
        assert_eq!(k(&["a"]), k(&["a"]));
        assert_ne!(k(&["a"]), Key::new("q").finish());
    }
}
