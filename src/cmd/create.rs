//! `berth create`, and the container flags `berth run` shares with it.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Context as _, bail};
use clap::ArgAction;

use crate::context::Context;
use crate::runtime::create::CreateRequest;
use crate::spec::{BindMount, RestartPolicy, VolumeSource};
use crate::store::Store;
use crate::store::containers::{ContainerRecord, PendingContainer};

// Flags that describe a container (shared by `create` and `run`). A plain comment: clap
// would make a doc comment the about text of every command that flattens this struct.
#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct ContainerFlags {
    /// Assign a name to the container
    #[arg(long)]
    pub name: Option<String>,

    /// Set environment variables (KEY=VALUE, or KEY to copy it from berth's environment)
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,

    /// Read environment variables from a file (KEY=VALUE lines; # starts a comment)
    #[arg(long = "env-file", value_name = "FILE")]
    pub env_file: Vec<PathBuf>,

    /// Working directory inside the container
    #[arg(short = 'w', long = "workdir", value_name = "DIR")]
    pub workdir: Option<String>,

    /// Username or UID, with an optional group (format: <name|uid>[:<group|gid>])
    #[arg(short = 'u', long = "user")]
    pub user: Option<String>,

    /// Overwrite the default ENTRYPOINT of the image: a command, a JSON array of strings
    /// (["/bin/x","y"]), or "" to clear it
    #[arg(long, value_name = "COMMAND", allow_hyphen_values = true)]
    pub entrypoint: Option<String>,

    /// Container host name
    #[arg(short = 'h', long)]
    pub hostname: Option<String>,

    /// Bind mount a host path or mount a volume ([HOST-DIR|NAME:]CONTAINER-DIR[:OPTIONS];
    /// options ro, rw, nocopy, U); a NAME is made on first use, no source makes an
    /// anonymous volume
    #[arg(short = 'v', long = "volume", value_name = "[SRC:]DEST[:OPTS]")]
    pub volume: Vec<String>,

    /// Attach a filesystem mount (type=bind|volume|tmpfs,source=,target=,readonly,
    /// bind-propagation=,volume-nocopy,tmpfs-size=,tmpfs-mode=)
    #[arg(long, value_name = "MOUNT")]
    pub mount: Vec<String>,

    /// Mount the volumes and bind mounts of another container (CONTAINER[:ro|rw])
    #[arg(long = "volumes-from", value_name = "CONTAINER[:ro|rw]")]
    pub volumes_from: Vec<String>,

    /// Mount a tmpfs (PATH[:OPTIONS]; options size, mode, uid, gid, nr_inodes, ro, exec,
    /// suid, dev; default rw,nosuid,nodev,noexec)
    #[arg(long, value_name = "PATH[:OPTIONS]")]
    pub tmpfs: Vec<String>,

    /// Keep STDIN open and pass it to the container
    #[arg(short = 'i', long)]
    pub interactive: bool,

    /// Allocate a pseudo-TTY
    #[arg(short = 't', long)]
    pub tty: bool,

    #[command(flatten)]
    pub net: super::flags_network::NetworkFlags,

    /// Mount the container's root filesystem as read only
    #[arg(long)]
    pub read_only: bool,

    /// Do not create /etc/hosts for the container; the image's own is used
    #[arg(long)]
    pub no_hosts: bool,

    /// Set metadata on the container (KEY=VALUE)
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE")]
    pub label: Vec<String>,

    /// Read in a line delimited file of labels (KEY=VALUE; # comments)
    #[arg(long = "label-file", value_name = "FILE")]
    pub label_file: Vec<PathBuf>,

    #[command(flatten)]
    pub image_flags: crate::cmd::pull::ImageFlags,

    /// Restart policy: no, on-failure[:max-retries], always, unless-stopped
    #[arg(long, value_name = "POLICY")]
    pub restart: Option<String>,

    /// Run berth's minimal init as PID 1: it forwards signals and reaps zombies
    #[arg(long)]
    pub init: bool,

    /// Log options: max-size=SIZE (rotate at this size), max-file=N (files kept), path=FILE
    /// (the log file)
    #[arg(long = "log-opt", value_name = "KEY=VALUE")]
    pub log_opt: Vec<String>,
    #[command(flatten)]
    pub resources: super::flags_resources::ResourceFlags,

    #[command(flatten)]
    pub security: super::flags_security::SecurityFlags,

    #[command(flatten)]
    pub health: super::flags_health::HealthFlags,

    #[command(flatten)]
    pub lifecycle: super::flags_lifecycle::LifecycleFlags,

    /// If a container with the same name exists, remove it first (killed if running)
    #[arg(long)]
    pub replace: bool,

    /// Write the container's id to FILE (which must not exist yet)
    #[arg(long, value_name = "FILE")]
    pub cidfile: Option<PathBuf>,

    /// Print help
    #[arg(long, action = ArgAction::Help)]
    pub help: Option<bool>,

    /// The image to create the container from
    #[arg(value_name = "IMAGE")]
    pub image: String,

    /// Command and arguments (replace the image's CMD)
    #[arg(
        value_name = "COMMAND",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub command: Vec<String>,
}

