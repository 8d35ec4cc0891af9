//! `pull`: manifest (index resolved to a platform), config, then the missing layers
//! downloaded in parallel, each streamed through its digest check, decompression and
//! extraction in one pass. Nothing is committed until every layer is verified.

use std::collections::HashMap;
use std::io::Read;
use std::sync::Arc;

use super::Result;
use super::client::{Client, MAX_DOC, Options, RegistryError, read_limited};
use super::reference::RemoteRef;
use crate::config::RegistriesConfig;
use crate::image::assemble::{Extracted, Planned, chain_ids, commit_all};
use crate::image::manifest::{self, Document, Platform};
use crate::image::unpack::Limits;
use crate::spec::ImageRef;
use crate::store::blobs::{HashingReader, sha256_digest};
use crate::store::{ImageRecord, Store};

/// Layers downloaded at once.
const PARALLEL: usize = 3;

/// What the user asked for.
#[derive(Debug, Clone)]
pub struct PullRequest {
    pub reference: ImageRef,
    pub platform: Option<Platform>,
    /// `--tls-verify`: `Some(false)` makes every registry insecure.
    pub tls_verify: Option<bool>,
}

/// Progress events, for the caller to print.
pub trait Progress: Sync {
    fn resolved(&self, _r: &RemoteRef) {}
    fn layer_start(&self, _digest: &str, _size: u64) {}
    fn layer_bytes(&self, _digest: &str, _n: u64) {}
    fn layer_exists(&self, _digest: &str) {}
    fn layer_done(&self, _digest: &str) {}
    fn finished(&self, _manifest_digest: &str) {}
}

/// A reader that reports bytes as they pass, and remembers a read that ran out of time
/// (the error surfaces through decompression and extraction, which reword it).
struct Counting<'a, R> {
    inner: R,
    digest: &'a str,
    progress: &'a dyn Progress,
    stalled: &'a std::cell::Cell<bool>,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if super::interrupt::interrupted() {
            return Err(super::interrupt::io_error());
        }
        let n = match self.inner.read(buf) {
            // A signal woke the blocked read: give up if it was ours to catch (readers
            // above would retry an `Interrupted` error).
            Err(e) if super::interrupt::interrupted() => {
                log::debug!("read interrupted: {e}");
                return Err(super::interrupt::io_error());
            }
            Err(e) => {
                if super::client::timed_out(&e) {
                    self.stalled.set(true);
                }
                return Err(e);
            }
            Ok(n) => n,
        };
        self.progress.layer_bytes(self.digest, n as u64);
        Ok(n)
    }
}

/// The outcome of a pull.
#[derive(Debug)]
pub struct Pulled {
    pub image: ImageRecord,
    pub remote: RemoteRef,
    pub manifest_digest: String,
}

/// Pull `req` into the store. Short names try each search registry in order; the first
/// that has the image wins. Mirrors of a registry are tried before it.
pub fn pull(
    store: &Store,
    cfg: &RegistriesConfig,
    req: &PullRequest,
    progress: &dyn Progress,
) -> Result<Pulled> {
    let _signals = super::interrupt::catch();
    let cands = super::rules::candidates(cfg, &req.reference)?;
    let mut last = None;
    for remote in cands {
        for source in super::rules::sources(cfg, &remote)? {
            match pull_from(store, cfg, req, &remote, &source, progress) {
                Ok(p) => return Ok(p),
                Err(_) if super::interrupt::interrupted() => {
                    return Err(RegistryError::Interrupted);
                }
                Err(
                    e @ (RegistryError::NotFound { .. }
                    | RegistryError::Unreachable { .. }
                    | RegistryError::Stalled { .. }),
                ) => {
                    log::debug!("{remote} via {source}: {e}");
                    last = Some(e);
                }
                Err(e) => return Err(e),
            }
        }
    }
    Err(last.unwrap_or_else(|| RegistryError::Invalid("no registry to pull from".into())))
}

