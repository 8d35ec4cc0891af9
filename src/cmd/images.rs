//! `berth images [REPOSITORY[:TAG]]`: REPOSITORY TAG IMAGE ID CREATED SIZE, with docker's
//! `--filter` and `--format`.

use anyhow::bail;
use gotmpl::Value;

use crate::context::Context;
use crate::format::filter::{Filters, glob_match};
use crate::format::template::{ListFormat, row, text};
use crate::format::{self, go_time};
use crate::spec::ImageRef;
use crate::store::ImageRecord;
use crate::store::images::short_id;
use crate::units;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Show all images (by default the intermediate images of builds are hidden)
    #[arg(short = 'a', long)]
    pub all: bool,

    /// Only show image IDs
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Don't truncate output
    #[arg(long)]
    pub no_trunc: bool,

    /// Show digests (the manifest digest each repository has for the image)
    #[arg(long)]
    pub digests: bool,

    /// Do not print the header row of a table
    #[arg(long, alias = "noheading", visible_alias = "no-heading")]
    pub noheading: bool,

    /// Sort by created (newest first, the default), id, repository, size or tag
    #[arg(long, value_name = "KEY", default_value = "created", value_parser = SORT_KEYS)]
    pub sort: String,

    /// Filter output based on conditions provided (dangling, label, reference, before,
    /// since, until)
    #[arg(short = 'f', long = "filter", value_name = "FILTER")]
    pub filter: Vec<String>,

    /// Format output using a custom template: 'table', 'table TEMPLATE', 'json' or a Go
    /// template such as '{{.Repository}}:{{.Tag}}'
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Only images with this name (and tag); `*` and `?` match within a path part
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub reference: Option<String>,
}

/// podman's `images --sort` keys.
const SORT_KEYS: [&str; 5] = ["created", "id", "repository", "size", "tag"];

const ACCEPTED_FILTERS: &[&str] = &["dangling", "label", "reference", "before", "since", "until"];

const DEFAULT_TABLE: &str = r"{{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}";
const DIGESTS_TABLE: &str =
    r"{{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}";

const HEADERS: &[(&str, &str)] = &[
    ("ID", "IMAGE ID"),
    ("Repository", "REPOSITORY"),
    ("Tag", "TAG"),
    ("Digest", "DIGEST"),
    ("CreatedSince", "CREATED"),
    ("CreatedAt", "CREATED AT"),
    ("Size", "SIZE"),
    ("Containers", "CONTAINERS"),
    ("VirtualSize", "VIRTUAL SIZE"),
    ("SharedSize", "SHARED SIZE"),
    ("UniqueSize", "UNIQUE SIZE"),
];

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let mut filter_args = args.filter.clone();
    // docker treats the positional name as one more reference filter.
    if let Some(r) = &args.reference {
        filter_args.push(format!("reference={r}"));
    }
    let filters = Filters::parse(&filter_args, ACCEPTED_FILTERS)?;
    let dangling = filters.boolean("dangling")?;
    let until = match filters.values("until").last() {
        Some(v) => Some(parse_until(v)?),
        None => None,
    };
    let format = match (&args.format, args.quiet) {
        (Some(_), true) => {
            format::notice(
                "WARNING: Ignoring custom format, because both --format and --quiet are set.",
            );
            None
        }
        (f, false) => {
            let default = if args.digests {
                DIGESTS_TABLE
            } else {
                DEFAULT_TABLE
            };
            let mut f = ListFormat::parse(f.as_deref().unwrap_or(""), default)?;
            f.check(&sample_row())
                .map_err(|e| anyhow::anyhow!("template parsing error: {e}"))?;
            if args.noheading {
                f = f.without_heading();
            }
            Some(f)
        }
        (None, true) => None,
    };

    let store = ctx.store()?;
    let created_of = |key: &str| -> anyhow::Result<Option<jiff::Timestamp>> {
        match filters.values(key).last() {
            Some(v) => Ok(Some(created(&store.image(&ImageRef::local(v)?)?))),
            None => Ok(None),
        }
    };
    let (before, since) = (created_of("before")?, created_of("since")?);
    let names = store.names()?;
    // Also for {{json .}}, which holds every field.
    let wants_digests = args.digests || format.as_ref().is_some_and(|f| f.needs("Digest"));
    let digests = if wants_digests {
        crate::registry::digests::load(&store)?
    } else {
        Default::default()
    };
    let now = jiff::Timestamp::now();
    let zone = jiff::tz::TimeZone::system();
    let mut listed = Vec::new();
    let mut images = store.images()?;
    images.sort_by_key(|img| std::cmp::Reverse(created(img)));
    for img in images {
        let t = created(&img);
        let mut tags: Vec<(String, String)> = crate::store::names::names_for(&names, &img.id)
            .into_iter()
            .filter_map(|n| split_name(&n))
            .collect();
        let is_dangling = tags.is_empty();
        // A build step's image: the build cache holds it; shown with -a, as docker does.
        if is_dangling && !args.all && crate::build::cache::is_intermediate(&store, &img.id) {
            continue;
        }
        let keep = dangling.is_none_or(|d| d == is_dangling)
            && filters.matches_labels("label", &img.config.labels)
            && before.is_none_or(|b| t < b)
            && since.is_none_or(|s| t > s)
            && until.is_none_or(|u| t < u);
        if !keep {
            continue;
        }
        if filters.contains("reference") {
            // Only the names that match are listed; an image without one is left out.
            tags.retain(|(repo, tag)| {
                filters
                    .values("reference")
                    .iter()
                    .any(|p| glob_match(p, &format!("{repo}:{tag}")) || glob_match(p, repo))
            });
            if tags.is_empty() {
                continue;
            }
        } else if tags.is_empty() {
            tags.push(("<none>".into(), "<none>".into()));
        }
        let id = if args.no_trunc {
            img.id.clone()
        } else {
            short_id(&img.id).to_owned()
        };
        for (repo, tag) in tags {
            listed.push((img.clone(), id.clone(), repo, tag));
        }
    }
    // Stable sorts: equal keys keep the newest first.
    match args.sort.as_str() {
        "id" => listed.sort_by(|a, b| a.1.cmp(&b.1)),
        "repository" => listed.sort_by(|a, b| a.2.cmp(&b.2)),
        "tag" => listed.sort_by(|a, b| a.3.cmp(&b.3)),
        "size" => listed.sort_by_key(|l| l.0.size),
        _ => {}
    }
    let mut rows = Vec::new();
    let mut ids = Vec::new();
    for (img, id, repo, tag) in listed {
        if format.is_some() {
            let digest = digests
                .get(&img.id)
                .and_then(|m| m.get(&repo))
                .cloned()
                .unwrap_or_else(|| "<none>".to_owned());
            rows.push(image_row(&img, &id, repo, tag, digest, now, &zone));
        }
        ids.push(id);
    }
    match format {
        Some(f) => f.print(HEADERS, rows)?,
        None => {
            for id in ids {
                format::line(&id)?;
            }
        }
    }
    Ok(0)
}

