//! Resource-limit flags of `run`, `create` (flattened into their container flags) and
//! `update`, validated into [`Resources`].

use anyhow::{Context as _, bail};

use crate::spec::resources::{DeviceRate, Resources};
use crate::units::ram_in_bytes;

/// Docker refuses memory limits below this.
const MIN_MEMORY: u64 = 6 * 1024 * 1024;

// The limits `run`, `create` and `update` share. A plain comment: clap would make a doc
// comment the about text of every command that flattens this struct.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct LimitFlags {
    /// Memory limit (e.g. 512m, 1g)
    #[arg(short = 'm', long, value_name = "BYTES")]
    pub memory: Option<String>,

    /// Memory plus swap limit; -1 for unlimited swap
    #[arg(long, value_name = "BYTES", allow_hyphen_values = true)]
    pub memory_swap: Option<String>,

    /// Memory soft limit
    #[arg(long, value_name = "BYTES")]
    pub memory_reservation: Option<String>,

    /// Number of CPUs (e.g. 0.5)
    #[arg(long, value_name = "NUMBER")]
    pub cpus: Option<String>,

    /// CPU shares (relative weight, 2-262144)
    #[arg(short = 'c', long, value_name = "SHARES")]
    pub cpu_shares: Option<u64>,

    /// Limit CPU CFS quota (microseconds per period; -1 for none)
    #[arg(long, value_name = "MICROSECONDS", allow_hyphen_values = true)]
    pub cpu_quota: Option<i64>,

    /// Limit CPU CFS period (microseconds, 1000-1000000)
    #[arg(long, value_name = "MICROSECONDS")]
    pub cpu_period: Option<u64>,

    /// CPUs in which to allow execution (0-3, 0,1)
    #[arg(long, value_name = "CPUS")]
    pub cpuset_cpus: Option<String>,

    /// Memory nodes in which to allow execution (0-3, 0,1)
    #[arg(long, value_name = "MEMS")]
    pub cpuset_mems: Option<String>,

    /// Tune the container's pids limit (-1 for unlimited)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub pids_limit: Option<i64>,

    /// Block IO relative weight, 10-1000
    #[arg(long, value_name = "WEIGHT")]
    pub blkio_weight: Option<u16>,

    /// Limit read rate from a device (DEVICE:RATE, e.g. /dev/sda:1mb)
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_read_bps: Vec<String>,

    /// Limit write rate to a device (DEVICE:RATE, e.g. /dev/sda:1mb)
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_write_bps: Vec<String>,
}

// The limits plus the cgroup mode, for `run` and `create`. (A plain
// comment: clap would make a doc comment the about text of the commands.)
#[derive(Debug, Clone, clap::Args)]
pub struct ResourceFlags {
    #[command(flatten)]
    pub limits: LimitFlags,

    /// Control groups: enabled (the container gets its own) or disabled
    #[arg(long, value_name = "MODE", default_value = "enabled")]
    pub cgroups: String,
}

impl ResourceFlags {
    /// Validate, and check that limits can be honoured on this host (`rootless`: berth
    /// runs unprivileged).
    pub fn to_resources(&self, rootless: bool) -> anyhow::Result<Resources> {
        let mut r = self.limits.to_resources()?;
        r.cgroups_disabled = match self.cgroups.as_str() {
            "enabled" => false,
            "disabled" => true,
            other => bail!("invalid --cgroups mode {other:?}: use enabled or disabled"),
        };
        if r.cgroups_disabled && r.has_limits() {
            // Asked for explicitly, so said once rather than refused.
            crate::format::notice("resource limits are not applied: --cgroups=disabled");
        } else {
            crate::cgroups::check(&r, rootless)?;
        }
        Ok(r)
    }
}

fn size(flag: &str, v: &str) -> anyhow::Result<i64> {
    let n = ram_in_bytes(v).with_context(|| format!("invalid {flag} value"))?;
    Ok(n as i64)
}

