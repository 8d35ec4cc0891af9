//! A container's networks at start and exit: the reservation made before the clone, held
//! by the process that waits for the container and released when it has exited.

use std::path::PathBuf;

use anyhow::{Context as _, bail};

use crate::network::attach::{self, Request, Reservation};
use crate::network::config::Definitions;
use crate::spec::NetworkMode;
use crate::store::Store;
use crate::store::containers::ContainerRecord;

/// The host-wide network state directory.
pub fn state_dir() -> PathBuf {
    PathBuf::from(crate::network::state::RUN_DIR)
}

/// A container's networks, held while it runs: dropping it releases them.
#[derive(Debug)]
pub struct NetLease {
    id: String,
    /// A network that resolves names: the init's pid is recorded for /etc/hosts updates.
    dns: bool,
}

impl NetLease {
    /// The container's init runs as `pid`.
    pub fn started(&self, pid: i32) {
        if !self.dns {
            return;
        }
        if let Err(e) = attach::started(&state_dir(), &self.id, pid) {
            log::warn!(
                "recording the network of container {}: {e:#}",
                &self.id[..12]
            );
        }
    }
}

impl Drop for NetLease {
    fn drop(&mut self) {
        if let Err(e) = attach::release(&state_dir(), &self.id) {
            log::warn!(
                "releasing the network of container {}: {e:#}",
                &self.id[..12]
            );
        }
    }
}

/// Reserve the container's networks (bridge mode), before it is cloned.
pub fn reserve(
    store: &Store,
    rec: &ContainerRecord,
) -> anyhow::Result<Option<(NetLease, Reservation)>> {
    let spec = &rec.spec;
    if spec.network != NetworkMode::Bridge {
        return Ok(None);
    }
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
    };
    let r = attach::reserve(&state_dir(), &req)?;
    let dns = r.links.len() > 1 || req.networks.iter().any(|(n, _)| n.dns);
    Ok(Some((
        NetLease {
            id: rec.id.clone(),
            dns,
        },
        r,
    )))
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

/// The ports container `id` publishes now (none when it does not run).
pub fn published(id: &str) -> Vec<crate::spec::network::PortMapping> {
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
