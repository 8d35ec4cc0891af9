//! Container records: `containers/<id>/container.json` (config and the last known exit),
//! names claimed as symlinks in `container-names/`, and the per-container run lock in the
//! runtime dir whose holder is the process that owns the running container.
//!
//! Liveness never comes from a stored flag alone: a container is running exactly while its
//! run lock is held, so a killed owner can never leave a container shown as "running".
//!
//! The run lock is an open file description lock (`fcntl(F_OFD_SETLK)`): like `flock` it
//! belongs to the open file (a forked monitor inherits it, death releases it), and unlike
//! `flock` the kernel can be asked whether it is held (`F_OFD_GETLK`) without taking it,
//! so `ps` and `inspect` never make a concurrent `start` see "already running".

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Result, Store, StoreError, StoreLock, atomic};

/// The stored record of one container. Field names follow docker's inspect output.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ContainerRecord {
    pub id: String,
    pub name: String,
    pub created: jiff::Timestamp,
    /// Image id (`sha256:<hex>`).
    pub image: String,
    /// The image reference as the user gave it.
    pub image_name: String,
    /// How the root filesystem is assembled: "overlay" or "copy".
    pub driver: String,
    pub spec: crate::spec::ContainerSpec,
    #[serde(default)]
    pub last: LastRun,
}

/// What the most recent run left behind.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LastRun {
    pub started_at: Option<jiff::Timestamp>,
    pub finished_at: Option<jiff::Timestamp>,
    pub exit_code: Option<i32>,
    /// Set when berth could not start the command (shown as docker's State.Error).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub error: String,
    /// How often the monitor restarted the command under the restart policy.
    #[serde(default)]
    pub restart_count: u32,
    /// The last run ended through `stop`/`kill` (unless-stopped stays down after a reboot).
    #[serde(default)]
    pub stopped_by_user: bool,
    /// The kernel's OOM killer killed a process of the container (docker's State.OOMKilled).
    #[serde(default)]
    pub oom_killed: bool,
}

/// Runtime facts about a running container, kept under the runtime dir (gone after reboot).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RunState {
    /// The container init's pid; 0 while the monitor waits to restart it.
    pub pid: i32,
    pub started_at: jiff::Timestamp,
    /// The monitor's pid (0 when the foreground berth process is the parent).
    #[serde(default)]
    pub monitor: i32,
    #[serde(default)]
    pub restarting: bool,
    #[serde(default)]
    pub restart_count: u32,
    /// `pause` froze the container's cgroup (cleared by `unpause` and with every new run).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub paused: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Created,
    Running,
    Exited,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Created => "created",
            Status::Running => "running",
            Status::Exited => "exited",
        }
    }
}

/// Held by the process that runs a container, for as long as the container runs.
#[derive(Debug)]
pub struct RunLock {
    file: File,
}

impl RunLock {
    /// Leave the exit status in the lock file just before letting go of it. A `wait` that
    /// blocks on the lock holds the file open, so it can read the status even after an
    /// `--rm` container's record (and the lock file's name) are gone.
    pub fn leave_exit_code(&self, code: i32) {
        use std::os::unix::fs::FileExt;
        // Fixed width: overwrites any earlier status without a truncate.
        if let Err(e) = self.file.write_at(format!("{code:<11}\n").as_bytes(), 0) {
            log::debug!("leaving the exit status in the run lock: {e}");
        }
    }
}

/// A container whose name and directory exist but whose record is not written yet (see
/// [`Store::begin_container`]). Holds the store lock; dropped without a commit, it gives
/// the name and the directory back.
#[derive(Debug)]
pub struct PendingContainer {
    record: PathBuf,
    dir: PathBuf,
    link: PathBuf,
    /// The store lock, and any lock the creator must hold until the record exists.
    locks: Vec<StoreLock>,
    committed: bool,
}

impl PendingContainer {
    /// Keep `lock` until the record is written (e.g. the id-range lock of `--userns=auto`).
    pub fn hold(&mut self, lock: StoreLock) {
        self.locks.push(lock);
    }

