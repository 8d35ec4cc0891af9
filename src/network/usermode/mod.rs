//! Rootless outbound networking without a helper program: the container's network
//! namespace has a tap device (`eth0`, made by the container init, see
//! [`configure_inside`]), and the process that waits for the container (the monitor, or a
//! foreground `run`) runs a user-mode network stack on the tap's other end ([`Stack`]).
//!
//! The stack terminates the container's flows and replays them as the user's own sockets
//! on the host: TCP through smoltcp (one smoltcp socket per connection, made when the
//! host side of the connection is established, so a refused connection is a reset in the
//! container too), UDP by hand (one connected host socket per flow). The container sees
//! `10.0.2.100/24` with the gateway `10.0.2.2` (the host's loopback: a server bound there
//! is reachable) and the resolver `10.0.2.3` (forwarded to the host's first nameserver).
//!
//! Everything runs in the waiting process's single thread: the stack is one epoll
//! descriptor ([`Stack::fd`]) the wait loop polls beside its own, and [`Stack::serve`]
//! does whatever is ready, without blocking. Buffers are per flow and capped, a flow whose
//! peer does not read stops being read from (back-pressure), and the number of flows is
//! capped, so memory stays bounded whatever the container does.

mod device;
mod icmp;
pub mod ports;
mod stream;
mod table;
mod tcp;
mod udp;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};

use anyhow::Context as _;
use rustix::event::epoll;
use smoltcp::iface::{Config, Interface, SocketSet};
use smoltcp::time::Instant;
use smoltcp::wire::{
    EthernetAddress, EthernetFrame, EthernetProtocol, IpCidr, IpProtocol, Ipv4Packet, TcpPacket,
};

/// The container's interface name.
pub const IFNAME: &str = "eth0";
/// The container's address.
pub const GUEST: Ipv4Addr = Ipv4Addr::new(10, 0, 2, 100);
/// The gateway: connections to it reach the host's loopback.
pub const GATEWAY: Ipv4Addr = Ipv4Addr::new(10, 0, 2, 2);
/// The resolver the container is given; queries go to the host's.
pub const DNS: Ipv4Addr = Ipv4Addr::new(10, 0, 2, 3);
pub const PREFIX: u8 = 24;
pub const NETMASK: Ipv4Addr = Ipv4Addr::new(255, 255, 255, 0);
/// Large frames: fewer of them to move through the stack for the same data.
pub const MTU: u32 = 65520;
/// The stack's own hardware address (locally administered).
const MAC: [u8; 6] = [0x02, 0x62, 0x65, 0x72, 0x74, 0x68];

/// Where a container sits on its user-mode network: its address, prefix and gateway.
/// The default network is `10.0.2.100/24` via `10.0.2.2`; a container on a user network
/// (rootless `network create`) gets its lease on that network's subnet instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub guest: Ipv4Addr,
    pub prefix: u8,
    pub gateway: Ipv4Addr,
}

impl Default for Layout {
    fn default() -> Layout {
        Layout {
            guest: GUEST,
            prefix: PREFIX,
            gateway: GATEWAY,
        }
    }
}

impl Layout {
    fn netmask(&self) -> Ipv4Addr {
        Ipv4Addr::from(crate::network::config::mask(self.prefix))
    }

    /// Whether `ip` is on the container's own subnet.
    fn on_subnet(&self, ip: Ipv4Addr) -> bool {
        crate::network::config::in_net(ip, self.guest, self.prefix)
    }
}

/// The other containers of the user on the same user network: each is reached through
/// a unix socket named after its address in `dir` (see [`relay_path`]), served by its
/// own forwarder inside its namespace. Containers on the default network have none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peers {
    pub dir: std::path::PathBuf,
}

/// The relay socket of the container with address `ip` in `dir`.
pub fn relay_path(dir: &std::path::Path, ip: Ipv4Addr) -> std::path::PathBuf {
    dir.join(ip.to_string())
}

/// epoll tokens below this are the stack's own; flows are numbered from it.
const TAP: u64 = 0;
const TIMER: u64 = 1;
const FIRST_FLOW: u64 = 2;

