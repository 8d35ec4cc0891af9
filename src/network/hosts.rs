//! Name resolution without a daemon: every container's /etc/hosts lists its peers, and is
//! rewritten in place (under the network lock) whenever a peer on one of its networks
//! comes, goes or changes address. The file is the container's private tmpfs file, reached
//! through /proc/PID/root of its init, resolved inside that root without following links.

use std::collections::BTreeSet;
use std::io::Write as _;

use super::state::{Attached, Lease, State};

/// The head of a container's /etc/hosts: loopback names, its own addresses and names,
/// then `extra` lines (--add-host, --link).
pub fn head(att: &Attached, extra: &[(String, String)]) -> String {
    let mut out = String::from("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n");
    for l in &att.leases {
        let mut lines = own_lines(l, &att.hostname, &att.domainname);
        if att.name != att.hostname {
            lines = lines.replace('\n', &format!(" {}\n", att.name));
        }
        out.push_str(&lines);
    }
    if att.leases.is_empty() {
        let own = super::own_names(&att.hostname, &att.domainname);
        out.push_str(&format!("127.0.1.1\t{own}\n"));
    }
    for (name, ip) in extra {
        out.push_str(&format!("{ip}\t{name}\n"));
    }
    out
}

/// A container's own lines for one of its networks: its address (and its IPv6 one on a
/// dual-stack network) with its names.
pub fn own_lines(lease: &Lease, hostname: &str, domainname: &str) -> String {
    let own = super::own_names(hostname, domainname);
    let mut out = format!("{}\t{own}\n", lease.ip);
    if let Some(ip6) = lease.ip6 {
        out.push_str(&format!("{ip6}\t{own}\n"));
    }
    out
}

/// The whole file for container `id`: its head and one line per peer on each of its
/// networks that resolves names (name, aliases on that network, short id).
pub fn render(state: &State, id: &str) -> Option<String> {
    let me = state.containers.get(id)?;
    let mut out = me.hosts_head.clone()?;
    let mut seen = BTreeSet::new();
    for mine in me.leases.iter().filter(|l| l.dns) {
        for (peer_id, peer) in &state.containers {
            if peer_id == id {
                continue;
            }
            for theirs in peer.leases.iter().filter(|l| l.interface == mine.interface) {
                if !seen.insert((theirs.ip, peer_id.clone())) {
                    continue;
                }
                let mut names = vec![peer.name.clone()];
                names.extend(theirs.aliases.iter().cloned());
                if peer.hostname != peer.name {
                    names.push(peer.hostname.clone());
                }
                names.push(peer_id[..12.min(peer_id.len())].to_string());
                names.dedup();
                out.push_str(&format!("{}\t{}\n", theirs.ip, names.join(" ")));
                if let Some(ip6) = theirs.ip6 {
                    out.push_str(&format!("{ip6}\t{}\n", names.join(" ")));
                }
            }
        }
    }
    Some(out)
}

/// The containers whose files list `id`'s addresses: those sharing a name-resolving
/// network with it.
pub fn peers_of(state: &State, att: &Attached, id: &str) -> Vec<String> {
    let nets: BTreeSet<&str> = (att.leases.iter())
        .filter(|l| l.dns)
        .map(|l| l.interface.as_str())
        .collect();
    if nets.is_empty() {
        return Vec::new();
    }
    (state.containers.iter())
        .filter(|(pid, p)| {
            *pid != id && p.leases.iter().any(|l| nets.contains(l.interface.as_str()))
        })
        .map(|(pid, _)| pid.clone())
        .collect()
}

/// Rewrite the /etc/hosts of each container in `ids` that runs. A failure is logged: a
/// container that removed its file keeps what it has.
pub fn refresh(state: &State, ids: &[String]) {
    for id in ids {
        let Some(att) = state.containers.get(id) else {
            continue;
        };
        let (Some(init), Some(content)) = (att.init, render(state, id)) else {
            continue;
        };
        if let Err(e) = write_in_container(init, &content) {
            log::debug!("updating /etc/hosts of {}: {e:#}", att.name);
        }
    }
}

fn write_in_container(init: super::state::Proc, content: &str) -> anyhow::Result<()> {
    use rustix::fs::{Mode, OFlags, ResolveFlags};
    let root = rustix::fs::open(
        format!("/proc/{}/root", init.pid),
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    // The pid is the container's init still (checked after the open, so the root is its).
    if !init.alive() {
        anyhow::bail!("the container has exited");
    }
    let fd = rustix::fs::openat2(
        &root,
        "etc/hosts",
        OFlags::WRONLY | OFlags::NONBLOCK | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
        ResolveFlags::IN_ROOT | ResolveFlags::NO_SYMLINKS | ResolveFlags::NO_MAGICLINKS,
    )?;
    let st = rustix::fs::fstat(&fd)?;
    if rustix::fs::FileType::from_raw_mode(st.st_mode) != rustix::fs::FileType::RegularFile {
        anyhow::bail!("/etc/hosts is not a regular file");
    }
    rustix::fs::ftruncate(&fd, 0)?;
    let mut file = std::fs::File::from(fd);
    file.write_all(content.as_bytes())?;
    Ok(())
}