/// Pull `remote` (the name the image gets) from `source` (where it is fetched: the same,
/// a mirror, or the location registries.conf rewrites it to).
fn pull_from(
    store: &Store,
    cfg: &RegistriesConfig,
    req: &PullRequest,
    remote: &RemoteRef,
    source: &RemoteRef,
    progress: &dyn Progress,
) -> Result<Pulled> {
    let host = source.host.as_str();
    let client = Client::new(cfg, host, Options::for_host(cfg, host, req.tls_verify))?;
    let repo = &source.repo;
    let (data, ctype) = client.manifest(repo, remote.reference())?;
    let mut digest = sha256_digest(&data);
    if let Some(want) = &remote.digest
        && *want != digest
    {
        return Err(RegistryError::Digest(format!(
            "manifest {remote} from {host} does not match its digest (got {digest})"
        )));
    }
    let manifest = match manifest::parse_document(&data, ctype.as_deref())? {
        Document::Manifest(m) => m,
        Document::Index(idx) => {
            let wanted = req.platform.clone().unwrap_or_else(Platform::host);
            let pick = manifest::select_platform(&idx, &wanted)?;
            let (inner, ictype) = client.manifest(repo, &pick.digest)?;
            digest = sha256_digest(&inner);
            if digest != pick.digest {
                return Err(RegistryError::Digest(format!(
                    "manifest {} of {remote} does not match its digest",
                    pick.digest
                )));
            }
            match manifest::parse_document(&inner, ictype.as_deref())? {
                Document::Manifest(m) => m,
                Document::Index(_) => {
                    return Err(RegistryError::Invalid(format!(
                        "{remote}: an index inside an index is not supported"
                    )));
                }
            }
        }
    };
    progress.resolved(remote);
    let config = fetch_small(&client, repo, &manifest.config.digest)?;
    let id = sha256_digest(&config);
    let record = manifest::parse_config(&config, &id)?;
    if record.diff_ids.len() != manifest.layers.len() {
        return Err(RegistryError::Invalid(format!(
            "{remote}: manifest lists {} layers but the config has {} diff ids",
            manifest.layers.len(),
            record.diff_ids.len()
        )));
    }
    if let Some(want) = &req.platform
        && (record.architecture != want.architecture || record.os != want.os)
    {
        return Err(RegistryError::Invalid(format!(
            "{remote} is for {}/{}, not {want}",
            record.os, record.architecture
        )));
    }
    // Which positions still need their layer, and which blobs to fetch for them (once
    // each, even when a blob repeats).
    let chains = chain_ids(&record.diff_ids);
    let mut keys = Vec::new();
    let mut todo: Vec<(manifest::Descriptor, u64, String)> = Vec::new();
    for (i, l) in manifest.layers.iter().enumerate() {
        if store.has_layer(&chains[i]) {
            progress.layer_exists(&l.digest);
            keys.push(None);
            continue;
        }
        if l.urls.as_ref().is_some_and(|u| !u.is_empty())
            && l.media_type == manifest::DOCKER_FOREIGN_LAYER
        {
            return Err(RegistryError::Invalid(format!(
                "{remote}: foreign layers ({}) are not supported",
                l.digest
            )));
        }
        keys.push(Some(l.digest.clone()));
        if !todo.iter().any(|(d, _, _)| d.digest == l.digest) {
            todo.push((l.clone(), l.size, record.diff_ids[i].clone()));
        }
    }
    let pool = fetch_layers(store, &client, repo, todo, progress)?;
    // The last point to give up: once committing starts it finishes (a signal now only
    // sets the flag), so the store never holds half an image.
    if super::interrupt::interrupted() {
        return Err(RegistryError::Interrupted);
    }
    let plan = Planned {
        config,
        record,
        layer_keys: keys,
        names: remote.local_name().into_iter().collect(),
        config_type: manifest.config.media_type.clone(),
    };
    let format = super::push::Format::of_config(&plan.config_type);
    let mut records = commit_all(store, vec![plan], pool)?;
    // The image exists now; failing to note its format only changes push's default.
    if let Err(e) = super::digests::record_format(store, &records[0].id, format) {
        log::warn!("recording the image format: {e}");
    }
    progress.finished(&digest);
    Ok(Pulled {
        image: records.remove(0),
        remote: remote.clone(),
        manifest_digest: digest,
    })
}

fn fetch_small(client: &Client, repo: &str, digest: &str) -> Result<Vec<u8>> {
    crate::store::blobs::digest_hex(digest)?;
    let scope = format!("repository:{repo}:pull");
    let resp = client.get(&format!("/v2/{repo}/blobs/{digest}"), None, Some(&scope))?;
    if resp.status() == 404 {
        return Err(RegistryError::NotFound {
            what: format!("config blob {digest} of {repo}"),
            host: client.host.clone(),
        });
    }
    if !resp.status().is_success() {
        let t = client.error_text(resp);
        return Err(RegistryError::Protocol {
            host: client.host.clone(),
            msg: format!("fetching {digest}: {t}"),
        });
    }
    let data = read_limited(resp, MAX_DOC)
        .map_err(|e| client.read_failed(&format!("config blob {digest}"), &e.into_io()))?;
    if sha256_digest(&data) != digest {
        return Err(RegistryError::Digest(format!(
            "blob {digest} from {} does not match its digest",
            client.host
        )));
    }
    Ok(data)
}

