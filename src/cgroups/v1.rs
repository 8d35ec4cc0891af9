//! cgroup v1 files: one directory per controller hierarchy. Every function takes the
//! directories, so unit tests run on tempdirs of plain files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use super::{Stats, read_trimmed, write_file};
use crate::spec::resources::Resources;

/// Controller name -> this cgroup's directory in that controller's hierarchy.
pub type Dirs = BTreeMap<String, PathBuf>;

fn dir<'a>(dirs: &'a Dirs, ctrl: &str, what: &str) -> anyhow::Result<&'a Path> {
    match dirs.get(ctrl) {
        Some(d) => Ok(d),
        None => bail!("the cgroup v1 controller {ctrl} is not mounted (needed for {what})"),
    }
}

fn set(dirs: &Dirs, ctrl: &str, file: &str, value: &str) -> anyhow::Result<()> {
    let d = dir(dirs, ctrl, file)?;
    write_file(&d.join(file), value)
}

pub fn apply(dirs: &Dirs, r: &Resources) -> anyhow::Result<()> {
    // memory.limit_in_bytes may never exceed memory.memsw.limit_in_bytes: raising memory
    // past the old total needs the total raised first, so retry in that order.
    if let Some(m) = r.memory
        && set(dirs, "memory", "memory.limit_in_bytes", &m.to_string()).is_err()
    {
        apply_swap(dirs, r)?;
        set(dirs, "memory", "memory.limit_in_bytes", &m.to_string())?;
    }
    apply_swap(dirs, r)?;
    apply_rest(dirs, r)
}

fn apply_swap(dirs: &Dirs, r: &Resources) -> anyhow::Result<()> {
    if let (Some(swap), Some(d)) = (r.swap_only(), dirs.get("memory")) {
        let memsw = d.join("memory.memsw.limit_in_bytes");
        if memsw.exists() {
            let total = match (swap, r.memory) {
                (None, _) => -1,
                (Some(s), Some(m)) => m + s,
                (Some(s), None) => s,
            };
            write_file(&memsw, &total.to_string())?;
        } else if r.memory_swap.is_some_and(|s| s != -1) {
            bail!("--memory-swap needs swap accounting, which this kernel does not provide");
        }
    }
    Ok(())
}

fn apply_rest(dirs: &Dirs, r: &Resources) -> anyhow::Result<()> {
    if let Some(low) = r.memory_reservation {
        set(
            dirs,
            "memory",
            "memory.soft_limit_in_bytes",
            &low.to_string(),
        )?;
    }
    if let Some(shares) = r.cpu_shares {
        set(dirs, "cpu", "cpu.shares", &shares.to_string())?;
    }
    if let Some((quota, period)) = r.cpu_max() {
        set(dirs, "cpu", "cpu.cfs_period_us", &period.to_string())?;
        set(
            dirs,
            "cpu",
            "cpu.cfs_quota_us",
            &quota.unwrap_or(-1).to_string(),
        )?;
    }
    if let Some(c) = &r.cpuset_cpus {
        set(dirs, "cpuset", "cpuset.cpus", c)?;
    }
    if let Some(m) = &r.cpuset_mems {
        set(dirs, "cpuset", "cpuset.mems", m)?;
    }
    if let Some(p) = r.pids_max() {
        let v = p.map_or_else(|| "max".to_string(), |n| n.to_string());
        set(dirs, "pids", "pids.max", &v)?;
    }
    if let Some(w) = r.blkio_weight {
        set(dirs, "blkio", "blkio.weight", &w.to_string())?;
    }
    for (rates, file) in [
        (&r.device_read_bps, "blkio.throttle.read_bps_device"),
        (&r.device_write_bps, "blkio.throttle.write_bps_device"),
    ] {
        for d in rates {
            set(
                dirs,
                "blkio",
                file,
                &format!("{}:{} {}", d.major, d.minor, d.rate),
            )?;
        }
    }
    Ok(())
}

/// A new cpuset cgroup starts with no cpus and no memory nodes and accepts no task until
/// both are set: copy them from the parent where empty.
pub fn init_cpuset(dir: &Path) -> anyhow::Result<()> {
    for file in ["cpuset.cpus", "cpuset.mems"] {
        let own = dir.join(file);
        if read_trimmed(&own).is_some_and(|v| v.is_empty())
            && let Some(parent) = dir.parent()
        {
            let value = read_trimmed(&parent.join(file)).unwrap_or_default();
            write_file(&own, &value)?;
        }
    }
    Ok(())
}

/// Device allow-list: deny all, then allow `rules` ("c 1:3 rwm").
pub fn set_devices(dir: &Path, rules: &[String]) -> anyhow::Result<()> {
    write_file(&dir.join("devices.deny"), "a")?;
    for rule in rules {
        write_file(&dir.join("devices.allow"), rule)?;
    }
    Ok(())
}

pub fn oom_killed(dirs: &Dirs) -> bool {
    let Some(d) = dirs.get("memory") else {
        return false;
    };
    let text = std::fs::read_to_string(d.join("memory.oom_control")).unwrap_or_default();
    text.lines().any(|l| {
        l.strip_prefix("oom_kill ")
            .and_then(|n| n.trim().parse::<u64>().ok())
            .is_some_and(|n| n > 0)
    })
}

/// A v1 limit file holds a huge number for "unlimited".
fn limit(v: Option<u64>) -> Option<u64> {
    v.filter(|n| *n < (i64::MAX as u64 / 4096) * 4096)
}

