//! Attaching a container to its networks and letting go of them. Setup and teardown are
//! driven by the state record alone, so a crashed owner's leftovers are removed by
//! whoever takes the lock next.
//!
//! The start path: [`reserve`] (before the clone: addresses, ports, the bridge and its
//! table when missing), [`plumb`] (after the clone, in berth: one veth per network, its
//! inner end made directly in the container's namespace), [`configure_inside`] (in the
//! container init: addresses and the default route), [`started`] (the init's pid, for
//! /etc/hosts updates). [`release`] when the container has exited.

use std::collections::BTreeSet;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::Path;

use anyhow::{Context as _, bail};

use super::config::{Network, in_net, in_net6, mask, mask6};
use super::firewall::{self, Forward, NetRules};
use super::hosts;
use super::netlink::Rtnl;
use super::state::{self, Attached, Lease, Proc, State};
use crate::spec::network::{Endpoint, NetworkOpts, PortMapping, Protocol};

/// What a container asks of its networks.
pub struct Request<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub hostname: &'a str,
    pub opts: &'a NetworkOpts,
    /// `--no-hosts`: the container keeps its image's /etc/hosts.
    pub no_hosts: bool,
    /// Each network with the endpoint options for it, in order.
    pub networks: Vec<(Network, Endpoint)>,
    /// Rootless: the networks are the user-mode stack's, with nothing on the host (no
    /// bridge, no firewall table; published ports are the monitor's own).
    pub usermode: bool,
}

/// One interface to make for the container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkPlan {
    pub macvlan: bool,
    /// The host interface: the bridge to join, or macvlan's parent.
    pub host_interface: String,
    pub ifname: String,
    pub ip: Ipv4Addr,
    pub prefix: u8,
    /// The first network's gateway: the default route.
    pub gateway: Option<Ipv4Addr>,
    /// Dual-stack networks: the IPv6 address and prefix, and (first network) the gateway
    /// of the IPv6 default route.
    pub ip6: Option<(Ipv6Addr, u8)>,
    pub gateway6: Option<Ipv6Addr>,
    pub mac: [u8; 6],
    pub mtu: Option<u32>,
}

/// The container's share of its networks, reserved before it is cloned.
#[derive(Debug, Clone)]
pub struct Reservation {
    pub links: Vec<LinkPlan>,
    /// The container's /etc/hosts; `None`: the image's is kept (--no-hosts).
    pub hosts: Option<String>,
    /// The address of each linked container (`--link`), by link alias.
    pub linked: Vec<(String, Ipv4Addr)>,
}

