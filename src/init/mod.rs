//! `--init`: a minimal init for containers whose command does not reap orphans or handle
//! signals as PID 1.
//!
//! Called in the container init just before execve: it forks; the child goes on to exec
//! the command, the parent becomes PID 1 for good. PID 1 must not stay berth's binary (a
//! process in the container could reach the host's binary through /proc/1/exe, and
//! rootless `exec`, run by the user, could not open the namespaces of a non-dumpable
//! process whose memory was made in the host's user namespace), so it executes berth's
//! init program (src/sys/pid1.rs, built by build.rs and embedded here) from a sealed memfd
//! made by [`program`] before the container's seccomp filter is loaded. That program makes
//! itself non-dumpable first, then lets the command go on (the child waits for PID 1 to
//! close a pipe), forwards every catchable signal to the command, reaps every process that
//! ends up as its child, and exits with the command's status (128+N if a signal N killed
//! it) once the command is gone.
//!
//! Where the kernel refuses to run the copy (`vm.memfd_noexec=2`, a profile denying
//! execveat), PID 1 does the same in berth's own code ([`run`]).

use std::ffi::CString;
use std::fs::File;
use std::io::Read as _;
use std::os::fd::AsFd as _;

use anyhow::Context as _;
use nix::sys::signal::{SigSet, SigmaskHow, Signal, sigprocmask};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::{ForkResult, Pid};

/// What PID 1 shows as its command line.
const TITLE: &str = "berth-init";

/// berth's init program, compiled by build.rs from src/sys/pid1.rs.
const PROGRAM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/init"));

/// The init program in a sealed, executable, close-on-exec memfd (a few kB, copied in
/// memory). Made before the container's seccomp filter is loaded, which may refuse it.
pub fn program() -> anyhow::Result<File> {
    crate::sys::fd::sealed_memfd(c"berth-init", &mut &PROGRAM[..])
        .context("making a sealed copy of berth's init program")
}

/// Fork the command's process (`argv`). Returns `Ok(())` in it; never returns in the init.
/// `program` is the sealed init program ([`program`]); without it, or where it cannot be
/// run, PID 1 stays in berth's code, dumpable when `rootless` (see docs/DESIGN.md).
pub fn become_init(argv: &[String], program: Option<File>, rootless: bool) -> anyhow::Result<()> {
    // Blocked before the fork, so no signal arriving meanwhile is lost to the init (the
    // mask and pending signals survive its execve).
    let all = SigSet::all();
    sigprocmask(SigmaskHow::SIG_SETMASK, Some(&all), None).context("blocking signals")?;
    // The command waits until PID 1 is non-dumpable and has closed this pipe's write end.
    let (mut wait_rx, go_tx) = std::io::pipe().context("creating a pipe")?;
    // The container init is single-threaded; the child only goes on to execve.
    match crate::sys::process::fork().context("forking the command under the init")? {
        ForkResult::Child => {
            drop(go_tx);
            let _ = wait_rx.read(&mut [0]);
            drop(wait_rx);
            sigprocmask(SigmaskHow::SIG_SETMASK, Some(&SigSet::empty()), None)
                .context("restoring the signal mask")?;
            Ok(())
        }
        ForkResult::Parent { child } => {
            drop(wait_rx);
            if let Some(program) = program {
                // The write end must reach the program, which closes it once non-dumpable.
                let kept = rustix::io::fcntl_setfd(&go_tx, rustix::io::FdFlags::empty());
                if kept.is_ok() {
                    let err = exec_program(&program, argv, child);
                    log::debug!("{err:#}: PID 1 stays in berth's code");
                }
            }
            if rootless {
                // `exec`, run as the user, must open this process's /proc/1/ns files,
                // which a non-dumpable process whose memory was made in the host's user
                // namespace refuses to it.
                let _ = rustix::process::set_dumpable_behavior(
                    rustix::process::DumpableBehavior::Dumpable,
                );
            }
            let _ = nix::sys::prctl::set_name(c"berth-init");
            set_command_line(argv);
            run(child)
        }
    }
}

/// Execute the init program as `berth-init -- argv`, told the command's pid. Returns only
/// on failure.
fn exec_program(program: &File, argv: &[String], command: Pid) -> anyhow::Error {
    let args: Vec<CString> = [TITLE, "--"]
        .into_iter()
        .chain(argv.iter().map(String::as_str))
        .filter_map(|a| CString::new(a).ok())
        .collect();
    let Ok(pid) = CString::new(format!("BERTH_INIT_PID={command}")) else {
        return anyhow::anyhow!("bad pid");
    };
    let err = nix::unistd::execveat(
        program.as_fd(),
        c"",
        &args,
        &[pid],
        nix::fcntl::AtFlags::AT_EMPTY_PATH,
    )
    .unwrap_err();
    anyhow::Error::new(err).context("executing berth's init program")
}

/// Overwrite our inherited argument and environment strings with `berth-init -- argv`.
fn set_command_line(argv: &[String]) {
    let words: Vec<&str> = [TITLE, "--"]
        .into_iter()
        .chain(argv.iter().map(String::as_str))
        .collect();
    crate::sys::title::set(&words);
}

/// PID 1 in berth's own code, where the init program could not be run.
fn run(command: Pid) -> ! {
    // The init needs no descriptor above stdio, and their owners are never used again
    // here (the sync channel among them must close so the monitor sees the command start,
    // and the pipe the command waits on).
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_init_program_is_a_small_static_executable() {
        let p = super::PROGRAM;
        assert_eq!(&p[..4], b"\x7fELF", "an ELF file");
        assert_eq!(
            u16::from_le_bytes([p[16], p[17]]),
            2,
            "ET_EXEC: nothing to relocate"
        );
        assert!(p.len() < 16 * 1024, "{} bytes", p.len());
    }
}
