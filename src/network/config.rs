//! Network definitions: the default `bridge` (built in) and user networks, one JSON file
//! each under the store's `networks/` directory.

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use serde::{Deserialize, Serialize};

use crate::spec::network::DEFAULT_NETWORK;

/// The default network's bridge and subnet.
pub const DEFAULT_BRIDGE: &str = "berth0";
const DEFAULT_SUBNET: (Ipv4Addr, u8) = (Ipv4Addr::new(10, 88, 0, 0), 16);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Network {
    pub name: String,
    pub id: String,
    /// `bridge` or `macvlan`.
    pub driver: String,
    /// The bridge berth makes (bridge driver), or the host interface (macvlan's parent).
    pub interface: String,
    pub subnet: Ipv4Addr,
    pub prefix: u8,
    pub gateway: Ipv4Addr,
    /// Addresses are given out of this range only (`--ip-range`).
    #[serde(default)]
    pub ip_range: Option<(Ipv4Addr, u8)>,
    #[serde(default)]
    pub internal: bool,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub options: BTreeMap<String, String>,
    #[serde(default)]
    pub mtu: Option<u32>,
    /// RFC 3339.
    pub created: String,
    /// Containers on it resolve each other by name (every network but the default).
    pub dns: bool,
    /// Dual stack (`--ipv6`): the IPv6 subnet and gateway beside the IPv4 ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet6: Option<(Ipv6Addr, u8)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway6: Option<Ipv6Addr>,
}

impl Network {
    /// The built-in default network.
    pub fn default_bridge() -> Network {
        Network {
            name: DEFAULT_NETWORK.into(),
            id: "2f259bab93aaaaa2542ba43ef33eb990d0999ee1b9924b557b7be53c0b7a1bb9".into(),
            driver: "bridge".into(),
            interface: DEFAULT_BRIDGE.into(),
            subnet: DEFAULT_SUBNET.0,
            prefix: DEFAULT_SUBNET.1,
            gateway: Ipv4Addr::new(10, 88, 0, 1),
            ip_range: None,
            internal: false,
            labels: BTreeMap::new(),
            options: BTreeMap::new(),
            mtu: None,
            created: "1970-01-01T00:00:00Z".into(),
            dns: false,
            subnet6: None,
            gateway6: None,
        }
    }

    pub fn is_default(&self) -> bool {
        self.name == DEFAULT_NETWORK
    }

    /// Whether `ip` is inside the network's subnet.
    pub fn contains(&self, ip: Ipv4Addr) -> bool {
        in_net(ip, self.subnet, self.prefix)
    }
}

pub fn mask(prefix: u8) -> u32 {
    u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0)
}

pub fn in_net(ip: Ipv4Addr, net: Ipv4Addr, prefix: u8) -> bool {
    u32::from(ip) & mask(prefix) == u32::from(net) & mask(prefix)
}

/// Whether two subnets overlap.
pub fn overlaps(a: (Ipv4Addr, u8), b: (Ipv4Addr, u8)) -> bool {
    let p = a.1.min(b.1);
    in_net(a.0, b.0, p)
}

/// `A.B.C.D/N`, the network address (host bits cleared) and the prefix.
pub fn parse_cidr(s: &str) -> anyhow::Result<(Ipv4Addr, u8)> {
    let (ip, prefix) = s
        .split_once('/')
        .with_context(|| format!("invalid subnet {s:?}: use A.B.C.D/N"))?;
    let ip: Ipv4Addr = ip
        .parse()
        .with_context(|| format!("invalid subnet {s:?}: not an IPv4 address"))?;
    let prefix: u8 = match prefix.parse() {
        Ok(p) if (8..=30).contains(&p) => p,
        _ => bail!("invalid subnet {s:?}: the prefix must be 8 to 30"),
    };
    Ok((Ipv4Addr::from(u32::from(ip) & mask(prefix)), prefix))
}

/// `X::/N`, an IPv6 subnet (host bits cleared; a prefix of 48 to 120).
pub fn parse_cidr6(s: &str) -> anyhow::Result<(Ipv6Addr, u8)> {
    let (ip, prefix) = s
        .split_once('/')
        .with_context(|| format!("invalid subnet {s:?}: use ADDRESS/N"))?;
    let ip: Ipv6Addr = ip
        .parse()
        .with_context(|| format!("invalid subnet {s:?}: not an IPv6 address"))?;
    let prefix: u8 = match prefix.parse() {
        Ok(p) if (48..=120).contains(&p) => p,
        _ => bail!("invalid subnet {s:?}: an IPv6 prefix must be 48 to 120"),
    };
    Ok((Ipv6Addr::from(u128::from(ip) & mask6(prefix)), prefix))
}

