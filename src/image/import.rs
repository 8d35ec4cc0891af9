//! Import a filesystem tarball as a one-layer image; the image of no layers at all.

use std::io::Read;

use super::Result;
use super::config::{ConfigBlob, RootFs, host_arch};
use super::unpack::Limits;
use crate::spec::reference::Reference;
use crate::store::blobs::sha256_digest;
use crate::store::images::{HistoryEntry, NewLayer};
use crate::store::layers::{LayerRecord, chain_id};
use crate::store::{ImageConfig, ImageRecord, Store, StoreError};

#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The runtime config (already carrying any `--change`s).
    pub config: ImageConfig,
    /// History comment (`-m`, or where the tarball came from).
    pub comment: String,
    pub limits: Limits,
}

/// Extract `reader` (plain, gzip or zstd tar) into a new layer, then store the image and
/// optionally name it. On any failure nothing is left behind: no layer, no record.
pub fn import_tarball(
    store: &Store,
    reader: impl Read,
    name: Option<&Reference>,
    opts: &ImportOptions,
) -> Result<ImageRecord> {
    let (staged, unpacked) = super::layer::extract(store, reader, &opts.limits)?;
    let chain = chain_id(None, &unpacked.diff_id);
    let created = jiff::Timestamp::now().to_string();
    let history = vec![HistoryEntry {
        created: created.clone(),
        created_by: String::new(),
        comment: opts.comment.clone(),
        empty_layer: false,
    }];
    let blob = ConfigBlob {
        created: created.clone(),
        architecture: host_arch().to_owned(),
        os: "linux".to_owned(),
        config: opts.config.clone(),
        rootfs: RootFs {
            kind: "layers".to_owned(),
            diff_ids: vec![unpacked.diff_id.clone()],
        },
        history: history.clone(),
    };
    let blob_bytes = serde_json::to_vec(&blob)
        .map_err(|e| StoreError::Invalid(format!("serializing the image config: {e}")))?;
    let record = ImageRecord {
        id: sha256_digest(&blob_bytes),
        created,
        comment: opts.comment.clone(),
        config: opts.config.clone(),
        architecture: blob.architecture,
        os: blob.os,
        diff_ids: vec![unpacked.diff_id.clone()],
        layers: vec![chain.clone()],
        size: unpacked.size,
        history,
    };
    let layer = NewLayer {
        record: LayerRecord {
            diff_id: unpacked.diff_id,
            chain_id: chain,
            parent: None,
            size: unpacked.size,
            owners: Some(unpacked.owners),
        },
        staged: Some(staged),
    };
    store.commit_image(&blob_bytes, &record, vec![layer], name)?;
    Ok(record)
}

/// The image `FROM scratch` starts from: no layer, no history, an empty config. Its id is
/// the same every time (the creation time is the epoch), so storing it again is a no-op.
pub fn scratch(store: &Store) -> Result<ImageRecord> {
    let created = "1970-01-01T00:00:00Z".to_owned();
    let blob = ConfigBlob {
        created: created.clone(),
        architecture: host_arch().to_owned(),
        os: "linux".to_owned(),
        config: ImageConfig::default(),
        rootfs: RootFs {
            kind: "layers".to_owned(),
            diff_ids: Vec::new(),
        },
        history: Vec::new(),
    };
    let blob_bytes = serde_json::to_vec(&blob)
        .map_err(|e| StoreError::Invalid(format!("serializing the image config: {e}")))?;
    let record = ImageRecord {
        id: sha256_digest(&blob_bytes),
        created,
        comment: String::new(),
        config: blob.config,
        architecture: blob.architecture,
        os: blob.os,
        diff_ids: Vec::new(),
        layers: Vec::new(),
        size: 0,
        history: Vec::new(),
    };
    store.commit_image(&blob_bytes, &record, Vec::new(), None)?;
    Ok(record)
}
