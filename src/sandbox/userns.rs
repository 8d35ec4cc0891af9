//! Rootless: move the calling process into a new user namespace where it is root.
//!
//! With /etc/subuid and /etc/subgid entries the whole range is mapped by the setuid helpers
//! newuidmap/newgidmap (ids 1..=count map to the subordinate range), so image files owned by
//! other users keep their owners. Without entries only the user's own id is mapped.
//!
//! The helpers must run outside the new namespace (inside it their setuid bit means nothing),
//! so a helper process is forked before `unshare` and maps its parent once told to.

use std::io::{Read, Write};
use std::process::Command;

use anyhow::{Context as _, bail};
use nix::sched::CloneFlags;
use nix::unistd::{ForkResult, Gid, Uid, User};

/// A subordinate id range from /etc/subuid or /etc/subgid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SubRange {
    pub start: u32,
    pub count: u32,
}

/// Parse /etc/subuid-style text for a user given by name or numeric id; the first matching
/// line wins, as shadow-utils does.
pub fn parse_subid(text: &str, name: &str, id: u32) -> Option<SubRange> {
    text.lines().find_map(|line| {
        let mut f = line.trim().split(':');
        let (who, start, count) = (f.next()?, f.next()?, f.next()?);
        if who != name && who.parse::<u32>().ok() != Some(id) {
            return None;
        }
        let range = SubRange {
            start: start.parse().ok()?,
            count: count.parse().ok()?,
        };
        (range.count > 0).then_some(range)
    })
}

fn sub_range(file: &str, name: &str, id: u32) -> Option<SubRange> {
    let text = std::fs::read_to_string(file).ok()?;
    parse_subid(&text, name, id)
}

/// Where the process stands after [`enter`].
#[derive(Debug, Clone, Copy)]
pub struct Mapping {
    /// True when subordinate ranges are mapped (ids other than 0 exist in the namespace).
    pub full: bool,
}

/// Enter a user namespace with the best mapping available. Must be called while the process
/// is single-threaded (unshare of a user namespace requires it).
pub fn enter() -> anyhow::Result<Mapping> {
    let uid = Uid::current();
    let gid = Gid::current();
    let name = User::from_uid(uid)
        .ok()
        .flatten()
        .map(|u| u.name)
        .unwrap_or_default();
    let subuid = sub_range("/etc/subuid", &name, uid.as_raw());
    let subgid = sub_range("/etc/subgid", &name, uid.as_raw());
    let mapping = match (subuid, subgid) {
        (Some(su), Some(sg)) => {
            enter_with_helpers(uid, gid, su, sg)?;
            Mapping { full: true }
        }
        _ => {
            log::info!("no /etc/subuid and /etc/subgid entries for {name}: mapping one id only");
            enter_single(uid, gid)?;
            Mapping { full: false }
        }
    };
    become_root()?;
    Ok(mapping)
}

fn enter_single(uid: Uid, gid: Gid) -> anyhow::Result<()> {
    nix::sched::unshare(CloneFlags::CLONE_NEWUSER).context("creating a user namespace")?;
    // A process may map its own id into a namespace it just created; gid maps additionally
    // need setgroups disabled first.
    std::fs::write("/proc/self/setgroups", "deny").context("writing /proc/self/setgroups")?;
    std::fs::write("/proc/self/uid_map", format!("0 {uid} 1"))
        .context("writing /proc/self/uid_map")?;
    std::fs::write("/proc/self/gid_map", format!("0 {gid} 1"))
        .context("writing /proc/self/gid_map")?;
    Ok(())
}

fn enter_with_helpers(uid: Uid, gid: Gid, su: SubRange, sg: SubRange) -> anyhow::Result<()> {
    let parent = nix::unistd::getpid();
    let (mut go_rx, mut go_tx) = std::io::pipe().context("creating a pipe")?;
    // berth is single-threaded here (no threads are ever started before this point), so the
    // child may run arbitrary code, including spawning processes, after fork.
    let fork = crate::sys::process::fork().context("forking the id-mapping helper")?;
    match fork {
        ForkResult::Child => {
            drop(go_tx);
            let mut b = [0u8; 1];
            let ok = go_rx.read_exact(&mut b).is_ok()
                && run_map("newuidmap", parent.as_raw(), uid.as_raw(), su)
                && run_map("newgidmap", parent.as_raw(), gid.as_raw(), sg);
            // _exit skips destructors that belong to the parent's copy of state.
            crate::sys::process::exit_now(if ok { 0 } else { 1 })
        }
        ForkResult::Parent { child } => {
            drop(go_rx);
            let unshared = nix::sched::unshare(CloneFlags::CLONE_NEWUSER);
            // Tell the helper either way so it never blocks; on failure it maps nothing.
            if unshared.is_ok() {
                let _ = go_tx.write_all(b"1");
            }
            drop(go_tx);
            let status = nix::sys::wait::waitpid(child, None).context("waiting for newuidmap")?;
            unshared.context("creating a user namespace")?;
            if !matches!(status, nix::sys::wait::WaitStatus::Exited(_, 0)) {
                bail!(
                    "newuidmap/newgidmap failed to map the subordinate ids of uid {uid} \
                     (check /etc/subuid, /etc/subgid and that the uidmap package is installed)"
                );
            }
            Ok(())
        }
    }
}

fn run_map(helper: &str, pid: i32, own: u32, range: SubRange) -> bool {
    let args = [
        pid.to_string(),
        "0".into(),
        own.to_string(),
        "1".into(),
        "1".into(),
        range.start.to_string(),
        range.count.to_string(),
    ];
    match Command::new(helper).args(&args).status() {
        Ok(s) if s.success() => true,
        Ok(s) => {
            log::error!("{helper} {} failed: {s}", args.join(" "));
            false
        }
        Err(e) => {
            log::error!("cannot run {helper}: {e}");
            false
        }
    }
}

fn become_root() -> anyhow::Result<()> {
    nix::unistd::setresgid(Gid::from_raw(0), Gid::from_raw(0), Gid::from_raw(0))
        .context("switching to gid 0 in the user namespace")?;
    nix::unistd::setresuid(Uid::from_raw(0), Uid::from_raw(0), Uid::from_raw(0))
        .context("switching to uid 0 in the user namespace")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subid_lookup_by_name_or_id() {
        let text = "alice:100000:65536\n1001:200000:1000\nbob:300000:0\n";
        assert_eq!(
            parse_subid(text, "alice", 1000),
            Some(SubRange {
                start: 100000,
                count: 65536
            })
        );
        assert_eq!(
            parse_subid(text, "carol", 1001),
            Some(SubRange {
                start: 200000,
                count: 1000
            })
        );
        assert_eq!(
            parse_subid(text, "bob", 1002),
            None,
            "empty ranges are ignored"
        );
        assert_eq!(parse_subid("garbage\n", "x", 1), None);
    }
}
