//! The resource limits of a container (docker's HostConfig field names), as stored in its
//! record. The conversions to cgroup files live in `cgroups::resources`.

use serde::{Deserialize, Serialize};

/// Limits asked for on the command line; `None`/empty means "not set". Stored in the
/// container record (`ContainerSpec::resources`), so every field has a default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "PascalCase")]
pub struct Resources {
    /// `--cgroups=disabled`: run without a cgroup of its own (limits cannot be set).
    pub cgroups_disabled: bool,
    /// Bytes (`-m`).
    pub memory: Option<i64>,
    /// Memory plus swap in bytes; -1 is unlimited (`--memory-swap`).
    pub memory_swap: Option<i64>,
    /// Soft limit in bytes (`--memory-reservation`).
    pub memory_reservation: Option<i64>,
    /// CPUs in units of 1e-9 (`--cpus`).
    pub nano_cpus: Option<i64>,
    /// Relative weight, 2..=262144 (`-c/--cpu-shares`).
    pub cpu_shares: Option<u64>,
    /// Microseconds per period; -1 is unlimited (`--cpu-quota`).
    pub cpu_quota: Option<i64>,
    /// Microseconds (`--cpu-period`).
    pub cpu_period: Option<u64>,
    pub cpuset_cpus: Option<String>,
    pub cpuset_mems: Option<String>,
    /// Maximum number of tasks; 0 or -1 is unlimited (`--pids-limit`).
    pub pids_limit: Option<i64>,
    /// 10..=1000 (`--blkio-weight`).
    pub blkio_weight: Option<u16>,
    #[serde(rename = "BlkioDeviceReadBps")]
    pub device_read_bps: Vec<DeviceRate>,
    #[serde(rename = "BlkioDeviceWriteBps")]
    pub device_write_bps: Vec<DeviceRate>,
}

/// A per-device rate (`--device-read-bps /dev/sda:1mb`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeviceRate {
    pub path: String,
    pub rate: u64,
    /// Resolved when the container is created.
    pub major: u64,
    pub minor: u64,
}

/// The default CFS period docker uses with `--cpus`.
pub const DEFAULT_CPU_PERIOD: u64 = 100_000;
