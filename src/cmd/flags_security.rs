//! Security flags of `run` and `create` (flattened into their container flags), validated
//! into [`SecurityOpts`].

use std::collections::BTreeMap;

use anyhow::{Context as _, bail};

use crate::sandbox::security::{parse_cap, rlimit_resource, sysctl_allowed};
use crate::spec::security::{Device, Seccomp, SecurityOpts, Ulimit};

#[derive(Debug, Clone, Default, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct SecurityFlags {
    /// Give extended privileges to this container
    #[arg(long)]
    pub privileged: bool,

    /// Add Linux capabilities (or ALL)
    #[arg(long = "cap-add", value_name = "CAP")]
    pub cap_add: Vec<String>,

    /// Drop Linux capabilities (or ALL)
    #[arg(long = "cap-drop", value_name = "CAP")]
    pub cap_drop: Vec<String>,

    /// Security options: seccomp=FILE.json|unconfined, no-new-privileges[=true|false],
    /// mask=PATH[:PATH], unmask=ALL|PATH[:PATH]
    #[arg(long = "security-opt", value_name = "OPT")]
    pub security_opt: Vec<String>,

    /// Ulimit options (NAME=SOFT[:HARD], e.g. nofile=1024:2048)
    #[arg(long, value_name = "NAME=SOFT[:HARD]")]
    pub ulimit: Vec<String>,

    /// Namespaced kernel parameters (NAME=VALUE)
    #[arg(long, value_name = "NAME=VALUE")]
    pub sysctl: Vec<String>,

    /// Add a host device to the container (HOST[:CONTAINER[:PERMISSIONS]])
    #[arg(long, value_name = "HOST[:CONTAINER[:PERMS]]")]
    pub device: Vec<String>,

    /// User namespace: host (none of its own), auto[:size=N] (a range of its own), or
    /// keep-id[:uid=N,gid=N] (rootless: your ids inside)
    ///
    /// auto without size=N gets as many ids as the image needs: one more than the highest
    /// uid or gid that owns a file in the image's layers, is listed in its /etc/passwd or
    /// /etc/group, or is given with -u, not counting 65534 (nobody); at least 1024, at most
    /// 65536 (an image needing more is refused: give size=N).
    #[arg(long, value_name = "MODE")]
    pub userns: Option<String>,

    /// Map container uids to host uids (CONTAINER:HOST:SIZE; rootless, HOST counts your
    /// own uid as 0 and your subordinate uids from 1); without --gidmap it maps gids too
    #[arg(long, value_name = "CONTAINER:HOST:SIZE")]
    pub uidmap: Vec<String>,

    /// Map container gids to host gids (CONTAINER:HOST:SIZE); without --uidmap it maps
    /// uids too
    #[arg(long, value_name = "CONTAINER:HOST:SIZE")]
    pub gidmap: Vec<String>,
}

impl SecurityFlags {
    /// Validate into options; `private_net`: the container has its own network namespace
    /// (net.* sysctls are its own then).
    pub fn to_opts(&self, private_net: bool) -> anyhow::Result<SecurityOpts> {
        let mut o = SecurityOpts {
            privileged: self.privileged,
            cap_add: self.cap_add.clone(),
            cap_drop: self.cap_drop.clone(),
            ..Default::default()
        };
        for c in self.cap_add.iter().chain(&self.cap_drop) {
            if !c.eq_ignore_ascii_case("ALL") {
                parse_cap(c)?;
            }
        }
        for opt in &self.security_opt {
            let (key, value) = opt
                .split_once(['=', ':'])
                .map_or((opt.as_str(), None), |(k, v)| (k, Some(v)));
            match (key, value) {
                ("no-new-privileges", None | Some("true")) => o.no_new_privileges = true,
                ("no-new-privileges", Some("false")) => o.no_new_privileges = false,
                ("seccomp", Some("unconfined")) => o.seccomp = Seccomp::Unconfined,
                ("mask", Some(paths)) => o.mask.extend(mask_paths(opt, paths, false)?),
                ("unmask", Some(paths)) => o.unmask.extend(mask_paths(opt, paths, true)?),
                ("seccomp", Some(file)) => {
                    let json = std::fs::read_to_string(file)
                        .with_context(|| format!("reading seccomp profile {file}"))?;
                    crate::sandbox::seccomp::parse(&json)
                        .with_context(|| format!("seccomp profile {file}"))?;
                    o.seccomp = Seccomp::Profile(json);
                }
                _ => bail!(
                    "invalid --security-opt {opt:?}: use seccomp=FILE|unconfined, \
                     no-new-privileges[=true|false], mask=PATH[:PATH] or \
                     unmask=ALL|PATH[:PATH]"
                ),
            }
        }
        for u in &self.ulimit {
            let limit = parse_ulimit(u)?;
            check_raise(u, &limit)?;
            o.ulimits.push(limit);
        }
        let mut sysctls = BTreeMap::new();
        for s in &self.sysctl {
            let Some((k, v)) = s.split_once('=') else {
                bail!("invalid --sysctl {s:?}: use NAME=VALUE");
            };
            if !sysctl_allowed(k, private_net) {
                bail!(
                    "sysctl {k:?} is not allowed: only sysctls of the container's own \
                     namespaces (kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*, and \
                     net.* with a private network) can be set"
                );
            }
            sysctls.insert(k.to_string(), v.to_string());
        }
        o.sysctls = sysctls;
        for d in &self.device {
            o.devices.push(parse_device(d)?);
        }
        if let Some(u) = &self.userns {
            // Called before berth enters its rootless namespace: the real euid tells.
            o.userns = crate::sandbox::idmap::parse(u, !nix::unistd::geteuid().is_root())?;
            if let crate::spec::userns::Userns::KeepId { uid, gid } = o.userns {
                o.keep_id = Some(keep_id(uid, gid)?);
            }
        }
        o.id_maps = crate::sandbox::explicit_map::parse(&self.uidmap, &self.gidmap)?;
        if o.id_maps.is_some() && o.userns != crate::spec::userns::Userns::Host {
            bail!("--uidmap and --gidmap cannot be combined with --userns");
        }
        Ok(o)
    }
}

