//! Control groups of containers: placement, limits, freeze/thaw, stats, OOM reporting and
//! removal, on cgroup v2 and (as root) cgroup v1, behind one handle, [`Cgroup`].
//!
//! Placement (see [`locate`]):
//! - v2 as root: `<mount>/berth/<id>`, or `<own cgroup>/berth-<id>` when berth runs in a
//!   delegated cgroup (systemd `Delegate=yes` marks it with the `trusted.delegate` xattr), so
//!   a unit `ExecStart=berth run ...` keeps its container inside the unit;
//! - v2 rootless: `<parent>/berth-<id>` beside berth's own cgroup when the user may write
//!   there (a delegated subtree), else berth's own cgroup when that is writable;
//! - v1 as root: `<hierarchy>/berth/<id>` in each controller hierarchy.
//!
//! When none is usable, containers run without a cgroup of their own, unless limits are
//! asked for: then [`create`] fails with the reason.

pub mod layout;
pub mod resources;
pub mod v1;
pub mod v2;

use std::path::{Path, PathBuf};

use anyhow::Context as _;

pub use resources::{DeviceRate, Resources};

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

/// A container's cgroup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cgroup {
    V2(PathBuf),
    V1(v1::Dirs),
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
    /// v2: containers are `<base>/<prefix><id>`; `vacate` moves berth itself out of `base`
    /// first (it must hold no process for its controllers to be enabled).
    V2 {
        base: PathBuf,
        prefix: &'static str,
        vacate: bool,
    },
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
    Ok(Location::V1 { bases })
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

