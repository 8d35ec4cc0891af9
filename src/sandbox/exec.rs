//! Entering a running container (`berth exec`): a new process joins every namespace of
//! the container's init, its root, and gets the container's user, capabilities and stdio
//! setup before it execs. No store here: the caller passes the init's pid and the process.
//!
//! Sequence: the caller opens the init's namespace files, forks a helper; the helper joins
//! the user namespace first (rootless containers: it grants the rights for the others),
//! then ipc, uts, net, cgroup, pid and mount, enters the container's root, and clones the
//! final process as the caller's child (`CLONE_PARENT`), which is inside the container's
//! PID namespace. The helper reports that pid on a pipe and exits. The final process
//! reports failures on the sync channel like a container init (see `child.rs`).

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::fs::MetadataExt;

use anyhow::{Context as _, anyhow};
use nix::sched::CloneFlags;

use crate::sys::process::{Cloned, clone_fork};
use nix::unistd::Pid;

use super::child;
use super::plan::Process;
use super::sync::{self, Channel, Stage, SyncMsg};
use super::{Spawned, security, user};

/// What to run inside which container.
#[derive(Debug, Clone)]
pub struct JoinPlan {
    /// The container init's pid, as seen from the caller.
    pub pid: i32,
    pub process: Process,
    pub hostname: String,
    /// The container's capabilities, no_new_privs, seccomp program and rlimits (all
    /// capabilities and no filter for `exec --privileged`), prepared by the caller.
    pub security: security::Prepared,
    /// The container's cgroup, joined before the namespaces so limits hold for the process.
    pub cgroup: Option<crate::cgroups::Cgroup>,
    /// `exec -d`: the process must not die with the berth command that started it.
    pub outlive_caller: bool,
}

/// Namespaces in the order they are joined: user first (it grants the rights over the
/// others it owns), mount last (after it, paths resolve inside the container). A
/// `--userns=auto` container's user namespace owns none of the others: it is joined last
/// instead, see [`user_owns`].
const NAMESPACES: [(&str, CloneFlags); 7] = [
    ("user", CloneFlags::CLONE_NEWUSER),
    ("ipc", CloneFlags::CLONE_NEWIPC),
    ("uts", CloneFlags::CLONE_NEWUTS),
    ("net", CloneFlags::CLONE_NEWNET),
    ("cgroup", CloneFlags::CLONE_NEWCGROUP),
    ("pid", CloneFlags::CLONE_NEWPID),
    ("mnt", CloneFlags::CLONE_NEWNS),
];

/// Whether the user namespace `user` owns the namespace `ns` (NS_GET_USERNS).
fn user_owns(user: &File, ns: &File) -> bool {
    match crate::sys::ns::owner_userns(ns) {
        Some(owner) => same_ns(&owner, user),
        None => true,
    }
}

pub fn same_ns(a: &File, b: &File) -> bool {
    match (a.metadata(), b.metadata()) {
        (Ok(a), Ok(b)) => a.ino() == b.ino() && a.dev() == b.dev(),
        _ => true,
    }
}

/// Start `plan.process` in the container; returns once it exec'd (or why it could not).
/// The process is our child: the caller waits for it.
pub fn spawn_in(
    plan: &JoinPlan,
    on_pty: &mut dyn FnMut(&OwnedFd) -> anyhow::Result<()>,
) -> anyhow::Result<Spawned> {
    let proc_dir = format!("/proc/{}", plan.pid);
    // Only the namespaces that differ from ours: joining our own user namespace is refused.
    let mut joins = Vec::new();
    for (name, flag) in NAMESPACES {
        let theirs = format!("{proc_dir}/ns/{name}");
        let file = File::open(&theirs)
            .with_context(|| format!("opening {theirs}: is the container running?"))?;
        let ours = std::fs::metadata(format!("/proc/self/ns/{name}"))
            .with_context(|| format!("reading /proc/self/ns/{name}"))?;
        let meta = file.metadata()?;
        if meta.ino() != ours.ino() || meta.dev() != ours.dev() {
            joins.push((file, flag));
        }
    }
    if joins
        .first()
        .is_some_and(|(_, f)| *f == CloneFlags::CLONE_NEWUSER)
        && let Some((mnt, _)) = joins.last()
        && !user_owns(&joins[0].0, mnt)
    {
        let user = joins.remove(0);
        // A rootless keep-id container: its namespace is nested in berth's own, which
        // owns the others and must be joined first to have rights over them.
        if let Some(owner) = crate::sys::ns::owner_userns(&joins.last().expect("mnt is joined").0)
            && let Ok(ours) = File::open("/proc/self/ns/user")
            && !same_ns(&owner, &ours)
        {
            joins.insert(0, (owner, CloneFlags::CLONE_NEWUSER));
        }
        joins.push(user);
    }
    let root = File::open(format!("{proc_dir}/root"))
        .with_context(|| format!("opening {proc_dir}/root"))?;
    let (ours, theirs) = sync::pair().context("creating the sync socket")?;
    let (mut pid_rx, pid_tx) = std::io::pipe().context("creating a pipe")?;
    // The helper is born in the container's cgroup2 directory where it has one (moving it
    // there would cost a grace period); berth is single-threaded, and the helper only runs
    // the code below and _exits.
    let (forked, born) = super::clone_child(CloneFlags::empty(), plan.cgroup.as_ref());
    let helper = match forked.context("forking")? {
        Cloned::Child => {
            drop(ours);
            drop(pid_rx);
            let mut tx = pid_tx;
            let code = match join_and_clone(plan, &joins, &root, theirs, &mut tx, born) {
                Ok(pid) => {
                    let _ = tx.write_all(&pid.as_raw().to_le_bytes());
                    0
                }
                Err(e) => {
                    let _ = tx.write_all(format!("{e:#}").as_bytes());
                    1
                }
            };
            // End the helper without running the caller's destructors.
            crate::sys::process::exit_now(code)
        }
        Cloned::Parent(child) => child,
    };
    drop(theirs);
    drop(pid_tx);
    let mut answer = Vec::new();
    let _ = pid_rx.read_to_end(&mut answer);
    let _ = nix::sys::wait::waitpid(helper, None);
    let pid = match answer.as_slice() {
        [a, b, c, d] => Pid::from_raw(i32::from_le_bytes([*a, *b, *c, *d])),
        [] => return Err(anyhow!("the helper entering the container died")),
        msg => return Err(anyhow!(String::from_utf8_lossy(msg).into_owned())),
    };
    super::drive(&ours, pid, on_pty, None)
}