/// The colon-separated paths of `mask=` and `unmask=` (which also takes `ALL`): absolute,
/// without `.` or `..` components, as the plan compares and the child resolves them.
fn mask_paths(opt: &str, paths: &str, all_allowed: bool) -> anyhow::Result<Vec<String>> {
    paths
        .split(':')
        .map(|p| {
            if all_allowed && p == "ALL" {
                return Ok(p.to_string());
            }
            let parts: Vec<&str> = p.split('/').filter(|c| !c.is_empty()).collect();
            if !p.starts_with('/')
                || parts.is_empty()
                || parts
                    .iter()
                    .any(|c| *c == "." || *c == ".." || c.contains('\0'))
            {
                bail!(
                    "invalid --security-opt {opt:?}: {p:?} is not an absolute path below /{}",
                    if all_allowed { " or ALL" } else { "" }
                );
            }
            Ok(format!("/{}", parts.join("/")))
        })
        .collect()
}

/// `--userns=keep-id`: the user's ids and subordinate ranges, read before berth enters its
/// rootless namespace (where its own ids are 0).
fn keep_id(uid: Option<u32>, gid: Option<u32>) -> anyhow::Result<crate::spec::userns::KeepId> {
    let read = |f: &str| std::fs::read_to_string(f).unwrap_or_default();
    let host = crate::sandbox::keepid::HostUser::current();
    crate::sandbox::keepid::resolve(uid, gid, &host, &read("/etc/subuid"), &read("/etc/subgid"))
}

/// `nofile=1024:2048` or `nofile=1024` (soft = hard).
pub(super) fn parse_ulimit(u: &str) -> anyhow::Result<Ulimit> {
    let Some((name, vals)) = u.split_once('=') else {
        bail!("invalid --ulimit {u:?}: use NAME=SOFT[:HARD]");
    };
    if rlimit_resource(name).is_none() {
        bail!("invalid --ulimit {u:?}: unknown limit {name:?}");
    }
    let num = |v: &str| -> anyhow::Result<u64> {
        if v == "-1" || v == "unlimited" {
            return Ok(libc::RLIM_INFINITY);
        }
        v.parse()
            .with_context(|| format!("invalid --ulimit {u:?}: {v:?} is not a number"))
    };
    let (soft, hard) = match vals.split_once(':') {
        Some((s, h)) => (num(s)?, num(h)?),
        None => (num(vals)?, num(vals)?),
    };
    if soft > hard {
        bail!("invalid --ulimit {u:?}: the soft limit exceeds the hard limit");
    }
    Ok(Ulimit {
        name: name.to_string(),
        soft,
        hard,
    })
}

