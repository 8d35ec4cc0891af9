//! The steps that apply a container's security options (`spec::security`: capabilities,
//! no_new_privs, seccomp, ulimits, sysctls, devices, privileged mode) to a process.
//!
//! [`prepare`] runs in berth before the clone (it may compile or read a cached seccomp
//! program); [`apply`] runs in the process that will exec the container's command, last
//! before execve. `exec` into a running container calls the same two functions.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context as _, bail};
use caps::{CapSet, Capability, CapsHashSet};

use super::user::ResolvedUser;
use crate::spec::security::{Seccomp, SecurityOpts, Ulimit};

/// Resolve a capability name as docker accepts it: `NET_ADMIN`, `CAP_NET_ADMIN`,
/// any case.
pub fn parse_cap(name: &str) -> anyhow::Result<Capability> {
    let upper = name.to_ascii_uppercase();
    let full = if upper.starts_with("CAP_") {
        upper
    } else {
        format!("CAP_{upper}")
    };
    full.parse::<Capability>()
        .map_err(|_| anyhow::anyhow!("unknown capability {name:?}"))
}

/// The capabilities the container's processes may hold (its bounding set).
pub fn capabilities(opts: &SecurityOpts) -> anyhow::Result<Vec<Capability>> {
    // "All" means all that berth itself may pass on (its bounding set).
    let everything = || -> Vec<Capability> {
        let mut v: Vec<Capability> = caps::read(None, CapSet::Bounding)
            .unwrap_or_else(|_| caps::all())
            .into_iter()
            .collect();
        v.sort_by_key(|c| c.index());
        v
    };
    if opts.privileged {
        return Ok(everything());
    }
    let all = |v: &[String]| v.iter().any(|c| c.eq_ignore_ascii_case("ALL"));
    let mut set: Vec<Capability> = match &opts.default_capabilities {
        _ if all(&opts.cap_drop) => Vec::new(),
        Some(names) => names
            .iter()
            .map(|c| parse_cap(c))
            .collect::<Result<_, _>>()?,
        None => super::caps::DEFAULT.to_vec(),
    };
    for c in opts
        .cap_drop
        .iter()
        .filter(|c| !c.eq_ignore_ascii_case("ALL"))
    {
        let cap = parse_cap(c)?;
        set.retain(|x| *x != cap);
    }
    if all(&opts.cap_add) {
        set = everything();
    }
    for c in opts
        .cap_add
        .iter()
        .filter(|c| !c.eq_ignore_ascii_case("ALL"))
    {
        let cap = parse_cap(c)?;
        if !set.contains(&cap) {
            set.push(cap);
        }
    }
    set.sort_by_key(|c| c.index());
    Ok(set)
}

/// Everything [`apply`] needs, computed before the clone.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    /// The bounding set, and what root in the container holds.
    pub caps: Vec<Capability>,
    /// What a non-root user holds (as ambient capabilities): only those added explicitly.
    pub ambient: Vec<Capability>,
    pub no_new_privs: bool,
    /// The seccomp program to load, if any.
    pub seccomp: Option<Vec<u8>>,
    pub rlimits: Vec<Ulimit>,
}

/// Validate the options and compile (or fetch from `cache_dir`) the seccomp program.
pub fn prepare(opts: &SecurityOpts, cache_dir: &Path) -> anyhow::Result<Prepared> {
    let caps = capabilities(opts)?;
    let mut ambient = Vec::new();
    if !opts.privileged {
        for c in opts
            .cap_add
            .iter()
            .filter(|c| !c.eq_ignore_ascii_case("ALL"))
        {
            ambient.push(parse_cap(c)?);
        }
    }
    let seccomp = match (&opts.seccomp, opts.privileged) {
        (Seccomp::Unconfined, _) | (Seccomp::Default, true) => None,
        (Seccomp::Default, false) => Some(super::seccomp::program(None, &caps, cache_dir)?),
        (Seccomp::Profile(json), _) => Some(super::seccomp::program(Some(json), &caps, cache_dir)?),
    };
    Ok(Prepared {
        caps,
        ambient,
        no_new_privs: opts.no_new_privileges,
        seccomp,
        rlimits: opts.ulimits.clone(),
    })
}

