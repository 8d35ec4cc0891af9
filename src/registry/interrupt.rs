//! Ctrl-C during a transfer: instead of dying mid-write, the process notes the signal and
//! the transfer unwinds, so every staging directory is removed by its owner and nothing is
//! committed. The handlers are installed only while a transfer runs (a guard restores the
//! previous dispositions), so `run`'s own signal handling is untouched. The signal shuts the
//! process's TCP connections down, which ends any read blocked on them.

use std::sync::atomic::{AtomicBool, Ordering};

use nix::sys::signal::{SaFlags, SigAction, SigHandler, SigSet, Signal, sigaction};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// The signals that end a transfer.
const SIGNALS: [Signal; 3] = [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP];

extern "C" fn note(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
    wake_connections();
}

/// Descriptors below this are looked at by [`wake_connections`] (the lowest free number is
/// always taken, so a transfer's few sockets sit far below it).
const FD_SCAN: libc::c_int = 1024;

/// Shut down every TCP connection of the process, so a read blocked on one returns at once.
/// Waking the reading thread is not enough: the HTTP client retries a read that EINTR broke
/// while its idle limit runs. Only plain syscalls here: this runs in a signal handler.
fn wake_connections() {
    for fd in 3..FD_SCAN {
        let mut domain: libc::c_int = 0;
        let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        // SAFETY: getsockopt writes at most `len` bytes into `domain`; a descriptor that is
        // closed or no socket just fails.
        let r = unsafe {
            libc::getsockopt(
                fd,
                libc::SOL_SOCKET,
                libc::SO_DOMAIN,
                (&raw mut domain).cast(),
                &mut len,
            )
        };
        if r == 0 && (domain == libc::AF_INET || domain == libc::AF_INET6) {
            // SAFETY: shutdown on a socket we hold; the owner sees end of file or an error.
            unsafe { libc::shutdown(fd, libc::SHUT_RDWR) };
        }
    }
}

/// Restores the previous signal dispositions when dropped.
pub struct Guard {
    old: Vec<(Signal, SigAction)>,
}

/// Catch SIGINT/SIGTERM/SIGHUP until the guard drops. No `SA_RESTART`: a blocked read
/// returns early with EINTR, and readers check [`interrupted`].
pub fn catch() -> Guard {
    let action = SigAction::new(SigHandler::Handler(note), SaFlags::empty(), SigSet::empty());
    let mut old = Vec::new();
    for sig in SIGNALS {
        // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
        match unsafe { sigaction(sig, &action) } {
            Ok(prev) => old.push((sig, prev)),
            Err(e) => log::debug!("catching {sig}: {e}"),
        }
    }
    Guard { old }
}

impl Drop for Guard {
    fn drop(&mut self) {
        for (sig, prev) in &self.old {
            // SAFETY: restores a disposition that was in place before.
            let _ = unsafe { sigaction(*sig, prev) };
        }
    }
}

/// Has a catching signal arrived?
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// The error a reader returns once interrupted (not `ErrorKind::Interrupted`, which
/// `read_exact` and friends would retry).
pub fn io_error() -> std::io::Error {
    std::io::Error::other("interrupted")
}

/// Threads that do blocking reads for a transfer. A process-directed signal wakes only one
/// thread (usually the main one, which waits in [`Workers::wait_all`]), so the waiter passes
/// it on to every worker, whose blocked read then fails with EINTR.
#[derive(Default)]
pub struct Workers {
    state: std::sync::Mutex<State>,
    changed: std::sync::Condvar,
}

#[derive(Default)]
struct State {
    live: Vec<libc::pthread_t>,
    finished: usize,
}

/// Deregisters the worker when dropped (also on panic).
pub struct Registered<'a> {
    workers: &'a Workers,
    me: libc::pthread_t,
}

impl Workers {
    /// Register the calling thread until the returned value drops.
    pub fn register(&self) -> Registered<'_> {
        // SAFETY: pthread_self has no preconditions.
        let me = unsafe { libc::pthread_self() };
        self.lock().live.push(me);
        Registered { workers: self, me }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Wait until `count` workers have finished, waking the live ones with SIGINT once a
    /// signal arrived.
    pub fn wait_all(&self, count: usize) {
        let mut st = self.lock();
        while st.finished < count {
            if interrupted() {
                for t in &st.live {
                    // SAFETY: a thread in `live` has not deregistered, so it still runs
                    // (deregistering takes this lock first); our handler is installed.
                    unsafe { libc::pthread_kill(*t, libc::SIGINT) };
                }
            }
            st = self
                .changed
                .wait_timeout(st, std::time::Duration::from_millis(50))
                .unwrap_or_else(|p| p.into_inner())
                .0;
        }
    }
}

impl Drop for Registered<'_> {
    fn drop(&mut self) {
        let mut st = self.workers.lock();
        if let Some(i) = st.live.iter().position(|t| *t == self.me) {
            st.live.swap_remove(i);
        }
        st.finished += 1;
        self.workers.changed.notify_all();
    }
}