/// Reserve addresses and ports for the container, bring its networks up where needed,
/// and make its published ports' rules. Under the network lock; stale entries are swept.
pub fn reserve(dir: &Path, req: &Request) -> anyhow::Result<Reservation> {
    let mut locked = state::lock(dir)?;
    let swept = locked.state.sweep();
    // A start of a container with an entry left (its owner died) replaces it.
    let replaced: Vec<(String, Attached)> = (locked.state.containers.remove(req.id))
        .map(|a| (req.id.to_string(), a))
        .into_iter()
        .collect();
    let mut rtnl = None;
    let mut leases = Vec::new();
    for (i, (net, ep)) in req.networks.iter().enumerate() {
        let ip = allocate(&locked.state, &leases, net, ep.ip)?;
        let ip6 = allocate6(&locked.state, &leases, net)?;
        let mac = match &ep.mac {
            Some(m) => parse_mac(m)?,
            None => derived_mac(ip),
        };
        if net.driver == "bridge" && !req.usermode {
            let r = match &mut rtnl {
                Some(r) => r,
                None => rtnl.insert(Rtnl::open()?),
            };
            ensure_bridge(r, net, &locked.state)?;
        }
        leases.push(Lease {
            mac: format_mac(mac),
            aliases: ep.aliases.clone(),
            ifname: format!("eth{i}"),
            ip6,
            ..lease_on(net, ip)
        });
    }
    let ports = match leases.first() {
        Some(_) if !req.usermode => resolve_ports(&locked.state, req.opts)?,
        _ => Vec::new(),
    };
    let mut linked = Vec::new();
    for link in &req.opts.links {
        let peer = locked.state.containers.get(&link.id).with_context(|| {
            format!("linked container {} is not running on a network", link.name)
        })?;
        let ip = peer
            .leases
            .first()
            .map(|l| l.ip)
            .with_context(|| format!("linked container {} has no address", link.name))?;
        linked.push((link.alias.clone(), ip));
    }
    let mut att = Attached {
        name: req.name.to_string(),
        hostname: req.hostname.to_string(),
        domainname: req.opts.domainname.clone(),
        owner: Proc::me(),
        init: None,
        leases,
        ports,
        hosts_head: None,
        newer: Default::default(),
    };
    if !req.no_hosts {
        let mut extra = Vec::new();
        for (name, ip) in &req.opts.extra_hosts {
            let ip = match ip.as_str() {
                "host-gateway" => match att.leases.first() {
                    Some(l) => l.gateway.to_string(),
                    None => bail!("--add-host {name}:host-gateway needs a bridge network"),
                },
                other => other.to_string(),
            };
            extra.push((name.clone(), ip));
        }
        for (link, (alias, ip)) in req.opts.links.iter().zip(&linked) {
            let names = match alias == &link.name {
                true => link.name.clone(),
                false => format!("{alias} {}", link.name),
            };
            extra.push((
                format!("{names} {}", &link.id[..12.min(link.id.len())]),
                ip.to_string(),
            ));
        }
        att.hosts_head = Some(hosts::head(&att, &extra));
    }
    let links = plans(&att, req);
    let has_ports = !att.ports.is_empty();
    locked.state.containers.insert(req.id.to_string(), att);
    let mut changed: Vec<(String, Attached)> = swept;
    changed.extend(replaced);
    let result = (|| {
        rebuild_tables(&locked.state, &changed, has_ports.then_some(req.id))?;
        locked.save()
    })();
    if let Err(e) = result {
        locked.state.containers.remove(req.id);
        let _ = rebuild_tables(&locked.state, &changed, None);
        let _ = locked.save();
        return Err(e);
    }
    let me = &locked.state.containers[req.id];
    let mut peers = hosts::peers_of(&locked.state, me, req.id);
    for (id, gone) in &changed {
        peers.extend(hosts::peers_of(&locked.state, gone, id));
    }
    peers.sort();
    peers.dedup();
    hosts::refresh(&locked.state, &peers);
    Ok(Reservation {
        links,
        hosts: hosts::render(&locked.state, req.id),
        linked,
    })
}

/// A lease of `ip` on `net`, without interface facts yet (or none: a network's own rules
/// are made from a lease of its gateway).
fn lease_on(net: &Network, ip: Ipv4Addr) -> Lease {
    Lease {
        network: net.name.clone(),
        network_id: net.id.clone(),
        driver: net.driver.clone(),
        interface: net.interface.clone(),
        subnet: net.subnet,
        prefix: net.prefix,
        gateway: net.gateway,
        internal: net.internal,
        dns: net.dns,
        ip,
        mac: String::new(),
        aliases: Vec::new(),
        ifname: String::new(),
        host_veth: String::new(),
        ip6: None,
        subnet6: net.subnet6,
        gateway6: net.gateway6,
        newer: Default::default(),
    }
}

fn plans(att: &Attached, req: &Request) -> Vec<LinkPlan> {
    (att.leases.iter().zip(&req.networks))
        .enumerate()
        .map(|(i, (l, (net, _)))| LinkPlan {
            macvlan: l.driver == "macvlan",
            host_interface: l.interface.clone(),
            ifname: l.ifname.clone(),
            ip: l.ip,
            prefix: l.prefix,
            gateway: (i == 0 && !l.internal).then_some(l.gateway),
            ip6: l.ip6.zip(l.subnet6.map(|s| s.1)),
            gateway6: (i == 0 && !l.internal).then_some(l.gateway6).flatten(),
            mac: parse_mac(&l.mac).unwrap_or_default(),
            mtu: net.mtu,
        })
        .collect()
}

