//! `berth pull [-q] [--platform os/arch[/variant]] [--tls-verify=BOOL] NAME[:TAG|@DIGEST]`,
//! and the image flags `run`/`create` share for their implicit pull.

use anyhow::Context as _;

use crate::context::Context;
use crate::format;
use crate::format::progress::TransferProgress;
use crate::image::manifest::Platform;
use crate::registry::pull::{PullRequest, Pulled, pull};
use crate::registry::resolve::Resolved;
use crate::spec::ImageRef;
use crate::store::{ImageRecord, Store};

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Suppress the progress output
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Pull every tag of the repository (NAME without a tag)
    #[arg(short = 'a', long)]
    pub all_tags: bool,

    /// Pull the image for this platform (os/arch[/variant]) instead of the host's
    #[arg(long, value_name = "OS/ARCH[/VARIANT]", value_parser = Platform::parse)]
    pub platform: Option<Platform>,

    /// Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)
    #[arg(long, value_name = "BOOL")]
    pub tls_verify: Option<bool>,

    #[command(flatten)]
    pub auth: super::flags_auth::AuthFlags,

    /// The image to pull
    #[arg(value_name = "NAME[:TAG|@DIGEST]")]
    pub image: String,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    args.auth.apply()?;
    let store = ctx.owner_store()?;
    let reference =
        ImageRef::parse(&args.image).with_context(|| format!("pulling {}", args.image))?;
    let reference = qualified(ctx, reference)?;
    let references = match args.all_tags {
        true => all_tags(ctx, &reference, args.tls_verify)?,
        false => vec![reference],
    };
    for reference in references {
        let shown = reference.to_string();
        let req = PullRequest {
            reference,
            platform: args.platform.clone(),
            tls_verify: args.tls_verify,
        };
        let progress = TransferProgress::new(args.quiet);
        // An interruption exits 130 (crate::error::exit_code), here and in run/create.
        let pulled = pull(&store, &ctx.config.registries, &req, &progress)
            .with_context(|| format!("pulling {shown}"))?;
        record_digest(&store, &pulled);
        report(&progress, &pulled);
        let name = pulled.remote.to_string();
        crate::runtime::events::image(&store, "pull", &name, &name);
        format::line(&name)?;
    }
    Ok(0)
}

/// `pull --all-tags`: every tag the registry lists for the repository `reference` names
/// (which must carry no tag or digest), as references on that registry.
fn all_tags(
    ctx: &Context,
    reference: &ImageRef,
    tls_verify: Option<bool>,
) -> anyhow::Result<Vec<ImageRef>> {
    use crate::registry::client::{Client, Options};
    let cfg = &ctx.config.registries;
    let remote = crate::registry::rules::candidates(cfg, reference)?
        .into_iter()
        .next()
        .with_context(|| format!("no registry to list the tags of {reference}"))?;
    // The name as written: a tag is a `:` after the last `/` (a port comes before one).
    let text = reference.as_str();
    if text.contains('@') || text.rsplit('/').next().is_some_and(|l| l.contains(':')) {
        anyhow::bail!("tag can't be used with --all-tags/-a: {reference}");
    }
    let host = &remote.host;
    let client = Client::new(cfg, host, Options::for_host(cfg, host, tls_verify))?;
    let tags = client
        .tags(&remote.repo)
        .with_context(|| format!("listing the tags of {reference}"))?;
    if tags.is_empty() {
        anyhow::bail!("{reference}: the registry lists no tags");
    }
    let named = |t: &String| ImageRef::parse(&format!("{host}/{}:{t}", remote.repo));
    Ok(tags.iter().map(named).collect::<Result<_, _>>()?)
}

/// Parse `run`/`create`'s image argument. One that names nothing fails as its first use
/// would: the pull under `--pull=always`, else the store lookup (which refuses digests).
fn image_arg(input: &str, policy: PullPolicy) -> anyhow::Result<ImageRef> {
    let err = match ImageRef::parse(input) {
        Ok(r) => return Ok(r),
        Err(e) => e,
    };
    let local = match policy {
        PullPolicy::Always => None,
        PullPolicy::Missing | PullPolicy::Never | PullPolicy::Newer => ImageRef::local(input).err(),
    };
    Err(match local {
        Some(local) => local.into(),
        None => anyhow::Error::new(err).context(format!(
            "image {input} is not in the store and pulling it failed"
        )),
    })
}