/// Download and extract `todo` (digest, size, expected diff id) on up to [`PARALLEL`]
/// threads. All are joined before returning; the first error wins and every extracted
/// layer is dropped with it.
fn fetch_layers(
    store: &Store,
    client: &Client,
    repo: &str,
    todo: Vec<(manifest::Descriptor, u64, String)>,
    progress: &dyn Progress,
) -> Result<HashMap<String, Extracted>> {
    let queue = Arc::new(std::sync::Mutex::new(todo.into_iter()));
    let results = std::sync::Mutex::new(Vec::new());
    let workers = super::interrupt::Workers::default();
    std::thread::scope(|s| {
        for _ in 0..PARALLEL {
            let queue = Arc::clone(&queue);
            let results = &results;
            let workers = &workers;
            s.spawn(move || {
                let _registered = workers.register();
                loop {
                    let next = queue.lock().unwrap_or_else(|p| p.into_inner()).next();
                    let Some((desc, size, diff_id)) = next else {
                        break;
                    };
                    if super::interrupt::interrupted() {
                        break;
                    }
                    let digest = desc.digest.clone();
                    let r = fetch_layer(store, client, repo, &desc, size, &diff_id, progress);
                    let failed = r.is_err();
                    results
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .push((digest, r));
                    if failed {
                        // Stop handing out work; the others finish their current layer.
                        queue
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .by_ref()
                            .for_each(drop);
                        break;
                    }
                }
            });
        }
        // Wait here rather than in the scope's join, so a signal can be passed on to
        // workers blocked in a read.
        workers.wait_all(PARALLEL);
    });
    let mut pool = HashMap::new();
    let mut first_err = None;
    for (digest, r) in results.into_inner().unwrap_or_else(|p| p.into_inner()) {
        match r {
            Ok(ex) => {
                pool.insert(digest, ex);
            }
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
    }
    match first_err {
        Some(e) => Err(e),
        None => Ok(pool),
    }
}

fn fetch_layer(
    store: &Store,
    client: &Client,
    repo: &str,
    desc: &manifest::Descriptor,
    size: u64,
    diff_id: &str,
    progress: &dyn Progress,
) -> Result<Extracted> {
    let digest = desc.digest.as_str();
    crate::store::blobs::digest_hex(digest)?;
    progress.layer_start(digest, size);
    let body = client.blob(repo, digest)?;
    let stalled = std::cell::Cell::new(false);
    let what = format!("layer blob {digest}");
    let counting = Counting {
        inner: body,
        digest,
        progress,
        stalled: &stalled,
    };
    let mut hashing = HashingReader::new(counting);
    let (staged, unpacked) = crate::image::layer::extract(store, &mut hashing, &Limits::default())
        .map_err(|e| match e {
            _ if stalled.get() => client.stalled(&what),
            crate::image::Error::Unpack(u) => {
                RegistryError::Invalid(format!("layer {digest}: {u}"))
            }
            other => other.into(),
        })?;
    let (got, _) = hashing.finish().map_err(|e| match stalled.get() {
        true => client.stalled(&what),
        false => client.read_failed(&what, &e),
    })?;
    if got != digest {
        return Err(RegistryError::Digest(format!(
            "layer {digest} from {} does not match its digest (got {got})",
            client.host
        )));
    }
    if unpacked.diff_id != diff_id {
        return Err(RegistryError::Digest(format!(
            "layer {digest} has diff id {}, but the image config expects {diff_id}",
            unpacked.diff_id
        )));
    }
    // Remember where the blob came from, so a push to the same registry can reuse it.
    let source = super::push::Source {
        host: client.host.clone(),
        repo: repo.to_owned(),
        digest: digest.to_owned(),
        size,
        media_type: desc.media_type.clone(),
    };
    if let Ok(data) = serde_json::to_vec(&source) {
        let path = staged.dir().join(super::push::SOURCE_FILE);
        std::fs::write(&path, data).map_err(|e| crate::store::StoreError::io(&path, e))?;
    }
    progress.layer_done(digest);
    Ok(Extracted { staged, unpacked })
}
