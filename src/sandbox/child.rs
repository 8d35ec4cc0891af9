//! The container init's setup, in kernel order, from just after clone to execve.
//!
//! Runs in the cloned child (new mount, pid, uts, ipc, cgroup and maybe net namespaces).
//! Any failure is sent to the parent as `SyncMsg::Failed` with the errno, then the child
//! exits; success is the execve itself (the channel closes on exec).

use std::ffi::CString;
use std::os::fd::{AsRawFd, OwnedFd};

use anyhow::{Context as _, anyhow};
use nix::sys::signal::{SigSet, SigmaskHow, Signal, sigprocmask};

use super::plan::SandboxPlan;
use super::security::{self, Prepared};
use super::sync::{Channel, Received, Stage, SyncMsg};
use super::{cgroupfs, idmap, keepid, rootfs, user};

pub(super) const DEFAULT_PATH: &str =
    "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// A setup failure with the stage it happened in.
struct Failure {
    stage: Stage,
    err: anyhow::Error,
}

fn at<T>(stage: Stage, r: anyhow::Result<T>) -> Result<T, Failure> {
    r.map_err(|err| Failure { stage, err })
}

pub(super) fn errno_of(err: &anyhow::Error) -> i32 {
    for cause in err.chain() {
        if let Some(n) = cause
            .downcast_ref::<std::io::Error>()
            .and_then(|e| e.raw_os_error())
        {
            return n;
        }
        if let Some(e) = cause.downcast_ref::<nix::errno::Errno>() {
            return *e as i32;
        }
        if let Some(e) = cause.downcast_ref::<rustix::io::Errno>() {
            return e.raw_os_error();
        }
    }
    0
}

/// Entry point in the child. Never returns.
pub fn run(
    plan: &SandboxPlan,
    prepared: &Prepared,
    view: &cgroupfs::Hierarchies,
    chan: Channel,
) -> ! {
    let failure = match setup_and_exec(plan, prepared, view, &chan) {
        Ok(never) => match never {},
        Err(f) => f,
    };
    let msg = SyncMsg::Failed {
        stage: failure.stage,
        errno: errno_of(&failure.err),
        msg: format!("{:#}", failure.err),
    };
    let _ = chan.send(&msg);
    // End the child without running the parent's atexit handlers or destructors, which
    // belong to the parent's copy of the process state.
    crate::sys::process::exit_now(crate::spec::exit::EXIT_BERTH as i32)
}

/// Enter the namespace of `kind` at `path` (another container's, or a named one).
fn join_ns(path: &std::path::Path, kind: nix::sched::CloneFlags) -> anyhow::Result<()> {
    let ns = std::fs::File::open(path)
        .with_context(|| format!("opening the namespace {}", path.display()))?;
    nix::sched::setns(&ns, kind)
        .with_context(|| format!("joining the namespace {}", path.display()))
}

