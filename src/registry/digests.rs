//! Repository digests: which manifest digest an image has in which repository (learned by
//! pull and push), for `images --digests`. Kept in `repo-digests.json` at the store root:
//! `{image id: {repository (familiar form): manifest digest}}`, changed under the store lock.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::store::{Result, Store, atomic};

pub type RepoDigests = BTreeMap<String, BTreeMap<String, String>>;

fn path(store: &Store) -> PathBuf {
    store.root.join("repo-digests.json")
}

/// Every recorded digest; a store without the file has none.
pub fn load(store: &Store) -> Result<RepoDigests> {
    let p = path(store);
    if !p.exists() {
        return Ok(RepoDigests::new());
    }
    atomic::read_json(&p)
}

/// Record that `image_id` is `digest` in `repo`. Entries of images no longer in the store
/// are dropped on the way.
pub fn record(store: &Store, image_id: &str, repo: &str, digest: &str) -> Result<()> {
    let _lock = store.lock()?;
    let mut all = load(store)?;
    all.retain(|id, _| store.image_by_id(id).is_ok());
    all.entry(image_id.to_owned())
        .or_default()
        .insert(repo.to_owned(), digest.to_owned());
    atomic::write_json(&path(store), &all)
}