impl LimitFlags {
    pub fn to_resources(&self) -> anyhow::Result<Resources> {
        let mut r = Resources::default();
        if let Some(m) = &self.memory {
            // 0 is no limit, as docker and podman read it.
            let n = size("--memory", m)?;
            if n != 0 && (n as u64) < MIN_MEMORY {
                bail!("invalid --memory value {m:?}: the minimum memory limit is 6MB");
            }
            r.memory = (n != 0).then_some(n);
        }
        if let Some(s) = &self.memory_swap {
            let n = if s == "-1" {
                -1
            } else {
                size("--memory-swap", s)?
            };
            match r.memory {
                None if n != -1 => {
                    bail!("--memory-swap needs --memory: swap is counted on top of memory")
                }
                Some(m) if n != -1 && n < m => {
                    bail!("--memory-swap must be at least --memory (it counts memory plus swap)")
                }
                _ => {}
            }
            r.memory_swap = Some(n);
        }
        if let Some(v) = &self.memory_reservation {
            let n = size("--memory-reservation", v)?;
            if r.memory.is_some_and(|m| n > m) {
                bail!("--memory-reservation must be below --memory");
            }
            r.memory_reservation = Some(n);
        }
        if let Some(c) = &self.cpus {
            r.nano_cpus = Some(parse_cpus(c)?);
            if self.cpu_quota.is_some() || self.cpu_period.is_some() {
                bail!("--cpus cannot be combined with --cpu-quota or --cpu-period");
            }
        }
        if let Some(s) = self.cpu_shares {
            if !(2..=262_144).contains(&s) {
                bail!("invalid --cpu-shares value {s}: use 2 to 262144");
            }
            r.cpu_shares = Some(s);
        }
        if let Some(q) = self.cpu_quota {
            if q != -1 && q < 1000 {
                bail!("invalid --cpu-quota value {q}: use -1 or at least 1000 microseconds");
            }
            r.cpu_quota = Some(q);
        }
        if let Some(p) = self.cpu_period {
            if !(1000..=1_000_000).contains(&p) {
                bail!("invalid --cpu-period value {p}: use 1000 to 1000000 microseconds");
            }
            r.cpu_period = Some(p);
        }
        for (flag, v, slot) in [
            ("--cpuset-cpus", &self.cpuset_cpus, &mut r.cpuset_cpus),
            ("--cpuset-mems", &self.cpuset_mems, &mut r.cpuset_mems),
        ] {
            if let Some(v) = v {
                check_cpu_list(flag, v)?;
                *slot = Some(v.clone());
            }
        }
        // Checked here, not when the cgroup is written: a list the host cannot honour
        // fails before any record exists.
        if let Some(v) = &self.cpuset_cpus {
            check_online("--cpuset-cpus", v, "CPU", &host_list(ONLINE_CPUS, "0"))?;
        }
        if let Some(v) = &self.cpuset_mems {
            check_online(
                "--cpuset-mems",
                v,
                "memory node",
                &host_list(ONLINE_MEMS, "0"),
            )?;
        }
        r.pids_limit = self.pids_limit;
        if let Some(w) = self.blkio_weight {
            if !(10..=1000).contains(&w) {
                bail!("invalid --blkio-weight value {w}: use 10 to 1000");
            }
            r.blkio_weight = Some(w);
        }
        for (flag, given, slot) in [
            (
                "--device-read-bps",
                &self.device_read_bps,
                &mut r.device_read_bps,
            ),
            (
                "--device-write-bps",
                &self.device_write_bps,
                &mut r.device_write_bps,
            ),
        ] {
            for v in given {
                slot.push(device_rate(flag, v)?);
            }
        }
        Ok(r)
    }
}

/// "1.5" -> 1_500_000_000 nano-CPUs, at most the CPUs this machine has.
fn parse_cpus(v: &str) -> anyhow::Result<i64> {
    let n: f64 = v
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite() && *n > 0.0)
        .with_context(|| format!("invalid --cpus value {v:?}: use a positive number"))?;
    let nano = (n * 1e9).round() as i64;
    let online = std::thread::available_parallelism().map_or(1, |n| n.get()) as i64;
    if nano < 10_000_000 || nano > online * 1_000_000_000 {
        bail!("invalid --cpus value {v:?}: the range of CPUs is from 0.01 to {online}");
    }
    Ok(nano)
}

/// "0-3,5" style lists.
fn check_cpu_list(flag: &str, v: &str) -> anyhow::Result<()> {
    let ok = !v.is_empty()
        && v.split(',').all(|part| {
            let mut ends = part.splitn(2, '-');
            let a = ends.next().and_then(|x| x.parse::<u32>().ok());
            match (a, ends.next()) {
                (Some(_), None) => true,
                (Some(a), Some(b)) => b.parse::<u32>().is_ok_and(|b| b >= a),
                _ => false,
            }
        });
    if !ok {
        bail!("invalid {flag} value {v:?}: use a list like 0-2,4");
    }
    Ok(())
}

const ONLINE_CPUS: &str = "/sys/devices/system/cpu/online";
/// Absent on kernels without NUMA support: node 0 is then the only one.
const ONLINE_MEMS: &str = "/sys/devices/system/node/online";

/// The host's list in `path` ("0-3,6"), or `fallback` when it cannot be read.
fn host_list(path: &str, fallback: &str) -> String {
    std::fs::read_to_string(path)
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| fallback.to_string())
}

/// The numbers of a list already checked by [`check_cpu_list`].
fn list_members(v: &str) -> impl Iterator<Item = (u32, u32)> + '_ {
    v.split(',').filter_map(|part| {
        let (a, b) = part.split_once('-').unwrap_or((part, part));
        Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
    })
}

