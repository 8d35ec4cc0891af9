//! The firewall of one bridge network: one nf_tables table `ip berth-<bridge>` (and
//! `ip6 berth-<bridge>` for a dual-stack network), rebuilt whole in one transaction from
//! the network's facts and the ports its live containers publish. Dropping the tables
//! removes every rule berth made for the network.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use super::nft::{self, Batch, Expr, Hook};
use crate::spec::network::Protocol;

/// The facts of a network the rules are made from.
#[derive(Debug, Clone)]
pub struct NetRules<'a> {
    pub bridge: &'a str,
    pub subnet: Ipv4Addr,
    pub prefix: u8,
    /// Dual stack: the IPv6 subnet.
    pub subnet6: Option<(Ipv6Addr, u8)>,
    pub internal: bool,
}

/// One published port, with the container address it leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forward {
    pub host_ip: Option<IpAddr>,
    pub host_port: u16,
    pub protocol: Protocol,
    pub ip: Ipv4Addr,
    /// The container's IPv6 address on a dual-stack network.
    pub ip6: Option<Ipv6Addr>,
    pub port: u16,
}

pub fn table_name(bridge: &str) -> String {
    format!("berth-{bridge}")
}

/// Replace the network's table with rules for `forwards`, in one transaction.
pub fn apply(net: &NetRules, forwards: &[Forward]) -> std::io::Result<()> {
    let mut b = Batch::new();
    build(&mut b, net, forwards);
    b.commit()
}

/// Remove the network's tables, if there are any.
pub fn remove(bridge: &str) -> std::io::Result<()> {
    let mut b = Batch::new();
    b.drop_table(&table_name(bridge));
    b.family(nft::NFPROTO_IPV6);
    b.drop_table(&table_name(bridge));
    b.commit()
}

/// The table's contents: masquerade for outbound traffic (not on an internal network),
/// for hairpin connections and for published ports reached on 127.0.0.1; one DNAT rule
/// per published port in prerouting and output; an internal network's traffic kept on
/// its bridge.
pub fn build(b: &mut Batch, net: &NetRules, forwards: &[Forward]) {
    let t = table_name(net.bridge);
    let br = nft::ifname(net.bridge);
    b.drop_table(&t);
    masquerading_table(
        b,
        net,
        nft::ip_in(12, net.subnet, net.prefix, true),
        nft::ip_in(16, net.subnet, net.prefix, false),
    );
    // Published ports on 127.0.0.1 (route_localnet is on for the bridge).
    let mut r = nft::ip_in(12, Ipv4Addr::new(127, 0, 0, 0), 8, true);
    r.extend([
        Expr::Meta(nft::META_OIFNAME),
        Expr::Cmp {
            eq: true,
            data: br.clone(),
        },
        Expr::Masquerade,
    ]);
    b.add_rule(&t, "postrouting", &r);
    for f in forwards
        .iter()
        .filter(|f| !matches!(f.host_ip, Some(IpAddr::V6(_))))
    {
        let rule = dnat_rule(f);
        b.add_rule(&t, "prerouting", &rule);
        b.add_rule(&t, "output", &rule);
    }
    keep_on_bridge(b, &t, net);
    b.family(nft::NFPROTO_IPV6);
    b.drop_table(&t);
    if let Some(s6) = net.subnet6 {
        build6(b, net, s6, forwards);
    }
    b.family(nft::NFPROTO_IPV4);
}

/// The `ip6` table of a dual-stack network: as the `ip` one, without the loopback rule
/// (IPv6 has no route_localnet: a port published on [::1] is not reached).
fn build6(b: &mut Batch, net: &NetRules, (subnet, prefix): (Ipv6Addr, u8), forwards: &[Forward]) {
    let t = table_name(net.bridge);
    masquerading_table(
        b,
        net,
        nft::ip6_in(8, subnet, prefix, true),
        nft::ip6_in(24, subnet, prefix, false),
    );
    for f in forwards
        .iter()
        .filter(|f| !matches!(f.host_ip, Some(IpAddr::V4(_))))
    {
        let Some(ip6) = f.ip6 else { continue };
        let mut rule = port_match(f).to_vec();
        rule.extend(match f.host_ip {
            Some(IpAddr::V6(a)) if !a.is_unspecified() => nft::ip6_in(24, a, 128, true),
            _ => local_daddr(),
        });
        rule.extend(dnat_to(&ip6.octets(), f.port, nft::NFPROTO_IPV6));
        b.add_rule(&t, "prerouting", &rule);
        b.add_rule(&t, "output", &rule);
    }
    keep_on_bridge(b, &t, net);
}

