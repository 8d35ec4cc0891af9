//! `load`: docker-archive and oci-archive tarballs (plain, gzip or zstd), and OCI image
//! layout directories, into the store.
//!
//! A stream (stdin, a compressed file) is read in one pass, in whatever order its entries
//! come (docker writes `manifest.json` last): layer-like entries are extracted into staged
//! layers as they stream by, small entries (JSON) are kept in memory. An uncompressed file
//! or a layout directory is listed first and its layers are extracted in parallel, each
//! read where it lies. Only at the end are manifests resolved, every digest and diff id
//! checked, and the images committed. Any failure drops the staged layers, so a corrupt or
//! truncated archive stores nothing.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

use super::assemble::{Extracted, Planned, commit_all};
use super::manifest::{self, Document, FULL_NAME, Platform, REF_NAME};
use super::unpack::{Limits, UnpackError, decompress, one_line};
use super::{Result, layer};
use crate::spec::reference::Reference;
use crate::store::blobs::{HashingReader, digest_hex, sha256_digest};
use crate::store::{ImageRecord, Store, StoreError};

/// Entries at most this big that are not layers are kept in memory (manifests, configs).
const MAX_SMALL: u64 = 16 << 20;
/// All small entries together.
const MAX_SMALL_TOTAL: u64 = 256 << 20;
/// Entries of any kind in one archive.
const MAX_ENTRIES: u64 = 100_000;

fn invalid(msg: impl Into<String>) -> super::Error {
    StoreError::Invalid(msg.into()).into()
}

/// One image a `load` stored.
#[derive(Debug)]
pub struct LoadedImage {
    pub record: ImageRecord,
    pub names: Vec<Reference>,
    /// The config media type its manifest gave (docker's for a docker-archive).
    pub config_type: String,
}

/// What one `load` stored.
#[derive(Debug)]
pub struct Loaded {
    pub images: Vec<LoadedImage>,
}

struct Collector<'s> {
    store: &'s Store,
    limits: Limits,
    small: HashMap<String, Vec<u8>>,
    small_total: u64,
    /// Archive path -> extracted layer, plus the sha256 of the entry's bytes as stored.
    layers: HashMap<String, ExtractedEntry>,
    /// Archive path -> the path a symlink or hard link entry points at.
    links: HashMap<String, String>,
    entries: u64,
}

/// Normalize an archive path: no leading `./` or `/`, no `..`.
fn clean(path: &Path) -> Result<String> {
    let mut parts = Vec::new();
    for c in path.components() {
        match c {
            Component::Normal(n) => parts.push(
                n.to_str()
                    .ok_or_else(|| invalid(format!("archive path {path:?} is not UTF-8")))?,
            ),
            Component::CurDir | Component::RootDir => {}
            Component::ParentDir | Component::Prefix(_) => {
                return Err(invalid(format!("archive path {path:?} leaves the archive")));
            }
        }
    }
    Ok(parts.join("/"))
}

/// Counts the bytes read through it.
struct Counting<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

/// Does this start of an entry look like a layer tar (plain, gzip or zstd)?
fn looks_like_layer(head: &[u8]) -> bool {
    match head {
        [0x1f, 0x8b, ..] | [0x28, 0xb5, 0x2f, 0xfd, ..] => true,
        h if h.len() >= 512 => &h[257..262] == b"ustar" || h[..512].iter().all(|b| *b == 0),
        _ => false,
    }
}

impl<'s> Collector<'s> {
    fn new(store: &'s Store) -> Self {
        Collector {
            store,
            limits: Limits::default(),
            small: HashMap::new(),
            small_total: 0,
            layers: HashMap::new(),
            links: HashMap::new(),
            entries: 0,
        }
    }

    fn count(&mut self) -> Result<()> {
        self.entries += 1;
        if self.entries > MAX_ENTRIES {
            return Err(invalid(format!(
                "archive has more than {MAX_ENTRIES} entries"
            )));
        }
        Ok(())
    }