/// Remember the manifest digest for `images --digests`; failing to is not worth failing
/// the pull over.
fn record_digest(store: &Store, pulled: &Pulled) {
    if let Err(e) = crate::registry::digests::record(
        store,
        &pulled.image.id,
        &pulled.remote.local_repo(),
        &pulled.manifest_digest,
    ) {
        log::warn!("recording the repository digest: {e}");
    }
}

fn report(progress: &TransferProgress, pulled: &Pulled) {
    let name = pulled
        .remote
        .local_name()
        .map_or_else(|| pulled.remote.to_string(), |n| n.to_string());
    progress.status(&format!("Status: Downloaded image for {name}"));
}

pub use crate::registry::resolve::PullPolicy;

// The image flags `run` and `create` take (flattened into their container flags). (A plain
// comment: clap would make a doc comment the about text of the commands.)
#[derive(Debug, Clone, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct ImageFlags {
    /// Pull the image before creating the container: always, missing (when not in the
    /// store), never, newer (when the registry's differs; the stored one if that fails)
    #[arg(long, value_enum, default_value = "missing", value_name = "POLICY")]
    pub pull: PullPolicy,

    /// Suppress the output of the image's pull
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Platform of the image to pull (os/arch[/variant])
    #[arg(long, value_name = "OS/ARCH[/VARIANT]", value_parser = Platform::parse)]
    pub platform: Option<Platform>,
}

/// The image `run`/`create` use: from the store, pulled first as the policy says. Progress
/// goes to stderr as for `pull`. The caller owns the store (the user namespace).
pub fn image_for_run(
    store: &Store,
    ctx: &Context,
    reference: &str,
    flags: &ImageFlags,
) -> anyhow::Result<ImageRecord> {
    let mut reference = image_arg(reference, flags.pull)?;
    // Asking which registry is only for a pull: an image in the store needs no answer (and
    // registries.conf is not even read).
    if matches!(flags.pull, PullPolicy::Always | PullPolicy::Newer)
        || store.image(&reference).is_err()
    {
        reference = qualified(ctx, reference)?;
    }
    let resolved = crate::registry::resolve::resolve(
        store,
        &ctx.config.registries,
        &reference,
        flags.pull,
        flags.platform.clone(),
        || TransferProgress::new(flags.quiet),
    )?;
    Ok(match resolved {
        Resolved::Stored(image) => image,
        Resolved::Pulled(pulled, progress) => {
            report(&progress, &pulled);
            pulled.image
        }
    })
}

/// A short name that registries.conf leaves ambiguous (several search registries, no alias,
/// short-name mode not disabled): on a terminal the person picks the registry, as podman
/// asks; without one the name goes on as it is and the pull says what is ambiguous.
fn qualified(ctx: &Context, reference: ImageRef) -> anyhow::Result<ImageRef> {
    use std::io::IsTerminal as _;
    let Some(hosts) = crate::registry::rules::choices(&ctx.config.registries, &reference)? else {
        return Ok(reference);
    };
    if !super::prompt::can_prompt() || !std::io::stderr().is_terminal() {
        return Ok(reference);
    }
    let names: Vec<String> = hosts.iter().map(|h| format!("{h}/{reference}")).collect();
    let mut menu = String::from("? Please select an image:\n");
    for (i, name) in names.iter().enumerate() {
        menu.push_str(&format!("  {}: {name}\n", i + 1));
    }
    format::raw_stderr(menu.as_bytes())?;
    let answer = super::prompt::ask("Enter a number: ")?;
    let chosen = answer
        .trim()
        .parse::<usize>()
        .ok()
        .and_then(|n| names.get(n.checked_sub(1)?))
        .ok_or_else(|| anyhow::anyhow!("no image chosen for short-name {reference}"))?;
    Ok(ImageRef::parse(chosen)?)
}
