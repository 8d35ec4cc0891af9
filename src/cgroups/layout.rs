//! Where the cgroup hierarchies are and where this process sits in them: pure parsers of
//! /proc/self/mountinfo and /proc/<pid>/cgroup, so every layout is unit-tested as text.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The v1 controllers berth uses (cpuacct for cpu usage, devices for the device allow-list).
pub const V1_CONTROLLERS: [&str; 8] = [
    "memory", "cpu", "cpuacct", "cpuset", "pids", "freezer", "blkio", "devices",
];

/// The mounted cgroup hierarchies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mounts {
    /// The cgroup2 mount point, if any (on hybrid hosts it may carry no controller).
    pub unified: Option<PathBuf>,
    /// v1 controller name -> mount point (several names may share one mount).
    pub v1: BTreeMap<String, PathBuf>,
}

/// Parse /proc/self/mountinfo text for cgroup and cgroup2 mounts.
pub fn parse_mounts(mountinfo: &str) -> Mounts {
    let mut m = Mounts::default();
    for line in mountinfo.lines() {
        // id parent maj:min root mountpoint opts [optional...] - fstype source superopts
        let Some((left, right)) = line.split_once(" - ") else {
            continue;
        };
        let fields: Vec<&str> = left.split(' ').collect();
        let rfields: Vec<&str> = right.split(' ').collect();
        let (Some(mountpoint), Some(fstype)) = (fields.get(4), rfields.first()) else {
            continue;
        };
        // A bind of a sub-cgroup (root != "/") is not the hierarchy's root.
        if fields.get(3) != Some(&"/") {
            continue;
        }
        let mountpoint = PathBuf::from(unescape(mountpoint));
        match *fstype {
            "cgroup2" => {
                m.unified.get_or_insert(mountpoint);
            }
            "cgroup" => {
                let opts = rfields.get(2).copied().unwrap_or_default();
                for opt in opts.split(',') {
                    if V1_CONTROLLERS.contains(&opt) {
                        m.v1.entry(opt.to_string()).or_insert(mountpoint.clone());
                    }
                }
            }
            _ => {}
        }
    }
    m
}

fn unescape(s: &str) -> String {
    s.replace("\\040", " ")
        .replace("\\011", "\t")
        .replace("\\012", "\n")
        .replace("\\134", "\\")
}

/// A process's cgroup membership: the v2 path and the v1 path per controller.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Membership {
    pub unified: Option<String>,
    pub v1: BTreeMap<String, String>,
}

/// Parse /proc/<pid>/cgroup.
pub fn parse_membership(text: &str) -> Membership {
    let mut m = Membership::default();
    for line in text.lines() {
        let mut f = line.splitn(3, ':');
        let (Some(id), Some(ctrls), Some(path)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        if id == "0" && ctrls.is_empty() {
            m.unified = Some(path.to_string());
        } else {
            for c in ctrls.split(',') {
                m.v1.insert(c.to_string(), path.to_string());
            }
        }
    }
    m
}

/// `base` joined with an absolute cgroup path.
pub fn join(base: &Path, cgroup_path: &str) -> PathBuf {
    base.join(cgroup_path.trim_start_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HYBRID: &str = "\
25 30 0:22 / /sys/fs/cgroup ro,nosuid,nodev,noexec shared:9 - tmpfs tmpfs ro,mode=755
26 25 0:23 / /sys/fs/cgroup/unified rw,nosuid,nodev,noexec,relatime shared:10 - cgroup2 cgroup2 rw
28 25 0:25 / /sys/fs/cgroup/cpu,cpuacct rw,nosuid shared:13 - cgroup cgroup rw,cpu,cpuacct
29 25 0:26 / /sys/fs/cgroup/memory rw,nosuid shared:14 - cgroup cgroup rw,memory
30 25 0:27 / /sys/fs/cgroup/pids rw,nosuid shared:15 - cgroup cgroup rw,pids
31 25 0:28 / /sys/fs/cgroup/systemd rw shared:16 - cgroup cgroup rw,xattr,name=systemd
40 25 0:29 /sub /mnt/bound rw shared:17 - cgroup cgroup rw,freezer
";

    #[test]
    fn hybrid_mounts() {
        let m = parse_mounts(HYBRID);
        assert_eq!(
            m.unified.as_deref(),
            Some(Path::new("/sys/fs/cgroup/unified"))
        );
        assert_eq!(
            m.v1.get("cpuacct").map(PathBuf::as_path),
            Some(Path::new("/sys/fs/cgroup/cpu,cpuacct"))
        );
        assert_eq!(m.v1.get("cpu"), m.v1.get("cpuacct"));
        assert!(m.v1.contains_key("memory") && m.v1.contains_key("pids"));
        assert!(!m.v1.contains_key("name=systemd"));
        assert!(
            !m.v1.contains_key("freezer"),
            "a bound sub-cgroup is no hierarchy root"
        );
    }

    #[test]
    fn unified_only() {
        let m =
            parse_mounts("35 24 0:30 / /sys/fs/cgroup rw,nosuid - cgroup2 cgroup2 rw,nsdelegate\n");
        assert_eq!(m.unified.as_deref(), Some(Path::new("/sys/fs/cgroup")));
        assert!(m.v1.is_empty());
    }

    #[test]
    fn membership() {
        let m = parse_membership("4:memory:/a/b\n1:cpu,cpuacct:/\n0::/user.slice/x.scope\n");
        assert_eq!(m.unified.as_deref(), Some("/user.slice/x.scope"));
        assert_eq!(m.v1.get("memory").map(String::as_str), Some("/a/b"));
        assert_eq!(m.v1.get("cpuacct").map(String::as_str), Some("/"));
        assert_eq!(
            join(Path::new("/sys/fs/cgroup"), "/a/b"),
            Path::new("/sys/fs/cgroup/a/b")
        );
    }
}
