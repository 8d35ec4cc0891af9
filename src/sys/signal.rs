//! Signal handlers. The one handler berth installs notes an interrupt: it sets a flag and
//! shuts the process's TCP connections down (see `registry::interrupt`).

use std::sync::atomic::{AtomicBool, Ordering};

use nix::sys::signal::{SaFlags, SigAction, SigHandler, SigSet, Signal, sigaction};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn note(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
    super::net::shut_down_connections();
}

/// Has a signal caught by [`catch_interrupts`] arrived?
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Restores the previous signal dispositions when dropped.
pub struct Caught {
    old: Vec<(Signal, SigAction)>,
}

/// Catch `signals` until the returned value drops: each sets [`interrupted`] and shuts
/// the process's TCP connections down. No `SA_RESTART`: a blocked read returns early with
/// EINTR.
pub fn catch_interrupts(signals: &[Signal]) -> Caught {
    let action = SigAction::new(SigHandler::Handler(note), SaFlags::empty(), SigSet::empty());
    let mut old = Vec::new();
    for &sig in signals {
        // SAFETY: the handler only stores to an atomic and makes plain system calls
        // (getsockopt, shutdown), all async-signal-safe.
        match unsafe { sigaction(sig, &action) } {
            Ok(prev) => old.push((sig, prev)),
            Err(e) => log::debug!("catching {sig}: {e}"),
        }
    }
    Caught { old }
}

impl Drop for Caught {
    fn drop(&mut self) {
        for (sig, prev) in &self.old {
            // SAFETY: restores a disposition that was in place before.
            let _ = unsafe { sigaction(*sig, prev) };
        }
    }
}

/// Give `sig` its default disposition (a handler or an ignored disposition is dropped).
pub fn reset_default(sig: Signal) -> nix::Result<()> {
    // SAFETY: the default disposition runs no code of ours.
    unsafe { nix::sys::signal::signal(sig, SigHandler::SigDfl) }.map(drop)
}
