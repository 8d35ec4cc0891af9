//! Creating a container: merge the request with the image config into a `ContainerSpec`,
//! pick an id and a name, prepare its directories and write its record.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Context as _, bail};

use super::names;
use crate::spec::{BindMount, ContainerSpec, NetworkMode};
use crate::store::Store;
use crate::store::containers::{ContainerRecord, LastRun, PendingContainer};
use crate::store::images::ImageRecord;

/// What the user asked for, already validated by the command line layer.
#[derive(Debug, Default, Clone)]
pub struct CreateRequest {
    pub name: Option<String>,
    /// `--entrypoint`: an empty list (or one empty word) clears the image's entrypoint.
    pub entrypoint: Option<Vec<String>>,
    /// Arguments after the image: replace the image's Cmd when non-empty.
    pub cmd: Vec<String>,
    pub env: Vec<String>,
    pub workdir: Option<String>,
    pub user: Option<String>,
    pub hostname: Option<String>,
    pub mounts: Vec<BindMount>,
    pub tmpfs: Vec<crate::spec::TmpfsMount>,
    /// `--volumes-from`: containers whose mounts are taken, with a forced read-only mode.
    pub volumes_from: Vec<(String, Option<bool>)>,
    /// Give the image's VOLUMEs no anonymous volumes (a build step's container).
    pub no_image_volumes: bool,
    pub network: Option<NetworkMode>,
    pub net: crate::spec::network::NetworkOpts,
    pub read_only: bool,
    pub tty: bool,
    pub interactive: bool,
    pub auto_remove: bool,
    pub labels: BTreeMap<String, String>,
    pub restart: crate::spec::RestartPolicy,
    pub init: bool,
    pub resources: crate::spec::resources::Resources,
    pub security: crate::spec::security::SecurityOpts,
    pub log: crate::spec::log::LogOptions,
    /// Leave the image's /etc/hosts (build's `--no-hosts`).
    pub no_hosts: bool,
    /// `--health-*` flags, laid over the image's HEALTHCHECK.
    pub healthcheck: Option<crate::spec::health::HealthCheck>,
    /// `--stop-signal`, over the image's STOPSIGNAL.
    pub stop_signal: Option<String>,
    pub stop_timeout: Option<u32>,
    pub timezone: Option<String>,
    pub pidfile: Option<PathBuf>,
    pub preserve_fds: u32,
    pub annotations: BTreeMap<String, String>,
}

/// Merge the request with the image's config the way docker does.
pub fn build_spec(
    req: &CreateRequest,
    image: &ImageRecord,
    id: &str,
) -> anyhow::Result<ContainerSpec> {
    let cfg = &image.config;
    let entrypoint = match req.entrypoint.as_deref() {
        Some(e) if e.len() <= 1 && e.iter().all(|w| w.is_empty()) => None,
        Some(e) => Some(e.to_vec()),
        None => cfg.entrypoint.clone().filter(|e| !e.is_empty()),
    };
    // A new entrypoint drops the image's Cmd, as docker does.
    let cmd = if !req.cmd.is_empty() {
        Some(req.cmd.clone())
    } else if req.entrypoint.is_some() {
        None
    } else {
        cfg.cmd.clone()
    };
    let mut argv: Vec<String> = entrypoint.clone().unwrap_or_default();
    argv.extend(cmd.clone().unwrap_or_default());
    if argv.is_empty() {
        bail!("no command specified: the image has no Cmd or Entrypoint and none was given");
    }
    let mut env = cfg.env.clone();
    for e in &req.env {
        let key = e.split('=').next().unwrap_or_default();
        env.retain(|x| x.split('=').next() != Some(key));
        env.push(e.clone());
    }
    if let Some(w) = &req.workdir
        && !w.starts_with('/')
    {
        bail!("the working directory {w:?} is invalid: it needs to be an absolute path");
    }
    let mut labels = cfg.labels.clone();
    labels.extend(req.labels.clone());
    Ok(ContainerSpec {
        argv,
        entrypoint,
        cmd,
        env,
        working_dir: req
            .workdir
            .clone()
            .unwrap_or_else(|| cfg.working_dir.clone()),
        // keep-id runs as the user's ids unless -u says otherwise.
        user: req
            .user
            .clone()
            .or_else(|| (req.security.keep_id.as_ref()).map(|k| format!("{}:{}", k.uid, k.gid)))
            .unwrap_or_else(|| cfg.user.clone()),
        hostname: req.hostname.clone().unwrap_or_else(|| id[..12].to_string()),
        mounts: req.mounts.clone(),
        tmpfs: req.tmpfs.clone(),
        network: req.network.clone().unwrap_or(NetworkMode::Private),
        net: {
            let mut net = req.net.clone();
            for key in cfg.exposed_ports.keys() {
                // The image's EXPOSE; a bad entry in an image is skipped, not fatal.
                for e in crate::spec::network::ExposedPort::parse_list(key).unwrap_or_default() {
                    if !net.exposed.contains(&e) {
                        net.exposed.push(e);
                    }
                }
            }
            net.exposed.sort();
            net
        },
        read_only: req.read_only,
        tty: req.tty,
        open_stdin: req.interactive,
        auto_remove: req.auto_remove,
        labels,
        stop_signal: req.stop_signal.clone().or_else(|| cfg.stop_signal.clone()),
        restart: req.restart,
        init: req.init,
        resources: req.resources.clone(),
        security: req.security.clone(),
        log: req.log.clone(),
        no_hosts: req.no_hosts,
        healthcheck: healthcheck(cfg.healthcheck.as_ref(), req.healthcheck.as_ref()),
        stop_timeout: req.stop_timeout,
        timezone: req.timezone.clone(),
        pidfile: req.pidfile.clone(),
        preserve_fds: req.preserve_fds,
        annotations: req.annotations.clone(),
    })
}