/// The resource names `--ulimit` takes.
pub fn rlimit_resource(name: &str) -> Option<libc::__rlimit_resource_t> {
    Some(match name {
        "core" => libc::RLIMIT_CORE,
        "cpu" => libc::RLIMIT_CPU,
        "data" => libc::RLIMIT_DATA,
        "fsize" => libc::RLIMIT_FSIZE,
        "locks" => libc::RLIMIT_LOCKS,
        "memlock" => libc::RLIMIT_MEMLOCK,
        "msgqueue" => libc::RLIMIT_MSGQUEUE,
        "nice" => libc::RLIMIT_NICE,
        "nofile" => libc::RLIMIT_NOFILE,
        "nproc" => libc::RLIMIT_NPROC,
        "rss" => libc::RLIMIT_RSS,
        "rtprio" => libc::RLIMIT_RTPRIO,
        "rttime" => libc::RLIMIT_RTTIME,
        "sigpending" => libc::RLIMIT_SIGPENDING,
        "stack" => libc::RLIMIT_STACK,
        "as" => libc::RLIMIT_AS,
        _ => return None,
    })
}

fn set_rlimits(limits: &[Ulimit]) -> anyhow::Result<()> {
    for l in limits {
        let Some(res) = rlimit_resource(&l.name) else {
            bail!("unknown ulimit {:?}", l.name);
        };
        if let Err(err) = crate::sys::process::set_rlimit(res, l.soft, l.hard) {
            // EPERM: the hard limit was raised since the container was created (berth's
            // own hard limit is lower now) and berth lacks CAP_SYS_RESOURCE.
            let why = if err.raw_os_error() == Some(libc::EPERM) {
                " (raising a hard limit needs CAP_SYS_RESOURCE)"
            } else {
                ""
            };
            return Err(err)
                .with_context(|| format!("setting ulimit {}={}:{}{why}", l.name, l.soft, l.hard));
        }
    }
    Ok(())
}

/// Switch the calling process to `who` with exactly the prepared privileges, in kernel
/// order. Must run last before execve: after it, our own syscalls are filtered.
pub fn apply(p: &Prepared, who: &ResolvedUser) -> anyhow::Result<()> {
    set_rlimits(&p.rlimits)?;
    // The bounding set can only shrink while we hold CAP_SETPCAP (before the uid switch).
    super::caps::limit_bounding(&p.caps)?;
    // Keep the permitted set across a switch to a non-root user, to raise ambient caps.
    let keep = who.uid != 0 && !p.ambient.is_empty();
    if keep {
        let _ = nix::sys::prctl::set_keepcaps(true);
    }
    // Without no_new_privs, loading a filter needs CAP_SYS_ADMIN: load it before the
    // capabilities go (the filter must then allow the setuid/capset calls that follow).
    if !p.no_new_privs
        && let Some(bpf) = &p.seccomp
    {
        super::seccomp::load(bpf)?;
    }
    switch_ids(who)?;
    let (held, ambient): (CapsHashSet, CapsHashSet) = if who.uid == 0 {
        (p.caps.iter().copied().collect(), CapsHashSet::new())
    } else {
        let a: CapsHashSet = p.ambient.iter().copied().collect();
        (a.clone(), a)
    };
    caps::clear(None, CapSet::Ambient)
        .map_err(|e| anyhow::anyhow!("clearing ambient caps: {e}"))?;
    // Inheritable holds only what must reach ambient: a program with file capabilities
    // gains nothing from it otherwise.
    for (which, set) in [
        (CapSet::Effective, &held),
        (CapSet::Permitted, &held),
        (CapSet::Inheritable, &ambient),
    ] {
        caps::set(None, which, set).map_err(|e| anyhow::anyhow!("setting {which:?} caps: {e}"))?;
    }
    for cap in ambient.iter().copied() {
        caps::raise(None, CapSet::Ambient, cap)
            .map_err(|e| anyhow::anyhow!("raising ambient {cap}: {e}"))?;
    }
    if p.no_new_privs {
        nix::sys::prctl::set_no_new_privs().context("setting no_new_privs")?;
        if let Some(bpf) = &p.seccomp {
            super::seccomp::load(bpf)?;
        }
    }
    Ok(())
}