/// Rebuild the firewall table of every bridge network touched: those of the `changed`
/// (removed) entries that had published ports, and `added`'s first network.
fn rebuild_tables(
    state: &State,
    changed: &[(String, Attached)],
    added: Option<&str>,
) -> anyhow::Result<()> {
    let mut bridges: Vec<&Lease> = Vec::new();
    for (_, a) in changed.iter().filter(|(_, a)| !a.ports.is_empty()) {
        bridges.extend(a.leases.first());
    }
    if let Some(id) = added {
        bridges.extend(state.containers.get(id).and_then(|a| a.leases.first()));
    }
    let mut done = BTreeSet::new();
    for l in bridges {
        if l.driver == "bridge" && done.insert(l.interface.clone()) {
            apply_table(state, l)?;
        }
    }
    Ok(())
}

fn rules_of(l: &Lease) -> NetRules<'_> {
    NetRules {
        bridge: &l.interface,
        subnet: l.subnet,
        prefix: l.prefix,
        subnet6: l.subnet6,
        internal: l.internal,
    }
}

/// The network's table from the live containers' published ports.
fn apply_table(state: &State, l: &Lease) -> anyhow::Result<()> {
    match firewall::apply(&rules_of(l), &forwards(state, &l.interface)) {
        // No nf_tables (or no NAT in it): the kernel refuses the table or an expression.
        Err(e)
            if [libc::EOPNOTSUPP, libc::EPROTONOSUPPORT]
                .contains(&e.raw_os_error().unwrap_or(0)) =>
        {
            bail!(
                "writing the firewall rules of {}: {e} (this kernel has no nf_tables NAT: use --network none or host)",
                l.interface
            )
        }
        r => r.with_context(|| format!("writing the firewall rules of {}", l.interface)),
    }
}

fn forwards(state: &State, interface: &str) -> Vec<Forward> {
    let mut out = Vec::new();
    for a in state.containers.values() {
        let Some(first) = a.leases.first().filter(|l| l.interface == interface) else {
            continue;
        };
        out.extend(a.ports.iter().map(|p| Forward {
            host_ip: p.host_ip,
            host_port: p.host_port,
            protocol: p.protocol,
            ip: first.ip,
            ip6: first.ip6,
            port: p.container_port,
        }));
    }
    out
}

/// Make the network's bridge when it is missing: address, up, forwarding on, and its
/// firewall table.
fn ensure_bridge(rtnl: &mut Rtnl, net: &Network, state: &State) -> anyhow::Result<()> {
    if rtnl.link_index(&net.interface)?.is_some() {
        return Ok(());
    }
    rtnl.add_bridge(&net.interface, net.mtu)?;
    match rtnl.flush() {
        Err(e) if e.errno() == Some(libc::EEXIST) => return Ok(()),
        Err(e) if e.errno() == Some(libc::EOPNOTSUPP) => {
            bail!("{e} (this kernel has no bridge support: use --network none or host)")
        }
        other => other?,
    }
    let index = rtnl
        .link_index(&net.interface)?
        .with_context(|| format!("bridge {} vanished", net.interface))?;
    rtnl.add_address(index, net.gateway, net.prefix, &net.interface)?;
    if let (Some(g6), Some((_, p6))) = (net.gateway6, net.subnet6) {
        rtnl.add_address(index, g6, p6, &net.interface)?;
    }
    rtnl.set_up(index, &net.interface)?;
    rtnl.flush()?;
    set_sysctl(
        &format!("net/ipv4/conf/{}/route_localnet", net.interface),
        "1",
    )?;
    if !net.internal {
        enable_forwarding()?;
        if net.subnet6.is_some() {
            enable_forwarding6()?;
        }
    }
    apply_table(state, &lease_on(net, net.gateway))
}

/// Whether the host forwards IPv4 (`info`).
pub fn forwarding_on() -> bool {
    let now = std::fs::read_to_string("/proc/sys/net/ipv4/ip_forward").unwrap_or_default();
    now.trim() == "1"
}

/// Turn IPv4 forwarding on when it is off (`info` shows it).
pub fn enable_forwarding() -> anyhow::Result<()> {
    if !forwarding_on() {
        log::info!("enabling net.ipv4.ip_forward for container networks");
        set_sysctl("net/ipv4/ip_forward", "1")?;
    }
    Ok(())
}