/// The image's HEALTHCHECK with the flags laid over it; none when neither has a test or
/// the result is `NONE`.
fn healthcheck(
    image: Option<&crate::store::images::Healthcheck>,
    flags: Option<&crate::spec::health::HealthCheck>,
) -> Option<crate::spec::health::HealthCheck> {
    let base = image
        .map(|h| crate::spec::health::HealthCheck {
            test: h.test.clone(),
            interval: h.interval,
            timeout: h.timeout,
            start_period: h.start_period,
            start_interval: h.start_interval,
            retries: h.retries,
            on_failure: Default::default(),
        })
        .unwrap_or_default();
    let merged = match flags {
        Some(f) => base.merged(f),
        None => base,
    };
    merged.enabled().then_some(merged)
}

/// A new random container id: 64 hex digits.
pub fn new_id() -> anyhow::Result<String> {
    let mut buf = [0u8; 32];
    rustix::rand::getrandom(&mut buf, rustix::rand::GetRandomFlags::empty())
        .context("reading random bytes")?;
    Ok(hex::encode(buf))
}

/// Create the container record and its directories.
pub fn create(
    store: &Store,
    req: &CreateRequest,
    image: &ImageRecord,
    image_name: &str,
    driver: &str,
) -> anyhow::Result<ContainerRecord> {
    let (rec, pending) = begin(store, req, image, image_name, driver)?;
    pending.commit(&rec)?;
    // Outside the store lock: the copy driver copies the whole image here.
    if let Err(e) = prepare_dirs(store, &rec, image) {
        let _ = store.delete_container(&rec);
        return Err(e);
    }
    Ok(rec)
}

/// [`create`] up to the record, which the caller writes with [`PendingContainer::commit`]
/// (the store lock is held until then; see [`Store::begin_container`]). Only for the
/// overlay driver, whose directories are quick to make.
pub fn create_pending(
    store: &Store,
    req: &CreateRequest,
    image: &ImageRecord,
    image_name: &str,
    driver: &str,
) -> anyhow::Result<(ContainerRecord, PendingContainer)> {
    let (rec, pending) = begin(store, req, image, image_name, driver)?;
    // Dropping `pending` on failure gives the name and directory back.
    prepare_dirs(store, &rec, image)?;
    Ok((rec, pending))
}

