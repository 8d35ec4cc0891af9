//! `berth rmi [-f] IMAGE...`.

use crate::context::Context;
use crate::error::EXIT_BERTH;
use crate::format;
use crate::spec::ImageRef;
use crate::store::images::RemoveEvent;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Remove the image even when it has several names or a container uses it
    #[arg(short = 'f', long)]
    pub force: bool,

    /// Accepted for compatibility; images here have no untagged parents to prune
    #[arg(long)]
    pub no_prune: bool,

    /// Images to remove: names, ids or id prefixes
    #[arg(value_name = "IMAGE", required = true)]
    pub images: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    // Layer files belong to the image's own uids; deleting them needs the user namespace.
    let store = ctx.owner_store()?;
    let mut status = 0;
    // Like docker: go on with the rest when one fails, and fail at the end.
    for image in &args.images {
        let removed = ImageRef::local(image)
            .map_err(anyhow::Error::new)
            .and_then(|r| Ok(store.remove_image(&r, args.force)?));
        match removed {
            Ok(events) => {
                for e in events {
                    match e {
                        RemoveEvent::Untagged(n) => format::line(&format!("Untagged: {n}"))?,
                        RemoveEvent::Deleted(id) => format::line(&format!("Deleted: {id}"))?,
                    }
                }
            }
            Err(e) => {
                format::error_line(&e);
                status = EXIT_BERTH;
            }
        }
    }
    Ok(status)
}
