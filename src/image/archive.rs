//! `save`: images out of the store as a docker-archive or oci-archive tarball, or as an OCI
//! image layout directory. Layers go out uncompressed, byte for byte as they came in (rebuilt
//! from their tar-split records and checked against their diff ids).

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::layer;
use super::manifest::{self, Descriptor, FULL_NAME, Index, Manifest, REF_NAME};
use super::{Error, Result};
use crate::store::blobs::{digest_hex, sha256_digest};
use crate::store::{ImageRecord, Store, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// docker's `save` layout (manifest.json, one layer.tar per layer)
    DockerArchive,
    /// An OCI image layout in a tarball
    OciArchive,
    /// An OCI image layout directory (-o names the directory)
    OciDir,
}

/// One image to save and the names to record for it.
#[derive(Debug, Clone)]
pub struct SaveItem {
    pub image: ImageRecord,
    pub names: Vec<String>,
}

/// Where archive members go: a tar stream or a directory.
trait Sink {
    /// Add a file of exactly `len` bytes, written by `fill`.
    fn add(
        &mut self,
        path: &str,
        len: u64,
        fill: &mut dyn FnMut(&mut dyn Write) -> Result<()>,
    ) -> Result<()>;
    fn finish(self: Box<Self>) -> Result<()>;
}

struct TarSink<W: Write> {
    out: W,
    dirs: BTreeSet<String>,
}

fn io_err(what: &str) -> impl Fn(io::Error) -> Error + '_ {
    move |e| StoreError::Invalid(format!("writing {what}: {e}")).into()
}

impl<W: Write> TarSink<W> {
    fn header(&mut self, path: &str, len: u64, kind: tar::EntryType, mode: u32) -> Result<()> {
        let mut h = tar::Header::new_ustar();
        h.set_path(path).map_err(io_err(path))?;
        h.set_size(len);
        h.set_entry_type(kind);
        h.set_mode(mode);
        h.set_mtime(0);
        h.set_uid(0);
        h.set_gid(0);
        h.set_cksum();
        self.out.write_all(h.as_bytes()).map_err(io_err(path))
    }
}

impl<W: Write> Sink for TarSink<W> {
    fn add(
        &mut self,
        path: &str,
        len: u64,
        fill: &mut dyn FnMut(&mut dyn Write) -> Result<()>,
    ) -> Result<()> {
        // Parent directory entries first, once each, as tar readers like them.
        let mut prefix = String::new();
        for part in path
            .split('/')
            .collect::<Vec<_>>()
            .split_last()
            .map_or(&[][..], |(_, p)| p)
        {
            prefix.push_str(part);
            prefix.push('/');
            if self.dirs.insert(prefix.clone()) {
                let p = prefix.clone();
                self.header(&p, 0, tar::EntryType::Directory, 0o755)?;
            }
        }
        self.header(path, len, tar::EntryType::Regular, 0o644)?;
        let mut counted = CountingWriter {
            inner: &mut self.out,
            count: 0,
        };
        fill(&mut counted)?;
        if counted.count != len {
            return Err(StoreError::Invalid(format!(
                "{path}: wrote {} bytes, expected {len}",
                counted.count
            ))
            .into());
        }
        let pad = (512 - (len % 512) as usize) % 512;
        self.out.write_all(&[0u8; 512][..pad]).map_err(io_err(path))
    }

    fn finish(mut self: Box<Self>) -> Result<()> {
        self.out
            .write_all(&[0u8; 1024])
            .map_err(io_err("archive"))?;
        self.out.flush().map_err(io_err("archive"))
    }
}

struct DirSink {
    dir: PathBuf,
}

impl Sink for DirSink {
    fn add(
        &mut self,
        path: &str,
        _len: u64,
        fill: &mut dyn FnMut(&mut dyn Write) -> Result<()>,
    ) -> Result<()> {
        let full = self.dir.join(path);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).map_err(|e| StoreError::io(parent, e))?;
        }
        let f = File::create(&full).map_err(|e| StoreError::io(&full, e))?;
        let mut w = BufWriter::with_capacity(1 << 20, f);
        fill(&mut w)?;
        w.flush().map_err(|e| StoreError::io(&full, e))?;
        Ok(())
    }
    fn finish(self: Box<Self>) -> Result<()> {
        Ok(())
    }
}

struct CountingWriter<'a, W: Write> {
    inner: &'a mut W,
    count: u64,
}

impl<W: Write> Write for CountingWriter<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.count += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

fn bytes_fill(data: &[u8]) -> impl FnMut(&mut dyn Write) -> Result<()> + '_ {
    move |w| w.write_all(data).map_err(io_err("archive"))
}

/// Write `items` as a tarball in `format` to `out`.
pub fn save_stream<W: Write>(
    store: &Store,
    items: &[SaveItem],
    format: Format,
    out: W,
) -> Result<()> {
    let sink = Box::new(TarSink {
        out: BufWriter::with_capacity(1 << 20, out),
        dirs: BTreeSet::new(),
    });
    match format {
        Format::DockerArchive => save_docker(store, items, sink),
        Format::OciArchive | Format::OciDir => save_oci(store, items, sink),
    }
}

