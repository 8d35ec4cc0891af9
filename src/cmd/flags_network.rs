//! The network flags `run` and `create` share: the mode and networks, published ports,
//! and name resolution.

use anyhow::{Context as _, bail};

use crate::spec::NetworkMode;
use crate::spec::network::{
    DEFAULT_NETWORK, Endpoint, ExposedPort, Link, NetworkOpts, PortMapping, ShareMode,
};
use crate::store::Store;

#[derive(Debug, Default, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct NetworkFlags {
    /// Network: bridge (the default; rootless: outbound through berth's user-mode network
    /// where /dev/net/tun is open to the user), NAME[,NAME...] of user networks (rootless:
    /// one, its containers reach each other by name), private (own namespace with
    /// loopback only), none, host, container:NAME|ID, ns:PATH, pasta[:OPTIONS] and
    /// slirp4netns[:OPTIONS] (run those programs, when installed)
    #[arg(long, alias = "net", value_name = "MODE")]
    pub network: Vec<String>,

    /// Another name for the container on its user networks
    #[arg(long = "network-alias", alias = "net-alias", value_name = "ALIAS")]
    pub network_alias: Vec<String>,

    /// The container's IPv4 address on its (first) network
    #[arg(long, value_name = "ADDRESS")]
    pub ip: Option<String>,

    /// The container's MAC address on its (first) network
    #[arg(long = "mac-address", value_name = "MAC")]
    pub mac_address: Option<String>,

    /// Publish a container's port to the host ([IP:][HOSTPORT:]CTRPORT[/tcp|udp|sctp],
    /// ranges as FROM-TO); rootless: berth's monitor listens on the host port as the user
    /// (tcp and udp; ports below net.ipv4.ip_unprivileged_port_start are refused)
    #[arg(short = 'p', long = "publish", value_name = "PORTS")]
    pub publish: Vec<String>,

    /// Publish every exposed port on a free host port
    #[arg(short = 'P', long = "publish-all")]
    pub publish_all: bool,

    /// Expose a port or a range (PORT[/PROTO], FROM-TO[/PROTO]) without publishing it
    #[arg(long, value_name = "PORT")]
    pub expose: Vec<String>,

    /// Add a link to another container (NAME[:ALIAS])
    #[arg(long, value_name = "NAME[:ALIAS]")]
    pub link: Vec<String>,

    /// Add a line to /etc/hosts (NAME:IP; IP host-gateway is the network's gateway)
    #[arg(long = "add-host", value_name = "NAME:IP")]
    pub add_host: Vec<String>,

    /// Set a DNS server
    #[arg(long, value_name = "IP")]
    pub dns: Vec<String>,

    /// Set a DNS search domain ("." for none)
    #[arg(long = "dns-search", value_name = "DOMAIN")]
    pub dns_search: Vec<String>,

    /// Set a DNS option
    #[arg(long = "dns-option", alias = "dns-opt", value_name = "OPTION")]
    pub dns_option: Vec<String>,

    /// IPC namespace: private, shareable, host or container:NAME
    #[arg(long, value_name = "MODE")]
    pub ipc: Option<String>,

    /// UTS namespace (host name): private, host or container:NAME
    #[arg(long, value_name = "MODE")]
    pub uts: Option<String>,

    /// PID namespace: private, host or container:NAME
    #[arg(long, value_name = "MODE")]
    pub pid: Option<String>,

    /// The container's NIS domain name
    #[arg(long, value_name = "NAME")]
    pub domainname: Option<String>,
}

