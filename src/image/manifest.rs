//! Image manifests, indexes and config blobs as they travel (registries, archives): OCI and
//! docker schema2 media types, platform selection, and turning a verified config into a
//! store record.
//!
//! These are small serde structs of our own rather than oci-spec's builders: every field is
//! lenient where real producers differ (missing `created`, `null` lists) and strict where
//! safety needs it (digests are checked by the callers before use).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::store::images::HistoryEntry;
use crate::store::{ImageConfig, ImageRecord, StoreError};

pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const OCI_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
pub const OCI_LAYER: &str = "application/vnd.oci.image.layer.v1.tar";
pub const OCI_LAYER_GZIP: &str = "application/vnd.oci.image.layer.v1.tar+gzip";
pub const OCI_LAYER_ZSTD: &str = "application/vnd.oci.image.layer.v1.tar+zstd";
pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
pub const DOCKER_CONFIG: &str = "application/vnd.docker.container.image.v1+json";
pub const DOCKER_LAYER_GZIP: &str = "application/vnd.docker.image.rootfs.diff.tar.gzip";
pub const DOCKER_FOREIGN_LAYER: &str = "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip";

/// Annotation naming an image in an OCI layout's index.
pub const REF_NAME: &str = "org.opencontainers.image.ref.name";
/// The full name some tools add beside [`REF_NAME`].
pub const FULL_NAME: &str = "io.containerd.image.name";

/// Media types that hold a layer tar (plain, gzip or zstd: the decompressor sniffs which).
pub fn is_layer_type(media_type: &str) -> bool {
    matches!(
        media_type,
        OCI_LAYER
            | OCI_LAYER_GZIP
            | OCI_LAYER_ZSTD
            | DOCKER_LAYER_GZIP
            | "application/vnd.oci.image.layer.nondistributable.v1.tar"
            | "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip"
            | "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd"
            | DOCKER_FOREIGN_LAYER
    )
}

pub fn is_manifest_type(media_type: &str) -> bool {
    matches!(media_type, OCI_MANIFEST | DOCKER_MANIFEST)
}

