//! Facts about the host that decide what berth can do here: kernel, cgroup layout and
//! controllers, overlayfs, user namespaces, seccomp. Read-only probes of /proc, /sys and
//! /etc; every probe is best effort (a missing file means "unknown" or "no", never an
//! error). Paths are taken relative to a [`Host`] root so unit tests use a tempdir.

use std::path::{Path, PathBuf};

/// Where the host's /proc, /sys and /etc are found ("/" on a real system).
#[derive(Debug, Clone)]
pub struct Host {
    root: PathBuf,
}

/// How cgroups are mounted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum CgroupLayout {
    /// cgroup v2 only (`/sys/fs/cgroup` is cgroup2).
    Unified,
    /// v1 hierarchies with a cgroup2 mount beside them at `/sys/fs/cgroup/unified`.
    Hybrid,
    /// v1 hierarchies only.
    Legacy,
    /// Nothing recognisable at `/sys/fs/cgroup`.
    None,
}

impl CgroupLayout {
    /// The version resource limits are applied with: "2" when unified, "1" otherwise,
    /// "" when there are no cgroups.
    pub fn version(self) -> &'static str {
        match self {
            CgroupLayout::Unified => "2",
            CgroupLayout::Hybrid | CgroupLayout::Legacy => "1",
            CgroupLayout::None => "",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            CgroupLayout::Unified => "unified",
            CgroupLayout::Hybrid => "hybrid",
            CgroupLayout::Legacy => "legacy",
            CgroupLayout::None => "none",
        }
    }
}

/// Whether unprivileged users may create user namespaces, and why not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsernsSupport {
    pub available: bool,
    /// Why not, when not available ("user.max_user_namespaces is 0", ...).
    pub reason: Option<String>,
}

impl Default for Host {
    fn default() -> Self {
        Host::new("/")
    }
}

impl Host {
    pub fn new(root: impl Into<PathBuf>) -> Host {
        Host { root: root.into() }
    }

    fn path(&self, abs: &str) -> PathBuf {
        self.root.join(abs.trim_start_matches('/'))
    }

    fn read(&self, abs: &str) -> Option<String> {
        std::fs::read_to_string(self.path(abs)).ok()
    }

    /// `uname -r`. Only meaningful for the real host (it is a syscall, not a file).
    pub fn kernel_release() -> String {
        rustix::system::uname()
            .release()
            .to_string_lossy()
            .into_owned()
    }

    /// `PRETTY_NAME` from /etc/os-release (or /usr/lib/os-release).
    pub fn os_name(&self) -> Option<String> {
        let text = self
            .read("/etc/os-release")
            .or_else(|| self.read("/usr/lib/os-release"))?;
        text.lines().find_map(|l| {
            let v = l.strip_prefix("PRETTY_NAME=")?;
            Some(v.trim().trim_matches('"').to_owned())
        })
    }