impl NetworkFlags {
    /// Validate into the mode and options; names are checked against the store later
    /// ([`resolve`]).
    pub fn to_spec(&self, rootless: bool) -> anyhow::Result<(NetworkMode, NetworkOpts)> {
        // pasta and slirp4netns take comma-separated options: they are whole values, and
        // otherwise the namespace is a private one's.
        let helper = self.helper_mode()?;
        let private = ["private".to_string()];
        let given = match helper {
            Some(_) => &private[..],
            None => &self.network[..],
        };
        let names: Vec<&str> = (given.iter())
            .flat_map(|n| n.split(','))
            .filter(|n| !n.is_empty())
            .collect();
        let mode = match names.as_slice() {
            [] if rootless => crate::network::usermode::default_mode(),
            [] => NetworkMode::Bridge,
            ["bridge" | "podman"] if rootless => NetworkMode::User,
            ["private"] => NetworkMode::Private,
            ["none"] => NetworkMode::None,
            ["host"] => NetworkMode::Host,
            [one] if one.starts_with("container:") => {
                NetworkMode::Container(one["container:".len()..].to_string())
            }
            [one] if one.starts_with("ns:") => {
                let path = &one["ns:".len()..];
                if !path.starts_with('/') {
                    bail!("invalid network mode {one:?}: ns: takes an absolute path");
                }
                NetworkMode::Ns(path.into())
            }
            many => {
                for n in many {
                    if ["private", "none", "host"].contains(n) || n.contains(':') {
                        bail!(
                            "invalid network mode {n:?}: it cannot be combined with other networks"
                        );
                    }
                }
                NetworkMode::Bridge
            }
        };
        // Rootless, a user network is the user-mode network with peers (one network: the
        // container's one tap is on it).
        let user_net = rootless && mode == NetworkMode::Bridge;
        if user_net && names.len() > 1 {
            bail!(
                "a rootless container joins one network: --network {}",
                names.join(",")
            );
        }
        let mode = match user_net {
            true => NetworkMode::User,
            false => mode,
        };
        let bridge = mode == NetworkMode::Bridge || user_net;
        let needs_bridge = |flag: &str, given: bool| match given && !bridge {
            true => bail!("{flag} needs a bridge network (--network bridge or a user network)"),
            false => Ok(()),
        };
        needs_bridge("--ip", self.ip.is_some())?;
        needs_bridge("--mac-address", self.mac_address.is_some())?;
        needs_bridge("--network-alias", !self.network_alias.is_empty())?;
        // Rootless, the monitor serves published ports (network::usermode::ports).
        if mode != NetworkMode::User {
            needs_bridge("--publish", !self.publish.is_empty() || self.publish_all)?;
        }
        needs_bridge("--link", !self.link.is_empty())?;
        let mut opts = NetworkOpts::default();
        if bridge {
            let nets: Vec<&str> = match names.is_empty() {
                true => vec![DEFAULT_NETWORK],
                false => names.clone(),
            };
            for (i, n) in nets.iter().enumerate() {
                let mut ep = Endpoint {
                    network: n.to_string(),
                    ..Default::default()
                };
                if i == 0 {
                    ep.ip = (self.ip.as_deref())
                        .map(|a| a.parse().with_context(|| format!("invalid --ip {a:?}")))
                        .transpose()?;
                    ep.mac = self.mac_address.clone();
                    if let Some(m) = &ep.mac {
                        crate::network::attach::parse_mac(m)?;
                    }
                }
                ep.aliases = self.network_alias.clone();
                opts.networks.push(ep);
            }
        }
        for p in &self.publish {
            opts.ports
                .extend(PortMapping::parse(p).map_err(anyhow::Error::msg)?);
        }
        opts.publish_all = self.publish_all;
        for e in &self.expose {
            opts.exposed
                .extend(ExposedPort::parse_list(e).map_err(anyhow::Error::msg)?);
        }
        for h in &self.add_host {
            let (name, ip) = h
                .split_once(':')
                .filter(|(n, i)| !n.is_empty() && !i.is_empty())
                .with_context(|| format!("invalid --add-host {h:?}: use NAME:IP"))?;
            if ip != "host-gateway" && ip.parse::<std::net::IpAddr>().is_err() {
                bail!("invalid --add-host {h:?}: {ip:?} is not an IP address");
            }
            if name.contains(char::is_whitespace) {
                bail!("invalid --add-host {h:?}: the name contains whitespace");
            }
            opts.extra_hosts.push((name.to_string(), ip.to_string()));
        }
        for d in &self.dns {
            if d.parse::<std::net::IpAddr>().is_err() {
                bail!("invalid --dns {d:?}: not an IP address");
            }
        }
        let one_word = |flag: &str, v: &[String]| match v
            .iter()
            .find(|s| s.is_empty() || s.contains(char::is_whitespace))
        {
            Some(bad) => bail!("invalid {flag} {bad:?}"),
            None => Ok(()),
        };
        one_word("--dns-search", &self.dns_search)?;
        one_word("--dns-option", &self.dns_option)?;
        opts.dns = self.dns.clone();
        opts.dns_search = self.dns_search.clone();
        opts.dns_options = self.dns_option.clone();
        for l in &self.link {
            let (name, alias) = l.split_once(':').unwrap_or((l, l));
            if name.is_empty() || alias.is_empty() {
                bail!("invalid --link {l:?}: use NAME[:ALIAS]");
            }
            opts.links.push(Link {
                id: String::new(),
                name: name.trim_start_matches('/').to_string(),
                alias: alias.to_string(),
            });
        }
        opts.domainname = self.domainname.clone().unwrap_or_default();
        let share = |flag: &str, v: &Option<String>| {
            ShareMode::parse(v.as_deref().unwrap_or(""))
                .map_err(|e| anyhow::anyhow!("--{flag}: {e}"))
        };
        opts.ipc = share("ipc", &self.ipc)?;
        opts.uts = share("uts", &self.uts)?;
        opts.pid = share("pid", &self.pid)?;
        // Each rootless berth process makes its own user namespace, which owns no other
        // container's namespaces: joining one is refused by the kernel.
        let joins = [
            ("network", matches!(mode, NetworkMode::Container(_))),
            ("ipc", matches!(opts.ipc, ShareMode::Container(_))),
            ("uts", matches!(opts.uts, ShareMode::Container(_))),
            ("pid", matches!(opts.pid, ShareMode::Container(_))),
        ];
        if rootless && let Some((flag, _)) = joins.iter().find(|(_, join)| *join) {
            bail!(
                "--{flag} container:NAME needs root: a rootless container cannot join another's namespaces"
            );
        }
        Ok((helper.unwrap_or(mode), opts))
    }
}

