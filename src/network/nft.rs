//! A small nf_tables netlink encoder: tables, base chains and rules built from the few
//! expressions berth's rules need, sent as one transaction (a batch the kernel applies
//! whole or not at all). No libnftnl and no `nft` binary.
//!
//! Numbers follow the kernel's uapi (linux/netfilter/nf_tables.h); attribute values are
//! big-endian, register contents are in the packet's byte order.

use std::net::{Ipv4Addr, Ipv6Addr};

use netlink_sys::{Socket, SocketAddr, protocols::NETLINK_NETFILTER};

const NFNL_SUBSYS_NFTABLES: u16 = 10;
const NFNL_MSG_BATCH_BEGIN: u16 = 0x10;
const NFNL_MSG_BATCH_END: u16 = 0x11;
const NFT_MSG_NEWTABLE: u16 = 0;
const NFT_MSG_GETTABLE: u16 = 1;
const NFT_MSG_DELTABLE: u16 = 2;
const NFT_MSG_NEWCHAIN: u16 = 3;
const NFT_MSG_NEWRULE: u16 = 6;
pub const NFPROTO_IPV4: u8 = 2;
pub const NFPROTO_IPV6: u8 = 10;

const NLM_F_REQUEST: u16 = 1;
const NLM_F_ACK: u16 = 4;
const NLM_F_CREATE: u16 = 0x400;
const NLM_F_APPEND: u16 = 0x800;
const NLA_F_NESTED: u16 = 0x8000;
const NLMSG_ERROR: u16 = 2;

/// Netfilter hooks.
#[derive(Debug, Clone, Copy)]
pub enum Hook {
    Prerouting = 0,
    Forward = 2,
    Output = 3,
    Postrouting = 4,
}

/// One expression of a rule.
#[derive(Debug, Clone)]
pub enum Expr {
    /// Load a meta key into register 1 (`META_IIFNAME` ...).
    Meta(u32),
    /// Load `len` bytes at `offset` of header `base` into register 1.
    Payload {
        base: u32,
        offset: u32,
        len: u32,
    },
    /// Register 1 = register 1 & mask (xor 0).
    Mask(Vec<u8>),
    /// Compare register 1 with `data`; `eq` or not.
    Cmp {
        eq: bool,
        data: Vec<u8>,
    },
    /// `fib daddr type` into register 1.
    FibDaddrType,
    /// `ct status` into register 1.
    CtStatus,
    /// Load `data` into register `reg`.
    Immediate {
        reg: u32,
        data: Vec<u8>,
    },
    /// Destination NAT to the address in register 1 and the port in register 2, of
    /// family `NFPROTO_IPV4` or `NFPROTO_IPV6`.
    Dnat(u8),
    Masquerade,
    Accept,
    Drop,
}

pub const META_L4PROTO: u32 = 16;
pub const META_IIFNAME: u32 = 6;
pub const META_OIFNAME: u32 = 7;
pub const BASE_NETWORK: u32 = 1;
pub const BASE_TRANSPORT: u32 = 2;
pub const RTN_LOCAL: u32 = 2;
pub const IPS_DST_NAT: u32 = 0x20;

/// An interface name as the meta ifname keys hold it: NUL-padded to IFNAMSIZ.
pub fn ifname(name: &str) -> Vec<u8> {
    let mut v = name.as_bytes().to_vec();
    v.resize(16, 0);
    v
}

/// `ip saddr|daddr ADDR/PREFIX` as expressions (`saddr`: offset 12, `daddr`: 16).
pub fn ip_in(offset: u32, net: Ipv4Addr, prefix: u8, eq: bool) -> Vec<Expr> {
    let mask = u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0);
    vec![
        Expr::Payload {
            base: BASE_NETWORK,
            offset,
            len: 4,
        },
        Expr::Mask(mask.to_be_bytes().to_vec()),
        Expr::Cmp {
            eq,
            data: (u32::from(net) & mask).to_be_bytes().to_vec(),
        },
    ]
}