    /// Write the record and let go of the locks.
    pub fn commit(mut self, rec: &ContainerRecord) -> Result<()> {
        atomic::write_json(&self.record, rec)?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for PendingContainer {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
            let _ = std::fs::remove_file(&self.link);
        }
        // The store lock goes last, after the cleanup it guards.
        while let Some(lock) = self.locks.pop() {
            drop(lock);
        }
    }
}

impl Store {
    pub fn container_dir(&self, id: &str) -> PathBuf {
        self.containers_dir().join(id)
    }

    fn record_path(&self, id: &str) -> PathBuf {
        self.container_dir(id).join("container.json")
    }

    fn run_lock_path(&self, id: &str) -> PathBuf {
        self.runroot.join(format!("{id}.lock"))
    }

    fn run_state_path(&self, id: &str) -> PathBuf {
        self.runroot.join(format!("{id}.json"))
    }

    /// Create a container: claim its name, make its directory and write its record.
    /// Either all of it exists afterwards or none of it does.
    pub fn create_container(&self, rec: &ContainerRecord) -> Result<()> {
        self.begin_container(rec)?.commit(rec)
    }

    /// The first half of [`Store::create_container`]: claim the name and make the
    /// directory, keeping the store lock until [`PendingContainer::commit`] writes the
    /// record. `run` starts the container meanwhile, so the record's fsyncs overlap the
    /// start instead of preceding it; an `rmi` waits on the lock, so it never sees the
    /// image unused.
    pub fn begin_container(&self, rec: &ContainerRecord) -> Result<PendingContainer> {
        let lock = self.lock()?;
        // rmi checks for users under this lock: once our record exists the image is safe,
        // but it may have gone between resolving it and taking the lock.
        self.image_by_id(&rec.image)?;
        let link = self.claim_name(&rec.name, &rec.id)?;
        let dir = self.container_dir(&rec.id);
        if let Err(e) = std::fs::create_dir(&dir) {
            let _ = std::fs::remove_file(&link);
            return Err(StoreError::io(&dir, e));
        }
        Ok(PendingContainer {
            record: self.record_path(&rec.id),
            dir,
            link,
            locks: vec![lock],
            committed: false,
        })
    }

    /// Replace a container's record (state after a run, a rename).
    pub fn save_container(&self, rec: &ContainerRecord) -> Result<()> {
        atomic::write_json(&self.record_path(&rec.id), rec)
    }

    /// Change a stored record under the store lock: read, modify, replace. Writers that
    /// may race (the monitor recording an exit, `rename`) never lose each other's change.
    pub fn update_container(
        &self,
        id: &str,
        change: impl FnOnce(&mut ContainerRecord) -> Result<()>,
    ) -> Result<ContainerRecord> {
        let _lock = self.lock()?;
        let mut rec = self.load_container(id)?;
        change(&mut rec)?;
        atomic::write_json(&self.record_path(id), &rec)?;
        Ok(rec)
    }

    /// Give a container a new name: the new name is claimed first, so a name in use is
    /// refused and nothing changes.
    pub fn rename_container(&self, id: &str, new_name: &str) -> Result<ContainerRecord> {
        let names = self.container_names_dir();
        let _lock = self.lock()?;
        let mut rec = self.load_container(id)?;
        let link = self.claim_name(new_name, &rec.id)?;
        let old = std::mem::replace(&mut rec.name, new_name.to_string());
        if let Err(e) = atomic::write_json(&self.record_path(id), &rec) {
            let _ = std::fs::remove_file(&link);
            return Err(e);
        }
        let old_link = names.join(&old);
        if std::fs::read_link(&old_link).is_ok_and(|t| t.as_os_str() == rec.id.as_str()) {
            let _ = std::fs::remove_file(&old_link);
        }
        Ok(rec)
    }

