//! `berth diff CONTAINER|IMAGE`: A/C/D lines for a container's changes against its image,
//! or for an image's top layer against the layers below it; sorted by path. A newline in a
//! name is shown as `\n` so that every change stays one line.

use serde::Serialize;

use crate::context::Context;
use crate::format;
use crate::image::changes::{self, Kind, Lowers};
use crate::spec::ImageRef;
use crate::store::StoreError;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Change the output format (json)
    #[arg(long, value_name = "FORMAT", value_parser = ["json"])]
    pub format: Option<String>,

    /// The container or image
    #[arg(value_name = "CONTAINER|IMAGE")]
    pub target: String,
}

#[derive(Serialize, Default)]
struct Json {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    changed: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    added: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    deleted: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.owner_store()?;
    let container = match store.find_container(&args.target) {
        Ok(rec) => Some(rec),
        Err(StoreError::NoSuchContainer(_)) => None,
        Err(e) => return Err(e.into()),
    };
    let image = match &container {
        Some(_) => None,
        None => Some(
            store
                .image(&ImageRef::local(&args.target)?)
                .map_err(|e| match e {
                    StoreError::NoSuchImage(_) => {
                        anyhow::anyhow!("no such container or image: {}", args.target)
                    }
                    e => e.into(),
                })?,
        ),
    };
    let found = match (&container, &image) {
        (Some(rec), _) => crate::runtime::commit::changes(&store, rec)?.list,
        (None, Some(img)) => {
            let dirs = store.image_layer_dirs(img)?;
            match dirs.split_last() {
                Some((top, below)) => {
                    changes::from_upper(top, &Lowers::new(below), &changes::identity, false)?
                }
                None => Vec::new(),
            }
        }
        (None, None) => Vec::new(),
    };
    let shown = changes::for_display(&found);
    if args.format.is_some() {
        let mut j = Json::default();
        for (path, kind) in shown {
            match kind {
                Kind::Changed => j.changed.push(path),
                Kind::Added => j.added.push(path),
                Kind::Deleted => j.deleted.push(path),
            }
        }
        format::json(&j)?;
    } else {
        for (path, kind) in shown {
            format::line(&format!("{} {}", kind.letter(), path.replace('\n', "\\n")))?;
        }
    }
    Ok(0)
}
