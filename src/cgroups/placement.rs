//! Where a container's cgroup goes and how it is made: [`locate`] decides from the host's
//! mounts and berth's own membership (the rules are in the module documentation of
//! `cgroups`), [`create`] makes the directories, [`find`] and [`of_pid`] look an existing
//! one up.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use super::{Cgroup, Request, Unusable, layout, read_pids, read_trimmed, v1, v2};
use crate::spec::resources::Resources;

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

pub(super) fn mkdir(dir: &Path) -> anyhow::Result<()> {
    match std::fs::create_dir(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e).with_context(|| format!("creating cgroup {}", dir.display())),
    }
}

/// The v1 controllers that carry the limits set in `r`.
pub(super) fn v1_controllers(r: &Resources) -> Vec<&'static str> {
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
pub(super) fn move_until_settled(listed: &dyn Fn() -> Vec<i32>, dest: &Path) -> anyhow::Result<()> {
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
