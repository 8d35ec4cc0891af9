//! Store-wide mutation lock (flock on `<root>/lock`). Readers take no lock: every record is
//! replaced atomically. Lock order: take the store lock before any per-container lock.

use std::cell::RefCell;
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use super::{Result, StoreError};

thread_local! {
    /// The lock files this thread holds. Taking one of them again nests: a second open
    /// file description would wait for the first forever (`run --rm` holds the store lock
    /// from the name claim to the record, and what it does meanwhile may lock the store).
    static HELD: RefCell<Vec<PathBuf>> = const { RefCell::new(Vec::new()) };
}

/// Held for the duration of a mutation; released on drop (by the outermost holder).
#[derive(Debug)]
pub struct StoreLock {
    /// `None` for a nested hold.
    file: Option<File>,
    path: PathBuf,
}

impl StoreLock {
    pub fn acquire(path: &Path) -> Result<StoreLock> {
        if HELD.with(|h| h.borrow().iter().any(|p| p == path)) {
            return Ok(StoreLock {
                file: None,
                path: path.to_owned(),
            });
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(|e| StoreError::io(path, e))?;
        file.lock().map_err(|e| StoreError::io(path, e))?;
        HELD.with(|h| h.borrow_mut().push(path.to_owned()));
        Ok(StoreLock {
            file: Some(file),
            path: path.to_owned(),
        })
    }
}

impl Drop for StoreLock {
    fn drop(&mut self) {
        let Some(file) = &self.file else {
            return;
        };
        // Unlocked explicitly, not by the close: a child cloned meanwhile holds a copy of
        // the descriptor until it execs, and a flock lasts while any copy is open.
        let _ = file.unlock();
        HELD.with(|h| h.borrow_mut().retain(|p| p != &self.path));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_acquire_does_not_wait_and_the_outer_hold_releases() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lock");
        let outer = StoreLock::acquire(&path).unwrap();
        let inner = StoreLock::acquire(&path).unwrap();
        drop(inner);
        // Still held: another open file description cannot take it.
        let other = File::open(&path).unwrap();
        assert!(other.try_lock().is_err());
        drop(outer);
        assert!(other.try_lock().is_ok());
    }
}