/// In the helper: join, then clone the final process as our parent's child. `pid_tx` is
/// the pipe berth reads to its end for the final process's pid: the final process closes
/// its copy first thing, or berth would wait on it while it waits for berth (`Go`).
fn join_and_clone(
    plan: &JoinPlan,
    joins: &[(File, CloneFlags)],
    root: &File,
    chan: Channel,
    pid_tx: &mut std::io::PipeWriter,
    born: bool,
) -> anyhow::Result<Pid> {
    // Before joining: the final process, cloned from here, is visible in the container
    // until its execve; no process there may read its memory, trace it or open its
    // /proc/PID/exe (berth runs from a sealed copy, see `sealed`, and this holds where
    // that copy could not be made). The execve makes the command dumpable as any process.
    rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable)
        .context("making the process entering the container non-dumpable")?;
    if let Some(cg) = &plan.cgroup {
        // The final process is cloned from here, so it starts in the container's cgroup.
        cg.place(std::process::id() as i32, born)
            .context("joining the container's cgroup")?;
    }
    for (file, flag) in joins {
        nix::sched::setns(file.as_fd(), *flag)
            .with_context(|| format!("joining the container's {flag:?} namespace"))?;
        if *flag == CloneFlags::CLONE_NEWUSER {
            crate::sandbox::idmap::become_root()?;
        }
    }
    nix::unistd::fchdir(root.as_fd()).context("entering the container's root")?;
    nix::unistd::chroot(".").context("entering the container's root")?;
    nix::unistd::chdir("/").context("entering the container's root")?;
    match clone_fork(CloneFlags::CLONE_PARENT).context("starting the process")? {
        Cloned::Parent(pid) => Ok(pid),
        Cloned::Child => {
            // Our copy of the pipe's write end: its owner lives in the helper's frames,
            // which this process leaves only through execve or `_exit`.
            let fd = pid_tx.as_raw_fd() as u32;
            crate::sys::fd::close_range(fd, fd);
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let failure = match setup_and_exec(plan, &chan) {
                    Ok(never) => match never {},
                    Err(f) => f,
                };
                let _ = chan.send(&SyncMsg::Failed {
                    stage: failure.0,
                    errno: child::errno_of(&failure.1),
                    msg: format!("{:#}", failure.1),
                });
            }));
            let _ = r;
            // End the failed process without running the caller's destructors.
            crate::sys::process::exit_now(crate::spec::exit::EXIT_BERTH as i32)
        }
    }
}

type Failure = (Stage, anyhow::Error);

fn at<T>(stage: Stage, r: anyhow::Result<T>) -> Result<T, Failure> {
    r.map_err(|e| (stage, e))
}

/// In the final process, inside every namespace: the container's user, stdio, working
/// directory, capabilities, then exec.
fn setup_and_exec(plan: &JoinPlan, chan: &Channel) -> Result<std::convert::Infallible, Failure> {
    use Stage::*;
    if !plan.outlive_caller {
        crate::sys::process::die_with_parent();
    }
    let p = &plan.process;
    let (passwd, group) = at(User, super::rootfile::passwd_and_group())?;
    let who = at(User, user::resolve(&p.user, &passwd, &group))?;
    if p.tty {
        at(Setup, child::setup_tty(chan, &who))?;
    } else if !p.stdin {
        let null = at(Setup, File::open("/dev/null").context("opening /dev/null"))?;
        at(Setup, child::dup_to(&null.into(), 0))?;
    }
    at(
        Setup,
        nix::unistd::chdir(p.cwd.as_str())
            .with_context(|| format!("entering working directory {}", p.cwd)),
    )?;
    let env = child::environment(p, &plan.hostname, &who);
    let paths = child::command_paths(&p.argv, &env);
    at(Setup, child::clean_slate(plan.process.preserve_fds))?;
    // Last before exec, as for the container's init: after it our own calls are filtered.
    at(Setup, security::apply(&plan.security, &who))?;
    Err((Exec, child::exec(&p.argv, &env, &paths)))
}