/// Turn IPv6 forwarding on when it is off (a dual-stack network is made). The host then
/// ignores router advertisements on interfaces whose accept_ra is 1, as with any router.
pub fn enable_forwarding6() -> anyhow::Result<()> {
    let key = "net/ipv6/conf/all/forwarding";
    let now = std::fs::read_to_string(format!("/proc/sys/{key}")).unwrap_or_default();
    if now.trim() != "1" {
        log::info!("enabling net.ipv6.conf.all.forwarding for dual-stack container networks");
        set_sysctl(key, "1")?;
    }
    Ok(())
}

fn set_sysctl(key: &str, value: &str) -> anyhow::Result<()> {
    let path = format!("/proc/sys/{key}");
    super::write_file(Path::new(&path), value.as_bytes())
}

/// A free address on `net`: the one asked for, or the lowest unused in its range.
fn allocate(
    state: &State,
    pending: &[Lease],
    net: &Network,
    want: Option<Ipv4Addr>,
) -> anyhow::Result<Ipv4Addr> {
    let used: BTreeSet<Ipv4Addr> = state
        .used(&net.interface)
        .chain(
            pending
                .iter()
                .filter(|l| l.interface == net.interface)
                .map(|l| l.ip),
        )
        .collect();
    let (base, prefix) = net.ip_range.unwrap_or((net.subnet, net.prefix));
    let first = u32::from(base) & mask(prefix);
    let last = first | !mask(prefix);
    let net_first = u32::from(net.subnet);
    let net_last = net_first | !mask(net.prefix);
    let usable = |a: u32| {
        a > net_first
            && a < net_last
            && a != u32::from(net.gateway)
            && in_net(Ipv4Addr::from(a), net.subnet, net.prefix)
    };
    if let Some(ip) = want {
        if !usable(u32::from(ip)) {
            bail!(
                "address {ip} is not usable on network {} ({}/{})",
                net.name,
                net.subnet,
                net.prefix
            );
        }
        if used.contains(&ip) {
            bail!("address {ip} is already in use on network {}", net.name);
        }
        return Ok(ip);
    }
    (first..=last)
        .find(|a| usable(*a) && !used.contains(&Ipv4Addr::from(*a)))
        .map(Ipv4Addr::from)
        .with_context(|| format!("network {} has no free address left", net.name))
}

/// The lowest free IPv6 address on a dual-stack `net` (none on an IPv4 one).
fn allocate6(state: &State, pending: &[Lease], net: &Network) -> anyhow::Result<Option<Ipv6Addr>> {
    let (Some((base, prefix)), Some(gw)) = (net.subnet6, net.gateway6) else {
        return Ok(None);
    };
    let used: BTreeSet<Ipv6Addr> = (state.used6(&net.interface))
        .chain(
            (pending.iter())
                .filter(|l| l.interface == net.interface)
                .filter_map(|l| l.ip6),
        )
        .collect();
    let first = u128::from(base) & mask6(prefix);
    let last = first | !mask6(prefix);
    // At most as many tries as addresses in use, plus the gateway and the subnet's own.
    (first + 1..last)
        .take(used.len() + 2)
        .map(Ipv6Addr::from)
        .find(|a| *a != gw && !used.contains(a) && in_net6(*a, base, prefix))
        .map(Some)
        .with_context(|| format!("network {} has no free IPv6 address left", net.name))
}

/// Host ports: the ones asked for, checked free (by berth's other containers and by a
/// bind on the host), and a free one for each `-P` exposed port or `-p CTRPORT`.
fn resolve_ports(state: &State, opts: &NetworkOpts) -> anyhow::Result<Vec<PortMapping>> {
    let mut out: Vec<PortMapping> = opts.ports.clone();
    if opts.publish_all {
        for e in &opts.exposed {
            let dup = out
                .iter()
                .any(|p| p.container_port == e.port && p.protocol == e.protocol);
            if !dup {
                out.push(PortMapping {
                    host_ip: None,
                    host_port: 0,
                    container_port: e.port,
                    protocol: e.protocol,
                });
            }
        }
    }
    let taken: Vec<PortMapping> = state.host_ports().copied().collect();
    let clash = |p: &PortMapping, q: &PortMapping| {
        p.protocol == q.protocol
            && p.host_port == q.host_port
            && (p.host_ip.is_none() || q.host_ip.is_none() || p.host_ip == q.host_ip)
    };
    for i in 0..out.len() {
        let p = out[i];
        if p.host_port == 0 {
            out[i].host_port = free_port(p.host_ip, p.protocol, |port| {
                let c = PortMapping {
                    host_port: port,
                    ..p
                };
                taken.iter().chain(&out[..i]).any(|q| clash(&c, q))
            })?;
            continue;
        }
        let shown = || {
            let ip = p.host_ip.map_or("0.0.0.0".to_string(), |a| a.to_string());
            format!("{ip}:{}/{}", p.host_port, p.protocol.as_str())
        };
        if taken.iter().chain(&out[..i]).any(|q| clash(&p, q)) {
            bail!("bind for {} failed: port is already allocated", shown());
        }
        if let Err(e) = try_bind(p.host_ip, p.host_port, p.protocol) {
            bail!("bind for {} failed: {e}", shown());
        }
    }
    Ok(out)
}

