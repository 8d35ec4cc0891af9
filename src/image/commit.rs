//! Making an image from a container's changes (`commit`; build reuses it for its steps):
//! the changes are written as an OCI layer tar (overlay whiteouts as `.wh.NAME`, opaque
//! directories as `.wh..wh..opq`, owners, modes, xattrs and hard links kept, parents
//! before children in byte order, so the same tree always gives the same tar), which is
//! extracted into the store through the same unpacker as a pulled layer while it is
//! written: the diff id and the tar-split are computed on the way, and the layer is
//! renamed into place with the image record under the store lock. An interrupted commit
//! leaves only a staging directory that the next store mutation sweeps.

use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use super::changes::{Change, Confined, Kind, OPAQUE_MARKER, OwnerMap, WHITEOUT_PREFIX};
use super::config::host_arch;
use super::tarball::{Links, append};
use super::unpack::Limits;
use super::{Error, Result};
use crate::spec::reference::Reference;
use crate::store::blobs::sha256_digest;
use crate::store::images::{HistoryEntry, NewLayer};
use crate::store::layers::{LayerRecord, chain_id};
use crate::store::{ImageConfig, ImageRecord, Store, StoreError};

/// Write `changes` of the tree at `root` (in the order [`super::changes`] lists them) as a
/// layer tar. Entries are read through [`Confined`]: never through a link the container
/// put on the way.
pub fn write_layer(
    root: &Path,
    changes: &[Change],
    owners: OwnerMap,
    out: impl Write,
) -> io::Result<()> {
    let tree = Confined::open(root)?;
    let mut b = tar::Builder::new(out);
    b.mode(tar::HeaderMode::Complete);
    let mut links = Links::new();
    for c in changes {
        match c.kind {
            Kind::Deleted => {
                let name = c.path.file_name().unwrap_or_default();
                let mut wh = Vec::from(WHITEOUT_PREFIX.as_bytes());
                wh.extend_from_slice(name.as_bytes());
                let path = c
                    .path
                    .parent()
                    .unwrap_or(Path::new(""))
                    .join(std::ffi::OsStr::from_bytes(&wh));
                marker(&mut b, &path, 0o600, (0, 0), 0)?;
            }
            Kind::Added | Kind::Changed => {
                let (_dir, src) = tree.entry(&c.path)?;
                let meta = std::fs::symlink_metadata(&src)?;
                let owner = owners(meta.uid(), meta.gid());
                append(&mut b, &src, &c.path, &meta, &mut links, Some(owner))?;
                if c.opaque {
                    let mtime = u64::try_from(meta.mtime()).unwrap_or(0);
                    let path = c.path.join(OPAQUE_MARKER);
                    marker(&mut b, &path, meta.mode() & 0o777, owner, mtime)?;
                }
            }
        }
    }
    b.into_inner()?.flush()
}

/// An empty regular file that stands for a whiteout or an opaque directory.
fn marker<W: Write>(
    b: &mut tar::Builder<W>,
    path: &Path,
    mode: u32,
    (uid, gid): (u32, u32),
    mtime: u64,
) -> io::Result<()> {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(tar::EntryType::Regular);
    h.set_size(0);
    h.set_mode(mode);
    h.set_uid(uid.into());
    h.set_gid(gid.into());
    h.set_mtime(mtime);
    b.append_data(&mut h, path, io::empty())
}

/// What the new image says about itself.
#[derive(Debug, Clone, Default)]
pub struct CommitOptions {
    /// The runtime config of the new image.
    pub config: ImageConfig,
    pub author: String,
    pub comment: String,
    /// The history entry's `created_by` (the container's command for `commit`).
    pub created_by: String,
    /// A build step's cache key, recorded in the config blob beside the new layer (see
    /// [`BUILD_CACHE_FIELD`]) so the image can serve another build as `--cache-from`.
    pub cache_key: Option<String>,
}

/// The config blob's field listing the build steps that made its layers: `[{"key": K,
/// "layer": N, "diff_id": D}]`, N the layer's index. It travels with the image (push, pull,
/// save, load keep the blob's bytes) and through later steps (unmodelled fields are kept).
pub const BUILD_CACHE_FIELD: &str = "berth.build.cache.v1";

/// One entry of [`BUILD_CACHE_FIELD`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CachedLayer {
    pub key: String,
    pub layer: usize,
    pub diff_id: String,
}