#[derive(Debug, clap::Args)]
#[command(disable_help_flag = true)]
pub struct Args {
    #[command(flatten)]
    pub flags: ContainerFlags,
}

impl ContainerFlags {
    /// Validate the flags into a request; nothing is touched yet.
    pub fn to_request(&self, auto_remove: bool, rootless: bool) -> anyhow::Result<CreateRequest> {
        let mut env = Vec::new();
        for file in &self.env_file {
            env.extend(read_env_file(file)?);
        }
        for e in &self.env {
            env.extend(env_entry(e)?);
        }
        let (network, net) = self.net.to_spec(rootless)?;
        let mut labels = BTreeMap::new();
        let mut label_args = Vec::new();
        for file in &self.label_file {
            label_args.extend(read_label_file(file)?);
        }
        label_args.extend(self.label.iter().cloned());
        for l in &label_args {
            let (k, v) = l.split_once('=').unwrap_or((l.as_str(), ""));
            if k.is_empty() {
                bail!("invalid label {l:?}: the key is empty");
            }
            labels.insert(k.to_string(), v.to_string());
        }
        if let Some(h) = &self.hostname
            && (h.is_empty() || h.len() > 64 || h.contains(['/', ' ', '\0']))
        {
            bail!("invalid hostname {h:?}");
        }
        let d = &net.domainname;
        if d.len() > 64 || d.contains(['/', ' ', '\0']) {
            bail!("invalid domainname {d:?}");
        }
        // The host's or another container's names are never set (as docker refuses).
        if net.uts != crate::spec::network::ShareMode::Private
            && (self.hostname.is_some() || !d.is_empty())
        {
            bail!("conflicting options: hostname and the UTS mode");
        }
        if let Some(u) = &self.user
            && (u.is_empty() || u.matches(':').count() > 1)
        {
            bail!("invalid user {u:?}: use <name|uid>[:<group|gid>]");
        }
        let mut mounts: Vec<BindMount> = self
            .volume
            .iter()
            .map(|v| parse_volume(v))
            .collect::<anyhow::Result<_>>()?;
        let mut tmpfs: Vec<_> = (self.tmpfs.iter())
            .map(|t| super::flags_mounts::parse_tmpfs(t))
            .collect::<anyhow::Result<_>>()?;
        for m in &self.mount {
            match super::flags_mounts::parse_mount(m)? {
                super::flags_mounts::Mount::Bind(b) => mounts.push(b),
                super::flags_mounts::Mount::Tmpfs(t) => tmpfs.push(t),
            }
        }
        let volumes_from = (self.volumes_from.iter())
            .map(|v| parse_volumes_from(v))
            .collect::<anyhow::Result<_>>()?;
        let privileged = self.security.privileged;
        for m in &mounts {
            super::flags_mounts::refuse_kernel_fs("volume", &m.destination, privileged)?;
        }
        for t in &tmpfs {
            super::flags_mounts::refuse_kernel_fs("--tmpfs", &t.destination, privileged)?;
        }
        super::flags_mounts::refuse_duplicates(
            (mounts.iter().map(|m| m.destination.as_str()))
                .chain(tmpfs.iter().map(|t| t.destination.as_str())),
        )?;
        let restart = match &self.restart {
            Some(r) => RestartPolicy::parse(r).map_err(anyhow::Error::msg)?,
            None => RestartPolicy::default(),
        };
        let mut req = CreateRequest {
            restart,
            init: self.init,
            name: self.name.clone(),
            entrypoint: (self.entrypoint.as_deref())
                .map(super::flags_lifecycle::entrypoint)
                .transpose()?,
            cmd: self.command.clone(),
            env,
            workdir: self.workdir.clone(),
            user: self.user.clone(),
            hostname: self.hostname.clone(),
            mounts,
            tmpfs,
            volumes_from,
            no_image_volumes: false,
            security: self.security.to_opts(network.own_namespace())?,
            network: Some(network),
            net,
            read_only: self.read_only,
            tty: self.tty,
            interactive: self.interactive,
            auto_remove,
            labels,
            resources: self.resources.to_resources(rootless)?,
            log: crate::spec::log::LogOptions::parse(
                self.lifecycle.log_driver.as_deref(),
                &self.log_opt,
            )?,
            no_hosts: self.no_hosts,
            healthcheck: self.health.to_check()?,
            ..Default::default()
        };
        self.lifecycle.apply(&mut req)?;
        Ok(req)
    }
}

