//! Content digests of context files remembered by their status, so an unchanged context is
//! hashed by `fstat` alone on the next build.
//!
//! An entry is keyed by device and inode and trusted only while size, modification time and
//! change time (both to the nanosecond) are those recorded. The change time cannot be set by
//! a user (`touch -r` sets the modification time only), so a file rewritten with its old
//! size and time still misses. A file changed within [`RACY`] of being hashed is not
//! remembered: its next change could carry the same (coarse) timestamps.
//!
//! The file is text, one entry a line, under a version line; it is read with a size cap,
//! ignored whole when anything in it does not parse, and replaced atomically (rename) when
//! something was added, never when a build found everything in it. At most [`MAX_ENTRIES`]
//! are kept, those used by the last build first.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rustix::fs::Stat;

const VERSION: &str = "berth-build-stat-cache 1";
/// Entries kept; more than any context a build is expected to see.
pub const MAX_ENTRIES: usize = 200_000;
/// A change this recent may share its timestamp with the next one.
const RACY: Duration = Duration::from_millis(50);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    dev: u64,
    ino: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    size: u64,
    mtime: (i64, u64),
    ctime: (i64, u64),
    digest: [u8; 32],
    /// Looked up or added by this build: kept first when trimming.
    used: bool,
}

/// The cache of one build, loaded from and saved to one file.
#[derive(Debug, Default)]
pub struct StatCache {
    path: PathBuf,
    entries: HashMap<Key, Entry>,
    dirty: bool,
    /// Files answered from the cache / hashed, for the builder's log and for tests.
    pub hits: u64,
    pub misses: u64,
}

fn key(st: &Stat) -> Key {
    Key {
        dev: st.st_dev,
        ino: st.st_ino,
    }
}

// The nanosecond fields are unsigned on some targets, signed on others.
#[allow(clippy::unnecessary_cast)]
fn times(st: &Stat) -> ((i64, u64), (i64, u64)) {
    (
        (st.st_mtime, st.st_mtime_nsec as u64),
        (st.st_ctime, st.st_ctime_nsec as u64),
    )
}

impl StatCache {
    /// Load the cache at `path`; a missing, unreadable or corrupt file gives an empty one.
    pub fn load(path: &Path) -> StatCache {
        let mut cache = StatCache {
            path: path.to_path_buf(),
            ..Default::default()
        };
        match read(path) {
            Some(entries) => cache.entries = entries,
            None => log::debug!("build stat cache {}: starting empty", path.display()),
        }
        cache
    }

    /// The digest recorded for a file with this status, if it is still valid.
    pub fn get(&mut self, st: &Stat) -> Option<[u8; 32]> {
        let (mtime, ctime) = times(st);
        let e = self.entries.get_mut(&key(st))?;
        if e.size != st.st_size as u64 || e.mtime != mtime || e.ctime != ctime {
            return None;
        }
        e.used = true;
        self.hits += 1;
        Some(e.digest)
    }

    /// Remember `digest` for a file with status `st`, hashed just now.
    pub fn put(&mut self, st: &Stat, digest: [u8; 32]) {
        self.misses += 1;
        let (mtime, ctime) = times(st);
        let changed = SystemTime::UNIX_EPOCH
            + Duration::new(ctime.0.max(0) as u64, ctime.1.min(999_999_999) as u32);
        if SystemTime::now()
            .duration_since(changed)
            .is_ok_and(|age| age < RACY)
            || changed > SystemTime::now()
        {
            return;
        }
        self.entries.insert(
            key(st),
            Entry {
                size: st.st_size as u64,
                mtime,
                ctime,
                digest,
                used: true,
            },
        );
        self.dirty = true;
    }

    /// Write the cache back if this build added to it.
    pub fn save(&mut self) -> std::io::Result<()> {
        if !self.dirty {
            return Ok(());
        }
        let mut all: Vec<(&Key, &Entry)> = self.entries.iter().collect();
        // Used entries first, then the rest, in a stable order.
        all.sort_by_key(|(k, e)| (!e.used, k.dev, k.ino));
        all.truncate(MAX_ENTRIES);
        let mut text = String::with_capacity(all.len() * 110);
        text.push_str(VERSION);
        text.push('\n');
        for (k, e) in all {
            use std::fmt::Write as _;
            let _ = writeln!(
                text,
                "{} {} {} {} {} {} {} {}",
                k.dev,
                k.ino,
                e.size,
                e.mtime.0,
                e.mtime.1,
                e.ctime.0,
                e.ctime.1,
                hex::encode(e.digest)
            );
        }
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        // No fsync: a file lost in a crash is only a slower next build.
        let mut tmp = tempfile::Builder::new()
            .prefix(".tmp-stat-cache-")
            .tempfile_in(dir)?;
        tmp.write_all(text.as_bytes())?;
        tmp.persist(&self.path).map_err(|e| e.error)?;
        self.dirty = false;
        Ok(())
    }
}

