//! The sandbox plan: a pure translation of a container spec into what the child will do
//! (namespaces, the ordered mount list, the process to exec). No syscalls here, so every
//! ordering rule is unit-tested as data.

use std::path::PathBuf;

use nix::sched::CloneFlags;

use crate::spec::{BindMount, ContainerSpec, NetworkMode, TmpfsMount};

#[derive(Debug, Clone)]
pub struct SandboxPlan {
    pub namespaces: CloneFlags,
    pub rootfs: Rootfs,
    /// Applied in order, each destination resolved inside the new root.
    pub mounts: Vec<MountOp>,
    pub hostname: String,
    /// `--domainname`: the UTS domain name, set with the host name (empty: left as is).
    pub domainname: String,
    pub process: Process,
    pub read_only_root: bool,
    pub loopback_up: bool,
    /// The container gets a tap to a user-mode network stack (`NetworkMode::User`), laid
    /// out so.
    pub usermode_net: Option<crate::network::usermode::Layout>,
    /// `--network pasta|slirp4netns`: the program that serves the container's namespace,
    /// started before the container may exec.
    pub net_helper: Option<crate::network::helper::Helper>,
    /// Interfaces berth makes in the container's network namespace after the clone; the
    /// child gives them their addresses and routes once released.
    pub net_links: Vec<crate::network::attach::LinkPlan>,
    /// A network namespace the child joins instead of making one (`container:`, `ns:`).
    pub join_netns: Option<PathBuf>,
    /// IPC and UTS namespaces the child joins (`--ipc`/`--uts container:NAME`).
    pub join_ns: Vec<(CloneFlags, PathBuf)>,
    /// The PID namespace the child is cloned into (`--pid container:NAME`): a process
    /// cannot move itself into one, so the spawning process joins it for its children
    /// around the clone.
    pub join_pidns: Option<PathBuf>,
    /// `--pid host`: the container sees the host's processes, berth's among them.
    pub host_pid: bool,
    /// The container has a UTS namespace of its own: its host name is set.
    pub own_uts: bool,
    pub etc: EtcFiles,
    /// The process runs in a user namespace without real root: device nodes are bound from
    /// the host instead of made, and some mount options are unavailable.
    pub rootless: bool,
    /// `--init`: berth's minimal init stays PID 1 and runs the command as its child.
    pub init: bool,
    /// The container's cgroup, created and joined inside `spawn` before the child is
    /// released. `None`: no cgroup handling at all (the child keeps berth's cgroup).
    pub cgroup: Option<crate::cgroups::Request>,
    pub security: crate::spec::security::SecurityOpts,
    /// Where compiled seccomp programs are cached (the runtime dir).
    pub seccomp_cache: PathBuf,
    /// Host directories the executor makes (when missing) before the clone: the mount
    /// points the container mounts over privately and missing volume sources.
    pub host_dirs: Vec<HostDir>,
}

impl SandboxPlan {
    /// Whether the child waits for berth's `Placed` before it goes on to exec: berth
    /// places it in its cgroup and makes its network interfaces meanwhile.
    pub fn waits_for_release(&self) -> bool {
        self.cgroup.is_some() || !self.net_links.is_empty() || self.net_helper.is_some()
    }
}

/// A host directory the executor makes when it is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostDir {
    pub path: PathBuf,
    /// What it is, for the error when it cannot be made.
    pub role: &'static str,
}

/// Everything a plan is made from; [`build`] reads nothing else, and no host path. The
/// caller has looked at the host (what each volume source is); the plan says what to make.
#[derive(Debug, Clone)]
pub struct Inputs<'a> {
    pub spec: &'a ContainerSpec,
    pub rootfs: Rootfs,
    pub etc: EtcFiles,
    /// The spec's volumes as found on the host.
    pub volumes: Vec<Volume>,
    /// The container's cgroup; `None`: the child keeps its parent's.
    pub cgroup: Option<crate::cgroups::Request>,
    pub rootless: bool,
}

