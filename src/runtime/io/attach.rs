//! The client side of attaching to a monitor: our stdin to the container (watching for the
//! detach keys), its output to our stdout/stderr, our terminal size and signals to it.
//! Used by `attach`, foreground `run` and `start -a`.

use std::io::Write;
use std::os::fd::AsFd;
use std::os::unix::net::UnixStream;

use anyhow::{Context as _, bail};
use nix::sys::signal::{SigSet, SigmaskHow, Signal, sigprocmask};
use nix::sys::signalfd::{SfdFlags, SignalFd};

use super::wire::{self, Kind};

/// docker's default: ctrl-p ctrl-q.
pub const DEFAULT_DETACH_KEYS: &str = "ctrl-p,ctrl-q";

/// Signals a foreground session passes to the container (docker's --sig-proxy).
const PROXIED: [Signal; 5] = [
    Signal::SIGINT,
    Signal::SIGTERM,
    Signal::SIGHUP,
    Signal::SIGUSR1,
    Signal::SIGUSR2,
];

#[derive(Debug, Clone)]
pub struct Options {
    /// Forward our stdin.
    pub stdin: bool,
    /// The container has a terminal: put ours in raw mode and pass its size.
    pub tty: bool,
    /// The byte sequence that detaches; empty disables detaching.
    pub detach_keys: Vec<u8>,
    pub proxy_signals: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The container's command ended with this status.
    Exited(i32),
    /// The user typed the detach keys; the container runs on.
    Detached,
}

/// Parse docker's detach-key notation: comma-separated `ctrl-<x>` or single characters.
pub fn parse_detach_keys(s: &str) -> anyhow::Result<Vec<u8>> {
    if s.is_empty() {
        return Ok(Vec::new());
    }
    let mut keys = Vec::new();
    for part in s.split(',') {
        let key = match part.strip_prefix("ctrl-") {
            Some(k) if k.len() == 1 => {
                let c = k.as_bytes()[0].to_ascii_uppercase();
                match c {
                    b'@'..=b'_' => c - b'@',
                    b'?' => 0x7f,
                    _ => bail!("invalid detach keys {s:?}: unknown key {part:?}"),
                }
            }
            None if part.len() == 1 && part.is_ascii() => part.as_bytes()[0],
            _ => bail!("invalid detach keys {s:?}: unknown key {part:?}"),
        };
        keys.push(key);
    }
    Ok(keys)
}

/// Matches the detach sequence across reads; bytes held back while they could still be
/// the start of the sequence are released when they turn out not to be.
struct DetachMatcher {
    keys: Vec<u8>,
    held: usize,
}

impl DetachMatcher {
    /// Feed input; returns the bytes to forward and whether the sequence completed.
    fn feed(&mut self, input: &[u8]) -> (Vec<u8>, bool) {
        let mut out = Vec::with_capacity(input.len());
        if self.keys.is_empty() {
            out.extend_from_slice(input);
            return (out, false);
        }
        for &b in input {
            if b == self.keys[self.held] {
                self.held += 1;
                if self.held == self.keys.len() {
                    return (out, true);
                }
            } else {
                out.extend_from_slice(&self.keys[..self.held]);
                self.held = 0;
                if b == self.keys[0] {
                    self.held = 1;
                } else {
                    out.push(b);
                }
            }
        }
        (out, false)
    }
}

/// Connect to a running container's monitor as a listening client.
pub fn connect(store: &crate::store::Store, id: &str, name: &str) -> anyhow::Result<UnixStream> {
    let path = crate::runtime::monitor::socket_path(store, id);
    let mut s = wire::connect(&path)
        .with_context(|| format!("attaching to container {name}: its monitor is not reachable"))?;
    wire::send(&mut s, Kind::Listen, &[]).context("attaching to the container")?;
    Ok(s)
}

/// Relay until the container ends or the user detaches.
pub fn session(mut sock: UnixStream, opts: &Options) -> anyhow::Result<Ended> {
    let stdin_tty = rustix::termios::isatty(std::io::stdin());
    let _raw = if opts.tty && opts.stdin && stdin_tty {
        super::tty::raw_mode()?
    } else {
        None
    };
    if opts.tty
        && let Ok(ws) = rustix::termios::tcgetwinsize(std::io::stdin())
    {
        let _ = wire::send(&mut sock, Kind::Resize, &resize_payload(ws));
    }
    let mut mask = SigSet::empty();
    mask.add(Signal::SIGWINCH);
    if opts.proxy_signals {
        for s in PROXIED {
            mask.add(s);
        }
    }
    let mut old = SigSet::empty();
    sigprocmask(SigmaskHow::SIG_BLOCK, Some(&mask), Some(&mut old)).context("blocking signals")?;
    let result = relay(&mut sock, opts, &mask);
    let _ = sigprocmask(SigmaskHow::SIG_SETMASK, Some(&old), None);
    result
}