/// In the container init, in its new network namespace: make the tap, give it its
/// address, bring it up, and route everything through the gateway. Returns the tap's
/// descriptor for the parent.
pub fn configure_inside(layout: &Layout) -> anyhow::Result<OwnedFd> {
    let tap = crate::sys::net::open_tap(IFNAME).context(
        "opening /dev/net/tun for the container's network (rootless networking needs it \
         readable and writable by the user; or use --network none/private)",
    )?;
    // The stack speaks IPv4 only: without IPv6 on the interface the container sends no
    // solicitations nobody answers, and waits for no IPv6 route.
    let v6 = format!("/proc/sys/net/ipv6/conf/{IFNAME}/disable_ipv6");
    if let Err(e) = std::fs::write(&v6, "1") {
        log::debug!("{v6}: {e}");
    }
    crate::sys::net::configure_interface(IFNAME, layout.guest, layout.netmask(), MTU)
        .map_err(|(step, e)| anyhow::Error::new(e).context(format!("{IFNAME}: {step}")))?;
    crate::sys::net::add_default_route(layout.gateway).context("adding the default route")?;
    Ok(tap)
}

/// The network a rootless container gets by default: the user-mode network where the
/// user may open /dev/net/tun (as on stock hosts), else loopback only.
pub fn default_mode() -> crate::spec::NetworkMode {
    let access = rustix::fs::Access::READ_OK | rustix::fs::Access::WRITE_OK;
    match rustix::fs::access("/dev/net/tun", access) {
        Ok(()) => crate::spec::NetworkMode::User,
        Err(e) => {
            log::debug!("/dev/net/tun: {e}; the container gets loopback only");
            crate::spec::NetworkMode::Private
        }
    }
}

