//! `--init`: a minimal init, part of berth itself, for containers whose command does not
//! reap orphans or handle signals as PID 1.
//!
//! Called in the container init just before execve: it forks; the child goes on to exec
//! the command, the parent stays PID 1, forwards every catchable signal to the command,
//! reaps every process that ends up as its child, and exits with the command's status
//! (128+N if a signal N killed it) once the command is gone.

use anyhow::Context as _;
use nix::sys::signal::{SigSet, SigmaskHow, Signal, sigprocmask};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::{ForkResult, Pid};

/// Fork the command's process. Returns `Ok(())` in it; never returns in the init.
pub fn become_init() -> anyhow::Result<()> {
    // Blocked before the fork, so no signal arriving meanwhile is lost to the init.
    let all = SigSet::all();
    sigprocmask(SigmaskHow::SIG_SETMASK, Some(&all), None).context("blocking signals")?;
    // SAFETY: the container init is single-threaded; the child only goes on to execve.
    match unsafe { nix::unistd::fork() }.context("forking the command under the init")? {
        ForkResult::Child => {
            sigprocmask(SigmaskHow::SIG_SETMASK, Some(&SigSet::empty()), None)
                .context("restoring the signal mask")?;
            Ok(())
        }
        ForkResult::Parent { child } => run(child),
    }
}

fn run(command: Pid) -> ! {
    // SAFETY: prctl with a static NUL-terminated name; close_range on our own fds. The
    // init needs no descriptor above stdio (the sync channel among them must close so
    // the monitor sees the command start).
    unsafe {
        libc::prctl(libc::PR_SET_NAME, c"berth-init".as_ptr());
        libc::syscall(libc::SYS_close_range, 3u32, u32::MAX, 0u32);
    }
    let all = SigSet::all();
    loop {
        let Ok(sig) = all.wait() else { continue };
        if sig != Signal::SIGCHLD {
            let _ = nix::sys::signal::kill(command, sig);
            continue;
        }
        loop {
            match waitpid(None, Some(WaitPidFlag::WNOHANG)) {
                Ok(WaitStatus::Exited(pid, code)) if pid == command => exit(code),
                Ok(WaitStatus::Signaled(pid, sig, _)) if pid == command => exit(128 + sig as i32),
                Ok(WaitStatus::StillAlive) | Err(_) => break,
                Ok(_) => {}
            }
        }
    }
}

fn exit(code: i32) -> ! {
    // SAFETY: end the init without unwinding into the berth code it was forked from.
    unsafe { libc::_exit(code) }
}