/// Build the record, claim its name and make its directory.
fn begin(
    store: &Store,
    req: &CreateRequest,
    image: &ImageRecord,
    image_name: &str,
    driver: &str,
) -> anyhow::Result<(ContainerRecord, PendingContainer)> {
    let explicit = req.name.clone();
    if let Some(n) = &explicit {
        names::validate(n)?;
    }
    for attempt in 0.. {
        let id = new_id()?;
        let mut spec = build_spec(req, image, &id)?;
        check_id_maps(&spec)?;
        // Held until the record is written, so two creates never take the same id range.
        let ranges = assign_id_range(store, &mut spec, image)?;
        // The claims keep a prune off the volumes until the record's lock is taken.
        let (made, _claims) = match super::volumes::attach(store, &mut spec, image, req) {
            Ok(attached) => attached,
            // A prune took a volume while it was being filled.
            Err(e) if attempt < 3 && !super::volumes::all_present(store, &spec) => {
                log::debug!("{e:#}: again");
                continue;
            }
            Err(e) => return Err(e),
        };
        let r = claim(
            store,
            &id,
            &spec,
            explicit.clone(),
            image,
            image_name,
            driver,
            ranges,
        );
        match r {
            // Under the lock the record is written under: a prune that took a volume made
            // for this container meanwhile (it had no user yet) means starting again.
            Ok((_, pending)) if attempt < 3 && !super::volumes::all_present(store, &spec) => {
                drop(pending);
                log::debug!("a volume of the new container was pruned meanwhile: again");
            }
            Ok(claimed) => return Ok(claimed),
            Err(e) => {
                super::volumes::forget(store, &made);
                return Err(e);
            }
        }
    }
    unreachable!("the loop returns")
}