/// The build steps an image's config blob says made its layers (none when it says
/// nothing or something unreadable: a cache source is a hint, never trusted further than
/// the layers it names, which the builder checks).
pub fn cached_layers(store: &Store, image: &ImageRecord) -> Vec<CachedLayer> {
    let Ok(bytes) = store.read_blob(&image.id) else {
        return Vec::new();
    };
    #[derive(serde::Deserialize)]
    struct Blob {
        #[serde(rename = "berth.build.cache.v1", default)]
        entries: Vec<CachedLayer>,
    }
    serde_json::from_slice::<Blob>(&bytes)
        .map(|b| b.entries)
        .unwrap_or_default()
}

/// A new image: `parent` plus one layer made of `changes` of the tree at `root`, named
/// `name` when given.
pub fn commit(
    store: &Store,
    parent: &ImageRecord,
    root: &Path,
    changes: &[Change],
    owners: OwnerMap,
    opts: &CommitOptions,
    name: Option<&Reference>,
) -> Result<ImageRecord> {
    let (reader, writer) = io::pipe().map_err(|e| StoreError::io(&store.tmp_dir(), e))?;
    let (extracted, written) = std::thread::scope(|s| {
        let w = s.spawn(move || write_layer(root, changes, owners, io::BufWriter::new(writer)));
        let extracted = super::layer::extract(store, reader, &Limits::default());
        (extracted, w.join())
    });
    // The writer's error says why the stream ended early; the reader's only that it did.
    match written {
        Ok(Ok(())) => {}
        Ok(Err(e)) => {
            return Err(Error::Store(StoreError::Invalid(format!(
                "writing the layer: {e}"
            ))));
        }
        Err(_) => {
            return Err(Error::Store(StoreError::Invalid(
                "the layer writer panicked".into(),
            )));
        }
    }
    let (staged, unpacked) = extracted?;
    let parent_chain = parent.layers.last().map(String::as_str);
    let layer = NewLayer {
        record: LayerRecord {
            chain_id: chain_id(parent_chain, &unpacked.diff_id),
            diff_id: unpacked.diff_id,
            parent: parent_chain.map(str::to_owned),
            size: unpacked.size,
            owners: Some(unpacked.owners),
        },
        staged: Some(staged),
    };
    put_on(store, parent, layer, opts, name)
}

/// A new image: `parent` plus the stored layer `chain` (whose parent is `parent`'s top
/// layer), as a build step taken from a `--cache-from` image.
pub fn commit_stored_layer(
    store: &Store,
    parent: &ImageRecord,
    chain: &str,
    opts: &CommitOptions,
) -> Result<ImageRecord> {
    let record = store.layer(chain)?;
    if record.parent.as_deref() != parent.layers.last().map(String::as_str) {
        return Err(Error::Store(StoreError::Invalid(format!(
            "layer {chain} does not sit on image {}",
            parent.id
        ))));
    }
    let layer = NewLayer {
        record,
        staged: None,
    };
    put_on(store, parent, layer, opts, None)
}

/// Store the image of `parent` plus `layer` (whose parent is `parent`'s top layer) with
/// `opts`' config and a history entry.
fn put_on(
    store: &Store,
    parent: &ImageRecord,
    layer: NewLayer,
    opts: &CommitOptions,
    name: Option<&Reference>,
) -> Result<ImageRecord> {
    let created = jiff::Timestamp::now().to_string();
    let history = HistoryEntry {
        created: created.clone(),
        created_by: opts.created_by.clone(),
        comment: opts.comment.clone(),
        empty_layer: false,
    };
    let diff_id = layer.record.diff_id.clone();
    let blob = config_blob(store, parent, opts, &created, Some(&diff_id), &history)?;
    let mut record = parent.clone();
    record.id = sha256_digest(&blob);
    record.created = created;
    record.comment = opts.comment.clone();
    record.config = opts.config.clone();
    record.diff_ids.push(diff_id);
    record.layers.push(layer.record.chain_id.clone());
    record.size += layer.record.size;
    record.history.push(history);
    let mut layers = existing_layers(store, parent)?;
    layers.push(layer);
    store.commit_image(&blob, &record, layers, name)?;
    Ok(record)
}

/// A new image: `parent`'s layers with a new config and a history entry marked
/// `empty_layer` (a build's ENV, CMD, LABEL ... steps). No layer is written.
pub fn commit_config(
    store: &Store,
    parent: &ImageRecord,
    opts: &CommitOptions,
    name: Option<&Reference>,
) -> Result<ImageRecord> {
    let created = jiff::Timestamp::now().to_string();
    let history = HistoryEntry {
        created: created.clone(),
        created_by: opts.created_by.clone(),
        comment: opts.comment.clone(),
        empty_layer: true,
    };
    let blob = config_blob(store, parent, opts, &created, None, &history)?;
    let mut record = parent.clone();
    record.id = sha256_digest(&blob);
    record.created = created;
    record.comment = opts.comment.clone();
    record.config = opts.config.clone();
    record.history.push(history);
    store.commit_image(&blob, &record, existing_layers(store, parent)?, name)?;
    Ok(record)
}

