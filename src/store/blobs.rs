//! Content-addressed blobs (`blobs/sha256/<hex>`) and the staging directories every
//! multi-step write goes through.
//!
//! A blob is written into a staging directory under `tmp/` while it is hashed, its digest is
//! checked, and only then is it renamed into place: a reader sees a whole, verified blob or
//! nothing. Staging directories hold an flock for as long as their writer lives, so the
//! sweep of crash leftovers (under the store lock) can tell the dead from the busy.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use sha2::{Digest as _, Sha256};

use super::{Result, Store, StoreError};

/// Staging directories younger than this are left alone by the sweep even when unlocked:
/// their writer may sit between `mkdir` and `flock`.
const SWEEP_MIN_AGE: Duration = Duration::from_secs(60);

/// `sha256:<hex>` of a byte slice.
pub fn sha256_digest(data: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(data)))
}

/// The hex part of a `sha256:<64 hex>` digest, or an error naming the bad value.
pub fn digest_hex(digest: &str) -> Result<&str> {
    match digest.strip_prefix("sha256:") {
        Some(hex) if is_hex64(hex) => Ok(hex),
        _ => Err(StoreError::Invalid(format!(
            "invalid digest {digest:?}: expected sha256:<64 hex digits>"
        ))),
    }
}

pub use crate::spec::reference::is_hex64;

/// A reader that hashes everything read through it.
pub struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
    count: u64,
}

impl<R: Read> HashingReader<R> {
    pub fn new(inner: R) -> Self {
        HashingReader {
            inner,
            hasher: Sha256::new(),
            count: 0,
        }
    }

    /// Bytes read so far.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Read the rest of the stream (tar padding after the end marker still counts toward the
    /// digest) and return `sha256:<hex>` and the byte count.
    pub fn finish(mut self) -> io::Result<(String, u64)> {
        io::copy(&mut self, &mut io::sink())?;
        Ok((
            format!("sha256:{}", hex::encode(self.hasher.finalize())),
            self.count,
        ))
    }
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
}

/// A private directory under `tmp/` for one writer. Removed on drop unless committed.
#[derive(Debug)]
pub struct Staging {
    path: PathBuf,
    // The flock on the directory itself tells the sweep this writer is alive.
    lock: Option<File>,
}

impl Staging {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Rename the whole staging directory to `dest` (same filesystem, so atomic). Fails when
    /// `dest` already exists.
    pub fn commit_to(mut self, dest: &Path) -> Result<()> {
        std::fs::rename(&self.path, dest).map_err(|e| StoreError::io(dest, e))?;
        self.lock.take();
        self.path = PathBuf::new();
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if self.path.as_os_str().is_empty() {
            return;
        }
        if let Err(e) = std::fs::remove_dir_all(&self.path) {
            log::debug!("removing staging dir {}: {e}", self.path.display());
        }
    }
}

impl Store {
    /// A fresh staging directory in `tmp/`, locked for this process.
    pub fn staging(&self, kind: &str) -> Result<Staging> {
        let tmp = self.tmp_dir();
        let dir = tempfile::Builder::new()
            .prefix(&format!("{kind}-"))
            .tempdir_in(&tmp)
            .map_err(|e| StoreError::io(&tmp, e))?
            .keep();
        let lock = File::open(&dir).map_err(|e| StoreError::io(&dir, e))?;
        lock.lock().map_err(|e| StoreError::io(&dir, e))?;
        Ok(Staging {
            path: dir,
            lock: Some(lock),
        })
    }

    /// Remove crash leftovers from `tmp/`: entries whose writer no longer holds their flock.
    /// Call with the store lock held, on mutation paths only.
    pub fn sweep_tmp(&self) -> Result<()> {
        let tmp = self.tmp_dir();
        let entries = match std::fs::read_dir(&tmp) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(StoreError::io(&tmp, e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| StoreError::io(&tmp, e))?;
            let path = entry.path();
            let Ok(meta) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            let young = meta
                .modified()
                .ok()
                .and_then(|m| SystemTime::now().duration_since(m).ok())
                .is_none_or(|age| age < SWEEP_MIN_AGE);
            if young {
                continue;
            }
            if meta.is_dir() {
                let Ok(f) = File::open(&path) else { continue };
                if f.try_lock().is_err() {
                    continue; // a live writer
                }
                log::debug!("sweeping crash leftover {}", path.display());
                if let Err(e) = std::fs::remove_dir_all(&path) {
                    log::debug!("sweeping {}: {e}", path.display());
                }
            } else {
                let _ = std::fs::remove_file(&path);
            }
        }
        Ok(())
    }

