//! The terminal side of `-t`: raw mode on our terminal, window size, and copying bytes
//! between our stdio and the container's pty master.

use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd, RawFd};

use anyhow::Context as _;
use rustix::termios::{self, OptionalActions, Termios};

/// Restores the caller's terminal mode when dropped.
pub struct RawGuard {
    saved: Termios,
}

impl Drop for RawGuard {
    fn drop(&mut self) {
        let _ = termios::tcsetattr(std::io::stdin(), OptionalActions::Now, &self.saved);
    }
}

/// Size the container's terminal like ours and put ours in raw mode (when stdin is one),
/// before the container's command starts.
pub fn prepare(master: &OwnedFd) -> anyhow::Result<Option<RawGuard>> {
    let stdin = std::io::stdin();
    if !termios::isatty(&stdin) {
        return Ok(None);
    }
    if let Ok(ws) = termios::tcgetwinsize(&stdin) {
        termios::tcsetwinsize(master, ws).context("setting the container's terminal size")?;
    }
    raw_mode()
}

/// Put our terminal (stdin) in raw mode until the guard drops; `None` if it is no terminal.
pub fn raw_mode() -> anyhow::Result<Option<RawGuard>> {
    let stdin = std::io::stdin();
    if !termios::isatty(&stdin) {
        return Ok(None);
    }
    let saved = termios::tcgetattr(&stdin).context("reading the terminal mode")?;
    let mut raw = saved.clone();
    raw.make_raw();
    termios::tcsetattr(&stdin, OptionalActions::Now, &raw).context("setting raw mode")?;
    Ok(Some(RawGuard { saved }))
}

/// Copies our stdin to the pty and the pty to our stdout.
pub struct Relay {
    master: OwnedFd,
    master_open: bool,
    stdin_open: bool,
}

impl Relay {
    pub fn new(master: OwnedFd, forward_stdin: bool) -> Relay {
        let _ = rustix::fs::fcntl_setfl(&master, rustix::fs::OFlags::NONBLOCK);
        Relay {
            master,
            master_open: true,
            stdin_open: forward_stdin,
        }
    }

    pub fn poll_fds(&self) -> Vec<BorrowedFd<'_>> {
        let mut v = Vec::new();
        if self.master_open {
            v.push(self.master.as_fd());
        }
        if self.stdin_open {
            v.push(crate::sys::fd::stdin());
        }
        v
    }

    pub fn on_ready(&mut self, fd: RawFd) {
        if fd == self.master.as_raw_fd() {
            self.pump_master();
        } else if fd == 0 {
            let mut buf = [0u8; 8192];
            match rustix::io::read(std::io::stdin(), &mut buf) {
                Ok(0) | Err(_) => self.stdin_open = false,
                Ok(n) => {
                    if write_all(self.master.as_fd(), &buf[..n]).is_err() {
                        self.stdin_open = false;
                    }
                }
            }
        }
    }

    /// Copy whatever the container wrote; the master reports EIO once the pty is closed.
    fn pump_master(&mut self) {
        let mut buf = [0u8; 16384];
        loop {
            match rustix::io::read(&self.master, &mut buf) {
                Ok(0) => {
                    self.master_open = false;
                    return;
                }
                Ok(n) => {
                    if write_all(std::io::stdout().as_fd(), &buf[..n]).is_err() {
                        self.master_open = false;
                        return;
                    }
                }
                Err(rustix::io::Errno::AGAIN) => return,
                Err(rustix::io::Errno::INTR) => continue,
                Err(_) => {
                    self.master_open = false;
                    return;
                }
            }
        }
    }

    /// After the container exited: copy what is still buffered in the pty.
    pub fn drain(&mut self) {
        if self.master_open {
            self.pump_master();
        }
    }

    pub fn resize(&self) {
        if let Ok(ws) = termios::tcgetwinsize(std::io::stdin()) {
            let _ = termios::tcsetwinsize(&self.master, ws);
        }
    }
}

fn write_all(fd: BorrowedFd, mut data: &[u8]) -> rustix::io::Result<()> {
    while !data.is_empty() {
        match rustix::io::write(fd, data) {
            Ok(n) => data = &data[n..],
            Err(rustix::io::Errno::INTR) => {}
            Err(rustix::io::Errno::AGAIN) => {
                let mut p = [nix::poll::PollFd::new(fd, nix::poll::PollFlags::POLLOUT)];
                let _ = nix::poll::poll(&mut p, nix::poll::PollTimeout::NONE);
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}
