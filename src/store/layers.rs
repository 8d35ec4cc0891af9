//! Extracted layers, one directory per chain id: `layers/<chain hex>/{diff/, layer.json}`.
//!
//! A layer is extracted into a staging directory under `tmp/` and renamed into place whole,
//! under the store lock; readers see nothing or the complete layer. Removal renames the
//! directory back into `tmp/` first, so a reader never sees a half-deleted tree either.

use std::fs::File;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::blobs::{Staging, digest_hex, sha256_digest};
use super::{Result, Store, StoreError, atomic};

/// `layer.json`: what a layer directory holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LayerRecord {
    pub diff_id: String,
    pub chain_id: String,
    pub parent: Option<String>,
    /// Bytes of file content in this layer (not counting lower layers).
    pub size: u64,
    /// The highest owners of its entries; `None` in layers extracted before they were
    /// recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owners: Option<LayerOwners>,
}

/// The highest uid and gid owning an entry of a layer, noted while it is extracted, so
/// `--userns=auto` can size a container's id range without walking the layers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LayerOwners {
    pub max_uid: u32,
    pub max_gid: u32,
}

impl LayerOwners {
    /// The overflow id (nobody/nogroup): not counted, since an id outside a container's
    /// range shows as it anyway, and counting it would give nearly every image 65535 ids.
    pub const NOBODY: u32 = 65534;

    /// Count an entry owned by `uid:gid`.
    pub fn note(&mut self, uid: u32, gid: u32) {
        if uid != Self::NOBODY {
            self.max_uid = self.max_uid.max(uid);
        }
        if gid != Self::NOBODY {
            self.max_gid = self.max_gid.max(gid);
        }
    }
}

/// OCI chain id: chain(L0) = diffid(L0); chain(Ln) = sha256(chain(Ln-1) + " " + diffid(Ln)).
pub fn chain_id(parent: Option<&str>, diff_id: &str) -> String {
    match parent {
        None => diff_id.to_owned(),
        Some(p) => sha256_digest(format!("{p} {diff_id}").as_bytes()),
    }
}

/// A layer being extracted: write the tree into [`StagedLayer::diff_dir`].
#[derive(Debug)]
pub struct StagedLayer {
    staging: Staging,
    diff: PathBuf,
}

impl StagedLayer {
    pub fn diff_dir(&self) -> &Path {
        &self.diff
    }

    /// The staging directory itself (becomes the layer directory): for side files such as
    /// the layer's tar-split record.
    pub fn dir(&self) -> &Path {
        self.staging.path()
    }
}

impl Store {
    pub fn layer_dir(&self, chain_id: &str) -> Result<PathBuf> {
        Ok(self.layers_dir().join(digest_hex(chain_id)?))
    }

    /// The tree of one layer, as an overlay lower directory.
    pub fn layer_diff_dir(&self, chain_id: &str) -> Result<PathBuf> {
        Ok(self.layer_dir(chain_id)?.join("diff"))
    }

    /// The one lower directory of an image without layers (`FROM scratch` with only
    /// metadata): an empty tree, made when such an image is stored.
    pub fn empty_layer_dir(&self) -> PathBuf {
        self.layers_dir().join("empty")
    }

    /// Make [`Store::empty_layer_dir`] when it is missing.
    pub(super) fn ensure_empty_layer_dir(&self) -> Result<()> {
        let dir = self.empty_layer_dir();
        match std::fs::create_dir(&dir) {
            Ok(()) => set_mode(&dir, 0o755),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
            Err(e) => Err(StoreError::io(&dir, e)),
        }
    }

    /// A layer counts as present once its directory (renamed in whole) exists.
    pub fn has_layer(&self, chain_id: &str) -> bool {
        self.layer_dir(chain_id)
            .is_ok_and(|d| d.join("layer.json").is_file())
    }

    pub fn layer(&self, chain_id: &str) -> Result<LayerRecord> {
        atomic::read_json(&self.layer_dir(chain_id)?.join("layer.json"))
    }

