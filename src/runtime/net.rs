//! A container's networks at start and exit: the reservation made before the clone, held
//! by the process that waits for the container and released when it has exited.

use std::path::PathBuf;

use anyhow::{Context as _, bail};

use crate::network::attach::{self, Request, Reservation};
use crate::network::config::Definitions;
use crate::spec::NetworkMode;
use crate::spec::network::PortMapping;
use crate::store::Store;
use crate::store::containers::ContainerRecord;

/// The host-wide network state directory.
pub fn state_dir() -> PathBuf {
    PathBuf::from(crate::network::state::RUN_DIR)
}

/// The network state directory: host-wide as root; rootless, the user's own in the
/// runroot (their networks are user-mode ones, nothing of the host's).
pub fn state_dir_of(store: &Store, rootless: bool) -> PathBuf {
    match rootless {
        true => store.runroot.join("network"),
        false => state_dir(),
    }
}

/// `network rm` and `prune`: give the network's subnet back, and as root remove its
/// bridge and firewall table.
pub fn remove_network(
    store: &Store,
    rootless: bool,
    net: &crate::network::config::Network,
) -> anyhow::Result<()> {
    match rootless {
        true => attach::forget(&state_dir_of(store, true), net)?,
        false => attach::teardown(&state_dir(), net)?,
    }
    super::events::network(store, net, "destroy", None);
    Ok(())
}

/// A rootless container's place on its user network: its layout, its peers' relay
/// directory and its own relay socket (removed with the lease).
#[derive(Debug, Clone)]
pub struct UserNet {
    pub layout: crate::network::usermode::Layout,
    pub peers: crate::network::usermode::Peers,
    pub relay: PathBuf,
}

/// A container's networks, held while it runs: dropping it releases them.
#[derive(Debug)]
pub struct NetLease {
    id: String,
    dir: PathBuf,
    /// A network that resolves names: the init's pid is recorded for /etc/hosts updates.
    dns: bool,
    /// Rootless, on a user network.
    pub usermode: Option<UserNet>,
}

impl NetLease {
    /// The container's init runs as `pid`.
    pub fn started(&self, pid: i32) {
        if !self.dns {
            return;
        }
        if let Err(e) = attach::started(&self.dir, &self.id, pid) {
            log::warn!(
                "recording the network of container {}: {e:#}",
                &self.id[..12]
            );
        }
    }
}

impl Drop for NetLease {
    fn drop(&mut self) {
        if let Some(u) = &self.usermode {
            let _ = std::fs::remove_file(&u.relay);
        }
        if let Err(e) = attach::release(&self.dir, &self.id) {
            log::warn!(
                "releasing the network of container {}: {e:#}",
                &self.id[..12]
            );
        }
    }
}

/// Reserve the container's networks (bridge mode, or a rootless container's user
/// network), before it is cloned.
pub fn reserve(
    store: &Store,
    rec: &ContainerRecord,
    rootless: bool,
) -> anyhow::Result<Option<(NetLease, Reservation)>> {
    let spec = &rec.spec;
    let usermode = match spec.network {
        NetworkMode::Bridge => false,
        NetworkMode::User if !spec.net.networks.is_empty() => true,
        _ => return Ok(None),
    };
    let dir = state_dir_of(store, rootless && usermode);
    let defs = Definitions::new(&store.root);
    let mut networks = Vec::new();
    for ep in &spec.net.networks {
        let net = defs
            .find(&ep.network)
            .with_context(|| format!("starting container {}", rec.name))?;
        networks.push((net, ep.clone()));
    }
    let req = Request {
        id: &rec.id,
        name: &rec.name,
        hostname: &spec.hostname,
        opts: &spec.net,
        no_hosts: spec.no_hosts,
        networks,
        usermode,
    };
    let r = attach::reserve(&dir, &req)?;
    let dns = r.links.len() > 1 || req.networks.iter().any(|(n, _)| n.dns);
    let usermode = match (usermode, r.links.first()) {
        (true, Some(link)) => {
            let peers = crate::network::usermode::Peers {
                dir: dir.join("peers"),
            };
            std::fs::create_dir_all(&peers.dir)
                .with_context(|| format!("creating {}", peers.dir.display()))?;
            Some(UserNet {
                layout: crate::network::usermode::Layout {
                    guest: link.ip,
                    prefix: link.prefix,
                    gateway: req.networks[0].0.gateway,
                },
                relay: crate::network::usermode::relay_path(&peers.dir, link.ip),
                peers,
            })
        }
        _ => None,
    };
    let lease = NetLease {
        id: rec.id.clone(),
        dir,
        dns,
        usermode,
    };
    Ok(Some((lease, r)))
}

