//! Everything between clone and execve. No store and no clap here.
//!
//! `spawn` clones the container init from a [`plan::SandboxPlan`], waits until it has
//! exec'd (or reports why it could not), and hands back its pid and pty.

pub mod caps;
pub mod cgroupfs;
pub mod child;
pub mod exec;
pub mod explicit_map;
pub mod idmap;
pub mod keepid;
pub mod plan;
pub mod rootfile;
pub mod rootfs;
pub mod sealed;
pub mod seccomp;
pub mod security;
pub mod sync;
pub mod user;
pub mod userns;

use std::os::fd::OwnedFd;

use anyhow::{Context as _, anyhow};
use nix::unistd::Pid;

use crate::spec::exit::ExecFailed;
use crate::sys::process::{Cloned, clone_fork, clone_into_cgroup};
use plan::SandboxPlan;
use sync::{Received, Stage, SyncMsg};

/// A container init that has exec'd its command.
#[derive(Debug)]
pub struct Spawned {
    pub pid: Pid,
    /// The pty master, when the plan asked for a terminal.
    pub pty: Option<OwnedFd>,
    /// The tap of the container's user-mode network, for the stack the caller runs.
    pub tap: Option<OwnedFd>,
    /// The container's cgroup; the caller reads `oom_killed()` and calls `remove()` after
    /// the container exits.
    pub cgroup: Option<crate::cgroups::Cgroup>,
    /// `--network pasta|slirp4netns`: the program serving the container's namespace,
    /// stopped when dropped (keep it until the container has exited).
    pub net_helper: Option<crate::network::helper::Running>,
}

/// Clone the container init and drive it to execve. `on_pty` runs once the child has sent
/// its pty master and before the child continues (to size the terminal first).
///
/// The caller must be single-threaded and should already block the signals it will relay.
pub fn spawn(
    plan: &SandboxPlan,
    on_pty: &mut dyn FnMut(&OwnedFd) -> anyhow::Result<()>,
) -> anyhow::Result<Spawned> {
    spawn_overlapping(plan, on_pty, &mut || Ok(()))
}