    /// Make the name link `name` -> `id`; the caller holds the store lock. A link to a
    /// container that no longer exists (removed with its name to be released by a
    /// background remover, see [`Store::detach_container_keeping_name`]) is taken over.
    fn claim_name(&self, name: &str, id: &str) -> Result<PathBuf> {
        let link = self.container_names_dir().join(name);
        for _ in 0..2 {
            let e = match std::os::unix::fs::symlink(id, &link) {
                Ok(()) => return Ok(link),
                Err(e) => e,
            };
            if e.kind() != std::io::ErrorKind::AlreadyExists {
                return Err(StoreError::io(&link, e));
            }
            let holder = std::fs::read_link(&link)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            if holder.is_empty() || self.container_dir(&holder).exists() {
                return Err(StoreError::Conflict(format!(
                    "the container name \"/{name}\" is already in use by container \
                     \"{holder}\"; remove or rename that container to reuse the name"
                )));
            }
            std::fs::remove_file(&link).map_err(|e| StoreError::io(&link, e))?;
        }
        Err(StoreError::Conflict(format!(
            "the container name \"/{name}\" is being claimed concurrently"
        )))
    }

    /// Remove the name link `name` if it still points at `id` (the deferred half of
    /// [`Store::detach_container_keeping_name`]).
    pub fn release_name(&self, name: &str, id: &str) -> Result<()> {
        let _lock = self.lock()?;
        let link = self.container_names_dir().join(name);
        if std::fs::read_link(&link).is_ok_and(|t| t.as_os_str() == id) {
            std::fs::remove_file(&link).map_err(|e| StoreError::io(&link, e))?;
        }
        Ok(())
    }

    pub fn load_container(&self, id: &str) -> Result<ContainerRecord> {
        atomic::read_json(&self.record_path(id))
    }