/// `ip6 saddr|daddr ADDR/PREFIX` as expressions (`saddr`: offset 8, `daddr`: 24).
pub fn ip6_in(offset: u32, net: Ipv6Addr, prefix: u8, eq: bool) -> Vec<Expr> {
    let mask = super::config::mask6(prefix);
    vec![
        Expr::Payload {
            base: BASE_NETWORK,
            offset,
            len: 16,
        },
        Expr::Mask(mask.to_be_bytes().to_vec()),
        Expr::Cmp {
            eq,
            data: (u128::from(net) & mask).to_be_bytes().to_vec(),
        },
    ]
}

/// A transaction under construction.
#[derive(Default)]
pub struct Batch {
    buf: Vec<u8>,
    seq: u32,
    /// Messages that expect an acknowledgement.
    acks: usize,
    /// The family of the tables, chains and rules added next (`NFPROTO_IPV4` until
    /// [`Batch::family`] says otherwise).
    family: u8,
}

/// An attribute writer over a byte buffer: start/end nests, put values.
struct Attrs<'a> {
    buf: &'a mut Vec<u8>,
}

impl Attrs<'_> {
    fn put(&mut self, kind: u16, value: &[u8]) {
        let len = 4 + value.len();
        self.buf.extend_from_slice(&(len as u16).to_ne_bytes());
        self.buf.extend_from_slice(&kind.to_ne_bytes());
        self.buf.extend_from_slice(value);
        self.pad();
    }
    fn str(&mut self, kind: u16, s: &str) {
        let mut v = s.as_bytes().to_vec();
        v.push(0);
        self.put(kind, &v);
    }
    fn u32(&mut self, kind: u16, v: u32) {
        self.put(kind, &v.to_be_bytes());
    }
    fn pad(&mut self) {
        while !self.buf.len().is_multiple_of(4) {
            self.buf.push(0);
        }
    }
    fn begin(&mut self, kind: u16) -> usize {
        let at = self.buf.len();
        self.buf.extend_from_slice(&[0, 0]);
        self.buf
            .extend_from_slice(&(kind | NLA_F_NESTED).to_ne_bytes());
        at
    }
    fn end(&mut self, at: usize) {
        let len = (self.buf.len() - at) as u16;
        self.buf[at..at + 2].copy_from_slice(&len.to_ne_bytes());
    }
    /// `NFTA_DATA_VALUE` nested in `kind`.
    fn data(&mut self, kind: u16, value: &[u8]) {
        let n = self.begin(kind);
        self.put(1, value);
        self.end(n);
    }
}

impl Batch {
    pub fn new() -> Batch {
        let mut b = Batch {
            family: NFPROTO_IPV4,
            ..Batch::default()
        };
        b.message(NFNL_MSG_BATCH_BEGIN, 0, 0, NFNL_SUBSYS_NFTABLES, |_| {});
        b
    }

    /// Add the next objects in tables of `family` (`ip` or `ip6`).
    pub fn family(&mut self, family: u8) {
        self.family = family;
    }

    /// Append one netlink message: header, nfgenmsg, attributes from `f`.
    fn message(
        &mut self,
        kind: u16,
        flags: u16,
        family: u8,
        res_id: u16,
        f: impl FnOnce(&mut Attrs),
    ) {
        self.seq += 1;
        let at = self.buf.len();
        self.buf.extend_from_slice(&[0; 4]);
        self.buf.extend_from_slice(&kind.to_ne_bytes());
        self.buf
            .extend_from_slice(&(NLM_F_REQUEST | flags).to_ne_bytes());
        self.buf.extend_from_slice(&self.seq.to_ne_bytes());
        self.buf.extend_from_slice(&0u32.to_ne_bytes());
        self.buf.extend_from_slice(&[family, 0]);
        self.buf.extend_from_slice(&res_id.to_be_bytes());
        f(&mut Attrs { buf: &mut self.buf });
        let len = (self.buf.len() - at) as u32;
        self.buf[at..at + 4].copy_from_slice(&len.to_ne_bytes());
        if flags & NLM_F_ACK != 0 {
            self.acks += 1;
        }
    }