/// A bind mount and what its host source is.
#[derive(Debug, Clone)]
pub struct Volume {
    pub mount: BindMount,
    pub source: HostSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostSource {
    Dir,
    File,
    /// Made as an empty directory, as docker does for a `-v` source that does not exist.
    Missing,
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
    /// `--privileged`: every device node of the host's /dev (made anew with the host's
    /// numbers, mode and owner as root; bound from the host rootless), except the
    /// terminal and the file systems the container has its own of (pts, shm, mqueue).
    HostDevices,
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
    /// `--tmpfs`: `data` holds the kernel's options, the owner already in the ids the
    /// mounting process uses.
    UserTmpfs {
        dest: String,
        flags: MountFlags,
        read_only: bool,
        data: String,
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
    /// Hide a path: an empty read-only tmpfs on a directory, /dev/null on a file; a path
    /// the kernel does not have is skipped.
    Mask {
        path: String,
    },
    /// Make an existing path read-only (bound onto itself, then remounted).
    ReadOnly {
        path: String,
    },
    /// A host device node, made anew (root) or bound (rootless).
    Device {
        source: PathBuf,
        dest: String,
        kind: char,
        major: u64,
        minor: u64,
    },
}

/// Paths of /proc and /sys that reveal or change the host, hidden from containers.
pub const MASKED_PATHS: [&str; 12] = [
    "/proc/asound",
    "/proc/interrupts",
    "/proc/acpi",
    "/proc/kcore",
    "/proc/keys",
    "/proc/latency_stats",
    "/proc/timer_list",
    "/proc/timer_stats",
    "/proc/sched_debug",
    "/proc/scsi",
    "/sys/firmware",
    "/sys/devices/virtual/powercap",
];

/// Paths of /proc a container may read but not write.
pub const READ_ONLY_PATHS: [&str; 5] = [
    "/proc/bus",
    "/proc/fs",
    "/proc/irq",
    "/proc/sys",
    "/proc/sysrq-trigger",
];

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
    /// `--preserve-fds N`: descriptors 3 to 3+N-1 stay open into the command.
    pub preserve_fds: u32,
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

pub fn build(inputs: Inputs) -> SandboxPlan {
    let Inputs {
        spec,
        rootfs,
        etc,
        volumes,
        cgroup,
        rootless,
    } = inputs;
    let mut namespaces = CloneFlags::CLONE_NEWNS
        | CloneFlags::CLONE_NEWPID
        | CloneFlags::CLONE_NEWUTS
        | CloneFlags::CLONE_NEWIPC
        | CloneFlags::CLONE_NEWCGROUP;
    use crate::spec::network::ShareMode;
    if spec.net.ipc != ShareMode::Private {
        namespaces.remove(CloneFlags::CLONE_NEWIPC);
    }
    if spec.net.uts != ShareMode::Private {
        namespaces.remove(CloneFlags::CLONE_NEWUTS);
    }
    if spec.net.pid != ShareMode::Private {
        namespaces.remove(CloneFlags::CLONE_NEWPID);
    }
    if spec.network.own_namespace() {
        namespaces |= CloneFlags::CLONE_NEWNET;
    }

    let proc_mount = match rootless && spec.net.pid == ShareMode::Host {
        // proc is mounted only by a process with rights over the pid namespace it shows;
        // rootless, the host's is bound instead.
        true => MountOp::Bind {
            source: "/proc".into(),
            dest: "/proc".into(),
            read_only: false,
            file: false,
        },
        false => MountOp::Proc { dest: "/proc" },
    };
    let mut mounts = vec![
        proc_mount,
        MountOp::Tmpfs {
            dest: "/dev",
            flags: DEV_FLAGS,
            data: "mode=755,size=65536k",
        },
        MountOp::DevNodes,
    ];
    if spec.security.privileged {
        mounts.push(MountOp::HostDevices);
    }
    mounts.extend([
        MountOp::Devpts { dest: "/dev/pts" },
        MountOp::Tmpfs {
            dest: "/dev/shm",
            flags: SHM_FLAGS,
            data: "mode=1777,size=65536k",
        },
        MountOp::Mqueue {
            dest: "/dev/mqueue",
        },
    ]);
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
    for d in &spec.security.devices {
        mounts.push(MountOp::Device {
            source: d.path_on_host.clone().into(),
            dest: d.path_in_container.clone(),
            kind: d.kind,
            major: d.major,
            minor: d.minor,
        });
    }
    if !spec.security.privileged {
        let sec = &spec.security;
        let kept = |path: &&&str| !sec.unmask.iter().any(|u| u == "ALL" || u == **path);
        mounts.extend(MASKED_PATHS.iter().filter(kept).map(|path| MountOp::Mask {
            path: path.to_string(),
        }));
        mounts.extend(
            READ_ONLY_PATHS
                .iter()
                .filter(kept)
                .map(|path| MountOp::ReadOnly {
                    path: path.to_string(),
                }),
        );
    }
    for name in EtcFiles::NAMES {
        if name == "hosts" && spec.no_hosts {
            continue;
        }
        mounts.push(MountOp::Bind {
            source: etc.dir.join(name),
            dest: format!("/etc/{name}"),
            read_only: false,
            file: true,
        });
    }
    // Parents before children, so `-v a:/x -v b:/x/y` nests /x/y inside /x whatever the
    // order on the command line.
    let mount_point = |path: &PathBuf| HostDir {
        path: path.clone(),
        role: "mount point",
    };
    let mut host_dirs: Vec<HostDir> = match &rootfs {
        Rootfs::Overlay { target, .. } => vec![mount_point(target)],
        Rootfs::Dir { .. } => vec![],
    };
    host_dirs.push(mount_point(&etc.dir));
    let mut user_mounts: Vec<(usize, MountOp)> = Vec::new();
    for v in volumes {
        if let Some(t) = v.mount.volume.as_ref().and_then(|s| s.tmpfs.as_ref()) {
            let mut t = t.clone();
            t.read_only |= v.mount.read_only;
            user_mounts.push((path_depth(&t.destination), user_tmpfs(&t, &spec.security)));
            continue;
        }
        if v.source == HostSource::Missing {
            host_dirs.push(HostDir {
                path: v.mount.source.clone(),
                role: "volume source",
            });
        }
        let op = MountOp::Bind {
            source: v.mount.source,
            dest: v.mount.destination.clone(),
            read_only: v.mount.read_only,
            file: v.source == HostSource::File,
        };
        user_mounts.push((path_depth(&v.mount.destination), op));
    }
    for t in &spec.tmpfs {
        user_mounts.push((path_depth(&t.destination), user_tmpfs(t, &spec.security)));
    }
    user_mounts.sort_by_key(|(depth, _)| *depth);
    mounts.extend(user_mounts.into_iter().map(|(_, op)| op));

    // Last, so that they hide whatever a volume put there; asked for explicitly, they
    // hold with `--privileged` too.
    mounts.extend(
        spec.security
            .mask
            .iter()
            .map(|path| MountOp::Mask { path: path.clone() }),
    );

    SandboxPlan {
        init: spec.init,
        namespaces,
        rootfs,
        mounts,
        hostname: spec.hostname.clone(),
        domainname: spec.net.domainname.clone(),
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
            preserve_fds: spec.preserve_fds,
        },
        read_only_root: spec.read_only,
        loopback_up: matches!(
            spec.network,
            NetworkMode::Private
                | NetworkMode::User
                | NetworkMode::Bridge
                | NetworkMode::Pasta(_)
                | NetworkMode::Slirp4netns(_)
        ),
        usermode_net: (spec.network == NetworkMode::User).then(Default::default),
        // Checked when the container was made; a record changed since fails here.
        net_helper: crate::network::helper::for_mode(&spec.network).unwrap_or_default(),
        net_links: Vec::new(),
        join_netns: None,
        join_ns: Vec::new(),
        join_pidns: None,
        host_pid: spec.net.pid == crate::spec::network::ShareMode::Host,
        own_uts: namespaces.contains(CloneFlags::CLONE_NEWUTS),
        seccomp_cache: etc.dir.parent().map(PathBuf::from).unwrap_or_default(),
        etc,
        rootless,
        cgroup,
        security: spec.security.clone(),
        host_dirs,
    }
}

/// A `--tmpfs` mount. Its root belongs to the container's root unless `uid=`/`gid=` say
/// otherwise, given as the ids of the namespace the mount is made in (the host's for
/// `--userns=auto` as root, berth's for a namespace nested in it).
fn user_tmpfs(t: &TmpfsMount, security: &crate::spec::security::SecurityOpts) -> MountOp {
    let (uid, gid) = (t.uid.unwrap_or(0), t.gid.unwrap_or(0));
    let owner = match (crate::sandbox::keepid::nested(security), &security.id_map) {
        (Some(n), _) => Some((n.shift_uid(uid), n.shift_gid(gid))),
        (None, Some(map)) => Some((
            crate::sandbox::idmap::host_uid(map, uid).unwrap_or(uid),
            crate::sandbox::idmap::host_gid(map, gid).unwrap_or(gid),
        )),
        (None, None) => (t.uid.is_some() || t.gid.is_some()).then_some((uid, gid)),
    };
    let mut data = vec![format!("mode={:o}", t.mode.unwrap_or(0o1777))];
    data.extend(t.size.map(|s| format!("size={s}")));
    data.extend(t.nr_inodes.map(|n| format!("nr_inodes={n}")));
    data.extend(owner.map(|(u, g)| format!("uid={u},gid={g}")));
    MountOp::UserTmpfs {
        dest: t.destination.clone(),
        flags: MountFlags {
            nosuid: t.nosuid,
            nodev: t.nodev,
            noexec: t.noexec,
        },
        read_only: t.read_only,
        data: data.join(","),
    }
}

/// The device cgroup rules of an unprivileged container: mknod of anything (the node is
/// useless without access), and read/write/mknod of the standard nodes and ptys.
pub const DEFAULT_DEVICE_RULES: [&str; 10] = [
    "c *:* m",
    "b *:* m",
    "c 1:3 rwm",
    "c 1:5 rwm",
    "c 1:7 rwm",
    "c 1:8 rwm",
    "c 1:9 rwm",
    "c 5:0 rwm",
    "c 5:2 rwm",
    "c 136:* rwm",
];

/// What the container's cgroup is made from.
pub fn cgroup_request(id: &str, spec: &ContainerSpec, rootless: bool) -> crate::cgroups::Request {
    let device_rules = (!rootless && !spec.security.privileged).then(|| {
        DEFAULT_DEVICE_RULES
            .iter()
            .map(|r| r.to_string())
            .chain(spec.security.devices.iter().map(|d| d.rule()))
            .collect()
    });
    crate::cgroups::Request {
        id: id.to_string(),
        resources: spec.resources.clone(),
        device_rules,
    }
}

fn path_depth(p: &str) -> usize {
    p.split('/').filter(|c| !c.is_empty()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plan of `spec` on a host where every volume source is a missing directory.
    fn build(spec: &ContainerSpec, rootfs: Rootfs, etc: EtcFiles, rootless: bool) -> SandboxPlan {
        super::build(Inputs {
            spec,
            rootfs,
            etc,
            volumes: spec
                .mounts
                .iter()
                .map(|m| Volume {
                    mount: m.clone(),
                    source: HostSource::Missing,
                })
                .collect(),
            cgroup: None,
            rootless,
        })
    }

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
            tmpfs: vec![],
            network: NetworkMode::Private,
            net: Default::default(),
            read_only: false,
            tty: false,
            open_stdin: false,
            auto_remove: false,
            labels: Default::default(),
            stop_signal: None,
            restart: Default::default(),
            init: false,
            resources: Default::default(),
            security: Default::default(),
            log: Default::default(),
            no_hosts: false,
            healthcheck: None,
            stop_timeout: None,
            timezone: None,
            pidfile: None,
            preserve_fds: 0,
            annotations: Default::default(),
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
                MountOp::HostDevices => "<host nodes>".into(),
                MountOp::Bind { dest, .. } => dest.clone(),
                MountOp::UserTmpfs { dest, .. } => format!("tmpfs:{dest}"),
                MountOp::Symlink { link, .. } => format!("->{link}"),
                MountOp::Mask { path } => format!("mask:{path}"),
                MountOp::ReadOnly { path } => format!("ro:{path}"),
                MountOp::Device { dest, .. } => format!("dev:{dest}"),
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
                volume: None,
            },
            BindMount {
                source: "/nonexistent/a".into(),
                destination: "/data".into(),
                read_only: false,
                volume: None,
            },
        ];
        let plan = build(&s, rootfs(), etc(), false);
        let d = dests(&plan);
        let n = d.len();
        assert_eq!(&d[n - 2..], ["/data", "/data/inner"]);
        assert!(d.iter().position(|x| x == "/etc/hosts").unwrap() < n - 2);
    }

    #[test]
    fn no_hosts_leaves_the_images_hosts_file() {
        let mut s = spec();
        s.no_hosts = true;
        let d = dests(&build(&s, rootfs(), etc(), false));
        assert!(!d.iter().any(|x| x == "/etc/hosts"), "{d:?}");
        assert!(d.iter().any(|x| x == "/etc/hostname"), "{d:?}");
    }

    #[test]
    fn tmpfs_mounts_nest_with_volumes_and_belong_to_the_containers_root() {
        let mut s = spec();
        s.mounts = vec![BindMount {
            source: "/nonexistent/a".into(),
            destination: "/data".into(),
            read_only: false,
            volume: None,
        }];
        let tmpfs = |dest: &str, size, uid| TmpfsMount {
            destination: dest.into(),
            options: String::new(),
            read_only: false,
            nosuid: true,
            nodev: true,
            noexec: true,
            size,
            mode: None,
            nr_inodes: None,
            uid,
            gid: None,
        };
        s.tmpfs = vec![
            tmpfs("/data/tmp", Some(1024), Some(7)),
            tmpfs("/run", None, None),
        ];
        let plan = build(&s, rootfs(), etc(), false);
        let d = dests(&plan);
        assert_eq!(
            &d[d.len() - 3..],
            ["/data", "tmpfs:/run", "tmpfs:/data/tmp"]
        );
        let data = |plan: &SandboxPlan, at: &str| {
            plan.mounts.iter().find_map(|m| match m {
                MountOp::UserTmpfs { dest, data, .. } if dest == at => Some(data.clone()),
                _ => None,
            })
        };
        assert_eq!(data(&plan, "/run").unwrap(), "mode=1777");
        assert_eq!(
            data(&plan, "/data/tmp").unwrap(),
            "mode=1777,size=1024,uid=7,gid=0"
        );
        // --userns=auto as root: the owner is the host id the container's stands for.
        s.security.id_map = Some(crate::spec::userns::IdMap {
            uid: 100000,
            gid: 200000,
            size: 65536,
        });
        let plan = build(&s, rootfs(), etc(), false);
        assert_eq!(
            data(&plan, "/run").unwrap(),
            "mode=1777,uid=100000,gid=200000"
        );
        assert_eq!(
            data(&plan, "/data/tmp").unwrap(),
            "mode=1777,size=1024,uid=100007,gid=200000"
        );
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
    fn masks_follow_proc_and_sys_and_privileged_lifts_them() {
        let plan = build(&spec(), rootfs(), etc(), false);
        let d = dests(&plan);
        let pos = |s: &str| d.iter().position(|x| x == s).unwrap();
        assert!(pos("/proc") < pos("mask:/proc/kcore"));
        assert!(pos("/sys") < pos("mask:/sys/firmware"));
        assert!(pos("/proc") < pos("ro:/proc/sys"));
        let mut s = spec();
        s.security.privileged = true;
        let plan = build(&s, rootfs(), etc(), false);
        assert!(
            !dests(&plan)
                .iter()
                .any(|x| x.starts_with("mask:") || x.starts_with("ro:"))
        );
        let d = dests(&plan);
        let pos = |s: &str| d.iter().position(|x| x == s).unwrap();
        assert!(pos("<nodes>") < pos("<host nodes>") && pos("<host nodes>") < pos("/dev/pts"));
        assert!(!dests(&build(&spec(), rootfs(), etc(), false)).contains(&"<host nodes>".into()));
        assert_eq!(cgroup_request("x", &s, false).device_rules, None);
        assert!(cgroup_request("x", &spec(), false).device_rules.is_some());
        assert_eq!(cgroup_request("x", &spec(), true).device_rules, None);
    }

    #[test]
    fn the_host_dirs_to_make_come_from_the_inputs() {
        let mount = |src: &str, dst: &str| BindMount {
            source: src.into(),
            destination: dst.into(),
            read_only: false,
            volume: None,
        };
        let s = spec();
        let plan = super::build(Inputs {
            spec: &s,
            rootfs: Rootfs::Overlay {
                lowers: vec!["l".into()],
                upper: "/c/upper".into(),
                work: "/c/work".into(),
                target: "/run/.rootfs-mnt".into(),
            },
            etc: etc(),
            volumes: vec![
                Volume {
                    mount: mount("/host/new", "/a"),
                    source: HostSource::Missing,
                },
                Volume {
                    mount: mount("/host/file", "/b"),
                    source: HostSource::File,
                },
                Volume {
                    mount: mount("/host/dir", "/c"),
                    source: HostSource::Dir,
                },
            ],
            cgroup: Some(cgroup_request("x", &s, false)),
            rootless: false,
        });
        let dirs: Vec<&str> = plan
            .host_dirs
            .iter()
            .map(|d| d.path.to_str().unwrap())
            .collect();
        assert_eq!(dirs, ["/run/.rootfs-mnt", "/run/etc", "/host/new"]);
        let file_of = |d: &str| {
            plan.mounts.iter().find_map(|m| match m {
                MountOp::Bind { dest, file, .. } if dest == d => Some(*file),
                _ => None,
            })
        };
        assert_eq!(
            (file_of("/a"), file_of("/b"), file_of("/c")),
            (Some(false), Some(true), Some(false))
        );
        assert_eq!(plan.cgroup.unwrap().id, "x");
    }

    #[test]
    fn unmask_lifts_masks_and_read_only_paths_and_mask_comes_last() {
        let mut s = spec();
        s.security.unmask = vec!["/proc/kcore".into(), "/proc/sys".into()];
        s.security.mask = vec!["/data".into()];
        s.mounts = vec![BindMount {
            source: "/nonexistent".into(),
            destination: "/data".into(),
            read_only: false,
            volume: None,
        }];
        let d = dests(&build(&s, rootfs(), etc(), false));
        assert!(!d.contains(&"mask:/proc/kcore".into()));
        assert!(!d.contains(&"ro:/proc/sys".into()));
        assert!(d.contains(&"mask:/proc/interrupts".into()));
        assert!(d.contains(&"ro:/proc/irq".into()));
        assert_eq!(d.last().map(String::as_str), Some("mask:/data"));

        s.security.unmask = vec!["ALL".into()];
        let d = dests(&build(&s, rootfs(), etc(), false));
        let defaults = d
            .iter()
            .filter(|x| x.starts_with("ro:") || x.starts_with("mask:/proc"))
            .count();
        assert_eq!(defaults, 0, "{d:?}");
        s.security.privileged = true;
        let d = dests(&build(&s, rootfs(), etc(), false));
        assert!(d.contains(&"mask:/data".into()), "an explicit mask holds");
    }

    #[test]
    fn default_cwd_is_root() {
        let plan = build(&spec(), rootfs(), etc(), false);
        assert_eq!(plan.process.cwd, "/");
    }
}