pub fn mask6(prefix: u8) -> u128 {
    u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0)
}

pub fn in_net6(ip: Ipv6Addr, net: Ipv6Addr, prefix: u8) -> bool {
    u128::from(ip) & mask6(prefix) == u128::from(net) & mask6(prefix)
}

fn overlaps6(a: (Ipv6Addr, u8), b: (Ipv6Addr, u8)) -> bool {
    in_net6(a.0, b.0, a.1.min(b.1))
}

/// A free /64 for a new dual-stack network: berth's unique local prefix
/// fd62:6572:7468::/48, one /64 per network, clear of every taken one.
pub fn pick_subnet6(taken: &[(Ipv6Addr, u8)]) -> anyhow::Result<(Ipv6Addr, u8)> {
    let base = u128::from(Ipv6Addr::new(0xfd62, 0x6572, 0x7468, 0, 0, 0, 0, 0));
    (0..=u16::MAX)
        .map(|n| (Ipv6Addr::from(base | (u128::from(n) << 64)), 64))
        .find(|c| !taken.iter().any(|t| overlaps6(*c, *t)))
        .context("no free IPv6 subnet left in fd62:6572:7468::/48: give one with --subnet")
}

/// No network has this name, id or id prefix (`network rm` exits 1 for it, as docker and
/// podman do).
#[derive(Debug, thiserror::Error)]
#[error("network {0} not found")]
pub struct NotFound(pub String);

/// Where user networks are defined: `<root>/networks/<name>.json`.
#[derive(Debug, Clone)]
pub struct Definitions {
    pub dir: PathBuf,
}

/// A network name: docker's rule (letters, digits, `_.-`, not starting with a symbol).
pub fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
        && name.len() <= 128
}

impl Definitions {
    pub fn new(root: &Path) -> Definitions {
        Definitions {
            dir: root.join("networks"),
        }
    }

    /// Every network: the default first, then user networks by name.
    pub fn list(&self) -> anyhow::Result<Vec<Network>> {
        let mut out = vec![Network::default_bridge()];
        let rd = match std::fs::read_dir(&self.dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
            Err(e) => return Err(e).with_context(|| format!("reading {}", self.dir.display())),
        };
        let mut user = Vec::new();
        for entry in rd.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            let net: Network = serde_json::from_str(&text)
                .with_context(|| format!("parsing {}", path.display()))?;
            user.push(net);
        }
        user.sort_by(|a, b| a.name.cmp(&b.name));
        out.extend(user);
        Ok(out)
    }

    /// A network by name, id or unique id prefix; `podman` names the default.
    pub fn find(&self, key: &str) -> anyhow::Result<Network> {
        if key == "podman" || key == DEFAULT_NETWORK {
            return Ok(Network::default_bridge());
        }
        let all = self.list()?;
        if let Some(n) = all.iter().find(|n| n.name == key || n.id == key) {
            return Ok(n.clone());
        }
        let by_prefix: Vec<&Network> = all
            .iter()
            .filter(|n| key.len() >= 3 && n.id.starts_with(key))
            .collect();
        match by_prefix.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(NotFound(key.to_string()).into()),
            _ => bail!("network id prefix {key} is ambiguous"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.json"))
    }

    /// Write a new network's definition (the caller holds the network lock).
    pub fn add(&self, net: &Network) -> anyhow::Result<()> {
        std::fs::create_dir_all(&self.dir)
            .with_context(|| format!("creating {}", self.dir.display()))?;
        let path = self.path(&net.name);
        let tmp = self.dir.join(format!(".{}.tmp", net.name));
        let data = serde_json::to_vec_pretty(net)?;
        super::write_file(&tmp, &data)?;
        std::fs::rename(&tmp, &path).with_context(|| format!("writing {}", path.display()))?;
        Ok(())
    }

    pub fn remove(&self, name: &str) -> anyhow::Result<()> {
        let path = self.path(name);
        std::fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))
    }
}

