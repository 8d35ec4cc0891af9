//! `stats`: one reading of a container's resource use. Each figure comes from the
//! container's cgroup when the cgroup holds it; otherwise it is summed over the container's
//! processes from /proc, and a figure neither source gives stays unknown (`None`), never
//! guessed.
//!
//! The /proc fallbacks and what they count:
//! - CPU: utime + stime + cutime + cstime of each process (`/proc/<pid>/stat`), so the time
//!   of children already reaped inside the container still counts;
//! - memory: the resident set (`VmRSS`) of each process; pages shared between processes
//!   count once per process, so this may read higher than the cgroup's figure;
//! - PIDs: the threads of each process, as the pids controller counts tasks;
//! - block I/O: `read_bytes`/`write_bytes` of `/proc/<pid>/io` (reaped children included).
//!
//! NET I/O is read from the init's own network namespace (`/proc/<init>/net/dev`, loopback
//! left out). A container on the host's network has no network of its own: 0 both ways, as
//! docker reports it.

use crate::spec::NetworkMode;
use crate::store::containers::ContainerRecord;

/// Linux's USER_HZ, the unit of the times in /proc/<pid>/stat and /proc/stat: 100 on every
/// architecture berth builds for.
const USER_HZ: u64 = 100;
const NS_PER_TICK: u64 = 1_000_000_000 / USER_HZ;

/// What one look at a container found. A `None` figure is unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    /// CPU time the container has used, in ns.
    pub cpu_ns: Option<u64>,
    /// CPU time the whole host has spent (every CPU, idle included), in ns: the base the
    /// container's share is taken against.
    pub system_ns: Option<u64>,
    pub online_cpus: u32,
    /// Memory in use, without the inactive file cache.
    pub memory: Option<u64>,
    /// The container's memory limit, or the host's memory when it has none.
    pub memory_limit: Option<u64>,
    pub pids: Option<u64>,
    /// Bytes (read, written).
    pub block_io: Option<(u64, u64)>,
    /// Bytes (received, sent).
    pub net_io: Option<(u64, u64)>,
}

impl Reading {
    /// A container that is not running uses nothing: zeros, a zero limit, as docker shows
    /// a stopped container.
    pub fn stopped() -> Reading {
        Reading {
            cpu_ns: Some(0),
            system_ns: None,
            online_cpus: 0,
            memory: Some(0),
            memory_limit: Some(0),
            pids: Some(0),
            block_io: Some((0, 0)),
            net_io: Some((0, 0)),
        }
    }

    /// CPU use between `prev` and this reading, in percent of one CPU (a container busy on
    /// two CPUs shows 200%): the container's CPU time over the host's, times the CPUs.
    pub fn cpu_percent(&self, prev: &Reading) -> Option<f64> {
        let cpu = self.cpu_ns?.checked_sub(prev.cpu_ns?)?;
        let system = self.system_ns?.checked_sub(prev.system_ns?)?;
        if system == 0 {
            return Some(0.0);
        }
        Some(cpu as f64 / system as f64 * f64::from(self.online_cpus) * 100.0)
    }
}

/// Read the figures of a running container whose init is `pid`.
pub fn read(rec: &ContainerRecord, pid: i32, rootless: bool) -> Reading {
    let host = host_cpu();
    let cgroup = crate::cgroups::find(&rec.id, rootless);
    let stats = cgroup.as_ref().map(crate::cgroups::Cgroup::stats);
    let has = stats.as_ref().map(|s| s.has).unwrap_or_default();
    let pids = match &cgroup {
        Some(cg) => cg.pids(),
        None => crate::runtime::top::container_pids(pid).unwrap_or_default(),
    };
    // The /proc sums are read only when the cgroup lacks a figure.
    let procs: Vec<ProcFigures> = if has.cpu && has.memory && has.pids && has.io {
        Vec::new()
    } else {
        pids.iter().filter_map(|p| proc_figures(*p)).collect()
    };
    let sum = |f: &dyn Fn(&ProcFigures) -> Option<u64>| -> Option<u64> {
        if procs.is_empty() {
            return None;
        }
        procs.iter().map(f).sum()
    };
    let s = stats.unwrap_or_default();
    let memory_limit = if has.memory { s.memory_limit } else { None };
    Reading {
        cpu_ns: if has.cpu {
            Some(s.cpu_usage_ns)
        } else {
            sum(&|p| Some(p.cpu_ticks * NS_PER_TICK))
        },
        system_ns: host.map(|h| h.0),
        online_cpus: host.map_or(0, |h| h.1),
        memory: if has.memory {
            Some(s.memory_usage.saturating_sub(s.memory_inactive_file))
        } else {
            sum(&|p| p.rss)
        },
        memory_limit: match (memory_limit, host_memory()) {
            (Some(l), Some(m)) => Some(l.min(m)),
            (l, m) => l.or(m),
        },
        pids: if has.pids {
            Some(s.pids_current)
        } else {
            sum(&|p| Some(p.threads))
        },
        block_io: if has.io {
            Some((s.io_read_bytes, s.io_write_bytes))
        } else {
            sum(&|p| p.io.map(|io| io.0)).and_then(|r| Some((r, sum(&|p| p.io.map(|io| io.1))?)))
        },
        net_io: match rec.spec.network {
            NetworkMode::Host => Some((0, 0)),
            _ => net_dev(pid),
        },
    }
}