/// A port the kernel gives as free, not clashing with berth's own.
fn free_port(
    ip: Option<IpAddr>,
    proto: Protocol,
    clashes: impl Fn(u16) -> bool,
) -> anyhow::Result<u16> {
    for _ in 0..64 {
        let port = try_bind(ip, 0, proto).context("finding a free host port")?;
        if !clashes(port) {
            return Ok(port);
        }
    }
    bail!("no free host port found")
}

/// Bind a socket of `proto` on the host address and port, and let go; the bound port.
fn try_bind(ip: Option<IpAddr>, port: u16, proto: Protocol) -> std::io::Result<u16> {
    let addr = std::net::SocketAddr::new(ip.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED)), port);
    match proto {
        Protocol::Udp => std::net::UdpSocket::bind(addr)?
            .local_addr()
            .map(|a| a.port()),
        // SCTP is checked as TCP: no SCTP socket is needed for the rule.
        Protocol::Tcp | Protocol::Sctp => std::net::TcpListener::bind(addr)?
            .local_addr()
            .map(|a| a.port()),
    }
}

/// After the clone: make each interface, its inner end directly in the container's
/// network namespace (of process `pid`).
pub fn plumb(pid: i32, links: &[LinkPlan]) -> anyhow::Result<()> {
    plumb_named(pid, links).map(drop)
}

/// [`plumb`], giving back the host end of each veth (empty for macvlan).
fn plumb_named(pid: i32, links: &[LinkPlan]) -> anyhow::Result<Vec<String>> {
    if links.is_empty() {
        return Ok(Vec::new());
    }
    let netns = std::fs::File::open(format!("/proc/{pid}/ns/net"))
        .context("opening the container's network namespace")?;
    let mut rtnl = Rtnl::open()?;
    let mut veths = Vec::new();
    let mut names = Vec::new();
    for l in links {
        let parent = rtnl
            .link_index(&l.host_interface)?
            .with_context(|| format!("interface {} not found", l.host_interface))?;
        match l.macvlan {
            true => {
                rtnl.add_macvlan_into(parent, &netns, &l.ifname, l.mac, l.mtu)?;
                names.push(String::new());
            }
            false => {
                let name = host_veth_name()?;
                rtnl.add_veth_into(&name, parent, &netns, &l.ifname, l.mac, l.mtu)?;
                names.push(name.clone());
                veths.push(name);
            }
        }
    }
    rtnl.flush()?;
    for name in &veths {
        let index = rtnl
            .link_index(name)?
            .with_context(|| format!("interface {name} vanished"))?;
        rtnl.set_up(index, name)?;
    }
    rtnl.flush()?;
    Ok(names)
}

/// A fresh name for the host end of a veth: `vb` and 8 random hex digits (the end of a
/// previous run of the same container may still exist while its namespace is freed).
fn host_veth_name() -> anyhow::Result<String> {
    let mut buf = [0u8; 4];
    rustix::rand::getrandom(&mut buf, rustix::rand::GetRandomFlags::empty())
        .context("reading random bytes")?;
    Ok(format!("vb{}", hex::encode(buf)))
}

