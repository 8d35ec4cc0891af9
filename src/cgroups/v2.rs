//! cgroup v2 files of one cgroup directory. Every function takes the directory, so unit
//! tests run on a tempdir of plain files.

use std::path::Path;

use anyhow::{Context as _, bail};

use super::resources::{blkio_to_io_weight, shares_to_weight};
use super::{Stats, read_trimmed, write_file};
use crate::spec::resources::Resources;

/// The controllers berth enables for container cgroups.
pub const CONTROLLERS: [&str; 5] = ["cpuset", "cpu", "io", "memory", "pids"];

fn max_or(v: Option<i64>) -> String {
    v.map_or_else(|| "max".to_string(), |n| n.to_string())
}

/// Write the limits that are set. A missing file means the controller is not enabled
/// for this cgroup; that is reported with the controller's name.
pub fn apply(dir: &Path, r: &Resources) -> anyhow::Result<()> {
    let set = |file: &str, value: String| -> anyhow::Result<()> {
        let path = dir.join(file);
        if !path.exists() {
            let ctrl = file.split('.').next().unwrap_or(file);
            bail!(
                "the cgroup v2 controller {ctrl} is not available in {} (needed for {file})",
                dir.display()
            );
        }
        write_file(&path, &value)
    };
    if let Some(m) = r.memory {
        set("memory.max", m.to_string())?;
    }
    if let Some(swap) = r.swap_only()
        && (r.memory.is_some() || r.memory_swap.is_some())
    {
        // Without swap accounting there is no file; only an explicit request must fail.
        if dir.join("memory.swap.max").exists() || r.memory_swap.is_some_and(|s| s != -1) {
            set("memory.swap.max", max_or(swap))?;
        }
    }
    if let Some(low) = r.memory_reservation {
        set("memory.low", low.to_string())?;
    }
    if let Some(shares) = r.cpu_shares {
        set("cpu.weight", shares_to_weight(shares).to_string())?;
    }
    if let Some((quota, period)) = r.cpu_max() {
        set("cpu.max", format!("{} {period}", max_or(quota)))?;
    }
    if let Some(c) = &r.cpuset_cpus {
        set("cpuset.cpus", c.clone())?;
    }
    if let Some(m) = &r.cpuset_mems {
        set("cpuset.mems", m.clone())?;
    }
    if let Some(p) = r.pids_max() {
        set("pids.max", max_or(p))?;
    }
    if let Some(w) = r.blkio_weight {
        if dir.join("io.bfq.weight").exists() {
            set("io.bfq.weight", w.to_string())?;
        } else {
            set("io.weight", format!("default {}", blkio_to_io_weight(w)))?;
        }
    }
    for (rates, key) in [(&r.device_read_bps, "rbps"), (&r.device_write_bps, "wbps")] {
        for d in rates {
            set(
                "io.max",
                format!("{}:{} {key}={}", d.major, d.minor, d.rate),
            )?;
        }
    }
    Ok(())
}

/// Enable `CONTROLLERS` (those the parent offers) for the children of `dir`.
pub fn enable_controllers(dir: &Path) -> anyhow::Result<()> {
    let available = read_trimmed(&dir.join("cgroup.controllers")).unwrap_or_default();
    let enabled = read_trimmed(&dir.join("cgroup.subtree_control")).unwrap_or_default();
    let want: Vec<String> = CONTROLLERS
        .iter()
        .filter(|c| available.split(' ').any(|a| a == **c))
        .filter(|c| !enabled.split(' ').any(|a| a == **c))
        .map(|c| format!("+{c}"))
        .collect();
    if want.is_empty() {
        return Ok(());
    }
    write_file(&dir.join("cgroup.subtree_control"), &want.join(" "))
}

fn keyed(text: &str, key: &str) -> Option<u64> {
    text.lines().find_map(|l| {
        let (k, v) = l.split_once(' ')?;
        (k == key).then(|| v.trim().parse().ok())?
    })
}

/// True when the kernel's OOM killer killed a task of this cgroup.
pub fn oom_killed(dir: &Path) -> bool {
    std::fs::read_to_string(dir.join("memory.events"))
        .ok()
        .and_then(|t| keyed(&t, "oom_kill"))
        .is_some_and(|n| n > 0)
}

pub fn stats(dir: &Path) -> Stats {
    let read = |f: &str| read_trimmed(&dir.join(f));
    let num = |f: &str| read(f).and_then(|t| t.parse::<u64>().ok());
    let limit = |f: &str| num(f);
    let cpu = read("cpu.stat");
    let io = read("io.stat");
    let (mut rd, mut wr) = (0, 0);
    for line in io.as_deref().unwrap_or_default().lines() {
        for kv in line.split(' ').skip(1) {
            match kv.split_once('=') {
                Some(("rbytes", v)) => rd += v.parse::<u64>().unwrap_or(0),
                Some(("wbytes", v)) => wr += v.parse::<u64>().unwrap_or(0),
                _ => {}
            }
        }
    }
    let cpu_usec = cpu.as_deref().and_then(|c| keyed(c, "usage_usec"));
    let memory = num("memory.current");
    let pids = num("pids.current");
    Stats {
        cpu_usage_ns: cpu_usec.unwrap_or(0) * 1000,
        memory_usage: memory.unwrap_or(0),
        memory_limit: limit("memory.max"),
        pids_current: pids.unwrap_or(0),
        pids_limit: limit("pids.max"),
        io_read_bytes: rd,
        io_write_bytes: wr,
        memory_inactive_file: read("memory.stat")
            .and_then(|t| keyed(&t, "inactive_file"))
            .unwrap_or(0),
        has: super::Has {
            cpu: cpu_usec.is_some(),
            memory: memory.is_some(),
            pids: pids.is_some(),
            io: io.is_some(),
        },
    }
}