/// The parent's layers, already in the store.
fn existing_layers(store: &Store, parent: &ImageRecord) -> Result<Vec<NewLayer>> {
    let layers = parent
        .layers
        .iter()
        .map(|c| {
            store.layer(c).map(|record| NewLayer {
                record,
                staged: None,
            })
        })
        .collect::<std::result::Result<_, _>>()?;
    Ok(layers)
}

/// The parent's config blob with the new layer (if any), config, author and history entry;
/// fields berth does not model are kept as the parent had them.
fn config_blob(
    store: &Store,
    parent: &ImageRecord,
    opts: &CommitOptions,
    created: &str,
    diff_id: Option<&str>,
    history: &HistoryEntry,
) -> Result<Vec<u8>> {
    use serde_json::{Map, Value};
    let invalid = |what: &str, e: serde_json::Error| {
        Error::Store(StoreError::Invalid(format!("{what} of {}: {e}", parent.id)))
    };
    let mut blob: Map<String, Value> = match store.read_blob(&parent.id) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| invalid("config", e))?,
        Err(_) => Map::new(),
    };
    let mut config = match blob.remove("config") {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    let ours = serde_json::to_value(&opts.config).map_err(|e| invalid("new config", e))?;
    if let Value::Object(ours) = ours {
        // Fields the new config leaves out (an empty OnBuild, no StopSignal) are cleared.
        for key in ["OnBuild", "StopSignal"] {
            config.remove(key);
        }
        config.extend(ours);
    }
    let mut diff_ids = parent.diff_ids.clone();
    diff_ids.extend(diff_id.map(str::to_owned));
    if let (Some(key), Some(diff_id)) = (&opts.cache_key, diff_id) {
        let entry = CachedLayer {
            key: key.clone(),
            layer: diff_ids.len() - 1,
            diff_id: diff_id.to_owned(),
        };
        let entry = serde_json::to_value(entry).map_err(|e| invalid("cache entry", e))?;
        match blob.get_mut(BUILD_CACHE_FIELD) {
            Some(Value::Array(list)) => list.push(entry),
            _ => {
                blob.insert(BUILD_CACHE_FIELD.into(), Value::Array(vec![entry]));
            }
        }
    }
    let mut hist = parent.history.clone();
    hist.push(history.clone());
    blob.insert("created".into(), Value::String(created.to_owned()));
    if opts.author.is_empty() {
        blob.remove("author");
    } else {
        blob.insert("author".into(), Value::String(opts.author.clone()));
    }
    blob.insert(
        "architecture".into(),
        Value::String(parent.architecture.clone()),
    );
    if parent.architecture.is_empty() {
        blob.insert("architecture".into(), Value::String(host_arch().into()));
    }
    blob.insert("os".into(), Value::String("linux".into()));
    blob.insert("config".into(), Value::Object(config));
    blob.insert(
        "rootfs".into(),
        serde_json::json!({"type": "layers", "diff_ids": diff_ids}),
    );
    blob.insert(
        "history".into(),
        serde_json::to_value(&hist).map_err(|e| invalid("history", e))?,
    );
    serde_json::to_vec(&blob).map_err(|e| invalid("config", e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::changes::{Lowers, from_copy, identity};

    #[test]
    fn whiteouts_and_opaque_dirs_in_the_tar() {
        let t = tempfile::tempdir().unwrap();
        let (l, r) = (t.path().join("l"), t.path().join("r"));
        std::fs::create_dir_all(l.join("d")).unwrap();
        std::fs::write(l.join("gone"), b"").unwrap();
        std::fs::write(l.join("f"), b"file").unwrap();
        std::fs::create_dir_all(r.join("f")).unwrap();
        std::fs::create_dir_all(r.join("d")).unwrap();
        std::fs::write(r.join("d/new\nline"), b"n").unwrap();
        let changes = from_copy(&r, &Lowers::new(&[l]), &identity).unwrap();
        let mut tar = Vec::new();
        write_layer(&r, &changes, &identity, &mut tar).unwrap();
        let mut a = tar::Archive::new(&tar[..]);
        let names: Vec<String> = a
            .entries()
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                String::from_utf8_lossy(&e.path_bytes()).into_owned()
            })
            .collect();
        assert_eq!(
            names,
            ["d", "d/new\nline", "f", "f/.wh..wh..opq", ".wh.gone"]
        );
    }
}
