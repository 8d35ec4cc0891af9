//! What the store remembers of images' exchanges with registries and archives, each a JSON
//! map by image id at the store root, changed under the store lock (entries of images no
//! longer in the store are dropped on the way):
//! - `repo-digests.json`, `{image id: {repository (familiar form): manifest digest}}`, learned
//!   by pull and push, for `images --digests`;
//! - `image-formats.json`, `{image id: "oci" | "v2s2"}`, the manifest format an image arrived
//!   in (pull, load), which `push` keeps by default.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::push::Format;
use crate::store::{Result, Store, atomic};

pub type RepoDigests = BTreeMap<String, BTreeMap<String, String>>;
type Formats = BTreeMap<String, Format>;

const DIGESTS_FILE: &str = "repo-digests.json";
const FORMATS_FILE: &str = "image-formats.json";

fn path(store: &Store, file: &str) -> PathBuf {
    store.root.join(file)
}

/// A map file's entries; a store without the file has none.
fn read<T: serde::de::DeserializeOwned + Default>(store: &Store, file: &str) -> Result<T> {
    let p = path(store, file);
    if !p.exists() {
        return Ok(T::default());
    }
    atomic::read_json(&p)
}

/// Change `image_id`'s entry of a map file with `f`, under the store lock.
fn update<V: serde::Serialize + serde::de::DeserializeOwned + Default>(
    store: &Store,
    file: &str,
    image_id: &str,
    f: impl FnOnce(&mut V),
) -> Result<()> {
    let _lock = store.lock()?;
    let mut all: BTreeMap<String, V> = read(store, file)?;
    all.retain(|id, _| store.image_by_id(id).is_ok());
    f(all.entry(image_id.to_owned()).or_default());
    atomic::write_json(&path(store, file), &all)
}

/// Every recorded repository digest.
pub fn load(store: &Store) -> Result<RepoDigests> {
    read(store, DIGESTS_FILE)
}

/// Record that `image_id` is `digest` in `repo`.
pub fn record(store: &Store, image_id: &str, repo: &str, digest: &str) -> Result<()> {
    update(
        store,
        DIGESTS_FILE,
        image_id,
        |repos: &mut BTreeMap<String, String>| {
            repos.insert(repo.to_owned(), digest.to_owned());
        },
    )
}

/// Record the manifest format `image_id` arrived in (the latest arrival wins).
pub fn record_format(store: &Store, image_id: &str, format: Format) -> Result<()> {
    update(store, FORMATS_FILE, image_id, |f: &mut Format| *f = format)
}

/// The manifest format `image_id` arrived in, if recorded.
pub fn format(store: &Store, image_id: &str) -> Option<Format> {
    read::<Formats>(store, FORMATS_FILE)
        .ok()?
        .get(image_id)
        .copied()
}
