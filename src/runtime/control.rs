//! Controlling a running container from any later berth process: signals, stop with a
//! grace period, waiting for the end. The monitor is told first when the user stops a
//! container, so its restart policy does not bring it back.
//!
//! Signals go to the init from the caller's own namespace: rootless callers must not have
//! entered their user namespace yet (see `Context::owner_store`).

use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use nix::sys::signal::Signal;

use super::error::Error;
use super::io::wire::{self, Kind};
use super::monitor::socket_path;
use crate::store::Store;
use crate::store::containers::ContainerRecord;

/// How long to wait for the monitor to record the end after SIGKILL.
const KILL_WAIT: Duration = Duration::from_secs(10);

/// Parse a signal given by name (`TERM`, `SIGTERM`, `sigterm`) or number (`15`).
pub fn parse_signal(s: &str) -> anyhow::Result<Signal> {
    let bad = || anyhow::anyhow!("invalid signal {s:?}: give a name like SIGTERM or a number");
    if let Ok(n) = s.parse::<i32>() {
        return Signal::try_from(n).map_err(|_| bad());
    }
    let upper = s.to_ascii_uppercase();
    let name = if upper.starts_with("SIG") {
        upper
    } else {
        format!("SIG{upper}")
    };
    name.parse::<Signal>().map_err(|_| bad())
}

/// The signal `stop` sends first: the image's STOPSIGNAL, else SIGTERM.
pub fn stop_signal(rec: &ContainerRecord) -> Signal {
    rec.spec
        .stop_signal
        .as_deref()
        .and_then(|s| parse_signal(s).ok())
        .unwrap_or(Signal::SIGTERM)
}

/// Tell the monitor the user stops the container (no restart); true once it acknowledged.
pub fn tell_stopping(store: &Store, id: &str) -> bool {
    let Ok(mut s) = wire::connect(&socket_path(store, id)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    if wire::send(&mut s, Kind::Stop, &[]).is_err() {
        return false;
    }
    matches!(wire::recv(&mut s), Ok(Some((Kind::Ack, _))))
}

/// The running init's pid, or an error naming the container as not running.
fn running_pid(store: &Store, rec: &ContainerRecord) -> anyhow::Result<Option<nix::unistd::Pid>> {
    if !store.is_running(&rec.id) {
        return Err(Error::NotRunning(rec.name.clone()).into());
    }
    Ok(store
        .read_run_state(&rec.id)
        .and_then(|s| super::remove::signalable(s.pid)))
}

/// `kill`: send `sig` to the init. The user's kill counts as a stop for the restart policy.
/// A paused container is thawed after SIGKILL so it dies; other signals wait for `unpause`.
pub fn kill(
    store: &Store,
    rec: &ContainerRecord,
    sig: Signal,
    rootless: bool,
) -> anyhow::Result<()> {
    let pid = running_pid(store, rec)?;
    if matches!(sig, Signal::SIGKILL | Signal::SIGTERM | Signal::SIGINT) {
        tell_stopping(store, &rec.id);
    }
    let Some(pid) = pid else {
        // Between two runs under a restart policy: nothing to signal, and it stays down.
        return Ok(());
    };
    match nix::sys::signal::kill(pid, sig) {
        Ok(()) | Err(nix::errno::Errno::ESRCH) => {}
        Err(e) => {
            return Err(e).with_context(|| format!("sending {sig} to container {}", rec.name));
        }
    }
    if sig == Signal::SIGKILL {
        super::pause::thaw_if_paused(store, rec, rootless);
    }
    store
        .emit(super::events::container_event(rec, "kill").attr("signal", (sig as i32).to_string()));
    Ok(())
}

/// Wait until the container is no longer running; false on timeout.
pub fn wait_stopped(store: &Store, id: &str, timeout: Duration) -> bool {
    let end = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    while store.is_running(id) {
        if Instant::now() >= end {
            return false;
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
    true
}

/// `stop`: the stop signal, `grace` to end, then SIGKILL. Stopping a stopped container
/// is not an error; a paused one is thawed right after the signal, so it can act on it.
pub fn stop(
    store: &Store,
    rec: &ContainerRecord,
    grace: Duration,
    rootless: bool,
) -> anyhow::Result<()> {
    if !store.is_running(&rec.id) {
        return Ok(());
    }
    tell_stopping(store, &rec.id);
    super::events::container(store, rec, "stop");
    let first = stop_signal(rec);
    if let Some(pid) = store
        .read_run_state(&rec.id)
        .and_then(|s| super::remove::signalable(s.pid))
    {
        let _ = nix::sys::signal::kill(pid, first);
    }
    super::pause::thaw_if_paused(store, rec, rootless);
    if wait_stopped(store, &rec.id, grace) {
        return Ok(());
    }
    // `-t 0` asked for the kill: nothing to warn about.
    if !grace.is_zero() {
        log::warn!(
            "StopSignal {} failed to stop container {} in {} seconds, resorting to SIGKILL",
            first.as_str(),
            rec.name,
            grace.as_secs()
        );
    }
    kill_and_wait(store, rec, rootless)
}

/// SIGKILL the init (thawing it if paused) and wait until its owner recorded the exit.
pub fn kill_and_wait(store: &Store, rec: &ContainerRecord, rootless: bool) -> anyhow::Result<()> {
    if !store.is_running(&rec.id) {
        return Ok(());
    }
    tell_stopping(store, &rec.id);
    let deadline = Instant::now() + KILL_WAIT;
    let mut killed = false;
    while store.is_running(&rec.id) {
        // The owner takes the lock before it writes the pid: until the pid is there, wait.
        if !killed
            && let Some(pid) = store
                .read_run_state(&rec.id)
                .and_then(|s| super::remove::signalable(s.pid))
        {
            match nix::sys::signal::kill(pid, Signal::SIGKILL) {
                Ok(()) | Err(nix::errno::Errno::ESRCH) => {
                    killed = true;
                    super::pause::thaw_if_paused(store, rec, rootless);
                }
                Err(e) => {
                    return Err(e).with_context(|| format!("killing container {}", rec.name));
                }
            }
        }
        if Instant::now() > deadline {
            bail!(
                "container {} did not stop within {}s of SIGKILL",
                rec.name,
                KILL_WAIT.as_secs()
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    Ok(())
}

/// `wait`: block until the container stops, then its exit status.
pub fn wait_exit(store: &Store, rec: &ContainerRecord) -> anyhow::Result<i32> {
    let left = store.wait_run_lock(&rec.id)?;
    let fresh = match (store.load_container(&rec.id), left) {
        (Ok(r), _) => r,
        // Removed when it ended (--rm): its owner left the status in the lock we waited on.
        (Err(_), Some(code)) => return Ok(code),
        (Err(_), None) => bail!("container {} was removed when it ended", rec.name),
    };
    let obs = super::state::observe(store, &fresh);
    Ok(obs.exit_code.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_by_name_and_number() {
        assert_eq!(parse_signal("9").unwrap(), Signal::SIGKILL);
        assert_eq!(parse_signal("KILL").unwrap(), Signal::SIGKILL);
        assert_eq!(parse_signal("sigterm").unwrap(), Signal::SIGTERM);
        assert_eq!(parse_signal("SIGUSR1").unwrap(), Signal::SIGUSR1);
        for bad in ["", "0x9", "NOPE", "999", "-1"] {
            assert!(parse_signal(bad).is_err(), "{bad}");
        }
    }
}
