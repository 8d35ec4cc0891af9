//! The sandbox plan: a pure translation of a container spec into what the child will do
//! (namespaces, the ordered mount list, the process to exec). No syscalls here, so every
//! ordering rule is unit-tested as data.

use std::path::PathBuf;

use nix::sched::CloneFlags;

use crate::runtime::spec::{ContainerSpec, NetworkMode};

#[derive(Debug, Clone)]
pub struct SandboxPlan {
    pub namespaces: CloneFlags,
    pub rootfs: Rootfs,
    /// Applied in order, each destination resolved inside the new root.
    pub mounts: Vec<MountOp>,
    pub hostname: String,
    pub process: Process,
    pub read_only_root: bool,
    pub loopback_up: bool,
    pub etc: EtcFiles,
    /// The process runs in a user namespace without real root: device nodes are bound from
    /// the host instead of made, and some mount options are unavailable.
    pub rootless: bool,
    /// `--init`: berth's minimal init stays PID 1 and runs the command as its child.
    pub init: bool,
}

#[derive(Debug, Clone)]
pub enum Rootfs {
    /// Overlay of read-only layers (lowest first) under a per-container writable dir.
    Overlay {
        lowers: Vec<PathBuf>,
        upper: PathBuf,
        work: PathBuf,
        target: PathBuf,
    },
    /// A complete private copy of the image tree (the fallback where overlay is unavailable).
    Dir { path: PathBuf },
}

