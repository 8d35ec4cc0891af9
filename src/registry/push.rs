//! `push`: every layer is rebuilt from its tar-split and gzip-compressed into a staging
//! file (deterministic: the same layer always gives the same blob), then HEAD-checked,
//! mounted from another repository of the same registry when one is known to hold it, or
//! uploaded (monolithic when small, chunked PATCHes otherwise); then the config, then an
//! OCI manifest.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom};

use ureq::http::StatusCode;

use super::Result;
use super::client::{Client, Method, Options, RegistryError};
use super::reference::{RemoteRef, candidates};
use crate::config::RegistriesConfig;
use crate::image::layer::{self, HashingWriter};
use crate::image::manifest::{self, Descriptor, Manifest};
use crate::spec::ImageRef;
use crate::store::blobs::sha256_digest;
use crate::store::{ImageRecord, Store};

/// Blobs up to this size go in one PUT; larger ones in PATCH chunks of [`CHUNK`].
const MONOLITHIC_MAX: u64 = 1 << 20;
const CHUNK: u64 = 8 << 20;
const OCTET: &str = "application/octet-stream";

/// Progress events, for the caller to print.
pub trait PushProgress: Sync {
    /// A step without bytes to count ("Preparing", "Layer already exists", ...).
    fn note(&self, _digest: &str, _what: &str) {}
    fn upload_start(&self, _digest: &str, _size: u64) {}
    fn upload_bytes(&self, _digest: &str, _n: u64) {}
    fn upload_done(&self, _digest: &str) {}
}

#[derive(Debug)]
pub struct Pushed {
    pub remote: RemoteRef,
    pub manifest_digest: String,
    pub size: u64,
}

/// The manifest format a push writes.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    clap::ValueEnum,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// OCI image manifest
    #[default]
    Oci,
    /// Docker image manifest, schema 2
    V2s2,
}

impl Format {
    /// The format of an image whose config has this media type.
    pub fn of_config(media_type: &str) -> Format {
        if media_type == manifest::DOCKER_CONFIG {
            Format::V2s2
        } else {
            Format::Oci
        }
    }

    fn manifest(self) -> &'static str {
        match self {
            Format::Oci => manifest::OCI_MANIFEST,
            Format::V2s2 => manifest::DOCKER_MANIFEST,
        }
    }
    fn config(self) -> &'static str {
        match self {
            Format::Oci => manifest::OCI_CONFIG,
            Format::V2s2 => manifest::DOCKER_CONFIG,
        }
    }
    fn gzip_layer(self) -> &'static str {
        match self {
            Format::Oci => manifest::OCI_LAYER_GZIP,
            Format::V2s2 => manifest::DOCKER_LAYER_GZIP,
        }
    }
}

/// The format an image came in: as recorded when it was pulled or loaded; for images
/// pulled before formats were recorded, docker schema2 when every layer was pulled from a
/// docker schema2 manifest; OCI otherwise (built, imported).
pub fn source_format(store: &Store, image: &ImageRecord) -> Format {
    if let Some(f) = super::digests::format(store, &image.id) {
        return f;
    }
    let docker = !image.layers.is_empty()
        && image.layers.iter().all(|chain| {
            read_source(store, chain).is_some_and(|s| s.media_type == manifest::DOCKER_LAYER_GZIP)
        });
    if docker { Format::V2s2 } else { Format::Oci }
}