/// A hard limit above berth's own can only be set with CAP_SYS_RESOURCE (of the host's
/// user namespace: a rootless berth never has it); refused here, before anything is made,
/// rather than by the container's setrlimit at start.
pub(super) fn check_raise(u: &str, limit: &Ulimit) -> anyhow::Result<()> {
    let Some(res) = rlimit_resource(&limit.name) else {
        return Ok(());
    };
    let Ok((_, own_hard)) = crate::sys::process::rlimit(res) else {
        return Ok(());
    };
    if limit.hard <= own_hard {
        return Ok(());
    }
    let privileged = caps::has_cap(
        None,
        caps::CapSet::Effective,
        caps::Capability::CAP_SYS_RESOURCE,
    )
    .unwrap_or(false);
    if !privileged {
        bail!(
            "invalid --ulimit {u:?}: the hard limit {} is above berth's own hard limit {} \
             for {}, and raising it needs CAP_SYS_RESOURCE",
            show_limit(limit.hard),
            show_limit(own_hard),
            limit.name
        );
    }
    Ok(())
}

fn show_limit(v: u64) -> String {
    if v == libc::RLIM_INFINITY {
        "unlimited".into()
    } else {
        v.to_string()
    }
}

/// `/dev/fuse`, `/dev/fuse:/dev/myfuse`, `/dev/fuse:/dev/fuse:rw`.
fn parse_device(d: &str) -> anyhow::Result<Device> {
    let parts: Vec<&str> = d.split(':').collect();
    let (host, inside, perms) = match parts.as_slice() {
        [h] => (*h, *h, "rwm"),
        [h, p] if p.chars().all(|c| "rwm".contains(c)) && !p.starts_with('/') => (*h, *h, *p),
        [h, c] => (*h, *c, "rwm"),
        [h, c, p] => (*h, *c, *p),
        _ => bail!("invalid --device {d:?}: use HOST[:CONTAINER[:PERMISSIONS]]"),
    };
    if !host.starts_with('/') || !inside.starts_with('/') || inside.split('/').any(|c| c == "..") {
        bail!("invalid --device {d:?}: paths must be absolute");
    }
    if perms.is_empty() || !perms.chars().all(|c| "rwm".contains(c)) {
        bail!("invalid --device {d:?}: permissions are a combination of r, w and m");
    }
    let Some((kind, major, minor)) =
        crate::host::device(host).with_context(|| format!("device {host}"))?
    else {
        bail!("{host} is not a device");
    };
    Ok(Device {
        path_on_host: host.to_string(),
        path_in_container: inside.to_string(),
        permissions: perms.to_string(),
        kind,
        major,
        minor,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_and_unmask_take_absolute_paths() {
        let f = SecurityFlags {
            security_opt: vec![
                "mask=/data//x/:/proc/cpuinfo".into(),
                "unmask=ALL:/proc/kcore".into(),
            ],
            ..Default::default()
        };
        let o = f.to_opts(true).unwrap();
        assert_eq!(o.mask, ["/data/x", "/proc/cpuinfo"]);
        assert_eq!(o.unmask, ["ALL", "/proc/kcore"]);
        for bad in [
            "mask=ALL",
            "mask=/",
            "mask=x",
            "unmask=",
            "mask=/a/../proc",
            "mask",
        ] {
            let f = SecurityFlags {
                security_opt: vec![bad.into()],
                ..Default::default()
            };
            assert!(f.to_opts(true).is_err(), "{bad}");
        }
    }

    #[test]
    fn flags_validate() {
        let f = SecurityFlags {
            cap_add: vec!["net_admin".into()],
            security_opt: vec![
                "no-new-privileges=false".into(),
                "seccomp=unconfined".into(),
            ],
            ulimit: vec!["nofile=100:200".into()],
            sysctl: vec!["net.ipv4.ip_forward=1".into()],
            device: vec!["/dev/null:/dev/mynull:rw".into()],
            ..Default::default()
        };
        let o = f.to_opts(true).unwrap();
        assert!(!o.no_new_privileges);
        assert_eq!(o.seccomp, Seccomp::Unconfined);
        assert_eq!((o.ulimits[0].soft, o.ulimits[0].hard), (100, 200));
        assert_eq!(o.devices[0].rule(), "c 1:3 rw");
        assert!(f.to_opts(false).is_err(), "net.* needs a private network");
        for bad in [
            SecurityFlags {
                cap_add: vec!["CAP_NOPE".into()],
                ..Default::default()
            },
            SecurityFlags {
                security_opt: vec!["apparmor=x".into()],
                ..Default::default()
            },
            SecurityFlags {
                ulimit: vec!["nofile=10:5".into()],
                ..Default::default()
            },
            SecurityFlags {
                sysctl: vec!["kernel.panic=1".into()],
                ..Default::default()
            },
            SecurityFlags {
                device: vec!["/dev/berth-no-such-device".into()],
                ..Default::default()
            },
        ] {
            assert!(bad.to_opts(true).is_err(), "{bad:?}");
        }
    }
}
