//! What a container's [`Cgroup`] does once made: configure its limits and device rules,
//! place and freeze processes, read its figures, remove it.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use super::placement::{mkdir, move_until_settled, v1_controllers};
use super::{Cgroup, Request, Stats, devices, read_pids, v1, v2, write_file};
use crate::spec::resources::Resources;

impl Cgroup {
    fn dirs(&self) -> Vec<&Path> {
        let mut out: Vec<&Path> = self.unified.iter().map(PathBuf::as_path).collect();
        for d in self.v1.values() {
            if !out.contains(&d.as_path()) {
                out.push(d);
            }
        }
        out
    }

    pub fn exists(&self) -> bool {
        let dirs = self.dirs();
        !dirs.is_empty() && dirs.iter().all(|d| d.is_dir())
    }

    /// The v1 controllers the container has directories of its own in (on a hybrid host,
    /// those of the limits set; on a v1 host, all).
    pub fn v1_controllers(&self) -> Vec<String> {
        self.v1.keys().cloned().collect()
    }

    /// A path to show in messages and inspect.
    pub fn display_path(&self) -> String {
        self.unified
            .as_ref()
            .or_else(|| self.v1.get("memory"))
            .or_else(|| self.v1.values().next())
            .map(|d| d.display().to_string())
            .unwrap_or_default()
    }

    /// On a hybrid host, the container id: the name of its cgroup2 directory, and of its
    /// directory in every v1 hierarchy it joins.
    fn hybrid_id(&self) -> Option<String> {
        if self.v1_bases.is_empty() {
            return None;
        }
        let name = self.unified.as_ref()?.file_name()?;
        Some(name.to_string_lossy().into_owned())
    }

    /// The cgroup2 directory a new process can be born in (clone3 CLONE_INTO_CGROUP);
    /// [`Cgroup::place`] then adds it to the rest.
    pub fn birth_dir(&self) -> Option<&Path> {
        self.unified.as_deref()
    }

    /// Add container `id` to the v1 hierarchies `controllers` (from `v1_bases`) it is not
    /// in yet, moving its processes there when it already has some.
    pub(super) fn add_v1(&mut self, id: &str, controllers: &[&str]) -> anyhow::Result<()> {
        for ctrl in controllers {
            let Some(base) = self.v1_bases.get(*ctrl).cloned() else {
                bail!("the cgroup v1 controller {ctrl} is not mounted");
            };
            // Controllers mounted together (cpu,cpuacct) share one directory.
            let dir = base.join(id);
            if self.v1.contains_key(*ctrl) {
                continue;
            }
            if self.v1.values().any(|d| d == &dir) {
                self.v1.insert(ctrl.to_string(), dir);
                continue;
            }
            mkdir(&base)?;
            if *ctrl == "cpuset" {
                v1::init_cpuset(&base)?;
            }
            mkdir(&dir)?;
            self.v1.insert(ctrl.to_string(), dir.clone());
            if *ctrl == "cpuset" {
                v1::init_cpuset(&dir)?;
            }
            // cpu and cpuacct are often one hierarchy; record both names for it.
            for (other, other_base) in &self.v1_bases {
                if other_base == &base && !self.v1.contains_key(other) {
                    self.v1.insert(other.clone(), dir.clone());
                }
            }
            self.adopt(&dir)?;
        }
        Ok(())
    }

    /// Move the container's processes (listed in its cgroup2 directory) into the v1
    /// directory `dir`, until none is left behind by a fork in the meantime.
    fn adopt(&self, dir: &Path) -> anyhow::Result<()> {
        if self.unified.is_none() {
            return Ok(());
        }
        move_until_settled(&|| self.pids(), dir)
            .with_context(|| format!("moving the processes of {}", self.display_path()))
    }

    /// Set the limits and device rules of `req` on a cgroup [`create`] made. Before any
    /// process of the container runs its command: until then only berth's own code runs
    /// in the cgroup.
    pub fn configure(&mut self, req: &Request) -> anyhow::Result<()> {
        self.set(&req.resources)?;
        let Some(rules) = &req.device_rules else {
            return Ok(());
        };
        if let Some(d) = self.v1.get("devices") {
            return v1::set_devices(d, rules);
        }
        let Some(dir) = &self.unified else {
            return Ok(());
        };
        match devices::attach(dir, rules) {
            Ok(()) => Ok(()),
            // A kernel without cgroup BPF: the v1 devices controller, where there is one.
            Err(e) if self.v1_bases.contains_key("devices") => {
                log::debug!("device program refused ({e:#}); using the v1 devices controller");
                let id = self.hybrid_id().unwrap_or_default();
                self.add_v1(&id, &["devices"])?;
                v1::set_devices(&self.v1["devices"], rules)
            }
            Err(e) => Err(e),
        }
    }

