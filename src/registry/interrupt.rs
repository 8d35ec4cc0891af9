//! Ctrl-C during a transfer: instead of dying mid-write, the process notes the signal and
//! the transfer unwinds, so every staging directory is removed by its owner and nothing is
//! committed. The handlers are installed only while a transfer runs (a guard restores the
//! previous dispositions), so `run`'s own signal handling is untouched. The signal shuts the
//! process's TCP connections down, which ends any read blocked on them.

use nix::sys::pthread::{Pthread, pthread_kill, pthread_self};
use nix::sys::signal::Signal;

/// The signals that end a transfer.
const SIGNALS: [Signal; 3] = [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP];

/// Catch SIGINT/SIGTERM/SIGHUP until the guard drops (the previous dispositions come
/// back then). No `SA_RESTART`: a blocked read returns early with EINTR, and readers check
/// [`interrupted`]. The handler also shuts the process's TCP connections down: waking the
/// reading thread is not enough, as the HTTP client retries a read that EINTR broke while
/// its idle limit runs.
pub fn catch() -> crate::sys::signal::Caught {
    crate::sys::signal::catch_interrupts(&SIGNALS)
}

/// Has a catching signal arrived?
pub fn interrupted() -> bool {
    crate::sys::signal::interrupted()
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
    live: Vec<Pthread>,
    finished: usize,
}

/// Deregisters the worker when dropped (also on panic).
pub struct Registered<'a> {
    workers: &'a Workers,
    me: Pthread,
}

impl Workers {
    /// Register the calling thread until the returned value drops.
    pub fn register(&self) -> Registered<'_> {
        let me = pthread_self();
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
                    // A thread in `live` has not deregistered, so it still runs
                    // (deregistering takes this lock first); our handler is installed.
                    let _ = pthread_kill(*t, Signal::SIGINT);
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
