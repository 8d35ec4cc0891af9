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
    // SAFETY: prctl with a static NUL-terminated name.
    unsafe { libc::prctl(libc::PR_SET_NAME, c"berth-init".as_ptr()) };
    set_command_line(argv);
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

/// Overwrite our inherited argument and environment strings with `berth-init -- argv`.
fn set_command_line(argv: &[String]) {
    let Some(area) = proc_title_area() else {
        return;
    };
    let mut title = Vec::new();
    for word in [TITLE, "--"]
        .into_iter()
        .chain(argv.iter().map(String::as_str))
    {
        title.extend_from_slice(word.as_bytes());
        title.push(0);
    }
    let bytes = area.title_bytes(title);
    // SAFETY: [arg_start, env_end) is the block of argument and environment strings the
    // kernel laid out for this process, writable and ours; nothing reads those strings
    // any more (the command is exec'd with argv and environment vectors of its own, and
    // std's view of argv is unused from here).
    unsafe {
        let base = area.arg_start as *mut u8;
        std::ptr::write_bytes(base, 0, area.env_end - area.arg_start);
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), base, bytes.len());
    }
}

/// Where our argument and environment strings lie (/proc/self/stat fields 48-51).
struct TitleArea {
    arg_start: usize,
    arg_end: usize,
    env_end: usize,
}

impl TitleArea {
    /// The bytes to write at `arg_start` for `title` (NUL-separated words): as they are
    /// when they fit the argument block; else joined with spaces into one string that runs
    /// on into the environment block (the kernel shows `/proc/PID/cmdline` up to its NUL
    /// when the argument block's last byte is not one), cut to fit.
    fn title_bytes(&self, mut title: Vec<u8>) -> Vec<u8> {
        if title.len() <= self.arg_end - self.arg_start {
            return title;
        }
        title.pop();
        for b in &mut title {
            if *b == 0 {
                *b = b' ';
            }
        }
        title.truncate(self.env_end - self.arg_start - 1);
        title.push(0);
        title
    }
}

fn proc_title_area() -> Option<TitleArea> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which may hold spaces: field 3 is the first here.
    let rest: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let field = |n: usize| rest.get(n - 3)?.parse::<usize>().ok();
    let area = TitleArea {
        arg_start: field(48)?,
        arg_end: field(49)?,
        env_end: field(51)?,
    };
    // The environment follows the arguments; anything else is not the layout we know.
    (field(50)? == area.arg_end && area.arg_start < area.arg_end && area.arg_end <= area.env_end)
        .then_some(area)
}

fn run(command: Pid) -> ! {
    // SAFETY: close_range on our own fds. The init needs no descriptor above stdio (the
    // sync channel among them must close so the monitor sees the command start).
    unsafe {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_fit_or_run_on_into_the_environment_block() {
        let area = TitleArea {
            arg_start: 100,
            arg_end: 120,
            env_end: 125,
        };
        assert_eq!(area.title_bytes(b"a\0b\0".to_vec()), b"a\0b\0");
        let long = b"berth-init\0--\0sleep\x001000\0".to_vec();
        assert_eq!(area.title_bytes(long), b"berth-init -- sleep 1000\0");
        let longer = b"berth-init\0--\0sleep\x00100000000\0".to_vec();
        assert_eq!(area.title_bytes(longer), b"berth-init -- sleep 1000\0");
    }

    #[test]
    fn our_own_title_area_is_found() {
        let area = proc_title_area().expect("the argument block of this test process");
        assert!(area.arg_end - area.arg_start >= std::env::args().map(|a| a.len() + 1).sum());
    }
}
