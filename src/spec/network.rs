//! A container's network, as plain data: the mode, the networks it joins, the ports it
//! publishes and its name-resolution options. Parsed from flags at create time; the
//! network layer acts on it at start.

use std::net::{IpAddr, Ipv4Addr};

use serde::{Deserialize, Serialize};

/// The network a container runs in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NetworkMode {
    /// A private network namespace with only loopback, up.
    Private,
    /// A private network namespace without even loopback configured.
    None,
    /// The host's network namespace.
    Host,
    /// A private network namespace with one interface on each of the spec's `networks`
    /// (bridges berth manages), as root.
    Bridge,
    /// The network namespace of another container (its id).
    Container(String),
    /// An existing network namespace, by path (`ns:/run/netns/NAME`).
    Ns(std::path::PathBuf),
    /// Rootless: a private network namespace with an interface to a user-mode network
    /// stack that berth runs beside the container (outbound traffic as the user's own).
    User,
    /// A private network namespace served by the external `pasta` program, with these
    /// options for it (`--network pasta[:OPTIONS]`, podman's opt-in).
    Pasta(Vec<String>),
    /// A private network namespace served by the external `slirp4netns` program, with
    /// these `KEY=VALUE` options (`--network slirp4netns[:OPTIONS]`).
    Slirp4netns(Vec<String>),
}

impl NetworkMode {
    /// The mode's name as inspect and `ps --filter network=` show it.
    pub fn as_str(&self) -> &str {
        match self {
            NetworkMode::Private => "private",
            NetworkMode::None => "none",
            NetworkMode::Host => "host",
            NetworkMode::Bridge => "bridge",
            NetworkMode::Container(_) => "container",
            NetworkMode::Ns(_) => "ns",
            NetworkMode::User => "bridge",
            NetworkMode::Pasta(_) => "pasta",
            NetworkMode::Slirp4netns(_) => "slirp4netns",
        }
    }

    /// Whether the container gets a network namespace of its own.
    pub fn own_namespace(&self) -> bool {
        matches!(
            self,
            NetworkMode::Private
                | NetworkMode::None
                | NetworkMode::Bridge
                | NetworkMode::User
                | NetworkMode::Pasta(_)
                | NetworkMode::Slirp4netns(_)
        )
    }
}

/// `--ipc`, `--uts` and `--pid`: the container's own namespace, the host's, or another container's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ShareMode {
    #[default]
    Private,
    Host,
    /// Another container's (its id).
    Container(String),
}

impl ShareMode {
    /// `private`, `shareable` (every private namespace can be joined), `host`,
    /// `container:NAME`.
    pub fn parse(s: &str) -> Result<ShareMode, String> {
        match s {
            "" | "private" | "shareable" => Ok(ShareMode::Private),
            "host" => Ok(ShareMode::Host),
            _ => match s.strip_prefix("container:") {
                Some(c) if !c.is_empty() => Ok(ShareMode::Container(c.to_string())),
                _ => Err(format!(
                    "invalid mode {s:?}: use private, shareable, host or container:NAME"
                )),
            },
        }
    }
}

/// The name of the default network; `podman` is accepted for it.
pub const DEFAULT_NETWORK: &str = "bridge";

/// Everything about a container's network besides its mode.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct NetworkOpts {
    /// The networks joined in bridge mode, in order (the first carries the default route).
    pub networks: Vec<Endpoint>,
    /// `-p`: one entry per port (ranges are expanded).
    pub ports: Vec<PortMapping>,
    /// `-P`: every exposed port on a free host port.
    pub publish_all: bool,
    /// The image's EXPOSE and `--expose`, for `-P`.
    pub exposed: Vec<ExposedPort>,
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    pub dns_options: Vec<String>,
    /// `--add-host NAME:IP` (`host-gateway` resolved at start).
    pub extra_hosts: Vec<(String, String)>,
    /// `--link NAME[:ALIAS]`: the linked container's id and the alias.
    pub links: Vec<Link>,
    pub domainname: String,
    /// `--ipc`, `--uts` and `--pid`.
    pub ipc: ShareMode,
    pub uts: ShareMode,
    pub pid: ShareMode,
}

/// One network a container joins.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct Endpoint {
    pub network: String,
    pub aliases: Vec<String>,
    pub ip: Option<Ipv4Addr>,
    pub mac: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Link {
    pub id: String,
    pub name: String,
    pub alias: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    Tcp,
    Udp,
    Sctp,
}

impl Protocol {
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
            Protocol::Sctp => "sctp",
        }
    }

    /// The IP protocol number.
    pub fn number(self) -> u8 {
        match self {
            Protocol::Tcp => 6,
            Protocol::Udp => 17,
            Protocol::Sctp => 132,
        }
    }

    fn parse(s: &str) -> Result<Protocol, String> {
        match s {
            "tcp" | "" => Ok(Protocol::Tcp),
            "udp" => Ok(Protocol::Udp),
            "sctp" => Ok(Protocol::Sctp),
            other => Err(format!("invalid protocol {other:?}: use tcp, udp or sctp")),
        }
    }
}

/// A published port: host `host_ip:host_port` to the container's `container_port`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PortMapping {
    /// `None`: every address of the host.
    pub host_ip: Option<IpAddr>,
    /// 0: a free port chosen at start.
    pub host_port: u16,
    pub container_port: u16,
    pub protocol: Protocol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ExposedPort {
    pub port: u16,
    pub protocol: Protocol,
}