    /// Apply the limits that are set (`berth update` on a running container, too). On a
    /// hybrid host a limit of a controller the container is not in yet adds it there;
    /// returns the v1 controllers it joined so (the container's /sys/fs/cgroup does not
    /// show them yet).
    pub fn set(&self, r: &Resources) -> anyhow::Result<Vec<String>> {
        let mut cg = self.clone();
        if let Some(id) = cg.hybrid_id() {
            cg.add_v1(&id, &v1_controllers(r))?;
        }
        let joined = cg
            .v1
            .keys()
            .filter(|c| !self.v1.contains_key(*c))
            .cloned()
            .collect();
        if let (Some(d), true) = (&cg.unified, cg.unified_limits) {
            v2::apply(d, r)?;
        }
        if !cg.unified_limits {
            v1::apply(&cg.v1, r)?;
        }
        Ok(joined)
    }

    /// Whether the container's processes are frozen (`pause`).
    pub fn is_frozen(&self) -> bool {
        match &self.unified {
            Some(d) => {
                std::fs::read_to_string(d.join("cgroup.freeze")).is_ok_and(|t| t.trim() == "1")
            }
            None => self.v1.get("freezer").is_some_and(|d| {
                std::fs::read_to_string(d.join("freezer.state")).is_ok_and(|t| t.trim() != "THAWED")
            }),
        }
    }

    /// Put `pid` (the container init before it is released, or the helper of an `exec`)
    /// into the cgroup; `born` says it was cloned into [`Cgroup::birth_dir`] already.
    pub fn place(&self, pid: i32, born: bool) -> anyhow::Result<()> {
        let dirs = self.dirs();
        let skip = usize::from(born && self.unified.is_some());
        for d in &dirs[skip..] {
            write_file(&d.join("cgroup.procs"), &pid.to_string())
                .with_context(|| format!("moving pid {pid} into cgroup {}", d.display()))?;
        }
        Ok(())
    }

    pub fn freeze(&self) -> anyhow::Result<()> {
        self.set_frozen(true)
    }

    pub fn thaw(&self) -> anyhow::Result<()> {
        self.set_frozen(false)
    }

    fn set_frozen(&self, frozen: bool) -> anyhow::Result<()> {
        match &self.unified {
            // cgroup.freeze is part of cgroup2 itself, with or without controllers.
            Some(d) => v2::freeze(d, frozen),
            None => v1::freeze(&self.v1, frozen),
        }
    }

    pub fn stats(&self) -> Stats {
        match (&self.unified, self.unified_limits) {
            (Some(d), true) => v2::stats(d),
            (Some(d), false) => {
                let mut s = v1::stats(&self.v1);
                s.cpu_usage_ns = v2::stats(d).cpu_usage_ns;
                if !self.v1.contains_key("pids") {
                    s.pids_current = std::fs::read_to_string(d.join("cgroup.threads"))
                        .map(|t| t.lines().count() as u64)
                        .unwrap_or(0);
                }
                s
            }
            (None, _) => v1::stats(&self.v1),
        }
    }

    /// True when the kernel's OOM killer killed a process of this container.
    pub fn oom_killed(&self) -> bool {
        match (&self.unified, self.unified_limits) {
            (Some(d), true) => v2::oom_killed(d),
            _ => v1::oom_killed(&self.v1),
        }
    }

    /// The pids in the cgroup (for `top`).
    pub fn pids(&self) -> Vec<i32> {
        self.dirs()
            .first()
            .map(|d| read_pids(d))
            .unwrap_or_default()
    }

    /// Remove the cgroup once its processes are gone. Processes of a dying pid namespace
    /// may take a moment to leave, so a busy cgroup is retried briefly.
    pub fn remove(&self) {
        let mut dirs: Vec<PathBuf> = self.dirs().into_iter().map(Path::to_path_buf).collect();
        // On a hybrid host `update` may have added v1 hierarchies after this handle was made.
        if let Some(id) = self.hybrid_id() {
            for base in self.v1_bases.values() {
                let d = base.join(&id);
                if !dirs.contains(&d) && d.is_dir() {
                    dirs.push(d);
                }
            }
        }
        for d in &dirs {
            for attempt in 0..200 {
                match std::fs::remove_dir(d) {
                    Ok(()) => break,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => break,
                    Err(e) if e.raw_os_error() == Some(libc::EBUSY) && attempt < 199 => {
                        std::thread::sleep(std::time::Duration::from_millis(1));
                    }
                    Err(e) => {
                        log::debug!("removing cgroup {}: {e}", d.display());
                        break;
                    }
                }
            }
        }
    }
}
