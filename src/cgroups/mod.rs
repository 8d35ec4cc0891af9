//! Control groups of containers: placement, limits, freeze/thaw, stats, OOM reporting and
//! removal, on cgroup v2 and (as root) cgroup v1, behind one handle, [`Cgroup`].
//!
//! Placement (see [`locate`]):
//! - v2 as root: `<mount>/berth/<id>`, or `<own cgroup>/berth-<id>` when berth runs in a
//!   delegated cgroup (systemd `Delegate=yes` marks it with the `trusted.delegate` xattr), so
//!   a unit `ExecStart=berth run ...` keeps its container inside the unit;
//! - v2 rootless: `<parent>/berth-<id>` beside berth's own cgroup when the user may write
//!   there (a delegated subtree), else berth's own cgroup when that is writable;
//! - hybrid hosts (resource controllers bound to v1, an empty cgroup2 mount beside them),
//!   as root: `<cgroup2 mount>/berth/<id>`, which holds the processes, freezes them, counts
//!   their cpu time and runs the device program, plus `<hierarchy>/berth/<id>` only in the v1
//!   hierarchies of the limits asked for;
//! - v1 as root: `<hierarchy>/berth/<id>` in each controller hierarchy.
//!
//! A container is born in its cgroup2 directory (clone3 with CLONE_INTO_CGROUP, see
//! [`Cgroup::birth_dir`]): moving a process between cgroups afterwards makes the kernel
//! wait for an RCU grace period, 5 to 15 ms here, the largest single cost of a start. v1
//! hierarchies can only be joined by moving, which is why a hybrid host uses them only
//! for limits. Devices are confined by the v1 devices controller on v1 hosts and by a BPF
//! program ([`devices`]) wherever there is a cgroup2 directory.
//!
//! When none is usable, containers run without a cgroup of their own, unless limits are
//! asked for: then [`create`] fails with the reason.

pub mod devices;
pub mod layout;
pub mod resources;
pub mod v1;
pub mod v2;

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::spec::resources::Resources;

/// Figures for `stats` and `inspect`, read from the cgroup's own files.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    pub cpu_usage_ns: u64,
    pub memory_usage: u64,
    /// `None` when unlimited.
    pub memory_limit: Option<u64>,
    pub pids_current: u64,
    pub pids_limit: Option<u64>,
    pub io_read_bytes: u64,
    pub io_write_bytes: u64,
    /// The page cache the kernel may drop first (`inactive_file` in memory.stat, v1's
    /// `total_inactive_file`): docker's MEM USAGE leaves it out.
    pub memory_inactive_file: u64,
    /// Which figures the cgroup holds: without the memory, pids or io controller a cgroup
    /// lacks their files, and the fields above then read 0 without meaning it.
    pub has: Has,
}

/// The figures a [`Stats`] reading actually found in the cgroup's files.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Has {
    pub cpu: bool,
    pub memory: bool,
    pub pids: bool,
    pub io: bool,
}

/// Why a container cannot get a cgroup of its own on this host.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Unusable(pub String);

/// A container's cgroup: its cgroup2 directory, its v1 directories, or both (hybrid).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cgroup {
    /// The cgroup2 directory.
    unified: Option<PathBuf>,
    /// True on a v2 host: the limits are written to `unified`. False on a hybrid host,
    /// where `unified` only places, freezes, accounts cpu and confines devices.
    unified_limits: bool,
    /// v1 controller -> directory; on a hybrid host only the controllers of limits set.
    v1: v1::Dirs,
    /// Hybrid host: v1 controller -> the `berth` directory where a later `update` adds
    /// the container to a hierarchy it is not in yet.
    v1_bases: v1::Dirs,
}

/// What a container's cgroup is created from.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub id: String,
    pub resources: Resources,
    /// v1 device allow-list rules ("c 1:3 rwm"); `None` leaves devices unrestricted.
    pub device_rules: Option<Vec<String>>,
}

/// Where this process's containers go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// v2: containers are `<base>/<prefix><id>`; `vacate` moves the processes in `base`
    /// (berth's own among them) into a leaf first: it must hold no process for its
    /// controllers to be enabled.
    V2 {
        base: PathBuf,
        prefix: &'static str,
        vacate: bool,
    },
    /// A hybrid host (as root): `<base>/<id>` in the controller-less cgroup2 hierarchy, and
    /// `<bases[c]>/<id>` for the v1 controllers the limits need.
    Hybrid { base: PathBuf, bases: v1::Dirs },
    /// v1: the per-controller parent directories (`<hierarchy>/berth`).
    V1 { bases: v1::Dirs },
}

