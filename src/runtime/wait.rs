//! The one loop that waits for a container's init (or an exec'd process) while serving
//! what goes with it: one poll over a signalfd and the fds the caller serves, until the
//! process is reaped. The monitor serves the log, the socket and its clients
//! (`monitor::Serving`); the direct path and `exec` relay this process's terminal
//! ([`Terminal`]). Both serve the container's user-mode network stack there too.

use std::os::fd::{AsFd, AsRawFd, OwnedFd, RawFd};

use anyhow::Context as _;
use nix::sys::signal::{SigSet, SigmaskHow, Signal, sigprocmask};
use nix::sys::signalfd::SignalFd;
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::Pid;

use super::io::tty;
use crate::network::usermode::Stack;
use crate::network::usermode::ports::{self, Listeners, Publish};

/// Signals berth (or the monitor) relays to the container's init.
pub const RELAYED: [Signal; 6] = [
    Signal::SIGINT,
    Signal::SIGTERM,
    Signal::SIGHUP,
    Signal::SIGQUIT,
    Signal::SIGUSR1,
    Signal::SIGUSR2,
];

/// What a wait serves besides the process it waits for.
pub(super) trait Served {
    /// Push the fds to wait on for input (readable or closed); return one to wait on for
    /// room to write, if any.
    fn poll_fds(&self, fds: &mut Vec<RawFd>) -> Option<RawFd>;
    /// After each wake-up when [`Served::poll_fds`] asked for room to write.
    fn on_writable(&mut self) {}
    /// `fd` (one of [`Served::poll_fds`]) is readable or closed.
    fn on_ready(&mut self, fd: RawFd);
    /// A signal other than SIGCHLD arrived for `pid`, the process waited for.
    fn on_signal(&mut self, pid: Pid, sig: Signal);
    /// The process has ended: take what it left in its pipes.
    fn on_exit(&mut self);
    /// The container's user-mode network stack, served by the same loop.
    fn net(&mut self) -> Option<&mut Stack> {
        None
    }
}

/// Wait for `pid` while serving `served`; returns its wait status.
pub(super) fn wait(
    sfd: &SignalFd,
    pid: Pid,
    served: &mut dyn Served,
) -> anyhow::Result<WaitStatus> {
    loop {
        if let Some(st) = try_reap(pid)? {
            served.on_exit();
            return Ok(st);
        }
        let mut fds = vec![sfd.as_raw_fd()];
        let writing = served.poll_fds(&mut fds);
        let net = served.net().map(|n| n.fd().as_raw_fd());
        fds.extend(net);
        let ready = crate::sys::fd::poll_ready(&fds, writing, nix::poll::PollTimeout::NONE);
        if writing.is_some() {
            served.on_writable();
        }
        for fd in ready {
            if Some(fd) == net {
                if let Some(n) = served.net() {
                    n.serve();
                }
                continue;
            }
            if fd != sfd.as_raw_fd() {
                served.on_ready(fd);
                continue;
            }
            while let Ok(Some(info)) = sfd.read_signal() {
                match Signal::try_from(info.ssi_signo as i32) {
                    Ok(Signal::SIGCHLD) | Err(_) => {}
                    Ok(sig) => served.on_signal(pid, sig),
                }
            }
        }
    }
}

/// Reap `pid` if it ended.
fn try_reap(pid: Pid) -> anyhow::Result<Option<WaitStatus>> {
    loop {
        match waitpid(pid, Some(WaitPidFlag::WNOHANG)) {
            Ok(st @ (WaitStatus::Exited(..) | WaitStatus::Signaled(..))) => return Ok(Some(st)),
            Ok(_) => return Ok(None),
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(e).context("waiting for the container init"),
        }
    }
}

/// This process's terminal relayed to a container's pty (with `-t`), signals passed on.
pub(super) struct Terminal {
    relay: Option<tty::Relay>,
    net: Option<Stack>,
}

impl Terminal {
    pub(super) fn new(pty: Option<OwnedFd>, forward_stdin: bool) -> Terminal {
        Terminal {
            relay: pty.map(|m| tty::Relay::new(m, forward_stdin)),
            net: None,
        }
    }

    /// Serve the container's user-mode network too.
    pub(super) fn with_net(mut self, net: Option<Stack>) -> Terminal {
        self.net = net;
        self
    }
}

impl Served for Terminal {
    fn net(&mut self) -> Option<&mut Stack> {
        self.net.as_mut()
    }

    fn poll_fds(&self, fds: &mut Vec<RawFd>) -> Option<RawFd> {
        if let Some(t) = &self.relay {
            fds.extend(t.poll_fds().iter().map(|fd| fd.as_fd().as_raw_fd()));
        }
        None
    }