fn setup_and_exec(
    plan: &SandboxPlan,
    prepared: &Prepared,
    view: &cgroupfs::Hierarchies,
    chan: &Channel,
) -> Result<std::convert::Infallible, Failure> {
    use Stage::*;
    // If berth dies, its container must not outlive it unobserved.
    crate::sys::process::die_with_parent();

    // Mount changes stay in this namespace; nothing propagates back to the host.
    at(
        Setup,
        nix::mount::mount(
            None::<&str>,
            "/",
            None::<&str>,
            nix::mount::MsFlags::MS_REC | nix::mount::MsFlags::MS_PRIVATE,
            None::<&str>,
        )
        .context("making mounts private"),
    )?;
    if let Some(path) = &plan.join_netns {
        at(Setup, join_ns(path, nix::sched::CloneFlags::CLONE_NEWNET))?;
    }
    for (kind, path) in &plan.join_ns {
        at(Setup, join_ns(path, *kind))?;
    }
    if plan.loopback_up {
        at(Setup, crate::network::loopback_up())?;
    }
    // The user-mode network: the tap is made here, in the container's network namespace,
    // and handed to the parent, which runs the stack on it.
    if let Some(layout) = &plan.usermode_net {
        let tap = at(Setup, crate::network::usermode::configure_inside(layout))?;
        at(
            Setup,
            chan.send_with_fd(&SyncMsg::Tap, Some(tap.as_raw_fd()))
                .context("handing the tap to berth"),
        )?;
    }
    // `--network pasta|slirp4netns`: berth starts the program on this namespace, by a
    // descriptor of ours (our /proc files are closed to it: we are not dumpable soon).
    if plan.net_helper.is_some() {
        let ns = at(
            Setup,
            std::fs::File::open("/proc/self/ns/net").context("opening the network namespace"),
        )?;
        at(
            Setup,
            chan.send_with_fd(&SyncMsg::NetNs, Some(ns.as_raw_fd()))
                .context("handing the network namespace to berth"),
        )?;
    }
    // /proc/sys shows the namespaces of the process reading it, so the container's
    // sysctls are written here, before any /proc of the container is made read-only.
    at(Setup, security::set_sysctls(&plan.security.sysctls))?;

    // `--userns=keep-id` and rootless auto: the namespace is made now and entered last,
    // like auto's; from here berth makes files as the container's root.
    let nested_ns = match keepid::nested(&plan.security) {
        Some(n) => Some(at(Setup, keepid::prepare(&n))?),
        None => None,
    };
    at(Setup, rootfs::write_etc_files(&plan.etc))?;
    // `--userns=auto`: the namespace is made now, so the image's files can be shown
    // through it; it is entered only once every mount is made.
    let userns = match &plan.security.id_map {
        Some(map) if plan.security.nested_range.is_none() => {
            Some(at(Setup, idmap::prepare_rootfs(&plan.rootfs, map))?)
        }
        _ => None,
    };
    // From here to its execve the init runs berth's binary with berth's privileges: no
    // process that may come to share its namespaces (an `exec` joining early) may read
    // its memory, trace it or reach the binary through /proc/PID/exe. Not earlier: the
    // maps of the namespaces made above are written through our /proc files, which a
    // non-dumpable process hands to root. The execve makes the command dumpable again,
    // as any process.
    at(
        Setup,
        rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable)
            .context("making the container init non-dumpable"),
    )?;
    let root = at(Setup, rootfs::mount_root(&plan.rootfs))?;
    if let Some(k) = &plan.security.keep_id {
        // Before anything is mounted in the root: nothing there leads out of it.
        at(Setup, keepid::add_user(&root, k))?;
    }
    for op in &plan.mounts {
        at(Setup, rootfs::apply(&root, op, plan))?;
    }
    // Never the host's (or another container's) name: only in a UTS namespace of our own.
    if plan.own_uts {
        at(
            Setup,
            nix::unistd::sethostname(&plan.hostname).context("setting the hostname"),
        )?;
        if !plan.domainname.is_empty() {
            at(
                Setup,
                rustix::system::setdomainname(plan.domainname.as_bytes())
                    .context("setting the domain name"),
            )?;
        }
    }
    at(Setup, rootfs::pivot(&root))?;
    drop(root);
    if plan.read_only_root {
        at(Setup, rootfs::make_root_read_only())?;
    }

    // berth moves us into the container's cgroup meanwhile; the cgroup namespace must be
    // made after that, so that it is rooted at the container's cgroup.
    if plan.waits_for_release() {
        at(Setup, wait_placed(chan))?;
    }
    // The namespace's network program is configured before the command runs.
    if let Some(h) = &plan.net_helper {
        at(Setup, wait_go(chan))?;
        at(Setup, crate::network::helper::wait_configured(h))?;
    }
    // berth made the interfaces meanwhile: addresses and routes, from inside.
    if !plan.net_links.is_empty() {
        at(
            Setup,
            crate::network::attach::configure_inside(&plan.net_links)
                .context("configuring the container's network"),
        )?;
    }
    // In the cgroup namespace, so that /sys/fs/cgroup shows the container's own cgroups;
    // before the user namespace is entered, so that its root cannot remount it writable.
    // A view the kernel refuses (rootless on some hosts) leaves the container without one.
    if let Err(e) = cgroupfs::mount_view(view, plan.security.privileged) {
        log::debug!("{e:#}: the container has no /sys/fs/cgroup");
    }
    // The namespace owns none of the others: from here no mount, hostname or sysctl of
    // the container can be changed by its root.
    if let Some(ns) = userns {
        at(Setup, idmap::enter(&ns))?;
    }
    if let Some(ns) = nested_ns {
        at(Setup, idmap::enter(&ns))?;
    }

    // The user is looked up in the container's own files, now that they are `/`.
    let (passwd, group) = at(User, super::rootfile::passwd_and_group())?;
    let who = at(User, user::resolve(&plan.process.user, &passwd, &group))?;
    let env = at(Setup, Ok(environment(&plan.process, &plan.hostname, &who)))?;

    // stdio: a pty of the container's own devpts, or the caller's descriptors.
    if plan.process.tty {
        at(Setup, setup_tty(chan, &who))?;
    } else {
        at(Setup, nix::unistd::setsid().map(drop).context("setsid"))?;
        if !plan.process.stdin {
            let null = at(
                Setup,
                std::fs::File::open("/dev/null").context("opening /dev/null"),
            )?;
            at(Setup, dup_to(&null.into(), 0))?;
        }
    }

    at(Setup, enter_workdir(&plan.process.cwd))?;
    let paths = command_paths(&plan.process.argv, &env);

    // `--init`: PID 1 runs berth's init program from a sealed copy, made while the
    // container's seccomp filter cannot yet refuse it.
    let init_program = plan.init.then(|| {
        crate::init::program()
            .inspect_err(|e| log::debug!("{e:#}"))
            .ok()
    });

    // Last before exec: a clean slate of signals and descriptors, then rlimits,
    // capabilities, ids, no_new_privs and seccomp (after the filter is loaded our own
    // syscalls are filtered too).
    at(Setup, clean_slate(plan.process.preserve_fds))?;
    at(Setup, security::apply(prepared, &who))?;
    // Changing ids cleared the parent-death signal: arm it again, or a container running
    // as another user would outlive a killed monitor.
    crate::sys::process::die_with_parent();

    if let Some(program) = init_program {
        // Returns in the command's process only; PID 1 becomes the init program.
        at(
            Setup,
            crate::init::become_init(&plan.process.argv, program, plan.rootless),
        )?;
    }
    let err = exec(&plan.process.argv, &env, &paths);
    Err(Failure { stage: Exec, err })
}