/// The table of the batch's family with its base chains and the masquerade rules:
/// outbound (`from` the subnet and `outside` it; not on an internal network) and hairpin
/// (a container reaching a published port of its own network through a host address: the
/// answer must come back through the host to be un-NATed).
fn masquerading_table(b: &mut Batch, net: &NetRules, from: Vec<Expr>, outside: Vec<Expr>) {
    let t = table_name(net.bridge);
    b.add_table(&t);
    b.add_chain(&t, "postrouting", "nat", Hook::Postrouting, 100);
    b.add_chain(&t, "prerouting", "nat", Hook::Prerouting, -100);
    b.add_chain(&t, "output", "nat", Hook::Output, -100);
    b.add_chain(&t, "forward", "filter", Hook::Forward, 0);
    if !net.internal {
        let mut r = from.clone();
        r.extend(outside);
        r.push(Expr::Masquerade);
        b.add_rule(&t, "postrouting", &r);
    }
    let mut r = hairpin(&nft::ifname(net.bridge));
    r.extend(from);
    r.push(Expr::Masquerade);
    b.add_rule(&t, "postrouting", &r);
}

/// `ct status dnat oifname BRIDGE`: a connection DNATed back onto its own bridge.
fn hairpin(br: &[u8]) -> Vec<Expr> {
    vec![
        Expr::CtStatus,
        Expr::Mask(nft::IPS_DST_NAT.to_ne_bytes().to_vec()),
        Expr::Cmp {
            eq: false,
            data: vec![0; 4],
        },
        Expr::Meta(nft::META_OIFNAME),
        Expr::Cmp {
            eq: true,
            data: br.to_vec(),
        },
    ]
}

/// `fib daddr type local`.
fn local_daddr() -> Vec<Expr> {
    vec![
        Expr::FibDaddrType,
        Expr::Cmp {
            eq: true,
            data: nft::RTN_LOCAL.to_ne_bytes().to_vec(),
        },
    ]
}

/// `meta l4proto PROTO th dport PORT`.
fn port_match(f: &Forward) -> [Expr; 4] {
    [
        Expr::Meta(nft::META_L4PROTO),
        Expr::Cmp {
            eq: true,
            data: vec![f.protocol.number()],
        },
        Expr::Payload {
            base: nft::BASE_TRANSPORT,
            offset: 2,
            len: 2,
        },
        Expr::Cmp {
            eq: true,
            data: f.host_port.to_be_bytes().to_vec(),
        },
    ]
}

/// An internal network's traffic kept on its bridge.
fn keep_on_bridge(b: &mut Batch, t: &str, net: &NetRules) {
    let br = nft::ifname(net.bridge);
    if net.internal {
        for (ours, other) in [
            (nft::META_IIFNAME, nft::META_OIFNAME),
            (nft::META_OIFNAME, nft::META_IIFNAME),
        ] {
            b.add_rule(
                t,
                "forward",
                &[
                    Expr::Meta(ours),
                    Expr::Cmp {
                        eq: true,
                        data: br.clone(),
                    },
                    Expr::Meta(other),
                    Expr::Cmp {
                        eq: false,
                        data: br.clone(),
                    },
                    Expr::Drop,
                ],
            );
        }
    }
}

/// `PROTO dport HOST_PORT [ip daddr HOST_IP | fib daddr type local] dnat to IP:PORT`: the
/// port first, so a new connection costs a route lookup in the one rule of its port, not
/// in every rule.
fn dnat_rule(f: &Forward) -> Vec<Expr> {
    let mut r = port_match(f).to_vec();
    r.extend(match f.host_ip {
        Some(IpAddr::V4(a)) if !a.is_unspecified() => nft::ip_in(16, a, 32, true),
        _ => local_daddr(),
    });
    r.extend(dnat_to(&f.ip.octets(), f.port, nft::NFPROTO_IPV4));
    r
}

/// `dnat to ADDR:PORT` (`addr` of `family`).
fn dnat_to(addr: &[u8], port: u16, family: u8) -> [Expr; 3] {
    [
        Expr::Immediate {
            reg: 1,
            data: addr.to_vec(),
        },
        Expr::Immediate {
            reg: 2,
            data: port.to_be_bytes().to_vec(),
        },
        Expr::Dnat(family),
    ]
}
