//! The direct path of [`super::start`]: this process is the container's parent, spawns the
//! sandbox, relays signals (and the terminal), records the exit, and removes the container
//! when asked to.

use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

use anyhow::Context as _;
use nix::sys::signal::{SigSet, SigmaskHow, Signal, sigprocmask};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::Pid;

use super::io::tty;
use crate::store::Store;
use crate::store::containers::{ContainerRecord, PendingContainer, RunLock, RunState};

/// Signals berth (or the monitor) relays to the container's init.
pub const RELAYED: [Signal; 6] = [
    Signal::SIGINT,
    Signal::SIGTERM,
    Signal::SIGHUP,
    Signal::SIGQUIT,
    Signal::SIGUSR1,
    Signal::SIGUSR2,
];

/// The direct path: run the container attached to our stdio and return its exit status
/// (128+N for signal N). The run lock must be held by the caller. A `pending` record is
/// written while the container init sets up (see [`crate::sandbox::spawn_overlapping`]).
pub(super) fn run_direct(
    store: &Store,
    rec: &mut ContainerRecord,
    mut pending: Option<PendingContainer>,
    lock: RunLock,
    rootless: bool,
) -> anyhow::Result<u8> {
    // The fuse guard lives until the container has exited: it serves the container's root.
    let (plan, fuse) = super::start::prepare(store, rec, rootless)?;

    // Block the relayed signals (and SIGCHLD, SIGWINCH) before the clone so none is lost;
    // the child restores an empty mask before exec.
    let (mask, old) = block_relayed()?;
    let result = (|| {
        let sfd = SignalFd::with_flags(&mask, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK)
            .context("creating a signalfd")?;
        let mut raw_guard = None;
        let record = &*rec;
        let spawned = crate::sandbox::spawn_overlapping(
            &plan,
            &mut |master| {
                raw_guard = tty::prepare(master)?;
                Ok(())
            },
            &mut || match pending.take() {
                Some(p) => Ok(p.commit(record)?),
                None => Ok(()),
            },
        )?;
        let started = jiff::Timestamp::now();
        store.write_run_state(
            &rec.id,
            &RunState {
                pid: spawned.pid.as_raw(),
                started_at: started,
                monitor: 0,
                restarting: false,
                restart_count: 0,
                paused: false,
            },
        )?;
        let status = relay(&sfd, spawned.pid, spawned.pty, rec.spec.open_stdin);
        let oom_killed = spawned.cgroup.as_ref().is_some_and(|cg| {
            let oom = cg.oom_killed();
            cg.remove();
            oom
        });
        let status = status?;
        drop(raw_guard);
        Ok::<_, anyhow::Error>((started, status, oom_killed))
    })();
    let _ = sigprocmask(SigmaskHow::SIG_SETMASK, Some(&old), None);
    drop(fuse);
    // Not written when the start failed before the clone: this gives the name back and
    // lets go of the store lock, which the cleanup below takes.
    drop(pending);

    let (started, status, oom_killed) = match result {
        Ok(v) => v,
        Err(e) => {
            store.clear_run_state(&rec.id);
            rec.last.error = format!("{e:#}");
            rec.last.started_at = None;
            if rec.spec.auto_remove {
                let _ = store.delete_container(rec);
            } else {
                let _ = store.save_container(rec);
            }
            drop(lock);
            return Err(e);
        }
    };
    let code = exit_code(status);
    rec.last.oom_killed = oom_killed;
    finish(store, rec, lock, started, code)?;
    Ok(code)
}

/// Record the exit (or remove the container for --rm) and release the run lock.
fn finish(
    store: &Store,
    rec: &mut ContainerRecord,
    lock: RunLock,
    started: jiff::Timestamp,
    code: u8,
) -> anyhow::Result<()> {
    lock.leave_exit_code(code.into());
    if rec.spec.auto_remove {
        let paths = store.detach_container_keeping_name(rec)?;
        drop(lock);
        super::remove::purge_in_background(paths, Some((store, rec)));
        return Ok(());
    }
    store.clear_run_state(&rec.id);
    {
        rec.last.started_at = Some(started);
        rec.last.finished_at = Some(jiff::Timestamp::now());
        rec.last.exit_code = Some(code as i32);
        rec.last.error.clear();
        store.save_container(rec)?;
    }
    drop(lock);
    Ok(())
}