    fn nft(&mut self, msg: u16, flags: u16, f: impl FnOnce(&mut Attrs)) {
        let kind = (NFNL_SUBSYS_NFTABLES << 8) | msg;
        self.message(kind, flags | NLM_F_ACK, self.family, 0, f);
    }

    pub fn add_table(&mut self, table: &str) {
        self.nft(NFT_MSG_NEWTABLE, NLM_F_CREATE, |a| a.str(1, table));
    }

    pub fn del_table(&mut self, table: &str) {
        self.nft(NFT_MSG_DELTABLE, 0, |a| a.str(1, table));
    }

    /// Delete `table` whether or not it exists: add it (a no-op if it does), then delete.
    pub fn drop_table(&mut self, table: &str) {
        self.add_table(table);
        self.del_table(table);
    }

    /// A base chain: `kind` "nat" or "filter", policy accept.
    pub fn add_chain(&mut self, table: &str, chain: &str, kind: &str, hook: Hook, prio: i32) {
        self.nft(NFT_MSG_NEWCHAIN, NLM_F_CREATE, |a| {
            a.str(1, table);
            a.str(3, chain);
            let h = a.begin(4);
            a.u32(1, hook as u32);
            a.u32(2, prio as u32);
            a.end(h);
            a.u32(5, 1);
            a.str(7, kind);
        });
    }

    pub fn add_rule(&mut self, table: &str, chain: &str, exprs: &[Expr]) {
        self.nft(NFT_MSG_NEWRULE, NLM_F_CREATE | NLM_F_APPEND, |a| {
            a.str(1, table);
            a.str(2, chain);
            let list = a.begin(4);
            for e in exprs {
                let elem = a.begin(1);
                encode(a, e);
                a.end(elem);
            }
            a.end(list);
        });
    }

    /// Close the batch and apply it; the first refusal is the error.
    pub fn commit(mut self) -> std::io::Result<()> {
        self.message(NFNL_MSG_BATCH_END, 0, 0, NFNL_SUBSYS_NFTABLES, |_| {});
        let sock = socket()?;
        sock.send(&self.buf, 0)?;
        read_acks(&sock, self.acks)
    }
}

fn encode(a: &mut Attrs, e: &Expr) {
    let expr = |a: &mut Attrs, name: &str, f: &dyn Fn(&mut Attrs)| {
        a.str(1, name);
        let d = a.begin(2);
        f(a);
        a.end(d);
    };
    const REG1: u32 = 1;
    const REG2: u32 = 2;
    match e {
        Expr::Meta(key) => expr(a, "meta", &|a| {
            a.u32(1, REG1);
            a.u32(2, *key);
        }),
        Expr::Payload { base, offset, len } => expr(a, "payload", &|a| {
            a.u32(1, REG1);
            a.u32(2, *base);
            a.u32(3, *offset);
            a.u32(4, *len);
        }),
        Expr::Mask(mask) => expr(a, "bitwise", &|a| {
            a.u32(1, REG1);
            a.u32(2, REG1);
            a.u32(3, mask.len() as u32);
            a.data(4, mask);
            a.data(5, &vec![0; mask.len()]);
        }),
        Expr::Cmp { eq, data } => expr(a, "cmp", &|a| {
            a.u32(1, REG1);
            a.u32(2, if *eq { 0 } else { 1 });
            a.data(3, data);
        }),
        Expr::FibDaddrType => expr(a, "fib", &|a| {
            a.u32(1, REG1);
            // NFT_FIB_RESULT_ADDRTYPE, NFTA_FIB_F_DADDR
            a.u32(2, 3);
            a.u32(3, 2);
        }),
        Expr::CtStatus => expr(a, "ct", &|a| {
            a.u32(1, REG1);
            a.u32(2, 2);
        }),
        Expr::Immediate { reg, data } => expr(a, "immediate", &|a| {
            a.u32(1, *reg);
            a.data(2, data);
        }),
        Expr::Dnat(family) => expr(a, "nat", &|a| {
            a.u32(1, 1); // NFT_NAT_DNAT
            a.u32(2, u32::from(*family));
            a.u32(3, REG1);
            a.u32(5, REG2);
        }),
        Expr::Masquerade => expr(a, "masq", &|_| {}),
        Expr::Accept | Expr::Drop => expr(a, "immediate", &|a| {
            a.u32(1, 0); // NFT_REG_VERDICT
            let d = a.begin(2);
            let v = a.begin(2); // NFTA_DATA_VERDICT
            a.u32(1, if matches!(e, Expr::Accept) { 1 } else { 0 });
            a.end(v);
            a.end(d);
        }),
    }
}