/// One process's figures from /proc.
struct ProcFigures {
    cpu_ticks: u64,
    rss: Option<u64>,
    threads: u64,
    /// (read, written) bytes; `None` when /proc/<pid>/io may not be read.
    io: Option<(u64, u64)>,
}

fn proc_figures(pid: i32) -> Option<ProcFigures> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let io = std::fs::read_to_string(format!("/proc/{pid}/io")).ok();
    Some(ProcFigures {
        cpu_ticks: stat_cpu_ticks(&stat)?,
        rss: keyed(&status, "VmRSS:").map(|kb| kb * 1024),
        threads: keyed(&status, "Threads:")?,
        io: io.and_then(|t| Some((keyed(&t, "read_bytes:")?, keyed(&t, "write_bytes:")?))),
    })
}

/// utime + stime + cutime + cstime from a /proc/<pid>/stat line. The command name may hold
/// spaces and parentheses, so fields are counted after its last ')'.
fn stat_cpu_ticks(stat: &str) -> Option<u64> {
    let after = &stat[stat.rfind(')')? + 1..];
    // After the name: state is field 3; utime..cstime are fields 14..17.
    let fields: Vec<&str> = after.split_whitespace().collect();
    fields
        .get(11..15)?
        .iter()
        .map(|f| f.parse::<u64>().ok())
        .sum()
}

/// The number after `key` on its line ("VmRSS:   1234 kB" gives 1234).
fn keyed(text: &str, key: &str) -> Option<u64> {
    text.lines().find_map(|l| {
        let rest = l.strip_prefix(key)?;
        rest.split_whitespace().next()?.parse().ok()
    })
}

/// The host's CPU time in ns (user, nice, system, idle, iowait, irq, softirq of every CPU,
/// as docker sums them) and the number of online CPUs, from /proc/stat.
fn host_cpu() -> Option<(u64, u32)> {
    parse_proc_stat(&std::fs::read_to_string("/proc/stat").ok()?)
}

fn parse_proc_stat(text: &str) -> Option<(u64, u32)> {
    let total_line = text.lines().find(|l| l.starts_with("cpu "))?;
    let ticks: u64 = total_line
        .split_whitespace()
        .skip(1)
        .take(7)
        .map(|f| f.parse::<u64>().ok())
        .sum::<Option<u64>>()?;
    let cpus = text
        .lines()
        .filter(|l| l.starts_with("cpu") && l.as_bytes().get(3).is_some_and(u8::is_ascii_digit))
        .count();
    Some((ticks * NS_PER_TICK, u32::try_from(cpus).ok()?))
}

fn host_memory() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    keyed(&text, "MemTotal:").map(|kb| kb * 1024)
}

/// Bytes received and sent on the init's network interfaces, loopback left out.
fn net_dev(pid: i32) -> Option<(u64, u64)> {
    parse_net_dev(&std::fs::read_to_string(format!("/proc/{pid}/net/dev")).ok()?)
}

fn parse_net_dev(text: &str) -> Option<(u64, u64)> {
    let (mut rx, mut tx) = (0u64, 0u64);
    // Two header lines, then "  eth0: rx_bytes rx_packets ... (8 receive fields) tx_bytes ...".
    for line in text.lines().skip(2) {
        let (name, figures) = line.split_once(':')?;
        if name.trim() == "lo" {
            continue;
        }
        let f: Vec<u64> = figures
            .split_whitespace()
            .map(|x| x.parse().ok())
            .collect::<Option<_>>()?;
        rx += f.first()?;
        tx += f.get(8)?;
    }
    Some((rx, tx))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_times_follow_the_last_parenthesis() {
        let line = "42 (a) b (c)) S 1 42 42 0 -1 4194560 100 0 0 0 7 3 2 1 20 0 1 0 5 0 0";
        assert_eq!(stat_cpu_ticks(line), Some(7 + 3 + 2 + 1));
        assert_eq!(stat_cpu_ticks("42 (x) S 1"), None);
    }

    #[test]
    fn proc_stat_sums_seven_fields_and_counts_cpus() {
        let text = "cpu  10 1 5 100 2 0 1 9 0 0\ncpu0 5 0 2 50 1 0 0 0 0 0\n\
                    cpu1 5 1 3 50 1 0 1 0 0 0\nintr 1 2\n";
        assert_eq!(parse_proc_stat(text), Some((119 * NS_PER_TICK, 2)));
    }

    #[test]
    fn net_dev_leaves_loopback_out() {
        let text = "Inter-|   Receive                            |  Transmit\n \
            face |bytes    packets errs drop fifo frame compressed multicast|bytes ...\n    \
            lo:     500       5    0    0    0     0          0         0      500       5    0    0    0     0       0          0\n  \
            eth0:    1000      10    0    0    0     0          0         0     2000      20    0    0    0     0       0          0\n";
        assert_eq!(parse_net_dev(text), Some((1000, 2000)));
    }

    #[test]
    fn cpu_percent_is_the_share_of_the_host_times_cpus() {
        let at = |cpu, sys| Reading {
            cpu_ns: Some(cpu),
            system_ns: Some(sys),
            online_cpus: 2,
            ..Reading::default()
        };
        // Half of one CPU on a two-CPU host: a quarter of the host's time.
        let p = at(1_250, 10_000).cpu_percent(&at(1_000, 9_000)).unwrap();
        assert!((p - 50.0).abs() < 1e-9, "{p}");
        assert_eq!(at(1, 1).cpu_percent(&Reading::default()), None);
    }
}
