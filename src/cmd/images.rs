//! `berth images [REPOSITORY[:TAG]]`: REPOSITORY TAG IMAGE ID CREATED SIZE.

use crate::context::Context;
use crate::format::{self, Table};
use crate::store::images::short_id;
use crate::units;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Show all images (the default already hides none)
    #[arg(short = 'a', long)]
    pub all: bool,

    /// Only show image IDs
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Don't truncate output
    #[arg(long)]
    pub no_trunc: bool,

    /// Only images with this name (and tag)
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub reference: Option<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let filter = args.reference.as_deref().map(parse_filter);
    let store = ctx.store()?;
    let names = store.names()?;
    let mut table = Table::new(&["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"]);
    let mut ids = Vec::new();
    for img in store.images()? {
        let mut tags: Vec<(String, String)> = crate::store::names::names_for(&names, &img.id)
            .into_iter()
            .filter_map(|n| {
                n.rsplit_once(':')
                    .map(|(r, t)| (r.to_owned(), t.to_owned()))
            })
            .collect();
        if let Some((repo, tag)) = &filter {
            tags.retain(|(r, t)| r == repo && tag.as_ref().is_none_or(|want| want == t));
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
        let created = match img.created.parse::<jiff::Timestamp>() {
            Ok(t) => format::time_ago(t),
            Err(_) => "N/A".to_owned(),
        };
        let size = units::human_size(img.size);
        for (repo, tag) in tags {
            ids.push(id.clone());
            table.row(vec![repo, tag, id.clone(), created.clone(), size.clone()]);
        }
    }
    if args.quiet {
        for id in ids {
            format::line(&id)?;
        }
    } else {
        table.print()?;
    }
    Ok(0)
}

/// `repo` or `repo:tag`; a colon before the last slash is a registry port.
fn parse_filter(s: &str) -> (String, Option<String>) {
    let slash = s.rfind('/').map_or(0, |i| i + 1);
    match s[slash..].rfind(':') {
        Some(i) => (
            s[..slash + i].to_owned(),
            Some(s[slash + i + 1..].to_owned()),
        ),
        None => (s.to_owned(), None),
    }
}
