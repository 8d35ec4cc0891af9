//! `berth rmi [-f] IMAGE...`.

use crate::context::Context;
use crate::format;
use crate::spec::ImageRef;
use crate::store::StoreError;
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

    /// Remove all images
    #[arg(short = 'a', long, conflicts_with = "images")]
    pub all: bool,

    /// An image that does not exist is not an error
    #[arg(short = 'i', long)]
    pub ignore: bool,

    /// Images to remove: names, ids or id prefixes
    #[arg(value_name = "IMAGE", required_unless_present = "all")]
    pub images: Vec<String>,
}

pub fn exec(mut args: Args, ctx: &Context) -> anyhow::Result<u8> {
    // Layer files belong to the image's own uids; deleting them needs the user namespace.
    let store = ctx.owner_store()?;
    if args.all {
        // By id: every name of each goes with it.
        args.images = store.images()?.into_iter().map(|i| i.id).collect();
    }
    let mut status = 0;
    // Like docker: go on with the rest when one fails, and fail at the end (podman's
    // statuses: 1 for a missing image, 2 for one a container uses).
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
            Err(e) if args.ignore && super::each::is_missing(&e) => {}
            Err(e) => {
                format::error_line(&e);
                status = super::each::merge_status(status, image_status(&e));
            }
        }
    }
    Ok(status)
}

/// podman's status for one image that could not be removed.
fn image_status(e: &anyhow::Error) -> u8 {
    match e.downcast_ref::<StoreError>() {
        Some(e) if e.is_missing() => crate::error::EXIT_NO_SUCH_OBJECT,
        Some(StoreError::InUse(_)) => crate::error::EXIT_STATE_IMPROPER,
        _ => crate::error::exit_code(e),
    }
}