impl NetworkFlags {
    /// `--network pasta[:OPTIONS]` or `slirp4netns[:OPTIONS]`, alone, with the program
    /// on PATH (one line when it is not); None for every other mode.
    fn helper_mode(&self) -> anyhow::Result<Option<NetworkMode>> {
        let split = |v: &str, name: &str| match v.strip_prefix(name) {
            Some("") => Some(Vec::new()),
            Some(rest) => (rest.strip_prefix(':')).map(|o| {
                o.split(',')
                    .filter(|o| !o.is_empty())
                    .map(String::from)
                    .collect()
            }),
            None => None,
        };
        let mut found = None;
        for v in &self.network {
            let mode = match (split(v, "pasta"), split(v, "slirp4netns")) {
                (Some(o), _) => NetworkMode::Pasta(o),
                (_, Some(o)) => NetworkMode::Slirp4netns(o),
                _ => continue,
            };
            if self.network.len() > 1 {
                bail!("invalid network mode {v:?}: it cannot be combined with other networks");
            }
            crate::network::helper::for_mode(&mode)?;
            crate::network::helper::find(mode.as_str())?;
            found = Some(mode);
        }
        Ok(found)
    }
}

/// Check the names the flags gave against the store: the networks exist (by name, id or
/// `podman`, kept as their names), the linked and the `container:` containers exist (kept
/// as their ids).
pub fn resolve(
    store: &Store,
    mode: &mut NetworkMode,
    opts: &mut NetworkOpts,
) -> anyhow::Result<()> {
    if opts.networks.iter().any(|e| e.network != DEFAULT_NETWORK) {
        let defs = crate::network::config::Definitions::new(&store.root);
        for ep in &mut opts.networks {
            ep.network = defs.find(&ep.network)?.name;
        }
    }
    for (i, ep) in opts.networks.iter().enumerate() {
        if opts.networks[..i].iter().any(|e| e.network == ep.network) {
            bail!("network {} is given twice", ep.network);
        }
    }
    if let NetworkMode::Container(name) = mode {
        *name = store.find_container(name)?.id;
    }
    for share in [&mut opts.ipc, &mut opts.uts, &mut opts.pid] {
        if let ShareMode::Container(name) = share {
            *name = store.find_container(name)?.id;
        }
    }
    for l in &mut opts.links {
        let rec = store.find_container(&l.name)?;
        l.id = rec.id;
        l.name = rec.name;
    }
    Ok(())
}
