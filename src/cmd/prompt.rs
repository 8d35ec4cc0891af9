//! Asking for credentials on the terminal (`login` without `-u`/`-p`): the prompt on stderr,
//! the answer from stdin, the password without echo. Ctrl-C while echo is off restores the
//! terminal before berth gives up.

use std::io::IsTerminal as _;
use std::os::fd::{AsFd as _, BorrowedFd};

use anyhow::{Context as _, bail};
use rustix::termios::{LocalModes, OptionalActions, Termios, tcgetattr, tcsetattr};

use crate::format;
use crate::registry::interrupt;

/// Restores the terminal's modes when dropped.
struct EchoOff<'a> {
    fd: BorrowedFd<'a>,
    saved: Termios,
}

impl Drop for EchoOff<'_> {
    fn drop(&mut self) {
        let _ = tcsetattr(self.fd, OptionalActions::Now, &self.saved);
    }
}

/// Whether prompting is possible: stdin is a terminal.
pub fn can_prompt() -> bool {
    std::io::stdin().is_terminal()
}

/// Ask for a line, shown as typed.
pub fn ask(prompt: &str) -> anyhow::Result<String> {
    format::raw_stderr(prompt.as_bytes())?;
    read_line()
}

/// Ask for a secret: echo is off while it is typed.
pub fn ask_secret(prompt: &str) -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    let fd = stdin.as_fd();
    let saved = tcgetattr(fd).context("reading the terminal's modes")?;
    let mut quiet = saved.clone();
    quiet.local_modes.remove(LocalModes::ECHO);
    quiet.local_modes.insert(LocalModes::ECHONL);
    format::raw_stderr(prompt.as_bytes())?;
    tcsetattr(fd, OptionalActions::Now, &quiet).context("turning the terminal's echo off")?;
    let _restore = EchoOff { fd, saved };
    read_line()
}

/// One line from stdin, read byte by byte (nothing beyond it is consumed); a catching
/// signal ends it.
fn read_line() -> anyhow::Result<String> {
    let _signals = interrupt::catch();
    let stdin = std::io::stdin();
    let mut line = Vec::new();
    loop {
        let mut b = [0u8; 1];
        match rustix::io::read(stdin.as_fd(), &mut b) {
            Ok(0) => break,
            Ok(_) if b[0] == b'\n' => break,
            Ok(_) => line.push(b[0]),
            Err(rustix::io::Errno::INTR) if interrupt::interrupted() => bail!("interrupted"),
            Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e).context("reading from the terminal"),
        }
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    String::from_utf8(line).context("the answer is not UTF-8")
}
