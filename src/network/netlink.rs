//! rtnetlink: links, addresses and routes, through one socket per network namespace and
//! batched requests (several messages in one send, their acknowledgements read after).
//! No `ip` binary.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::os::fd::AsRawFd;

use netlink_packet_core::{
    NLM_F_ACK, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REQUEST, NetlinkHeader, NetlinkMessage,
    NetlinkPayload,
};
use netlink_packet_route::address::{AddressAttribute, AddressFlags, AddressMessage};
use netlink_packet_route::link::{
    InfoData, InfoKind, InfoMacVlan, InfoVeth, LinkAttribute, LinkFlags, LinkInfo, LinkMessage,
    MacVlanMode,
};
use netlink_packet_route::route::{
    RouteAddress, RouteAttribute, RouteHeader, RouteMessage, RouteProtocol, RouteScope, RouteType,
};
use netlink_packet_route::{AddressFamily, RouteNetlinkMessage};
use netlink_sys::{Socket, SocketAddr, protocols::NETLINK_ROUTE};

/// One rtnetlink socket, bound in the network namespace of the thread that opened it.
pub struct Rtnl {
    sock: Socket,
    seq: u32,
    /// Requests sent and not yet acknowledged, with what each was for.
    pending: Vec<(u32, String)>,
}

/// An error the kernel answered a request with.
#[derive(Debug, thiserror::Error)]
#[error("{what}: {source}")]
pub struct NetlinkError {
    pub what: String,
    pub source: std::io::Error,
}

impl NetlinkError {
    pub fn errno(&self) -> Option<i32> {
        self.source.raw_os_error()
    }
}

type Result<T> = std::result::Result<T, NetlinkError>;

fn io(what: &str, source: std::io::Error) -> NetlinkError {
    NetlinkError {
        what: what.to_string(),
        source,
    }
}

impl Rtnl {
    pub fn open() -> Result<Rtnl> {
        let mut sock = Socket::new(NETLINK_ROUTE).map_err(|e| io("opening a netlink socket", e))?;
        sock.bind_auto()
            .map_err(|e| io("binding a netlink socket", e))?;
        sock.connect(&SocketAddr::new(0, 0))
            .map_err(|e| io("connecting a netlink socket", e))?;
        Ok(Rtnl {
            sock,
            seq: 0,
            pending: Vec::new(),
        })
    }

    /// Queue-and-send one request; its acknowledgement is read by [`Rtnl::flush`].
    fn send(&mut self, msg: RouteNetlinkMessage, flags: u16, what: String) -> Result<()> {
        self.seq += 1;
        let mut header = NetlinkHeader::default();
        header.flags = NLM_F_REQUEST | NLM_F_ACK | flags;
        header.sequence_number = self.seq;
        let mut packet = NetlinkMessage::new(header, NetlinkPayload::InnerMessage(msg));
        packet.finalize();
        let mut buf = vec![0u8; packet.buffer_len()];
        packet.serialize(&mut buf);
        self.sock
            .send(&buf, 0)
            .map_err(|e| io(&format!("sending: {what}"), e))?;
        self.pending.push((self.seq, what));
        Ok(())
    }

