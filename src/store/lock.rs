//! Store-wide mutation lock (flock on `<root>/lock`). Readers take no lock: every record is
//! replaced atomically. Lock order: take the store lock before any per-container lock.

use std::fs::{File, OpenOptions};
use std::path::Path;

use super::{Result, StoreError};

/// Held for the duration of a mutation; released on drop.
#[derive(Debug)]
pub struct StoreLock {
    file: File,
}

impl Drop for StoreLock {
    fn drop(&mut self) {
        // Unlocked explicitly, not by the close: a child cloned meanwhile holds a copy of
        // the descriptor until it execs, and a flock lasts while any copy is open.
        let _ = self.file.unlock();
    }
}

impl StoreLock {
    pub fn acquire(path: &Path) -> Result<StoreLock> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(|e| StoreError::io(path, e))?;
        file.lock().map_err(|e| StoreError::io(path, e))?;
        Ok(StoreLock { file })
    }
}
