//! `berth network`: create, list, inspect, remove, prune, reload; connect and disconnect
//! running containers.

use std::collections::BTreeMap;

use anyhow::{Context as _, bail};
use clap::Subcommand;
use gotmpl::Value;
use serde_json::json;

use crate::context::Context;
use crate::format::filter::Filters;
use crate::format::template::{ListFormat, row, text};
use crate::network::config::{self, Definitions, Network};
use crate::network::state::State;
use crate::store::Store;

#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// Create a network
    Create(CreateArgs),
    /// List networks
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on one or more networks
    Inspect(InspectArgs),
    /// Remove one or more networks
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
    /// Check if a network exists
    Exists(NameArg),
    /// Remove all networks no container uses
    Prune(PruneArgs),
    /// Rebuild the firewall rules of every network (after a firewall restart)
    Reload(ReloadArgs),
    /// Connect a running or stopped container to a network
    Connect(ConnectArgs),
    /// Disconnect a container from a network
    Disconnect(DisconnectArgs),
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct CreateArgs {
    /// Driver: bridge or macvlan
    #[arg(short = 'd', long, default_value = "bridge")]
    pub driver: String,
    /// Subnet in CIDR format (A.B.C.D/N; an IPv6 one too, X::/N, for a dual-stack network)
    #[arg(long)]
    pub subnet: Vec<String>,
    /// Gateway of the subnet (one per address family)
    #[arg(long)]
    pub gateway: Vec<String>,
    /// Give out addresses from this range only (CIDR)
    #[arg(long = "ip-range")]
    pub ip_range: Option<String>,
    /// Restrict external access to the network
    #[arg(long)]
    pub internal: bool,
    /// Enable IPv6: a dual-stack network (an IPv6 /64 is picked unless --subnet gives one)
    #[arg(long)]
    pub ipv6: bool,
    /// Set metadata on the network (KEY=VALUE)
    #[arg(long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Driver options: mtu=N, com.docker.network.bridge.name=NAME, parent=IFACE (macvlan)
    #[arg(short = 'o', long = "opt", value_name = "KEY=VALUE")]
    pub opt: Vec<String>,
    /// Network name
    #[arg(value_name = "NAME")]
    pub name: String,
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct LsArgs {
    /// Filter output (name, id, driver, label, type=custom|builtin)
    #[arg(short = 'f', long = "filter", value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Format output: 'table', 'table TEMPLATE', 'json' or a Go template
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Only display network IDs
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Do not print the header row of a table
    #[arg(long, alias = "noheading", visible_alias = "no-heading")]
    pub noheading: bool,
    /// Do not truncate the output
    #[arg(long)]
    pub no_trunc: bool,
}

#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// Format the output using the given Go template
    #[arg(short = 'f', long, value_name = "FORMAT")]
    pub format: Option<String>,
    #[arg(value_name = "NETWORK", required = true)]
    pub names: Vec<String>,
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct RmArgs {
    /// Remove the containers using the network too
    #[arg(short = 'f', long)]
    pub force: bool,
    #[arg(value_name = "NETWORK", required = true)]
    pub names: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct NameArg {
    #[arg(value_name = "NETWORK")]
    pub name: String,
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct PruneArgs {
    /// Do not prompt for confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Only networks with these labels (label=KEY[=VALUE])
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct ReloadArgs {
    /// Every container (and every network's rules)
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Containers whose networks to reload
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct ConnectArgs {
    /// Another name for the container on this network
    #[arg(long, value_name = "ALIAS")]
    pub alias: Vec<String>,
    /// The container's IPv4 address on the network
    #[arg(long, value_name = "ADDRESS")]
    pub ip: Option<String>,
    #[arg(value_name = "NETWORK")]
    pub network: String,
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct DisconnectArgs {
    /// Disconnect even when the container is not connected (no error)
    #[arg(short = 'f', long)]
    pub force: bool,
    #[arg(value_name = "NETWORK")]
    pub network: String,
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

pub fn exec(cmd: NetworkCommand, ctx: &Context) -> anyhow::Result<u8> {
    // Rootless networks are the user-mode network's (containers reach each other through
    // their monitors): nothing of the host's to reload, nothing to plug in live.
    if ctx.rootless
        && matches!(
            cmd,
            NetworkCommand::Reload(_) | NetworkCommand::Connect(_) | NetworkCommand::Disconnect(_)
        )
    {
        bail!("network reload, connect and disconnect need root");
    }
    let store = ctx.store()?;
    let defs = Definitions::new(&store.root);
    let dir = crate::runtime::net::state_dir_of(&store, ctx.rootless);
    match cmd {
        NetworkCommand::Create(a) => create(a, &store, &defs, &dir, ctx.rootless),
        NetworkCommand::Ls(a) => ls(a, &defs),
        NetworkCommand::Inspect(a) => inspect(a, &defs, &dir),
        NetworkCommand::Rm(a) => rm(a, &store, &defs, ctx),
        NetworkCommand::Exists(a) => Ok(match defs.find(&a.name) {
            Ok(_) => 0,
            Err(_) => 1,
        }),
        NetworkCommand::Prune(a) => prune(a, &store, ctx.rootless),
        NetworkCommand::Reload(a) => reload(a, &store, &defs),
        NetworkCommand::Connect(a) => {
            let ip = (a.ip.as_deref())
                .map(|s| s.parse().with_context(|| format!("invalid --ip {s:?}")))
                .transpose()?;
            let store = ctx.owner_store()?;
            crate::runtime::net::connect(&store, &a.container, &a.network, a.alias, ip)?;
            Ok(0)
        }
        NetworkCommand::Disconnect(a) => {
            let store = ctx.owner_store()?;
            crate::runtime::net::disconnect(&store, &a.container, &a.network, a.force)?;
            Ok(0)
        }
    }
}

fn key_values(items: &[String], what: &str) -> anyhow::Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for i in items {
        let (k, v) = i.split_once('=').unwrap_or((i, ""));
        if k.is_empty() {
            bail!("invalid {what} {i:?}: use KEY=VALUE");
        }
        out.insert(k.to_string(), v.to_string());
    }
    Ok(out)
}

fn create(
    a: CreateArgs,
    store: &Store,
    defs: &Definitions,
    dir: &std::path::Path,
    rootless: bool,
) -> anyhow::Result<u8> {
    if !config::valid_name(&a.name) {
        bail!(
            "invalid network name {:?}: only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed",
            a.name
        );
    }
    if rootless && a.driver != "bridge" {
        bail!(
            "the {} driver needs root: rootless networks use bridge",
            a.driver
        );
    }
    if rootless && (a.ipv6 || a.subnet.iter().any(|s| s.contains(':'))) {
        bail!("IPv6 networks need root: the rootless user-mode network is IPv4");
    }
    // One value of each address family: IPv6 ones have colons.
    let split = |values: &[String],
                 what: &str|
     -> anyhow::Result<(Option<String>, Option<String>)> {
        let (v6, v4): (Vec<&String>, Vec<&String>) = values.iter().partition(|v| v.contains(':'));
        if v4.len() > 1 || v6.len() > 1 {
            bail!("{what} takes one IPv4 and one IPv6 value at most");
        }
        Ok((
            v4.first().map(|s| s.to_string()),
            v6.first().map(|s| s.to_string()),
        ))
    };
    let (subnet, subnet6) = split(&a.subnet, "--subnet")?;
    let (gateway, gateway6) = split(&a.gateway, "--gateway")?;
    fn parse_ip<T: std::str::FromStr>(s: &Option<String>) -> anyhow::Result<Option<T>> {
        (s.as_deref())
            .map(|v| {
                v.parse()
                    .ok()
                    .with_context(|| format!("invalid --gateway {v:?}"))
            })
            .transpose()
    }
    let (gateway, gateway6) = (parse_ip(&gateway)?, parse_ip(&gateway6)?);
    let req = config::CreateRequest {
        name: a.name,
        driver: a.driver,
        subnet: subnet.as_deref().map(config::parse_cidr).transpose()?,
        gateway,
        ipv6: a.ipv6,
        subnet6: subnet6.as_deref().map(config::parse_cidr6).transpose()?,
        gateway6,
        ip_range: a.ip_range.as_deref().map(config::parse_cidr).transpose()?,
        internal: a.internal,
        labels: key_values(&a.label, "label")?,
        options: key_values(&a.opt, "option")?,
    };
    let net = config::create(defs, dir, &req)?;
    crate::runtime::events::network(store, &net, "create", None);
    crate::format::line(&net.id)?;
    Ok(0)
}

const HEADERS: &[(&str, &str)] = &[
    ("ID", "NETWORK ID"),
    ("Name", "NAME"),
    ("Driver", "DRIVER"),
    ("Scope", "SCOPE"),
    ("IPv6", "IPV6"),
    ("Internal", "INTERNAL"),
    ("Labels", "LABELS"),
    ("CreatedAt", "CREATED AT"),
];
const DEFAULT_TABLE: &str = r"{{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}";

fn ls_row(n: &Network, no_trunc: bool) -> Value {
    let id = match no_trunc {
        true => n.id.clone(),
        false => n.id[..12].to_string(),
    };
    let labels: Vec<String> = n.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
    row([
        ("ID", text(id)),
        ("Name", text(n.name.as_str())),
        ("Driver", text(n.driver.as_str())),
        ("Scope", text("local")),
        ("IPv6", text(n.subnet6.is_some().to_string())),
        ("Internal", text(n.internal.to_string())),
        ("Labels", text(labels.join(","))),
        ("CreatedAt", text(n.created.as_str())),
    ])
}

fn ls(a: LsArgs, defs: &Definitions) -> anyhow::Result<u8> {
    let filters = Filters::parse(&a.filter, &["name", "id", "driver", "label", "type"])?;
    filters.check_values("type", &["custom", "builtin"])?;
    let format = match a.quiet {
        true => None,
        false => {
            let f = ListFormat::parse(a.format.as_deref().unwrap_or(""), DEFAULT_TABLE)?;
            f.check(&ls_row(&Network::default_bridge(), false))
                .map_err(|e| anyhow::anyhow!("template parsing error: {e}"))?;
            Some(match a.noheading {
                true => f.without_heading(),
                false => f,
            })
        }
    };
    let nets: Vec<Network> = (defs.list()?.into_iter())
        .filter(|n| {
            filters.matches("name", &n.name)
                && (!filters.contains("id")
                    || filters
                        .values("id")
                        .iter()
                        .any(|v| n.id.starts_with(v.as_str())))
                && (!filters.contains("driver") || filters.values("driver").contains(&n.driver))
                && filters.matches_labels("label", &n.labels)
                && (!filters.contains("type")
                    || filters
                        .values("type")
                        .iter()
                        .any(|t| (t == "builtin") == n.is_default()))
        })
        .collect();
    match format {
        Some(f) => f.print(HEADERS, nets.iter().map(|n| ls_row(n, a.no_trunc)))?,
        None => {
            for n in &nets {
                crate::format::line(if a.no_trunc { &n.id } else { &n.id[..12] })?;
            }
        }
    }
    Ok(0)
}

/// docker's network inspect document.
fn network_json(n: &Network, state: &State) -> serde_json::Value {
    let mut containers = serde_json::Map::new();
    for (id, att) in &state.containers {
        for l in att.leases.iter().filter(|l| l.network_id == n.id) {
            containers.insert(
                id.clone(),
                json!({
                    "Name": att.name,
                    "EndpointID": "",
                    "MacAddress": l.mac,
                    "IPv4Address": format!("{}/{}", l.ip, l.prefix),
                    "IPv6Address": l.ip6.zip(l.subnet6).map(|(a, (_, p))| format!("{a}/{p}")).unwrap_or_default(),
                }),
            );
        }
    }
    let mut ipam =
        json!({"Subnet": format!("{}/{}", n.subnet, n.prefix), "Gateway": n.gateway.to_string()});
    if let Some((ip, p)) = n.ip_range {
        ipam["IPRange"] = json!(format!("{ip}/{p}"));
    }
    let mut ipam = vec![ipam];
    if let (Some((s, p)), Some(g)) = (n.subnet6, n.gateway6) {
        ipam.push(json!({"Subnet": format!("{s}/{p}"), "Gateway": g.to_string()}));
    }
    let mut options = serde_json::Map::new();
    for (k, v) in &n.options {
        options.insert(k.clone(), json!(v));
    }
    if n.driver == "bridge" {
        options.insert("com.docker.network.bridge.name".into(), json!(n.interface));
    } else {
        options.insert("parent".into(), json!(n.interface));
    }
    json!({
        "Name": n.name,
        "Id": n.id,
        "Created": n.created,
        "Scope": "local",
        "Driver": n.driver,
        "EnableIPv6": n.subnet6.is_some(),
        "IPAM": {"Driver": "default", "Options": {}, "Config": ipam},
        "Internal": n.internal,
        "Attachable": false,
        "Ingress": false,
        "DNSEnabled": n.dns,
        "Containers": containers,
        "Options": options,
        "Labels": n.labels,
    })
}

fn inspect(a: InspectArgs, defs: &Definitions, dir: &std::path::Path) -> anyhow::Result<u8> {
    let template = match a.format.as_deref().map(str::trim) {
        None | Some("") | Some("json") => None,
        Some(f) => Some(crate::format::template::Template::parse_for_json(f)?),
    };
    let state = crate::network::attach::snapshot(dir)?;
    let mut out = Vec::new();
    let mut missing = Vec::new();
    for name in &a.names {
        match defs.find(name) {
            Ok(n) => out.push(network_json(&n, &state)),
            Err(_) => missing.push(name.as_str()),
        }
    }
    match template {
        None => crate::format::json(&out)?,
        Some(t) => {
            let mut text = String::new();
            for value in &out {
                text.push_str(&t.execute_json(value)?);
                text.push('\n');
            }
            crate::format::raw(text.as_bytes())?;
        }
    }
    if !missing.is_empty() {
        bail!("network {} not found", missing.join(", "));
    }
    Ok(0)
}

/// The containers (running or not) whose spec names network `name`.
fn containers_on(
    store: &Store,
    name: &str,
) -> anyhow::Result<Vec<crate::store::containers::ContainerRecord>> {
    Ok((store.containers()?.into_iter())
        .filter(|r| r.spec.net.networks.iter().any(|e| e.network == name))
        .collect())
}

/// `network reload`: rebuild the firewall rules of the named containers' networks (or of
/// every network with `--all`), printing each container's id, as podman does.
fn reload(a: ReloadArgs, store: &Store, defs: &Definitions) -> anyhow::Result<u8> {
    let dir = crate::runtime::net::state_dir();
    if a.all {
        if !a.containers.is_empty() {
            bail!("--all and containers cannot be given together");
        }
        for id in crate::network::attach::reload(&dir, &defs.list()?)? {
            // The state is host-wide: only this store's containers are shown.
            if store.find_container(&id).is_ok() {
                crate::format::line(&id)?;
            }
        }
        return Ok(0);
    }
    if a.containers.is_empty() {
        bail!("when not reloading all containers, at least one container must be given");
    }
    let (each, found) = super::each::Each::find(store, &a.containers);
    each.finish(found, |_, rec| {
        if !store.is_running(&rec.id) {
            return Err(crate::runtime::error::Error::NotRunning(rec.name.clone()).into());
        }
        crate::network::attach::reload_container(&dir, &rec.id)?;
        Ok(rec.id.clone())
    })
}

/// `network rm`: 1 when a network does not exist (it decides the status once seen), else
/// 125 for any failure.
fn rm(a: RmArgs, store: &Store, defs: &Definitions, ctx: &Context) -> anyhow::Result<u8> {
    let mut status = 0;
    for name in &a.names {
        let r = (|| {
            let net = defs.find(name)?;
            if net.is_default() {
                bail!(
                    "network {} is the default network and cannot be removed",
                    net.name
                );
            }
            let users = containers_on(store, &net.name)?;
            if !users.is_empty() {
                if !a.force {
                    let names: Vec<&str> = users.iter().map(|r| r.name.as_str()).collect();
                    bail!(
                        "network {} is in use by container {}",
                        net.name,
                        names.join(", ")
                    );
                }
                let ids: Vec<String> = users.iter().map(|r| r.id.clone()).collect();
                let code = crate::cmd::rm::exec(
                    crate::cmd::rm::Args {
                        force: true,
                        volumes: false,
                        ignore: true,
                        depend: false,
                        time: None,
                        select: crate::cmd::targets::Select {
                            all: false,
                            latest: false,
                            filter: Vec::new(),
                            cidfile: Vec::new(),
                            containers: ids,
                        },
                    },
                    ctx,
                )?;
                if code != 0 {
                    bail!("removing the containers of network {}", net.name);
                }
            }
            crate::runtime::net::remove_network(store, ctx.rootless, &net)?;
            defs.remove(&net.name)?;
            crate::format::line(&net.name)?;
            Ok(())
        })();
        if let Err(e) = r {
            crate::format::error_line(&e);
            let code = match e.downcast_ref::<config::NotFound>() {
                Some(_) => crate::error::EXIT_NO_SUCH_OBJECT,
                None => crate::spec::exit::EXIT_BERTH,
            };
            status = super::each::merge_status(status, code);
        }
    }
    Ok(status)
}

/// Remove the user networks no container of the store names and `chosen` accepts
/// (`network prune`, `system prune`); their names.
pub fn remove_unused(
    store: &Store,
    rootless: bool,
    chosen: &dyn Fn(&Network) -> bool,
) -> anyhow::Result<Vec<String>> {
    let defs = Definitions::new(&store.root);
    let used: std::collections::BTreeSet<String> = (store.containers()?.iter())
        .flat_map(|r| r.spec.net.networks.iter().map(|e| e.network.clone()))
        .collect();
    let mut removed = Vec::new();
    for net in defs.list()? {
        if net.is_default() || used.contains(&net.name) || !chosen(&net) {
            continue;
        }
        crate::runtime::net::remove_network(store, rootless, &net)?;
        defs.remove(&net.name)?;
        removed.push(net.name);
    }
    Ok(removed)
}

fn prune(a: PruneArgs, store: &Store, rootless: bool) -> anyhow::Result<u8> {
    let filters = Filters::parse(&a.filter, &["label"])?;
    let removed = remove_unused(store, rootless, &|n| {
        filters.matches_labels("label", &n.labels)
    })?;
    let _ = a.force;
    if !removed.is_empty() {
        crate::format::line("Deleted Networks:")?;
        for n in removed {
            crate::format::line(&n)?;
        }
    }
    Ok(0)
}