/// Claim a name (the one asked for, or random ones until one is free) and the
/// container's directory.
#[allow(clippy::too_many_arguments)]
fn claim(
    store: &Store,
    id: &str,
    spec: &ContainerSpec,
    explicit: Option<String>,
    image: &ImageRecord,
    image_name: &str,
    driver: &str,
    ranges: Option<crate::store::StoreLock>,
) -> anyhow::Result<(ContainerRecord, PendingContainer)> {
    let mut attempt = 0;
    loop {
        let name = match &explicit {
            Some(n) => n.clone(),
            None => names::random(attempt)?,
        };
        let rec = ContainerRecord {
            id: id.to_owned(),
            name,
            created: jiff::Timestamp::now(),
            image: image.id.clone(),
            image_name: image_name.to_string(),
            driver: driver.to_string(),
            spec: spec.clone(),
            last: LastRun::default(),
        };
        match store.begin_container(&rec) {
            Ok(mut pending) => {
                if let Some(lock) = ranges {
                    pending.hold(lock);
                }
                super::events::container(store, &rec, "create");
                return Ok((rec, pending));
            }
            Err(crate::store::StoreError::Conflict(_)) if explicit.is_none() && attempt < 10 => {
                attempt += 1;
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// `--uidmap`/`--gidmap`: berth must have the ids the maps name. Called in berth's own
/// namespace, whose maps tell which ids it has (every id as real root).
fn check_id_maps(spec: &ContainerSpec) -> anyhow::Result<()> {
    let Some(maps) = &spec.security.id_maps else {
        return Ok(());
    };
    let read = |f: &str| std::fs::read_to_string(f).with_context(|| format!("reading {f}"));
    crate::sandbox::explicit_map::check_within(
        maps,
        &read("/proc/self/uid_map")?,
        &read("/proc/self/gid_map")?,
    )
}

/// `--userns=auto`: size the container's host id range (from the image unless `size=N`
/// says, see `autosize`) and choose it (sandbox::idmap) among those the stored containers
/// do not hold; the returned lock must be kept until the record exists.
fn assign_id_range(
    store: &Store,
    spec: &mut ContainerSpec,
    image: &ImageRecord,
) -> anyhow::Result<Option<crate::store::StoreLock>> {
    use crate::sandbox::idmap;
    let crate::spec::userns::Userns::Auto { mut size } = spec.security.userns else {
        return Ok(None);
    };
    if size == crate::spec::userns::SIZE_FROM_IMAGE {
        // The spec keeps what was asked (inspect shows "auto"); the map holds the size.
        size = super::autosize::estimate(store, image, &spec.user)?;
    }
    let lock = crate::store::StoreLock::acquire(&store.root.join("userns-ranges.lock"))?;
    let taken: Vec<crate::spec::userns::IdMap> = store
        .containers()?
        .iter()
        .filter_map(|c| c.spec.security.id_map.or(c.spec.security.nested_range))
        .collect();
    // Rootless: a range of berth's own namespace (the user's subordinate ids).
    if let Some(pools) = crate::sandbox::keepid::own_pools()? {
        let range = crate::sandbox::keepid::choose_nested(pools, &taken, size)?;
        log::debug!("container ids 0..{size} are ids {range:?} of berth's namespace");
        spec.security.nested_range = Some(range);
        return Ok(Some(lock));
    }
    let read = |f: &str| std::fs::read_to_string(f).unwrap_or_default();
    let map = idmap::choose(&read("/etc/subuid"), &read("/etc/subgid"), &taken, size)?;
    log::debug!(
        "container ids 0..{size} are host uids from {}, gids from {}",
        map.uid,
        map.gid
    );
    spec.security.id_map = Some(map);
    Ok(Some(lock))
}

/// The per-container directories: overlay upper/work and mount point, or a full copy.
fn prepare_dirs(store: &Store, rec: &ContainerRecord, image: &ImageRecord) -> anyhow::Result<()> {
    let dir = store.container_dir(&rec.id);
    let mk =
        |p: PathBuf| std::fs::create_dir(&p).with_context(|| format!("creating {}", p.display()));
    let nested = crate::sandbox::keepid::nested(&rec.spec.security);
    if rec.driver == "copy" {
        let layers = match &nested {
            Some(n) => store.shifted_layer_dirs(image, n)?,
            None => store.image_layer_dirs(image)?,
        };
        super::driver::copy::materialize(&layers, &dir.join("rootfs"))?;
    } else {
        mk(dir.join("upper"))?;
        mk(dir.join("work"))?;
        if let Some(n) = &nested {
            // Made now, so the first start does not pay for the copies.
            store.shifted_layer_dirs(image, n)?;
        }
    }
    if let Some(k) = &nested {
        // The container's `/` (the upper dir, or the copy's top) is its root's, not the
        // user's.
        let top = dir.join(if rec.driver == "copy" {
            "rootfs"
        } else {
            "upper"
        });
        std::os::unix::fs::chown(&top, Some(k.shift_uid(0)), Some(k.shift_gid(0)))
            .with_context(|| format!("chown {}", top.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::images::ImageConfig;

    fn image(entrypoint: Option<&[&str]>, cmd: Option<&[&str]>) -> ImageRecord {
        let v = |x: Option<&[&str]>| x.map(|a| a.iter().map(|s| s.to_string()).collect());
        ImageRecord {
            config: ImageConfig {
                entrypoint: v(entrypoint),
                cmd: v(cmd),
                env: vec!["PATH=/bin".into(), "A=1".into()],
                working_dir: "/srv".into(),
                ..Default::default()
            },
            id: "sha256:00".into(),
            created: String::new(),
            comment: String::new(),
            architecture: "amd64".into(),
            os: "linux".into(),
            diff_ids: vec![],
            layers: vec![],
            size: 0,
            history: vec![],
        }
    }

    const ID: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    #[test]
    fn cmd_and_entrypoint_merge_like_docker() {
        let img = image(Some(&["/ep"]), Some(&["a"]));
        let mut req = CreateRequest::default();
        assert_eq!(build_spec(&req, &img, ID).unwrap().argv, ["/ep", "a"]);
        req.cmd = vec!["b".into()];
        assert_eq!(build_spec(&req, &img, ID).unwrap().argv, ["/ep", "b"]);
        req.entrypoint = Some(vec!["/other".into()]);
        req.cmd.clear();
        assert_eq!(build_spec(&req, &img, ID).unwrap().argv, ["/other"]);
        req.entrypoint = Some(vec![String::new()]);
        req.cmd = vec!["sh".into()];
        assert_eq!(build_spec(&req, &img, ID).unwrap().argv, ["sh"]);
    }

    #[test]
    fn missing_command_is_an_error() {
        let img = image(None, None);
        let err = build_spec(&CreateRequest::default(), &img, ID).unwrap_err();
        assert!(err.to_string().contains("no command specified"));
    }

    #[test]
    fn env_overrides_and_defaults() {
        let img = image(None, Some(&["sh"]));
        let req = CreateRequest {
            env: vec!["A=2".into(), "B=3".into()],
            ..Default::default()
        };
        let spec = build_spec(&req, &img, ID).unwrap();
        assert_eq!(spec.env, ["PATH=/bin", "A=2", "B=3"]);
        assert_eq!(spec.working_dir, "/srv");
        assert_eq!(spec.hostname, &ID[..12]);
    }
}
