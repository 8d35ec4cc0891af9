//! `berth search [--limit N] [--filter KEY=VALUE] [--format FMT] [--no-trunc]
//! [--tls-verify=BOOL] [REGISTRY/]TERM`: repositories in a registry's catalog whose name
//! contains TERM.
//!
//! A registry's catalog carries names only: stars are 0 and nothing is official or
//! automated, so `--filter stars=N` (N > 0), `is-official=true` and `is-automated=true`
//! leave nothing, as they would for such repositories on any registry.

use anyhow::{Context as _, anyhow, bail};

use crate::context::Context;
use crate::format::filter::Filters;
use crate::format::template::{ListFormat, row, text};
use crate::registry::client::{Client, Options};

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Show at most this many results
    #[arg(long, default_value_t = 25)]
    pub limit: usize,

    /// Filter the results: stars=N (at least N stars), is-official=BOOL, is-automated=BOOL
    #[arg(short = 'f', long = "filter", value_name = "KEY=VALUE")]
    pub filter: Vec<String>,

    /// Only show results with at least N stars (the older form of --filter stars=N)
    #[arg(short = 's', long = "stars", value_name = "N", hide = true)]
    pub stars: Option<u32>,

    /// Format the output: a Go template over .Index, .Name, .Description, .Stars,
    /// .Official, .Automated and .Tag ('table ...' for a table), or json
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Do not truncate the description
    #[arg(long)]
    pub no_trunc: bool,

    /// Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)
    #[arg(long, value_name = "BOOL")]
    pub tls_verify: Option<bool>,

    /// What to look for; `host[:port]/term` searches that registry, otherwise the first
    /// search registry
    #[arg(value_name = "TERM")]
    pub term: String,
}

const HEADERS: [(&str, &str); 7] = [
    ("Index", "INDEX"),
    ("Name", "NAME"),
    ("Description", "DESCRIPTION"),
    ("Stars", "STARS"),
    ("Official", "OFFICIAL"),
    ("Automated", "AUTOMATED"),
    ("Tag", "TAG"),
];

/// The longest description shown without `--no-trunc`, as podman cuts it.
const DESCRIPTION_WIDTH: usize = 44;

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let filters = Filters::parse(&args.filter, &["stars", "is-official", "is-automated"])?;
    let mut min_stars = args.stars.unwrap_or(0);
    for v in filters.values("stars") {
        let n: u32 = v
            .parse()
            .map_err(|_| anyhow!("invalid filter 'stars={v}': not a number"))?;
        min_stars = min_stars.max(n);
    }
    let official = filters.boolean("is-official")?;
    let automated = filters.boolean("is-automated")?;
    let format = ListFormat::parse(
        args.format.as_deref().unwrap_or(""),
        "{{.Name}}\t{{.Description}}",
    )?;
    let sample = row(HEADERS.map(|(k, _)| (k, text(""))));
    format
        .check(&sample)
        .map_err(|e| anyhow!("template parsing error: {e}"))?;
    if args.limit == 0 {
        bail!("invalid --limit 0: give a positive number");
    }
    let cfg = &ctx.config.registries;
    let (host, term) = match args.term.split_once('/') {
        Some((h, t)) if h.contains(['.', ':']) || h == "localhost" => (h.to_owned(), t.to_owned()),
        _ => (
            cfg.search
                .first()
                .cloned()
                .unwrap_or_else(|| "docker.io".to_owned()),
            args.term.clone(),
        ),
    };
    // Catalog entries have no stars and are neither official nor automated.
    let none_pass = min_stars > 0 || official == Some(true) || automated == Some(true);
    let repos = match none_pass {
        true => Vec::new(),
        false => {
            let client = Client::new(cfg, &host, Options::for_host(cfg, &host, args.tls_verify))?;
            client
                .catalog(&|r| r.contains(term.as_str()), args.limit)
                .with_context(|| format!("searching {host}"))?
        }
    };
    let description = |d: &str| match args.no_trunc || d.chars().count() <= DESCRIPTION_WIDTH {
        true => d.to_owned(),
        false => d.chars().take(DESCRIPTION_WIDTH - 3).collect::<String>() + "...",
    };
    let rows = repos.iter().map(|r| {
        row([
            ("Index", text(host.as_str())),
            ("Name", text(format!("{host}/{r}"))),
            ("Description", text(description(""))),
            ("Stars", text("0")),
            ("Official", text("")),
            ("Automated", text("")),
            ("Tag", text("")),
        ])
    });
    format.print(&HEADERS, rows.collect::<Vec<_>>())?;
    Ok(0)
}
