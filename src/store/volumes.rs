//! Volumes: directories that outlive containers. `volumes/<name>/_data` holds the files
//! and `volumes/<name>/volume.json` the record. A volume is made in a staging dir in
//! `tmp/` (data dir and record) and renamed into place, so it exists whole or not at all;
//! removal renames it into `tmp/` first. Changes happen under the store lock.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Result, Store, StoreError, atomic};

/// A volume's record, as `volume inspect` shows it (Mountpoint and Scope are derived).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VolumeRecord {
    pub name: String,
    pub driver: String,
    pub created_at: jiff::Timestamp,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// `--opt` as given (`type`, `device`, `o`).
    #[serde(default)]
    pub options: BTreeMap<String, String>,
    /// Made for one container (`-v /p`, an image VOLUME), not by name.
    #[serde(default)]
    pub anonymous: bool,
}

impl VolumeRecord {
    /// A new record of the local driver.
    pub fn new(name: &str, anonymous: bool) -> VolumeRecord {
        VolumeRecord {
            name: name.to_owned(),
            driver: "local".to_owned(),
            created_at: jiff::Timestamp::now(),
            labels: BTreeMap::new(),
            options: BTreeMap::new(),
            anonymous,
        }
    }

    /// `--opt type=none,o=bind,device=PATH`: the volume is that host directory.
    pub fn bind_device(&self) -> Option<&str> {
        let bind = self
            .options
            .get("o")
            .is_some_and(|o| o.split(',').any(|x| x == "bind" || x == "rbind"));
        (bind && self.options.get("type").is_none_or(|t| t == "none"))
            .then(|| self.options.get("device").map(String::as_str))
            .flatten()
    }
}

const CLAIM_PREFIX: &str = "claim-";

/// A create's hold on a volume (see [`Store::ensure_volume_claimed`]); let go on drop.
#[derive(Debug)]
pub struct VolumeClaim(PathBuf);

impl Drop for VolumeClaim {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// docker's volume name rule: `[a-zA-Z0-9][a-zA-Z0-9_.-]*`, at most 255 bytes. Every name
/// that reaches a path is checked here, so `/`, `..` and NUL never do.
pub fn validate_name(name: &str) -> Result<()> {
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphanumeric());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    if !first_ok || !rest_ok || name.len() > 255 {
        return Err(StoreError::Invalid(format!(
            "invalid volume name {:?}: only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed",
            name
        )));
    }
    Ok(())
}

/// A new anonymous volume name: 64 hex digits, as docker's.
pub fn anonymous_name() -> Result<String> {
    let mut buf = [0u8; 32];
    rustix::rand::getrandom(&mut buf, rustix::rand::GetRandomFlags::empty())
        .map_err(|e| StoreError::io(Path::new("getrandom"), e.into()))?;
    Ok(hex::encode(buf))
}

impl Store {
    pub fn volumes_dir(&self) -> PathBuf {
        self.root.join("volumes")
    }

    fn volume_dir(&self, name: &str) -> Result<PathBuf> {
        validate_name(name)?;
        Ok(self.volumes_dir().join(name))
    }

    /// Where a volume's files are: its `_data` dir (or its bind device).
    pub fn volume_mountpoint(&self, rec: &VolumeRecord) -> PathBuf {
        match rec.bind_device() {
            Some(d) => PathBuf::from(d),
            None => self.volumes_dir().join(&rec.name).join("_data"),
        }
    }