/// `KEY=VALUE`, or `KEY` alone to copy the value from our environment (dropped if unset,
/// as docker does).
pub fn env_entry(e: &str) -> anyhow::Result<Option<String>> {
    if e.is_empty() || e.starts_with('=') {
        bail!("invalid environment variable {e:?}");
    }
    if e.contains('=') {
        return Ok(Some(e.to_string()));
    }
    Ok(std::env::var(e).ok().map(|v| format!("{e}={v}")))
}

fn read_env_file(path: &PathBuf) -> anyhow::Result<Vec<String>> {
    let mut out = Vec::new();
    for (n, line) in file_lines(path, "env")? {
        let line = line.as_str();
        if line.contains(char::is_whitespace) && !line.contains('=') {
            bail!("{}:{}: invalid line {line:?}", path.display(), n + 1);
        }
        out.extend(env_entry(line).with_context(|| format!("{}:{}", path.display(), n + 1))?);
    }
    Ok(out)
}

/// docker's label file: one `KEY=VALUE` (or `KEY`) per line, blank lines and `#` comments
/// skipped; flags given with --label override it.
fn read_label_file(path: &PathBuf) -> anyhow::Result<Vec<String>> {
    let mut out = Vec::new();
    for (n, line) in file_lines(path, "label")? {
        let key = line.split_once('=').map_or(line.as_str(), |(k, _)| k);
        if key.contains(char::is_whitespace) {
            bail!(
                "{}:{}: label {key:?} contains whitespace",
                path.display(),
                n + 1
            );
        }
        out.push(line);
    }
    Ok(out)
}