fn socket() -> std::io::Result<Socket> {
    let mut sock = Socket::new(NETLINK_NETFILTER)?;
    sock.bind_auto()?;
    sock.connect(&SocketAddr::new(0, 0))?;
    Ok(sock)
}

/// The error codes of the NLMSG_ERROR messages in one datagram (0 for an acknowledgement).
fn error_codes(buf: &[u8]) -> Vec<i32> {
    let mut out = Vec::new();
    let mut off = 0;
    while off + 20 <= buf.len() {
        let len = u32::from_ne_bytes(buf[off..off + 4].try_into().unwrap_or_default()) as usize;
        let kind = u16::from_ne_bytes([buf[off + 4], buf[off + 5]]);
        if len < 16 || off + len > buf.len() {
            break;
        }
        if kind == NLMSG_ERROR {
            out.push(i32::from_ne_bytes(
                buf[off + 16..off + 20].try_into().unwrap_or_default(),
            ));
        }
        off += (len + 3) & !3;
    }
    out
}

/// Read `n` acknowledgements; the first refusal is the error.
fn read_acks(sock: &Socket, mut n: usize) -> std::io::Result<()> {
    let mut buf = vec![0u8; 64 * 1024];
    while n > 0 {
        let got = sock.recv(&mut &mut buf[..], 0)?;
        for code in error_codes(&buf[..got]) {
            if code != 0 {
                // The rest of an aborted batch may not all be answered.
                return Err(std::io::Error::from_raw_os_error(-code));
            }
            n = n.saturating_sub(1);
        }
    }
    Ok(())
}

/// Whether table `name` of `family` exists.
pub fn table_exists(name: &str, family: u8) -> std::io::Result<bool> {
    let mut b = Batch::default();
    b.message(
        (NFNL_SUBSYS_NFTABLES << 8) | NFT_MSG_GETTABLE,
        NLM_F_ACK,
        family,
        0,
        |a| a.str(1, name),
    );
    let sock = socket()?;
    sock.send(&b.buf, 0)?;
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        let got = sock.recv(&mut &mut buf[..], 0)?;
        if let Some(code) = error_codes(&buf[..got]).first() {
            return match *code {
                0 => Ok(true),
                c if -c == libc::ENOENT => Ok(false),
                c => Err(std::io::Error::from_raw_os_error(-c)),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_framed_and_aligned() {
        let mut b = Batch::new();
        b.drop_table("berth-t");
        b.add_table("berth-t");
        b.add_chain("berth-t", "post", "nat", Hook::Postrouting, 100);
        let mut rule = ip_in(12, Ipv4Addr::new(10, 88, 0, 0), 16, true);
        rule.push(Expr::Masquerade);
        b.add_rule("berth-t", "post", &rule);
        assert_eq!(b.acks, 5);
        // Walk the messages: every length lands on the next header.
        let mut off = 0;
        let mut count = 0;
        while off < b.buf.len() {
            let len = u32::from_ne_bytes(b.buf[off..off + 4].try_into().unwrap()) as usize;
            assert!(len >= 20 && len.is_multiple_of(4), "length {len}");
            off += len;
            count += 1;
        }
        assert_eq!(off, b.buf.len());
        assert_eq!(count, 6);
    }

    #[test]
    fn subnet_match_masks_the_host_part() {
        let e = ip_in(12, Ipv4Addr::new(10, 88, 3, 4), 16, true);
        let Expr::Cmp { data, .. } = &e[2] else {
            panic!()
        };
        assert_eq!(data, &vec![10, 88, 0, 0]);
        assert_eq!(ifname("berth0").len(), 16);
    }
}