    /// One regular file of the archive, read from `reader` now.
    fn file(&mut self, path: String, size: u64, mut reader: impl Read) -> Result<()> {
        self.count()?;
        let mut head = Vec::with_capacity(512);
        (&mut reader)
            .take(512)
            .read_to_end(&mut head)
            .map_err(|e| invalid(format!("reading {path} in the archive: {e}")))?;
        let rest = io::Cursor::new(head.clone()).chain(reader);
        if looks_like_layer(&head) {
            let layer = extract_entry(self.store, &self.limits, &path, size, &head, rest)?;
            self.layers.insert(path, layer);
        } else if size <= MAX_SMALL {
            self.small_total += size;
            if self.small_total > MAX_SMALL_TOTAL {
                return Err(invalid("archive metadata exceeds 256 MiB"));
            }
            let mut data = Vec::with_capacity(size as usize);
            rest.take(MAX_SMALL + 1)
                .read_to_end(&mut data)
                .map_err(|e| invalid(format!("reading {path} in the archive: {e}")))?;
            if data.len() as u64 != size {
                return Err(invalid(format!("{path} in the archive is truncated")));
            }
            self.small.insert(path, data);
        } else {
            log::debug!("load: skipping {path}: neither a layer nor metadata");
            io::copy(&mut rest.take(size), &mut io::sink())
                .map_err(|e| invalid(format!("reading {path} in the archive: {e}")))?;
        }
        Ok(())
    }