    /// Total memory in bytes (MemTotal of /proc/meminfo).
    pub fn mem_total(&self) -> Option<u64> {
        let text = self.read("/proc/meminfo")?;
        let line = text.lines().find(|l| l.starts_with("MemTotal:"))?;
        let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb * 1024)
    }

    pub fn cgroup_layout(&self) -> CgroupLayout {
        let base = self.path("/sys/fs/cgroup");
        if base.join("cgroup.controllers").is_file() {
            CgroupLayout::Unified
        } else if base.join("unified/cgroup.controllers").is_file() {
            CgroupLayout::Hybrid
        } else if self.v1_controllers().is_empty() {
            CgroupLayout::None
        } else {
            CgroupLayout::Legacy
        }
    }

    /// Controllers that can be used from this process's own cgroup.
    ///
    /// v2: the `cgroup.controllers` of the cgroup named in /proc/self/cgroup (what was
    /// delegated to it). v1 and hybrid: the enabled v1 controllers that are mounted (a
    /// hierarchy id other than 0), plus, for hybrid, the ones on the v2 mount.
    pub fn cgroup_controllers(&self) -> Vec<String> {
        match self.cgroup_layout() {
            CgroupLayout::Unified => {
                let own = self.own_v2_cgroup().unwrap_or_default();
                let dir = self
                    .path("/sys/fs/cgroup")
                    .join(own.trim_start_matches('/'));
                read_words(&dir.join("cgroup.controllers"))
                    .or_else(|| read_words(&self.path("/sys/fs/cgroup/cgroup.controllers")))
                    .unwrap_or_default()
            }
            CgroupLayout::Hybrid => {
                let mut list = self.v1_controllers();
                for c in read_words(&self.path("/sys/fs/cgroup/unified/cgroup.controllers"))
                    .unwrap_or_default()
                {
                    if !list.contains(&c) {
                        list.push(c);
                    }
                }
                list
            }
            CgroupLayout::Legacy => self.v1_controllers(),
            CgroupLayout::None => Vec::new(),
        }
    }

    /// The v2 path of this process ("0::/path" in /proc/self/cgroup).
    pub fn own_v2_cgroup(&self) -> Option<String> {
        let text = self.read("/proc/self/cgroup")?;
        text.lines()
            .find_map(|l| l.strip_prefix("0::").map(str::to_owned))
    }

    fn v1_controllers(&self) -> Vec<String> {
        let Some(text) = self.read("/proc/cgroups") else {
            return Vec::new();
        };
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                // subsys_name hierarchy num_cgroups enabled
                (f.len() >= 4 && f[1] != "0" && f[3] == "1").then(|| f[0].to_owned())
            })
            .collect()
    }

    /// The kernel knows overlayfs: listed in /proc/filesystems, or available as a module.
    pub fn overlay_available(&self) -> bool {
        let listed = self.read("/proc/filesystems").is_some_and(|t| {
            t.lines()
                .any(|l| l.split_whitespace().last() == Some("overlay"))
        });
        listed
            || self.path("/sys/module/overlay").is_dir()
            || self
                .path("/lib/modules")
                .join(Host::kernel_release())
                .join("kernel/fs/overlayfs")
                .is_dir()
    }

    pub fn userns_support(&self) -> UsernsSupport {
        let no = |reason: String| UsernsSupport {
            available: false,
            reason: Some(reason),
        };
        match self.read("/proc/sys/user/max_user_namespaces") {
            None => return no("/proc/sys/user/max_user_namespaces is missing".into()),
            Some(v) if v.trim() == "0" => return no("user.max_user_namespaces is 0".into()),
            Some(_) => {}
        }
        if self
            .read("/proc/sys/kernel/unprivileged_userns_clone")
            .is_some_and(|v| v.trim() == "0")
        {
            return no("kernel.unprivileged_userns_clone is 0".into());
        }
        if self
            .read("/proc/sys/kernel/apparmor_restrict_unprivileged_userns")
            .is_some_and(|v| v.trim() == "1")
        {
            return no("kernel.apparmor_restrict_unprivileged_userns is 1".into());
        }
        UsernsSupport {
            available: true,
            reason: None,
        }
    }

    /// The kernel supports seccomp filters: /proc/self/status has a Seccomp field and the
    /// filter actions berth needs are listed.
    pub fn seccomp_available(&self) -> bool {
        let has_field = self
            .read("/proc/self/status")
            .is_some_and(|t| t.lines().any(|l| l.starts_with("Seccomp:")));
        let actions = self
            .read("/proc/sys/kernel/seccomp/actions_avail")
            .unwrap_or_default();
        has_field && actions.split_whitespace().any(|a| a == "errno")
    }
}

fn read_words(path: &Path) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(text.split_whitespace().map(str::to_owned).collect())
}

/// First match of `cmd` in PATH.
pub fn which(cmd: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(cmd))
        .find(|p| p.is_file())
}