/// The IPC, UTS and PID namespaces to join for `--ipc`/`--uts`/`--pid container:NAME`.
pub fn join_shared(
    store: &Store,
    rec: &ContainerRecord,
) -> anyhow::Result<Vec<(nix::sched::CloneFlags, PathBuf)>> {
    use crate::spec::network::ShareMode;
    let mut out = Vec::new();
    for (mode, kind, name) in [
        (
            &rec.spec.net.ipc,
            nix::sched::CloneFlags::CLONE_NEWIPC,
            "ipc",
        ),
        (
            &rec.spec.net.uts,
            nix::sched::CloneFlags::CLONE_NEWUTS,
            "uts",
        ),
        (
            &rec.spec.net.pid,
            nix::sched::CloneFlags::CLONE_NEWPID,
            "pid",
        ),
    ] {
        if let ShareMode::Container(id) = mode {
            let other = store.find_container(id)?;
            match running_pid(store, &other.id) {
                Some(pid) => out.push((kind, PathBuf::from(format!("/proc/{pid}/ns/{name}")))),
                None => bail!(
                    "container {} is not running: cannot join its {name} namespace",
                    other.name
                ),
            }
        }
    }
    Ok(out)
}

/// The network namespace to join for `container:` and `ns:` modes.
pub fn join_path(store: &Store, rec: &ContainerRecord) -> anyhow::Result<Option<PathBuf>> {
    match &rec.spec.network {
        NetworkMode::Ns(p) => Ok(Some(p.clone())),
        NetworkMode::Container(id) => {
            let other = store.find_container(id)?;
            let state = match store.is_running(&other.id) {
                true => store.read_run_state(&other.id),
                false => None,
            };
            match state.filter(|s| s.pid > 0) {
                Some(s) => Ok(Some(PathBuf::from(format!("/proc/{}/ns/net", s.pid)))),
                None => bail!(
                    "container {} is not running: cannot join its network",
                    other.name
                ),
            }
        }
        _ => Ok(None),
    }
}

/// docker's link variables for each `--link`: `ALIAS_NAME`, `ALIAS_PORT*` for the linked
/// container's exposed ports, and `ALIAS_ENV_*` for its environment.
pub fn link_env(store: &Store, rec: &ContainerRecord, r: &Reservation) -> Vec<String> {
    let mut env = Vec::new();
    for (link, (_, ip)) in rec.spec.net.links.iter().zip(&r.linked) {
        let Ok(other) = store.find_container(&link.id) else {
            continue;
        };
        let prefix = link.alias.to_uppercase().replace(['-', '.'], "_");
        env.push(format!("{prefix}_NAME=/{}/{}", rec.name, link.alias));
        let mut ports = other.spec.net.exposed.clone();
        ports.sort();
        for (i, p) in ports.iter().enumerate() {
            let proto = p.protocol.as_str();
            let url = format!("{proto}://{ip}:{}", p.port);
            if i == 0 {
                env.push(format!("{prefix}_PORT={url}"));
            }
            let key = format!("{prefix}_PORT_{}_{}", p.port, proto.to_uppercase());
            env.push(format!("{key}={url}"));
            env.push(format!("{key}_ADDR={ip}"));
            env.push(format!("{key}_PORT={}", p.port));
            env.push(format!("{key}_PROTO={proto}"));
        }
        for e in &other.spec.env {
            let (k, v) = e.split_once('=').unwrap_or((e, ""));
            if k != "HOME" && k != "PATH" && k != "HOSTNAME" {
                env.push(format!("{prefix}_ENV_{k}={v}"));
            }
        }
    }
    env
}

/// Where the monitor of a rootless container notes the host ports it bound.
fn usermode_ports_file(store: &Store, id: &str) -> PathBuf {
    store.runroot.join(format!("{id}.ports.json"))
}

/// Note the host ports a rootless container's monitor bound (none: the note goes).
pub(super) fn note_usermode_ports(store: &Store, id: &str, ports: &[PortMapping]) {
    let file = usermode_ports_file(store, id);
    let r = match ports.is_empty() {
        true => std::fs::remove_file(&file).or_else(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Ok(()),
            _ => Err(e),
        }),
        false => serde_json::to_vec(ports)
            .map_err(std::io::Error::other)
            .and_then(|data| std::fs::write(&file, data)),
    };
    if let Err(e) = r {
        log::warn!("noting the published ports in {}: {e}", file.display());
    }
}

