//! `berth system df|prune|check`, and what the prune commands share: label filters, the
//! confirmation prompt, the report of what went.

use std::collections::BTreeMap;

use crate::context::Context;
use crate::format::filter::Filters;

/// `--filter label=K[=V]` (must hold) and `label!=K[=V]` (must not), docker's prune
/// filters; `until=` is read by the callers that accept it.
pub fn label_filters(args: &[String]) -> anyhow::Result<(Filters, Filters)> {
    let all = Filters::parse(args, &["label", "label!", "until"])?;
    let pick = |key: &str| -> anyhow::Result<Filters> {
        let vals: Vec<String> = all
            .values(key)
            .iter()
            .map(|v| format!("label={v}"))
            .collect();
        Filters::parse(&vals, &["label"])
    };
    Ok((pick("label")?, pick("label!")?))
}

/// Whether `labels` pass both label filters: every `label=` holds, no `label!=` does.
pub fn labels_pass(keep: &Filters, drop: &Filters, labels: &BTreeMap<String, String>) -> bool {
    keep.matches_labels("label", labels)
        && drop.values("label").iter().all(|v| {
            !Filters::parse(&[format!("label={v}")], &["label"])
                .is_ok_and(|f| f.matches_labels("label", labels))
        })
}

/// Ask before pruning; anything but y/yes (or end of input) declines.
pub fn confirm(question: &str) -> anyhow::Result<bool> {
    let answer = super::prompt::ask(question)?;
    Ok(matches!(answer.trim().to_lowercase().as_str(), "y" | "yes"))
}

/// docker's prune report: a heading and the names (when any), then the space reclaimed.
pub fn print_pruned(heading: &str, names: &[String], bytes: u64) -> anyhow::Result<()> {
    if !names.is_empty() {
        crate::format::line(heading)?;
        for n in names {
            crate::format::line(n)?;
        }
        crate::format::line("")?;
    }
    crate::format::line(&format!(
        "Total reclaimed space: {}",
        crate::units::human_size(bytes)
    ))?;
    Ok(())
}

