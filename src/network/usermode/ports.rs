//! Published ports of a rootless container: host sockets of the user's, bound before the
//! container starts, served by a small forwarder process that lives in the container's
//! network namespace.
//!
//! A socket belongs to the network namespace it was made in. The listening sockets are
//! made in the host's (by the monitor, so a port that cannot be had fails the start);
//! the forwarder is forked from the monitor with them, enters the container's namespace
//! (berth's user namespace owns it; the way back to the host's is closed to an
//! unprivileged user, which is why this is a process of its own and not the monitor),
//! and every connection it accepts is replayed by a socket it makes there, to the
//! container's address: no user-mode stack on the way in. UDP likewise, one socket inside
//! per client address. Buffers are capped per connection, and a side that does not read
//! stops the other from being read (back-pressure). The forwarder dies with the monitor.

use std::collections::HashMap;
use std::io::{ErrorKind, Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::net::UnixListener;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use rustix::event::epoll;

use super::stream::{HEADER, Stream};

/// One published port.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Publish {
    /// None: every address of the host.
    pub host_ip: Option<IpAddr>,
    pub host_port: u16,
    pub container_port: u16,
    pub udp: bool,
}

/// Each direction's buffer per TCP connection.
const BUF: usize = 64 * 1024;
/// The most connections (TCP) or clients (UDP) at once; more are refused.
const MAX_CONNS: usize = 4096;
/// A UDP client idle this long is forgotten.
const UDP_IDLE: Duration = Duration::from_secs(60);

/// The host sockets of a container's published ports, and its relay socket on a user
/// network.
pub struct Listeners {
    socks: Vec<(Publish, Listener)>,
    /// The container's address, where connections are replayed.
    guest: Ipv4Addr,
}

enum Listener {
    Tcp(TcpListener),
    Udp(UdpSocket),
    /// Connections from the other containers' stacks on the same user network, each
    /// opening with the port it is for (see [`super::stream::connect_peer`]).
    Relay(UnixListener),
}

impl Listener {
    fn fd(&self) -> std::os::fd::BorrowedFd<'_> {
        match self {
            Listener::Tcp(l) => l.as_fd(),
            Listener::Udp(s) => s.as_fd(),
            Listener::Relay(l) => l.as_fd(),
        }
    }
}

