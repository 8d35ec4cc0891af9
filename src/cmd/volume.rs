//! `berth volume create|ls|inspect|rm|prune|exists|export|import`.

use std::collections::BTreeMap;

use anyhow::{anyhow, bail};

use crate::context::Context;
use crate::format::filter::Filters;
use crate::format::template::{ListFormat, row, text};
use crate::store::StoreError;
use crate::store::volumes::VolumeRecord;

#[derive(Debug, clap::Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Create a volume
    Create(CreateArgs),
    /// List volumes
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on one or more volumes
    Inspect(InspectArgs),
    /// Remove one or more volumes
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
    /// Remove unused local volumes
    Prune(PruneArgs),
    /// Check if a volume exists
    Exists(ExistsArgs),
    /// Write a volume's files as a tar archive (to STDOUT by default)
    Export(ExportArgs),
    /// Unpack a tar archive into a volume (from STDIN with "-")
    Import(ImportArgs),
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct CreateArgs {
    /// Volume driver (only "local")
    #[arg(short = 'd', long, default_value = "local")]
    pub driver: String,
    /// Driver options: type=tmpfs|none, device=PATH, o=bind|size=SIZE
    #[arg(short = 'o', long = "opt", value_name = "KEY=VALUE")]
    pub opt: Vec<String>,
    /// Set metadata on the volume (KEY=VALUE)
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Do not fail when the volume exists
    #[arg(long)]
    pub ignore: bool,
    /// The volume's name (a generated one when missing)
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct LsArgs {
    /// Only display volume names
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Filter output (name=, label=KEY[=VALUE], dangling=true|false, driver=)
    #[arg(short = 'f', long = "filter", value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Format output using a custom template: 'table', 'table TEMPLATE', 'json' or a Go
    /// template such as '{{.Name}}'
    #[arg(long)]
    pub format: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// Format output using a Go template
    #[arg(short = 'f', long)]
    pub format: Option<String>,
    /// Volumes to inspect
    #[arg(value_name = "VOLUME", required = true)]
    pub names: Vec<String>,
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct RmArgs {
    /// Also remove the stopped containers that use the volume
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Volumes to remove
    #[arg(value_name = "VOLUME", required = true)]
    pub names: Vec<String>,
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct PruneArgs {
    /// Do not prompt for confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Remove all unused volumes, not just anonymous ones
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Provide filter values (label=KEY[=VALUE], label!=KEY[=VALUE], until=TIME|DURATION,
    /// all=true)
    #[arg(long = "filter", value_name = "FILTER")]
    pub filter: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct ExistsArgs {
    /// The volume to look for
    #[arg(value_name = "VOLUME")]
    pub name: String,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Write to a file instead of STDOUT
    #[arg(short = 'o', long)]
    pub output: Option<std::path::PathBuf>,
    /// The volume to export
    #[arg(value_name = "VOLUME")]
    pub name: String,
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The volume to import into
    #[arg(value_name = "VOLUME")]
    pub name: String,
    /// The tar archive ("-" for STDIN)
    #[arg(value_name = "SOURCE")]
    pub source: String,
}

pub fn exec(cmd: Command, ctx: &Context) -> anyhow::Result<u8> {
    match cmd {
        Command::Create(a) => create(a, ctx),
        Command::Ls(a) => ls(a, ctx),
        Command::Inspect(a) => inspect(a, ctx),
        Command::Rm(a) => rm(a, ctx),
        Command::Prune(a) => prune(a, ctx),
        Command::Exists(a) => match ctx.store()?.volume(&a.name) {
            Ok(_) => Ok(0),
            Err(StoreError::NotFound(_) | StoreError::Invalid(_)) => Ok(1),
            Err(e) => Err(e.into()),
        },
        Command::Export(a) => {
            let store = ctx.owner_store()?;
            match &a.output {
                Some(path) => {
                    let file = std::fs::File::create(path)
                        .map_err(|e| anyhow!("creating {}: {e}", path.display()))?;
                    crate::runtime::volumes::export(&store, &a.name, std::io::BufWriter::new(file))?
                }
                None => crate::runtime::volumes::export(
                    &store,
                    &a.name,
                    std::io::BufWriter::new(std::io::stdout().lock()),
                )?,
            }
            Ok(0)
        }
        Command::Import(a) => {
            // Read the host file as the caller, before entering the user namespace.
            let input: Box<dyn std::io::Read> = match a.source.as_str() {
                "-" => Box::new(std::io::stdin().lock()),
                path => {
                    Box::new(std::fs::File::open(path).map_err(|e| anyhow!("opening {path}: {e}"))?)
                }
            };
            let store = ctx.owner_store()?;
            crate::runtime::volumes::import(&store, &a.name, input)?;
            Ok(0)
        }
    }
}

fn key_values(args: &[String], what: &str) -> anyhow::Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for a in args {
        let (k, v) = a.split_once('=').unwrap_or((a.as_str(), ""));
        if k.is_empty() {
            bail!("invalid {what} {a:?}: the key is empty");
        }
        out.insert(k.to_owned(), v.to_owned());
    }
    Ok(out)
}

fn create(args: CreateArgs, ctx: &Context) -> anyhow::Result<u8> {
    if args.driver != "local" {
        bail!(
            "volume driver {:?} is not supported: only local",
            args.driver
        );
    }
    let name = match &args.name {
        Some(n) => {
            crate::store::volumes::validate_name(n)?;
            n.clone()
        }
        None => crate::store::volumes::anonymous_name()?,
    };
    let mut rec = VolumeRecord::new(&name, false);
    rec.labels = key_values(&args.label, "label")?;
    rec.options = key_values(&args.opt, "option")?;
    crate::runtime::volume_options::local_kind(&rec.options).map_err(|e| anyhow!(e))?;
    let store = ctx.owner_store()?;
    match store.create_volume(&rec) {
        Ok(()) => {}
        // docker answers an existing name with that volume.
        Err(StoreError::Conflict(_)) if args.name.is_some() => {}
        Err(e) => return Err(e.into()),
    }
    crate::format::line(&name)?;
    Ok(0)
}

const LS_HEADERS: [(&str, &str); 8] = [
    ("Name", "VOLUME NAME"),
    ("Driver", "DRIVER"),
    ("Scope", "SCOPE"),
    ("Mountpoint", "MOUNTPOINT"),
    ("Labels", "LABELS"),
    ("CreatedAt", "CREATED AT"),
    ("Links", "LINKS"),
    ("Size", "SIZE"),
];

fn ls(args: LsArgs, ctx: &Context) -> anyhow::Result<u8> {
    let filters = Filters::parse(&args.filter, &["name", "label", "dangling", "driver"])?;
    let dangling = filters.boolean("dangling")?;
    let format = match args.quiet {
        true => None,
        false => {
            let f = ListFormat::parse(
                args.format.as_deref().unwrap_or(""),
                "{{.Driver}}\t{{.Name}}",
            )?;
            let sample = row(LS_HEADERS.map(|(k, _)| (k, text(""))));
            f.check(&sample)
                .map_err(|e| anyhow!("template parsing error: {e}"))?;
            Some(f)
        }
    };
    let store = ctx.store()?;
    let users = match dangling.is_some() || format.as_ref().is_some_and(|f| f.needs("Links")) {
        true => store.volume_users()?,
        false => BTreeMap::new(),
    };
    let zone = jiff::tz::TimeZone::system();
    let mut rows = Vec::new();
    for v in store.volumes()? {
        let links = users.get(&v.name).map_or(0, Vec::len);
        if !filters.matches("name", &v.name)
            || !filters.matches("driver", &v.driver)
            || !filters.matches_labels("label", &v.labels)
            || dangling.is_some_and(|d| d != (links == 0))
        {
            continue;
        }
        let Some(f) = &format else {
            crate::format::line(&v.name)?;
            continue;
        };
        let size = match f.needs("Size") {
            true => crate::units::human_size(crate::runtime::size::tree_size(
                &store.volume_mountpoint(&v),
            )),
            false => "N/A".into(),
        };
        let labels: Vec<String> = v.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
        rows.push(row([
            ("Name", text(v.name.as_str())),
            ("Driver", text(v.driver.as_str())),
            ("Scope", text("local")),
            (
                "Mountpoint",
                text(store.volume_mountpoint(&v).to_string_lossy().as_ref()),
            ),
            ("Labels", text(labels.join(","))),
            (
                "CreatedAt",
                text(crate::format::go_time(v.created_at, &zone)),
            ),
            ("Links", text(links.to_string())),
            ("Size", text(size)),
        ]));
    }
    if let Some(f) = format {
        f.print(&LS_HEADERS, rows)?;
    }
    Ok(0)
}

/// docker's `volume inspect` object.
pub fn volume_json(store: &crate::store::Store, v: &VolumeRecord) -> serde_json::Value {
    let or_null = |m: &BTreeMap<String, String>| match m.is_empty() {
        true => serde_json::Value::Null,
        false => serde_json::json!(m),
    };
    let mut labels = v.labels.clone();
    if v.anonymous {
        labels.insert("com.docker.volume.anonymous".into(), String::new());
    }
    serde_json::json!({
        "CreatedAt": v.created_at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        "Driver": v.driver,
        "Labels": or_null(&labels),
        "Mountpoint": store.volume_mountpoint(v),
        "Name": v.name,
        "Options": or_null(&v.options),
        "Scope": "local",
    })
}

fn inspect(args: InspectArgs, ctx: &Context) -> anyhow::Result<u8> {
    let template = match args.format.as_deref().map(str::trim) {
        None | Some("") | Some("json") => None,
        Some(f) => Some(crate::format::template::Template::parse_for_json(f)?),
    };
    let store = ctx.store()?;
    let mut out = Vec::new();
    let mut missing = Vec::new();
    for name in &args.names {
        match store.volume(name) {
            Ok(v) => out.push(volume_json(&store, &v)),
            Err(StoreError::NotFound(_) | StoreError::Invalid(_)) => missing.push(name.as_str()),
            Err(e) => return Err(e.into()),
        }
    }
    super::inspect::print_objects(&out, template.as_ref())?;
    if !missing.is_empty() {
        bail!("no such volume: {}", missing.join(", "));
    }
    Ok(0)
}

fn rm(args: RmArgs, ctx: &Context) -> anyhow::Result<u8> {
    for name in &args.names {
        crate::store::volumes::validate_name(name)?;
    }
    let store = ctx.owner_store()?;
    let mut failed = false;
    for name in &args.names {
        match remove_one(&store, name, args.force) {
            Ok(()) => crate::format::line(name)?,
            Err(e) => {
                crate::format::error_line(&e);
                failed = true;
            }
        }
    }
    Ok(if failed { crate::error::EXIT_BERTH } else { 0 })
}

fn remove_one(store: &crate::store::Store, name: &str, force: bool) -> anyhow::Result<()> {
    store.volume(name)?;
    let users = crate::runtime::volumes::users(store, name)?;
    if !users.is_empty() && force {
        // podman's -f: the containers using it go first (a running one stays, and so does
        // the volume).
        for id in &users {
            let rec = store.load_container(id)?;
            crate::runtime::remove::remove(store, &rec, false)?;
        }
    }
    if let Err(users) = crate::runtime::volumes::remove_unused(store, name)? {
        let short: Vec<&str> = users.iter().map(|id| &id[..12.min(id.len())]).collect();
        bail!(
            "volume {name} is in use by container(s) {}",
            short.join(", ")
        );
    }
    Ok(())
}

fn prune(args: PruneArgs, ctx: &Context) -> anyhow::Result<u8> {
    // docker's `--filter all=true` is -a; label, label! and until go to the filter.
    let mut all = args.all;
    let mut rest = Vec::new();
    for f in &args.filter {
        match f.split_once('=') {
            Some(("all", v)) => {
                all |= match v {
                    "true" | "1" => true,
                    "false" | "0" => false,
                    _ => bail!("invalid filter {f:?}: all takes true or false"),
                }
            }
            _ => rest.push(f.clone()),
        }
    }
    let filter = crate::cmd::system::PruneFilter::parse(&rest)?;
    if !args.force {
        let what = match all {
            true => "all local volumes",
            false => "anonymous local volumes",
        };
        if !crate::cmd::system::confirm(&format!(
            "WARNING! This will remove {what} not used by at least one container.\n\
             Are you sure you want to continue? [y/N] "
        ))? {
            return Ok(0);
        }
    }
    let store = ctx.owner_store()?;
    let pruned = crate::runtime::volumes::prune(&store, all, &|v| {
        filter.pass(&v.labels, Some(v.created_at))
    })?;
    crate::cmd::system::print_pruned("Deleted Volumes:", &pruned.names, pruned.bytes)?;
    Ok(0)
}