/// The lines of an env or label file with their numbers, leading blanks trimmed, empty
/// lines and `#` comments left out.
fn file_lines(path: &PathBuf, what: &str) -> anyhow::Result<Vec<(usize, String)>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading {what} file {}", path.display()))?;
    Ok(text
        .lines()
        .enumerate()
        .map(|(n, l)| (n, l.trim_start()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(|(n, l)| (n, l.to_owned()))
        .collect())
}

/// `-v`: `HOST:CONTAINER[:OPTS]` (a bind, the host path absolute), `NAME:CONTAINER[:OPTS]`
/// (a named volume, made on first use) or `CONTAINER[:OPTS]` (an anonymous volume).
/// Options: `ro`, `rw`, `nocopy`, `U` (chown to the container's user), and the SELinux
/// labels and propagation modes docker accepts (`z`, `Z`, `[r]private`, ...), which have
/// no effect here.
pub fn parse_volume(v: &str) -> anyhow::Result<BindMount> {
    let parts: Vec<&str> = v.split(':').collect();
    let (src, dst, opts) = match parts.as_slice() {
        [d] => ("", *d, ""),
        [d, o] if d.starts_with('/') && !o.starts_with('/') => ("", *d, *o),
        [s, d] => (*s, *d, ""),
        [s, d, o] => (*s, *d, *o),
        _ => bail!("invalid volume {v:?}: use [HOST-DIR|NAME:]CONTAINER-DIR[:OPTIONS]"),
    };
    if !dst.starts_with('/') {
        bail!("invalid volume {v:?}: the container path must be absolute");
    }
    if dst.split('/').any(|c| c == "..") {
        bail!("invalid volume {v:?}: the container path must not contain \"..\"");
    }
    let mut volume = match src {
        "" => Some(VolumeSource {
            anonymous: true,
            ..Default::default()
        }),
        s if s.starts_with('/') => None,
        name => {
            crate::store::volumes::validate_name(name)
                .map_err(|e| anyhow::anyhow!("invalid volume {v:?}: {e}"))?;
            Some(VolumeSource {
                name: name.to_owned(),
                ..Default::default()
            })
        }
    };
    let mut read_only = false;
    for o in opts.split(',').filter(|o| !o.is_empty()) {
        match (o, volume.as_mut()) {
            ("ro", _) => read_only = true,
            ("rw", _) => read_only = false,
            ("nocopy", Some(vol)) => vol.nocopy = true,
            ("U", Some(vol)) => vol.chown = true,
            ("nocopy" | "U", None) => {
                bail!("invalid volume {v:?}: option {o:?} applies to volumes only")
            }
            // Labels and propagation modes have no meaning here; accept them like docker.
            (
                "z" | "Z" | "rprivate" | "private" | "rshared" | "shared" | "rslave" | "slave"
                | "copy" | "consistent" | "cached" | "delegated",
                _,
            ) => {}
            (other, _) => bail!("invalid volume {v:?}: unknown option {other:?}"),
        }
    }
    Ok(BindMount {
        source: match volume {
            Some(_) => PathBuf::new(),
            None => PathBuf::from(src),
        },
        destination: dst.to_string(),
        read_only,
        volume,
    })
}

/// `CONTAINER[:ro|rw]`: the container, and whether its mounts are forced read-only
/// (`ro`), read-write (`rw`) or kept as they are.
fn parse_volumes_from(v: &str) -> anyhow::Result<(String, Option<bool>)> {
    let (name, mode) = match v.rsplit_once(':') {
        Some((n, "ro")) => (n, Some(true)),
        Some((n, "rw")) => (n, Some(false)),
        Some((_, m)) => bail!("invalid --volumes-from {v:?}: unknown mode {m:?} (use ro or rw)"),
        None => (v, None),
    };
    if name.is_empty() {
        bail!("invalid --volumes-from {v:?}: the container is missing");
    }
    Ok((name.to_owned(), mode))
}

/// Resolve the image and create the container record; shared with `run`, which goes on
/// with the store opened here. With `defer` the record is left for the caller to write
/// (see [`crate::runtime::create::create_pending`]) when the driver is overlay: the copy
/// driver copies the image and the FUSE driver starts a server while the store lock
/// would be held.
pub fn create_container(
    flags: &ContainerFlags,
    auto_remove: bool,
    defer: bool,
    ctx: &Context,
) -> anyhow::Result<(Store, ContainerRecord, Option<PendingContainer>)> {
    let mut req = flags.to_request(auto_remove, ctx.rootless)?;
    super::conf_defaults::apply(&mut req, ctx)?;
    if let Some(path) = &flags.cidfile
        && path.exists()
    {
        anyhow::bail!(
            "container ID file found, make sure the other container isn't running or delete {}",
            path.display()
        );
    }
    // --replace: the old container is killed as the user (before the user namespace,
    // where it could no longer be signalled), removed below.
    let replaced = match (&flags.name, flags.replace) {
        (Some(name), true) => {
            let user_store = ctx.store()?;
            match user_store.find_container(name) {
                Ok(old) => {
                    crate::runtime::control::kill_and_wait(&user_store, &old, ctx.rootless)?;
                    Some(old)
                }
                Err(e) if e.is_missing() => None,
                Err(e) => return Err(e.into()),
            }
        }
        _ => None,
    };
    let store = ctx.owner_store()?;
    if let Some(old) = replaced {
        crate::runtime::remove::remove(&store, &old, false)
            .with_context(|| format!("replacing container {}", old.name))?;
    }
    if let Some(mode) = &mut req.network {
        super::flags_network::resolve(&store, mode, &mut req.net)?;
    }
    let image = crate::cmd::pull::image_for_run(&store, ctx, &flags.image, &flags.image_flags)?;
    let driver = crate::runtime::driver::choose(ctx.config.storage.driver.as_deref(), &store)?;
    let write_cidfile = |id: &str| -> anyhow::Result<()> {
        if let Some(path) = &flags.cidfile {
            crate::store::atomic::write(path, id.as_bytes())
                .with_context(|| format!("writing the container ID file {}", path.display()))?;
        }
        Ok(())
    };
    if defer && driver == "overlay" {
        let (rec, pending) =
            crate::runtime::create::create_pending(&store, &req, &image, &flags.image, &driver)?;
        write_cidfile(&rec.id)?;
        return Ok((store, rec, Some(pending)));
    }
    let rec = crate::runtime::create::create(&store, &req, &image, &flags.image, &driver)?;
    write_cidfile(&rec.id)?;
    Ok((store, rec, None))
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let (_, rec, _) = create_container(&args.flags, false, false, ctx)?;
    crate::format::line(&rec.id)?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volumes() {
        let m = parse_volume("/a:/b:ro").unwrap();
        assert_eq!(
            (
                m.source.to_str().unwrap(),
                m.destination.as_str(),
                m.read_only
            ),
            ("/a", "/b", true)
        );
        assert!(!parse_volume("/a:/b").unwrap().read_only);
        for bad in [
            "a/b:/b",
            "../x:/b",
            "./d:/b",
            "/a:b",
            "a",
            "/a:/b:xx",
            "/a:/../b",
            "/a:/b:ro:x",
            "/a:/b:nocopy",
            "-x:/b",
            "a\0:/b",
        ] {
            assert!(parse_volume(bad).is_err(), "{bad}");
        }
        let named = parse_volume("data:/d:ro,nocopy,U").unwrap();
        let vol = named.volume.unwrap();
        assert_eq!((vol.name.as_str(), vol.anonymous), ("data", false));
        assert!(vol.nocopy && vol.chown && named.read_only);
        for anon in ["/d", "/d:ro"] {
            let m = parse_volume(anon).unwrap();
            assert!(m.volume.unwrap().anonymous, "{anon}");
            assert_eq!(m.destination, "/d");
        }
    }

    #[test]
    fn env_entries() {
        assert_eq!(env_entry("A=1").unwrap().as_deref(), Some("A=1"));
        assert!(env_entry("=1").is_err());
        assert_eq!(env_entry("BERTH_SURELY_UNSET_VAR").unwrap(), None);
    }
}