/// Set the supplementary groups, gid and uid of `who`.
pub fn switch_ids(who: &ResolvedUser) -> anyhow::Result<()> {
    use nix::unistd::{Gid, Uid};
    let groups: Vec<Gid> = who.groups.iter().map(|g| Gid::from_raw(*g)).collect();
    match nix::unistd::setgroups(&groups) {
        Ok(()) => {}
        // setgroups is denied in a single-id user namespace; only the primary gid matters.
        Err(nix::errno::Errno::EPERM) if who.groups.len() <= 1 => {}
        Err(e) => return Err(e).context("setting supplementary groups"),
    }
    let gid = Gid::from_raw(who.gid);
    nix::unistd::setresgid(gid, gid, gid)
        .with_context(|| format!("switching to gid {}", who.gid))?;
    let uid = Uid::from_raw(who.uid);
    nix::unistd::setresuid(uid, uid, uid)
        .with_context(|| format!("switching to uid {}", who.uid))?;
    Ok(())
}

/// Sysctls a container may set: those of the namespaces it has of its own.
pub fn sysctl_allowed(name: &str, private_net: bool) -> bool {
    const IPC: [&str; 7] = [
        "kernel.msgmax",
        "kernel.msgmnb",
        "kernel.msgmni",
        "kernel.sem",
        "kernel.shmall",
        "kernel.shmmax",
        "kernel.shmmni",
    ];
    IPC.contains(&name)
        || name == "kernel.shm_rmid_forced"
        || name.starts_with("fs.mqueue.")
        || (private_net && name.starts_with("net."))
        || name == "kernel.domainname"
        || name == "kernel.hostname"
}

/// Write the sysctls through the container's /proc (after pivot_root, before /proc/sys
/// turns read-only for good).
pub fn set_sysctls(sysctls: &BTreeMap<String, String>) -> anyhow::Result<()> {
    for (k, v) in sysctls {
        let path = format!("/proc/sys/{}", k.replace('.', "/"));
        std::fs::write(&path, v).with_context(|| format!("setting sysctl {k}={v}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> SecurityOpts {
        SecurityOpts::default()
    }

    #[test]
    fn capability_sets() {
        let set = capabilities(&opts()).unwrap();
        assert_eq!(set.len(), 14);
        let o = SecurityOpts {
            cap_drop: vec!["chown".into(), "CAP_KILL".into()],
            cap_add: vec!["NET_ADMIN".into()],
            ..opts()
        };
        let set = capabilities(&o).unwrap();
        assert!(!set.contains(&Capability::CAP_CHOWN) && !set.contains(&Capability::CAP_KILL));
        assert!(set.contains(&Capability::CAP_NET_ADMIN));
        let o = SecurityOpts {
            cap_drop: vec!["ALL".into()],
            cap_add: vec!["NET_BIND_SERVICE".into()],
            ..opts()
        };
        assert_eq!(
            capabilities(&o).unwrap(),
            vec![Capability::CAP_NET_BIND_SERVICE]
        );
        let o = SecurityOpts {
            cap_add: vec!["NOT_A_CAP".into()],
            ..opts()
        };
        assert!(capabilities(&o).is_err());
        // containers.conf's default_capabilities replace the base set.
        let o = SecurityOpts {
            default_capabilities: Some(vec!["CHOWN".into(), "CAP_KILL".into()]),
            cap_drop: vec!["KILL".into()],
            cap_add: vec!["NET_RAW".into()],
            ..opts()
        };
        assert_eq!(
            capabilities(&o).unwrap(),
            vec![Capability::CAP_CHOWN, Capability::CAP_NET_RAW]
        );
        let o = SecurityOpts {
            privileged: true,
            ..opts()
        };
        assert!(
            capabilities(&o)
                .unwrap()
                .contains(&Capability::CAP_SYS_ADMIN)
        );
    }

    #[test]
    fn old_records_get_the_secure_defaults() {
        let o: SecurityOpts = serde_json::from_str("{}").unwrap();
        assert!(o.no_new_privileges);
        assert_eq!(o.seccomp, Seccomp::Default);
    }

    #[test]
    fn only_namespaced_sysctls() {
        assert!(sysctl_allowed("net.ipv4.ip_forward", true));
        assert!(!sysctl_allowed("net.ipv4.ip_forward", false));
        assert!(sysctl_allowed("kernel.shmmax", false));
        assert!(sysctl_allowed("fs.mqueue.msg_max", false));
        assert!(!sysctl_allowed("kernel.panic", true));
        assert!(!sysctl_allowed("vm.swappiness", true));
    }
}
