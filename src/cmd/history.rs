//! `berth history IMAGE`: IMAGE CREATED CREATED BY SIZE COMMENT, newest first, with
//! docker's `--format` fields, podman's `Tags`, and for `--format json` podman's `id`,
//! `created` and `size` beside docker's keys. A step shows an image id when an image of exactly the
//! layers and history up to it is in the store, `<missing>` otherwise.

use crate::context::Context;
use crate::format::template::{ListFormat, row, text};
use crate::format::{self, go_time};
use crate::spec::ImageRef;
use crate::store::ImageRecord;
use crate::store::images::short_id;
use crate::units;
use gotmpl::Value;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Print sizes and dates in human readable format
    #[arg(
        short = 'H',
        long,
        default_value_t = true,
        action = clap::ArgAction::Set,
        value_name = "BOOL"
    )]
    pub human: bool,

    /// Don't truncate output
    #[arg(long)]
    pub no_trunc: bool,

    /// Only show image IDs
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Format output using a custom template: 'table', 'table TEMPLATE', 'json' or a Go
    /// template such as '{{.ID}} {{.CreatedBy}}'
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// The image
    #[arg(value_name = "IMAGE")]
    pub image: String,
}

const DEFAULT_TABLE: &str = r"{{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}";

const HEADERS: &[(&str, &str)] = &[
    ("ID", "IMAGE"),
    ("Created", "CREATED"),
    ("CreatedAt", "CREATED AT"),
    ("CreatedSince", "CREATED"),
    ("CreatedBy", "CREATED BY"),
    ("Size", "SIZE"),
    ("Comment", "COMMENT"),
];

/// docker cuts CREATED BY to this many characters unless --no-trunc.
const CREATED_BY_WIDTH: usize = 45;

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let format = ListFormat::parse(args.format.as_deref().unwrap_or(""), DEFAULT_TABLE)?;
    format
        .check(&row([
            ("ID", text("")),
            ("Created", text("")),
            ("CreatedAt", text("")),
            ("CreatedSince", text("")),
            ("CreatedBy", text("")),
            ("Size", text("")),
            ("Comment", text("")),
            ("Tags", Value::List(Vec::new().into())),
        ]))
        .map_err(|e| anyhow::anyhow!("template parsing error: {e}"))?;
    let store = ctx.store()?;
    let img = store.image(&ImageRef::local(&args.image)?)?;
    let images = store.images()?;
    let names = store.names()?;
    let now = jiff::Timestamp::now();
    let zone = jiff::tz::TimeZone::system();
    let mut rows = Vec::new();
    let mut ids = Vec::new();
    // Layers belong to the non-empty steps, in order.
    let mut layer_of = Vec::with_capacity(img.history.len());
    let mut next_layer = 0;
    for h in &img.history {
        if h.empty_layer {
            layer_of.push(None);
        } else {
            layer_of.push(Some(next_layer));
            next_layer += 1;
        }
    }
    for (i, h) in img.history.iter().enumerate().rev() {
        let step = step_image(&img, &images, i, &layer_of);
        let tags: Vec<Value> = step
            .map(|id| crate::store::names::names_for(&names, id))
            .unwrap_or_default()
            .into_iter()
            .map(text)
            .collect();
        let full_id = step.map_or("<missing>", |id| id.trim_start_matches("sha256:"));
        let id = step
            .map(|id| {
                if args.no_trunc {
                    id.to_owned()
                } else {
                    short_id(id).to_owned()
                }
            })
            .unwrap_or_else(|| "<missing>".to_owned());
        ids.push(id.clone());
        let size = layer_of[i]
            .and_then(|l| img.layers.get(l))
            .and_then(|chain| store.layer(chain).ok())
            .map_or(0, |l| l.size);
        let created = h.created.parse::<jiff::Timestamp>().ok();
        let since = match created {
            Some(t) if args.human => format::time_ago_from(t, now),
            Some(t) => format::rfc3339(t, &zone),
            None => "N/A".to_owned(),
        };
        let at = created.map_or("N/A".to_owned(), |t| go_time(t, &zone));
        let by = if args.no_trunc || h.created_by.chars().count() <= CREATED_BY_WIDTH {
            h.created_by.clone()
        } else {
            let cut: String = h.created_by.chars().take(CREATED_BY_WIDTH - 1).collect();
            format!("{cut}…")
        };
        let size_bytes = size;
        let size = if args.human {
            units::human_size(size)
        } else {
            size.to_string()
        };
        rows.push(row([
            ("ID", text(id)),
            ("Created", text(since.clone())),
            ("CreatedAt", text(at)),
            ("CreatedSince", text(since)),
            ("CreatedBy", text(by)),
            ("Size", text(size)),
            ("Comment", text(h.comment.clone())),
            ("Tags", Value::List(tags.into())),
            // podman's JSON keys.
            ("id", text(full_id)),
            ("created", text(h.created.clone())),
            ("size", Value::Uint(size_bytes)),
        ]));
    }
    if args.quiet {
        for id in ids {
            format::line(&id)?;
        }
        return Ok(0);
    }
    format.print(HEADERS, rows)?;
    Ok(0)
}

/// The id of the image that step `i` of `img` made: `img` itself for its last step, else
/// an image in the store with exactly the history and layers up to that step.
fn step_image<'a>(
    img: &'a ImageRecord,
    images: &'a [ImageRecord],
    i: usize,
    layer_of: &[Option<usize>],
) -> Option<&'a str> {
    if i + 1 == img.history.len() {
        return Some(&img.id);
    }
    let layers = layer_of[..=i].iter().flatten().count();
    images
        .iter()
        .find(|o| {
            o.id != img.id
                && o.history.len() == i + 1
                && o.history[..] == img.history[..=i]
                && o.layers[..] == img.layers[..layers.min(img.layers.len())]
        })
        .map(|o| o.id.as_str())
}