/// Push `image` to `dest` (a reference with or without a host; short names go to the
/// first search registry) with a `format` manifest.
pub fn push(
    store: &Store,
    cfg: &RegistriesConfig,
    image: &ImageRecord,
    dest: &ImageRef,
    format: Format,
    tls_verify: Option<bool>,
    progress: &dyn PushProgress,
) -> Result<Pushed> {
    let named = candidates(dest, &cfg.search)
        .map_err(RegistryError::Invalid)?
        .into_iter()
        .next()
        .ok_or_else(|| RegistryError::Invalid("no registry to push to".into()))?;
    let remote = super::rules::push_target(cfg, &named)?;
    if remote.digest.is_some() {
        return Err(RegistryError::Invalid(format!(
            "cannot push to a digest reference {dest}: name a tag"
        )));
    }
    let client = Client::new(
        cfg,
        &remote.host,
        Options::for_host(cfg, &remote.host, tls_verify),
    )?;
    let repo = &remote.repo;
    let scope = format!("repository:{repo}:pull,push");
    client.authenticate(Some(&scope))?;
    let staging = store.staging("push")?;
    let mut layers = Vec::new();
    for (diff_id, chain) in image.diff_ids.iter().zip(&image.layers) {
        if let Some(d) = reuse_source(store, &client, repo, &scope, chain, format, progress)? {
            layers.push(d);
            continue;
        }
        let path = staging.path().join("layer.tar.gz");
        let file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&path)
            .map_err(|e| crate::store::StoreError::io(&path, e))?;
        let mut hashing = HashingWriter::new(BufWriter::with_capacity(1 << 20, file));
        {
            let mut gz =
                flate2::write::GzEncoder::new(&mut hashing, flate2::Compression::default());
            layer::write_tar(store, chain, diff_id, &mut gz)?;
            gz.finish()
                .map_err(|e| crate::store::StoreError::io(&path, e))?;
        }
        let digest = hashing.digest();
        let mut file = hashing
            .inner
            .into_inner()
            .map_err(|e| crate::store::StoreError::io(&path, e.into_error()))?;
        let size = file
            .seek(SeekFrom::End(0))
            .map_err(|e| crate::store::StoreError::io(&path, e))?;
        file.rewind()
            .map_err(|e| crate::store::StoreError::io(&path, e))?;
        put_blob(
            &client,
            repo,
            &scope,
            &digest,
            size,
            &mut BufReader::new(file),
            progress,
        )?;
        layers.push(Descriptor::new(format.gzip_layer(), &digest, size));
    }
    drop(staging);
    let config = store.read_blob(&image.id)?;
    put_blob(
        &client,
        repo,
        &scope,
        &image.id,
        config.len() as u64,
        &mut &config[..],
        progress,
    )?;
    let m = Manifest {
        schema_version: 2,
        media_type: Some(format.manifest().to_owned()),
        config: Descriptor::new(format.config(), &image.id, config.len() as u64),
        layers,
        annotations: None,
    };
    let data = serde_json::to_vec(&m).map_err(|e| RegistryError::Invalid(e.to_string()))?;
    let digest = sha256_digest(&data);
    let url = format!(
        "{}/v2/{repo}/manifests/{}",
        client.base(),
        remote.reference()
    );
    let resp = client.send_bytes(
        &scope,
        Method::Put,
        &url,
        &[("Content-Type", format.manifest())],
        &data,
    )?;
    if !resp.status().is_success() {
        let t = client.error_text(resp);
        return Err(RegistryError::Protocol {
            host: client.host.clone(),
            msg: format!("storing the manifest of {remote}: {t}"),
        });
    }
    Ok(Pushed {
        remote,
        manifest_digest: digest,
        size: data.len() as u64,
    })
}

fn status_err(
    client: &Client,
    what: &str,
    resp: ureq::http::Response<ureq::Body>,
) -> RegistryError {
    let t = client.error_text(resp);
    RegistryError::Protocol {
        host: client.host.clone(),
        msg: format!("{what}: {t}"),
    }
}

/// Absolute upload URL from a `Location` header (relative or absolute).
fn location(client: &Client, resp: &ureq::http::Response<ureq::Body>) -> Result<String> {
    let loc = resp
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| RegistryError::Protocol {
            host: client.host.clone(),
            msg: "upload response without a Location header".into(),
        })?;
    Ok(
        if loc.starts_with("http://") || loc.starts_with("https://") {
            loc.to_owned()
        } else {
            format!("{}{loc}", client.base())
        },
    )
}

fn with_query(url: &str, key: &str, value: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{key}={value}")
}