/// Write `items` as an OCI image layout into the (new or empty) directory `dir`.
pub fn save_dir(store: &Store, items: &[SaveItem], dir: &Path) -> Result<()> {
    save_oci(
        store,
        items,
        Box::new(DirSink {
            dir: dir.to_owned(),
        }),
    )
}

/// Write each distinct layer once; returns nothing, the caller knows the names.
fn add_layer(
    store: &Store,
    sink: &mut dyn Sink,
    path: &str,
    chain: &str,
    diff_id: &str,
) -> Result<u64> {
    let len = layer::tar_len(store, chain)?;
    sink.add(path, len, &mut |w| {
        layer::write_tar(store, chain, diff_id, w).map(|_| ())
    })?;
    Ok(len)
}

fn save_docker(store: &Store, items: &[SaveItem], mut sink: Box<dyn Sink + '_>) -> Result<()> {
    #[derive(serde::Serialize)]
    struct Entry {
        #[serde(rename = "Config")]
        config: String,
        #[serde(rename = "RepoTags")]
        repo_tags: Vec<String>,
        #[serde(rename = "Layers")]
        layers: Vec<String>,
    }
    let mut written = BTreeSet::new();
    let mut manifest = Vec::new();
    for item in items {
        let img = &item.image;
        let config = store.read_blob(&img.id)?;
        let cpath = format!("{}.json", digest_hex(&img.id)?);
        if written.insert(cpath.clone()) {
            sink.add(&cpath, config.len() as u64, &mut bytes_fill(&config))?;
        }
        let mut layers = Vec::new();
        for (diff_id, chain) in img.diff_ids.iter().zip(&img.layers) {
            let path = format!("{}/layer.tar", digest_hex(diff_id)?);
            if written.insert(path.clone()) {
                add_layer(store, sink.as_mut(), &path, chain, diff_id)?;
            }
            layers.push(path);
        }
        manifest.push(Entry {
            config: cpath,
            repo_tags: item.names.clone(),
            layers,
        });
    }
    let data = serde_json::to_vec(&manifest).map_err(|e| StoreError::Invalid(e.to_string()))?;
    sink.add("manifest.json", data.len() as u64, &mut bytes_fill(&data))?;
    sink.finish()
}

fn save_oci(store: &Store, items: &[SaveItem], mut sink: Box<dyn Sink + '_>) -> Result<()> {
    let layout = br#"{"imageLayoutVersion":"1.0.0"}"#;
    sink.add("oci-layout", layout.len() as u64, &mut bytes_fill(layout))?;
    let mut written = BTreeSet::new();
    let mut index = Index {
        schema_version: 2,
        media_type: Some(manifest::OCI_INDEX.to_owned()),
        manifests: Vec::new(),
        annotations: None,
    };
    for item in items {
        let img = &item.image;
        let config = store.read_blob(&img.id)?;
        let blob_path =
            |d: &str| -> Result<String> { Ok(format!("blobs/sha256/{}", digest_hex(d)?)) };
        if written.insert(img.id.clone()) {
            sink.add(
                &blob_path(&img.id)?,
                config.len() as u64,
                &mut bytes_fill(&config),
            )?;
        }
        let mut layers = Vec::new();
        for (diff_id, chain) in img.diff_ids.iter().zip(&img.layers) {
            // Uncompressed, so the blob digest is the diff id.
            let len = if written.insert(diff_id.clone()) {
                add_layer(store, sink.as_mut(), &blob_path(diff_id)?, chain, diff_id)?
            } else {
                layer::tar_len(store, chain)?
            };
            layers.push(Descriptor::new(manifest::OCI_LAYER, diff_id, len));
        }
        let m = Manifest {
            schema_version: 2,
            media_type: Some(manifest::OCI_MANIFEST.to_owned()),
            config: Descriptor::new(manifest::OCI_CONFIG, &img.id, config.len() as u64),
            layers,
            annotations: None,
        };
        let data = serde_json::to_vec(&m).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let digest = sha256_digest(&data);
        if written.insert(digest.clone()) {
            sink.add(
                &blob_path(&digest)?,
                data.len() as u64,
                &mut bytes_fill(&data),
            )?;
        }
        let mut desc = Descriptor::new(manifest::OCI_MANIFEST, &digest, data.len() as u64);
        if item.names.is_empty() {
            index.manifests.push(desc.clone());
        }
        for name in &item.names {
            let mut ann = std::collections::BTreeMap::new();
            ann.insert(REF_NAME.to_owned(), name.clone());
            ann.insert(FULL_NAME.to_owned(), name.clone());
            desc.annotations = Some(ann);
            index.manifests.push(desc.clone());
        }
    }
    let data = serde_json::to_vec(&index).map_err(|e| StoreError::Invalid(e.to_string()))?;
    sink.add("index.json", data.len() as u64, &mut bytes_fill(&data))?;
    sink.finish()
}