impl Rootfs {
    /// The directory that becomes `/`.
    pub fn target(&self) -> &PathBuf {
        match self {
            Rootfs::Overlay { target, .. } => target,
            Rootfs::Dir { path } => path,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MountOp {
    Proc {
        dest: &'static str,
    },
    Tmpfs {
        dest: &'static str,
        flags: MountFlags,
        data: &'static str,
    },
    /// The standard character devices (null, zero, full, random, urandom, tty).
    DevNodes,
    Devpts {
        dest: &'static str,
    },
    Mqueue {
        dest: &'static str,
    },
    /// A fresh, read-only sysfs (needs our own network namespace).
    Sysfs {
        dest: &'static str,
    },
    Bind {
        source: PathBuf,
        dest: String,
        read_only: bool,
        /// Bind a file (creating an empty file as the mount point) instead of a directory.
        file: bool,
    },
    Symlink {
        target: &'static str,
        link: &'static str,
    },
}

/// The subset of mount flags the plan chooses; the executor maps them to `MsFlags`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MountFlags {
    pub nosuid: bool,
    pub nodev: bool,
    pub noexec: bool,
}

const DEV_FLAGS: MountFlags = MountFlags {
    nosuid: true,
    nodev: false,
    noexec: false,
};
const SHM_FLAGS: MountFlags = MountFlags {
    nosuid: true,
    nodev: true,
    noexec: true,
};

#[derive(Debug, Clone)]
pub struct Process {
    pub argv: Vec<String>,
    pub env: Vec<String>,
    pub cwd: String,
    /// `user[:group]`, resolved against the container's /etc/passwd after pivot_root.
    pub user: String,
    pub tty: bool,
    /// Keep the caller's stdin; otherwise the container reads /dev/null.
    pub stdin: bool,
}

/// What the container sees as /etc/hosts, /etc/hostname and /etc/resolv.conf. The child
/// writes them to a tmpfs it mounts on `dir` in its own mount namespace and binds them
/// from there: nothing to write to or delete from disk, and the tmpfs lives exactly as
/// long as the container.
#[derive(Debug, Clone)]
pub struct EtcFiles {
    /// An existing host directory the private tmpfs is mounted on.
    pub dir: PathBuf,
    pub hosts: String,
    pub hostname: String,
    pub resolv_conf: String,
}

impl EtcFiles {
    pub const NAMES: [&'static str; 3] = ["hosts", "hostname", "resolv.conf"];

    pub fn content(&self, name: &str) -> &str {
        match name {
            "hosts" => &self.hosts,
            "hostname" => &self.hostname,
            _ => &self.resolv_conf,
        }
    }
}

pub fn build(spec: &ContainerSpec, rootfs: Rootfs, etc: EtcFiles, rootless: bool) -> SandboxPlan {
    let mut namespaces = CloneFlags::CLONE_NEWNS
        | CloneFlags::CLONE_NEWPID
        | CloneFlags::CLONE_NEWUTS
        | CloneFlags::CLONE_NEWIPC
        | CloneFlags::CLONE_NEWCGROUP;
    if spec.network != NetworkMode::Host {
        namespaces |= CloneFlags::CLONE_NEWNET;
    }

    let mut mounts = vec![
        MountOp::Proc { dest: "/proc" },
        MountOp::Tmpfs {
            dest: "/dev",
            flags: DEV_FLAGS,
            data: "mode=755,size=65536k",
        },
        MountOp::DevNodes,
        MountOp::Devpts { dest: "/dev/pts" },
        MountOp::Tmpfs {
            dest: "/dev/shm",
            flags: SHM_FLAGS,
            data: "mode=1777,size=65536k",
        },
        MountOp::Mqueue {
            dest: "/dev/mqueue",
        },
    ];
    if namespaces.contains(CloneFlags::CLONE_NEWNET) || !rootless {
        mounts.push(MountOp::Sysfs { dest: "/sys" });
    } else {
        // sysfs can only be mounted by the owner of the network namespace; a rootless
        // container on the host network sees the host's /sys, read-only.
        mounts.push(MountOp::Bind {
            source: "/sys".into(),
            dest: "/sys".into(),
            read_only: true,
            file: false,
        });
    }
    for (target, link) in [
        ("/proc/self/fd", "/dev/fd"),
        ("/proc/self/fd/0", "/dev/stdin"),
        ("/proc/self/fd/1", "/dev/stdout"),
        ("/proc/self/fd/2", "/dev/stderr"),
        ("pts/ptmx", "/dev/ptmx"),
    ] {
        mounts.push(MountOp::Symlink { target, link });
    }
    for name in EtcFiles::NAMES {
        mounts.push(MountOp::Bind {
            source: etc.dir.join(name),
            dest: format!("/etc/{name}"),
            read_only: false,
            file: true,
        });
    }
    // Parents before children, so `-v a:/x -v b:/x/y` nests /x/y inside /x whatever the
    // order on the command line.
    let mut volumes = spec.mounts.clone();
    volumes.sort_by_key(|m| path_depth(&m.destination));
    for v in volumes {
        let file = std::fs::metadata(&v.source).is_ok_and(|m| !m.is_dir());
        mounts.push(MountOp::Bind {
            source: v.source,
            dest: v.destination,
            read_only: v.read_only,
            file,
        });
    }

    SandboxPlan {
        init: spec.init,
        namespaces,
        rootfs,
        mounts,
        hostname: spec.hostname.clone(),
        process: Process {
            argv: spec.argv.clone(),
            env: spec.env.clone(),
            cwd: if spec.working_dir.is_empty() {
                "/".into()
            } else {
                spec.working_dir.clone()
            },
            user: spec.user.clone(),
            tty: spec.tty,
            stdin: spec.open_stdin,
        },
        read_only_root: spec.read_only,
        loopback_up: spec.network == NetworkMode::Private,
        etc,
        rootless,
    }
}

fn path_depth(p: &str) -> usize {
    p.split('/').filter(|c| !c.is_empty()).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::spec::BindMount;

    fn spec() -> ContainerSpec {
        ContainerSpec {
            argv: vec!["sh".into()],
            entrypoint: None,
            cmd: None,
            env: vec![],
            working_dir: String::new(),
            user: String::new(),
            hostname: "abc".into(),
            mounts: vec![],
            network: NetworkMode::Private,
            read_only: false,
            tty: false,
            open_stdin: false,
            auto_remove: false,
            labels: Default::default(),
            stop_signal: None,
            restart: Default::default(),
            init: false,
        }
    }

    fn etc() -> EtcFiles {
        EtcFiles {
            dir: "/run/etc".into(),
            hosts: "127.0.0.1 localhost\n".into(),
            hostname: "abc\n".into(),
            resolv_conf: String::new(),
        }
    }

    fn rootfs() -> Rootfs {
        Rootfs::Dir {
            path: "/c/rootfs".into(),
        }
    }

    fn dests(plan: &SandboxPlan) -> Vec<String> {
        plan.mounts
            .iter()
            .map(|m| match m {
                MountOp::Proc { dest }
                | MountOp::Tmpfs { dest, .. }
                | MountOp::Devpts { dest }
                | MountOp::Mqueue { dest }
                | MountOp::Sysfs { dest } => dest.to_string(),
                MountOp::DevNodes => "<nodes>".into(),
                MountOp::Bind { dest, .. } => dest.clone(),
                MountOp::Symlink { link, .. } => format!("->{link}"),
            })
            .collect()
    }

    #[test]
    fn dev_is_mounted_before_its_contents() {
        let plan = build(&spec(), rootfs(), etc(), false);
        let d = dests(&plan);
        let pos = |s: &str| d.iter().position(|x| x == s).unwrap();
        assert!(pos("/dev") < pos("<nodes>"));
        assert!(pos("/dev") < pos("/dev/pts"));
        assert!(pos("/dev") < pos("/dev/shm"));
        assert!(pos("/dev") < pos("->/dev/ptmx"));
        assert!(pos("/proc") < pos("/dev"));
    }

    #[test]
    fn volumes_are_mounted_parents_first_and_after_system_mounts() {
        let mut s = spec();
        s.mounts = vec![
            BindMount {
                source: "/nonexistent/b".into(),
                destination: "/data/inner".into(),
                read_only: true,
            },
            BindMount {
                source: "/nonexistent/a".into(),
                destination: "/data".into(),
                read_only: false,
            },
        ];
        let plan = build(&s, rootfs(), etc(), false);
        let d = dests(&plan);
        let n = d.len();
        assert_eq!(&d[n - 2..], ["/data", "/data/inner"]);
        assert!(d.iter().position(|x| x == "/etc/hosts").unwrap() < n - 2);
    }

    #[test]
    fn network_modes_choose_namespaces_and_sysfs() {
        let mut s = spec();
        let plan = build(&s, rootfs(), etc(), true);
        assert!(plan.namespaces.contains(CloneFlags::CLONE_NEWNET));
        assert!(plan.loopback_up);
        assert!(plan.mounts.contains(&MountOp::Sysfs { dest: "/sys" }));

        s.network = NetworkMode::None;
        let plan = build(&s, rootfs(), etc(), true);
        assert!(plan.namespaces.contains(CloneFlags::CLONE_NEWNET));
        assert!(!plan.loopback_up);

        s.network = NetworkMode::Host;
        let plan = build(&s, rootfs(), etc(), true);
        assert!(!plan.namespaces.contains(CloneFlags::CLONE_NEWNET));
        assert!(!plan.mounts.contains(&MountOp::Sysfs { dest: "/sys" }));
        let root = build(&s, rootfs(), etc(), false);
        assert!(root.mounts.contains(&MountOp::Sysfs { dest: "/sys" }));
    }

    #[test]
    fn default_cwd_is_root() {
        let plan = build(&spec(), rootfs(), etc(), false);
        assert_eq!(plan.process.cwd, "/");
    }
}