const V2_ROOT_DIR: &str = "berth";
const V1_DIR: &str = "berth";

fn mountinfo() -> String {
    std::fs::read_to_string("/proc/self/mountinfo").unwrap_or_default()
}

/// Decide where containers of this process go, without creating anything.
pub fn locate(rootless: bool) -> Result<Location, Unusable> {
    let mounts = layout::parse_mounts(&mountinfo());
    let own =
        layout::parse_membership(&std::fs::read_to_string("/proc/self/cgroup").unwrap_or_default());
    locate_in(&mounts, &own, rootless)
}

fn v2_has_controllers(mount: &Path) -> bool {
    read_trimmed(&mount.join("cgroup.controllers"))
        .is_some_and(|c| c.split(' ').any(|x| ["memory", "pids", "cpu"].contains(&x)))
}

fn writable(dir: &Path) -> bool {
    rustix::fs::access(dir, rustix::fs::Access::WRITE_OK).is_ok()
        && rustix::fs::access(dir.join("cgroup.procs"), rustix::fs::Access::WRITE_OK).is_ok()
}

fn delegated(dir: &Path) -> bool {
    ["trusted.delegate", "user.delegate"].iter().any(|name| {
        let mut buf = [0u8; 8];
        rustix::fs::getxattr(dir, *name, &mut buf).is_ok()
    })
}

/// [`locate`] on parsed host facts.
pub fn locate_in(
    mounts: &layout::Mounts,
    own: &layout::Membership,
    rootless: bool,
) -> Result<Location, Unusable> {
    if let Some(mount) = &mounts.unified
        && v2_has_controllers(mount)
    {
        let own_path = own.unified.as_deref().unwrap_or("/");
        let own_dir = layout::join(mount, own_path);
        if !rootless {
            // A process berth moved out of a delegated cgroup (see `move_all_to_leaf`) still belongs
            // to that unit: its containers go beside the others there.
            if let Some(parent) = own_dir.parent()
                && own_dir.ends_with(SUPERVISOR_DIR)
                && delegated(parent)
            {
                return Ok(Location::V2 {
                    base: parent.to_path_buf(),
                    prefix: "berth-",
                    vacate: true,
                });
            }
            if own_path != "/" && delegated(&own_dir) {
                return Ok(Location::V2 {
                    base: own_dir,
                    prefix: "berth-",
                    vacate: true,
                });
            }
            return Ok(Location::V2 {
                base: mount.join(V2_ROOT_DIR),
                prefix: "",
                vacate: false,
            });
        }
        if let Some(parent) = own_dir.parent()
            && own_path != "/"
            && parent != mount.as_path()
            && writable(parent)
        {
            return Ok(Location::V2 {
                base: parent.to_path_buf(),
                prefix: "berth-",
                vacate: false,
            });
        }
        if own_path != "/" && writable(&own_dir) {
            return Ok(Location::V2 {
                base: own_dir,
                prefix: "berth-",
                vacate: true,
            });
        }
        return Err(Unusable(format!(
            "rootless containers need a delegated cgroup v2 subtree, but berth's cgroup \
             {own_path} (and its parent) is not writable by uid {}",
            real_uid()
        )));
    }
    if mounts.v1.is_empty() {
        return Err(Unusable(
            "no cgroup hierarchy with resource controllers is mounted".into(),
        ));
    }
    if rootless {
        return Err(Unusable(
            "this host binds the resource controllers to cgroup v1, which cannot be \
             delegated to unprivileged users; rootless limits need cgroup v2"
                .into(),
        ));
    }
    let bases = mounts
        .v1
        .iter()
        .map(|(c, m)| (c.clone(), m.join(V1_DIR)))
        .collect();
    match &mounts.unified {
        Some(mount) => Ok(Location::Hybrid {
            base: mount.join(V2_ROOT_DIR),
            bases,
        }),
        None => Ok(Location::V1 { bases }),
    }
}

fn real_uid() -> u32 {
    // Inside berth's rootless user namespace getuid says 0; the owner of the namespace is
    // the user the message should name.
    std::fs::metadata("/proc/self")
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m))
        .unwrap_or_else(|_| rustix::process::getuid().as_raw())
}

/// Check early (before anything is created) that `r` can be honoured here.
pub fn check(r: &Resources, rootless: bool) -> anyhow::Result<()> {
    if r.cgroups_disabled || !r.has_limits() {
        return Ok(());
    }
    match locate(rootless) {
        Ok(_) => Ok(()),
        Err(u) => Err(refusal(u)),
    }
}