/// A device node named on the command line (`--device`, `--device-read-bps`, ...): its
/// kind (`'c'` or `'b'`) and numbers, None when the path is no device. Followed through
/// links, as the flags mean the device a path leads to.
pub fn device(path: &str) -> std::io::Result<Option<(char, u64, u64)>> {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let meta = std::fs::metadata(path)?;
    let kind = if meta.file_type().is_char_device() {
        'c'
    } else if meta.file_type().is_block_device() {
        'b'
    } else {
        return Ok(None);
    };
    let rdev = meta.rdev();
    Ok(Some((
        kind,
        u64::from(rustix::fs::major(rdev)),
        u64::from(rustix::fs::minor(rdev)),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put(root: &Path, rel: &str, text: &str) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    const PROC_CGROUPS: &str = "#subsys_name\thierarchy\tnum_cgroups\tenabled\n\
        cpuset\t3\t1\t1\ncpu\t1\t1\t1\nmemory\t4\t44\t1\nnet_cls\t0\t1\t1\n\
        hugetlb\t0\t1\t1\npids\t8\t1\t1\nrdma\t9\t1\t0\n";

    #[test]
    fn hybrid_layout_lists_v1_and_v2_controllers() {
        let t = tempfile::tempdir().unwrap();
        put(t.path(), "proc/cgroups", PROC_CGROUPS);
        put(
            t.path(),
            "sys/fs/cgroup/unified/cgroup.controllers",
            "hugetlb\n",
        );
        let h = Host::new(t.path());
        assert_eq!(h.cgroup_layout(), CgroupLayout::Hybrid);
        assert_eq!(h.cgroup_layout().version(), "1");
        assert_eq!(
            h.cgroup_controllers(),
            ["cpuset", "cpu", "memory", "pids", "hugetlb"]
        );
    }

    #[test]
    fn legacy_layout() {
        let t = tempfile::tempdir().unwrap();
        put(t.path(), "proc/cgroups", PROC_CGROUPS);
        let h = Host::new(t.path());
        assert_eq!(h.cgroup_layout(), CgroupLayout::Legacy);
        assert_eq!(h.cgroup_controllers(), ["cpuset", "cpu", "memory", "pids"]);
    }

    #[test]
    fn unified_layout_uses_own_cgroup() {
        let t = tempfile::tempdir().unwrap();
        put(
            t.path(),
            "sys/fs/cgroup/cgroup.controllers",
            "cpuset cpu io memory pids\n",
        );
        put(
            t.path(),
            "sys/fs/cgroup/user.slice/u1/cgroup.controllers",
            "memory pids\n",
        );
        put(t.path(), "proc/self/cgroup", "0::/user.slice/u1\n");
        let h = Host::new(t.path());
        assert_eq!(h.cgroup_layout(), CgroupLayout::Unified);
        assert_eq!(h.cgroup_layout().version(), "2");
        assert_eq!(h.cgroup_controllers(), ["memory", "pids"]);
    }

    #[test]
    fn no_cgroups() {
        let t = tempfile::tempdir().unwrap();
        let h = Host::new(t.path());
        assert_eq!(h.cgroup_layout(), CgroupLayout::None);
        assert!(h.cgroup_controllers().is_empty());
    }

    #[test]
    fn userns_switches() {
        let t = tempfile::tempdir().unwrap();
        let h = Host::new(t.path());
        assert!(!h.userns_support().available);
        put(t.path(), "proc/sys/user/max_user_namespaces", "96365\n");
        assert!(h.userns_support().available);
        put(t.path(), "proc/sys/kernel/unprivileged_userns_clone", "0\n");
        let s = h.userns_support();
        assert!(!s.available);
        assert!(s.reason.unwrap().contains("unprivileged_userns_clone"));
        put(t.path(), "proc/sys/kernel/unprivileged_userns_clone", "1\n");
        put(t.path(), "proc/sys/user/max_user_namespaces", "0\n");
        assert!(!h.userns_support().available);
    }

    #[test]
    fn seccomp_overlay_os_and_memory() {
        let t = tempfile::tempdir().unwrap();
        let h = Host::new(t.path());
        assert!(!h.seccomp_available());
        put(t.path(), "proc/self/status", "Name:\tx\nSeccomp:\t0\n");
        put(
            t.path(),
            "proc/sys/kernel/seccomp/actions_avail",
            "kill_process errno allow\n",
        );
        assert!(h.seccomp_available());
        put(
            t.path(),
            "proc/filesystems",
            "nodev\ttmpfs\nnodev\toverlay\n\text4\n",
        );
        assert!(h.overlay_available());
        put(
            t.path(),
            "etc/os-release",
            "NAME=x\nPRETTY_NAME=\"Debian GNU/Linux 12\"\n",
        );
        assert_eq!(h.os_name().as_deref(), Some("Debian GNU/Linux 12"));
        put(
            t.path(),
            "proc/meminfo",
            "MemTotal:       24000000 kB\nMemFree: 1 kB\n",
        );
        assert_eq!(h.mem_total(), Some(24_000_000 * 1024));
    }
}