    pub fn blob_path(&self, digest: &str) -> Result<PathBuf> {
        Ok(self.blobs_dir().join(digest_hex(digest)?))
    }

    pub fn has_blob(&self, digest: &str) -> bool {
        self.blob_path(digest).is_ok_and(|p| p.is_file())
    }

    /// Stream `reader` into the store. With `expected`, a digest mismatch is an error and
    /// leaves nothing behind. Returns the blob's digest.
    pub fn put_blob(&self, reader: impl Read, expected: Option<&str>) -> Result<String> {
        if let Some(d) = expected {
            digest_hex(d)?;
        }
        let staging = self.staging("blob")?;
        let tmp = staging.path().join("data");
        let mut file = File::create(&tmp).map_err(|e| StoreError::io(&tmp, e))?;
        let mut hashing = HashingReader::new(reader);
        io::copy(&mut hashing, &mut file).map_err(|e| StoreError::io(&tmp, e))?;
        file.flush().map_err(|e| StoreError::io(&tmp, e))?;
        file.sync_all().map_err(|e| StoreError::io(&tmp, e))?;
        let (digest, _) = hashing.finish().map_err(|e| StoreError::io(&tmp, e))?;
        if let Some(want) = expected
            && want != digest
        {
            return Err(StoreError::Invalid(format!(
                "blob digest mismatch: expected {want}, got {digest}"
            )));
        }
        let dest = self.blob_path(&digest)?;
        std::fs::rename(&tmp, &dest).map_err(|e| StoreError::io(&dest, e))?;
        super::atomic::sync_dir(&self.blobs_dir())?;
        Ok(digest)
    }

    pub fn put_blob_bytes(&self, data: &[u8]) -> Result<String> {
        self.put_blob(data, Some(&sha256_digest(data)))
    }

    pub fn read_blob(&self, digest: &str) -> Result<Vec<u8>> {
        let path = self.blob_path(digest)?;
        std::fs::read(&path).map_err(|e| StoreError::io(&path, e))
    }

    /// Remove a blob; a missing one is not an error.
    pub fn remove_blob(&self, digest: &str) -> Result<()> {
        let path = self.blob_path(digest)?;
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(StoreError::io(&path, e)),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let d = tempfile::tempdir().unwrap();
        let s = Store::open(&d.path().join("root"), &d.path().join("run")).unwrap();
        (d, s)
    }

    #[test]
    fn put_and_read_blob() {
        let (_d, s) = store();
        let digest = s.put_blob_bytes(b"hello").unwrap();
        assert_eq!(digest, sha256_digest(b"hello"));
        assert_eq!(s.read_blob(&digest).unwrap(), b"hello");
        assert!(s.has_blob(&digest));
        assert_eq!(std::fs::read_dir(s.tmp_dir()).unwrap().count(), 0);
    }

    #[test]
    fn mismatch_leaves_nothing() {
        let (_d, s) = store();
        let wrong = sha256_digest(b"other");
        let err = s.put_blob(&b"hello"[..], Some(&wrong)).unwrap_err();
        assert!(err.to_string().contains("digest mismatch"), "{err}");
        assert_eq!(std::fs::read_dir(s.blobs_dir()).unwrap().count(), 0);
        assert_eq!(std::fs::read_dir(s.tmp_dir()).unwrap().count(), 0);
    }

    #[test]
    fn bad_digest_rejected() {
        assert!(digest_hex("sha256:abc").is_err());
        assert!(digest_hex("md5:00").is_err());
        assert!(digest_hex(&sha256_digest(b"")).is_ok());
    }

    #[test]
    fn sweep_keeps_locked_and_removes_dead() {
        let (_d, s) = store();
        let live = s.staging("layer").unwrap();
        let dead = s.tmp_dir().join("layer-dead");
        std::fs::create_dir(&dead).unwrap();
        let old = SystemTime::now() - Duration::from_secs(3600);
        for p in [live.path(), dead.as_path()] {
            File::open(p).unwrap().set_modified(old).unwrap();
        }
        s.sweep_tmp().unwrap();
        assert!(live.path().exists());
        assert!(!dead.exists());
    }
}
