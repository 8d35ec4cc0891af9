//! Image records: `images/<config hex>.json`, keyed by the config blob's digest
//! (id `sha256:<hex>`), plus resolution of user references and removal.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::PathBuf;

use serde::{Deserialize, Deserializer, Serialize};

use super::blobs::{digest_hex, is_hex64};
use super::layers::{LayerRecord, StagedLayer};
use super::names::names_for;
use super::{Result, Store, StoreError, atomic};
use crate::spec::image_ref::{ImageRef, ImageRefKind};
use crate::spec::reference::Reference;

/// An empty JSON object, the value type of docker's `ExposedPorts` and `Volumes` maps.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Empty {}

/// The runtime part of an image config, with docker's field names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageConfig {
    #[serde(rename = "Cmd", default)]
    pub cmd: Option<Vec<String>>,
    #[serde(rename = "Entrypoint", default)]
    pub entrypoint: Option<Vec<String>>,
    #[serde(rename = "Env", default, deserialize_with = "null_default")]
    pub env: Vec<String>,
    #[serde(rename = "WorkingDir", default, deserialize_with = "null_default")]
    pub working_dir: String,
    #[serde(rename = "User", default, deserialize_with = "null_default")]
    pub user: String,
    #[serde(rename = "ExposedPorts", default, deserialize_with = "null_default")]
    pub exposed_ports: BTreeMap<String, Empty>,
    #[serde(rename = "Volumes", default, deserialize_with = "null_default")]
    pub volumes: BTreeMap<String, Empty>,
    #[serde(rename = "Labels", default, deserialize_with = "null_default")]
    pub labels: BTreeMap<String, String>,
    #[serde(
        rename = "StopSignal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stop_signal: Option<String>,
    /// ONBUILD triggers, run when the image is a build's base.
    #[serde(
        rename = "OnBuild",
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub on_build: Vec<String>,
    /// HEALTHCHECK: how the image's health is tested (`Test: ["NONE"]` disables the base's).
    #[serde(
        rename = "Healthcheck",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub healthcheck: Option<Healthcheck>,
    /// SHELL: the shell of shell-form RUN, CMD and ENTRYPOINT.
    #[serde(
        rename = "Shell",
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub shell: Vec<String>,
}

/// docker's `Healthcheck` config: durations in nanoseconds, 0 for "inherit the default".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Healthcheck {
    /// `["NONE"]`, `["CMD", prog, args...]` or `["CMD-SHELL", command]`.
    #[serde(rename = "Test", default, deserialize_with = "null_default")]
    pub test: Vec<String>,
    #[serde(rename = "Interval", default, skip_serializing_if = "is_zero")]
    pub interval: i64,
    #[serde(rename = "Timeout", default, skip_serializing_if = "is_zero")]
    pub timeout: i64,
    #[serde(rename = "StartPeriod", default, skip_serializing_if = "is_zero")]
    pub start_period: i64,
    #[serde(rename = "StartInterval", default, skip_serializing_if = "is_zero")]
    pub start_interval: i64,
    #[serde(rename = "Retries", default, skip_serializing_if = "is_zero")]
    pub retries: i64,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// One line of an image's history (OCI config field names).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub created: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub created_by: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub empty_layer: bool,
}

/// What the store keeps about one image.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageRecord {
    /// `sha256:<hex>` of the config blob.
    #[serde(rename = "Id")]
    pub id: String,
    /// RFC 3339.
    #[serde(rename = "Created")]
    pub created: String,
    #[serde(rename = "Comment", default)]
    pub comment: String,
    #[serde(rename = "Config")]
    pub config: ImageConfig,
    #[serde(rename = "Architecture")]
    pub architecture: String,
    #[serde(rename = "Os")]
    pub os: String,
    /// Uncompressed layer digests, lowest first (the config's rootfs.diff_ids).
    #[serde(rename = "DiffIDs")]
    pub diff_ids: Vec<String>,
    /// Chain ids naming the extracted layers, lowest first.
    #[serde(rename = "Layers")]
    pub layers: Vec<String>,
    /// Sum of the layers' sizes in bytes.
    #[serde(rename = "Size")]
    pub size: u64,
    #[serde(rename = "History", default)]
    pub history: Vec<HistoryEntry>,
}

/// One layer of an image being committed: freshly extracted, or already in the store.
#[derive(Debug)]
pub struct NewLayer {
    pub record: LayerRecord,
    pub staged: Option<StagedLayer>,
}

/// What `rmi` did, in order, for printing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoveEvent {
    Untagged(String),
    Deleted(String),
}

fn null_default<'de, D, T>(d: D) -> std::result::Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

impl Store {
    fn image_path(&self, id: &str) -> Result<PathBuf> {
        Ok(self.images_dir().join(format!("{}.json", digest_hex(id)?)))
    }