fn refusal(u: Unusable) -> anyhow::Error {
    anyhow::anyhow!(
        "cannot apply resource limits: {u} (use --cgroups=disabled to run without limits)"
    )
}

/// Create the container's cgroup directories; [`Cgroup::configure`] then sets its limits
/// and device rules (which `sandbox::spawn` does while the container init sets up its
/// mounts). `Ok(None)`: the container runs without a cgroup of its own (disabled, or none
/// usable and no limits asked for).
pub fn create(req: &Request, rootless: bool) -> anyhow::Result<Option<Cgroup>> {
    if req.resources.cgroups_disabled {
        return Ok(None);
    }
    let loc = match locate(rootless) {
        Ok(l) => l,
        Err(u) if req.resources.has_limits() => return Err(refusal(u)),
        Err(u) => {
            log::debug!("container {} runs without a cgroup: {u}", req.id);
            return Ok(None);
        }
    };
    let mut cg = Cgroup::default();
    if let Err(e) = make(&loc, &req.id, &req.resources, &mut cg) {
        cg.remove();
        return Err(e);
    }
    Ok(Some(cg))
}

fn mkdir(dir: &Path) -> anyhow::Result<()> {
    match std::fs::create_dir(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e).with_context(|| format!("creating cgroup {}", dir.display())),
    }
}

/// The v1 controllers that carry the limits set in `r`.
fn v1_controllers(r: &Resources) -> Vec<&'static str> {
    let mut out = Vec::new();
    if r.memory.is_some() || r.memory_swap.is_some() || r.memory_reservation.is_some() {
        out.push("memory");
    }
    if r.cpu_shares.is_some()
        || r.cpu_quota.is_some()
        || r.cpu_period.is_some()
        || r.nano_cpus.is_some()
    {
        out.push("cpu");
    }
    if r.cpuset_cpus.is_some() || r.cpuset_mems.is_some() {
        out.push("cpuset");
    }
    if r.pids_limit.is_some() {
        out.push("pids");
    }
    if r.blkio_weight.is_some() || !r.device_read_bps.is_empty() || !r.device_write_bps.is_empty() {
        out.push("blkio");
    }
    out
}

/// Make the directories of container `id` at `loc` into `cg` (which holds what was made
/// so far when this fails, for the caller to remove).
fn make(loc: &Location, id: &str, r: &Resources, cg: &mut Cgroup) -> anyhow::Result<()> {
    match loc {
        Location::V2 {
            base,
            prefix,
            vacate,
        } => {
            mkdir(base)?;
            if *vacate {
                move_all_to_leaf(base)?;
            }
            if let Some(parent) = base.parent()
                && base.ends_with(V2_ROOT_DIR)
            {
                v2::enable_controllers(parent)?;
            }
            v2::enable_controllers(base)?;
            let dir = base.join(format!("{prefix}{id}"));
            mkdir(&dir)?;
            cg.unified = Some(dir);
            cg.unified_limits = true;
            Ok(())
        }
        Location::Hybrid { base, bases } => {
            mkdir(base)?;
            let dir = base.join(id);
            mkdir(&dir)?;
            cg.unified = Some(dir);
            cg.v1_bases = bases.clone();
            cg.add_v1(id, &v1_controllers(r))
        }
        Location::V1 { bases } => {
            cg.v1_bases = bases.clone();
            let all: Vec<&str> = bases.keys().map(String::as_str).collect();
            let made = cg.add_v1(id, &all);
            cg.v1_bases.clear();
            made
        }
    }
}

/// The leaf of a delegated cgroup where berth moves the processes that sat in it.
const SUPERVISOR_DIR: &str = "berth-supervisor";

/// Empty the delegated cgroup `base` into its leaf [`SUPERVISOR_DIR`], so controllers can
/// be enabled for its children (a cgroup with processes of its own may not have any).
/// Every process goes, not only this one: with `run -d` or `start` it is the monitor that
/// creates the cgroup, while the CLI that forked it (and whatever shell started that,
/// e.g. a unit's ExecStart= script) still sits in `base`. Only taken in delegated units.
fn move_all_to_leaf(base: &Path) -> anyhow::Result<()> {
    let leaf = base.join(SUPERVISOR_DIR);
    mkdir(&leaf)?;
    // A process forked meanwhile is born in `base`: repeat until it stays empty.
    move_until_settled(&|| read_pids(base), &leaf).with_context(|| {
        format!(
            "moving the processes of the delegated cgroup {} into {}",
            base.display(),
            leaf.display()
        )
    })
}