impl Listeners {
    /// No published port (yet), for a container at `guest`.
    pub fn new(guest: Ipv4Addr) -> Listeners {
        Listeners {
            socks: Vec::new(),
            guest,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.socks.is_empty()
    }

    /// Serve the container's relay socket at `path` too (a stale one of a container
    /// that had the address before is replaced: the address is this container's now).
    pub fn relay(&mut self, path: &std::path::Path) -> anyhow::Result<()> {
        let _ = std::fs::remove_file(path);
        let l = crate::sys::net::with_short_path(path, |p| UnixListener::bind(p))
            .with_context(|| format!("listening on {}", path.display()))?;
        l.set_nonblocking(true)?;
        let p = Publish {
            host_ip: None,
            host_port: 0,
            container_port: 0,
            udp: false,
        };
        self.socks.push((p, Listener::Relay(l)));
        Ok(())
    }
}

/// The lowest port an unprivileged user may bind on this host.
pub fn unprivileged_port_start() -> u16 {
    std::fs::read_to_string("/proc/sys/net/ipv4/ip_unprivileged_port_start")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(1024)
}

/// Refuse host ports the user may not bind (`net.ipv4.ip_unprivileged_port_start`).
pub fn check_unprivileged(ports: &[Publish]) -> anyhow::Result<()> {
    let start = unprivileged_port_start();
    if let Some(p) = ports
        .iter()
        .find(|p| p.host_port != 0 && p.host_port < start)
    {
        anyhow::bail!(
            "cannot publish host port {} rootless: ports below {start} need root \
             (sysctl net.ipv4.ip_unprivileged_port_start)",
            p.host_port
        );
    }
    Ok(())
}

/// Bind every published port on the host; a port 0 gets a free one. Returns the sockets
/// and the mappings with the ports actually bound.
pub fn bind(ports: &[Publish], guest: Ipv4Addr) -> anyhow::Result<(Listeners, Vec<Publish>)> {
    check_unprivileged(ports)?;
    let mut socks = Vec::new();
    let mut bound = Vec::new();
    for p in ports {
        let ip = p.host_ip.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
        let addr = SocketAddr::new(ip, p.host_port);
        let what = || {
            format!(
                "publishing {addr}/{}: binding the host port",
                if p.udp { "udp" } else { "tcp" }
            )
        };
        let (sock, port) = if p.udp {
            let s = UdpSocket::bind(addr).with_context(what)?;
            s.set_nonblocking(true)?;
            let port = s.local_addr()?.port();
            (Listener::Udp(s), port)
        } else {
            let l = TcpListener::bind(addr).with_context(what)?;
            l.set_nonblocking(true)?;
            let port = l.local_addr()?.port();
            (Listener::Tcp(l), port)
        };
        let p = Publish {
            host_port: port,
            ..*p
        };
        socks.push((p, sock));
        bound.push(p);
    }
    Ok((Listeners { socks, guest }, bound))
}

/// A running forwarder; killed on drop.
pub struct Forwarder {
    pid: nix::unistd::Pid,
}

impl Drop for Forwarder {
    fn drop(&mut self) {
        let _ = nix::sys::signal::kill(self.pid, nix::sys::signal::Signal::SIGKILL);
        let _ = nix::sys::wait::waitpid(self.pid, None);
    }
}

/// Fork the forwarder: it enters the network namespace `netns` and serves `listeners`
/// until killed (or until its parent dies). The caller must be single-threaded.
pub fn spawn(listeners: Listeners, netns: OwnedFd) -> anyhow::Result<Forwarder> {
    let monitor = nix::unistd::getpid();
    match crate::sys::process::fork().context("forking the port forwarder")? {
        nix::unistd::ForkResult::Parent { child } => Ok(Forwarder { pid: child }),
        nix::unistd::ForkResult::Child => {
            if !crate::sys::process::die_with(monitor) {
                // The monitor died before the signal was set: nobody will send it.
                crate::sys::process::exit_now(0);
            }
            // Keep only our sockets: the monitor's others (the run lock, the socket the
            // starting berth waits on for end of file, the log) are not ours to hold.
            // Nothing that owns them is used again: this process never returns.
            let mut keep: Vec<u32> = (listeners.socks.iter())
                .map(|(_, l)| l.fd().as_raw_fd() as u32)
                .chain([netns.as_raw_fd() as u32])
                .collect();
            keep.sort_unstable();
            let mut from = 3u32;
            for k in keep {
                if k > from {
                    crate::sys::fd::close_range(from, k - 1);
                }
                from = from.max(k + 1);
            }
            crate::sys::fd::close_range(from, u32::MAX);
            crate::sys::title::set(&["berth", "ports"]);
            let code = match nix::sched::setns(&netns, nix::sched::CloneFlags::CLONE_NEWNET) {
                Ok(()) => {
                    drop(netns);
                    serve(listeners);
                    0
                }
                Err(e) => {
                    log::debug!("port forwarder: entering the container's network: {e}");
                    crate::spec::exit::EXIT_BERTH as i32
                }
            };
            crate::sys::process::exit_now(code)
        }
    }
}

/// One direction of a TCP connection: bytes read from one side, not yet written to the
/// other.
#[derive(Default)]
struct Pipe {
    buf: Vec<u8>,
    /// The reading side sent its FIN (or failed).
    eof: bool,
    /// The FIN was passed on.
    shut: bool,
}

impl Pipe {
    fn has_room(&self) -> bool {
        !self.eof && self.buf.len() < BUF
    }

    /// Read what fits from `from`; false when the connection failed.
    fn fill(&mut self, from: &mut Stream) -> bool {
        let mut chunk = [0u8; 16 * 1024];
        while self.has_room() {
            let want = chunk.len().min(BUF - self.buf.len());
            match from.read(&mut chunk[..want]) {
                Ok(0) => self.eof = true,
                Ok(n) => self.buf.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => return false,
            }
        }
        true
    }