    /// Load one record by full id.
    pub fn image_by_id(&self, id: &str) -> Result<ImageRecord> {
        let path = self.image_path(id)?;
        match atomic::read_json(&path) {
            Err(StoreError::Io { source, .. }) if source.kind() == io::ErrorKind::NotFound => {
                Err(StoreError::NoSuchImage(id.to_owned()))
            }
            r => r,
        }
    }

    /// Every image record, sorted newest first (ties by id).
    pub fn images(&self) -> Result<Vec<ImageRecord>> {
        let mut out = Vec::new();
        for hex in self.image_hexes()? {
            match self.image_by_id(&format!("sha256:{hex}")) {
                Ok(r) => out.push(r),
                // Removed between readdir and read: not an error for a lock-free reader.
                Err(StoreError::NoSuchImage(_)) => {}
                Err(e) => return Err(e),
            }
        }
        out.sort_by(|a, b| b.created.cmp(&a.created).then(a.id.cmp(&b.id)));
        Ok(out)
    }

    fn image_hexes(&self) -> Result<Vec<String>> {
        let dir = self.images_dir();
        let rd = std::fs::read_dir(&dir).map_err(|e| StoreError::io(&dir, e))?;
        let mut out = Vec::new();
        for entry in rd {
            let entry = entry.map_err(|e| StoreError::io(&dir, e))?;
            let name = entry.file_name();
            let Some(hex) = name.to_str().and_then(|n| n.strip_suffix(".json")) else {
                continue;
            };
            if is_hex64(hex) {
                out.push(hex.to_owned());
            }
        }
        Ok(out)
    }

    /// Resolve a user's image argument: an exact `repo:tag` (`:latest` implied), a full
    /// id, `sha256:<prefix>`, or a unique id prefix of at least 3 hex digits.
    pub fn image(&self, reference: &ImageRef) -> Result<ImageRecord> {
        self.resolve_image(reference).map(|(r, _)| r)
    }

    /// Like [`Store::image`], also returning the name when the argument matched one.
    pub fn resolve_image(&self, reference: &ImageRef) -> Result<(ImageRecord, Option<Reference>)> {
        let (name, prefix) = match reference.kind() {
            ImageRefKind::Named { name, id, .. } => (Some(name), id.as_deref()),
            ImageRefKind::Id { prefix, .. } => (None, Some(prefix.as_str())),
            ImageRefKind::Pinned { .. } => (None, None),
        };
        if let Some(name) = name
            && let Some(id) = self.names()?.get(&name.to_string())
        {
            match self.image_by_id(id) {
                Ok(rec) => return Ok((rec, Some(name.clone()))),
                Err(StoreError::NoSuchImage(_)) => {}
                Err(e) => return Err(e),
            }
        }
        let prefix = prefix.filter(|p| {
            (3..=64).contains(&p.len()) && p.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        });
        if let Some(prefix) = prefix {
            let matches: Vec<String> = self
                .image_hexes()?
                .into_iter()
                .filter(|h| h.starts_with(prefix))
                .collect();
            match matches.as_slice() {
                [one] => return Ok((self.image_by_id(&format!("sha256:{one}"))?, None)),
                [] => {}
                _ => {
                    return Err(StoreError::Invalid(format!(
                        "image id prefix {:?} is ambiguous: {} images match",
                        reference.as_str(),
                        matches.len()
                    )));
                }
            }
        }
        match reference.kind() {
            ImageRefKind::Named { .. } => {
                Err(StoreError::NoSuchImage(reference.as_str().to_owned()))
            }
            ImageRefKind::Pinned { local, .. } if !reference.as_str().starts_with("sha256:") => {
                Err(StoreError::Invalid(local.to_string()))
            }
            _ => Err(StoreError::NoSuchImage(reference.to_string())),
        }
    }

    /// The layer trees of an image as overlay lower directories, lowest layer FIRST. An
    /// image without layers has the empty tree as its one lower directory (overlay needs
    /// one).
    pub fn image_layer_dirs(&self, img: &ImageRecord) -> Result<Vec<PathBuf>> {
        if img.layers.is_empty() {
            return Ok(vec![self.empty_layer_dir()]);
        }
        img.layers
            .iter()
            .map(|chain| {
                if !self.has_layer(chain) {
                    return Err(StoreError::NotFound(format!(
                        "layer {chain} of image {} is missing from the store",
                        img.id
                    )));
                }
                self.layer_diff_dir(chain)
            })
            .collect()
    }

    /// Ids of the images whose layer chain includes `chain_id`.
    pub fn images_using_layer(&self, chain_id: &str) -> Result<Vec<String>> {
        Ok(self
            .images()?
            .into_iter()
            .filter(|i| i.layers.iter().any(|l| l == chain_id))
            .map(|i| i.id)
            .collect())
    }

