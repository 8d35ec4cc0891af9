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
//!
//! `placement.rs` decides where a cgroup goes and makes or finds it; `handle.rs` is what a
//! [`Cgroup`] does afterwards (limits, devices, placing and freezing processes, figures,
//! removal).

pub mod devices;
pub mod layout;
pub mod resources;
pub mod v1;
pub mod v2;

mod handle;
mod placement;

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::spec::resources::Resources;

pub use placement::{Location, check, create, find, locate, locate_in, of_pid};

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