/// Make sure the registry has blob `digest` in `repo`: HEAD, else upload.
fn put_blob(
    client: &Client,
    repo: &str,
    scope: &str,
    digest: &str,
    size: u64,
    data: &mut dyn Read,
    progress: &dyn PushProgress,
) -> Result<()> {
    let head = client.head(&format!("/v2/{repo}/blobs/{digest}"), None, Some(scope))?;
    if head.status().is_success() {
        progress.note(digest, "Layer already exists");
        return Ok(());
    }
    // Start an upload session.
    let start_url = format!("{}/v2/{repo}/blobs/uploads/", client.base());
    let resp = client.send_bytes(scope, Method::Post, &start_url, &[], &[])?;
    if resp.status() != StatusCode::ACCEPTED {
        return Err(status_err(
            client,
            &format!("starting the upload of {digest}"),
            resp,
        ));
    }
    let mut url = location(client, &resp)?;
    progress.upload_start(digest, size);
    if size > MONOLITHIC_MAX {
        let mut sent = 0u64;
        let mut buf = vec![0u8; CHUNK as usize];
        while sent < size {
            let want = (size - sent).min(CHUNK) as usize;
            data.read_exact(&mut buf[..want])
                .map_err(|e| RegistryError::Invalid(format!("reading blob {digest}: {e}")))?;
            let chunk = &buf[..want];
            let range = format!("{}-{}", sent, sent + want as u64 - 1);
            let resp = client.send_bytes(
                scope,
                Method::Patch,
                &url,
                &[("Content-Type", OCTET), ("Content-Range", &range)],
                chunk,
            )?;
            if resp.status() != StatusCode::ACCEPTED {
                return Err(status_err(client, &format!("uploading {digest}"), resp));
            }
            url = location(client, &resp)?;
            sent += want as u64;
            progress.upload_bytes(digest, want as u64);
        }
        let put_url = with_query(&url, "digest", digest);
        let resp = client.send_bytes(scope, Method::Put, &put_url, &[], &[])?;
        if resp.status() != StatusCode::CREATED {
            return Err(status_err(
                client,
                &format!("finishing the upload of {digest}"),
                resp,
            ));
        }
    } else {
        let mut body = Vec::with_capacity(size as usize);
        data.read_to_end(&mut body)
            .map_err(|e| RegistryError::Invalid(format!("reading blob {digest}: {e}")))?;
        let put_url = with_query(&url, "digest", digest);
        let resp = client.send_bytes(
            scope,
            Method::Put,
            &put_url,
            &[("Content-Type", OCTET)],
            &body,
        )?;
        if resp.status() != StatusCode::CREATED {
            return Err(status_err(client, &format!("uploading {digest}"), resp));
        }
        progress.upload_bytes(digest, size);
    }
    progress.upload_done(digest);
    Ok(())
}

/// Where a pulled layer came from (`dist.json` in its layer directory, written by pull).
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub host: String,
    pub repo: String,
    pub digest: String,
    pub size: u64,
    pub media_type: String,
}

pub const SOURCE_FILE: &str = "dist.json";

/// The recorded source of a stored layer, if it was pulled.
fn read_source(store: &Store, chain: &str) -> Option<Source> {
    let path = store.layer_dir(chain).ok()?.join(SOURCE_FILE);
    serde_json::from_slice(&std::fs::read(path).ok()?).ok()
}

/// A layer pulled from the same registry can be pushed as its original blob: already in the
/// target repository (HEAD), or mounted from the repository it came from.
fn reuse_source(
    store: &Store,
    client: &Client,
    repo: &str,
    scope: &str,
    chain: &str,
    format: Format,
    progress: &dyn PushProgress,
) -> Result<Option<Descriptor>> {
    let Some(src) = read_source(store, chain) else {
        return Ok(None);
    };
    if src.host != client.host || crate::store::blobs::digest_hex(&src.digest).is_err() {
        return Ok(None);
    }
    // The blob keeps its compression, so its type must exist in the target format: gzip
    // does in both; zstd and uncompressed layers are recompressed for docker schema2.
    let media_type = match src.media_type.as_str() {
        manifest::OCI_LAYER_GZIP | manifest::DOCKER_LAYER_GZIP => format.gzip_layer(),
        other if format == Format::Oci && manifest::is_layer_type(other) => other,
        _ => return Ok(None),
    };
    let desc = Descriptor::new(media_type, &src.digest, src.size);
    let head = client.head(
        &format!("/v2/{repo}/blobs/{}", src.digest),
        None,
        Some(scope),
    )?;
    if head.status().is_success() {
        progress.note(&src.digest, "Layer already exists");
        return Ok(Some(desc));
    }
    if src.repo == repo {
        return Ok(None);
    }
    // The token must also allow pulling from the source repository.
    let mount_scope = format!("{scope} repository:{}:pull", src.repo);
    let url = format!(
        "{}/v2/{repo}/blobs/uploads/?mount={}&from={}",
        client.base(),
        src.digest,
        src.repo
    );
    let resp = client.send_bytes(&mount_scope, Method::Post, &url, &[], &[])?;
    if resp.status() == StatusCode::CREATED {
        progress.note(&src.digest, &format!("Mounted from {}", src.repo));
        return Ok(Some(desc));
    }
    // 202: the registry opened an upload session instead; upload our own blob.
    Ok(None)
}