/// Move the processes `listed` gives into the cgroup `dest` until none is missing there
/// (a fork meanwhile adds one); a process gone meanwhile is skipped.
fn move_until_settled(listed: &dyn Fn() -> Vec<i32>, dest: &Path) -> anyhow::Result<()> {
    for _ in 0..100 {
        let inside = read_pids(dest);
        let missing: Vec<i32> = listed()
            .into_iter()
            .filter(|p| !inside.contains(p))
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        for pid in missing {
            match std::fs::write(dest.join("cgroup.procs"), pid.to_string()) {
                Ok(()) => {}
                Err(e) if e.raw_os_error() == Some(libc::ESRCH) => {}
                Err(e) => {
                    return Err(e).with_context(|| {
                        format!("moving pid {pid} into cgroup {}", dest.display())
                    });
                }
            }
        }
    }
    bail!("the processes kept multiplying while being moved")
}

/// The cgroup of container `id` if it exists, looked up where this process would put it.
pub fn find(id: &str, rootless: bool) -> Option<Cgroup> {
    let loc = locate(rootless).ok()?;
    let cg = match loc {
        Location::V2 { base, prefix, .. } => Cgroup {
            unified: Some(base.join(format!("{prefix}{id}"))),
            unified_limits: true,
            ..Default::default()
        },
        Location::Hybrid { base, bases } => Cgroup {
            unified: Some(base.join(id)).filter(|d| d.is_dir()),
            unified_limits: false,
            v1: bases
                .iter()
                .map(|(c, b)| (c.clone(), b.join(id)))
                .filter(|(_, d)| d.is_dir())
                .collect(),
            v1_bases: bases,
        },
        Location::V1 { bases } => Cgroup {
            v1: bases.into_iter().map(|(c, b)| (c, b.join(id))).collect(),
            ..Default::default()
        },
    };
    cg.exists().then_some(cg)
}

