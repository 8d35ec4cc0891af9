//! The plan of a container's start, made in the process that spawns it (the monitor, or
//! this process on the direct path): the storage driver first, then the sandbox plan from
//! everything it needs (see `sandbox::plan::Inputs`).

use anyhow::Context as _;

use crate::sandbox::plan::{self, EtcFiles, HostSource, Inputs, Rootfs, SandboxPlan, Volume};
use crate::spec::{BindMount, NetworkMode};
use crate::store::Store;
use crate::store::containers::ContainerRecord;

/// What the spawning process holds while the container runs: the fuse-overlayfs daemon
/// serving its root, the reservation of its networks.
#[derive(Debug, Default)]
pub(super) struct Held {
    pub _fuse: Option<super::driver::fuse::FuseMount>,
    pub net: Option<super::net::NetLease>,
    /// `--network pasta|slirp4netns`: the program serving the namespace.
    pub net_helper: Option<crate::network::helper::Running>,
}

/// The container's sandbox plan with the storage driver and its networks ready, made in
/// the process that spawns the container: on the fuse-overlayfs driver this process first
/// mounts the root; bridge networks are reserved. The returned guards serve them until
/// the container has exited.
pub(super) fn prepare(
    store: &Store,
    rec: &ContainerRecord,
    rootless: bool,
) -> anyhow::Result<(SandboxPlan, Held)> {
    let spec = &rec.spec;
    let join_netns = super::net::join_path(store, rec)?;
    let mut join_ns = super::net::join_shared(store, rec)?;
    let join_pidns = (join_ns.iter())
        .position(|(kind, _)| *kind == nix::sched::CloneFlags::CLONE_NEWPID)
        .map(|i| join_ns.remove(i).1);
    let (net, reservation) = match super::net::reserve(store, rec, rootless)? {
        Some((lease, r)) => (Some(lease), Some(r)),
        None => (None, None),
    };
    let (rootfs, fuse) =
        super::driver::fuse::serve(&rec.driver, rootfs(store, rec)?, spec.security.id_map)?;
    let mut etc = etc_files(store, rec);
    let mut linked_spec = None;
    if let Some(r) = &reservation {
        if let Some(h) = &r.hosts {
            etc.hosts = h.clone();
        }
        if !spec.net.links.is_empty() {
            let mut s = spec.clone();
            s.env.extend(super::net::link_env(store, rec, r));
            linked_spec = Some(s);
        }
    }
    let mut volumes: Vec<Volume> = spec.mounts.iter().map(volume).collect();
    if let Some(tz) = &spec.timezone {
        volumes.push(timezone(tz)?);
    }
    let mut plan = plan::build(Inputs {
        spec: linked_spec.as_ref().unwrap_or(spec),
        rootfs,
        etc,
        volumes,
        cgroup: Some(plan::cgroup_request(&rec.id, spec, rootless)),
        rootless,
    });
    match net.as_ref().and_then(|n| n.usermode.as_ref()) {
        // A rootless container on a user network: its lease lays out its tap.
        Some(u) => plan.usermode_net = Some(u.layout),
        None => plan.net_links = reservation.map(|r| r.links).unwrap_or_default(),
    }
    plan.join_netns = join_netns;
    plan.join_ns = join_ns;
    plan.join_pidns = join_pidns;
    Ok((
        plan,
        Held {
            _fuse: fuse,
            net,
            net_helper: None,
        },
    ))
}

/// A bind mount with what its host source is now.
fn volume(mount: &BindMount) -> Volume {
    let source = match std::fs::metadata(&mount.source) {
        Ok(m) if m.is_dir() => HostSource::Dir,
        Ok(_) => HostSource::File,
        Err(_) => HostSource::Missing,
    };
    Volume {
        mount: mount.clone(),
        source,
    }
}

/// `--tz`: the host's zone file (its own for `local`), bound read-only on the container's
/// /etc/localtime. Found at each start, as the host's zone may change.
fn timezone(tz: &str) -> anyhow::Result<Volume> {
    let file = match tz {
        "local" => std::path::PathBuf::from("/etc/localtime"),
        name => std::path::Path::new(crate::spec::container::ZONEINFO).join(name),
    };
    let source = std::fs::canonicalize(&file)
        .with_context(|| format!("finding the time zone {tz:?} ({})", file.display()))?;
    Ok(Volume {
        mount: BindMount {
            source,
            destination: "/etc/localtime".into(),
            read_only: true,
            volume: None,
        },
        source: HostSource::File,
    })
}

/// The container's root as the store holds it.
fn rootfs(store: &Store, rec: &ContainerRecord) -> anyhow::Result<Rootfs> {
    let dir = store.container_dir(&rec.id);
    if rec.driver == "copy" {
        return Ok(Rootfs::Dir {
            path: dir.join("rootfs"),
        });
    }
    let image = store
        .image_by_id(&rec.image)
        .with_context(|| format!("loading image {} of container {}", rec.image, rec.name))?;
    Ok(Rootfs::Overlay {
        lowers: match crate::sandbox::keepid::nested(&rec.spec.security) {
            Some(n) => store.shifted_layer_dirs(&image, &n)?,
            None => store.image_layer_dirs(&image)?,
        },
        upper: dir.join("upper"),
        work: dir.join("work"),
        // Every container mounts its root here, each in its own mount namespace.
        target: store.runroot.join(".rootfs-mnt"),
    })
}

/// What the container sees as /etc/hosts, /etc/hostname and /etc/resolv.conf.
fn etc_files(store: &Store, rec: &ContainerRecord) -> EtcFiles {
    let spec = &rec.spec;
    let private_net = spec.network != NetworkMode::Host;
    let host_resolv = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    let mut hosts = match private_net {
        true => crate::network::hosts_file(&spec.hostname, &spec.net.domainname),
        false => std::fs::read_to_string("/etc/hosts")
            .unwrap_or_else(|_| crate::network::hosts_file(&spec.hostname, &spec.net.domainname)),
    };
    for (name, ip) in &spec.net.extra_hosts {
        hosts.push_str(&format!("{ip}\t{name}\n"));
    }
    EtcFiles {
        // Every container mounts its private tmpfs here, each in its own mount namespace.
        dir: store.runroot.join(".etc-mnt"),
        hosts,
        hostname: format!("{}\n", spec.hostname),
        resolv_conf: match spec.network {
            NetworkMode::User => crate::network::usermode::resolv_conf(&host_resolv),
            // slirp4netns answers DNS itself; pasta's namespace reaches the host's
            // resolvers but not its loopback (private_net drops those, below).
            NetworkMode::Slirp4netns(ref o) if spec.net.dns.is_empty() => {
                let ns = crate::network::helper::slirp_resolver(o);
                let opts = crate::spec::network::NetworkOpts {
                    dns: vec![ns.to_string()],
                    ..spec.net.clone()
                };
                crate::network::resolv_conf_with(&host_resolv, true, &opts)
            }
            _ => crate::network::resolv_conf_with(&host_resolv, private_net, &spec.net),
        },
    }
}
