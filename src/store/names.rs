//! `names.json`: the `repo:tag` -> image id index. Read without a lock (it is replaced
//! atomically); changed only under `Store::lock()`.

use std::collections::BTreeMap;

use super::{Result, Store, atomic};

/// `repo:tag` -> `sha256:<hex>`, sorted by name.
pub type Names = BTreeMap<String, String>;

impl Store {
    /// The whole name index; a store without one has no names.
    pub fn names(&self) -> Result<Names> {
        let path = self.names_file();
        if !path.exists() {
            return Ok(Names::new());
        }
        atomic::read_json(&path)
    }

    /// Replace the name index. Caller holds the store lock.
    pub fn write_names(&self, names: &Names) -> Result<()> {
        atomic::write_json(&self.names_file(), names)
    }

    /// The names pointing at `id`, sorted.
    pub fn names_of(&self, id: &str) -> Result<Vec<String>> {
        Ok(names_for(&self.names()?, id))
    }
}

pub fn names_for(names: &Names, id: &str) -> Vec<String> {
    names
        .iter()
        .filter(|(_, v)| v.as_str() == id)
        .map(|(k, _)| k.clone())
        .collect()
}
