//! `berth search [--limit N] [--tls-verify=BOOL] [REGISTRY/]TERM`: repositories in a
//! registry's catalog whose name contains TERM.

use anyhow::Context as _;

use crate::context::Context;
use crate::format::Table;
use crate::registry::client::{Client, Options};

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Show at most this many results
    #[arg(long, default_value_t = 25)]
    pub limit: usize,

    /// Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)
    #[arg(long, value_name = "BOOL")]
    pub tls_verify: Option<bool>,

    /// What to look for; `host[:port]/term` searches that registry, otherwise the first
    /// search registry
    #[arg(value_name = "TERM")]
    pub term: String,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
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
    let client = Client::new(cfg, &host, Options::for_host(cfg, &host, args.tls_verify))?;
    let repos = client
        .catalog(&|r| r.contains(term.as_str()), args.limit)
        .with_context(|| format!("searching {host}"))?;
    let mut table = Table::new(&["NAME", "DESCRIPTION"]);
    for r in &repos {
        table.row(vec![format!("{host}/{r}"), String::new()]);
    }
    table.print()?;
    Ok(0)
}
