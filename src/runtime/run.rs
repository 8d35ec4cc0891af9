//! The direct path of [`super::start`]: this process is the container's parent, spawns the
//! sandbox, relays signals (and the terminal), records the exit, and removes the container
//! when asked to.

use anyhow::Context as _;
use nix::sys::signal::{SigmaskHow, sigprocmask};
use nix::sys::signalfd::{SfdFlags, SignalFd};

use super::io::tty;
use crate::store::Store;
use crate::store::containers::{ContainerRecord, PendingContainer, RunLock, RunState};

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
    let (plan, held) = super::prepare::prepare(store, rec, rootless)?;

    // Block the relayed signals (and SIGCHLD, SIGWINCH) before the clone so none is lost;
    // the child restores an empty mask before exec.
    let (mask, old) = super::wait::block_relayed()?;
    let result = (|| {
        let sfd = SignalFd::with_flags(&mask, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK)
            .context("creating a signalfd")?;
        let mut raw_guard = None;
        let record = &*rec;
        let published = super::wait::usermode_ports(store, rec, &held)?;
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
        if let Some(net) = &held.net {
            net.started(spawned.pid.as_raw());
        }
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
        super::state::write_pidfile(rec, spawned.pid.as_raw());
        let net = super::wait::usermode_stack(spawned.tap, published, spawned.pid, &held)?;
        let mut terminal =
            super::wait::Terminal::new(spawned.pty, rec.spec.open_stdin).with_net(net);
        let status = super::wait::wait(&sfd, spawned.pid, &mut terminal);
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
    drop(held);
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
    let code = super::wait::exit_code(status);
    rec.last.oom_killed = oom_killed;
    super::events::died(store, rec, code.into(), oom_killed);
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
        super::events::container(store, rec, "destroy");
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