    /// The volume called `name`.
    pub fn volume(&self, name: &str) -> Result<VolumeRecord> {
        let path = self.volume_dir(name)?.join("volume.json");
        match std::fs::symlink_metadata(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err(StoreError::NotFound(format!("no such volume: {name}")))
            }
            _ => atomic::read_json(&path),
        }
    }

    /// Every volume, by name.
    pub fn volumes(&self) -> Result<Vec<VolumeRecord>> {
        let dir = self.volumes_dir();
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(StoreError::io(&dir, e)),
        };
        let mut out = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| StoreError::io(&dir, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if validate_name(&name).is_err() {
                continue;
            }
            match self.volume(&name) {
                Ok(v) => out.push(v),
                Err(StoreError::NotFound(_)) => {}
                Err(e) => return Err(e),
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    /// Make a volume; an existing one of that name is a conflict.
    pub fn create_volume(&self, rec: &VolumeRecord) -> Result<()> {
        let _lock = self.lock()?;
        self.create_volume_locked(rec)
    }

    /// The volume `name`, made (with `anonymous`) when it does not exist yet; `true` when
    /// it was made now.
    pub fn ensure_volume(&self, name: &str, anonymous: bool) -> Result<(VolumeRecord, bool)> {
        self.ensure_volume_claimed(name, anonymous)
            .map(|(rec, made, _)| (rec, made))
    }

    /// [`Store::ensure_volume`], with a claim on it made under the same lock: a container
    /// being created holds it until its record exists, so a prune or `volume rm`
    /// meanwhile (which see no user yet) leaves the volume alone.
    pub fn ensure_volume_claimed(
        &self,
        name: &str,
        anonymous: bool,
    ) -> Result<(VolumeRecord, bool, VolumeClaim)> {
        let _lock = self.lock()?;
        let (rec, made) = match self.volume(name) {
            Ok(v) => (v, false),
            Err(StoreError::NotFound(_)) => {
                let rec = VolumeRecord::new(name, anonymous);
                self.create_volume_locked(&rec)?;
                (rec, true)
            }
            Err(e) => return Err(e),
        };
        let path = self
            .volume_dir(name)?
            .join(format!("{CLAIM_PREFIX}{}", std::process::id()));
        std::fs::File::create(&path).map_err(|e| StoreError::io(&path, e))?;
        Ok((rec, made, VolumeClaim(path)))
    }

    /// Whether a live process holds a claim on volume `name` (stale claims of dead
    /// processes do not count).
    pub fn volume_claimed(&self, name: &str) -> bool {
        let Ok(entries) = self
            .volume_dir(name)
            .and_then(|d| std::fs::read_dir(&d).map_err(|e| StoreError::io(&d, e)))
        else {
            return false;
        };
        entries.flatten().any(|e| {
            let name = e.file_name();
            let pid = name.to_str().and_then(|n| n.strip_prefix(CLAIM_PREFIX));
            pid.and_then(|p| p.parse::<u32>().ok())
                .is_some_and(|p| Path::new(&format!("/proc/{p}")).exists())
        })
    }

    fn create_volume_locked(&self, rec: &VolumeRecord) -> Result<()> {
        let dest = self.volume_dir(&rec.name)?;
        if std::fs::symlink_metadata(&dest).is_ok() {
            return Err(StoreError::Conflict(format!(
                "volume {} already exists",
                rec.name
            )));
        }
        let parent = self.volumes_dir();
        if !parent.is_dir() {
            std::fs::create_dir_all(&parent).map_err(|e| StoreError::io(&parent, e))?;
        }
        let staging = self.staging("volume")?;
        let data = staging.path().join("_data");
        std::fs::create_dir(&data).map_err(|e| StoreError::io(&data, e))?;
        set_mode(&data, 0o755)?;
        atomic::write_json(&staging.path().join("volume.json"), rec)?;
        staging.commit_to(&dest)?;
        atomic::sync_dir(&parent)?;
        self.emit(super::events::Event::new("volume", "create", &rec.name).attr("driver", "local"));
        Ok(())
    }

    /// Remove a volume and its files. The caller checks that no container uses it.
    pub fn remove_volume(&self, name: &str) -> Result<()> {
        let lock = self.lock()?;
        self.remove_volume_locked(&lock, name)
    }

    /// [`Store::remove_volume`] under the store lock the caller holds (and decided under:
    /// a container being created holds it until its record is written).
    pub fn remove_volume_locked(&self, _held: &super::StoreLock, name: &str) -> Result<()> {
        let dir = self.volume_dir(name)?;
        if std::fs::symlink_metadata(dir.join("volume.json")).is_err() {
            return Err(StoreError::NotFound(format!("no such volume: {name}")));
        }
        self.remove_tree_via_tmp(&dir)?;
        self.emit(super::events::Event::new("volume", "destroy", name));
        Ok(())
    }

    /// The names of the volumes the stored containers use, each with the containers.
    pub fn volume_users(&self) -> Result<BTreeMap<String, Vec<String>>> {
        Ok(volume_users_of(&self.containers()?))
    }

    /// Take the anonymous volumes of a removed container that no other container uses out
    /// of the store (renamed into `tmp/`); returns what is left to delete. The caller
    /// holds the store lock and has taken the container out of the listings already.
    pub(crate) fn detach_anonymous_volumes(
        &self,
        rec: &super::containers::ContainerRecord,
    ) -> Result<Vec<PathBuf>> {
        let anonymous: Vec<&str> = (rec.spec.mounts.iter())
            .filter_map(|m| m.volume.as_ref())
            .filter(|v| v.anonymous && !v.name.is_empty())
            .map(|v| v.name.as_str())
            .collect();
        if anonymous.is_empty() {
            return Ok(Vec::new());
        }
        let users = self.volume_users()?;
        let mut doomed = Vec::new();
        for name in anonymous {
            if users
                .get(name)
                .is_some_and(|u| u.iter().any(|id| id != &rec.id))
            {
                continue;
            }
            let Ok(dir) = self.volume_dir(name) else {
                continue;
            };
            let grave = self.tmp_dir().join(format!("del-volume-{name}"));
            match std::fs::rename(&dir, &grave) {
                Ok(()) => {
                    self.emit(super::events::Event::new("volume", "destroy", name));
                    doomed.push(grave)
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(StoreError::io(&dir, e)),
            }
        }
        Ok(doomed)
    }

    /// Remove the anonymous volumes of a removed container that no other one uses
    /// (`rm -v`).
    pub fn remove_anonymous_volumes(&self, rec: &super::containers::ContainerRecord) -> Result<()> {
        let doomed = {
            let _lock = self.lock()?;
            self.detach_anonymous_volumes(rec)?
        };
        for p in doomed {
            super::containers::remove_tree(&p)?;
        }
        Ok(())
    }

    /// Replace a volume's data dir by `staged` (a tree made in `tmp/`) when the data dir
    /// is still empty; `false` (and `staged` left to its owner) when it is not.
    pub fn fill_volume(&self, name: &str, staged: &Path) -> Result<bool> {
        let data = self.volume_dir(name)?.join("_data");
        // rename(2) replaces an empty directory and refuses a non-empty one: a writer that
        // got there first wins, and a reader never sees a half-filled volume.
        match std::fs::rename(staged, &data) {
            Ok(()) => {
                atomic::sync_dir(data.parent().unwrap_or(&data))?;
                Ok(true)
            }
            Err(e) if matches!(e.raw_os_error(), Some(libc::ENOTEMPTY | libc::EEXIST)) => Ok(false),
            Err(e) => Err(StoreError::io(&data, e)),
        }
    }
}

/// The volumes `containers` use, each with the ids of its users.
pub fn volume_users_of(
    containers: &[super::containers::ContainerRecord],
) -> BTreeMap<String, Vec<String>> {
    let mut users: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for c in containers {
        for m in &c.spec.mounts {
            if let Some(v) = &m.volume {
                users.entry(v.name.clone()).or_default().push(c.id.clone());
            }
        }
    }
    users
}

/// Whether the directory `dir` holds nothing (a missing one counts as empty).
pub fn is_empty_dir(dir: &Path) -> bool {
    std::fs::read_dir(dir).map_or(true, |mut d| d.next().is_none())
}

fn set_mode(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| StoreError::io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let t = tempfile::tempdir().unwrap();
        let s = Store::open(&t.path().join("root"), &t.path().join("run")).unwrap();
        (t, s)
    }

    #[test]
    fn names_follow_the_rule() {
        for ok in ["a", "data", "my_vol.1-x", "0", &"a".repeat(255)] {
            assert!(validate_name(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            ".",
            "..",
            "-a",
            "_a",
            ".a",
            "a/b",
            "../x",
            "a\0b",
            "a b",
            "é",
            &"a".repeat(256),
        ] {
            assert!(validate_name(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn create_list_remove() {
        let (_t, s) = store();
        assert!(s.volumes().unwrap().is_empty());
        s.create_volume(&VolumeRecord::new("b", false)).unwrap();
        let (a, made) = s.ensure_volume("a", true).unwrap();
        assert!(made && a.anonymous);
        assert!(!s.ensure_volume("a", false).unwrap().1);
        assert!(matches!(
            s.create_volume(&VolumeRecord::new("a", false)),
            Err(StoreError::Conflict(_))
        ));
        let names: Vec<_> = s.volumes().unwrap().into_iter().map(|v| v.name).collect();
        assert_eq!(names, ["a", "b"]);
        assert!(s.volume_mountpoint(&a).is_dir());
        s.remove_volume("a").unwrap();
        assert!(matches!(s.volume("a"), Err(StoreError::NotFound(_))));
        assert!(matches!(s.remove_volume("a"), Err(StoreError::NotFound(_))));
        assert!(matches!(s.volume("../a"), Err(StoreError::Invalid(_))));
        assert_eq!(std::fs::read_dir(s.tmp_dir()).unwrap().count(), 0);
    }

    #[test]
    fn filling_replaces_only_an_empty_data_dir() {
        let (_t, s) = store();
        let (v, _) = s.ensure_volume("v", false).unwrap();
        let staged = s.tmp_dir().join("fill");
        std::fs::create_dir(&staged).unwrap();
        std::fs::write(staged.join("f"), "1").unwrap();
        assert!(s.fill_volume("v", &staged).unwrap());
        assert!(s.volume_mountpoint(&v).join("f").is_file());
        let again = s.tmp_dir().join("fill2");
        std::fs::create_dir(&again).unwrap();
        assert!(!s.fill_volume("v", &again).unwrap());
    }
}
