//! `berth push [--tls-verify=BOOL] [-q] [--format oci|v2s2] IMAGE [DESTINATION]`: upload an image's missing
//! blobs and its manifest to a registry.

use anyhow::Context as _;

use crate::context::Context;
use crate::format;
use crate::format::progress::TransferProgress;
use crate::registry::push::{Format, push, source_format};
use crate::spec::ImageRef;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Suppress the progress output
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)
    #[arg(long, value_name = "BOOL")]
    pub tls_verify: Option<bool>,

    #[command(flatten)]
    pub auth: super::flags_auth::AuthFlags,

    /// Manifest format: oci, or v2s2 (docker schema 2); default: the format the image was
    /// pulled or loaded in, else oci
    #[arg(short = 'f', long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// The local image (name or id)
    #[arg(value_name = "IMAGE")]
    pub image: String,

    /// Where to push (default: the image's name)
    #[arg(value_name = "DESTINATION")]
    pub destination: Option<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    args.auth.apply()?;
    let store = ctx.owner_store()?;
    let (image, name) = store.resolve_image(&ImageRef::local(&args.image)?)?;
    let dest = match (&args.destination, name) {
        (Some(d), _) => ImageRef::parse(d).with_context(|| format!("pushing {d}"))?,
        (None, Some(n)) => ImageRef::from(n),
        (None, None) => anyhow::bail!(
            "{} is an image id: name a destination (berth push IMAGE REGISTRY/REPO:TAG)",
            args.image
        ),
    };
    let progress = TransferProgress::new(args.quiet);
    let pushed = push(
        &store,
        &ctx.config.registries,
        &image,
        &dest,
        args.format.unwrap_or_else(|| source_format(&store, &image)),
        args.tls_verify,
        &progress,
    )
    .with_context(|| format!("pushing {dest}"))?;
    if let Err(e) = crate::registry::digests::record(
        &store,
        &image.id,
        &pushed.remote.local_repo(),
        &pushed.manifest_digest,
    ) {
        log::warn!("recording the repository digest: {e}");
    }
    progress.status(&format!(
        "{}: digest: {} size: {}",
        pushed.remote.reference(),
        pushed.manifest_digest,
        pushed.size
    ));
    crate::runtime::events::image(&store, "push", &image.id, &pushed.remote.to_string());
    format::line(&pushed.manifest_digest)?;
    Ok(0)
}