pub fn stats(dirs: &Dirs) -> Stats {
    let num = |ctrl: &str, file: &str| -> Option<u64> {
        read_trimmed(&dirs.get(ctrl)?.join(file))?.parse().ok()
    };
    let (mut rd, mut wr) = (0, 0);
    let blkio = dirs
        .get("blkio")
        .and_then(|d| std::fs::read_to_string(d.join("blkio.throttle.io_service_bytes")).ok());
    for line in blkio.as_deref().unwrap_or_default().lines() {
        let f: Vec<&str> = line.split(' ').collect();
        match f.as_slice() {
            [_, "Read", n] => rd += n.parse::<u64>().unwrap_or(0),
            [_, "Write", n] => wr += n.parse::<u64>().unwrap_or(0),
            _ => {}
        }
    }
    let cpu = num("cpuacct", "cpuacct.usage");
    let memory = num("memory", "memory.usage_in_bytes");
    let pids = num("pids", "pids.current");
    let inactive = dirs
        .get("memory")
        .and_then(|d| std::fs::read_to_string(d.join("memory.stat")).ok())
        .and_then(|t| {
            t.lines().find_map(|l| {
                let (k, v) = l.split_once(' ')?;
                (k == "total_inactive_file").then(|| v.trim().parse().ok())?
            })
        });
    Stats {
        cpu_usage_ns: cpu.unwrap_or(0),
        memory_usage: memory.unwrap_or(0),
        memory_limit: limit(num("memory", "memory.limit_in_bytes")),
        pids_current: pids.unwrap_or(0),
        pids_limit: num("pids", "pids.max"),
        io_read_bytes: rd,
        io_write_bytes: wr,
        memory_inactive_file: inactive.unwrap_or(0),
        has: super::Has {
            cpu: cpu.is_some(),
            memory: memory.is_some(),
            pids: pids.is_some(),
            io: blkio.is_some(),
        },
    }
}

pub fn freeze(dirs: &Dirs, frozen: bool) -> anyhow::Result<()> {
    let d = dir(dirs, "freezer", "pause")?;
    let want = if frozen { "FROZEN" } else { "THAWED" };
    let state = d.join("freezer.state");
    for _ in 0..1000 {
        write_file(&state, want)?;
        let now = std::fs::read_to_string(&state)
            .with_context(|| format!("reading {}", state.display()))?;
        if now.trim() == want {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    bail!("the freezer cgroup {} did not become {want}", d.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_land_in_their_hierarchies() {
        let t = tempfile::tempdir().unwrap();
        let mut dirs = Dirs::new();
        for c in ["memory", "cpu", "pids", "blkio"] {
            let d = t.path().join(c);
            std::fs::create_dir(&d).unwrap();
            dirs.insert(c.into(), d);
        }
        std::fs::write(dirs["memory"].join("memory.memsw.limit_in_bytes"), "").unwrap();
        let r = Resources {
            memory: Some(100),
            memory_swap: Some(300),
            cpu_shares: Some(512),
            cpu_quota: Some(50_000),
            pids_limit: Some(7),
            blkio_weight: Some(300),
            ..Default::default()
        };
        apply(&dirs, &r).unwrap();
        let read = |c: &str, f: &str| std::fs::read_to_string(dirs[c].join(f)).unwrap();
        assert_eq!(read("memory", "memory.limit_in_bytes"), "100");
        assert_eq!(read("memory", "memory.memsw.limit_in_bytes"), "300");
        assert_eq!(read("cpu", "cpu.shares"), "512");
        assert_eq!(read("cpu", "cpu.cfs_quota_us"), "50000");
        assert_eq!(read("cpu", "cpu.cfs_period_us"), "100000");
        assert_eq!(read("pids", "pids.max"), "7");
        assert_eq!(read("blkio", "blkio.weight"), "300");

        let e = apply(
            &dirs,
            &Resources {
                cpuset_cpus: Some("0".into()),
                ..Default::default()
            },
        )
        .unwrap_err();
        assert!(e.to_string().contains("cpuset is not mounted"), "{e}");
    }

    #[test]
    fn cpuset_inherits_from_parent() {
        let t = tempfile::tempdir().unwrap();
        std::fs::write(t.path().join("cpuset.cpus"), "0-1\n").unwrap();
        std::fs::write(t.path().join("cpuset.mems"), "0\n").unwrap();
        let child = t.path().join("c");
        std::fs::create_dir(&child).unwrap();
        std::fs::write(child.join("cpuset.cpus"), "\n").unwrap();
        std::fs::write(child.join("cpuset.mems"), "0\n").unwrap();
        init_cpuset(&child).unwrap();
        assert_eq!(
            std::fs::read_to_string(child.join("cpuset.cpus")).unwrap(),
            "0-1"
        );
    }

    #[test]
    fn oom_and_stats() {
        let t = tempfile::tempdir().unwrap();
        let mut dirs = Dirs::new();
        dirs.insert("memory".into(), t.path().to_path_buf());
        std::fs::write(
            t.path().join("memory.oom_control"),
            "oom_kill_disable 0\nunder_oom 0\noom_kill 2\n",
        )
        .unwrap();
        std::fs::write(
            t.path().join("memory.limit_in_bytes"),
            "9223372036854771712\n",
        )
        .unwrap();
        std::fs::write(t.path().join("memory.usage_in_bytes"), "8192\n").unwrap();
        assert!(oom_killed(&dirs));
        let s = stats(&dirs);
        assert_eq!((s.memory_usage, s.memory_limit), (8192, None));
    }
}
