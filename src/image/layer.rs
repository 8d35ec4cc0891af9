//! Extracting one layer stream into a staged layer directory, with its tar-split record, and
//! reading a stored layer back as its original tar stream.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

use sha2::{Digest as _, Sha256};

use super::tarsplit::{self, Recorder};
use super::unpack::{Limits, UnpackError, Unpacked, unpack_layer_split};
use super::{Error, Result};
use crate::store::layers::StagedLayer;
use crate::store::{Store, StoreError};

/// Extract `reader` (plain, gzip or zstd tar) into a fresh staged layer. Nothing reaches the
/// store until the caller commits the returned layer.
pub fn extract(
    store: &Store,
    reader: impl Read,
    limits: &Limits,
) -> Result<(StagedLayer, Unpacked)> {
    let staged = store.stage_layer()?;
    let split_path = staged.dir().join(tarsplit::FILE_NAME);
    let file = File::create(&split_path).map_err(|e| StoreError::io(&split_path, e))?;
    let rec = Recorder::new(file);
    let unpacked = unpack_layer_split(reader, staged.diff_dir(), limits, Some(&rec))?;
    rec.finish().map_err(|e| UnpackError::Io {
        context: format!("writing {}", split_path.display()),
        source: e,
    })?;
    Ok((staged, unpacked))
}

/// Bytes of a stored layer's original (uncompressed) tar stream.
pub fn tar_len(store: &Store, chain_id: &str) -> Result<u64> {
    let dir = store.layer_dir(chain_id)?;
    tarsplit::stream_len(&dir).map_err(|e| StoreError::io(&dir, e).into())
}

/// Write a stored layer's original tar stream to `out`, checking it against `diff_id` as it
/// goes. A mismatch (the tree changed since extraction) is an error after the last byte, so
/// callers write to a place they can discard.
pub fn write_tar(store: &Store, chain_id: &str, diff_id: &str, out: &mut dyn Write) -> Result<u64> {
    write_staged_tar(&store.layer_dir(chain_id)?, diff_id, out)
}

/// [`write_tar`] for a layer directory not (yet) in the store, e.g. a staged one.
pub fn write_staged_tar(dir: &Path, diff_id: &str, out: &mut dyn Write) -> Result<u64> {
    let dir = dir.to_owned();
    let mut hashing = HashingWriter {
        inner: out,
        hasher: Sha256::new(),
    };
    let n = tarsplit::rebuild(&dir, &mut hashing).map_err(|e| StoreError::io(&dir, e))?;
    let got = format!("sha256:{}", hex::encode(hashing.hasher.finalize()));
    if got != diff_id {
        return Err(Error::Store(StoreError::Corrupt {
            path: dir,
            reason: format!("rebuilt layer tar has digest {got}, expected {diff_id}"),
        }));
    }
    Ok(n)
}

/// A writer that hashes everything written through it.
pub struct HashingWriter<W> {
    pub inner: W,
    pub hasher: Sha256,
}

impl<W: Write> HashingWriter<W> {
    pub fn new(inner: W) -> Self {
        HashingWriter {
            inner,
            hasher: Sha256::new(),
        }
    }

    /// `sha256:<hex>` of everything written.
    pub fn digest(&self) -> String {
        format!("sha256:{}", hex::encode(self.hasher.clone().finalize()))
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