pub fn is_index_type(media_type: &str) -> bool {
    matches!(media_type, OCI_INDEX | DOCKER_LIST)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Platform {
    pub architecture: String,
    pub os: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Descriptor {
    #[serde(default)]
    pub media_type: String,
    pub digest: String,
    pub size: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<String>>,
}

impl Descriptor {
    pub fn new(media_type: &str, digest: &str, size: u64) -> Descriptor {
        Descriptor {
            media_type: media_type.to_owned(),
            digest: digest.to_owned(),
            size,
            annotations: None,
            platform: None,
            urls: None,
        }
    }

    pub fn annotation(&self, key: &str) -> Option<&str> {
        self.annotations.as_ref()?.get(key).map(String::as_str)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    pub schema_version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    pub config: Descriptor,
    #[serde(default)]
    pub layers: Vec<Descriptor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Index {
    pub schema_version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    #[serde(default)]
    pub manifests: Vec<Descriptor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// The fields every manifest-like document has, to tell which kind it is.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Probe {
    #[serde(default)]
    schema_version: Option<u32>,
    #[serde(default)]
    media_type: Option<String>,
    #[serde(default)]
    manifests: Option<serde_json::Value>,
    #[serde(default)]
    config: Option<serde_json::Value>,
}

/// A parsed manifest-like document.
#[derive(Debug, Clone)]
pub enum Document {
    Manifest(Manifest),
    Index(Index),
}

#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    #[error("unsupported media type {0} (OCI and docker schema2 images are supported)")]
    Unsupported(String),
    #[error("malformed {what}: {reason}")]
    Malformed { what: String, reason: String },
    #[error("no image for platform {wanted} (available: {available})")]
    NoPlatform { wanted: String, available: String },
}

/// Parse a manifest or index. `content_type` (from HTTP) wins over the document's own
/// `mediaType` when the document lacks one.
pub fn parse_document(data: &[u8], content_type: Option<&str>) -> Result<Document, ManifestError> {
    let bad = |reason: String| ManifestError::Malformed {
        what: "manifest".into(),
        reason,
    };
    let probe: Probe = serde_json::from_slice(data).map_err(|e| bad(e.to_string()))?;
    let media = probe
        .media_type
        .clone()
        .or_else(|| content_type.map(|c| c.split(';').next().unwrap_or("").trim().to_owned()))
        .filter(|m| !m.is_empty() && m != "application/json" && m != "text/plain");
    let media = match media {
        Some(m) => m,
        // OCI allows a missing mediaType: tell by shape.
        None if probe.manifests.is_some() => OCI_INDEX.to_owned(),
        None if probe.config.is_some() => OCI_MANIFEST.to_owned(),
        None => return Err(bad("neither a manifest nor an index".into())),
    };
    if probe.schema_version != Some(2) {
        return Err(ManifestError::Unsupported(format!(
            "{media} (schemaVersion {})",
            probe
                .schema_version
                .map_or("missing".to_owned(), |v| v.to_string())
        )));
    }
    if is_index_type(&media) {
        let idx: Index = serde_json::from_slice(data).map_err(|e| bad(e.to_string()))?;
        Ok(Document::Index(idx))
    } else if is_manifest_type(&media) {
        let m: Manifest = serde_json::from_slice(data).map_err(|e| bad(e.to_string()))?;
        // An artifact (a chart, a signature...) stored as an OCI manifest is not an image.
        if !matches!(
            m.config.media_type.as_str(),
            OCI_CONFIG | DOCKER_CONFIG | ""
        ) {
            return Err(ManifestError::Unsupported(format!(
                "{} (config {})",
                m.config.media_type, m.config.digest
            )));
        }
        for l in &m.layers {
            if !is_layer_type(&l.media_type) {
                return Err(ManifestError::Unsupported(format!(
                    "{} (layer {})",
                    l.media_type, l.digest
                )));
            }
        }
        Ok(Document::Manifest(m))
    } else {
        Err(ManifestError::Unsupported(media))
    }
}

/// `os/arch[/variant]`, as `--platform` takes it.
impl Platform {
    pub fn host() -> Platform {
        let arch = super::config::host_arch().to_owned();
        let variant = match arch.as_str() {
            "arm64" => Some("v8".to_owned()),
            _ => None,
        };
        Platform {
            architecture: arch,
            os: "linux".to_owned(),
            variant,
        }
    }

    pub fn parse(s: &str) -> Result<Platform, String> {
        let parts: Vec<&str> = s.split('/').collect();
        let ok = |p: &str| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        };
        match parts.as_slice() {
            [os, arch] if ok(os) && ok(arch) => Ok(Platform {
                os: os.to_string(),
                architecture: arch.to_string(),
                variant: None,
            }),
            [os, arch, v] if ok(os) && ok(arch) && ok(v) => Ok(Platform {
                os: os.to_string(),
                architecture: arch.to_string(),
                variant: Some(v.to_string()),
            }),
            _ => Err(format!(
                "invalid platform {s:?}: expected os/arch[/variant], e.g. linux/amd64"
            )),
        }
    }

    /// Does a descriptor's platform satisfy this wanted one? A wanted variant must match
    /// (arm64's v8 also matches no variant); no wanted variant takes any.
    fn matches(&self, have: &Platform) -> bool {
        if self.os != have.os || self.architecture != have.architecture {
            return false;
        }
        match (&self.variant, &have.variant) {
            (None, _) => true,
            (Some(w), Some(h)) => w == h,
            (Some(w), None) => self.architecture == "arm64" && w == "v8",
        }
    }
}

impl std::fmt::Display for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.os, self.architecture)?;
        if let Some(v) = &self.variant {
            write!(f, "/{v}")?;
        }
        Ok(())
    }
}

/// Pick the manifest for `wanted` from an index. Entries without a platform (attestations,
/// signatures) never match.
pub fn select_platform<'a>(
    index: &'a Index,
    wanted: &Platform,
) -> Result<&'a Descriptor, ManifestError> {
    let candidates = index
        .manifests
        .iter()
        .filter(|d| is_manifest_type(&d.media_type) || d.media_type.is_empty());
    for d in candidates {
        if let Some(p) = &d.platform
            && wanted.matches(p)
        {
            return Ok(d);
        }
    }
    let available: Vec<String> = index
        .manifests
        .iter()
        .filter_map(|d| d.platform.as_ref().map(|p| p.to_string()))
        .filter(|p| !p.starts_with("unknown/"))
        .collect();
    Err(ManifestError::NoPlatform {
        wanted: wanted.to_string(),
        available: if available.is_empty() {
            "none".into()
        } else {
            available.join(", ")
        },
    })
}