fn resize_payload(ws: rustix::termios::Winsize) -> [u8; 4] {
    let r = ws.ws_row.to_le_bytes();
    let c = ws.ws_col.to_le_bytes();
    [r[0], r[1], c[0], c[1]]
}

fn relay(sock: &mut UnixStream, opts: &Options, mask: &SigSet) -> anyhow::Result<Ended> {
    let sfd = SignalFd::with_flags(mask, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK)
        .context("creating a signalfd")?;
    let mut matcher = DetachMatcher {
        keys: if opts.stdin {
            opts.detach_keys.clone()
        } else {
            Vec::new()
        },
        held: 0,
    };
    let mut stdin_open = opts.stdin;
    let stdin = std::io::stdin();
    loop {
        let mut pfds = vec![
            nix::poll::PollFd::new(sock.as_fd(), nix::poll::PollFlags::POLLIN),
            nix::poll::PollFd::new(sfd.as_fd(), nix::poll::PollFlags::POLLIN),
        ];
        if stdin_open {
            pfds.push(nix::poll::PollFd::new(
                stdin.as_fd(),
                nix::poll::PollFlags::POLLIN,
            ));
        }
        match nix::poll::poll(&mut pfds, nix::poll::PollTimeout::NONE) {
            Ok(_) | Err(nix::errno::Errno::EINTR) => {}
            Err(e) => return Err(e).context("waiting for the container"),
        }
        let ready: Vec<bool> = pfds
            .iter()
            .map(|p| p.revents().is_some_and(|r| !r.is_empty()))
            .collect();
        drop(pfds);
        if ready[0] {
            match wire::recv(&mut *sock) {
                Ok(Some((Kind::Stdout, data))) => {
                    write_out(std::io::stdout().lock(), &data)?;
                }
                Ok(Some((Kind::Stderr, data))) => {
                    write_out(std::io::stderr().lock(), &data)?;
                }
                Ok(Some((Kind::Exit, p))) => {
                    return Ok(Ended::Exited(wire::i32_payload(&p).unwrap_or(0)));
                }
                Ok(Some(_)) => {}
                Ok(None) | Err(_) => {
                    bail!("lost the connection to the container's monitor")
                }
            }
        }
        if ready[1] {
            while let Ok(Some(info)) = sfd.read_signal() {
                let signo = info.ssi_signo as i32;
                if signo == libc::SIGWINCH {
                    if let Ok(ws) = rustix::termios::tcgetwinsize(std::io::stdin()) {
                        let _ = wire::send(&mut *sock, Kind::Resize, &resize_payload(ws));
                    }
                } else {
                    let _ = wire::send(&mut *sock, Kind::Signal, &signo.to_le_bytes());
                }
            }
        }
        if stdin_open && ready.get(2) == Some(&true) {
            let mut buf = [0u8; 8192];
            match rustix::io::read(&stdin, &mut buf) {
                Ok(0) | Err(_) => {
                    stdin_open = false;
                    let _ = wire::send(&mut *sock, Kind::StdinClose, &[]);
                }
                Ok(n) => {
                    let (data, detach) = matcher.feed(&buf[..n]);
                    if !data.is_empty() {
                        let _ = wire::send(&mut *sock, Kind::Stdin, &data);
                    }
                    if detach {
                        return Ok(Ended::Detached);
                    }
                }
            }
        }
    }
}

fn write_out(mut w: impl Write, data: &[u8]) -> anyhow::Result<()> {
    w.write_all(data)?;
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detach_keys_parse() {
        assert_eq!(parse_detach_keys("ctrl-p,ctrl-q").unwrap(), [16, 17]);
        assert_eq!(parse_detach_keys("a,ctrl-@").unwrap(), [b'a', 0]);
        assert!(parse_detach_keys("").unwrap().is_empty());
        for bad in ["ctrl-", "ctrl-pp", "abc", "ctrl-1,"] {
            assert!(parse_detach_keys(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn detach_sequence_is_held_back_and_released() {
        let mut m = DetachMatcher {
            keys: vec![16, 17],
            held: 0,
        };
        assert_eq!(m.feed(b"ab\x10"), (b"ab".to_vec(), false));
        assert_eq!(m.feed(b"x"), (b"\x10x".to_vec(), false));
        assert_eq!(m.feed(b"\x10\x10"), (b"\x10".to_vec(), false));
        assert_eq!(m.feed(b"\x11rest"), (Vec::new(), true));
    }
}