    /// All container ids, unordered.
    pub fn container_ids(&self) -> Result<Vec<String>> {
        let dir = self.containers_dir();
        let mut ids = Vec::new();
        for entry in std::fs::read_dir(&dir).map_err(|e| StoreError::io(&dir, e))? {
            let entry = entry.map_err(|e| StoreError::io(&dir, e))?;
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit()) {
                ids.push(name.into_owned());
            }
        }
        Ok(ids)
    }

    /// All container records; records that vanish mid-listing (removed meanwhile) are skipped.
    pub fn containers(&self) -> Result<Vec<ContainerRecord>> {
        let mut out = Vec::new();
        for id in self.container_ids()? {
            match self.load_container(&id) {
                Ok(rec) => out.push(rec),
                Err(StoreError::Io { source, .. })
                    if source.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
        Ok(out)
    }

    /// Find a container by full id, name, or unique id prefix, as docker does.
    pub fn find_container(&self, key: &str) -> Result<ContainerRecord> {
        let not_found = || StoreError::NoSuchContainer(key.to_owned());
        if key.is_empty() || key.contains('/') || key.starts_with('.') {
            return Err(not_found());
        }
        let name_link = self.container_names_dir().join(key.trim_start_matches('/'));
        if let Ok(id) = std::fs::read_link(&name_link) {
            // A stale link (its container removed, the link not yet) names nothing.
            return self
                .load_container(&id.to_string_lossy())
                .map_err(|e| match e {
                    StoreError::Io { source, .. }
                        if source.kind() == std::io::ErrorKind::NotFound =>
                    {
                        not_found()
                    }
                    e => e,
                });
        }
        if key.len() == 64 {
            return self.load_container(key).map_err(|_| not_found());
        }
        let matches: Vec<String> = self
            .container_ids()?
            .into_iter()
            .filter(|id| id.starts_with(key))
            .collect();
        match matches.as_slice() {
            [id] => self.load_container(id),
            [] => Err(not_found()),
            _ => Err(StoreError::Conflict(format!(
                "multiple containers match the id prefix {key}; give more characters"
            ))),
        }
    }

    /// Ids of containers created from this image.
    pub fn containers_using_image(&self, image_id: &str) -> Result<Vec<String>> {
        Ok(self
            .containers()?
            .into_iter()
            .filter(|c| c.image == image_id)
            .map(|c| c.id)
            .collect())
    }

    /// Remove a container's record, directory and name, all before returning.
    pub fn delete_container(&self, rec: &ContainerRecord) -> Result<()> {
        for path in self.detach_container(rec)? {
            remove_tree(&path)?;
        }
        Ok(())
    }

    /// Remove a container from the store's view at once (its directory is renamed to a
    /// dot-name that listings ignore, its name is released) and return what is left to
    /// delete physically, which the caller may do later. The caller holds the run lock, so
    /// the container cannot be started meanwhile. Leftovers of an interrupted deletion are
    /// found again by [`Store::doomed_leftovers`].
    pub fn detach_container(&self, rec: &ContainerRecord) -> Result<Vec<PathBuf>> {
        let paths = self.detach_container_keeping_name(rec)?;
        self.release_name(&rec.name, &rec.id)?;
        Ok(paths)
    }

    /// [`Store::detach_container`] without releasing the name: the container is gone from
    /// every listing and lookup at once, and its name is free to claim (a link to a missing
    /// container is stale), but the link itself is left for [`Store::release_name`] in a
    /// background remover: an unlink costs a millisecond on some disks, and `run --rm`
    /// returns right after this.
    pub fn detach_container_keeping_name(&self, rec: &ContainerRecord) -> Result<Vec<PathBuf>> {
        let _lock = self.lock()?;
        let dir = self.container_dir(&rec.id);
        let doomed = self.containers_dir().join(format!(".rm-{}", rec.id));
        match std::fs::rename(&dir, &doomed) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::io(&dir, e)),
        }
        let mut paths = vec![
            doomed,
            self.run_state_path(&rec.id),
            self.run_lock_path(&rec.id),
        ];
        // `run --rm` takes its anonymous volumes along, as docker does.
        if rec.spec.auto_remove {
            paths.extend(self.detach_anonymous_volumes(rec)?);
        }
        Ok(paths)
    }

    /// Directories of removed containers whose deletion never finished.
    pub fn doomed_leftovers(&self) -> Vec<PathBuf> {
        let Ok(rd) = std::fs::read_dir(self.containers_dir()) else {
            return Vec::new();
        };
        rd.flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(".rm-"))
            .map(|e| e.path())
            .collect()
    }

    /// Take the run lock without waiting; `None` when another process holds it (the
    /// container is running).
    pub fn try_run_lock(&self, id: &str) -> Result<Option<RunLock>> {
        let path = self.run_lock_path(id);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| StoreError::io(&path, e))?;
        // A `wait` holds a read lock for a moment after the owner let go (to read the
        // exit status): only a write lock means the container runs.
        for _ in 0..100 {
            match crate::sys::fd::ofd_lock(&file, libc::F_OFD_SETLK, libc::F_WRLCK) {
                Ok(_) => return Ok(Some(RunLock { file })),
                Err(e) if !is_conflict(&e) => return Err(StoreError::io(&path, e)),
                Err(_) if write_locked(&file).map_err(|e| StoreError::io(&path, e))? => {
                    return Ok(None);
                }
                Err(_) => std::thread::sleep(std::time::Duration::from_micros(200)),
            }
        }
        Ok(None)
    }

    /// Block until no process holds the container's run lock (the container stopped);
    /// then the exit status its owner left in the lock file (see
    /// [`RunLock::leave_exit_code`]), if any.
    pub fn wait_run_lock(&self, id: &str) -> Result<Option<i32>> {
        use std::io::Read;
        let path = self.run_lock_path(id);
        let Ok(mut file) = File::open(&path) else {
            return Ok(None);
        };
        // Shared: two waiters never keep each other waiting.
        crate::sys::fd::ofd_lock(&file, libc::F_OFD_SETLKW, libc::F_RDLCK)
            .map_err(|e| StoreError::io(&path, e))?;
        let mut text = String::new();
        let _ = file.by_ref().take(64).read_to_string(&mut text);
        Ok(text.trim().parse().ok())
    }

    /// Whether the container's owner process is alive: its run lock is held. Asks the
    /// kernel; takes no lock itself.
    pub fn is_running(&self, id: &str) -> bool {
        let path = self.run_lock_path(id);
        let Ok(file) = File::open(&path) else {
            return false;
        };
        write_locked(&file).unwrap_or(false)
    }

    pub fn write_run_state(&self, id: &str, state: &RunState) -> Result<()> {
        // Runtime state lives on tmpfs and dies with a reboot: atomic, no fsync needed.
        let path = self.run_state_path(id);
        // A temp name per writer: `pause` and the monitor may write at once.
        let tmp = self
            .runroot
            .join(format!(".{id}.json.{}.tmp", std::process::id()));
        let data = serde_json::to_vec(state).map_err(|e| StoreError::Corrupt {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        std::fs::write(&tmp, data).map_err(|e| StoreError::io(&tmp, e))?;
        std::fs::rename(&tmp, &path).map_err(|e| StoreError::io(&path, e))
    }

    pub fn read_run_state(&self, id: &str) -> Option<RunState> {
        let data = std::fs::read(self.run_state_path(id)).ok()?;
        serde_json::from_slice(&data).ok()
    }

    pub fn clear_run_state(&self, id: &str) {
        let _ = std::fs::remove_file(self.run_state_path(id));
    }

    /// The container's status, derived from the run lock and the last run record.
    pub fn status(&self, rec: &ContainerRecord) -> Status {
        if self.is_running(&rec.id) {
            Status::Running
        } else if rec.last.started_at.is_some() || rec.last.finished_at.is_some() {
            Status::Exited
        } else {
            Status::Created
        }
    }
}

fn is_conflict(e: &std::io::Error) -> bool {
    matches!(e.raw_os_error(), Some(libc::EAGAIN | libc::EACCES))
}

/// Whether some open file holds a write lock on `file` (a read lock would conflict only
/// with one).
fn write_locked(file: &File) -> std::io::Result<bool> {
    let answer = crate::sys::fd::ofd_lock(file, libc::F_OFD_GETLK, libc::F_RDLCK)?;
    Ok(answer.l_type != libc::F_UNLCK as libc::c_short)
}

/// Remove a file or a directory tree that may hold read-only directories (a container's
/// upper dir). A missing path is not an error.
pub fn remove_tree(path: &Path) -> Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if !m.is_dir() => {
            return match std::fs::remove_file(path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(StoreError::io(path, e)),
                _ => Ok(()),
            };
        }
        Err(_) => return Ok(()),
        Ok(_) => {}
    }
    match std::fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            make_writable(path);
            std::fs::remove_dir_all(path).map_err(|e| StoreError::io(path, e))
        }
        Err(e) => Err(StoreError::io(path, e)),
    }
}

