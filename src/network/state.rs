//! What is attached now, host-wide: every running container's addresses (the IPAM
//! leases), published ports and name-resolution facts, in one JSON file under the network
//! run directory, changed only under its lock and replaced atomically.
//!
//! The bridges and firewall tables are the host's, shared by every store, so their
//! bookkeeping is host-wide too (`/run/berth/network`), whatever store a container is in.
//! An entry lives while its owner (the process that started the container and waits for
//! it) lives: an owner's death, even by SIGKILL, makes the entry stale, and the next
//! command that takes the lock sweeps it (see [`State::sweep`]).

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::{Deserialize, Serialize};

use crate::spec::network::PortMapping;

/// The run directory of the network state (host-wide, as root).
pub const RUN_DIR: &str = "/run/berth/network";

/// A process, by pid and start time, so a recycled pid is never taken for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Proc {
    pub pid: i32,
    pub start: u64,
}

impl Proc {
    pub fn of(pid: i32) -> Option<Proc> {
        start_time(pid).map(|start| Proc { pid, start })
    }

    pub fn me() -> Proc {
        Proc::of(std::process::id() as i32).unwrap_or_default()
    }

    pub fn alive(&self) -> bool {
        self.pid > 0 && start_time(self.pid) == Some(self.start)
    }
}

/// Field 22 of /proc/PID/stat: the start time in clock ticks since boot; `None` when the
/// process is gone or a zombie (dead, waiting to be reaped by whoever inherited it).
fn start_time(pid: i32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = &stat[stat.rfind(')')? + 2..];
    let mut fields = after.split(' ');
    if matches!(fields.next(), Some("Z" | "X" | "x")) {
        return None;
    }
    fields.nth(18)?.parse().ok()
}

/// One network a container is attached to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Lease {
    pub network: String,
    pub network_id: String,
    pub driver: String,
    pub interface: String,
    pub subnet: Ipv4Addr,
    pub prefix: u8,
    pub gateway: Ipv4Addr,
    pub internal: bool,
    pub dns: bool,
    pub ip: Ipv4Addr,
    pub mac: String,
    pub aliases: Vec<String>,
    /// The interface name inside the container (eth0, eth1, ...).
    pub ifname: String,
    /// The host end of its veth (bridge driver), to cut the link from outside.
    #[serde(default)]
    pub host_veth: String,
    /// Dual-stack networks: the container's IPv6 address, the prefix and the gateway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6: Option<Ipv6Addr>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet6: Option<(Ipv6Addr, u8)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway6: Option<Ipv6Addr>,
    /// Fields of a newer berth (the state is host-wide, shared by every berth on the
    /// host): kept as they are, so an older berth's write does not drop them.
    #[serde(flatten)]
    pub newer: BTreeMap<String, serde_json::Value>,
}

/// A running container's network facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Attached {
    pub name: String,
    pub hostname: String,
    /// `--domainname`: the container's own line in its /etc/hosts names `HOST.DOMAIN`.
    #[serde(default)]
    pub domainname: String,
    /// The process that started the container and waits for it.
    pub owner: Proc,
    /// The container's init, once it runs: its /etc/hosts is kept current through
    /// /proc/PID/root.
    #[serde(default)]
    pub init: Option<Proc>,
    pub leases: Vec<Lease>,
    /// Published ports, host ports resolved (first lease's address).
    pub ports: Vec<PortMapping>,
    /// The container's /etc/hosts without its peers (loopback, its own names, --add-host,
    /// --link); `None`: berth does not manage it (`--no-hosts`).
    pub hosts_head: Option<String>,
    /// Fields of a newer berth (the state is host-wide, shared by every berth on the
    /// host): kept as they are, so an older berth's write does not drop them.
    #[serde(flatten)]
    pub newer: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct State {
    pub containers: BTreeMap<String, Attached>,
    /// The subnets of the networks every store defined since boot, by network id, so two
    /// stores never pick one subnet.
    #[serde(default)]
    pub subnets: BTreeMap<String, (Ipv4Addr, u8)>,
    /// The same for the IPv6 subnets of dual-stack networks.
    #[serde(default)]
    pub subnets6: BTreeMap<String, (Ipv6Addr, u8)>,
    /// Fields of a newer berth (the state is host-wide, shared by every berth on the
    /// host): kept as they are, so an older berth's write does not drop them.
    #[serde(flatten)]
    pub newer: BTreeMap<String, serde_json::Value>,
}