    /// A staging directory with an empty `diff/` to extract into.
    pub fn stage_layer(&self) -> Result<StagedLayer> {
        let staging = self.staging("layer")?;
        let diff = staging.path().join("diff");
        std::fs::create_dir(&diff).map_err(|e| StoreError::io(&diff, e))?;
        set_mode(&diff, 0o755)?;
        Ok(StagedLayer { staging, diff })
    }

    /// Move a fully extracted layer into place. The caller holds the store lock. When the
    /// same chain id arrived meanwhile (another import), the staged copy is dropped.
    pub fn commit_layer(&self, staged: StagedLayer, record: &LayerRecord) -> Result<()> {
        let dest = self.layer_dir(&record.chain_id)?;
        if self.has_layer(&record.chain_id) {
            log::debug!("layer {} already present", record.chain_id);
            return Ok(());
        }
        if dest.exists() {
            // A directory without layer.json cannot come from commit (it renames whole);
            // treat it as debris.
            self.remove_tree_via_tmp(&dest)?;
        }
        atomic::write_json(&staged.staging.path().join("layer.json"), record)?;
        staged.staging.commit_to(&dest)?;
        atomic::sync_dir(&self.layers_dir())
    }

    /// Delete a layer directory. The caller holds the store lock and has checked that no
    /// image uses it.
    pub fn remove_layer(&self, chain_id: &str) -> Result<()> {
        let dir = self.layer_dir(chain_id)?;
        if !dir.exists() {
            return Ok(());
        }
        self.remove_tree_via_tmp(&dir)
    }

    /// Rename `dir` into `tmp/` (atomic disappearance), then delete it at leisure.
    pub(crate) fn remove_tree_via_tmp(&self, dir: &Path) -> Result<()> {
        let name = dir.file_name().unwrap_or_default().to_string_lossy();
        let grave = self
            .tmp_dir()
            .join(format!("del-{name}-{}", std::process::id()));
        // Lock it so a concurrent sweep leaves it to us.
        let lock = File::open(dir).map_err(|e| StoreError::io(dir, e))?;
        let _ = lock.try_lock();
        std::fs::rename(dir, &grave).map_err(|e| StoreError::io(dir, e))?;
        let res = std::fs::remove_dir_all(&grave).map_err(|e| StoreError::io(&grave, e));
        drop(lock);
        res
    }
}

fn set_mode(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| StoreError::io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_ids_follow_oci() {
        let a = sha256_digest(b"a");
        let b = sha256_digest(b"b");
        assert_eq!(chain_id(None, &a), a);
        let ab = chain_id(Some(&a), &b);
        assert_eq!(ab, sha256_digest(format!("{a} {b}").as_bytes()));
    }

    #[test]
    fn staged_layer_commits_whole_or_not_at_all() {
        let d = tempfile::tempdir().unwrap();
        let s = Store::open(&d.path().join("root"), &d.path().join("run")).unwrap();
        let diff = sha256_digest(b"layer");
        // Dropped without commit: nothing left.
        let staged = s.stage_layer().unwrap();
        std::fs::write(staged.diff_dir().join("f"), b"x").unwrap();
        drop(staged);
        assert_eq!(std::fs::read_dir(s.tmp_dir()).unwrap().count(), 0);
        assert!(!s.has_layer(&diff));

        let staged = s.stage_layer().unwrap();
        std::fs::write(staged.diff_dir().join("f"), b"x").unwrap();
        let rec = LayerRecord {
            diff_id: diff.clone(),
            chain_id: diff.clone(),
            parent: None,
            size: 1,
            owners: Some(LayerOwners {
                max_uid: 3000,
                max_gid: 0,
            }),
        };
        s.commit_layer(staged, &rec).unwrap();
        assert!(s.has_layer(&diff));
        assert_eq!(s.layer(&diff).unwrap(), rec);
        assert_eq!(
            std::fs::read(s.layer_diff_dir(&diff).unwrap().join("f")).unwrap(),
            b"x"
        );
        assert_eq!(std::fs::read_dir(s.tmp_dir()).unwrap().count(), 0);
        s.remove_layer(&diff).unwrap();
        assert!(!s.has_layer(&diff));
        assert_eq!(std::fs::read_dir(s.tmp_dir()).unwrap().count(), 0);
    }
}