fn make_writable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return;
    };
    if meta.is_dir() {
        let mut perm = meta.permissions();
        perm.set_mode(perm.mode() | 0o700);
        let _ = std::fs::set_permissions(path, perm);
        if let Ok(rd) = std::fs::read_dir(path) {
            for e in rd.flatten() {
                make_writable(&e.path());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probing_liveness_never_takes_the_run_lock() {
        let t = tempfile::tempdir().unwrap();
        let store = Store::open(&t.path().join("root"), &t.path().join("run")).unwrap();
        let id = "a".repeat(64);
        assert!(!store.is_running(&id));
        let held = store.try_run_lock(&id).unwrap().expect("free");
        assert!(store.is_running(&id));
        assert!(store.try_run_lock(&id).unwrap().is_none(), "held twice");
        drop(held);
        assert!(!store.is_running(&id));
        // A prober racing with a starter: the starter always gets the free lock.
        let stop = std::sync::atomic::AtomicBool::new(false);
        std::thread::scope(|s| {
            s.spawn(|| {
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    std::hint::black_box(store.is_running(&id));
                }
            });
            for _ in 0..5000 {
                let lock = store.try_run_lock(&id).unwrap();
                assert!(lock.is_some(), "a probe made the lock look taken");
            }
            stop.store(true, std::sync::atomic::Ordering::Relaxed);
        });
    }

    #[test]
    fn a_waiter_gets_the_exit_status_left_in_the_lock() {
        let t = tempfile::tempdir().unwrap();
        let store = Store::open(&t.path().join("root"), &t.path().join("run")).unwrap();
        let id = "b".repeat(64);
        let lock = store.try_run_lock(&id).unwrap().unwrap();
        std::thread::scope(|s| {
            let waiter = s.spawn(|| store.wait_run_lock(&id).unwrap());
            std::thread::sleep(std::time::Duration::from_millis(50));
            lock.leave_exit_code(42);
            drop(lock);
            assert_eq!(waiter.join().unwrap(), Some(42));
        });
        // Free again for a start.
        assert!(store.try_run_lock(&id).unwrap().is_some());
    }
}
