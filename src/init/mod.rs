//! `--init`: a minimal init, part of berth itself, for containers whose command does not
//! reap orphans or handle signals as PID 1.
//!
//! Called in the container init just before execve: it forks; the child goes on to exec
//! the command, the parent stays PID 1, forwards every catchable signal to the command,
//! reaps every process that ends up as its child, and exits with the command's status
//! (128+N if a signal N killed it) once the command is gone.
//!
//! The init is a fork of berth, so its command line would be berth's own (and its
//! environment berth's, readable by the container through /proc/1/environ): it rewrites
//! both in place to `berth-init -- COMMAND...`, so `ps` in the container looks right.

use anyhow::Context as _;
use nix::sys::signal::{SigSet, SigmaskHow, Signal, sigprocmask};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::{ForkResult, Pid};

/// What PID 1 shows as its command line.
const TITLE: &str = "berth-init";

/// Fork the command's process (`argv`). Returns `Ok(())` in it; never returns in the init.
pub fn become_init(argv: &[String]) -> anyhow::Result<()> {
    // Blocked before the fork, so no signal arriving meanwhile is lost to the init.
    let all = SigSet::all();
    sigprocmask(SigmaskHow::SIG_SETMASK, Some(&all), None).context("blocking signals")?;
    // Named before the fork, so the command never sees PID 1 under berth's name; the
    // command's exec replaces both in its own process.
    let _ = nix::sys::prctl::set_name(c"berth-init");
    set_command_line(argv);
    // The container init is single-threaded; the child only goes on to execve.
    match crate::sys::process::fork().context("forking the command under the init")? {
        ForkResult::Child => {
            sigprocmask(SigmaskHow::SIG_SETMASK, Some(&SigSet::empty()), None)
                .context("restoring the signal mask")?;
            Ok(())
        }
        ForkResult::Parent { child } => run(child),
    }
}

/// Overwrite our inherited argument and environment strings with `berth-init -- argv`.
fn set_command_line(argv: &[String]) {
    let words: Vec<&str> = [TITLE, "--"]
        .into_iter()
        .chain(argv.iter().map(String::as_str))
        .collect();
    crate::sys::title::set(&words);
}

fn run(command: Pid) -> ! {
    // The init needs no descriptor above stdio, and their owners are never used again
    // here (the sync channel among them must close so the monitor sees the command start).
    crate::sys::fd::close_range(3, u32::MAX);
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

/// End the init without unwinding into the berth code it was forked from.
fn exit(code: i32) -> ! {
    crate::sys::process::exit_now(code)
}
