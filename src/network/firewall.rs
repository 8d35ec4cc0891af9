//! The firewall of one bridge network: one nf_tables table `ip berth-<bridge>`, rebuilt
//! whole in one transaction from the network's facts and the ports its live containers
//! publish. Dropping the table removes every rule berth made for the network.

use std::net::{IpAddr, Ipv4Addr};

use super::nft::{self, Batch, Expr, Hook};
use crate::spec::network::Protocol;

/// The facts of a network the rules are made from.
#[derive(Debug, Clone)]
pub struct NetRules<'a> {
    pub bridge: &'a str,
    pub subnet: Ipv4Addr,
    pub prefix: u8,
    pub internal: bool,
}

/// One published port, with the container address it leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forward {
    pub host_ip: Option<IpAddr>,
    pub host_port: u16,
    pub protocol: Protocol,
    pub ip: Ipv4Addr,
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

/// Remove the network's table, if there is one.
pub fn remove(bridge: &str) -> std::io::Result<()> {
    let mut b = Batch::new();
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
    b.add_table(&t);
    b.add_chain(&t, "postrouting", "nat", Hook::Postrouting, 100);
    b.add_chain(&t, "prerouting", "nat", Hook::Prerouting, -100);
    b.add_chain(&t, "output", "nat", Hook::Output, -100);
    b.add_chain(&t, "forward", "filter", Hook::Forward, 0);
    let from_net = || nft::ip_in(12, net.subnet, net.prefix, true);
    if !net.internal {
        // Outbound: from the subnet to anywhere else.
        let mut r = from_net();
        r.extend(nft::ip_in(16, net.subnet, net.prefix, false));
        r.push(Expr::Masquerade);
        b.add_rule(&t, "postrouting", &r);
    }
    // Hairpin: a container reaching a published port of its own network through a host
    // address; the answer must come back through the host to be un-NATed.
    let mut r = vec![
        Expr::CtStatus,
        Expr::Mask(nft::IPS_DST_NAT.to_ne_bytes().to_vec()),
        Expr::Cmp {
            eq: false,
            data: vec![0; 4],
        },
        Expr::Meta(nft::META_OIFNAME),
        Expr::Cmp {
            eq: true,
            data: br.clone(),
        },
    ];
    r.extend(from_net());
    r.push(Expr::Masquerade);
    b.add_rule(&t, "postrouting", &r);
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
    for f in forwards {
        let rule = dnat_rule(f);
        b.add_rule(&t, "prerouting", &rule);
        b.add_rule(&t, "output", &rule);
    }
    if net.internal {
        for (ours, other) in [
            (nft::META_IIFNAME, nft::META_OIFNAME),
            (nft::META_OIFNAME, nft::META_IIFNAME),
        ] {
            b.add_rule(
                &t,
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

/// `[ip daddr HOST_IP | fib daddr type local] PROTO dport HOST_PORT dnat to IP:PORT`.
fn dnat_rule(f: &Forward) -> Vec<Expr> {
    let mut r = match f.host_ip {
        Some(IpAddr::V4(a)) if !a.is_unspecified() => nft::ip_in(16, a, 32, true),
        _ => vec![
            Expr::FibDaddrType,
            Expr::Cmp {
                eq: true,
                data: nft::RTN_LOCAL.to_ne_bytes().to_vec(),
            },
        ],
    };
    r.extend([
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
        Expr::Immediate {
            reg: 1,
            data: f.ip.octets().to_vec(),
        },
        Expr::Immediate {
            reg: 2,
            data: f.port.to_be_bytes().to_vec(),
        },
        Expr::Dnat,
    ]);
    r
}
