//! UDP flows, by hand: each (container port, destination) pair gets a host socket of the
//! user's, connected to the destination; datagrams from the container are sent on it, and
//! what comes back is framed (Ethernet, IPv4, UDP) and written to the tap. A flow idle for
//! [`IDLE`] is closed, and at most [`MAX_FLOWS`] are open (the least recently used goes).

use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};
use std::os::fd::OwnedFd;
use std::time::{Duration, Instant};

use smoltcp::phy::ChecksumCapabilities;
use smoltcp::wire::{EthernetAddress, IpProtocol, Ipv4Packet, Ipv4Repr, UdpPacket, UdpRepr};

use super::device::Tap;
use super::table::Table;

/// How long a flow lives without traffic.
pub const IDLE: Duration = Duration::from_secs(60);
pub const MAX_FLOWS: usize = 1024;
/// Datagrams taken from one host socket per round.
const BURST: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    guest_port: u16,
    dst: SocketAddr,
}

#[derive(Default)]
pub struct Flows {
    table: Table<Key, UdpSocket>,
    buf: Vec<u8>,
}

impl Flows {
    pub fn owns(&self, token: u64) -> bool {
        self.table.owns(token)
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// A datagram from the container (the IPv4 packet holding it).
    pub fn on_guest_datagram(
        &mut self,
        ip: &Ipv4Packet<&[u8]>,
        token: u64,
        epoll: &OwnedFd,
        route: impl FnOnce(Ipv4Addr, u16) -> Option<SocketAddr>,
    ) {
        let Ok(udp) = UdpPacket::new_checked(ip.payload()) else {
            return;
        };
        let key = Key {
            guest_port: udp.src_port(),
            dst: SocketAddr::new(ip.dst_addr().into(), udp.dst_port()),
        };
        let token = match self.table.token_of(&key) {
            Some(t) => t,
            None => {
                let Some(target) = route(ip.dst_addr(), udp.dst_port()) else {
                    return;
                };
                if self.table.len() >= MAX_FLOWS {
                    self.table.evict_oldest(epoll);
                }
                let host = match open(target) {
                    Ok(s) => s,
                    Err(e) => {
                        log::debug!("usermode: udp to {target}: {e}");
                        return;
                    }
                };
                if !self.table.insert(token, key, host, epoll) {
                    return;
                }
                token
            }
        };
        if let Some(flow) = self.table.get_mut(token) {
            flow.used = Instant::now();
            // A datagram the host cannot take now is dropped, as on a full link.
            if let Err(e) = flow.sock.send(udp.payload()) {
                log::debug!("usermode: udp to {}: {e}", flow.key.dst);
            }
        }
    }

    /// Datagrams from the host for flow `token`: framed and written to the container.
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
        let mut payload = [0u8; 65536];
        for _ in 0..BURST {
            let n = match flow.sock.recv(&mut payload) {
                Ok(n) => n,
                Err(e) => {
                    if e.kind() != std::io::ErrorKind::WouldBlock {
                        log::debug!("usermode: udp from {}: {e}", flow.key.dst);
                    }
                    break;
                }
            };
            flow.used = Instant::now();
            let (Some(mac), IpAddr::V4(src)) = (guest_mac, flow.key.dst.ip()) else {
                continue;
            };
            frame(
                &mut self.buf,
                our_mac,
                mac,
                (src, flow.key.dst.port()),
                (guest, flow.key.guest_port),
                &payload[..n],
            );
            tap.write_frame(&self.buf);
        }
    }

    /// Close the flows idle for [`IDLE`].
    pub fn expire(&mut self, now: Instant, epoll: &OwnedFd) {
        self.table.expire(now, IDLE, epoll);
    }
}

/// A host socket connected to `target`, non-blocking.
fn open(target: SocketAddr) -> std::io::Result<UdpSocket> {
    let any: SocketAddr = match target {
        SocketAddr::V4(_) => (Ipv4Addr::UNSPECIFIED, 0).into(),
        SocketAddr::V6(_) => (std::net::Ipv6Addr::UNSPECIFIED, 0).into(),
    };
    let s = UdpSocket::bind(any)?;
    s.connect(target)?;
    s.set_nonblocking(true)?;
    Ok(s)
}

/// Write into `buf` the Ethernet frame carrying `payload` from `src` to `dst`.
fn frame(
    buf: &mut Vec<u8>,
    from_mac: EthernetAddress,
    to_mac: EthernetAddress,
    src: (Ipv4Addr, u16),
    dst: (Ipv4Addr, u16),
    payload: &[u8],
) {
    let udp = UdpRepr {
        src_port: src.1,
        dst_port: dst.1,
    };
    let ip = Ipv4Repr {
        src_addr: src.0,
        dst_addr: dst.0,
        next_header: IpProtocol::Udp,
        payload_len: udp.header_len() + payload.len(),
        hop_limit: 64,
    };
    let caps = ChecksumCapabilities::default();
    super::device::ipv4_frame(buf, (from_mac, to_mac), &ip, |b| {
        udp.emit(
            &mut UdpPacket::new_unchecked(b),
            &src.0.into(),
            &dst.0.into(),
            payload.len(),
            |b| b.copy_from_slice(payload),
            &caps,
        )
    });
}

#[cfg(test)]
mod tests {
    use super::super::GUEST;
    use super::*;
    use smoltcp::wire::EthernetFrame;

    #[test]
    fn a_framed_datagram_parses_back_with_valid_checksums() {
        let mut buf = Vec::new();
        let a = EthernetAddress([2, 0, 0, 0, 0, 1]);
        let b = EthernetAddress([2, 0, 0, 0, 0, 2]);
        let src = (Ipv4Addr::new(192, 0, 2, 1), 53);
        frame(&mut buf, a, b, src, (GUEST, 40000), b"answer");
        let eth = EthernetFrame::new_checked(&buf[..]).unwrap();
        assert_eq!(eth.dst_addr(), b);
        let ip = Ipv4Packet::new_checked(eth.payload()).unwrap();
        assert!(ip.verify_checksum());
        assert_eq!(ip.src_addr(), src.0);
        let udp = UdpPacket::new_checked(ip.payload()).unwrap();
        assert!(udp.verify_checksum(&src.0.into(), &GUEST.into()));
        assert_eq!((udp.src_port(), udp.dst_port()), (53, 40000));
        assert_eq!(udp.payload(), b"answer");
    }
}