/// Every number of `v` must be in the host's `online` list.
fn check_online(flag: &str, v: &str, what: &str, online: &str) -> anyhow::Result<()> {
    let available: Vec<(u32, u32)> = list_members(online).collect();
    for (a, b) in list_members(v) {
        if let Some(n) = (a..=b).find(|n| !available.iter().any(|(lo, hi)| (lo..=hi).contains(&n)))
        {
            bail!("invalid {flag} value {v:?}: {what} {n} is not online here (online: {online})");
        }
    }
    Ok(())
}

/// "/dev/sda:1mb": a block device and a rate.
fn device_rate(flag: &str, v: &str) -> anyhow::Result<DeviceRate> {
    let Some((path, rate)) = v.rsplit_once(':') else {
        bail!("invalid {flag} value {v:?}: use DEVICE:RATE");
    };
    let rate = ram_in_bytes(rate).with_context(|| format!("invalid {flag} value {v:?}"))?;
    let (major, minor) = block_device(path).with_context(|| format!("invalid {flag} value"))?;
    Ok(DeviceRate {
        path: path.to_string(),
        rate,
        major,
        minor,
    })
}

fn block_device(path: &str) -> anyhow::Result<(u64, u64)> {
    match crate::host::device(path).with_context(|| format!("device {path}"))? {
        Some(('b', major, minor)) => Ok((major, minor)),
        _ => bail!("{path} is not a block device"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> LimitFlags {
        LimitFlags::default()
    }

    #[test]
    fn memory_units_and_bounds() {
        let mut f = limits();
        f.memory = Some("64m".into());
        f.memory_swap = Some("-1".into());
        let r = f.to_resources().unwrap();
        assert_eq!((r.memory, r.memory_swap), (Some(64 << 20), Some(-1)));
        f.memory = Some("64q".into());
        assert!(f.to_resources().is_err());
        f.memory = Some("1m".into());
        assert!(f.to_resources().is_err());
        f.memory = Some("64m".into());
        f.memory_swap = Some("32m".into());
        assert!(f.to_resources().is_err());
    }

    #[test]
    fn cpu_flags() {
        let mut f = limits();
        f.cpus = Some("0.5".into());
        assert_eq!(f.to_resources().unwrap().nano_cpus, Some(500_000_000));
        f.cpu_quota = Some(50_000);
        assert!(f.to_resources().is_err(), "--cpus with --cpu-quota");
        for bad in ["0", "-1", "abc", "1e9"] {
            let f = LimitFlags {
                cpus: Some(bad.into()),
                ..limits()
            };
            assert!(f.to_resources().is_err(), "{bad}");
        }
        let f = LimitFlags {
            cpuset_cpus: Some("0".into()),
            ..limits()
        };
        assert!(f.to_resources().is_ok());
        let f = LimitFlags {
            cpuset_cpus: Some("1-0".into()),
            ..limits()
        };
        assert!(f.to_resources().is_err());
    }

    #[test]
    fn cpuset_lists_must_name_online_cpus() {
        assert!(check_online("--cpuset-cpus", "0-1,3", "CPU", "0-3").is_ok());
        assert!(check_online("--cpuset-cpus", "2", "CPU", "0-1,3").is_err());
        let e = check_online("--cpuset-cpus", "0-4", "CPU", "0-3")
            .unwrap_err()
            .to_string();
        assert!(e.contains("CPU 4 is not online here (online: 0-3)"), "{e}");
        assert!(check_online("--cpuset-mems", "0", "memory node", "0").is_ok());
        let f = LimitFlags {
            cpuset_cpus: Some("4095".into()),
            ..limits()
        };
        assert!(
            f.to_resources().is_err(),
            "no host has CPU 4095 online here"
        );
    }

    #[test]
    fn devices_must_exist_and_be_block_devices() {
        let f = LimitFlags {
            device_read_bps: vec!["/dev/berth-no-such-device:1mb".into()],
            ..limits()
        };
        assert!(f.to_resources().is_err());
        let f = LimitFlags {
            device_read_bps: vec!["/dev/null:1mb".into()],
            ..limits()
        };
        assert!(f.to_resources().is_err(), "a character device");
    }

    #[test]
    fn cgroups_mode() {
        let mut f = ResourceFlags {
            limits: limits(),
            cgroups: "disabled".into(),
        };
        assert!(f.to_resources(false).unwrap().cgroups_disabled);
        f.limits.pids_limit = Some(5);
        assert!(
            f.to_resources(true).is_ok(),
            "disabled: limits are announced, not refused"
        );
        f.cgroups = "sometimes".into();
        assert!(f.to_resources(false).is_err());
    }
}