fn image_row(
    img: &ImageRecord,
    id: &str,
    repo: String,
    tag: String,
    digest: String,
    now: jiff::Timestamp,
    zone: &jiff::tz::TimeZone,
) -> Value {
    let (since, at) = match img.created.parse::<jiff::Timestamp>() {
        Ok(t) => (format::time_ago_from(t, now), go_time(t, zone)),
        Err(_) => ("N/A".to_owned(), "N/A".to_owned()),
    };
    row([
        ("ID", text(id)),
        ("Repository", text(repo)),
        ("Tag", text(tag)),
        ("Digest", text(digest)),
        ("CreatedSince", text(since)),
        ("CreatedAt", text(at)),
        ("Size", text(units::human_size(img.size))),
        ("Containers", text("N/A")),
        (
            "VirtualSize",
            text(units::human_size_with_precision(img.size as f64, 4)),
        ),
        ("SharedSize", text("N/A")),
        ("UniqueSize", text("N/A")),
    ])
}

fn sample_row() -> Value {
    let fields: Vec<(&str, Value)> = HEADERS.iter().map(|(k, _)| (*k, text(""))).collect();
    Value::Map(std::sync::Arc::new(
        fields
            .into_iter()
            .map(|(k, v)| (std::sync::Arc::from(k), v))
            .collect(),
    ))
}

/// An image's creation time; unparsable ones sort as the oldest.
fn created(img: &ImageRecord) -> jiff::Timestamp {
    img.created.parse().unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

/// `repo:tag` into its parts; a colon before the last slash is a registry port.
fn split_name(name: &str) -> Option<(String, String)> {
    let slash = name.rfind('/').map_or(0, |i| i + 1);
    let colon = slash + name[slash..].rfind(':')?;
    Some((name[..colon].to_owned(), name[colon + 1..].to_owned()))
}

/// docker's `until`: an RFC 3339 time, Unix seconds, or a duration before now ("10m").
pub fn parse_until(v: &str) -> anyhow::Result<jiff::Timestamp> {
    if let Ok(t) = v.parse::<jiff::Timestamp>() {
        return Ok(t);
    }
    if let Ok(secs) = v.parse::<i64>()
        && let Ok(t) = jiff::Timestamp::from_second(secs)
    {
        return Ok(t);
    }
    if let Ok(d) = v.parse::<jiff::SignedDuration>()
        && let Ok(t) = jiff::Timestamp::now().checked_sub(d)
    {
        return Ok(t);
    }
    bail!("invalid filter 'until={v}': use a time (RFC 3339 or Unix seconds) or a duration")
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_split_at_the_tag() {
        let s = |n: &str| super::split_name(n);
        assert_eq!(
            s("busybox:latest"),
            Some(("busybox".into(), "latest".into()))
        );
        assert_eq!(
            s("localhost:5000/a/b:v1"),
            Some(("localhost:5000/a/b".into(), "v1".into()))
        );
        assert_eq!(s("localhost:5000/a"), None);
    }

    #[test]
    fn until_forms() {
        assert!(super::parse_until("2026-01-01T00:00:00Z").is_ok());
        assert!(super::parse_until("1700000000").is_ok());
        assert!(super::parse_until("10m").is_ok());
        assert!(super::parse_until("1h30m").is_ok());
        assert!(super::parse_until("soon").is_err());
    }
}