impl ExposedPort {
    /// `PORT[/PROTO]` or `FROM-TO[/PROTO]` (docker's EXPOSE and `--expose`).
    pub fn parse_list(s: &str) -> Result<Vec<ExposedPort>, String> {
        let (ports, proto) = s.split_once('/').unwrap_or((s, "tcp"));
        let protocol = Protocol::parse(proto)?;
        let (a, b) = parse_range(ports)?;
        Ok((a..=b).map(|port| ExposedPort { port, protocol }).collect())
    }
}

/// The most ports one `-p` range may name: a bound on the rules it makes.
const MAX_RANGE: u32 = 1024;

fn parse_port(s: &str) -> Result<u16, String> {
    match s.parse::<u16>() {
        Ok(p) if p > 0 => Ok(p),
        _ => Err(format!(
            "invalid port {s:?}: a number from 1 to 65535 is expected"
        )),
    }
}

fn parse_range(s: &str) -> Result<(u16, u16), String> {
    let (a, b) = match s.split_once('-') {
        Some((a, b)) => (parse_port(a)?, parse_port(b)?),
        None => {
            let p = parse_port(s)?;
            (p, p)
        }
    };
    if b < a || u32::from(b - a) >= MAX_RANGE {
        return Err(format!("invalid port range {s:?}"));
    }
    Ok((a, b))
}

impl PortMapping {
    /// `-p [IP:][HOSTPORT:]CTRPORT[/PROTO]`, with ranges on either side (`8000-8010:80-90`),
    /// IPv6 host addresses in brackets. A host range must match the container range's
    /// length, or be a range to pick one port from for a single container port.
    pub fn parse(s: &str) -> Result<Vec<PortMapping>, String> {
        let bad = |why: &str| format!("invalid publish {s:?}: {why}");
        let (spec, proto) = s.rsplit_once('/').unwrap_or((s, "tcp"));
        let protocol = Protocol::parse(proto).map_err(|e| bad(&e))?;
        // Split off an address: the part before the last two colons, or a [v6] literal.
        let (ip, rest) = if let Some(r) = spec.strip_prefix('[') {
            let (addr, rest) = r.split_once("]:").ok_or_else(|| bad("unclosed ["))?;
            (Some(addr), rest)
        } else {
            let parts: Vec<&str> = spec.split(':').collect();
            match parts.len() {
                1 | 2 => (None, spec),
                3 => (Some(parts[0]), &spec[parts[0].len() + 1..]),
                _ => return Err(bad("use [IP:][HOSTPORT:]CTRPORT")),
            }
        };
        let host_ip = match ip {
            None | Some("") => None,
            Some(a) => Some(a.parse::<IpAddr>().map_err(|_| bad("not an IP address"))?),
        };
        let (host, ctr) = match rest.split_once(':') {
            Some((h, c)) => (h, c),
            None => ("", rest),
        };
        let (c0, c1) = parse_range(ctr).map_err(|e| bad(&e))?;
        let count = c1 - c0;
        let hosts: Vec<u16> = if host.is_empty() {
            vec![0; usize::from(count) + 1]
        } else {
            let (h0, h1) = parse_range(host).map_err(|e| bad(&e))?;
            if h1 - h0 != count && count != 0 {
                return Err(bad("the host and container ranges differ in length"));
            }
            if count == 0 && h1 != h0 {
                // One container port on the first free port of a host range: the start
                // picks; keep the first (berth checks it is free).
                vec![h0]
            } else {
                (h0..=h1).collect()
            }
        };
        Ok((c0..=c1)
            .zip(hosts)
            .map(|(container_port, host_port)| PortMapping {
                host_ip,
                host_port,
                container_port,
                protocol,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publish_forms_parse() {
        let p = PortMapping::parse("8080:80").unwrap();
        assert_eq!((p[0].host_port, p[0].container_port), (8080, 80));
        assert_eq!(p[0].protocol, Protocol::Tcp);
        let p = PortMapping::parse("127.0.0.1:8080:80/udp").unwrap();
        assert_eq!(p[0].host_ip, Some("127.0.0.1".parse().unwrap()));
        assert_eq!(p[0].protocol, Protocol::Udp);
        let p = PortMapping::parse("80").unwrap();
        assert_eq!((p[0].host_port, p[0].container_port), (0, 80));
        let p = PortMapping::parse("127.0.0.1::80").unwrap();
        assert_eq!(p[0].host_port, 0);
        let p = PortMapping::parse("8000-8010:80-90").unwrap();
        assert_eq!(p.len(), 11);
        assert_eq!((p[10].host_port, p[10].container_port), (8010, 90));
        let p = PortMapping::parse("[::1]:8080:80").unwrap();
        assert_eq!(p[0].host_ip, Some("::1".parse().unwrap()));
        for bad in [
            "",
            "0",
            "70000",
            "a:b",
            "1:2:3:4",
            "80/icmp",
            "8000-8002:80-81",
            "90-80",
            "x.y:1:2",
            "1-5000",
        ] {
            assert!(PortMapping::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn expose_lists_parse() {
        let e = ExposedPort::parse_list("53/udp").unwrap();
        assert_eq!(
            e,
            vec![ExposedPort {
                port: 53,
                protocol: Protocol::Udp
            }]
        );
        assert_eq!(ExposedPort::parse_list("80-82").unwrap().len(), 3);
        assert!(ExposedPort::parse_list("80/x").is_err());
    }
}