/// Freeze or thaw, waiting until the kernel reports the new state.
pub fn freeze(dir: &Path, frozen: bool) -> anyhow::Result<()> {
    write_file(&dir.join("cgroup.freeze"), if frozen { "1" } else { "0" })?;
    let want = if frozen { 1 } else { 0 };
    for _ in 0..1000 {
        let events = std::fs::read_to_string(dir.join("cgroup.events"))
            .with_context(|| format!("reading {}/cgroup.events", dir.display()))?;
        if keyed(&events, "frozen") == Some(want) {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    bail!(
        "the cgroup {} did not reach the requested freezer state",
        dir.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fake(files: &[&str]) -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        for f in files {
            std::fs::write(d.path().join(f), "").unwrap();
        }
        d
    }

    fn read(d: &tempfile::TempDir, f: &str) -> String {
        std::fs::read_to_string(d.path().join(f)).unwrap()
    }

    #[test]
    fn limits_land_in_their_files() {
        let d = fake(&[
            "memory.max",
            "memory.swap.max",
            "memory.low",
            "cpu.weight",
            "cpu.max",
            "pids.max",
            "io.weight",
            "io.max",
        ]);
        let r = Resources {
            memory: Some(64 << 20),
            memory_reservation: Some(32 << 20),
            cpu_shares: Some(512),
            nano_cpus: Some(1_500_000_000),
            pids_limit: Some(-1),
            blkio_weight: Some(500),
            device_write_bps: vec![crate::spec::resources::DeviceRate {
                path: "/dev/sda".into(),
                rate: 1 << 20,
                major: 8,
                minor: 0,
            }],
            ..Default::default()
        };
        apply(d.path(), &r).unwrap();
        assert_eq!(read(&d, "memory.max"), (64 << 20).to_string());
        assert_eq!(read(&d, "memory.swap.max"), (64 << 20).to_string());
        assert_eq!(read(&d, "memory.low"), (32 << 20).to_string());
        assert_eq!(read(&d, "cpu.weight"), "20");
        assert_eq!(read(&d, "cpu.max"), "150000 100000");
        assert_eq!(read(&d, "pids.max"), "max");
        assert_eq!(read(&d, "io.weight"), "default 4950");
        assert_eq!(read(&d, "io.max"), "8:0 wbps=1048576");
    }

    #[test]
    fn missing_controller_is_named() {
        let d = fake(&[]);
        let r = Resources {
            pids_limit: Some(10),
            ..Default::default()
        };
        let e = apply(d.path(), &r).unwrap_err().to_string();
        assert!(e.contains("controller pids is not available"), "{e}");
    }

    #[test]
    fn stats_and_oom_read_kernel_formats() {
        let d = fake(&[]);
        let w = |f: &str, t: &str| std::fs::write(d.path().join(f), t).unwrap();
        w("cpu.stat", "usage_usec 1500\nuser_usec 1000\n");
        w("memory.current", "4096\n");
        w("memory.max", "max\n");
        w("pids.current", "3\n");
        w("pids.max", "10\n");
        w(
            "io.stat",
            "8:0 rbytes=10 wbytes=20 rios=1\n8:16 rbytes=1 wbytes=2\n",
        );
        w("memory.events", "low 0\nhigh 0\nmax 4\noom 1\noom_kill 1\n");
        let s = stats(d.path());
        assert_eq!(s.cpu_usage_ns, 1_500_000);
        assert_eq!((s.memory_usage, s.memory_limit), (4096, None));
        assert_eq!((s.pids_current, s.pids_limit), (3, Some(10)));
        assert_eq!((s.io_read_bytes, s.io_write_bytes), (11, 22));
        assert!(s.has.cpu && s.has.memory && s.has.pids && s.has.io);
        std::fs::remove_file(d.path().join("memory.current")).unwrap();
        assert!(!stats(d.path()).has.memory);
        assert!(oom_killed(d.path()));
        w("memory.events", "oom 0\noom_kill 0\n");
        assert!(!oom_killed(d.path()));
    }

    #[test]
    fn controllers_enabled_once() {
        let d = fake(&[]);
        std::fs::write(
            d.path().join("cgroup.controllers"),
            "cpu io memory hugetlb\n",
        )
        .unwrap();
        std::fs::write(d.path().join("cgroup.subtree_control"), "memory\n").unwrap();
        enable_controllers(d.path()).unwrap();
        assert_eq!(read(&d, "cgroup.subtree_control"), "+cpu +io");
    }
}