    fn on_ready(&mut self, fd: RawFd) {
        if let Some(t) = self.relay.as_mut() {
            t.on_ready(fd);
        }
    }

    fn on_signal(&mut self, pid: Pid, sig: Signal) {
        match sig {
            Signal::SIGWINCH => {
                if let Some(t) = &self.relay {
                    t.resize();
                }
            }
            sig => {
                let _ = nix::sys::signal::kill(pid, sig);
            }
        }
    }

    fn on_exit(&mut self) {
        if let Some(t) = self.relay.as_mut() {
            t.drain();
        }
    }
}

/// Block the signals a foreground berth relays (plus SIGCHLD and SIGWINCH); returns the
/// blocked set and the previous mask to restore.
pub(super) fn block_relayed() -> anyhow::Result<(SigSet, SigSet)> {
    let mut mask = SigSet::empty();
    for s in RELAYED {
        mask.add(s);
    }
    mask.add(Signal::SIGCHLD);
    mask.add(Signal::SIGWINCH);
    let mut old = SigSet::empty();
    sigprocmask(SigmaskHow::SIG_BLOCK, Some(&mask), Some(&mut old)).context("blocking signals")?;
    Ok((mask, old))
}

pub fn exit_code(status: WaitStatus) -> u8 {
    match status {
        WaitStatus::Exited(_, code) => code as u8,
        WaitStatus::Signaled(_, sig, _) => 128u8.wrapping_add(sig as u8),
        _ => crate::spec::exit::EXIT_BERTH,
    }
}

/// The user-mode network stack on the tap the container init handed over, if any, with
/// the published ports bound by [`usermode_ports`] served into the init's (`pid`)
/// network namespace.
pub(super) fn usermode_stack(
    tap: Option<OwnedFd>,
    ports: Option<Listeners>,
    pid: Pid,
    held: &super::prepare::Held,
) -> anyhow::Result<Option<Stack>> {
    let Some(fd) = tap else {
        return Ok(None);
    };
    let user = held.net.as_ref().and_then(|n| n.usermode.as_ref());
    let layout = user.map(|u| u.layout).unwrap_or_default();
    let peers = user.map(|u| u.peers.clone());
    let mut stack =
        Stack::new(fd, layout, peers).context("starting the container's user-mode network")?;
    if let Some(l) = ports {
        stack.publish(l, pid.as_raw())?;
    }
    Ok(Some(stack))
}

/// Bind the host ports a rootless container publishes (`-p`, `-P`), before it starts, so
/// a port that cannot be had fails the start; on a user network, its relay socket too.
pub(super) fn usermode_ports(
    store: &crate::store::Store,
    rec: &crate::store::containers::ContainerRecord,
    held: &super::prepare::Held,
) -> anyhow::Result<Option<Listeners>> {
    let spec = &rec.spec;
    use crate::spec::network::{PortMapping, Protocol};
    if spec.network != crate::spec::NetworkMode::User {
        return Ok(None);
    }
    let mut want = Vec::new();
    let all = spec
        .net
        .publish_all
        .then_some(&spec.net.exposed)
        .into_iter()
        .flatten();
    let exposed = all.map(|e| (None, 0, e.port, e.protocol));
    let given =
        (spec.net.ports.iter()).map(|p| (p.host_ip, p.host_port, p.container_port, p.protocol));
    for (host_ip, host_port, container_port, proto) in given.chain(exposed) {
        let udp = match proto {
            Protocol::Tcp => false,
            Protocol::Udp => true,
            Protocol::Sctp => anyhow::bail!("sctp ports cannot be published rootless"),
        };
        want.push(Publish {
            host_ip,
            host_port,
            container_port,
            udp,
        });
    }
    let user = held.net.as_ref().and_then(|n| n.usermode.as_ref());
    let guest = user.map_or(crate::network::usermode::GUEST, |u| u.layout.guest);
    let (mut listeners, bound) = match want.is_empty() {
        true => (Listeners::new(guest), Vec::new()),
        false => ports::bind(&want, guest)?,
    };
    if let Some(u) = user {
        listeners.relay(&u.relay)?;
    }
    let noted: Vec<PortMapping> = (bound.iter())
        .map(|p| PortMapping {
            host_ip: p.host_ip,
            host_port: p.host_port,
            container_port: p.container_port,
            protocol: if p.udp { Protocol::Udp } else { Protocol::Tcp },
        })
        .collect();
    super::net::note_usermode_ports(store, &rec.id, &noted);
    Ok((!listeners.is_empty()).then_some(listeners))
}
