//! The one start path: `run`, `start` and `restart` (and later build steps and compose)
//! call [`start`], which claims the run lock, writes a deferred record, prepares the
//! storage driver and the plan in the process that spawns the container, and waits.
//!
//! Who is the container's parent depends on the [`Mode`]: a monitor (detached, or with
//! this process attached to it through a socket), or this process itself on the direct
//! path (see docs/lifecycle.md).

use anyhow::Context as _;

use super::error::Error;
use super::io::attach;
use crate::spec::RestartName;
use crate::store::Store;
use crate::store::containers::{ContainerRecord, PendingContainer, RunLock};

/// How the started container is run and waited for.
pub enum Mode {
    /// A monitor runs the container; `start` returns once its command runs.
    Detached,
    /// A monitor runs the container, and this process stays attached to it until it
    /// exits or the user detaches.
    Attached(attach::Options),
    /// This process is the container's parent and waits for it, relaying its stdio and
    /// signals: only when nothing could outlive this process anyway (see [`Mode::foreground`]).
    Direct,
}

impl Mode {
    /// A foreground run: direct when nothing could outlive this process (`--rm` leaves no
    /// record to keep a log or exit status in, and without `-i -t` there is no way to
    /// detach); attached to a monitor otherwise. This skips the monitor's fork and socket
    /// on the hot `run --rm` path (see docs/DESIGN.md, "The monitor").
    pub fn foreground(rec: &ContainerRecord, opts: attach::Options) -> Mode {
        let spec = &rec.spec;
        // passthrough: the container's stdio is ours, so this process must be its parent.
        let direct = spec.log.passthrough()
            || (spec.auto_remove
                && !(spec.tty && spec.open_stdin)
                && spec.restart.name == RestartName::No);
        match direct {
            true => Mode::Direct,
            false => Mode::Attached(opts),
        }
    }
}

/// Start `rec` as `mode` says and return the exit status to report: the container's (or
/// 128+N for signal N) when this process waited for it to the end, 0 when it runs on.
/// `pending` is a record still to write: the direct path writes it while the container
/// sets up, the others first. Fails with [`Error::AlreadyRunning`] when another process
/// runs the container.
pub fn start(
    store: &Store,
    mut rec: ContainerRecord,
    mut pending: Option<PendingContainer>,
    rootless: bool,
    mode: Mode,
) -> anyhow::Result<u8> {
    if let Some(p) = pending.take_if(|_| !matches!(mode, Mode::Direct)) {
        p.commit(&rec)?;
    }
    let lock = claim(store, &rec)?;
    super::events::volumes_mounted(store, &rec);
    super::events::container(store, &rec, "start");
    match mode {
        Mode::Detached => {
            super::monitor::start(
                store,
                &rec,
                lock,
                rootless,
                super::monitor::Launch::default(),
            )?;
            Ok(0)
        }
        Mode::Attached(opts) => attached(store, &rec, lock, rootless, &opts),
        Mode::Direct => super::run::run_direct(store, &mut rec, pending, lock, rootless),
    }
}

/// Claim the container for running; fails when another process runs it.
fn claim(store: &Store, rec: &ContainerRecord) -> anyhow::Result<RunLock> {
    match store.try_run_lock(&rec.id)? {
        Some(lock) => Ok(lock),
        None => Err(Error::AlreadyRunning(rec.name.clone()).into()),
    }
}

/// Run the container under a monitor and stay attached to it: returns the exit status,
/// or 0 when the user detached (the container runs on).
fn attached(
    store: &Store,
    rec: &ContainerRecord,
    lock: RunLock,
    rootless: bool,
    opts: &attach::Options,
) -> anyhow::Result<u8> {
    let (ours, theirs) =
        std::os::unix::net::UnixStream::pair().context("creating a socket pair")?;
    let winsize = match rec.spec.tty {
        true => rustix::termios::tcgetwinsize(std::io::stdin()).ok(),
        false => None,
    };
    let launch = super::monitor::Launch {
        client: Some(theirs),
        winsize,
    };
    super::monitor::start(store, rec, lock, rootless, launch)?;
    match attach::session(ours, opts)? {
        attach::Ended::Exited(code) => Ok(code as u8),
        attach::Ended::Detached => Ok(0),
    }
}