/// /etc/resolv.conf for a container on the user-mode network: the stack's resolver, with
/// the host's search domains and options.
pub fn resolv_conf(host: &str) -> String {
    let mut out = format!("nameserver {DNS}\n");
    for line in host.lines() {
        let word = line.split_whitespace().next();
        if matches!(word, Some("search" | "domain" | "options")) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The host's first nameserver in `resolv_conf` (a systemd-resolved stub on loopback
/// included: the stack runs in the host's network namespace).
fn host_resolver(resolv_conf: &str) -> Option<SocketAddr> {
    resolv_conf.lines().find_map(|line| {
        let mut words = line.split_whitespace();
        if words.next() != Some("nameserver") {
            return None;
        }
        let addr: IpAddr = words.next()?.split('%').next()?.parse().ok()?;
        Some(SocketAddr::new(addr, 53))
    })
}

/// Where a flow the container opens goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// A socket of the user's on the host.
    Host(SocketAddr),
    /// Another container on the same user network: its relay socket, and the port.
    Peer(std::path::PathBuf, u16),
}

/// Where a flow to `dst:port` in the container goes; None: nowhere (the container's own
/// subnet and addresses no host socket may reach).
fn host_target(
    layout: &Layout,
    peers: Option<&Peers>,
    dst: Ipv4Addr,
    port: u16,
    resolver: Option<SocketAddr>,
) -> Option<Target> {
    if dst == layout.gateway {
        return Some(Target::Host(SocketAddr::new(
            Ipv4Addr::LOCALHOST.into(),
            port,
        )));
    }
    if dst == DNS {
        return resolver.filter(|_| port == 53).map(Target::Host);
    }
    if layout.on_subnet(dst) {
        return match peers {
            Some(p) if dst != layout.guest => Some(Target::Peer(relay_path(&p.dir, dst), port)),
            _ => None,
        };
    }
    if dst.is_loopback() || dst.is_unspecified() || dst.is_multicast() || dst.is_broadcast() {
        return None;
    }
    Some(Target::Host(SocketAddr::new(dst.into(), port)))
}

/// The user-mode network stack of one container.
pub struct Stack {
    epoll: OwnedFd,
    timer: OwnedFd,
    tap: device::Tap,
    iface: Interface,
    sockets: SocketSet<'static>,
    tcp: tcp::Flows,
    udp: udp::Flows,
    icmp: icmp::Flows,
    resolver: Option<SocketAddr>,
    layout: Layout,
    peers: Option<Peers>,
    /// The container's hardware address, learnt from its frames.
    guest_mac: Option<EthernetAddress>,
    next_token: u64,
    /// The published ports' forwarder, killed with the stack.
    forwarder: Option<ports::Forwarder>,
}

impl Stack {
    /// A stack on the tap `fd` the container init handed over, for a container laid out
    /// as `layout`, with `peers` on its user network.
    pub fn new(fd: OwnedFd, layout: Layout, peers: Option<Peers>) -> anyhow::Result<Stack> {
        let mut tap = device::Tap::new(fd).context("setting up the tap")?;
        let epoll = epoll::create(epoll::CreateFlags::CLOEXEC).context("creating an epoll")?;
        let timer = rustix::time::timerfd_create(
            rustix::time::TimerfdClockId::Monotonic,
            rustix::time::TimerfdFlags::NONBLOCK | rustix::time::TimerfdFlags::CLOEXEC,
        )
        .context("creating a timer")?;
        epoll::add(
            &epoll,
            &tap,
            epoll::EventData::new_u64(TAP),
            epoll::EventFlags::IN,
        )?;
        epoll::add(
            &epoll,
            &timer,
            epoll::EventData::new_u64(TIMER),
            epoll::EventFlags::IN,
        )?;
        let mut config = Config::new(EthernetAddress(MAC).into());
        config.random_seed = seed();
        let mut iface = Interface::new(config, &mut tap, Instant::now());
        iface.update_ip_addrs(|addrs| {
            let _ = addrs.push(IpCidr::new(layout.gateway.into(), layout.prefix));
            let _ = addrs.push(IpCidr::new(DNS.into(), PREFIX));
        });
        // Every destination is "ours": the interface takes the container's segments for
        // any address, and the flows decide where they go on the host.
        iface.set_any_ip(true);
        iface
            .routes_mut()
            .add_default_ipv4_route(layout.gateway)
            .map_err(|e| anyhow::anyhow!("adding the stack's route: {e:?}"))?;
        let resolv = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
        Ok(Stack {
            epoll,
            timer,
            tap,
            iface,
            sockets: SocketSet::new(Vec::new()),
            tcp: tcp::Flows::default(),
            udp: udp::Flows::default(),
            icmp: icmp::Flows::default(),
            resolver: host_resolver(&resolv),
            layout,
            peers,
            guest_mac: None,
            next_token: FIRST_FLOW,
            forwarder: None,
        })
    }

    /// Serve the published ports `listeners` into the network namespace of process `pid`
    /// (the container init, a child of this process).
    pub fn publish(&mut self, listeners: ports::Listeners, pid: i32) -> anyhow::Result<()> {
        let ns = std::fs::File::open(format!("/proc/{pid}/ns/net"))
            .context("opening the container's network namespace")?;
        self.forwarder = Some(ports::spawn(listeners, ns.into())?);
        Ok(())
    }

    /// The one descriptor to poll for reading: when it is ready, call [`Stack::serve`].
    pub fn fd(&self) -> BorrowedFd<'_> {
        self.epoll.as_fd()
    }

    fn token(&mut self) -> u64 {
        self.next_token += 1;
        self.next_token
    }

    /// Do everything that is ready now, without blocking.
    pub fn serve(&mut self) {
        let mut events = Vec::with_capacity(256);
        if let Err(e) = epoll::wait(&self.epoll, spare(&mut events), Some(&ZERO)) {
            log::debug!("usermode: epoll: {e}");
            return;
        }
        let mut tap_ready = false;
        let mut ready_flows = Vec::new();
        for ev in &events {
            match ev.data.u64() {
                TAP => tap_ready = true,
                TIMER => {
                    let mut buf = [0u8; 8];
                    let _ = rustix::io::read(&self.timer, &mut buf);
                }
                token => ready_flows.push((token, ev.flags)),
            }
        }
        if tap_ready {
            self.read_tap();
        }
        for (token, flags) in ready_flows {
            if self.udp.owns(token) {
                let ends = (EthernetAddress(MAC), self.layout.guest);
                self.udp.on_readable(token, &self.tap, self.guest_mac, ends);
            } else if self.icmp.owns(token) {
                let ends = (EthernetAddress(MAC), self.layout.guest);
                self.icmp
                    .on_readable(token, &self.tap, self.guest_mac, ends);
            } else {
                let established = self.tcp.on_event(token, flags, &mut self.sockets);
                if let Some(syn) = established {
                    // The host side is there: the container's SYN meets its listening
                    // socket now, alone (see `tcp`), and is answered.
                    self.tap.push_rx(syn);
                    self.iface
                        .poll(Instant::now(), &mut self.tap, &mut self.sockets);
                }
            }
        }
        let now = Instant::now();
        self.iface.poll(now, &mut self.tap, &mut self.sockets);
        self.tcp.pump(&mut self.sockets, &self.epoll);
        self.iface.poll(now, &mut self.tap, &mut self.sockets);
        self.tcp.reap(&mut self.sockets, &self.epoll);
        self.udp.expire(std::time::Instant::now(), &self.epoll);
        self.icmp.expire(std::time::Instant::now(), &self.epoll);
        self.arm_timer();
    }

    /// Frames from the container: new TCP connections and UDP go to the flows, the rest
    /// (segments of established connections, ARP) to the interface.
    fn read_tap(&mut self) {
        for _ in 0..device::READ_BURST {
            let Some(frame) = self.tap.read_frame() else {
                break;
            };
            if let Ok(eth) = EthernetFrame::new_checked(&frame[..]) {
                self.guest_mac = Some(eth.src_addr());
                if eth.ethertype() == EthernetProtocol::Arp && self.answer_arp(&eth) {
                    continue;
                }
                if eth.ethertype() == EthernetProtocol::Ipv4
                    && let Ok(ip) = Ipv4Packet::new_checked(eth.payload())
                    && !ip.more_frags()
                    && ip.frag_offset() == 0
                {
                    match ip.next_header() {
                        IpProtocol::Udp => {
                            let token = self.token();
                            let (layout, peers) = (&self.layout, self.peers.as_ref());
                            let resolver = self.resolver;
                            let route =
                                |dst, port| match host_target(layout, peers, dst, port, resolver) {
                                    Some(Target::Host(a)) => Some(a),
                                    // Between containers, TCP only.
                                    _ => None,
                                };
                            self.udp.on_guest_datagram(&ip, token, &self.epoll, route);
                            continue;
                        }
                        IpProtocol::Icmp => {
                            let token = self.token();
                            let target = match self.route(ip.dst_addr(), 0) {
                                Some(Target::Host(a)) => match a.ip() {
                                    IpAddr::V4(v4) => Some(v4),
                                    IpAddr::V6(_) => None,
                                },
                                _ => None,
                            };
                            self.icmp.on_guest_packet(&ip, target, token, &self.epoll);
                            continue;
                        }
                        IpProtocol::Tcp => {
                            if let Ok(seg) = TcpPacket::new_checked(ip.payload())
                                && seg.syn()
                                && !seg.ack()
                            {
                                let token = self.token();
                                let dst = ip.dst_addr();
                                let target = self.route(dst, seg.dst_port());
                                let key = tcp::Key {
                                    guest_port: seg.src_port(),
                                    dst: SocketAddr::new(dst.into(), seg.dst_port()),
                                };
                                if self.tcp.on_syn(key, target, token, &self.epoll, &frame) {
                                    continue;
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            self.tap.push_rx(frame);
        }
    }

    fn route(&self, dst: Ipv4Addr, port: u16) -> Option<Target> {
        host_target(&self.layout, self.peers.as_ref(), dst, port, self.resolver)
    }

    /// Answer the container's ARP requests for its peers on a user network (they are
    /// all behind this stack); smoltcp answers for its own addresses. True when the
    /// frame was answered here.
    fn answer_arp(&mut self, eth: &EthernetFrame<&[u8]>) -> bool {
        use smoltcp::wire::{ArpOperation, ArpPacket, ArpRepr};
        let Ok(arp) = ArpPacket::new_checked(eth.payload()) else {
            return false;
        };
        let Ok(ArpRepr::EthernetIpv4 {
            operation: ArpOperation::Request,
            source_hardware_addr,
            source_protocol_addr,
            target_protocol_addr,
            ..
        }) = ArpRepr::parse(&arp)
        else {
            return false;
        };
        let peer = self.peers.is_some()
            && self.layout.on_subnet(target_protocol_addr)
            && target_protocol_addr != self.layout.guest
            && target_protocol_addr != self.layout.gateway;
        if !peer {
            return false;
        }
        let reply = ArpRepr::EthernetIpv4 {
            operation: ArpOperation::Reply,
            source_hardware_addr: EthernetAddress(MAC),
            source_protocol_addr: target_protocol_addr,
            target_hardware_addr: source_hardware_addr,
            target_protocol_addr: source_protocol_addr,
        };
        let mut buf = vec![0u8; device::ETH_HEADER + reply.buffer_len()];
        let mut frame = EthernetFrame::new_unchecked(&mut buf[..]);
        frame.set_src_addr(EthernetAddress(MAC));
        frame.set_dst_addr(source_hardware_addr);
        frame.set_ethertype(EthernetProtocol::Arp);
        reply.emit(&mut ArpPacket::new_unchecked(frame.payload_mut()));
        self.tap.write_frame(&buf);
        true
    }

    /// Wake up when smoltcp has a timer due (retransmits, delayed ACKs), or for the UDP
    /// flows' expiry.
    fn arm_timer(&mut self) {
        let now = Instant::now();
        let mut delay = self
            .iface
            .poll_delay(now, &self.sockets)
            .map(|d| std::time::Duration::from_micros(d.total_micros()));
        if !self.udp.is_empty() || !self.icmp.is_empty() {
            let sweep = udp::IDLE / 2;
            delay = Some(delay.map_or(sweep, |d| d.min(sweep)));
        }
        let value = match delay {
            // A zero it_value disarms the timer: due now means in a microsecond.
            Some(d) => rustix::time::Timespec {
                tv_sec: d.as_secs() as i64,
                tv_nsec: i64::from(d.subsec_nanos().max(1000)),
            },
            None => rustix::time::Timespec {
                tv_sec: 0,
                tv_nsec: 0,
            },
        };
        let spec = rustix::time::Itimerspec {
            it_interval: rustix::time::Timespec {
                tv_sec: 0,
                tv_nsec: 0,
            },
            it_value: value,
        };
        if let Err(e) = rustix::time::timerfd_settime(
            &self.timer,
            rustix::time::TimerfdTimerFlags::empty(),
            &spec,
        ) {
            log::debug!("usermode: arming the timer: {e}");
        }
    }
}

const ZERO: rustix::time::Timespec = rustix::time::Timespec {
    tv_sec: 0,
    tv_nsec: 0,
};

fn spare(v: &mut Vec<epoll::Event>) -> rustix::buffer::SpareCapacity<'_, epoll::Event> {
    rustix::buffer::spare_capacity(v)
}

/// A seed for smoltcp's initial sequence numbers and ports.
fn seed() -> u64 {
    let mut b = [0u8; 8];
    match rustix::rand::getrandom(&mut b, rustix::rand::GetRandomFlags::empty()) {
        Ok(8) => u64::from_ne_bytes(b),
        _ => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gateway_is_host_loopback_and_own_subnet_is_unreachable() {
        let r = Some("192.0.2.53:53".parse().unwrap());
        let l = Layout::default();
        let host = |a: &str| Some(Target::Host(a.parse().unwrap()));
        let t = |dst, port| host_target(&l, None, dst, port, r);
        assert_eq!(t(GATEWAY, 8080), host("127.0.0.1:8080"));
        assert_eq!(t(DNS, 53), host("192.0.2.53:53"));
        assert_eq!(t(DNS, 80), None);
        assert_eq!(t(Ipv4Addr::new(10, 0, 2, 7), 80), None);
        assert_eq!(t(Ipv4Addr::LOCALHOST, 80), None);
        assert_eq!(t(Ipv4Addr::new(192, 0, 2, 1), 80), host("192.0.2.1:80"));
    }

    #[test]
    fn peers_on_a_user_network_are_reached_through_their_relay_sockets() {
        let l = Layout {
            guest: Ipv4Addr::new(10, 89, 3, 2),
            prefix: 24,
            gateway: Ipv4Addr::new(10, 89, 3, 1),
        };
        let peers = Peers {
            dir: "/run/x/peers".into(),
        };
        let t = |dst, port| host_target(&l, Some(&peers), dst, port, None);
        assert_eq!(
            t(Ipv4Addr::new(10, 89, 3, 5), 80),
            Some(Target::Peer("/run/x/peers/10.89.3.5".into(), 80))
        );
        assert_eq!(t(l.guest, 80), None);
        assert_eq!(
            t(l.gateway, 80),
            Some(Target::Host("127.0.0.1:80".parse().unwrap()))
        );
        // Without peers (the default network) the subnet is closed.
        assert_eq!(
            host_target(&l, None, Ipv4Addr::new(10, 89, 3, 5), 80, None),
            None
        );
    }

    #[test]
    fn resolver_is_the_first_nameserver_and_resolv_conf_points_at_the_stack() {
        let host = "# stub\nnameserver 127.0.0.53\nnameserver 10.1.1.1\nsearch example.org\n";
        assert_eq!(host_resolver(host), Some("127.0.0.53:53".parse().unwrap()));
        assert_eq!(
            resolv_conf(host),
            "nameserver 10.0.2.3\nsearch example.org\n"
        );
        assert_eq!(host_resolver("search x\n"), None);
    }
}