#[derive(Debug, clap::Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Show berth disk usage
    Df(DfArgs),
    /// Remove unused data: stopped containers, dangling images, build cache (and volumes)
    Prune(PruneArgs),
    /// Check the store for damage and for what nothing refers to
    #[command(visible_alias = "fsck")]
    Check(CheckArgs),
    /// Get real time events from berth
    Events(super::events::Args),
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct DfArgs {
    /// Show detailed information on space usage
    #[arg(short = 'v', long)]
    pub verbose: bool,
    /// Format output using a custom template: 'table', 'table TEMPLATE', 'json' or a Go
    /// template such as '{{.Type}} {{.Size}}'
    #[arg(long)]
    pub format: Option<String>,
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct PruneArgs {
    /// Remove all unused images, not just dangling ones
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Also remove anonymous volumes no container uses
    #[arg(long)]
    pub volumes: bool,
    #[command(flatten)]
    pub common: ObjectPruneArgs,
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct CheckArgs {
    /// Remove what nothing refers to (unused layers, directories without a record, crash
    /// leftovers)
    #[arg(long)]
    pub repair: bool,
}

/// `container prune` and `image prune`.
#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct ObjectPruneArgs {
    /// Do not prompt for confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Provide filter values (until=TIME|DURATION, label=KEY[=VALUE], label!=KEY[=VALUE])
    #[arg(long = "filter", value_name = "FILTER")]
    pub filter: Vec<String>,
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct ImagePruneArgs {
    #[command(flatten)]
    pub common: ObjectPruneArgs,
    /// Remove all images no container uses, not just dangling ones
    #[arg(short = 'a', long)]
    pub all: bool,
}

pub fn exec(cmd: Command, ctx: &Context) -> anyhow::Result<u8> {
    match cmd {
        Command::Df(a) => df(a, ctx),
        Command::Prune(a) => prune(a, ctx),
        Command::Check(a) => check(a, ctx),
        Command::Events(a) => super::events::exec(a, ctx),
    }
}

/// The filters of a prune: labels that must (not) hold, and an age.
pub struct PruneFilter {
    keep: Filters,
    drop: Filters,
    until: Option<jiff::Timestamp>,
}

impl PruneFilter {
    pub fn parse(args: &[String]) -> anyhow::Result<PruneFilter> {
        let (keep, drop) = label_filters(args)?;
        let all = Filters::parse(args, &["label", "label!", "until"])?;
        let until = match all.values("until").last() {
            Some(v) => Some(super::images::parse_until(v)?),
            None => None,
        };
        Ok(PruneFilter { keep, drop, until })
    }

    pub fn pass(
        &self,
        labels: &BTreeMap<String, String>,
        created: Option<jiff::Timestamp>,
    ) -> bool {
        labels_pass(&self.keep, &self.drop, labels)
            && self.until.is_none_or(|u| created.is_some_and(|c| c < u))
    }
}

pub fn container_prune(args: ObjectPruneArgs, ctx: &Context) -> anyhow::Result<u8> {
    let filter = PruneFilter::parse(&args.filter)?;
    if !args.force
        && !confirm(
            "WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ",
        )?
    {
        return Ok(0);
    }
    let store = ctx.owner_store()?;
    let pruned = crate::runtime::housekeeping::prune_containers(&store, &|c| {
        filter.pass(&c.spec.labels, Some(c.created))
    })?;
    print_pruned("Deleted Containers:", &pruned.names, pruned.bytes)?;
    Ok(0)
}

pub fn image_prune(args: ImagePruneArgs, ctx: &Context) -> anyhow::Result<u8> {
    let filter = PruneFilter::parse(&args.common.filter)?;
    let what = match args.all {
        true => "all images without at least one container associated to them",
        false => "all dangling images",
    };
    if !args.common.force
        && !confirm(&format!(
            "WARNING! This will remove {what}.\nAre you sure you want to continue? [y/N] "
        ))?
    {
        return Ok(0);
    }
    let store = ctx.owner_store()?;
    let pruned = prune_images(&store, args.all, &filter)?;
    print_pruned("Deleted Images:", &pruned.names, pruned.bytes)?;
    Ok(0)
}

fn prune_images(
    store: &crate::store::Store,
    all: bool,
    filter: &PruneFilter,
) -> anyhow::Result<crate::runtime::housekeeping::Pruned> {
    crate::runtime::housekeeping::prune_images(store, all, &|img| {
        // A build's step images are the build cache's (builder prune).
        !crate::build::cache::is_intermediate(store, &img.id)
            && filter.pass(&img.config.labels, img.created.parse().ok())
    })
}

fn prune(args: PruneArgs, ctx: &Context) -> anyhow::Result<u8> {
    let filter = PruneFilter::parse(&args.common.filter)?;
    if !args.common.force {
        let mut q = String::from(
            "WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n",
        );
        if args.volumes {
            q.push_str("  - all anonymous volumes not used by at least one container\n");
        }
        q.push_str(match args.all {
            true => "  - all images without at least one container associated to them\n",
            false => "  - all dangling images\n",
        });
        q.push_str("  - unused build cache\n\nAre you sure you want to continue? [y/N] ");
        if !confirm(&q)? {
            return Ok(0);
        }
    }
    let store = ctx.owner_store()?;
    let containers = crate::runtime::housekeeping::prune_containers(&store, &|c| {
        filter.pass(&c.spec.labels, Some(c.created))
    })?;
    let mut total = containers.bytes;
    let heading = |names: &[String], h: &str| -> anyhow::Result<()> {
        if !names.is_empty() {
            crate::format::line(h)?;
            for n in names {
                crate::format::line(n)?;
            }
            crate::format::line("")?;
        }
        Ok(())
    };
    heading(&containers.names, "Deleted Containers:")?;
    let networks = super::network::remove_unused(&store, ctx.rootless, &|n| {
        labels_pass(&filter.keep, &filter.drop, &n.labels)
    })?;
    heading(&networks, "Deleted Networks:")?;
    if args.volumes {
        let volumes = crate::runtime::volumes::prune(&store, false, &|v| {
            filter.pass(&v.labels, Some(v.created_at))
        })?;
        total += volumes.bytes;
        heading(&volumes.names, "Deleted Volumes:")?;
    }
    let images = prune_images(&store, args.all, &filter)?;
    total += images.bytes;
    heading(&images.names, "Deleted Images:")?;
    let cache = crate::build::cache::prune(&store, args.all)?;
    total += cache.reclaimed;
    let keys: Vec<String> = cache
        .entries
        .iter()
        .map(|k| k[..25.min(k.len())].to_owned())
        .collect();
    heading(&keys, "Deleted build cache objects:")?;
    print_pruned("", &[], total)?;
    Ok(0)
}

const DF_HEADERS: [(&str, &str); 5] = [
    ("Type", "TYPE"),
    ("TotalCount", "TOTAL"),
    ("Active", "ACTIVE"),
    ("Size", "SIZE"),
    ("Reclaimable", "RECLAIMABLE"),
];

fn df(args: DfArgs, ctx: &Context) -> anyhow::Result<u8> {
    use crate::format::template::{ListFormat, row, text};
    let format = ListFormat::parse(
        args.format.as_deref().unwrap_or(""),
        "{{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}",
    )?;
    format
        .check(&row(DF_HEADERS.map(|(k, _)| (k, text("")))))
        .map_err(|e| anyhow::anyhow!("template parsing error: {e}"))?;
    let store = ctx.store()?;
    let du = crate::runtime::housekeeping::disk_usage(&store)?;
    let (entries, cache_size, cache_free) = crate::build::cache::usage(&store);
    let cache = crate::runtime::housekeeping::Usage {
        total: entries,
        active: 0,
        size: cache_size,
        reclaimable: cache_free,
    };
    let human = crate::units::human_size;
    let line = |kind: &str, u: &crate::runtime::housekeeping::Usage, percent: bool| {
        let reclaim = match (percent, u.size) {
            (true, s) if s > 0 => {
                format!("{} ({}%)", human(u.reclaimable), u.reclaimable * 100 / s)
            }
            (true, _) => format!("{} (0%)", human(u.reclaimable)),
            (false, _) => human(u.reclaimable),
        };
        row([
            ("Type", text(kind)),
            ("TotalCount", text(u.total.to_string())),
            ("Active", text(u.active.to_string())),
            ("Size", text(human(u.size))),
            ("Reclaimable", text(reclaim)),
        ])
    };
    if !args.verbose || args.format.is_some() {
        format.print(
            &DF_HEADERS,
            [
                line("Images", &du.images, true),
                line("Containers", &du.containers, true),
                line("Local Volumes", &du.volumes, true),
                line("Build Cache", &cache, false),
            ],
        )?;
        return Ok(0);
    }
    let section = |title: &str, header: &[&str], rows: Vec<Vec<String>>| -> anyhow::Result<()> {
        crate::format::line(title)?;
        crate::format::line("")?;
        let mut t = crate::format::Table::new(header);
        for r in rows {
            t.row(r);
        }
        t.print()?;
        crate::format::line("")?;
        Ok(())
    };
    let ago = |t: Option<jiff::Timestamp>| t.map_or("N/A".to_owned(), crate::format::time_ago);
    let short = |id: &str| id.strip_prefix("sha256:").unwrap_or(id)[..12].to_owned();
    section(
        "Images space usage:",
        &["IMAGE ID", "CREATED", "SIZE", "CONTAINERS"],
        (du.image_items.iter())
            .map(|i| {
                vec![
                    short(&i.name),
                    ago(i.created),
                    human(i.size),
                    i.links.to_string(),
                ]
            })
            .collect(),
    )?;
    section(
        "Containers space usage:",
        &["NAMES", "IMAGE", "SIZE", "CREATED"],
        (du.container_items.iter())
            .map(|i| {
                vec![
                    i.name.clone(),
                    i.extra.clone(),
                    human(i.size),
                    ago(i.created),
                ]
            })
            .collect(),
    )?;
    section(
        "Local Volumes space usage:",
        &["VOLUME NAME", "LINKS", "SIZE"],
        (du.volume_items.iter())
            .map(|i| vec![i.name.clone(), i.links.to_string(), human(i.size)])
            .collect(),
    )?;
    crate::format::line(&format!("Build cache usage: {}", human(cache.size)))?;
    Ok(0)
}

fn check(args: CheckArgs, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.owner_store()?;
    let found = crate::runtime::housekeeping::check(&store, args.repair)?;
    for r in &found.repaired {
        crate::format::line(r)?;
    }
    if found.problems.is_empty() {
        crate::format::line("No errors found")?;
        return Ok(0);
    }
    for p in &found.problems {
        crate::format::line(p)?;
    }
    anyhow::bail!("the store has {} problem(s)", found.problems.len())
}
