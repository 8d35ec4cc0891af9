//! `berth commit CONTAINER [REPOSITORY[:TAG]]`: a new image from a container's changes.
//! Prints the new image's full id (`sha256:...`), as podman does.

use anyhow::Context as _;

use crate::context::Context;
use crate::format;
use crate::image::commit::CommitOptions;
use crate::image::config::apply_change;
use crate::registry::push::Format;
use crate::spec::reference::Reference;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")
    #[arg(short = 'a', long, value_name = "AUTHOR")]
    pub author: Option<String>,

    /// Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL,
    /// ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR)
    #[arg(short = 'c', long = "change", value_name = "INSTRUCTION")]
    pub change: Vec<String>,

    /// Commit message
    #[arg(short = 'm', long = "message", value_name = "MESSAGE")]
    pub message: Option<String>,

    /// Pause the container during commit
    #[arg(
        short = 'p',
        long,
        default_value_t = true,
        action = clap::ArgAction::Set,
        value_name = "BOOL"
    )]
    pub pause: bool,

    /// Suppress output
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Format of the image's manifest when it is pushed (oci or docker)
    #[arg(short = 'f', long, value_name = "FORMAT", value_parser = ["oci", "docker"], default_value = "oci")]
    pub format: String,

    /// The container to commit
    #[arg(value_name = "CONTAINER")]
    pub container: String,

    /// Name for the new image
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub reference: Option<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let name = args
        .reference
        .as_deref()
        .map(Reference::parse)
        .transpose()?;
    let store = ctx.owner_store()?;
    let rec = store.find_container(&args.container)?;
    let image = store.image_by_id(&rec.image)?;
    // The container's config as it runs, over the image's (ports, volumes ...).
    let mut config = image.config.clone();
    config.cmd = rec.spec.cmd.clone();
    config.entrypoint = rec.spec.entrypoint.clone();
    config.env = rec.spec.env.clone();
    config.working_dir = rec.spec.working_dir.clone();
    config.user = rec.spec.user.clone();
    config.labels = rec.spec.labels.clone();
    config.stop_signal = rec.spec.stop_signal.clone().or(config.stop_signal);
    for change in &args.change {
        apply_change(&mut config, change)?;
    }
    let opts = CommitOptions {
        config,
        author: args.author.unwrap_or_default(),
        comment: args.message.unwrap_or_default(),
        created_by: rec.spec.argv.join(" "),
        cache_key: None,
    };
    let record = crate::runtime::commit::commit(
        &store,
        &rec,
        ctx.rootless,
        args.pause,
        &opts,
        name.as_ref(),
    )?;
    let format = match args.format.as_str() {
        "docker" => Format::V2s2,
        _ => Format::Oci,
    };
    crate::registry::digests::record_format(&store, &record.id, format)
        .with_context(|| format!("recording the format of {}", record.id))?;
    crate::runtime::events::container(&store, &rec, "commit");
    if !args.quiet {
        format::line(&record.id)?;
    }
    Ok(0)
}