/// The subnets the host routes to now (from /proc/net/route), the default route left out.
pub fn host_routes() -> Vec<(Ipv4Addr, u8)> {
    let text = std::fs::read_to_string("/proc/net/route").unwrap_or_default();
    let hex = |s: &str| u32::from_str_radix(s, 16).ok().map(u32::from_be);
    text.lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            let dest = Ipv4Addr::from(hex(f.get(1)?)?);
            let mask = hex(f.get(7)?)?;
            let prefix = mask.count_ones() as u8;
            (prefix > 0).then_some((dest, prefix))
        })
        .collect()
}

/// The host interface of the default route (macvlan's parent when none is given).
pub fn default_route_interface() -> Option<String> {
    let text = std::fs::read_to_string("/proc/net/route").ok()?;
    text.lines()
        .skip(1)
        .find(|l| l.split_whitespace().nth(1) == Some("00000000"))
        .and_then(|l| l.split_whitespace().next())
        .map(str::to_string)
}

/// A free /24 for a new network: 10.89.0.0/24 upwards, clear of every defined network and
/// of the host's routes (those of berth's own bridges included).
pub fn pick_subnet(taken: &[(Ipv4Addr, u8)]) -> anyhow::Result<(Ipv4Addr, u8)> {
    let routes = host_routes();
    for b in 89..=255u8 {
        for c in 0..=255u8 {
            let cand = (Ipv4Addr::new(10, b, c, 0), 24);
            if !taken.iter().chain(&routes).any(|t| overlaps(cand, *t)) {
                return Ok(cand);
            }
        }
    }
    bail!("no free subnet left in 10.89.0.0-10.255.255.0: give one with --subnet")
}

/// What `network create` asks for, validated.
#[derive(Debug, Clone, Default)]
pub struct CreateRequest {
    pub name: String,
    pub driver: String,
    pub subnet: Option<(Ipv4Addr, u8)>,
    pub gateway: Option<Ipv4Addr>,
    pub ip_range: Option<(Ipv4Addr, u8)>,
    pub internal: bool,
    pub labels: BTreeMap<String, String>,
    pub options: BTreeMap<String, String>,
    /// `--ipv6`, or implied by an IPv6 `--subnet`.
    pub ipv6: bool,
    pub subnet6: Option<(Ipv6Addr, u8)>,
    pub gateway6: Option<Ipv6Addr>,
}

