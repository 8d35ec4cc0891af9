//! The container's /sys/fs/cgroup: its own cgroups, as its cgroup namespace shows them, so
//! that language runtimes read their limits there (memory.max, cpu.max, or v1's
//! memory.limit_in_bytes), read-only unless `--privileged`.
//!
//! Mounted by the container init once its cgroup namespace is rooted at the container's
//! cgroup (a cgroup file system shows the hierarchy from the mounting process's namespace
//! root). What is mounted follows the init's own /proc/self/cgroup: on a cgroup2 host the
//! cgroup2 file system itself; on a v1 or hybrid host a small tmpfs holding one mount per
//! v1 hierarchy the container has a cgroup of its own in (named after its controllers,
//! with a link per controller of a shared hierarchy, `cpu -> cpu,cpuacct`), and the cgroup2
//! hierarchy as `unified`.
//!
//! Only those v1 hierarchies: mounting one waits until every cgroup being removed on the
//! host (the last container's) is gone, a few milliseconds a start would pay. On a hybrid
//! host a container without limits has none: its view is its cgroup2 directory alone, one
//! mount, as on a cgroup2 host.

use std::os::fd::AsFd;

use anyhow::Context as _;
use nix::mount::{MsFlags, mount};

/// Where the view is mounted.
const TARGET: &str = "/sys/fs/cgroup";

/// A v1 hierarchy as it is mounted in the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct V1Hierarchy {
    /// The directory under /sys/fs/cgroup: the controllers (`cpu,cpuacct`), or the name
    /// of a named hierarchy (`systemd` for `name=systemd`).
    pub dir: String,
    /// The mount options that select the hierarchy.
    pub options: String,
    /// Links to `dir`, one per controller of a hierarchy shared by several.
    pub links: Vec<String>,
}

/// Which v1 hierarchies the view shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hierarchies {
    /// Those holding one of these controllers: the container's own cgroups.
    Own(Vec<String>),
    /// Every one the init is in (the container has no cgroup of its own: berth's).
    All,
}

impl Hierarchies {
    fn shows(&self, h: &V1Hierarchy) -> bool {
        match self {
            Hierarchies::All => true,
            Hierarchies::Own(ctrls) => h.options.split(',').any(|c| ctrls.iter().any(|o| o == c)),
        }
    }
}

/// The hierarchies a process is in, from its /proc/self/cgroup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Layout {
    /// Only the cgroup2 hierarchy: it is the whole view.
    Unified,
    /// v1 hierarchies, and whether the cgroup2 hierarchy is there too (hybrid).
    V1 {
        hierarchies: Vec<V1Hierarchy>,
        unified: bool,
    },
}