    /// Read the acknowledgements of every request sent; the first refusal is the error.
    pub fn flush(&mut self) -> Result<()> {
        let mut first_err = None;
        while !self.pending.is_empty() {
            let mut buf = vec![0u8; 64 * 1024];
            let n = self
                .sock
                .recv(&mut &mut buf[..], 0)
                .map_err(|e| io("reading netlink answers", e))?;
            let mut off = 0;
            while off + 16 <= n {
                let len =
                    u32::from_ne_bytes(buf[off..off + 4].try_into().unwrap_or_default()) as usize;
                if len < 16 || off + len > n {
                    break;
                }
                let msg = NetlinkMessage::<RouteNetlinkMessage>::deserialize(&buf[off..off + len]);
                off += (len + 3) & !3;
                let Ok(msg) = msg else { continue };
                let seq = msg.header.sequence_number;
                if let NetlinkPayload::Error(e) = msg.payload
                    && let Some(i) = self.pending.iter().position(|(s, _)| *s == seq)
                {
                    let (_, what) = self.pending.remove(i);
                    if let Some(code) = e.code
                        && first_err.is_none()
                    {
                        first_err = Some(io(&what, std::io::Error::from_raw_os_error(-code.get())));
                    }
                }
            }
        }
        match first_err {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// The index of interface `name`, if it exists.
    pub fn link_index(&mut self, name: &str) -> Result<Option<u32>> {
        let mut msg = LinkMessage::default();
        msg.attributes.push(LinkAttribute::IfName(name.to_string()));
        self.seq += 1;
        let mut header = NetlinkHeader::default();
        header.flags = NLM_F_REQUEST;
        header.sequence_number = self.seq;
        let mut packet = NetlinkMessage::new(
            header,
            NetlinkPayload::InnerMessage(RouteNetlinkMessage::GetLink(msg)),
        );
        packet.finalize();
        let mut buf = vec![0u8; packet.buffer_len()];
        packet.serialize(&mut buf);
        self.sock
            .send(&buf, 0)
            .map_err(|e| io(&format!("looking up {name}"), e))?;
        let mut answer = vec![0u8; 64 * 1024];
        loop {
            let n = self
                .sock
                .recv(&mut &mut answer[..], 0)
                .map_err(|e| io(&format!("looking up {name}"), e))?;
            let Ok(msg) = NetlinkMessage::<RouteNetlinkMessage>::deserialize(&answer[..n]) else {
                continue;
            };
            if msg.header.sequence_number != self.seq {
                continue;
            }
            return match msg.payload {
                NetlinkPayload::InnerMessage(RouteNetlinkMessage::NewLink(l)) => {
                    Ok(Some(l.header.index))
                }
                NetlinkPayload::Error(e) if e.raw_code() == -libc::ENODEV => Ok(None),
                NetlinkPayload::Error(e) => Err(io(
                    &format!("looking up {name}"),
                    std::io::Error::from_raw_os_error(-e.raw_code()),
                )),
                _ => Ok(None),
            };
        }
    }

    /// Create bridge `name` (down; see [`Rtnl::set_up`]).
    pub fn add_bridge(&mut self, name: &str, mtu: Option<u32>) -> Result<()> {
        let mut msg = LinkMessage::default();
        msg.attributes.push(LinkAttribute::IfName(name.to_string()));
        if let Some(mtu) = mtu {
            msg.attributes.push(LinkAttribute::Mtu(mtu));
        }
        msg.attributes
            .push(LinkAttribute::LinkInfo(vec![LinkInfo::Kind(
                InfoKind::Bridge,
            )]));
        self.send(
            RouteNetlinkMessage::NewLink(msg),
            NLM_F_CREATE | NLM_F_EXCL,
            format!("creating bridge {name}"),
        )
    }

    pub fn del_link(&mut self, name: &str) -> Result<()> {
        let mut msg = LinkMessage::default();
        msg.attributes.push(LinkAttribute::IfName(name.to_string()));
        self.send(
            RouteNetlinkMessage::DelLink(msg),
            0,
            format!("deleting interface {name}"),
        )
    }

    pub fn set_up(&mut self, index: u32, what: &str) -> Result<()> {
        let mut msg = LinkMessage::default();
        msg.header.index = index;
        msg.header.flags = LinkFlags::Up;
        msg.header.change_mask = LinkFlags::Up;
        self.send(
            RouteNetlinkMessage::SetLink(msg),
            0,
            format!("bringing {what} up"),
        )
    }

    /// An address on interface `index`; an IPv6 one skips duplicate address detection
    /// (berth gives each address once), so it is usable at once, not seconds later.
    pub fn add_address(
        &mut self,
        index: u32,
        ip: impl Into<IpAddr>,
        prefix: u8,
        what: &str,
    ) -> Result<()> {
        let ip: IpAddr = ip.into();
        let mut msg = AddressMessage::default();
        msg.header.prefix_len = prefix;
        msg.header.index = index;
        match ip {
            IpAddr::V4(_) => {
                msg.header.family = AddressFamily::Inet;
                msg.attributes.push(AddressAttribute::Local(ip));
            }
            IpAddr::V6(_) => {
                msg.header.family = AddressFamily::Inet6;
                msg.attributes
                    .push(AddressAttribute::Flags(AddressFlags::Nodad));
            }
        }
        msg.attributes.push(AddressAttribute::Address(ip));
        self.send(
            RouteNetlinkMessage::NewAddress(msg),
            NLM_F_CREATE | NLM_F_EXCL,
            format!("adding {ip}/{prefix} to {what}"),
        )
    }

    pub fn add_default_route(&mut self, gateway: Ipv4Addr) -> Result<()> {
        self.default_route(
            AddressFamily::Inet,
            RouteAddress::Inet(gateway),
            gateway.into(),
        )
    }

    pub fn add_default_route6(&mut self, gateway: Ipv6Addr) -> Result<()> {
        self.default_route(
            AddressFamily::Inet6,
            RouteAddress::Inet6(gateway),
            gateway.into(),
        )
    }

    fn default_route(
        &mut self,
        family: AddressFamily,
        via: RouteAddress,
        gateway: IpAddr,
    ) -> Result<()> {
        let mut msg = RouteMessage::default();
        msg.header.address_family = family;
        msg.header.table = RouteHeader::RT_TABLE_MAIN;
        msg.header.protocol = RouteProtocol::Boot;
        msg.header.scope = RouteScope::Universe;
        msg.header.kind = RouteType::Unicast;
        msg.attributes.push(RouteAttribute::Gateway(via));
        self.send(
            RouteNetlinkMessage::NewRoute(msg),
            NLM_F_CREATE | NLM_F_EXCL,
            format!("adding the default route via {gateway}"),
        )
    }

    /// A veth pair: `name` joins bridge `master`, the peer is made as `peer_name` in the
    /// network namespace `netns` (with `mac`). Both are down: a veth end cannot be brought
    /// up before its peer is paired with it, which happens last in the kernel's creation.
    pub fn add_veth_into(
        &mut self,
        name: &str,
        master: u32,
        netns: &std::fs::File,
        peer_name: &str,
        mac: [u8; 6],
        mtu: Option<u32>,
    ) -> Result<()> {
        let mut peer = LinkMessage::default();
        peer.attributes
            .push(LinkAttribute::IfName(peer_name.to_string()));
        peer.attributes.push(LinkAttribute::Address(mac.to_vec()));
        peer.attributes
            .push(LinkAttribute::NetNsFd(netns.as_raw_fd()));
        let mut msg = LinkMessage::default();
        msg.attributes.push(LinkAttribute::IfName(name.to_string()));
        if let Some(mtu) = mtu {
            msg.attributes.push(LinkAttribute::Mtu(mtu));
            peer.attributes.push(LinkAttribute::Mtu(mtu));
        }
        msg.attributes.push(LinkAttribute::Controller(master));
        msg.attributes.push(LinkAttribute::LinkInfo(vec![
            LinkInfo::Kind(InfoKind::Veth),
            LinkInfo::Data(InfoData::Veth(InfoVeth::Peer(peer))),
        ]));
        self.send(
            RouteNetlinkMessage::NewLink(msg),
            NLM_F_CREATE | NLM_F_EXCL,
            format!("creating the interface {peer_name}"),
        )
    }

    /// A macvlan interface on host interface `parent` (bridge mode), made as `name` in the
    /// network namespace `netns`, up.
    pub fn add_macvlan_into(
        &mut self,
        parent: u32,
        netns: &std::fs::File,
        name: &str,
        mac: [u8; 6],
        mtu: Option<u32>,
    ) -> Result<()> {
        let mut msg = LinkMessage::default();
        msg.header.flags = LinkFlags::Up;
        msg.header.change_mask = LinkFlags::Up;
        msg.attributes.push(LinkAttribute::IfName(name.to_string()));
        msg.attributes.push(LinkAttribute::Link(parent));
        msg.attributes.push(LinkAttribute::Address(mac.to_vec()));
        msg.attributes
            .push(LinkAttribute::NetNsFd(netns.as_raw_fd()));
        if let Some(mtu) = mtu {
            msg.attributes.push(LinkAttribute::Mtu(mtu));
        }
        msg.attributes.push(LinkAttribute::LinkInfo(vec![
            LinkInfo::Kind(InfoKind::MacVlan),
            LinkInfo::Data(InfoData::MacVlan(vec![InfoMacVlan::Mode(
                MacVlanMode::Bridge,
            )])),
        ]));
        self.send(
            RouteNetlinkMessage::NewLink(msg),
            NLM_F_CREATE | NLM_F_EXCL,
            format!("creating the macvlan interface {name}"),
        )
    }
}
