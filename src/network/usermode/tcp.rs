//! TCP flows: each connection the container opens is a smoltcp socket on the container's
//! side and a host socket of the user's on the other, with the data pumped between them.
//!
//! A connection starts at the container's SYN: the host socket connects first (the SYN
//! is held meanwhile; retransmits of it are dropped), and only once it is connected is a
//! smoltcp socket made, listening on the destination, and the SYN handed to it, alone, so
//! that no other flow's SYN can meet that listening socket. A refused or failed host
//! connection hands the SYN to the interface with no socket to take it, and smoltcp
//! answers with a reset, as the destination would have.
//!
//! Back-pressure: data is read from the host only while the container's send buffer has
//! room, and taken from the container only as fast as the host socket takes it (a full
//! host socket leaves the data in the smoltcp receive buffer, whose window then closes).

use std::collections::HashMap;
use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};

use super::Target;
use super::stream::{self, Stream};
use std::os::fd::OwnedFd;

use rustix::event::epoll;
use smoltcp::iface::{SocketHandle, SocketSet};
use smoltcp::socket::tcp::{Socket, SocketBuffer, State as TcpState};
use smoltcp::wire::IpListenEndpoint;

/// The most connections at once; more are reset.
pub const MAX_FLOWS: usize = 4096;
/// Each direction's buffer per connection (the window the container sees).
const BUF: usize = 256 * 1024;

/// A connection as the container sees it: its port and the destination it dialled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub guest_port: u16,
    pub dst: SocketAddr,
}

enum Phase {
    /// The host socket is connecting; the container's SYN waits for it.
    Connecting {
        syn: Vec<u8>,
    },
    Open {
        handle: SocketHandle,
    },
}

struct Flow {
    key: Key,
    host: Stream,
    phase: Phase,
    /// What the host socket is registered for (empty: not registered).
    interest: epoll::EventFlags,
    /// The host sent its FIN, passed on to the container.
    host_eof: bool,
    /// The container's FIN was passed on to the host.
    guest_eof: bool,
    /// The host socket took no more data: wait for it to be writable.
    blocked: bool,
    /// Either side failed: remove the flow.
    dead: bool,
}

#[derive(Default)]
pub struct Flows {
    by_token: HashMap<u64, Flow>,
    by_key: HashMap<Key, u64>,
}

impl Flows {
    /// A SYN for a new connection. True when the flow took it (a connection started, or
    /// a retransmit while it connects); false when the interface should see it (a
    /// connection already open, or one that cannot be made: reset).
    pub fn on_syn(
        &mut self,
        key: Key,
        target: Option<Target>,
        token: u64,
        epoll: &OwnedFd,
        frame: &[u8],
    ) -> bool {
        if let Some(t) = self.by_key.get(&key) {
            return matches!(
                self.by_token.get(t).map(|f| &f.phase),
                Some(Phase::Connecting { .. })
            );
        }
        let Some(target) = target else {
            return false;
        };
        if self.by_token.len() >= MAX_FLOWS {
            log::debug!("usermode: {MAX_FLOWS} connections open; resetting one more");
            return false;
        }
        let host = match &target {
            Target::Host(addr) => connect(*addr).map(Stream::Tcp),
            Target::Peer(path, port) => stream::connect_peer(path, *port),
        };
        let host = match host {
            Ok(s) => s,
            Err(e) => {
                log::debug!("usermode: connecting to {target:?}: {e}");
                return false;
            }
        };
        let mut flow = Flow {
            key,
            host,
            phase: Phase::Connecting {
                syn: frame.to_vec(),
            },
            interest: epoll::EventFlags::empty(),
            host_eof: false,
            guest_eof: false,
            blocked: false,
            dead: false,
        };
        set_interest(epoll, token, &mut flow, epoll::EventFlags::OUT);
        self.by_key.insert(key, token);
        self.by_token.insert(token, flow);
        true
    }

    /// An event on a host socket. Returns the held SYN when a connection just completed
    /// (or failed): the caller hands it to the interface at once.
    pub fn on_event(
        &mut self,
        token: u64,
        _flags: epoll::EventFlags,
        sockets: &mut SocketSet<'static>,
    ) -> Option<Vec<u8>> {
        let flow = self.by_token.get_mut(&token)?;
        let Phase::Connecting { syn } = &mut flow.phase else {
            return None;
        };
        let syn = std::mem::take(syn);
        match rustix::net::sockopt::socket_error(&flow.host) {
            Ok(Ok(())) => {
                let mut sock = Socket::new(
                    SocketBuffer::new(vec![0; BUF]),
                    SocketBuffer::new(vec![0; BUF]),
                );
                sock.set_nagle_enabled(false);
                let std::net::IpAddr::V4(dst) = flow.key.dst.ip() else {
                    flow.dead = true;
                    return Some(syn);
                };
                let endpoint = IpListenEndpoint {
                    addr: Some(dst.into()),
                    port: flow.key.dst.port(),
                };
                if sock.listen(endpoint).is_err() {
                    flow.dead = true;
                    return Some(syn);
                }
                flow.phase = Phase::Open {
                    handle: sockets.add(sock),
                };
            }
            Ok(Err(e)) | Err(e) => {
                log::debug!("usermode: connecting to {}: {e}", flow.key.dst);
                // Without a socket for it the SYN is answered with a reset.
                flow.dead = true;
            }
        }
        Some(syn)
    }