/// In the container's network namespace: addresses on its interfaces and the default
/// route.
pub fn configure_inside(links: &[LinkPlan]) -> anyhow::Result<()> {
    let mut rtnl = Rtnl::open()?;
    for l in links {
        let index = rtnl
            .link_index(&l.ifname)?
            .with_context(|| format!("interface {} not found", l.ifname))?;
        rtnl.add_address(index, l.ip, l.prefix, &l.ifname)?;
        if let Some((ip6, p6)) = l.ip6 {
            rtnl.add_address(index, ip6, p6, &l.ifname)?;
        }
        if !l.macvlan {
            rtnl.set_up(index, &l.ifname)?;
        }
    }
    if let Some(gw) = links.iter().find_map(|l| l.gateway) {
        rtnl.add_default_route(gw)?;
    }
    if let Some(gw) = links.iter().find_map(|l| l.gateway6) {
        rtnl.add_default_route6(gw)?;
    }
    rtnl.flush()?;
    Ok(())
}

/// The container's init runs: note it, and give it the /etc/hosts of now (peers may have
/// come or gone since [`reserve`]).
pub fn started(dir: &Path, id: &str, init: i32) -> anyhow::Result<()> {
    let mut locked = state::lock(dir)?;
    let Some(att) = locked.state.containers.get_mut(id) else {
        return Ok(());
    };
    att.init = Proc::of(init);
    let dns = att.leases.iter().any(|l| l.dns);
    locked.save()?;
    if dns {
        hosts::refresh(&locked.state, &[id.to_string()]);
    }
    Ok(())
}

/// The container has exited (or failed to start): drop its entry, its ports' rules, and
/// its names from its peers' files; stale entries of others go too.
pub fn release(dir: &Path, id: &str) -> anyhow::Result<()> {
    let mut locked = state::lock(dir)?;
    let mut gone = locked.state.sweep();
    if let Some(a) = locked.state.containers.remove(id) {
        gone.push((id.to_string(), a));
    }
    if gone.is_empty() {
        return Ok(());
    }
    locked.save()?;
    finish_removal(&locked.state, &gone)
}

/// Sweep the entries of dead owners (any command that lists or changes networks).
pub fn sweep(dir: &Path) -> anyhow::Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    let mut locked = state::lock(dir)?;
    let gone = locked.state.sweep();
    if gone.is_empty() {
        return Ok(());
    }
    locked.save()?;
    finish_removal(&locked.state, &gone)
}

fn finish_removal(state: &State, gone: &[(String, Attached)]) -> anyhow::Result<()> {
    let mut peers = Vec::new();
    for (id, a) in gone {
        peers.extend(hosts::peers_of(state, a, id));
    }
    peers.sort();
    peers.dedup();
    hosts::refresh(state, &peers);
    rebuild_tables(state, gone, None)
}

/// The state as it is now (sweeping stale entries first).
pub fn snapshot(dir: &Path) -> anyhow::Result<State> {
    sweep(dir)?;
    if !dir.exists() {
        return Ok(State::default());
    }
    let locked = state::lock(dir)?;
    Ok(locked.state)
}

/// Rebuild the tables of the bridges container `id` is attached to (`network reload
/// CTR`); false when it runs on no bridge network.
pub fn reload_container(dir: &Path, id: &str) -> anyhow::Result<bool> {
    let mut locked = state::lock(dir)?;
    let gone = locked.state.sweep();
    if !gone.is_empty() {
        locked.save()?;
        finish_removal(&locked.state, &gone)?;
    }
    let Some(att) = locked.state.containers.get(id) else {
        return Ok(false);
    };
    let mut done = BTreeSet::new();
    for l in att.leases.iter().filter(|l| l.driver == "bridge") {
        if done.insert(l.interface.clone()) {
            apply_table(&locked.state, l)?;
        }
    }
    Ok(true)
}

/// Rebuild the table of every bridge that exists among `nets` (`network reload --all`);
/// the ids of the containers attached now.
pub fn reload(dir: &Path, nets: &[Network]) -> anyhow::Result<Vec<String>> {
    let mut locked = state::lock(dir)?;
    let gone = locked.state.sweep();
    if !gone.is_empty() {
        locked.save()?;
    }
    let mut rtnl = Rtnl::open()?;
    for net in nets.iter().filter(|n| n.driver == "bridge") {
        if rtnl.link_index(&net.interface)?.is_none() {
            continue;
        }
        apply_table(&locked.state, &lease_on(net, net.gateway))?;
    }
    Ok(locked.state.containers.keys().cloned().collect())
}