/// [`spawn`], running `meanwhile` in berth after the clone, while the child makes its
/// mounts and before it may exec: work the container needs done before its command runs
/// but not before its namespaces exist (a record to write) costs no start time there.
/// The cgroup's limits and device program are set the same way.
pub fn spawn_overlapping(
    plan: &SandboxPlan,
    on_pty: &mut dyn FnMut(&OwnedFd) -> anyhow::Result<()>,
    meanwhile: &mut dyn FnMut() -> anyhow::Result<()>,
) -> anyhow::Result<Spawned> {
    make_host_dirs(plan)?;
    let prepared = security::prepare(&plan.security, &plan.seccomp_cache)?;
    let (ours, theirs) = sync::pair().context("creating the sync socket")?;
    let mut cgroup = match &plan.cgroup {
        Some(req) => crate::cgroups::create(req, plan.rootless)?,
        None => None,
    };
    let mut namespaces = plan.namespaces;
    if plan.cgroup.is_some() {
        // The child unshares its cgroup namespace once it is in its cgroup, so the
        // namespace is rooted there.
        namespaces.remove(nix::sched::CloneFlags::CLONE_NEWCGROUP);
    }
    // The v1 hierarchies the container's /sys/fs/cgroup shows (see `cgroupfs`).
    let view = match &cgroup {
        Some(cg) => cgroupfs::Hierarchies::Own(cg.v1_controllers()),
        None => cgroupfs::Hierarchies::All,
    };
    // `--pid container:NAME`: the init is born in that namespace, which this process
    // joins for its children around the clone (it stays in its own itself).
    let pid_return = match &plan.join_pidns {
        Some(path) => Some(enter_pidns_for_children(path)?),
        None => None,
    };
    if plan.host_pid {
        // The container sees this process: keep its memory and binary out of reach, as
        // an `exec` helper's are (docs/DESIGN.md).
        rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable)
            .context("making berth non-dumpable")?;
    }
    let (cloned, born) = clone_child(namespaces, cgroup.as_ref());
    // In berth only (the child is where it belongs): later children are born in berth's
    // own namespace again.
    if let (Some(own), Ok(Cloned::Parent(pid))) = (&pid_return, &cloned)
        && let Err(e) = nix::sched::setns(own, nix::sched::CloneFlags::CLONE_NEWPID)
    {
        let _ = nix::sys::signal::kill(*pid, nix::sys::signal::Signal::SIGKILL);
        reap(*pid);
        if let Some(cg) = &cgroup {
            cg.remove();
        }
        return Err(e).context("returning to berth's pid namespace");
    }
    let cloned = cloned.context("creating the container namespaces");
    let cloned = match cloned {
        Ok(c) => c,
        Err(e) => {
            if let Some(cg) = &cgroup {
                cg.remove();
            }
            return Err(e);
        }
    };
    let pid = match cloned {
        Cloned::Child => {
            drop(ours);
            // Close, not just mark close-on-exec, what the child got of berth's (store
            // and run locks, signalfd): a path through /proc/self/fd/N resolves during
            // execve, before close-on-exec takes effect. No object owning one of these
            // is dropped in the child, which ends in execve or _exit.
            close_all_but(
                std::os::fd::AsRawFd::as_raw_fd(&theirs),
                plan.process.preserve_fds,
            );
            // Never unwind into the parent's frames from here.
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                child::run(plan, &prepared, &view, theirs)
            }));
            let _ = r;
            // See child::run; reached only if it panicked.
            crate::sys::process::exit_now(crate::spec::exit::EXIT_BERTH as i32)
        }
        Cloned::Parent(pid) => pid,
    };
    drop(theirs);
    // The child makes its mounts now; it waits for `Placed` before it goes on to exec.
    let released = (|| {
        if let (Some(req), Some(cg)) = (&plan.cgroup, cgroup.as_mut()) {
            cg.configure(req)?;
            cg.place(pid.as_raw(), born)?;
        }
        // The container's interfaces, made in its namespace from here; the child gives
        // them addresses once released.
        crate::network::attach::plumb(pid.as_raw(), &plan.net_links)?;
        meanwhile()?;
        if plan.waits_for_release()
            && let Err(e) = ours.send(&SyncMsg::Placed)
        {
            // The child failed meanwhile: its report waits in the socket for `drive`.
            log::debug!("releasing the container init: {e}");
        }
        anyhow::Ok(())
    })();
    if let Err(e) = released {
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL);
        reap(pid);
        if let Some(cg) = &cgroup {
            cg.remove();
        }
        // A child that failed first (a mount) is why its namespaces were gone: its report
        // is the error to give.
        return Err(child_failure(&ours).unwrap_or(e));
    }
    match drive(&ours, pid, on_pty, plan.net_helper.as_ref()) {
        Ok(spawned) => Ok(Spawned { cgroup, ..spawned }),
        Err(e) => {
            if let Some(cg) = &cgroup {
                cg.remove();
            }
            Err(e)
        }
    }
}

/// The failure a dead child reported, if it did: what it sent is still queued in the
/// socket, and with its end closed reading does not block.
fn child_failure(ours: &sync::Channel) -> Option<anyhow::Error> {
    // A handful of messages at most precede a failure (the pty, the tap).
    for _ in 0..8 {
        match ours.recv() {
            Ok(Received::Msg(SyncMsg::Failed { msg, .. }, _)) => return Some(anyhow!(msg)),
            Ok(Received::Msg(..)) => {}
            Ok(Received::Closed) | Err(_) => return None,
        }
    }
    None
}

/// Make the pid namespace at `path` the one this process's children are born in; the
/// handle returned leads back to its own.
fn enter_pidns_for_children(path: &std::path::Path) -> anyhow::Result<std::fs::File> {
    let own = std::fs::File::open("/proc/self/ns/pid").context("opening berth's pid namespace")?;
    let theirs = std::fs::File::open(path)
        .with_context(|| format!("opening the namespace {}", path.display()))?;
    nix::sched::setns(&theirs, nix::sched::CloneFlags::CLONE_NEWPID)
        .with_context(|| format!("joining the namespace {}", path.display()))?;
    Ok(own)
}

/// Make the host directories the plan names, where missing.
fn make_host_dirs(plan: &SandboxPlan) -> anyhow::Result<()> {
    for dir in &plan.host_dirs {
        // One mkdir in the common case (it exists already); parents only when needed.
        let made = match std::fs::create_dir(&dir.path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir_all(&dir.path)
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
            other => other,
        };
        made.with_context(|| format!("creating the {} {}", dir.role, dir.path.display()))?;
    }
    Ok(())
}