/// The cgroup of container `id` found through its running process `pid` (a container
/// started from another cgroup, e.g. a service's, is not where this process would put
/// it). Only directories named for the container count: on a hybrid host a container
/// without limits stays in berth's own v1 cgroups, which are not the container's.
pub fn of_pid(pid: i32, id: &str) -> Option<Cgroup> {
    let mounts = layout::parse_mounts(&mountinfo());
    let text = std::fs::read_to_string(format!("/proc/{pid}/cgroup")).ok()?;
    let m = layout::parse_membership(&text);
    let named = |p: &str| {
        Path::new(p)
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n == id || n.strip_prefix("berth-") == Some(id))
    };
    let mut cg = Cgroup::default();
    if let (Some(mount), Some(path)) = (&mounts.unified, &m.unified)
        && named(path)
    {
        cg.unified = Some(layout::join(mount, path));
        cg.unified_limits = v2_has_controllers(mount);
    }
    cg.v1 = mounts
        .v1
        .iter()
        .filter_map(|(c, mnt)| {
            let path = m.v1.get(c).filter(|p| named(p))?;
            Some((c.clone(), layout::join(mnt, path)))
        })
        .collect();
    if cg.unified.is_some() && !cg.unified_limits {
        cg.v1_bases = mounts
            .v1
            .iter()
            .map(|(c, mnt)| (c.clone(), mnt.join(V1_DIR)))
            .collect();
    }
    cg.exists().then_some(cg)
}

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
    fn add_v1(&mut self, id: &str, controllers: &[&str]) -> anyhow::Result<()> {
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
    /// hybrid host a limit of a controller the container is not in yet adds it there.
    pub fn set(&self, r: &Resources) -> anyhow::Result<()> {
        let mut cg = self.clone();
        if let Some(id) = cg.hybrid_id() {
            cg.add_v1(&id, &v1_controllers(r))?;
        }
        if let (Some(d), true) = (&cg.unified, cg.unified_limits) {
            v2::apply(d, r)?;
        }
        if !cg.unified_limits {
            v1::apply(&cg.v1, r)?;
        }
        Ok(())
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

fn read_pids(dir: &Path) -> Vec<i32> {
    std::fs::read_to_string(dir.join("cgroup.procs"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.trim().parse().ok())
        .collect()
}

pub(crate) fn write_file(path: &Path, value: &str) -> anyhow::Result<()> {
    log::debug!("cgroup: {} <- {value}", path.display());
    std::fs::write(path, value).with_context(|| format!("writing {value:?} to {}", path.display()))
}

pub(crate) fn read_trimmed(path: &Path) -> Option<String> {
    std::fs::read_to_string(path)
        .ok()
        .map(|s| s.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use layout::{Membership, Mounts};

    #[test]
    fn hybrid_v1_root_and_rootless() {
        let mut mounts = Mounts::default();
        mounts.v1.insert("memory".into(), "/cg/memory".into());
        mounts.v1.insert("pids".into(), "/cg/pids".into());
        let own = Membership::default();
        match locate_in(&mounts, &own, false).unwrap() {
            Location::V1 { bases } => {
                assert_eq!(bases["memory"], Path::new("/cg/memory/berth"));
            }
            other => panic!("{other:?}"),
        }
        let e = locate_in(&mounts, &own, true).unwrap_err().to_string();
        assert!(e.contains("cgroup v1"), "{e}");
        let e = locate_in(&Mounts::default(), &own, false).unwrap_err();
        assert!(e.to_string().contains("no cgroup hierarchy"));
    }

    #[test]
    fn v2_root_placement() {
        let t = tempfile::tempdir().unwrap();
        std::fs::write(t.path().join("cgroup.controllers"), "cpu io memory pids\n").unwrap();
        let mounts = Mounts {
            unified: Some(t.path().to_path_buf()),
            ..Default::default()
        };
        let own = Membership {
            unified: Some("/".into()),
            ..Default::default()
        };
        assert_eq!(
            locate_in(&mounts, &own, false).unwrap(),
            Location::V2 {
                base: t.path().join("berth"),
                prefix: "",
                vacate: false
            }
        );
        // A hybrid host's cgroup2 mount with only hugetlb is no v2 host.
        std::fs::write(t.path().join("cgroup.controllers"), "hugetlb\n").unwrap();
        assert!(locate_in(&mounts, &own, false).is_err());
    }

    #[test]
    fn a_process_moved_out_of_a_delegated_unit_still_places_in_the_unit() {
        let t = tempfile::tempdir().unwrap();
        std::fs::write(t.path().join("cgroup.controllers"), "cpu io memory pids\n").unwrap();
        let unit = t.path().join("app.service");
        std::fs::create_dir_all(unit.join(SUPERVISOR_DIR)).unwrap();
        // As a user's service manager marks a delegated unit (the store's file system
        // needs user xattrs too, see docs/DESIGN.md "Overlay format").
        rustix::fs::setxattr(
            &unit,
            "user.delegate",
            b"1",
            rustix::fs::XattrFlags::empty(),
        )
        .expect("setting user.delegate on a temporary directory");
        let mounts = Mounts {
            unified: Some(t.path().to_path_buf()),
            ..Default::default()
        };
        let want = Location::V2 {
            base: unit.clone(),
            prefix: "berth-",
            vacate: true,
        };
        for own in ["/app.service", "/app.service/berth-supervisor"] {
            let own = Membership {
                unified: Some(own.into()),
                ..Default::default()
            };
            assert_eq!(locate_in(&mounts, &own, false).unwrap(), want);
        }
    }

    #[test]
    fn create_makes_configures_and_removes_on_a_fake_v1_tree() {
        let t = tempfile::tempdir().unwrap();
        std::fs::create_dir(t.path().join("pids")).unwrap();
        let base = t.path().join("pids").join("berth");
        let mut bases = v1::Dirs::new();
        bases.insert("pids".into(), base.clone());
        let mut cg = Cgroup::default();
        make(
            &Location::V1 { bases },
            "abc",
            &Resources::default(),
            &mut cg,
        )
        .unwrap();
        assert_eq!(cg.v1, [("pids".to_string(), base.join("abc"))].into());
        assert!(cg.exists());
        cg.remove();
        assert!(!cg.exists());
    }

    #[test]
    fn a_hybrid_host_joins_only_the_v1_hierarchies_of_its_limits() {
        let t = tempfile::tempdir().unwrap();
        let mut bases = v1::Dirs::new();
        for c in ["memory", "pids", "devices"] {
            std::fs::create_dir(t.path().join(c)).unwrap();
            bases.insert(c.into(), t.path().join(c).join("berth"));
        }
        let unified = t.path().join("unified");
        std::fs::create_dir(&unified).unwrap();
        let loc = Location::Hybrid {
            base: unified.join("berth"),
            bases,
        };
        let r = Resources {
            pids_limit: Some(10),
            ..Default::default()
        };
        let mut cg = Cgroup::default();
        make(&loc, "abc", &r, &mut cg).unwrap();
        assert_eq!(cg.birth_dir(), Some(unified.join("berth/abc").as_path()));
        assert_eq!(cg.v1.keys().collect::<Vec<_>>(), ["pids"]);
        assert!(!t.path().join("memory/berth/abc").exists());
        cg.remove();
        assert!(!cg.exists());
    }
}