/// The parts of a config blob the store keeps; lenient about what producers leave out.
#[derive(Debug, Deserialize)]
struct ConfigDoc {
    #[serde(default)]
    created: Option<String>,
    #[serde(default)]
    architecture: Option<String>,
    #[serde(default)]
    os: Option<String>,
    #[serde(default)]
    config: Option<ImageConfig>,
    rootfs: RootFsDoc,
    #[serde(default)]
    history: Option<Vec<HistoryEntry>>,
    #[serde(default)]
    comment: Option<String>,
}

#[derive(Debug, Deserialize)]
struct RootFsDoc {
    #[serde(rename = "type", default)]
    kind: String,
    #[serde(default)]
    diff_ids: Vec<String>,
}

/// Parse a config blob whose digest is `id`. Layer chain ids and size are left empty.
pub fn parse_config(data: &[u8], id: &str) -> Result<ImageRecord, StoreError> {
    let doc: ConfigDoc = serde_json::from_slice(data)
        .map_err(|e| StoreError::Invalid(format!("malformed image config {id}: {e}")))?;
    if doc.rootfs.kind != "layers" {
        return Err(StoreError::Invalid(format!(
            "image config {id}: rootfs type {:?} is not \"layers\"",
            doc.rootfs.kind
        )));
    }
    for d in &doc.rootfs.diff_ids {
        crate::store::blobs::digest_hex(d)?;
    }
    if let Some(os) = &doc.os
        && os != "linux"
    {
        return Err(StoreError::Invalid(format!(
            "image config {id} is for os {os:?}; only linux images run here"
        )));
    }
    Ok(ImageRecord {
        id: id.to_owned(),
        created: doc
            .created
            .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_owned()),
        comment: doc.comment.unwrap_or_default(),
        config: doc.config.unwrap_or_default(),
        architecture: doc.architecture.unwrap_or_default(),
        os: doc.os.unwrap_or_else(|| "linux".to_owned()),
        diff_ids: doc.rootfs.diff_ids,
        layers: Vec::new(),
        size: 0,
        history: doc.history.unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_parse_and_match() {
        let p = Platform::parse("linux/arm64/v8").unwrap();
        assert_eq!(p.to_string(), "linux/arm64/v8");
        assert!(Platform::parse("linux").is_err());
        assert!(Platform::parse("linux/amd64/v1/x").is_err());
        let have = Platform::parse("linux/arm64").unwrap();
        assert!(p.matches(&have));
        let arm7 = Platform::parse("linux/arm/v7").unwrap();
        assert!(!arm7.matches(&Platform::parse("linux/arm/v6").unwrap()));
        assert!(Platform::parse("linux/arm").unwrap().matches(&arm7));
    }

    #[test]
    fn documents_by_media_type() {
        let idx = br#"{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:00","size":1,"platform":{"architecture":"amd64","os":"linux"}}]}"#;
        let Document::Index(i) = parse_document(idx, None).unwrap() else {
            panic!("not an index")
        };
        let want = Platform::parse("linux/amd64").unwrap();
        assert_eq!(select_platform(&i, &want).unwrap().digest, "sha256:00");
        let err = select_platform(&i, &Platform::parse("linux/s390x").unwrap()).unwrap_err();
        assert!(err.to_string().contains("available: linux/amd64"), "{err}");
        let v1 = br#"{"schemaVersion":1,"name":"x"}"#;
        assert!(matches!(
            parse_document(
                v1,
                Some("application/vnd.docker.distribution.manifest.v1+prettyjws")
            ),
            Err(ManifestError::Unsupported(_))
        ));
        let helm = br#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"x","digest":"sha256:00","size":1},"layers":[{"mediaType":"application/vnd.cncf.helm.chart.content.v1.tar+gzip","digest":"sha256:00","size":1}]}"#;
        assert!(matches!(
            parse_document(helm, None),
            Err(ManifestError::Unsupported(_))
        ));
    }
}
