//! What cgroups make of a container's resource limits (`spec::resources`): the value
//! conversions between docker's v1-era units and the cgroup v2 files.

use crate::spec::resources::{DEFAULT_CPU_PERIOD, DeviceRate, Resources};

impl Resources {
    /// True when any limit is asked for (which then needs a usable cgroup).
    pub fn has_limits(&self) -> bool {
        let Resources {
            cgroups_disabled: _,
            memory,
            memory_swap,
            memory_reservation,
            nano_cpus,
            cpu_shares,
            cpu_quota,
            cpu_period,
            cpuset_cpus,
            cpuset_mems,
            pids_limit,
            blkio_weight,
            device_read_bps,
            device_write_bps,
        } = self;
        memory.is_some()
            || memory_swap.is_some()
            || memory_reservation.is_some()
            || nano_cpus.is_some()
            || cpu_shares.is_some()
            || cpu_quota.is_some()
            || cpu_period.is_some()
            || cpuset_cpus.is_some()
            || cpuset_mems.is_some()
            || pids_limit.is_some()
            || blkio_weight.is_some()
            || !device_read_bps.is_empty()
            || !device_write_bps.is_empty()
    }

    /// Overlay the limits set in `update` onto these (for `berth update`).
    pub fn merge(&mut self, update: &Resources) {
        macro_rules! take {
            ($($f:ident),*) => {$(
                if update.$f.is_some() {
                    self.$f = update.$f.clone();
                }
            )*};
        }
        take!(
            memory,
            memory_swap,
            memory_reservation,
            nano_cpus,
            cpu_shares,
            cpu_quota,
            cpu_period,
            cpuset_cpus,
            cpuset_mems,
            pids_limit,
            blkio_weight
        );
        for (mine, theirs) in [
            (&mut self.device_read_bps, &update.device_read_bps),
            (&mut self.device_write_bps, &update.device_write_bps),
        ] {
            for rate in theirs {
                mine.retain(|r| (r.major, r.minor) != (rate.major, rate.minor));
                mine.push(rate.clone());
            }
        }
    }

    /// The limits as docker's inspect shows them in HostConfig (0 or "" when unset).
    pub fn host_config_fields(&self) -> serde_json::Map<String, serde_json::Value> {
        use serde_json::json;
        let rates = |v: &[DeviceRate]| -> serde_json::Value {
            v.iter()
                .map(|d| json!({"Path": d.path, "Rate": d.rate}))
                .collect()
        };
        let fields = json!({
            "Memory": self.memory.unwrap_or(0),
            "MemorySwap": self.memory_swap.unwrap_or(0),
            "MemoryReservation": self.memory_reservation.unwrap_or(0),
            "NanoCpus": self.nano_cpus.unwrap_or(0),
            "CpuShares": self.cpu_shares.unwrap_or(0),
            "CpuQuota": self.cpu_quota.unwrap_or(0),
            "CpuPeriod": self.cpu_period.unwrap_or(0),
            "CpusetCpus": self.cpuset_cpus.clone().unwrap_or_default(),
            "CpusetMems": self.cpuset_mems.clone().unwrap_or_default(),
            "PidsLimit": self.pids_limit,
            "BlkioWeight": self.blkio_weight.unwrap_or(0),
            "BlkioDeviceReadBps": rates(&self.device_read_bps),
            "BlkioDeviceWriteBps": rates(&self.device_write_bps),
            "CgroupnsMode": "private",
        });
        match fields {
            serde_json::Value::Object(m) => m,
            _ => serde_json::Map::new(),
        }
    }

    /// The CFS (quota, period) pair: `--cpus` becomes quota = cpus * period.
    pub fn cpu_max(&self) -> Option<(Option<i64>, u64)> {
        let period = self.cpu_period.unwrap_or(DEFAULT_CPU_PERIOD);
        if let Some(nano) = self.nano_cpus {
            let quota = (nano as i128 * period as i128 / 1_000_000_000) as i64;
            return Some((Some(quota.max(1000)), period));
        }
        match (self.cpu_quota, self.cpu_period) {
            (None, None) => None,
            (q, _) => Some((q.filter(|q| *q > 0), period)),
        }
    }

