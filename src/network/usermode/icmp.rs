//! ICMP echo (ping) through the host's unprivileged ping sockets: each (container
//! identifier, destination) pair gets a `SOCK_DGRAM`/`IPPROTO_ICMP` socket of the user's,
//! connected to the destination. The kernel gives such a socket an identifier of its own
//! and answers only to it; the reply is framed back with the container's identifier. A
//! host whose `net.ipv4.ping_group_range` leaves the user out refuses the socket: the
//! request is dropped and the container's ping times out, as behind a firewall.

use std::net::Ipv4Addr;
use std::os::fd::OwnedFd;
use std::time::{Duration, Instant};

use smoltcp::phy::ChecksumCapabilities;
use smoltcp::wire::{EthernetAddress, Icmpv4Packet, Icmpv4Repr, IpProtocol, Ipv4Packet, Ipv4Repr};

use super::device::Tap;
use super::table::Table;

/// How long a pinger lives without traffic.
const IDLE: Duration = Duration::from_secs(10);
const MAX_FLOWS: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    ident: u16,
    dst: Ipv4Addr,
}

#[derive(Default)]
pub struct Flows {
    table: Table<Key, OwnedFd>,
    buf: Vec<u8>,
}

impl Flows {
    pub fn owns(&self, token: u64) -> bool {
        self.table.owns(token)
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// An ICMP packet from the container: an echo request to `target` (where the
    /// destination is on the host side) is sent on; anything else is dropped.
    pub fn on_guest_packet(
        &mut self,
        ip: &Ipv4Packet<&[u8]>,
        target: Option<Ipv4Addr>,
        token: u64,
        epoll: &OwnedFd,
    ) {
        let Ok(pkt) = Icmpv4Packet::new_checked(ip.payload()) else {
            return;
        };
        let caps = ChecksumCapabilities::default();
        let Ok(Icmpv4Repr::EchoRequest { ident, .. }) = Icmpv4Repr::parse(&pkt, &caps) else {
            return;
        };
        let Some(target) = target else {
            return;
        };
        let key = Key {
            ident,
            dst: ip.dst_addr(),
        };
        let token = match self.table.token_of(&key) {
            Some(t) => t,
            None => {
                if self.table.len() >= MAX_FLOWS {
                    return;
                }
                let sock = match open(target) {
                    Ok(s) => s,
                    Err(e) => {
                        log::debug!(
                            "usermode: ping socket to {target}: {e} (net.ipv4.ping_group_range)"
                        );
                        return;
                    }
                };
                if !self.table.insert(token, key, sock, epoll) {
                    return;
                }
                token
            }
        };
        if let Some(flow) = self.table.get_mut(token) {
            flow.used = Instant::now();
            // The kernel sets the identifier and the checksum.
            let _ = rustix::net::send(&flow.sock, ip.payload(), rustix::net::SendFlags::DONTWAIT);
        }
    }

    /// Replies on flow `token`: framed to the container with its identifier.
    pub fn on_readable(
        &mut self,
        token: u64,
        tap: &Tap,
        guest_mac: Option<EthernetAddress>,
        (our_mac, guest): (EthernetAddress, Ipv4Addr),
    ) {
        let Some(flow) = self.table.get_mut(token) else {
            return;
        };
        let mut msg = [0u8; 65536];
        while let Ok((n, _)) =
            rustix::net::recv(&flow.sock, &mut msg, rustix::net::RecvFlags::DONTWAIT)
        {
            flow.used = Instant::now();
            let caps = ChecksumCapabilities::ignored();
            let Ok(pkt) = Icmpv4Packet::new_checked(&msg[..n]) else {
                continue;
            };
            let (Ok(Icmpv4Repr::EchoReply { seq_no, data, .. }), Some(mac)) =
                (Icmpv4Repr::parse(&pkt, &caps), guest_mac)
            else {
                continue;
            };
            let reply = Icmpv4Repr::EchoReply {
                ident: flow.key.ident,
                seq_no,
                data,
            };
            frame(&mut self.buf, (our_mac, mac), (flow.key.dst, guest), &reply);
            tap.write_frame(&self.buf);
        }
    }

    /// Close the pingers idle for [`IDLE`].
    pub fn expire(&mut self, now: Instant, epoll: &OwnedFd) {
        self.table.expire(now, IDLE, epoll);
    }
}

/// An unprivileged ping socket connected to `target`.
fn open(target: Ipv4Addr) -> std::io::Result<OwnedFd> {
    use rustix::net::{AddressFamily, SocketFlags, SocketType, ipproto};
    let fd = rustix::net::socket_with(
        AddressFamily::INET,
        SocketType::DGRAM,
        SocketFlags::NONBLOCK | SocketFlags::CLOEXEC,
        Some(ipproto::ICMP),
    )?;
    rustix::net::connect(&fd, &std::net::SocketAddrV4::new(target, 0))?;
    Ok(fd)
}

/// Write into `buf` the Ethernet frame carrying the ICMP message `icmp` from `src` to
/// `dst`.
fn frame(
    buf: &mut Vec<u8>,
    (from_mac, to_mac): (EthernetAddress, EthernetAddress),
    (src, dst): (Ipv4Addr, Ipv4Addr),
    icmp: &Icmpv4Repr,
) {
    let ip = Ipv4Repr {
        src_addr: src,
        dst_addr: dst,
        next_header: IpProtocol::Icmp,
        payload_len: icmp.buffer_len(),
        hop_limit: 64,
    };
    let caps = ChecksumCapabilities::default();
    super::device::ipv4_frame(buf, (from_mac, to_mac), &ip, |b| {
        icmp.emit(&mut Icmpv4Packet::new_unchecked(b), &caps)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use smoltcp::wire::EthernetFrame;

    #[test]
    fn a_framed_echo_reply_parses_back_with_valid_checksums() {
        let mut buf = Vec::new();
        let a = EthernetAddress([2, 0, 0, 0, 0, 1]);
        let b = EthernetAddress([2, 0, 0, 0, 0, 2]);
        let src = Ipv4Addr::new(192, 0, 2, 1);
        let guest = Ipv4Addr::new(10, 0, 2, 100);
        let reply = Icmpv4Repr::EchoReply {
            ident: 7,
            seq_no: 3,
            data: b"ping",
        };
        frame(&mut buf, (a, b), (src, guest), &reply);
        let eth = EthernetFrame::new_checked(&buf[..]).unwrap();
        let ip = Ipv4Packet::new_checked(eth.payload()).unwrap();
        assert!(ip.verify_checksum());
        let icmp = Icmpv4Packet::new_checked(ip.payload()).unwrap();
        let parsed = Icmpv4Repr::parse(&icmp, &ChecksumCapabilities::default()).unwrap();
        assert_eq!(parsed, reply);
    }
}