    /// Move what can move between the container's sockets and the host's.
    pub fn pump(&mut self, sockets: &mut SocketSet<'static>, epoll: &OwnedFd) {
        for (token, flow) in self.by_token.iter_mut() {
            let Phase::Open { handle } = flow.phase else {
                continue;
            };
            let sock = sockets.get_mut::<Socket>(handle);
            pump_one(flow, sock);
            let mut want = epoll::EventFlags::empty();
            if !flow.host_eof && !flow.dead && sock.may_send() && sock.can_send() {
                want |= epoll::EventFlags::IN;
            }
            if flow.blocked && !flow.dead {
                want |= epoll::EventFlags::OUT;
            }
            set_interest(epoll, *token, flow, want);
        }
    }

    /// Remove the flows that are over.
    pub fn reap(&mut self, sockets: &mut SocketSet<'static>, epoll: &OwnedFd) {
        let done: Vec<u64> = self
            .by_token
            .iter()
            .filter(|(_, f)| match f.phase {
                Phase::Connecting { .. } => f.dead,
                Phase::Open { handle } => {
                    // Listen after its SYN was handed over: the SYN was not taken.
                    let state = sockets.get::<Socket>(handle).state();
                    f.dead
                        || matches!(
                            state,
                            TcpState::Closed | TcpState::TimeWait | TcpState::Listen
                        )
                }
            })
            .map(|(t, _)| *t)
            .collect();
        for token in done {
            if let Some(mut flow) = self.by_token.remove(&token) {
                self.by_key.remove(&flow.key);
                set_interest(epoll, token, &mut flow, epoll::EventFlags::empty());
                if let Phase::Open { handle } = flow.phase {
                    let mut sock = sockets.remove(handle);
                    if let smoltcp::socket::Socket::Tcp(s) = &mut sock
                        && s.is_open()
                    {
                        s.abort();
                    }
                }
            }
        }
    }
}

fn pump_one(flow: &mut Flow, sock: &mut Socket<'static>) {
    // Container -> host, as much as the host takes.
    flow.blocked = false;
    while sock.can_recv() {
        let host = &mut flow.host;
        let r = sock.recv(|buf| match host.write(buf) {
            Ok(n) => (n, Ok(n)),
            Err(e) => (0, Err(e)),
        });
        match r {
            Ok(Ok(n)) if n > 0 => {}
            Ok(Err(e)) if e.kind() == ErrorKind::WouldBlock => {
                flow.blocked = true;
                break;
            }
            Ok(Err(e)) => {
                log::debug!("usermode: writing to {}: {e}", flow.key.dst);
                sock.abort();
                flow.dead = true;
                return;
            }
            _ => break,
        }
    }
    // The container closed its side and all it sent was written: pass the FIN on.
    if !flow.guest_eof
        && !sock.can_recv()
        && matches!(
            sock.state(),
            TcpState::CloseWait | TcpState::LastAck | TcpState::Closing | TcpState::TimeWait
        )
    {
        flow.guest_eof = true;
        let _ = flow.host.shutdown(std::net::Shutdown::Write);
    }
    // Host -> container, as much as the container's window holds.
    while !flow.host_eof && sock.can_send() {
        let host = &mut flow.host;
        let r = sock.send(|buf| match host.read(buf) {
            Ok(n) => (n, Ok(n)),
            Err(e) => (0, Err(e)),
        });
        match r {
            Ok(Ok(0)) => {
                flow.host_eof = true;
                sock.close();
            }
            Ok(Ok(_)) => {}
            Ok(Err(e)) if e.kind() == ErrorKind::WouldBlock => break,
            Ok(Err(e)) => {
                log::debug!("usermode: reading from {}: {e}", flow.key.dst);
                sock.abort();
                flow.dead = true;
                return;
            }
            Err(_) => break,
        }
    }
}

/// Register (or re-register, or remove) the flow's host socket with the epoll.
fn set_interest(epoll: &OwnedFd, token: u64, flow: &mut Flow, want: epoll::EventFlags) {
    if want == flow.interest {
        return;
    }
    let data = epoll::EventData::new_u64(token);
    let r = if want.is_empty() {
        epoll::delete(epoll, &flow.host)
    } else if flow.interest.is_empty() {
        epoll::add(epoll, &flow.host, data, want)
    } else {
        epoll::modify(epoll, &flow.host, data, want)
    };
    if let Err(e) = r {
        log::debug!("usermode: epoll for {}: {e}", flow.key.dst);
    }
    flow.interest = want;
}

/// A non-blocking connect to `target`, in progress.
fn connect(target: SocketAddr) -> std::io::Result<TcpStream> {
    use rustix::net::{AddressFamily, SocketFlags, SocketType};
    let family = match target {
        SocketAddr::V4(_) => AddressFamily::INET,
        SocketAddr::V6(_) => AddressFamily::INET6,
    };
    let fd = rustix::net::socket_with(
        family,
        SocketType::STREAM,
        SocketFlags::NONBLOCK | SocketFlags::CLOEXEC,
        None,
    )?;
    match rustix::net::connect(&fd, &target) {
        Ok(()) | Err(rustix::io::Errno::INPROGRESS) => {}
        Err(e) => return Err(e.into()),
    }
    let _ = rustix::net::sockopt::set_tcp_nodelay(&fd, true);
    Ok(TcpStream::from(fd))
}