/// The last step before execve, shared with `exec`: the command starts with a clean
/// slate of signals and sees none of berth's descriptors.
pub(super) fn clean_slate(preserve_fds: u32) -> anyhow::Result<()> {
    // Signals: berth blocked some for its own signalfd and ignores SIGPIPE; the command
    // must start with a clean slate. Ignored dispositions survive execve, handlers do not.
    sigprocmask(SigmaskHow::SIG_SETMASK, Some(&SigSet::empty()), None)
        .context("restoring the signal mask")?;
    let _ = crate::sys::signal::reset_default(Signal::SIGPIPE);
    // Nothing of berth's may leak into the container: mark every fd above stdio (and the
    // --preserve-fds ones) close-on-exec (the channel already is, so failures can still
    // be reported).
    crate::sys::fd::cloexec_from(3u32.saturating_add(preserve_fds)).context("closing inherited fds")
}

fn wait_go(chan: &Channel) -> anyhow::Result<()> {
    match chan.recv().context("waiting for berth")? {
        Received::Msg(SyncMsg::Go, _) => Ok(()),
        other => Err(anyhow!("expected Go from berth, received {other:?}")),
    }
}

fn wait_placed(chan: &Channel) -> anyhow::Result<()> {
    match chan.recv().context("waiting for berth")? {
        Received::Msg(SyncMsg::Placed, _) => {}
        other => return Err(anyhow!("expected Placed from berth, received {other:?}")),
    }
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWCGROUP)
        .context("creating the cgroup namespace")
}

pub(super) fn dup_to(fd: &OwnedFd, target: i32) -> anyhow::Result<()> {
    crate::sys::fd::dup_onto_stdio(fd, target).context("dup2")
}

pub(super) fn environment(
    process: &super::plan::Process,
    hostname: &str,
    who: &user::ResolvedUser,
) -> Vec<String> {
    let mut env = process.env.clone();
    let has = |env: &[String], key: &str| env.iter().any(|e| e.split('=').next() == Some(key));
    if !has(&env, "PATH") {
        env.insert(0, format!("PATH={DEFAULT_PATH}"));
    }
    if !has(&env, "HOSTNAME") {
        env.push(format!("HOSTNAME={}", hostname));
    }
    if process.tty && !has(&env, "TERM") {
        env.push("TERM=xterm".into());
    }
    if !has(&env, "HOME") {
        env.push(format!(
            "HOME={}",
            if who.home.is_empty() { "/" } else { &who.home }
        ));
    }
    env
}