/// Read a /proc/PID/cgroup text (`ID:CONTROLLERS:PATH` per line).
pub fn layout(proc_cgroup: &str) -> Layout {
    let mut hierarchies = Vec::new();
    let mut unified = false;
    for line in proc_cgroup.lines() {
        let mut fields = line.splitn(3, ':');
        let (Some(id), Some(controllers)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id == "0" && controllers.is_empty() {
            unified = true;
            continue;
        }
        if controllers.is_empty() || controllers.contains(['/', '\0']) {
            continue;
        }
        let h = match controllers.strip_prefix("name=") {
            Some(name) => V1Hierarchy {
                dir: name.to_string(),
                options: format!("none,name={name}"),
                links: Vec::new(),
            },
            None => V1Hierarchy {
                dir: controllers.to_string(),
                options: controllers.to_string(),
                links: if controllers.contains(',') {
                    controllers.split(',').map(String::from).collect()
                } else {
                    Vec::new()
                },
            },
        };
        hierarchies.push(h);
    }
    if hierarchies.is_empty() {
        Layout::Unified
    } else {
        Layout::V1 {
            hierarchies,
            unified,
        }
    }
}

/// What the view shows of `layout`: the v1 hierarchies `which` selects; the cgroup2
/// hierarchy alone when none is selected but the container is in cgroup2 (a hybrid host,
/// no v1 limit: the container's cgroup is its cgroup2 directory, one mount).
pub fn view(layout: Layout, which: &Hierarchies) -> Layout {
    match layout {
        Layout::V1 {
            hierarchies,
            unified,
        } => {
            let shown: Vec<V1Hierarchy> =
                hierarchies.into_iter().filter(|h| which.shows(h)).collect();
            if shown.is_empty() && unified {
                Layout::Unified
            } else {
                Layout::V1 {
                    hierarchies: shown,
                    unified,
                }
            }
        }
        unified => unified,
    }
}

/// Mount the view on /sys/fs/cgroup, writable only if `writable`. Called in the container
/// init after pivot_root, inside its cgroup namespace. A hierarchy the kernel refuses to
/// mount here (a user namespace may not mount every v1 hierarchy) is left out.
pub fn mount_view(which: &Hierarchies, writable: bool) -> anyhow::Result<()> {
    let text = std::fs::read_to_string("/proc/self/cgroup").context("reading /proc/self/cgroup")?;
    mount_layout(view(layout(&text), which), writable)
}

/// Mount `shown` on /sys/fs/cgroup (over what is there), as [`mount_view`] does.
fn mount_layout(shown: Layout, writable: bool) -> anyhow::Result<()> {
    let ro = if writable {
        MsFlags::empty()
    } else {
        MsFlags::MS_RDONLY
    };
    let flags = MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC;
    // A cgroup2 mount made outside the initial cgroup namespace leaves the host's cgroup2
    // root flags (nsdelegate, ...) as they are: the init is always in a namespace of its own.
    match shown {
        Layout::Unified => mount(
            Some("cgroup2"),
            TARGET,
            Some("cgroup2"),
            flags | ro,
            None::<&str>,
        )
        .with_context(|| format!("mounting cgroup2 on {TARGET}")),
        Layout::V1 {
            hierarchies,
            unified,
        } => {
            mount(
                Some("tmpfs"),
                TARGET,
                Some("tmpfs"),
                flags,
                Some("mode=755,size=64k"),
            )
            .with_context(|| format!("mounting a tmpfs on {TARGET}"))?;
            let dir = rustix::fs::open(
                TARGET,
                rustix::fs::OFlags::DIRECTORY | rustix::fs::OFlags::CLOEXEC,
                rustix::fs::Mode::empty(),
            )
            .with_context(|| format!("opening {TARGET}"))?;
            let mut mounts: Vec<(String, &str, String)> = hierarchies
                .iter()
                .map(|h| (h.dir.clone(), "cgroup", h.options.clone()))
                .collect();
            if unified {
                mounts.push(("unified".into(), "cgroup2", String::new()));
            }
            for (name, fstype, options) in &mounts {
                let at = format!("{TARGET}/{name}");
                let made = rustix::fs::mkdirat(dir.as_fd(), name.as_str(), 0o755.into())
                    .with_context(|| format!("creating {at}"))
                    .and_then(|()| {
                        mount(
                            Some(fstype.to_owned()),
                            at.as_str(),
                            Some(fstype.to_owned()),
                            flags | ro,
                            Some(options.as_str()).filter(|o| !o.is_empty()),
                        )
                        .with_context(|| format!("mounting {fstype} {options} on {at}"))
                    });
                if let Err(e) = made {
                    log::debug!("{e:#}; left out of the container's {TARGET}");
                    let _ = rustix::fs::unlinkat(
                        dir.as_fd(),
                        name.as_str(),
                        rustix::fs::AtFlags::REMOVEDIR,
                    );
                }
            }
            for h in &hierarchies {
                for link in h.links.iter().filter(|l| **l != h.dir) {
                    let _ = rustix::fs::symlinkat(h.dir.as_str(), dir.as_fd(), link.as_str());
                }
            }
            if writable {
                return Ok(());
            }
            mount(
                None::<&str>,
                TARGET,
                None::<&str>,
                MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY | flags,
                Some("mode=755,size=64k"),
            )
            .with_context(|| format!("making {TARGET} read-only"))
        }
    }
}

/// Mount the view of the running container whose init is `pid` again, after `update`
/// put the container in v1 hierarchies it was not in (a hybrid host: a limit it started
/// without). Its cgroup namespace was made before, rooted above those cgroups, so the view
/// it has cannot show them. A helper joins the container's cgroups, makes a cgroup
/// namespace rooted there, enters the container's mount namespace and mounts the whole view
/// over the old one (which only the container's processes could see, and they see the new
/// one). Root only: rootless containers have no v1 cgroups of their own.
pub fn refresh(pid: i32, cg: &crate::cgroups::Cgroup, writable: bool) -> anyhow::Result<()> {
    use anyhow::{anyhow, bail};
    use nix::sched::CloneFlags;
    if cg.is_frozen() {
        bail!("the container is paused");
    }
    let mnt = std::fs::File::open(format!("/proc/{pid}/ns/mnt"))
        .with_context(|| format!("opening /proc/{pid}/ns/mnt"))?;
    let which = Hierarchies::Own(cg.v1_controllers());
    let (mut rx, mut tx) = std::io::pipe().context("creating a pipe")?;
    // berth is single-threaded here; the helper runs the code below and _exits.
    match crate::sys::process::fork().context("forking")? {
        nix::unistd::ForkResult::Child => {
            drop(rx);
            let r = (|| -> anyhow::Result<()> {
                cg.place(std::process::id() as i32, false)
                    .context("joining the container's cgroups")?;
                nix::sched::unshare(CloneFlags::CLONE_NEWCGROUP)
                    .context("creating a cgroup namespace")?;
                // Read before entering: the container's /proc does not show this process.
                let text = std::fs::read_to_string("/proc/self/cgroup")
                    .context("reading /proc/self/cgroup")?;
                nix::sched::setns(mnt.as_fd(), CloneFlags::CLONE_NEWNS)
                    .context("entering the container's mount namespace")?;
                mount_layout(view(layout(&text), &which), writable)
            })();
            let code = match r {
                Ok(()) => 0,
                Err(e) => {
                    let _ = std::io::Write::write_all(&mut tx, format!("{e:#}").as_bytes());
                    1
                }
            };
            crate::sys::process::exit_now(code)
        }
        nix::unistd::ForkResult::Parent { child } => {
            drop(tx);
            let mut msg = String::new();
            let _ = std::io::Read::read_to_string(&mut rx, &mut msg);
            match nix::sys::wait::waitpid(child, None) {
                Ok(nix::sys::wait::WaitStatus::Exited(_, 0)) => Ok(()),
                _ if msg.is_empty() => Err(anyhow!("the helper mounting the view died")),
                _ => Err(anyhow!(msg)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cgroup2_host_mounts_cgroup2_alone() {
        assert_eq!(layout("0::/\n"), Layout::Unified);
        assert_eq!(layout(""), Layout::Unified);
    }

    #[test]
    fn a_hybrid_host_mounts_each_v1_hierarchy_and_unified() {
        let text = "12:cpu,cpuacct:/\n9:name=systemd:/\n4:memory:/\n0::/\n";
        let Layout::V1 {
            hierarchies,
            unified,
        } = layout(text)
        else {
            panic!("v1 expected");
        };
        assert!(unified);
        assert_eq!(
            hierarchies,
            [
                V1Hierarchy {
                    dir: "cpu,cpuacct".into(),
                    options: "cpu,cpuacct".into(),
                    links: vec!["cpu".into(), "cpuacct".into()],
                },
                V1Hierarchy {
                    dir: "systemd".into(),
                    options: "none,name=systemd".into(),
                    links: vec![],
                },
                V1Hierarchy {
                    dir: "memory".into(),
                    options: "memory".into(),
                    links: vec![],
                },
            ]
        );
    }

    #[test]
    fn own_hierarchies_are_those_of_the_containers_controllers() {
        let h = |options: &str| V1Hierarchy {
            dir: options.into(),
            options: options.into(),
            links: vec![],
        };
        let own = Hierarchies::Own(vec!["memory".into(), "cpu".into()]);
        assert!(own.shows(&h("memory")));
        assert!(own.shows(&h("cpu,cpuacct")));
        assert!(!own.shows(&h("pids")));
        assert!(!own.shows(&h("none,name=systemd")));
        assert!(Hierarchies::All.shows(&h("none,name=systemd")));

        let hybrid = layout("4:memory:/\n3:pids:/\n0::/\n");
        assert_eq!(
            view(hybrid.clone(), &Hierarchies::Own(vec![])),
            Layout::Unified,
            "no v1 limit on a hybrid host: cgroup2 alone"
        );
        let Layout::V1 { hierarchies, .. } = view(hybrid.clone(), &own) else {
            panic!("v1 expected");
        };
        assert_eq!(hierarchies.len(), 1);
        let v1_only = layout("4:memory:/\n");
        assert!(matches!(
            view(v1_only, &Hierarchies::Own(vec![])),
            Layout::V1 { ref hierarchies, unified: false } if hierarchies.is_empty()
        ));
    }

    #[test]
    fn a_v1_host_without_cgroup2_and_odd_lines() {
        let text = "3:pids:/x\nnonsense\n5::/\n7:name=a/b:/\n";
        let Layout::V1 {
            hierarchies,
            unified,
        } = layout(text)
        else {
            panic!("v1 expected");
        };
        assert!(!unified);
        assert_eq!(hierarchies.len(), 1);
        assert_eq!(hierarchies[0].dir, "pids");
    }
}