    /// Store a new image: config blob, layers, record and (optionally) a name, all under
    /// the store lock. The record's id must be the config blob's digest.
    pub fn commit_image(
        &self,
        config_blob: &[u8],
        record: &ImageRecord,
        layers: Vec<NewLayer>,
        name: Option<&Reference>,
    ) -> Result<()> {
        let _lock = self.lock()?;
        self.sweep_tmp()?;
        let digest = self.put_blob_bytes(config_blob)?;
        if digest != record.id {
            return Err(StoreError::Invalid(format!(
                "image id {} does not match its config digest {digest}",
                record.id
            )));
        }
        if layers.is_empty() {
            self.ensure_empty_layer_dir()?;
        }
        for layer in layers {
            match layer.staged {
                Some(staged) => self.commit_layer(staged, &layer.record)?,
                None if self.has_layer(&layer.record.chain_id) => {}
                None => {
                    return Err(StoreError::NotFound(format!(
                        "layer {} is missing from the store",
                        layer.record.chain_id
                    )));
                }
            }
        }
        atomic::write_json(&self.image_path(&record.id)?, record)?;
        if let Some(n) = name {
            let mut names = self.names()?;
            names.insert(n.to_string(), record.id.clone());
            self.write_names(&names)?;
        }
        Ok(())
    }

    /// Point `name` at the image `reference` resolves to.
    pub fn tag_image(&self, reference: &ImageRef, name: &Reference) -> Result<()> {
        let _lock = self.lock()?;
        let img = self.image(reference)?;
        let mut names = self.names()?;
        names.insert(name.to_string(), img.id.clone());
        self.write_names(&names)?;
        self.emit(
            super::events::Event::new("image", "tag", &img.id).attr("name", name.to_string()),
        );
        Ok(())
    }

    /// `rmi` for one reference. By name: untag it, and delete the image when that was its
    /// last name. By id: delete the image (with several names only when forced). An image a
    /// container uses is refused unless forced; forced, it loses its names but the record and
    /// layers stay for the container's sake.
    pub fn remove_image(&self, reference: &ImageRef, force: bool) -> Result<Vec<RemoveEvent>> {
        let removed = self.remove_image_locked(reference, force)?;
        for r in &removed {
            let ev = match r {
                RemoveEvent::Untagged(n) => super::events::Event::new("image", "untag", n),
                RemoveEvent::Deleted(id) => super::events::Event::new("image", "delete", id),
            };
            self.emit(ev);
        }
        Ok(removed)
    }

    fn remove_image_locked(&self, reference: &ImageRef, force: bool) -> Result<Vec<RemoveEvent>> {
        let _lock = self.lock()?;
        self.sweep_tmp()?;
        let (img, by_name) = self.resolve_image(reference)?;
        let by_name = by_name.map(|n| n.to_string());
        let mut names = self.names()?;
        let tags = names_for(&names, &img.id);
        let users = self.containers_using_image(&img.id)?;
        let short = short_id(&img.id);
        let mut events = Vec::new();

        if let Some(name) = &by_name {
            if tags.len() > 1 {
                names.remove(name);
                self.write_names(&names)?;
                return Ok(vec![RemoveEvent::Untagged(name.clone())]);
            }
            if !users.is_empty() && !force {
                return Err(StoreError::InUse(format!(
                    "unable to remove repository reference \"{reference}\" (must force) - container {} is using its referenced image {short}",
                    short_id(&users[0])
                )));
            }
        } else if !force {
            if let Some(c) = users.first() {
                return Err(StoreError::InUse(format!(
                    "unable to delete {short} (must be forced) - image is being used by container {}",
                    short_id(c)
                )));
            }
            if tags.len() > 1 {
                return Err(StoreError::Conflict(format!(
                    "unable to delete {short} (must be forced) - image is referenced in multiple repositories"
                )));
            }
        }

        for t in &tags {
            names.remove(t);
            events.push(RemoveEvent::Untagged(t.clone()));
        }
        if !tags.is_empty() {
            self.write_names(&names)?;
        }
        if !users.is_empty() {
            // Forced while containers use it: keep the record and layers they need.
            return Ok(events);
        }
        std::fs::remove_file(self.image_path(&img.id)?)
            .map_err(|e| StoreError::io(&self.images_dir(), e))?;
        atomic::sync_dir(&self.images_dir())?;
        events.push(RemoveEvent::Deleted(img.id.clone()));
        let still_used: BTreeSet<String> =
            self.images()?.into_iter().flat_map(|i| i.layers).collect();
        for chain in img.layers.iter().rev() {
            if !still_used.contains(chain) {
                self.remove_layer(chain)?;
            }
        }
        if !self.images()?.iter().any(|i| i.id == img.id) {
            self.remove_blob(&img.id)?;
        }
        Ok(events)
    }
}

/// The 12-hex-digit short form of an id.
pub fn short_id(id: &str) -> &str {
    let hex = id.strip_prefix("sha256:").unwrap_or(id);
    &hex[..hex.len().min(12)]
}