/// Clone the container init, into its cgroup2 directory when it has one. The bool says
/// whether it was born there; if not (no cgroup2 directory, a kernel before clone3), the
/// caller moves it.
pub(crate) fn clone_child(
    namespaces: nix::sched::CloneFlags,
    cgroup: Option<&crate::cgroups::Cgroup>,
) -> (nix::Result<Cloned>, bool) {
    use std::os::fd::AsFd as _;
    let dir = cgroup.and_then(|cg| cg.birth_dir()).and_then(|d| {
        std::fs::File::open(d)
            .inspect_err(|e| log::debug!("opening {}: {e}", d.display()))
            .ok()
    });
    if let Some(dir) = &dir {
        match clone_into_cgroup(namespaces, dir.as_fd()) {
            Ok(c) => return (Ok(c), true),
            // Old kernels lack clone3 (ENOSYS) or CLONE_INTO_CGROUP (E2BIG, EINVAL); a
            // namespace the kernel refuses fails the plain clone the same way.
            Err(e) => log::debug!("clone3 into the cgroup: {e}; cloning, then moving"),
        }
    }
    (clone_fork(namespaces), false)
}

/// The parent's side of the channel: hand over the pty, release the child, and wait for
/// its exec (end of file) or its failure. Shared with `exec`, which joins a container.
pub fn drive(
    ours: &sync::Channel,
    pid: Pid,
    on_pty: &mut dyn FnMut(&OwnedFd) -> anyhow::Result<()>,
    helper: Option<&crate::network::helper::Helper>,
) -> anyhow::Result<Spawned> {
    let mut pty = None;
    let mut tap = None;
    let mut net_helper = None;
    loop {
        match ours.recv().context("reading from the container init")? {
            Received::Closed => {
                return Ok(Spawned {
                    pid,
                    pty,
                    tap,
                    cgroup: None,
                    net_helper,
                });
            }
            Received::Msg(SyncMsg::PtyMaster, Some(fd)) => {
                let configured = on_pty(&fd);
                pty = Some(fd);
                if let Err(e) = configured {
                    let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL);
                    reap(pid);
                    return Err(e);
                }
                ours.send(&SyncMsg::Go)
                    .context("releasing the container init")?;
            }
            Received::Msg(SyncMsg::Tap, Some(fd)) => tap = Some(fd),
            Received::Msg(SyncMsg::NetNs, Some(ns)) if helper.is_some() => {
                let started = helper.map(|h| crate::network::helper::start(h, ns));
                match started {
                    Some(Ok(running)) => net_helper = Some(running),
                    Some(Err(e)) => {
                        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL);
                        reap(pid);
                        return Err(e);
                    }
                    None => {}
                }
                ours.send(&SyncMsg::Go)
                    .context("releasing the container init")?;
            }
            Received::Msg(SyncMsg::Failed { stage, errno, msg }, _) => {
                reap(pid);
                return Err(match stage {
                    Stage::Exec => ExecFailed { msg, errno }.into(),
                    Stage::User | Stage::Setup => anyhow!(msg),
                });
            }
            Received::Msg(other, _) => {
                let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL);
                reap(pid);
                return Err(anyhow!(
                    "unexpected message from the container init: {other:?}"
                ));
            }
        }
    }
}

/// Close every descriptor above stdio except `keep` and the `preserve` ones after stdio
/// (`--preserve-fds`) that berth did not open itself: berth opens every descriptor
/// close-on-exec, the caller's redirections are not.
fn close_all_but(keep: i32, preserve: u32) {
    let keep = keep as u32;
    let first = 3u32.saturating_add(preserve);
    for fd in 3..first {
        if fd != keep && crate::sys::fd::is_cloexec(fd) {
            crate::sys::fd::close_range(fd, fd);
        }
    }
    // See the caller for why no owner of these descriptors is used afterwards.
    if keep >= first {
        crate::sys::fd::close_range(first, keep - 1);
    }
    crate::sys::fd::close_range(keep.max(first - 1).saturating_add(1), u32::MAX);
}

fn reap(pid: Pid) {
    let _ = nix::sys::wait::waitpid(pid, None);
}