    /// One regular file whose bytes `source` can read at any time: a layer is queued in
    /// `jobs` (for [`Collector::extract_all`]), anything else is read now.
    fn file_at<'f>(
        &mut self,
        path: String,
        size: u64,
        source: LayerSource<'f>,
        jobs: &mut Vec<LayerJob<'f>>,
    ) -> Result<()> {
        let head = {
            let mut reader = source
                .open(size)
                .map_err(|e| invalid(format!("reading {path} in the archive: {e}")))?;
            let mut head = Vec::with_capacity(512);
            (&mut reader)
                .take(512)
                .read_to_end(&mut head)
                .map_err(|e| invalid(format!("reading {path} in the archive: {e}")))?;
            if !looks_like_layer(&head) {
                return self.file(path, size, io::Cursor::new(head).chain(reader));
            }
            head
        };
        self.count()?;
        jobs.push(LayerJob {
            key: path,
            size,
            head,
            source,
        });
        Ok(())
    }

    /// Extract the queued layers, several at once (one per CPU at most). The first failure
    /// (in archive order) wins, and every layer extracted for this load is dropped with it.
    fn extract_all(&mut self, jobs: Vec<LayerJob<'_>>) -> Result<()> {
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(jobs.len());
        let extract = |job: &LayerJob<'_>| -> Result<ExtractedEntry> {
            let reader = job
                .source
                .open(job.size)
                .map_err(|e| invalid(format!("reading {} in the archive: {e}", job.key)))?;
            extract_entry(
                self.store,
                &self.limits,
                &job.key,
                job.size,
                &job.head,
                reader,
            )
        };
        let next = std::sync::atomic::AtomicUsize::new(0);
        let failed = std::sync::atomic::AtomicBool::new(false);
        // One slot per job, filled by whichever thread took it.
        let results: Vec<std::sync::Mutex<Option<Result<ExtractedEntry>>>> =
            jobs.iter().map(|_| std::sync::Mutex::new(None)).collect();
        let work = || {
            use std::sync::atomic::Ordering;
            while !failed.load(Ordering::Relaxed) {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(i) else { break };
                let r = extract(job);
                failed.fetch_or(r.is_err(), Ordering::Relaxed);
                *results[i].lock().unwrap_or_else(|p| p.into_inner()) = Some(r);
            }
        };
        if threads > 1 {
            std::thread::scope(|s| {
                for _ in 0..threads {
                    s.spawn(work);
                }
            });
        } else {
            work();
        }
        let mut done = Vec::new();
        for (job, r) in jobs.iter().zip(results) {
            match r.into_inner().unwrap_or_else(|p| p.into_inner()) {
                Some(Ok(layer)) => done.push((job.key.clone(), layer)),
                Some(Err(e)) => return Err(e),
                // Not started: a failure came first.
                None => {}
            }
        }
        self.layers.extend(done);
        Ok(())
    }

    fn link(&mut self, path: String, target: String) -> Result<()> {
        self.count()?;
        self.links.insert(path, target);
        Ok(())
    }

    /// Follow link entries (a few hops at most) to a stored path.
    fn resolve(&self, path: &str) -> String {
        let mut p = path.to_owned();
        for _ in 0..8 {
            match self.links.get(&p) {
                Some(t) => p = t.clone(),
                None => break,
            }
        }
        p
    }

    fn small(&self, path: &str) -> Option<&Vec<u8>> {
        self.small.get(&self.resolve(path))
    }

    /// A blob of an OCI layout, checked against its digest.
    fn oci_blob(&self, digest: &str, what: &str) -> Result<&Vec<u8>> {
        let hex = digest_hex(digest)?;
        let data = self
            .small(&format!("blobs/sha256/{hex}"))
            .ok_or_else(|| invalid(format!("archive is missing the {what} blob {digest}")))?;
        if sha256_digest(data) != digest {
            return Err(invalid(format!(
                "{what} blob {digest} in the archive does not match its digest"
            )));
        }
        Ok(data)
    }

    fn plan(&self) -> Result<Vec<Planned>> {
        if let Some(m) = self.small("manifest.json") {
            self.plan_docker(m)
        } else if let Some(i) = self.small("index.json") {
            self.plan_oci(i)
        } else {
            Err(invalid(
                "not a docker-archive or OCI image layout: no manifest.json or index.json",
            ))
        }
    }

    fn plan_docker(&self, manifest: &[u8]) -> Result<Vec<Planned>> {
        #[derive(serde::Deserialize)]
        struct Entry {
            #[serde(rename = "Config")]
            config: String,
            #[serde(rename = "RepoTags", default)]
            repo_tags: Option<Vec<String>>,
            #[serde(rename = "Layers", default)]
            layers: Vec<String>,
        }
        let entries: Vec<Entry> = serde_json::from_slice(manifest)
            .map_err(|e| invalid(format!("malformed manifest.json in the archive: {e}")))?;
        if entries.is_empty() {
            return Err(invalid("manifest.json in the archive lists no images"));
        }
        let mut out = Vec::new();
        for e in entries {
            let cpath = clean(Path::new(&e.config))?;
            let config = self
                .small(&cpath)
                .ok_or_else(|| invalid(format!("archive is missing the image config {cpath}")))?
                .clone();
            let mut keys = Vec::new();
            for l in &e.layers {
                keys.push(self.resolve(&clean(Path::new(l))?));
            }
            let names = e
                .repo_tags
                .unwrap_or_default()
                .iter()
                .map(|t| Reference::parse(t))
                .collect::<std::result::Result<Vec<_>, _>>()?;
            out.push(self.plan_image(config, &keys, None, names, manifest::DOCKER_CONFIG)?);
        }
        Ok(out)
    }

    fn plan_oci(&self, index: &[u8]) -> Result<Vec<Planned>> {
        let Document::Index(index) = manifest::parse_document(index, Some(manifest::OCI_INDEX))
            .map_err(|e| invalid(format!("index.json in the archive: {e}")))?
        else {
            return Err(invalid("index.json in the archive is not an image index"));
        };
        // Several index entries may name the same manifest: one image, several names.
        let mut by_digest: Vec<(String, Vec<Reference>)> = Vec::new();
        for d in &index.manifests {
            let name = d
                .annotation(FULL_NAME)
                .or_else(|| d.annotation(REF_NAME).filter(|n| n.contains([':', '/'])))
                .map(Reference::parse)
                .transpose()?;
            let digest = self.manifest_for(d, 0)?;
            match by_digest.iter_mut().find(|(dg, _)| *dg == digest) {
                Some((_, names)) => names.extend(name),
                None => by_digest.push((digest, name.into_iter().collect())),
            }
        }
        if by_digest.is_empty() {
            return Err(invalid("index.json in the archive lists no images"));
        }
        let mut out = Vec::new();
        for (digest, names) in by_digest {
            let data = self.oci_blob(&digest, "manifest")?;
            let Document::Manifest(m) = manifest::parse_document(data, None)
                .map_err(|e| invalid(format!("manifest {digest} in the archive: {e}")))?
            else {
                return Err(invalid(format!("{digest} is not an image manifest")));
            };
            let config = self.oci_blob(&m.config.digest, "config")?.clone();
            let mut keys = Vec::new();
            let mut digests = Vec::new();
            for l in &m.layers {
                keys.push(format!("blobs/sha256/{}", digest_hex(&l.digest)?));
                digests.push(l.digest.clone());
            }
            out.push(self.plan_image(
                config,
                &keys,
                Some(&digests),
                names,
                &m.config.media_type,
            )?);
        }
        Ok(out)
    }

    /// The image manifest digest an index entry leads to (nested indexes resolved to the
    /// host platform).
    fn manifest_for(&self, d: &manifest::Descriptor, depth: u32) -> Result<String> {
        if manifest::is_index_type(&d.media_type) {
            if depth > 2 {
                return Err(invalid("image indexes nested too deep"));
            }
            let data = self.oci_blob(&d.digest, "index")?;
            let Document::Index(inner) = manifest::parse_document(data, None)
                .map_err(|e| invalid(format!("index {} in the archive: {e}", d.digest)))?
            else {
                return Err(invalid(format!("{} is not an image index", d.digest)));
            };
            let pick = manifest::select_platform(&inner, &Platform::host())
                .map_err(|e| invalid(e.to_string()))?;
            return self.manifest_for(pick, depth + 1);
        }
        if !d.media_type.is_empty() && !manifest::is_manifest_type(&d.media_type) {
            return Err(invalid(format!(
                "unsupported manifest media type {:?} in the archive",
                d.media_type
            )));
        }
        Ok(d.digest.clone())
    }

    /// Check one image's layers against its config and the store.
    fn plan_image(
        &self,
        config: Vec<u8>,
        keys: &[String],
        blob_digests: Option<&[String]>,
        names: Vec<Reference>,
        config_type: &str,
    ) -> Result<Planned> {
        let id = sha256_digest(&config);
        let record = manifest::parse_config(&config, &id)?;
        if record.diff_ids.len() != keys.len() {
            return Err(invalid(format!(
                "image {id} lists {} layers but its config has {} diff ids",
                keys.len(),
                record.diff_ids.len()
            )));
        }
        let chains = super::assemble::chain_ids(&record.diff_ids);
        let mut layer_keys = Vec::new();
        for (i, key) in keys.iter().enumerate() {
            let Some((ex, digest)) = self.layers.get(key) else {
                if self.store.has_layer(&chains[i]) {
                    layer_keys.push(None);
                    continue;
                }
                return Err(invalid(format!("archive is missing layer {key}")));
            };
            if let Some(want) = blob_digests.map(|d| &d[i])
                && want != digest
            {
                return Err(invalid(format!(
                    "layer {key} in the archive does not match its digest {want}"
                )));
            }
            if ex.unpacked.diff_id != record.diff_ids[i] {
                return Err(invalid(format!(
                    "layer {key} has diff id {}, but the image config expects {}",
                    ex.unpacked.diff_id, record.diff_ids[i]
                )));
            }
            layer_keys.push(if self.store.has_layer(&chains[i]) {
                None
            } else {
                Some(key.clone())
            });
        }
        Ok(Planned {
            config,
            record,
            layer_keys,
            names,
            config_type: config_type.to_owned(),
        })
    }

    fn finish(self) -> Result<Vec<LoadedImage>> {
        let plans = self.plan()?;
        let about: Vec<(Vec<Reference>, String)> = plans
            .iter()
            .map(|p| (p.names.clone(), p.config_type.clone()))
            .collect();
        let pool = self
            .layers
            .into_iter()
            .map(|(k, (ex, _))| (k, ex))
            .collect();
        let records = commit_all(self.store, plans, pool)?;
        Ok(records
            .into_iter()
            .zip(about)
            .map(|(record, (names, config_type))| LoadedImage {
                record,
                names,
                config_type,
            })
            .collect())
    }
}