    /// Swap allowed on top of memory, in bytes (`None`: unlimited): docker's
    /// `--memory-swap` counts memory plus swap, and defaults to twice the memory.
    pub fn swap_only(&self) -> Option<Option<i64>> {
        match (self.memory, self.memory_swap) {
            (_, Some(-1)) => Some(None),
            (Some(m), Some(total)) => Some(Some((total - m).max(0))),
            (Some(m), None) => Some(Some(m)),
            (None, Some(total)) => Some(Some(total)),
            (None, None) => None,
        }
    }

    /// pids.max: 0 and negative values mean unlimited.
    pub fn pids_max(&self) -> Option<Option<i64>> {
        self.pids_limit.map(|p| (p > 0).then_some(p))
    }
}

/// cpu.weight for a `--cpu-shares` value, with the linear mapping of the v1 range
/// [2, 262144] onto the v2 range [1, 10000] that the common runtimes use (1024 -> 39).
pub fn shares_to_weight(shares: u64) -> u64 {
    let shares = shares.clamp(2, 262_144);
    1 + ((shares - 2) * 9999) / 262_142
}

/// io.weight for a `--blkio-weight` value: [10, 1000] mapped linearly onto [1, 10000].
pub fn blkio_to_io_weight(weight: u16) -> u64 {
    let w = u64::from(weight.clamp(10, 1000));
    1 + ((w - 10) * 9999) / 990
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_map_like_the_common_runtimes() {
        assert_eq!(shares_to_weight(2), 1);
        assert_eq!(shares_to_weight(1024), 39);
        assert_eq!(shares_to_weight(512), 20);
        assert_eq!(shares_to_weight(262_144), 10_000);
        assert_eq!(blkio_to_io_weight(10), 1);
        assert_eq!(blkio_to_io_weight(500), 4950);
        assert_eq!(blkio_to_io_weight(1000), 10_000);
    }

    #[test]
    fn cpu_and_swap_math() {
        let r = Resources {
            nano_cpus: Some(500_000_000),
            ..Default::default()
        };
        assert_eq!(r.cpu_max(), Some((Some(50_000), 100_000)));
        let r = Resources {
            cpu_quota: Some(20_000),
            cpu_period: Some(50_000),
            ..Default::default()
        };
        assert_eq!(r.cpu_max(), Some((Some(20_000), 50_000)));
        assert_eq!(Resources::default().cpu_max(), None);

        let mib = 1 << 20;
        let r = Resources {
            memory: Some(64 * mib),
            ..Default::default()
        };
        assert_eq!(r.swap_only(), Some(Some(64 * mib)));
        let r = Resources {
            memory: Some(64 * mib),
            memory_swap: Some(64 * mib),
            ..Default::default()
        };
        assert_eq!(r.swap_only(), Some(Some(0)));
        let r = Resources {
            memory: Some(64 * mib),
            memory_swap: Some(-1),
            ..Default::default()
        };
        assert_eq!(r.swap_only(), Some(None));
        assert!(r.has_limits());
        assert!(!Resources::default().has_limits());
    }

    #[test]
    fn merge_overrides_only_what_is_set() {
        let mut r = Resources {
            memory: Some(1),
            pids_limit: Some(5),
            ..Default::default()
        };
        r.merge(&Resources {
            pids_limit: Some(9),
            ..Default::default()
        });
        assert_eq!((r.memory, r.pids_limit), (Some(1), Some(9)));
    }

    #[test]
    fn old_records_load() {
        let r: Resources = serde_json::from_str("{}").unwrap();
        assert_eq!(r, Resources::default());
    }
}