/// Create the container's cgroup with its limits. `Ok(None)`: the container runs without
/// a cgroup of its own (disabled, or none usable and no limits asked for).
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
    let cg = make(&loc, &req.id)?;
    if let Err(e) = cg.configure(req) {
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

fn make(loc: &Location, id: &str) -> anyhow::Result<Cgroup> {
    match loc {
        Location::V2 {
            base,
            prefix,
            vacate,
        } => {
            mkdir(base)?;
            if *vacate {
                let own = base.join("berth-supervisor");
                mkdir(&own)?;
                write_file(&own.join("cgroup.procs"), &std::process::id().to_string())
                    .context("moving berth out of its delegated cgroup")?;
            }
            if let Some(parent) = base.parent()
                && base.ends_with(V2_ROOT_DIR)
            {
                v2::enable_controllers(parent)?;
            }
            v2::enable_controllers(base)?;
            let dir = base.join(format!("{prefix}{id}"));
            mkdir(&dir)?;
            Ok(Cgroup::V2(dir))
        }
        Location::V1 { bases } => {
            let mut dirs = v1::Dirs::new();
            for (ctrl, base) in bases {
                let dir = base.join(id);
                if !dirs.values().any(|d| d == &dir) {
                    mkdir(base)?;
                    if ctrl == "cpuset" {
                        v1::init_cpuset(base)?;
                    }
                    mkdir(&dir)?;
                    if ctrl == "cpuset" {
                        v1::init_cpuset(&dir)?;
                    }
                }
                dirs.insert(ctrl.clone(), dir);
            }
            Ok(Cgroup::V1(dirs))
        }
    }
}

/// The cgroup of container `id` if it exists, looked up where this process would put it.
pub fn find(id: &str, rootless: bool) -> Option<Cgroup> {
    let loc = locate(rootless).ok()?;
    let cg = match loc {
        Location::V2 { base, prefix, .. } => Cgroup::V2(base.join(format!("{prefix}{id}"))),
        Location::V1 { bases } => {
            Cgroup::V1(bases.into_iter().map(|(c, b)| (c, b.join(id))).collect())
        }
    };
    cg.exists().then_some(cg)
}

/// The cgroup a running process is in (for a container found by its init pid).
pub fn of_pid(pid: i32) -> Option<Cgroup> {
    let mounts = layout::parse_mounts(&mountinfo());
    let text = std::fs::read_to_string(format!("/proc/{pid}/cgroup")).ok()?;
    let m = layout::parse_membership(&text);
    if let Some(mount) = &mounts.unified
        && v2_has_controllers(mount)
    {
        return Some(Cgroup::V2(layout::join(mount, m.unified.as_deref()?)));
    }
    let dirs: v1::Dirs = mounts
        .v1
        .iter()
        .filter_map(|(c, mnt)| Some((c.clone(), layout::join(mnt, m.v1.get(c)?))))
        .collect();
    (!dirs.is_empty()).then_some(Cgroup::V1(dirs))
}

impl Cgroup {
    fn dirs(&self) -> Vec<&Path> {
        let mut out: Vec<&Path> = Vec::new();
        match self {
            Cgroup::V2(d) => out.push(d),
            Cgroup::V1(dirs) => {
                for d in dirs.values() {
                    if !out.contains(&d.as_path()) {
                        out.push(d);
                    }
                }
            }
        }
        out
    }

    pub fn exists(&self) -> bool {
        self.dirs().iter().all(|d| d.is_dir())
    }

    /// A path to show in messages and inspect.
    pub fn display_path(&self) -> String {
        match self {
            Cgroup::V2(d) => d.display().to_string(),
            Cgroup::V1(dirs) => dirs
                .get("memory")
                .or_else(|| dirs.values().next())
                .map(|d| d.display().to_string())
                .unwrap_or_default(),
        }
    }

    fn configure(&self, req: &Request) -> anyhow::Result<()> {
        self.set(&req.resources)?;
        if let (Cgroup::V1(dirs), Some(rules)) = (self, &req.device_rules)
            && let Some(d) = dirs.get("devices")
        {
            v1::set_devices(d, rules)?;
        }
        Ok(())
    }

    /// Apply the limits that are set (`berth update` on a running container, too).
    pub fn set(&self, r: &Resources) -> anyhow::Result<()> {
        match self {
            Cgroup::V2(d) => v2::apply(d, r),
            Cgroup::V1(dirs) => v1::apply(dirs, r),
        }
    }

    /// Move a process (the container init before it is released, or an exec'd process)
    /// into the cgroup.
    pub fn add_pid(&self, pid: i32) -> anyhow::Result<()> {
        for d in self.dirs() {
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
        match self {
            Cgroup::V2(d) => v2::freeze(d, frozen),
            Cgroup::V1(dirs) => v1::freeze(dirs, frozen),
        }
    }

    pub fn stats(&self) -> Stats {
        match self {
            Cgroup::V2(d) => v2::stats(d),
            Cgroup::V1(dirs) => v1::stats(dirs),
        }
    }

    /// True when the kernel's OOM killer killed a process of this container.
    pub fn oom_killed(&self) -> bool {
        match self {
            Cgroup::V2(d) => v2::oom_killed(d),
            Cgroup::V1(dirs) => v1::oom_killed(dirs),
        }
    }

    /// The pids in the cgroup (for `top`).
    pub fn pids(&self) -> Vec<i32> {
        let Some(d) = self.dirs().into_iter().next() else {
            return Vec::new();
        };
        std::fs::read_to_string(d.join("cgroup.procs"))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .collect()
    }

    /// Remove the cgroup once its processes are gone. Processes of a dying pid namespace
    /// may take a moment to leave, so a busy cgroup is retried briefly.
    pub fn remove(&self) {
        for d in self.dirs() {
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
    fn create_makes_configures_and_removes_on_a_fake_v1_tree() {
        let t = tempfile::tempdir().unwrap();
        std::fs::create_dir(t.path().join("pids")).unwrap();
        let base = t.path().join("pids").join("berth");
        let mut bases = v1::Dirs::new();
        bases.insert("pids".into(), base.clone());
        let cg = make(&Location::V1 { bases }, "abc").unwrap();
        assert_eq!(
            cg,
            Cgroup::V1([("pids".to_string(), base.join("abc"))].into())
        );
        assert!(cg.exists());
        cg.remove();
        assert!(!cg.exists());
    }
}