/// Where a queued layer's bytes are.
enum LayerSource<'f> {
    /// Bytes at this offset of an archive file, read with pread (threads share the file).
    Range { file: &'f File, offset: u64 },
    /// A file of a layout directory.
    Path(PathBuf),
}

impl LayerSource<'_> {
    /// A reader of the source's `size` bytes.
    fn open(&self, size: u64) -> io::Result<Box<dyn Read + Send + '_>> {
        Ok(match self {
            LayerSource::Range { file, offset } => Box::new(io::BufReader::with_capacity(
                256 << 10,
                RangeReader {
                    file,
                    pos: *offset,
                    end: offset + size,
                },
            )),
            LayerSource::Path(p) => Box::new(io::BufReader::with_capacity(
                256 << 10,
                File::open(p)?.take(size),
            )),
        })
    }
}

/// A layer entry to extract later.
struct LayerJob<'f> {
    key: String,
    size: u64,
    /// Its first bytes (up to 512), as sniffed.
    head: Vec<u8>,
    source: LayerSource<'f>,
}

/// Reads `pos..end` of a file with pread, leaving the file offset alone.
struct RangeReader<'f> {
    file: &'f File,
    pos: u64,
    end: u64,
}

impl Read for RangeReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        use std::os::unix::fs::FileExt as _;
        let want = buf.len().min((self.end - self.pos) as usize);
        if want == 0 {
            return Ok(0);
        }
        let n = self.file.read_at(&mut buf[..want], self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

/// An extracted layer entry and the sha256 of its bytes as stored.
type ExtractedEntry = (Extracted, String);

/// Extract one layer entry of `size` bytes from `reader` (which starts with `head`).
fn extract_entry(
    store: &Store,
    limits: &Limits,
    path: &str,
    size: u64,
    head: &[u8],
    reader: impl Read,
) -> Result<ExtractedEntry> {
    let compressed = matches!(head, [0x1f, 0x8b, ..] | [0x28, 0xb5, 0x2f, 0xfd, ..]);
    let (extracted, digest, n) = if compressed {
        let mut hashing = HashingReader::new(reader);
        let (staged, unpacked) =
            layer::extract(store, &mut hashing, limits).map_err(|e| in_entry(path, e))?;
        let (digest, n) = hashing
            .finish()
            .map_err(|e| invalid(format!("reading {path} in the archive: {e}")))?;
        (Extracted { staged, unpacked }, digest, n)
    } else {
        // A plain tar's digest is its diff id, which extraction computes over every byte up
        // to the end of the entry: hashing it twice bought nothing.
        let mut counting = Counting {
            inner: reader,
            count: 0,
        };
        let (staged, unpacked) =
            layer::extract(store, &mut counting, limits).map_err(|e| in_entry(path, e))?;
        let digest = unpacked.diff_id.clone();
        (Extracted { staged, unpacked }, digest, counting.count)
    };
    if n != size {
        return Err(invalid(format!("{path} in the archive is truncated")));
    }
    Ok((extracted, digest))
}

fn in_entry(path: &str, e: super::Error) -> super::Error {
    match e {
        super::Error::Unpack(UnpackError::Malformed(m)) => super::Error::Unpack(
            UnpackError::Malformed(format!("layer {path} in the archive: {m}")),
        ),
        other => other,
    }
}

/// Load an archive stream (docker-archive or oci-archive; plain, gzip or zstd). Layers are
/// extracted one after the other as they stream by.
pub fn load_stream(store: &Store, reader: impl Read) -> Result<Loaded> {
    let stream = decompress(reader).map_err(|e| match e {
        UnpackError::Malformed(m) if m == "empty input" => invalid("the archive is empty"),
        e => e.into(),
    })?;
    let mut col = Collector::new(store);
    let mut archive = tar::Archive::new(stream);
    let entries = archive.entries().map_err(bad_archive)?;
    scan(&mut col, entries, |col, path, entry| {
        col.file(path, entry.size(), entry)
    })?;
    Ok(Loaded {
        images: col.finish()?,
    })
}

/// Load an archive file. An uncompressed one is read in place: its entries are listed
/// first (skipping over their data), then its layers are extracted in parallel, each read
/// at its offset. A compressed one (or anything but a regular file) streams through
/// [`load_stream`].
pub fn load_file(store: &Store, file: File) -> Result<Loaded> {
    use std::os::unix::fs::FileExt as _;
    let mut magic = [0u8; 4];
    let seekable = file.metadata().is_ok_and(|m| m.is_file())
        && file.read_at(&mut magic, 0).is_ok_and(|n| n == magic.len())
        && !matches!(magic, [0x1f, 0x8b, ..] | [0x28, 0xb5, 0x2f, 0xfd]);
    if !seekable {
        return load_stream(store, io::BufReader::with_capacity(1 << 20, file));
    }
    let mut col = Collector::new(store);
    let mut jobs = Vec::new();
    let mut archive = tar::Archive::new(io::BufReader::with_capacity(256 << 10, &file));
    let entries = archive.entries_with_seek().map_err(bad_archive)?;
    scan(&mut col, entries, |col, path, entry| {
        let source = LayerSource::Range {
            file: &file,
            offset: entry.raw_file_position(),
        };
        col.file_at(path, entry.size(), source, &mut jobs)
    })?;
    col.extract_all(jobs)?;
    Ok(Loaded {
        images: col.finish()?,
    })
}

fn bad_archive(e: io::Error) -> super::Error {
    invalid(format!("malformed archive: {}", one_line(&e.to_string())))
}

/// Walk an archive's entries: regular files go to `on_file`, links are noted, the rest is
/// ignored.
fn scan<R: Read>(
    col: &mut Collector<'_>,
    entries: tar::Entries<'_, R>,
    mut on_file: impl FnMut(&mut Collector<'_>, String, &mut tar::Entry<'_, R>) -> Result<()>,
) -> Result<()> {
    for entry in entries {
        let mut entry = entry.map_err(bad_archive)?;
        let path = clean(&entry.path().map_err(bad_archive)?)?;
        let kind = entry.header().entry_type();
        match kind {
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                on_file(col, path, &mut entry)?;
            }
            tar::EntryType::Symlink | tar::EntryType::Link => {
                let target = entry
                    .link_name()
                    .map_err(bad_archive)?
                    .ok_or_else(|| invalid(format!("link {path} in the archive has no target")))?;
                let target = if kind == tar::EntryType::Symlink {
                    // Relative to the link's own directory.
                    let base = Path::new(&path).parent().unwrap_or(Path::new(""));
                    clean(&base.join(&target)).or_else(|_| clean(&normalize(base, &target)))?
                } else {
                    clean(&target)?
                };
                col.link(path, target)?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// `base/target` with `..` applied lexically (symlinks like `../abc/layer.tar`).
fn normalize(base: &Path, target: &Path) -> std::path::PathBuf {
    let mut out = std::path::PathBuf::new();
    for c in base.join(target).components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(n) => out.push(n),
            _ => {}
        }
    }
    out
}

/// Load an OCI image layout (or unpacked docker-archive) directory; its layers are
/// extracted in parallel.
pub fn load_dir(store: &Store, dir: &Path) -> Result<Loaded> {
    let mut col = Collector::new(store);
    let mut jobs = Vec::new();
    walk(&mut col, dir, Path::new(""), &mut jobs)?;
    col.extract_all(jobs)?;
    Ok(Loaded {
        images: col.finish()?,
    })
}

fn walk(
    col: &mut Collector<'_>,
    base: &Path,
    rel: &Path,
    jobs: &mut Vec<LayerJob<'static>>,
) -> Result<()> {
    let dir = base.join(rel);
    let io_err = |e: io::Error| StoreError::io(&dir, e);
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .map_err(io_err)?
        .map(|e| e.map(|e| e.file_name()))
        .collect::<io::Result<_>>()
        .map_err(io_err)?;
    names.sort();
    for name in names {
        let rel_path = rel.join(&name);
        let full = base.join(&rel_path);
        let meta = std::fs::symlink_metadata(&full).map_err(|e| StoreError::io(&full, e))?;
        let key = clean(&rel_path)?;
        if meta.is_dir() {
            walk(col, base, &rel_path, jobs)?;
        } else if meta.is_symlink() {
            let target = std::fs::read_link(&full).map_err(|e| StoreError::io(&full, e))?;
            let t = clean(&normalize(rel, &target))?;
            col.link(key, t)?;
        } else if meta.is_file() {
            col.file_at(key, meta.len(), LayerSource::Path(full), jobs)?;
        }
    }
    Ok(())
}
