//! `berth ps`.

use crate::context::Context;
use crate::runtime::state::{observe, status_text};
use crate::store::containers::Status;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Show all containers (default shows just running)
    #[arg(short = 'a', long)]
    pub all: bool,

    /// Only display container IDs
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Show the latest created container (includes all states)
    #[arg(short = 'l', long)]
    pub latest: bool,

    /// Show n last created containers (includes all states)
    #[arg(
        short = 'n',
        long = "last",
        value_name = "N",
        allow_negative_numbers = true
    )]
    pub last: Option<i64>,

    /// Don't truncate output
    #[arg(long)]
    pub no_trunc: bool,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    let mut rows: Vec<_> = store
        .containers()?
        .into_iter()
        .map(|rec| {
            let obs = observe(&store, &rec);
            (rec, obs)
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.0.created));
    let limit = match (args.latest, args.last) {
        (true, _) => Some(1),
        (false, Some(n)) if n >= 0 => Some(n as usize),
        _ => None,
    };
    match limit {
        Some(n) => rows.truncate(n),
        None if !args.all => rows.retain(|(_, o)| o.status == Status::Running),
        None => {}
    }
    if args.quiet {
        for (rec, _) in &rows {
            crate::format::line(if args.no_trunc {
                &rec.id
            } else {
                &rec.id[..12]
            })?;
        }
        return Ok(0);
    }
    let now = jiff::Timestamp::now();
    let mut table = crate::format::Table::new(&[
        "CONTAINER ID",
        "IMAGE",
        "COMMAND",
        "CREATED",
        "STATUS",
        "PORTS",
        "NAMES",
    ]);
    for (rec, obs) in &rows {
        let command = rec.spec.argv.join(" ");
        let command = if args.no_trunc {
            command
        } else {
            truncate(&command, 20)
        };
        table.row(vec![
            if args.no_trunc {
                rec.id.clone()
            } else {
                rec.id[..12].to_string()
            },
            rec.image_name.clone(),
            format!("\"{command}\""),
            crate::format::time_ago_from(rec.created, now),
            status_text(rec, obs, now),
            String::new(),
            rec.name.clone(),
        ]);
    }
    table.print()?;
    Ok(0)
}

/// Shorten to `max` characters with an ellipsis, as docker's ps does for COMMAND.
fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out.push('…');
    out
}