    /// Write what is buffered to `to`, and the FIN after it; false when it failed.
    fn drain(&mut self, to: &mut Stream) -> bool {
        while !self.buf.is_empty() {
            match to.write(&self.buf) {
                Ok(n) => {
                    self.buf.drain(..n);
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => return false,
            }
        }
        if self.buf.is_empty() {
            // Give the memory back between bursts.
            self.buf = Vec::new();
            if self.eof && !self.shut {
                self.shut = true;
                let _ = to.shutdown(std::net::Shutdown::Write);
            }
        }
        true
    }
}

struct Conn {
    outside: Stream,
    inside: Stream,
    /// outside -> inside, inside -> outside.
    up: Pipe,
    down: Pipe,
    interest: [epoll::EventFlags; 2],
}

struct UdpClient {
    inside: UdpSocket,
    listener: usize,
    peer: SocketAddr,
    used: Instant,
}

/// Tokens: listeners by index; TCP connections' sockets as `FIRST + 2n` (outside) and
/// `FIRST + 2n + 1` (inside); UDP clients' inside sockets likewise numbered.
const FIRST: u64 = 1 << 32;

fn serve(listeners: Listeners) {
    let Ok(ep) = epoll::create(epoll::CreateFlags::CLOEXEC) else {
        return;
    };
    for (i, (_, l)) in listeners.socks.iter().enumerate() {
        let _ = epoll::add(
            &ep,
            l.fd(),
            epoll::EventData::new_u64(i as u64),
            epoll::EventFlags::IN,
        );
    }
    let mut conns: HashMap<u64, Conn> = HashMap::new();
    let mut udp: HashMap<u64, UdpClient> = HashMap::new();
    let mut udp_by_peer: HashMap<(usize, SocketAddr), u64> = HashMap::new();
    let mut next = FIRST;
    let mut events = Vec::with_capacity(256);
    loop {
        events.clear();
        let timeout = rustix::time::Timespec {
            tv_sec: 10,
            tv_nsec: 0,
        };
        if epoll::wait(
            &ep,
            rustix::buffer::spare_capacity(&mut events),
            Some(&timeout),
        )
        .is_err()
        {
            continue;
        }
        for ev in &events {
            let token = ev.data.u64();
            if token < FIRST {
                let i = token as usize;
                let Some((p, l)) = listeners.socks.get(i) else {
                    continue;
                };
                let guest = listeners.guest;
                let mut open = |outside: Stream, port: u16| {
                    if conns.len() >= MAX_CONNS {
                        return;
                    }
                    let Ok(inside) = connect_inside(guest, port) else {
                        return;
                    };
                    let id = next;
                    next += 2;
                    let mut c = Conn {
                        outside,
                        inside: Stream::Tcp(inside),
                        up: Pipe::default(),
                        down: Pipe::default(),
                        interest: [epoll::EventFlags::empty(); 2],
                    };
                    update(&ep, id, &mut c);
                    conns.insert(id, c);
                };
                match l {
                    Listener::Tcp(l) => {
                        while let Ok((outside, _)) = l.accept() {
                            let _ = outside.set_nonblocking(true);
                            let _ = outside.set_nodelay(true);
                            open(Stream::Tcp(outside), p.container_port);
                        }
                    }
                    Listener::Relay(l) => {
                        while let Ok((peer, _)) = l.accept() {
                            if let Some(port) = relay_header(&peer) {
                                let _ = peer.set_nonblocking(true);
                                open(Stream::Unix(peer), port);
                            }
                        }
                    }
                    Listener::Udp(s) => {
                        let mut buf = [0u8; 65536];
                        while let Ok((n, peer)) = s.recv_from(&mut buf) {
                            let id = match udp_by_peer.get(&(i, peer)) {
                                Some(id) => *id,
                                None => {
                                    if udp.len() >= MAX_CONNS {
                                        continue;
                                    }
                                    let Ok(inside) = udp_inside(guest, p.container_port) else {
                                        continue;
                                    };
                                    let id = next;
                                    next += 2;
                                    let _ = epoll::add(
                                        &ep,
                                        &inside,
                                        epoll::EventData::new_u64(id),
                                        epoll::EventFlags::IN,
                                    );
                                    udp_by_peer.insert((i, peer), id);
                                    udp.insert(
                                        id,
                                        UdpClient {
                                            inside,
                                            listener: i,
                                            peer,
                                            used: Instant::now(),
                                        },
                                    );
                                    id
                                }
                            };
                            if let Some(c) = udp.get_mut(&id) {
                                c.used = Instant::now();
                                let _ = c.inside.send(&buf[..n]);
                            }
                        }
                    }
                }
                continue;
            }
            let id = token & !1;
            if let Some(c) = udp.get_mut(&id) {
                let mut buf = [0u8; 65536];
                while let Ok(n) = c.inside.recv(&mut buf) {
                    c.used = Instant::now();
                    if let Some((_, Listener::Udp(s))) = listeners.socks.get(c.listener) {
                        let _ = s.send_to(&buf[..n], c.peer);
                    }
                }
                continue;
            }
            let Some(c) = conns.get_mut(&id) else {
                continue;
            };
            let ok = c.up.fill(&mut c.outside)
                && c.up.drain(&mut c.inside)
                && c.down.fill(&mut c.inside)
                && c.down.drain(&mut c.outside);
            let done = !ok || (c.up.shut && c.down.shut);
            if done {
                if let Some(c) = conns.remove(&id) {
                    let _ = epoll::delete(&ep, &c.outside);
                    let _ = epoll::delete(&ep, &c.inside);
                }
            } else {
                update(&ep, id, c);
            }
        }
        let now = Instant::now();
        udp.retain(|_, c| {
            let keep = now.duration_since(c.used) < UDP_IDLE;
            if !keep {
                let _ = epoll::delete(&ep, &c.inside);
            }
            keep
        });
        udp_by_peer.retain(|_, id| udp.contains_key(id));
    }
}

/// Register each socket of `c` for what it can do now: read while its pipe has room,
/// write while the other pipe holds data.
fn update(ep: &OwnedFd, id: u64, c: &mut Conn) {
    let want = |reading: &Pipe, writing: &Pipe| {
        let mut f = epoll::EventFlags::empty();
        if reading.has_room() {
            f |= epoll::EventFlags::IN;
        }
        if !writing.buf.is_empty() {
            f |= epoll::EventFlags::OUT;
        }
        f
    };
    let outside = want(&c.up, &c.down);
    let inside = want(&c.down, &c.up);
    for (k, (sock, flags)) in [(&c.outside, outside), (&c.inside, inside)]
        .into_iter()
        .enumerate()
    {
        if c.interest[k] == flags {
            continue;
        }
        let data = epoll::EventData::new_u64(id + k as u64);
        let _ = if flags.is_empty() {
            epoll::delete(ep, sock)
        } else if c.interest[k].is_empty() {
            epoll::add(ep, sock, data, flags)
        } else {
            epoll::modify(ep, sock, data, flags)
        };
        c.interest[k] = flags;
    }
}

/// The port a relayed connection is for: its first two bytes, which the peer's stack
/// wrote with the connect (a peer that sends none in a second is dropped).
fn relay_header(peer: &std::os::unix::net::UnixStream) -> Option<u16> {
    let mut header = [0u8; HEADER];
    peer.set_nonblocking(false).ok()?;
    peer.set_read_timeout(Some(Duration::from_secs(1))).ok()?;
    (&*peer).read_exact(&mut header).ok()?;
    Some(u16::from_be_bytes(header))
}

/// A connection to the container's port, made in its namespace (where this process is).
fn connect_inside(guest: Ipv4Addr, port: u16) -> std::io::Result<TcpStream> {
    use rustix::net::{AddressFamily, SocketFlags, SocketType};
    let fd = rustix::net::socket_with(
        AddressFamily::INET,
        SocketType::STREAM,
        SocketFlags::NONBLOCK | SocketFlags::CLOEXEC,
        None,
    )?;
    let target = SocketAddr::new(guest.into(), port);
    match rustix::net::connect(&fd, &target) {
        Ok(()) | Err(rustix::io::Errno::INPROGRESS) => {}
        Err(e) => return Err(e.into()),
    }
    let _ = rustix::net::sockopt::set_tcp_nodelay(&fd, true);
    Ok(TcpStream::from(fd))
}

fn udp_inside(guest: Ipv4Addr, port: u16) -> std::io::Result<UdpSocket> {
    let s = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))?;
    s.connect(SocketAddr::new(guest.into(), port))?;
    s.set_nonblocking(true)?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn privileged_ports_are_refused_with_the_sysctl_named() {
        let start = unprivileged_port_start();
        if start == 0 {
            return;
        }
        let p = Publish {
            host_ip: None,
            host_port: start - 1,
            container_port: 80,
            udp: false,
        };
        let e = check_unprivileged(&[p]).unwrap_err().to_string();
        assert!(e.contains("ip_unprivileged_port_start"), "{e}");
        assert!(check_unprivileged(&[Publish { host_port: 0, ..p }]).is_ok());
    }
}