pub(super) fn setup_tty(chan: &Channel, who: &user::ResolvedUser) -> anyhow::Result<()> {
    use rustix::fs::{Mode, OFlags};
    let master = rustix::fs::open(
        "/dev/pts/ptmx",
        OFlags::RDWR | OFlags::NOCTTY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .context("opening /dev/pts/ptmx")?;
    rustix::pty::unlockpt(&master).context("unlocking the pty")?;
    let slave = rustix::pty::ioctl_tiocgptpeer(
        &master,
        rustix::pty::OpenptFlags::RDWR | rustix::pty::OpenptFlags::NOCTTY,
    )
    .context("opening the pty peer")?;
    // The user must own its terminal, or opening /dev/tty fails after the uid switch.
    rustix::fs::fchown(&slave, Some(rustix::fs::Uid::from_raw(who.uid)), None)
        .context("handing the pty to the container user")?;
    chan.send_with_fd(&SyncMsg::PtyMaster, Some(master.as_raw_fd()))
        .context("sending the pty to berth")?;
    drop(master);
    wait_go(chan)?;
    nix::unistd::setsid().context("setsid")?;
    rustix::process::ioctl_tiocsctty(&slave).context("making the pty the controlling terminal")?;
    for target in 0..3 {
        dup_to(&slave, target)?;
    }
    Ok(())
}

fn enter_workdir(cwd: &str) -> anyhow::Result<()> {
    // A missing working directory is created, as image builders expect.
    if std::fs::metadata(cwd).is_err() {
        std::fs::create_dir_all(cwd)
            .with_context(|| format!("creating working directory {cwd}"))?;
    }
    nix::unistd::chdir(cwd).with_context(|| format!("entering working directory {cwd}"))
}

/// The `$PATH` entries where the command exists, in order (empty when `argv[0]` holds a
/// slash: it is run as given). A failed execve first builds a new address space and
/// copies argv and the environment into it, so entries that plainly lack the command are
/// skipped here for the price of a path walk. Called before the seccomp filter is loaded
/// (a profile may deny or kill faccessat) and with berth's capabilities, which see at
/// least what the container's user sees: nothing skipped could have been run.
pub(super) fn command_paths(argv: &[String], env: &[String]) -> Vec<String> {
    let Some(arg0) = argv.first().filter(|a| !a.contains('/')) else {
        return Vec::new();
    };
    let path_var = env
        .iter()
        .find_map(|e| e.strip_prefix("PATH="))
        .unwrap_or(DEFAULT_PATH);
    path_var
        .split(':')
        .filter(|d| !d.is_empty())
        .map(|dir| format!("{dir}/{arg0}"))
        .filter(|c| {
            !matches!(
                rustix::fs::access(c.as_str(), rustix::fs::Access::EXISTS),
                Err(rustix::io::Errno::NOENT | rustix::io::Errno::NOTDIR)
            )
        })
        .collect()
}

/// Execve the command: `argv[0]` itself when it holds a slash, else the `paths` found by
/// [`command_paths`] in turn. Returns only on failure, with the errno that decides 126
/// against 127.
pub(super) fn exec(argv: &[String], env: &[String], paths: &[String]) -> anyhow::Error {
    let Some(arg0) = argv.first() else {
        return anyhow!("no command specified");
    };
    let to_c = |s: &String| CString::new(s.as_bytes()).ok();
    let (Some(c_argv), Some(c_env)) = (
        argv.iter().map(to_c).collect::<Option<Vec<_>>>(),
        env.iter().map(to_c).collect::<Option<Vec<_>>>(),
    ) else {
        return anyhow!("the command or environment contains a NUL byte");
    };
    if arg0.contains('/') {
        let Some(path) = to_c(arg0) else {
            return anyhow!("bad command");
        };
        let e = nix::unistd::execve(&path, &c_argv, &c_env).unwrap_err();
        return anyhow::Error::new(std::io::Error::from_raw_os_error(e as i32))
            .context(format!("exec {arg0}"));
    }
    let mut denied = None;
    for candidate in paths {
        let Some(path) = to_c(candidate) else {
            continue;
        };
        match nix::unistd::execve(&path, &c_argv, &c_env).unwrap_err() {
            nix::errno::Errno::ENOENT | nix::errno::Errno::ENOTDIR => continue,
            nix::errno::Errno::EACCES => denied = Some(candidate.clone()),
            e => {
                return anyhow::Error::new(std::io::Error::from_raw_os_error(e as i32))
                    .context(format!("exec {candidate}"));
            }
        }
    }
    match denied {
        Some(c) => anyhow::Error::new(std::io::Error::from_raw_os_error(libc::EACCES))
            .context(format!("exec {c}")),
        None => anyhow::Error::new(std::io::Error::from_raw_os_error(libc::ENOENT))
            .context(format!("exec {arg0}: executable file not found in $PATH")),
    }
}