/// Remove a network's bridge and table and give its subnet back (`network rm`); fails
/// while a running container is attached to it.
pub fn teardown(dir: &Path, net: &Network) -> anyhow::Result<()> {
    forget(dir, net)?;
    if net.driver != "bridge" {
        return Ok(());
    }
    firewall::remove(&net.interface)
        .with_context(|| format!("removing the firewall rules of {}", net.interface))?;
    let mut rtnl = Rtnl::open()?;
    if rtnl.link_index(&net.interface)?.is_some() {
        rtnl.del_link(&net.interface)?;
        rtnl.flush()?;
    }
    Ok(())
}

/// Give a network's subnet back, unless a running container is attached to it: all
/// [`teardown`] does for a rootless (user-mode) network, which has nothing on the host.
pub fn forget(dir: &Path, net: &Network) -> anyhow::Result<()> {
    let mut locked = state::lock(dir)?;
    let gone = locked.state.sweep();
    let users = users(&locked.state, &net.id);
    if !users.is_empty() {
        bail!(
            "network {} is in use by container {}",
            net.name,
            users.join(", ")
        );
    }
    locked.state.subnets.remove(&net.id);
    locked.state.subnets6.remove(&net.id);
    locked.save()?;
    finish_removal(&locked.state, &gone)
}

/// Connect the running container `id` (init `pid`) to `net` now: an address, a new
/// interface configured from inside its namespace, its peers' and its own /etc/hosts.
/// Returns the interface name.
pub fn connect_live(
    dir: &Path,
    id: &str,
    pid: i32,
    net: &Network,
    ep: &Endpoint,
) -> anyhow::Result<String> {
    let mut locked = state::lock(dir)?;
    let gone = locked.state.sweep();
    let Some(att) = locked.state.containers.get(id) else {
        bail!("the container runs without a bridge network");
    };
    if att.leases.iter().any(|l| l.network_id == net.id) {
        bail!("the container is already connected to network {}", net.name);
    }
    let ifname = (0..)
        .map(|i| format!("eth{i}"))
        .find(|n| !att.leases.iter().any(|l| &l.ifname == n))
        .unwrap_or_default();
    let ip = allocate(&locked.state, &[], net, ep.ip)?;
    let ip6 = allocate6(&locked.state, &[], net)?;
    let mac = match &ep.mac {
        Some(m) => parse_mac(m)?,
        None => derived_mac(ip),
    };
    if net.driver == "bridge" {
        ensure_bridge(&mut Rtnl::open()?, net, &locked.state)?;
    }
    let link = LinkPlan {
        macvlan: net.driver == "macvlan",
        host_interface: net.interface.clone(),
        ifname: ifname.clone(),
        ip,
        prefix: net.prefix,
        gateway: None,
        ip6: ip6.zip(net.subnet6.map(|s| s.1)),
        gateway6: None,
        mac,
        mtu: net.mtu,
    };
    let names = plumb_named(pid, std::slice::from_ref(&link))?;
    in_netns(pid, || configure_inside(std::slice::from_ref(&link)))
        .context("configuring the new interface")?;
    let lease = Lease {
        mac: format_mac(mac),
        aliases: ep.aliases.clone(),
        ifname: ifname.clone(),
        host_veth: names.into_iter().next().unwrap_or_default(),
        ip6,
        ..lease_on(net, ip)
    };
    if let Some(att) = locked.state.containers.get_mut(id) {
        if let Some(head) = &mut att.hosts_head {
            head.push_str(&hosts::own_lines(&lease, &att.hostname, &att.domainname));
        }
        att.leases.push(lease);
    }
    locked.save()?;
    finish_removal(&locked.state, &gone)?;
    let me = &locked.state.containers[id];
    let mut ids = hosts::peers_of(&locked.state, me, id);
    ids.push(id.to_string());
    hosts::refresh(&locked.state, &ids);
    Ok(ifname)
}