/// The state, locked: read when the lock is taken, written by [`Locked::save`].
pub struct Locked {
    pub state: State,
    dir: PathBuf,
    _lock: OwnedFd,
}

pub fn lock(dir: &Path) -> anyhow::Result<Locked> {
    use rustix::fs::{FlockOperation, Mode, OFlags};
    if let Err(e) = std::fs::create_dir_all(dir) {
        return Err(e).with_context(|| format!("creating {}", dir.display()));
    }
    let path = dir.join("lock");
    let fd = rustix::fs::open(
        &path,
        OFlags::CREATE | OFlags::RDWR | OFlags::CLOEXEC,
        Mode::from_raw_mode(0o600),
    )
    .with_context(|| format!("opening {}", path.display()))?;
    rustix::fs::flock(&fd, FlockOperation::LockExclusive)
        .with_context(|| format!("locking {}", path.display()))?;
    let file = dir.join("state.json");
    let state = match std::fs::read(&file) {
        Ok(data) => serde_json::from_slice(&data).unwrap_or_else(|e| {
            log::warn!(
                "{}: {e}; starting from an empty network state",
                file.display()
            );
            State::default()
        }),
        Err(_) => State::default(),
    };
    Ok(Locked {
        state,
        dir: dir.to_path_buf(),
        _lock: fd,
    })
}

impl Locked {
    pub fn save(&self) -> anyhow::Result<()> {
        let file = self.dir.join("state.json");
        let tmp = self.dir.join("state.json.tmp");
        super::write_file(&tmp, &serde_json::to_vec(&self.state)?)?;
        std::fs::rename(&tmp, &file).with_context(|| format!("writing {}", file.display()))
    }
}

impl State {
    /// Drop the entries whose owner is gone; returns them.
    pub fn sweep(&mut self) -> Vec<(String, Attached)> {
        let dead: Vec<String> = (self.containers.iter())
            .filter(|(_, a)| !a.owner.alive())
            .map(|(id, _)| id.clone())
            .collect();
        dead.into_iter()
            .filter_map(|id| self.containers.remove(&id).map(|a| (id, a)))
            .collect()
    }

    /// Addresses in use on the network whose bridge is `interface`.
    pub fn used(&self, interface: &str) -> impl Iterator<Item = Ipv4Addr> + '_ {
        let iface = interface.to_string();
        self.containers
            .values()
            .flat_map(|a| a.leases.iter())
            .filter(move |l| l.interface == iface)
            .map(|l| l.ip)
    }

    /// IPv6 addresses in use on the network whose bridge is `interface`.
    pub fn used6(&self, interface: &str) -> impl Iterator<Item = Ipv6Addr> + '_ {
        let iface = interface.to_string();
        self.containers
            .values()
            .flat_map(|a| a.leases.iter())
            .filter(move |l| l.interface == iface)
            .filter_map(|l| l.ip6)
    }

    /// Host ports taken by berth's published ports.
    pub fn host_ports(&self) -> impl Iterator<Item = &PortMapping> {
        self.containers.values().flat_map(|a| a.ports.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_of_a_newer_berth_survive_a_rewrite() {
        let text = r#"{"Containers":{"c1":{"Name":"a","Hostname":"a","Owner":{"pid":1,"start":2},
            "Leases":[{"Network":"n","NetworkId":"i","Driver":"bridge","Interface":"br",
            "Subnet":"10.9.0.0","Prefix":24,"Gateway":"10.9.0.1","Internal":false,"Dns":true,
            "Ip":"10.9.0.2","Mac":"","Aliases":[],"Ifname":"eth0","Future":[1]}],
            "Ports":[],"HostsHead":null,"Later":"x"}},"Subnets":{},"Elsewhere":true}"#;
        let state: State = serde_json::from_str(text).unwrap();
        let again = serde_json::to_value(&state).unwrap();
        assert_eq!(again["Elsewhere"], true);
        assert_eq!(again["Containers"]["c1"]["Later"], "x");
        assert_eq!(again["Containers"]["c1"]["Leases"][0]["Future"][0], 1);
    }
}