pub fn exit_code(status: WaitStatus) -> u8 {
    match status {
        WaitStatus::Exited(_, code) => code as u8,
        WaitStatus::Signaled(_, sig, _) => 128u8.wrapping_add(sig as u8),
        _ => crate::spec::exit::EXIT_BERTH,
    }
}

/// Block the signals a foreground berth relays (plus SIGCHLD and SIGWINCH); returns the
/// blocked set and the previous mask to restore.
pub(super) fn block_relayed() -> anyhow::Result<(SigSet, SigSet)> {
    let mut mask = SigSet::empty();
    for s in RELAYED {
        mask.add(s);
    }
    mask.add(Signal::SIGCHLD);
    mask.add(Signal::SIGWINCH);
    let mut old = SigSet::empty();
    sigprocmask(SigmaskHow::SIG_BLOCK, Some(&mask), Some(&mut old)).context("blocking signals")?;
    Ok((mask, old))
}

/// Wait for the container init while relaying signals and, with a tty, the terminal.
pub(super) fn relay(
    sfd: &SignalFd,
    pid: Pid,
    pty: Option<OwnedFd>,
    forward_stdin: bool,
) -> anyhow::Result<WaitStatus> {
    let mut term = pty.map(|m| tty::Relay::new(m, forward_stdin));
    loop {
        if let Some(st) = try_reap(pid)? {
            if let Some(t) = term.as_mut() {
                t.drain();
            }
            return Ok(st);
        }
        let mut fds: Vec<BorrowedFd> = vec![sfd.as_fd()];
        if let Some(t) = &term {
            fds.extend(t.poll_fds());
        }
        let mut pfds: Vec<nix::poll::PollFd> = fds
            .iter()
            .map(|fd| nix::poll::PollFd::new(*fd, nix::poll::PollFlags::POLLIN))
            .collect();
        match nix::poll::poll(&mut pfds, nix::poll::PollTimeout::NONE) {
            Ok(_) | Err(nix::errno::Errno::EINTR) => {}
            Err(e) => return Err(e).context("waiting for the container"),
        }
        let ready: Vec<(i32, bool)> = pfds
            .iter()
            .zip(fds.iter())
            .map(|(p, fd)| {
                let r = p.revents().unwrap_or(nix::poll::PollFlags::empty());
                (fd.as_raw_fd(), !r.is_empty())
            })
            .collect();
        drop(pfds);
        for (fd, is_ready) in ready {
            if !is_ready {
                continue;
            }
            if fd == sfd.as_raw_fd() {
                while let Ok(Some(info)) = sfd.read_signal() {
                    let signo = info.ssi_signo as i32;
                    match Signal::try_from(signo) {
                        Ok(Signal::SIGCHLD) => {}
                        Ok(Signal::SIGWINCH) => {
                            if let Some(t) = &term {
                                t.resize();
                            }
                        }
                        Ok(sig) => {
                            let _ = nix::sys::signal::kill(pid, sig);
                        }
                        Err(_) => {}
                    }
                }
            } else if let Some(t) = term.as_mut() {
                t.on_ready(fd);
            }
        }
    }
}

fn try_reap(pid: Pid) -> anyhow::Result<Option<WaitStatus>> {
    loop {
        match waitpid(pid, Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::StillAlive) => return Ok(None),
            Ok(st @ (WaitStatus::Exited(..) | WaitStatus::Signaled(..))) => return Ok(Some(st)),
            Ok(_) => return Ok(None),
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(e).context("waiting for the container init"),
        }
    }
}
