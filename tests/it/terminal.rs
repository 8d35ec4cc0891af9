//! `run -it` on a real terminal: berth is started on a pty of the test's own (as a shell in
//! a terminal emulator would be), so raw mode, the window size and SIGWINCH are observed
//! from both ends.

use crate::common;

use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::*;
use nix::pty::{Winsize, openpty};
use nix::sys::termios::{LocalFlags, tcgetattr};

nix::ioctl_write_ptr_bad!(set_winsize, libc::TIOCSWINSZ, Winsize);

fn winsize(rows: u16, cols: u16) -> Winsize {
    Winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    }
}

/// Read from the pty master until `needle` has appeared; everything read so far is returned.
fn read_until(master: &OwnedFd, seen: &mut String, needle: &str, what: &str) {
    let end = Instant::now() + Duration::from_secs(30);
    while !seen.contains(needle) {
        let left = end.saturating_duration_since(Instant::now());
        assert!(
            !left.is_zero(),
            "{what}: no {needle:?} in the terminal output:\n{seen}"
        );
        let mut fds = [nix::poll::PollFd::new(
            master.as_fd(),
            nix::poll::PollFlags::POLLIN,
        )];
        let ms = u16::try_from(left.as_millis()).unwrap_or(u16::MAX);
        if nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(ms)).unwrap_or(0) == 0 {
            continue;
        }
        let mut buf = [0u8; 4096];
        match nix::unistd::read(master, &mut buf) {
            Ok(0) | Err(_) => panic!("{what}: the terminal closed before {needle:?}:\n{seen}"),
            Ok(n) => seen.push_str(&String::from_utf8_lossy(&buf[..n])),
        }
    }
}

fn is_raw(fd: &OwnedFd) -> bool {
    let t = tcgetattr(fd).unwrap();
    !t.local_flags.contains(LocalFlags::ICANON) && !t.local_flags.contains(LocalFlags::ECHO)
}

/// Start berth with `args` on a fresh pty of the test's own, as the controlling terminal of
/// a session of its own (so the kernel sends it SIGWINCH); returns the master, the slave and
/// the child.
fn spawn_on_pty(env: &TestEnv, args: &[&str]) -> (OwnedFd, OwnedFd, std::process::Child) {
    let pty = openpty(Some(&winsize(24, 80)), None).unwrap();
    let (master, slave) = (pty.master, pty.slave);
    // The pty must be usable by the unprivileged user berth may run as.
    nix::unistd::fchown(
        &slave,
        match env.mode() {
            Mode::User { uid, .. } => Some(nix::unistd::Uid::from_raw(*uid)),
            Mode::Root => None,
        },
        None,
    )
    .unwrap();
    assert!(!is_raw(&slave), "a fresh pty is cooked");
    let mut cmd = env.berth(args).command();
    cmd.stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave.try_clone().unwrap()));
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let child = cmd.spawn().unwrap();
    (master, slave, child)
}

/// Wait up to 30 s for `child` to exit, keeping the master drained so berth never blocks
/// on a full terminal; a berth that does not exit is killed and fails the test.
fn wait_draining(
    child: &mut std::process::Child,
    master: &OwnedFd,
    what: &str,
) -> std::process::ExitStatus {
    let end = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            return st;
        }
        if Instant::now() >= end {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: berth did not exit");
        }
        let mut buf = [0u8; 4096];
        let mut fds = [nix::poll::PollFd::new(
            master.as_fd(),
            nix::poll::PollFlags::POLLIN,
        )];
        if nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(10u16)).unwrap_or(0) > 0 {
            let _ = nix::unistd::read(master, &mut buf);
        }
    }
}

#[test]
fn run_it_puts_the_terminal_in_raw_mode_and_follows_window_size() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        env.import_busybox("bb");
        let (master, slave, mut child) = spawn_on_pty(
            &env,
            &[
                "run",
                "--rm",
                "-it",
                "bb",
                "sh",
                "-c",
                "echo size:$(stty size); read line; echo size:$(stty size) got:$line",
            ],
        );
        let mut seen = String::new();
        read_until(&master, &mut seen, "size:24 80", &env.label());
        assert!(
            is_raw(&slave),
            "{}: berth puts its terminal in raw mode while attached",
            env.label()
        );

        // Resize the window: the kernel signals berth, berth resizes the container's pty.
        // SAFETY: TIOCSWINSZ with a valid winsize on our own pty master.
        unsafe { set_winsize(master.as_raw_fd(), &winsize(40, 100)) }.unwrap();
        std::thread::sleep(Duration::from_millis(200));
        // Raw mode: the carriage return reaches the container's (cooked) pty, which ends the
        // line there.
        nix::unistd::write(&master, b"hello\r").unwrap();
        read_until(&master, &mut seen, "got:hello", &env.label());
        assert!(
            seen.contains("size:40 100 got:hello"),
            "{}: the container saw the new window size\n{seen}",
            env.label()
        );
        let status = wait_draining(&mut child, &master, &env.label());
        assert_eq!(status.code(), Some(0), "{}\n{seen}", env.label());
        assert!(
            !is_raw(&slave),
            "{}: berth restores the terminal when it exits",
            env.label()
        );
    }
}

/// Regression: `exec -it` hung on every container (the process waited for berth's go while
/// berth waited for the end of the helper's pipe). A shell is typed into on a real pty,
/// its output read back, and its exit status passed on; on a container with and without
/// its own terminal.
#[test]
fn exec_it_runs_an_interactive_shell() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        env.import_busybox("bb");
        for (name, tty) in [("exec-tty", "-t"), ("exec-notty", "-i")] {
            env.berth(&["run", "-d", tty, "--name", name, "bb", "sleep", "300"])
                .success();
            let what = format!("{} {name}", env.label());
            let (master, slave, mut child) = spawn_on_pty(&env, &["exec", "-it", name, "sh"]);
            let mut seen = String::new();
            // Typed before the shell's prompt: the terminal keeps the input until read.
            nix::unistd::write(&master, b"echo in-$((6*7)) $(tty)\r").unwrap();
            read_until(&master, &mut seen, "in-42 /dev/pts/", &what);
            assert!(
                is_raw(&slave),
                "{what}: berth exec puts its terminal in raw mode"
            );
            nix::unistd::write(&master, b"exit 7\r").unwrap();
            let status = wait_draining(&mut child, &master, &what);
            assert_eq!(status.code(), Some(7), "{what}\n{seen}");
            assert!(!is_raw(&slave), "{what}: berth restores the terminal");
            env.berth(&["rm", "-f", name]).success();
        }
    }
}