/// The ports container `id` publishes now (none when it does not run).
pub fn published(store: &Store, id: &str) -> Vec<PortMapping> {
    // Rootless: the monitor's note, while the container runs.
    if let Ok(data) = std::fs::read(usermode_ports_file(store, id)) {
        return match store.is_running(id) {
            true => serde_json::from_slice(&data).unwrap_or_default(),
            false => Vec::new(),
        };
    }
    let file = state_dir().join("state.json");
    let Ok(data) = std::fs::read(&file) else {
        return Vec::new();
    };
    let state: crate::network::state::State = serde_json::from_slice(&data).unwrap_or_default();
    match state.containers.get(id) {
        Some(a) if a.owner.alive() => a.ports.clone(),
        _ => Vec::new(),
    }
}

/// docker's PORTS column: `0.0.0.0:8080->80/tcp, ...`.
pub fn ports_column(ports: &[crate::spec::network::PortMapping]) -> String {
    (ports.iter())
        .map(|p| {
            format!(
                "{}:{}->{}/{}",
                host_ip_text(p),
                p.host_port,
                p.container_port,
                p.protocol.as_str()
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The host address of a published port as docker prints it.
pub fn host_ip_text(p: &crate::spec::network::PortMapping) -> String {
    match p.host_ip {
        Some(std::net::IpAddr::V6(a)) => format!("[{a}]"),
        Some(a) => a.to_string(),
        None => "0.0.0.0".into(),
    }
}

/// `network connect`: add network `network` to the container's record, and attach it now
/// when it runs.
pub fn connect(
    store: &Store,
    container: &str,
    network: &str,
    aliases: Vec<String>,
    ip: Option<std::net::Ipv4Addr>,
) -> anyhow::Result<()> {
    let mut rec = store.find_container(container)?;
    if rec.spec.network != NetworkMode::Bridge {
        bail!(
            "container {} runs with --network {}: only containers on bridge networks can be connected",
            rec.name,
            rec.spec.network.as_str()
        );
    }
    let net = Definitions::new(&store.root).find(network)?;
    if rec.spec.net.networks.iter().any(|e| e.network == net.name) {
        bail!(
            "container {} is already connected to network {}",
            rec.name,
            net.name
        );
    }
    let ep = crate::spec::network::Endpoint {
        network: net.name.clone(),
        aliases,
        ip,
        mac: None,
    };
    if let Some(pid) = running_pid(store, &rec.id) {
        attach::connect_live(&state_dir(), &rec.id, pid, &net, &ep)?;
    }
    rec.spec.net.networks.push(ep);
    store.save_container(&rec)?;
    super::events::network(store, &net, "connect", Some(&rec.id));
    Ok(())
}

/// `network disconnect`: drop network `network` from the container's record, and detach
/// it now when it runs.
pub fn disconnect(
    store: &Store,
    container: &str,
    network: &str,
    force: bool,
) -> anyhow::Result<()> {
    let mut rec = store.find_container(container)?;
    let net = Definitions::new(&store.root).find(network)?;
    let Some(i) = rec
        .spec
        .net
        .networks
        .iter()
        .position(|e| e.network == net.name)
    else {
        if force {
            return Ok(());
        }
        bail!(
            "container {} is not connected to network {}",
            rec.name,
            net.name
        );
    };
    if let Some(pid) = running_pid(store, &rec.id) {
        attach::disconnect_live(&state_dir(), &rec.id, pid, &net.id)?;
    }
    rec.spec.net.networks.remove(i);
    store.save_container(&rec)?;
    super::events::network(store, &net, "disconnect", Some(&rec.id));
    Ok(())
}

fn running_pid(store: &Store, id: &str) -> Option<i32> {
    match store.is_running(id) {
        true => store.read_run_state(id).map(|s| s.pid).filter(|p| *p > 0),
        false => None,
    }
}

/// docker's `HostConfig.NetworkMode`: bridge, a user network's name, none, host,
/// container:ID, ns:PATH (private is berth's own).
pub fn mode_text(rec: &ContainerRecord) -> String {
    match &rec.spec.network {
        NetworkMode::Bridge | NetworkMode::User => {
            (rec.spec.net.networks.first()).map_or("bridge".into(), |e| e.network.clone())
        }
        NetworkMode::Container(id) => format!("container:{id}"),
        NetworkMode::Ns(p) => format!("ns:{}", p.display()),
        other => other.as_str().to_string(),
    }
}

/// docker's `IpcMode`, `UTSMode`, `PidMode`: `private` shown as `private_text`, `host`,
/// `container:ID`.
fn share_text(mode: &crate::spec::network::ShareMode, private_text: &str) -> String {
    use crate::spec::network::ShareMode;
    match mode {
        ShareMode::Private => private_text.to_string(),
        ShareMode::Host => "host".into(),
        ShareMode::Container(id) => format!("container:{id}"),
    }
}

/// Inspect's `NetworkSettings` (addresses while the container runs) and the network
/// fields of `HostConfig`.
pub fn inspect_fields(
    store: &Store,
    rec: &ContainerRecord,
) -> (serde_json::Value, serde_json::Value) {
    use serde_json::json;
    let rootless = rec.spec.network == NetworkMode::User;
    let file = state_dir_of(store, rootless).join("state.json");
    let state: crate::network::state::State = std::fs::read(&file)
        .ok()
        .and_then(|d| serde_json::from_slice(&d).ok())
        .unwrap_or_default();
    let live = state.containers.get(&rec.id).filter(|a| a.owner.alive());
    let mut networks = serde_json::Map::new();
    for ep in &rec.spec.net.networks {
        let lease = live.and_then(|a| a.leases.iter().find(|l| l.network == ep.network));
        networks.insert(
            ep.network.clone(),
            json!({
                "Aliases": ep.aliases,
                "NetworkID": lease.map(|l| l.network_id.clone()).unwrap_or_default(),
                "IPAddress": lease.map(|l| l.ip.to_string()).unwrap_or_default(),
                "IPPrefixLen": lease.map_or(0, |l| l.prefix),
                "Gateway": lease.map(|l| l.gateway.to_string()).unwrap_or_default(),
                "MacAddress": lease.map(|l| l.mac.clone()).unwrap_or_default(),
                "GlobalIPv6Address": lease.and_then(|l| l.ip6).map(|a| a.to_string()).unwrap_or_default(),
                "GlobalIPv6PrefixLen": lease.and_then(|l| l.subnet6).map_or(0, |s| s.1),
                "IPv6Gateway": lease.and_then(|l| l.gateway6).map(|a| a.to_string()).unwrap_or_default(),
            }),
        );
    }
    let first = live.and_then(|a| a.leases.first());
    let mut ports = serde_json::Map::new();
    for p in live.map(|a| a.ports.as_slice()).unwrap_or_default() {
        let key = format!("{}/{}", p.container_port, p.protocol.as_str());
        let entry = ports.entry(key).or_insert_with(|| json!([]));
        if let Some(list) = entry.as_array_mut() {
            list.push(json!({"HostIp": host_ip_text(p), "HostPort": p.host_port.to_string()}));
        }
    }
    for e in &rec.spec.net.exposed {
        ports
            .entry(format!("{}/{}", e.port, e.protocol.as_str()))
            .or_insert(serde_json::Value::Null);
    }
    let settings = json!({
        "IPAddress": first.map(|l| l.ip.to_string()).unwrap_or_default(),
        "IPPrefixLen": first.map_or(0, |l| l.prefix),
        "Gateway": first.map(|l| l.gateway.to_string()).unwrap_or_default(),
        "MacAddress": first.map(|l| l.mac.clone()).unwrap_or_default(),
        "Ports": ports,
        "Networks": networks,
    });
    let net = &rec.spec.net;
    let bindings: serde_json::Map<String, serde_json::Value> = (net.ports.iter())
        .map(|p| {
            (
                format!("{}/{}", p.container_port, p.protocol.as_str()),
                json!([{"HostIp": p.host_ip.map(|a| a.to_string()).unwrap_or_default(),
                        "HostPort": if p.host_port == 0 { String::new() } else { p.host_port.to_string() }}]),
            )
        })
        .collect();
    let host = json!({
        "PortBindings": bindings,
        "PublishAllPorts": net.publish_all,
        "Dns": net.dns,
        "DnsSearch": net.dns_search,
        "DnsOptions": net.dns_options,
        "ExtraHosts": net.extra_hosts.iter().map(|(n, i)| format!("{n}:{i}")).collect::<Vec<_>>(),
        "Links": net.links.iter().map(|l| format!("/{}:/{}/{}", l.name, rec.name, l.alias)).collect::<Vec<_>>(),
        "IpcMode": share_text(&net.ipc, "shareable"),
        "UTSMode": share_text(&net.uts, ""),
        "PidMode": share_text(&net.pid, ""),
    });
    (settings, host)
}