/// The entries of the file at `path`, `None` when it is missing, too big or corrupt.
fn read(path: &Path) -> Option<HashMap<Key, Entry>> {
    let file = std::fs::File::open(path).ok()?;
    let cap = (MAX_ENTRIES as u64 + 1) * 160;
    let mut text = String::new();
    file.take(cap + 1).read_to_string(&mut text).ok()?;
    if text.len() as u64 > cap {
        return None;
    }
    let mut lines = text.lines();
    if lines.next()? != VERSION {
        return None;
    }
    let mut entries = HashMap::new();
    for line in lines {
        let f: Vec<&str> = line.split(' ').collect();
        let [dev, ino, size, ms, mn, cs, cn, digest] = f.as_slice() else {
            return None;
        };
        let digest: [u8; 32] = hex::decode(digest).ok()?.try_into().ok()?;
        entries.insert(
            Key {
                dev: dev.parse().ok()?,
                ino: ino.parse().ok()?,
            },
            Entry {
                size: size.parse().ok()?,
                mtime: (ms.parse().ok()?, mn.parse().ok()?),
                ctime: (cs.parse().ok()?, cn.parse().ok()?),
                digest,
                used: false,
            },
        );
    }
    if entries.len() > MAX_ENTRIES {
        return None;
    }
    Some(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stat(path: &Path) -> Stat {
        rustix::fs::stat(path).unwrap()
    }

    #[test]
    fn round_trips_and_rejects_what_changed() {
        let tmp = tempfile::tempdir().unwrap();
        let f = tmp.path().join("f");
        std::fs::write(&f, "content").unwrap();
        std::thread::sleep(RACY * 2);
        let file = tmp.path().join("cache/stat");
        let mut c = StatCache::load(&file);
        assert_eq!(c.get(&stat(&f)), None);
        c.put(&stat(&f), [7; 32]);
        c.save().unwrap();
        let mut c = StatCache::load(&file);
        assert_eq!(c.get(&stat(&f)), Some([7; 32]));
        assert_eq!(c.hits, 1);

        // Same size, modification time put back: the change time still differs.
        let before = stat(&f);
        std::fs::write(&f, "CONTENT").unwrap();
        let t = rustix::fs::Timestamps {
            last_access: rustix::fs::Timespec {
                tv_sec: before.st_atime,
                tv_nsec: before.st_atime_nsec as _,
            },
            last_modification: rustix::fs::Timespec {
                tv_sec: before.st_mtime,
                tv_nsec: before.st_mtime_nsec as _,
            },
        };
        rustix::fs::utimensat(rustix::fs::CWD, &f, &t, rustix::fs::AtFlags::empty()).unwrap();
        assert_eq!(stat(&f).st_mtime_nsec, before.st_mtime_nsec);
        assert_eq!(c.get(&stat(&f)), None);
    }

    #[test]
    fn racy_entries_are_not_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let f = tmp.path().join("f");
        std::fs::write(&f, "x").unwrap();
        let file = tmp.path().join("stat");
        let mut c = StatCache::load(&file);
        c.put(&stat(&f), [1; 32]);
        assert_eq!(c.get(&stat(&f)), None, "changed just now");
        c.save().unwrap();
        assert!(!file.exists(), "nothing to write");
    }

    #[test]
    fn corrupt_or_huge_files_are_ignored() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("stat");
        for bad in [
            "garbage\n",
            "berth-build-stat-cache 1\n1 2 3\n",
            "berth-build-stat-cache 1\n1 2 3 4 5 6 7 zz\n",
        ] {
            std::fs::write(&file, bad).unwrap();
            assert!(read(&file).is_none(), "{bad:?}");
            assert!(StatCache::load(&file).entries.is_empty());
        }
        let big = std::fs::File::create(&file).unwrap();
        big.set_len((MAX_ENTRIES as u64 + 2) * 160).unwrap();
        assert!(read(&file).is_none());
    }
}