/// Define a new network: a unique name, a subnet clear of the others and of the host's
/// routes, a bridge name of its own. Under the network lock (`lock_dir`).
pub fn create(defs: &Definitions, lock_dir: &Path, req: &CreateRequest) -> anyhow::Result<Network> {
    let mut locked = super::state::lock(lock_dir)?;
    let all = defs.list()?;
    if all.iter().any(|n| n.name == req.name) || req.name == "podman" {
        bail!("network with name {} already exists", req.name);
    }
    let mut id = [0u8; 32];
    rustix::rand::getrandom(&mut id, rustix::rand::GetRandomFlags::empty())
        .context("reading random bytes")?;
    let id = hex::encode(id);
    let mut mtu = None;
    let mut bridge_name = None;
    let mut parent = None;
    for (k, v) in &req.options {
        match k.as_str() {
            "mtu" | "com.docker.network.driver.mtu" => {
                mtu = Some(
                    v.parse::<u32>()
                        .ok()
                        .filter(|m| (68..=65535).contains(m))
                        .with_context(|| format!("invalid mtu {v:?}"))?,
                )
            }
            "com.docker.network.bridge.name" if req.driver == "bridge" => {
                bridge_name = Some(v.clone())
            }
            "parent" if req.driver == "macvlan" => parent = Some(v.clone()),
            other => bail!("unsupported option {other:?} for the {} driver", req.driver),
        }
    }
    let interface = match req.driver.as_str() {
        "bridge" => bridge_name.unwrap_or_else(|| format!("br-{}", &id[..12])),
        "macvlan" => match parent.or_else(default_route_interface) {
            Some(p) => p,
            None => bail!("macvlan needs a parent interface: -o parent=IFACE"),
        },
        other => bail!("unsupported network driver {other:?}: use bridge or macvlan"),
    };
    if interface.is_empty() || interface.len() > 15 || interface.contains(['/', ' ', ':']) {
        bail!("invalid interface name {interface:?}");
    }
    if req.driver == "bridge"
        && all
            .iter()
            .any(|n| n.driver == "bridge" && n.interface == interface)
    {
        bail!("bridge {interface} is used by another network");
    }
    let taken: Vec<(Ipv4Addr, u8)> = (all.iter().map(|n| (n.subnet, n.prefix)))
        .chain(locked.state.subnets.values().copied())
        .collect();
    let (subnet, prefix) = match req.subnet {
        Some(s) => {
            if let Some(other) = all.iter().find(|n| overlaps(s, (n.subnet, n.prefix))) {
                bail!(
                    "subnet {}/{} overlaps with network {}",
                    s.0,
                    s.1,
                    other.name
                );
            }
            if locked.state.subnets.values().any(|t| overlaps(s, *t)) {
                bail!(
                    "subnet {}/{} overlaps with a network of another store",
                    s.0,
                    s.1
                );
            }
            s
        }
        None if req.driver == "macvlan" => bail!("macvlan networks need --subnet"),
        None => pick_subnet(&taken)?,
    };
    let gateway = match req.gateway {
        Some(g) if in_net(g, subnet, prefix) && g != subnet => g,
        Some(g) => bail!("gateway {g} is not inside subnet {subnet}/{prefix}"),
        None => Ipv4Addr::from(u32::from(subnet) + 1),
    };
    if let Some(r) = req.ip_range
        && !(in_net(r.0, subnet, prefix) && r.1 >= prefix)
    {
        bail!(
            "ip range {}/{} is not inside subnet {subnet}/{prefix}",
            r.0,
            r.1
        );
    }
    let (subnet6, gateway6) = match req.ipv6 || req.subnet6.is_some() {
        false if req.gateway6.is_some() => bail!("an IPv6 --gateway needs an IPv6 subnet"),
        false => (None, None),
        true if req.driver != "bridge" => bail!("IPv6 is supported on bridge networks only"),
        true => {
            let taken6: Vec<(Ipv6Addr, u8)> = (all.iter().filter_map(|n| n.subnet6))
                .chain(locked.state.subnets6.values().copied())
                .collect();
            let s = match req.subnet6 {
                Some(s) if taken6.iter().any(|t| overlaps6(s, *t)) => {
                    bail!("subnet {}/{} overlaps with another network", s.0, s.1)
                }
                Some(s) => s,
                None => pick_subnet6(&taken6)?,
            };
            let g = match req.gateway6 {
                Some(g) if in_net6(g, s.0, s.1) && g != s.0 => g,
                Some(g) => bail!("gateway {g} is not inside subnet {}/{}", s.0, s.1),
                None => Ipv6Addr::from(u128::from(s.0) + 1),
            };
            (Some(s), Some(g))
        }
    };
    let net = Network {
        name: req.name.clone(),
        id,
        driver: req.driver.clone(),
        interface,
        subnet,
        prefix,
        gateway,
        ip_range: req.ip_range,
        internal: req.internal,
        labels: req.labels.clone(),
        options: req.options.clone(),
        mtu,
        created: jiff::Timestamp::now().to_string(),
        dns: true,
        subnet6,
        gateway6,
    };
    defs.add(&net)?;
    locked
        .state
        .subnets
        .insert(net.id.clone(), (subnet, prefix));
    if let Some(s6) = subnet6 {
        locked.state.subnets6.insert(net.id.clone(), s6);
    }
    locked.save()?;
    Ok(net)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidrs_parse_and_overlap() {
        let a = parse_cidr("10.89.1.7/24").unwrap();
        assert_eq!(a, (Ipv4Addr::new(10, 89, 1, 0), 24));
        assert!(overlaps(a, (Ipv4Addr::new(10, 89, 0, 0), 16)));
        assert!(!overlaps(a, (Ipv4Addr::new(10, 89, 2, 0), 24)));
        for bad in ["10.0.0.0", "10.0.0.0/33", "x/24", "10.0.0.0/4"] {
            assert!(parse_cidr(bad).is_err(), "{bad}");
        }
        assert!(valid_name("my-net_1.a") && !valid_name("-x") && !valid_name("a/b"));
        let s = parse_cidr6("fd00:1:2:3::9/64").unwrap();
        assert_eq!(s, ("fd00:1:2:3::".parse().unwrap(), 64));
        for bad in ["fd00::/20", "10.0.0.0/24", "fd00::", "fd00::/x"] {
            assert!(parse_cidr6(bad).is_err(), "{bad}");
        }
        let first = pick_subnet6(&[]).unwrap();
        assert_eq!(first, ("fd62:6572:7468::".parse().unwrap(), 64));
        let next = pick_subnet6(&[first]).unwrap();
        assert_eq!(next, ("fd62:6572:7468:1::".parse().unwrap(), 64));
    }
}