/// Disconnect the running container `id` (init `pid`) from network `network_id`: its
/// interface goes, its names leave its peers' files.
pub fn disconnect_live(dir: &Path, id: &str, pid: i32, network_id: &str) -> anyhow::Result<bool> {
    let mut locked = state::lock(dir)?;
    let Some(att) = locked.state.containers.get_mut(id) else {
        return Ok(false);
    };
    let Some(i) = att.leases.iter().position(|l| l.network_id == network_id) else {
        return Ok(false);
    };
    let lease = att.leases.remove(i);
    let before = att.clone();
    let mut old = before.clone();
    old.leases = vec![lease.clone()];
    if let Some(head) = &mut att.hosts_head {
        *head = head.replace(
            &hosts::own_lines(&lease, &att.hostname, &att.domainname),
            "",
        );
    }
    if lease.host_veth.is_empty() {
        let ifname = lease.ifname.clone();
        in_netns(pid, move || {
            let mut r = Rtnl::open()?;
            r.del_link(&ifname)?;
            Ok(r.flush()?)
        })?;
    } else {
        let mut r = Rtnl::open()?;
        r.del_link(&lease.host_veth)?;
        r.flush()?;
    }
    let has_ports = !before.ports.is_empty() && i == 0;
    locked.save()?;
    let mut peers = hosts::peers_of(&locked.state, &old, id);
    peers.push(id.to_string());
    hosts::refresh(&locked.state, &peers);
    if has_ports {
        rebuild_tables(&locked.state, &[(id.to_string(), old)], None)?;
    }
    Ok(true)
}

/// Run `f` in a forked child that joins the network namespace of process `pid`.
fn in_netns(pid: i32, f: impl FnOnce() -> anyhow::Result<()>) -> anyhow::Result<()> {
    let ns = std::fs::File::open(format!("/proc/{pid}/ns/net"))
        .context("opening the container's network namespace")?;
    // berth runs one thread here (a command, never the monitor's loop).
    match crate::sys::process::fork().context("forking")? {
        nix::unistd::ForkResult::Child => {
            let ok = nix::sched::setns(&ns, nix::sched::CloneFlags::CLONE_NEWNET).is_ok()
                && f().inspect_err(|e| log::debug!("{e:#}")).is_ok();
            crate::sys::process::exit_now(if ok { 0 } else { 1 })
        }
        nix::unistd::ForkResult::Parent { child } => {
            match nix::sys::wait::waitpid(child, None).context("waiting for the helper")? {
                nix::sys::wait::WaitStatus::Exited(_, 0) => Ok(()),
                _ => bail!("changing the container's network namespace failed"),
            }
        }
    }
}

/// Containers attached to network `name` now.
pub fn users(state: &State, id: &str) -> Vec<String> {
    (state.containers.iter())
        .filter(|(_, a)| a.leases.iter().any(|l| l.network_id == id))
        .map(|(_, a)| a.name.clone())
        .collect()
}

/// A locally administered MAC from the address, so one address keeps one MAC.
fn derived_mac(ip: Ipv4Addr) -> [u8; 6] {
    let o = ip.octets();
    [0x02, 0x42, o[0], o[1], o[2], o[3]]
}

pub fn parse_mac(s: &str) -> anyhow::Result<[u8; 6]> {
    let parts: Vec<&str> = s.split(':').collect();
    let mut mac = [0u8; 6];
    let ok = parts.len() == 6
        && parts
            .iter()
            .zip(mac.iter_mut())
            .all(|(p, b)| p.len() == 2 && u8::from_str_radix(p, 16).map(|v| *b = v).is_ok());
    if !ok || mac[0] & 1 == 1 {
        bail!("invalid MAC address {s:?}: use six hex pairs, unicast (like 02:42:0a:58:00:02)");
    }
    Ok(mac)
}

fn format_mac(m: [u8; 6]) -> String {
    m.iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_allocated_lowest_first_and_skip_the_gateway() {
        let net = Network::default_bridge();
        let st = State::default();
        let a = allocate(&st, &[], &net, None).unwrap();
        assert_eq!(a, Ipv4Addr::new(10, 88, 0, 2));
        assert!(allocate(&st, &[], &net, Some(Ipv4Addr::new(10, 88, 0, 1))).is_err());
        assert!(allocate(&st, &[], &net, Some(Ipv4Addr::new(10, 89, 0, 1))).is_err());
        assert_eq!(parse_mac("02:42:0a:58:00:02").unwrap()[5], 2);
        assert!(parse_mac("01:00:00:00:00:00").is_err() && parse_mac("zz").is_err());
    }
}
