//! `berth build` (also `image build`, `buildx build`): an image from a Dockerfile. Step
//! output goes to stderr (the steps' own output too); stdout gets the image's full id
//! only, so `id=$(berth build -q .)` and `berth build . | tail -1` both work.

use std::collections::BTreeMap;
use std::os::fd::AsFd;
use std::path::PathBuf;

use anyhow::{Context as _, bail};

use crate::build::context::{self, Options as ContextOptions};
use crate::build::executor::{Builder, check_platform};
use crate::build::options::BuildOptions;
use crate::cmd::pull::PullPolicy;
use crate::context::Context;
use crate::registry::push::Format;
use crate::spec::NetworkMode;
use crate::spec::reference::Reference;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Name and optionally a tag for the image (name:tag); may be given several times
    #[arg(short = 't', long = "tag", value_name = "NAME[:TAG]")]
    pub tags: Vec<String>,

    /// Name of the Dockerfile (default: CONTEXT/Containerfile or CONTEXT/Dockerfile; `-`
    /// reads it from stdin)
    #[arg(short = 'f', long = "file", value_name = "PATH")]
    pub file: Option<String>,

    /// Set a build-time variable (KEY=VALUE, or KEY to take it from the environment)
    #[arg(long = "build-arg", value_name = "KEY[=VALUE]")]
    pub build_args: Vec<String>,

    /// Set the target build stage to build
    #[arg(long, value_name = "STAGE")]
    pub target: Option<String>,

    /// Do not use the cache when building the image
    #[arg(long)]
    pub no_cache: bool,

    /// Pull base images: always, missing (when not in the store), never; a bare --pull is
    /// always
    #[arg(
        long,
        value_enum,
        value_name = "POLICY",
        default_value = "missing",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "always"
    )]
    pub pull: PullPolicy,

    /// Suppress the build output and print the image id on success
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Write the image id to the file
    #[arg(long, value_name = "FILE")]
    pub iidfile: Option<PathBuf>,

    /// Set metadata for the image (KEY=VALUE)
    #[arg(long = "label", value_name = "KEY=VALUE")]
    pub labels: Vec<String>,

    /// Remove intermediate containers after a successful build
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    pub rm: bool,

    /// Remove intermediate containers also when the build fails
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    pub force_rm: bool,

    /// Network of the RUN steps: bridge (rootless: outbound through berth's user-mode
    /// network, the default where /dev/net/tun is open to the user), private (loopback
    /// only; the default as root), none, host
    #[arg(long, value_name = "MODE", default_value = "")]
    pub network: String,

    /// Platform of the image (only this host's is supported)
    #[arg(long, value_name = "OS/ARCH")]
    pub platform: Option<String>,

    /// Secret file to expose to RUN --mount=type=secret (id=ID,src=PATH)
    #[arg(long = "secret", value_name = "id=ID,src=PATH")]
    pub secrets: Vec<String>,

    /// Format of the image's manifest when it is pushed (oci or docker)
    #[arg(long, value_name = "FORMAT", value_parser = ["oci", "docker"], default_value = "oci")]
    pub format: String,

    /// Do not create /etc/hosts for RUN steps; the image's own is used
    #[arg(long)]
    pub no_hosts: bool,

    /// Images whose layers may serve as cached steps (pulled when missing; the local build
    /// cache is always used)
    #[arg(long = "cache-from", value_name = "IMAGE")]
    pub cache_from: Vec<String>,

    /// Cache intermediate images (false: nothing is looked up or recorded)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    pub layers: bool,

    /// The build context: a directory (the current one when not given), a tar archive, or
    /// - (a tar or a Dockerfile on stdin)
    #[arg(value_name = "CONTEXT", default_value = ".")]
    pub context: String,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let opts = options(&args, ctx.rootless)?;
    if let Some(p) = &args.platform {
        check_platform(p)?;
    }
    let store = ctx.owner_store()?;
    let mut build_ctx = context::open(
        &ContextOptions {
            context: &args.context,
            file: args.file.as_deref(),
            tmp_dir: &store.tmp_dir(),
        },
        std::io::stdin().lock(),
    )?;
    build_ctx.use_stat_cache(&crate::build::cache::stat_cache_path(&store));
    let dockerfile = crate::build::dockerfile::parse_bytes(
        build_ctx.dockerfile().text.as_bytes(),
        &build_ctx.dockerfile().shown,
    )?;
    let driver = crate::runtime::driver::choose(ctx.config.storage.driver.as_deref(), &store)?;
    let pull = args.pull;
    let resolve = |name: &str| -> anyhow::Result<crate::store::ImageRecord> {
        let flags = crate::cmd::pull::ImageFlags {
            pull,
            platform: None,
            quiet: false,
        };
        crate::cmd::pull::image_for_run(&store, ctx, name, &flags)
    };
    // --cache-from images, pulled when missing (unless --pull=never); one that cannot be
    // had is said and skipped,
    // as a cache source is never needed.
    let mut cache_from = Vec::new();
    for name in &args.cache_from {
        let flags = crate::cmd::pull::ImageFlags {
            pull: match args.pull {
                PullPolicy::Never => PullPolicy::Never,
                _ => PullPolicy::Missing,
            },
            platform: None,
            quiet: opts.quiet,
        };
        match crate::cmd::pull::image_for_run(&store, ctx, name, &flags) {
            Ok(img) => cache_from.push(img),
            Err(e) => crate::term::notice(&format!("--cache-from {name}: {e:#}")),
        }
    }
    // The steps' output goes to stderr (or nowhere with -q); stdout is kept for the id.
    let saved = Saved::take()?;
    match opts.quiet {
        true => {
            let null = std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/null")
                .context("opening /dev/null")?;
            crate::sys::fd::dup_onto_stdio(&null, 1).context("redirecting stdout")?;
            crate::sys::fd::dup_onto_stdio(&null, 2).context("redirecting stderr")?;
        }
        false => {
            crate::sys::fd::dup_onto_stdio(std::io::stderr(), 1).context("redirecting stdout")?
        }
    }
    let built = Builder::new(
        &store,
        ctx.rootless,
        &opts,
        &build_ctx,
        &dockerfile,
        driver,
        &resolve,
    )
    .with_cache_from(&cache_from)
    .build();
    saved.restore()?;
    let image = built?;
    let format = match args.format.as_str() {
        "docker" => Format::V2s2,
        _ => Format::Oci,
    };
    crate::registry::digests::record_format(&store, &image.id, format)
        .with_context(|| format!("recording the format of {}", image.id))?;
    if let Some(path) = &args.iidfile {
        std::fs::write(path, &image.id)
            .with_context(|| format!("writing the image id to {}", path.display()))?;
    }
    if !opts.quiet {
        for tag in &opts.tags {
            crate::term::raw_stderr(format!("Successfully tagged {tag}\n").as_bytes())?;
        }
    }
    crate::runtime::events::image(
        &store,
        "build",
        &image.id,
        &opts.tags.first().map(|t| t.to_string()).unwrap_or_default(),
    );
    crate::format::line(&image.id)?;
    Ok(0)
}

/// The process's stdout and stderr, to put back after the build.
struct Saved(std::os::fd::OwnedFd, std::os::fd::OwnedFd);

impl Saved {
    fn take() -> anyhow::Result<Saved> {
        let dup =
            |fd: std::os::fd::BorrowedFd<'_>| fd.try_clone_to_owned().context("duplicating stdio");
        Ok(Saved(
            dup(std::io::stdout().as_fd())?,
            dup(std::io::stderr().as_fd())?,
        ))
    }

    fn restore(self) -> anyhow::Result<()> {
        crate::sys::fd::dup_onto_stdio(&self.0, 1).context("restoring stdout")?;
        crate::sys::fd::dup_onto_stdio(&self.1, 2).context("restoring stderr")?;
        Ok(())
    }
}

/// The flags as plain data, checked before anything is touched.
fn options(args: &Args, rootless: bool) -> anyhow::Result<BuildOptions> {
    let tags = args
        .tags
        .iter()
        .map(|t| Reference::parse(t).with_context(|| format!("invalid tag {t:?}")))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut build_args = BTreeMap::new();
    for a in &args.build_args {
        let (k, v) = match a.split_once('=') {
            Some((k, v)) => (k.to_string(), Some(v.to_string())),
            None => (a.clone(), std::env::var(a).ok()),
        };
        if k.is_empty() {
            bail!("invalid --build-arg {a:?}: the name is empty");
        }
        build_args.insert(k, v);
    }
    let mut labels = BTreeMap::new();
    for l in &args.labels {
        let (k, v) = l.split_once('=').unwrap_or((l, ""));
        if k.is_empty() {
            bail!("invalid --label {l:?}: the name is empty");
        }
        labels.insert(k.to_string(), v.to_string());
    }
    let network = match args.network.as_str() {
        "" | "default" if rootless => crate::network::usermode::default_mode(),
        "bridge" if rootless => NetworkMode::User,
        "private" | "default" | "bridge" | "" => NetworkMode::Private,
        "none" => NetworkMode::None,
        "host" => NetworkMode::Host,
        other => bail!("invalid --network {other:?}: private, none or host"),
    };
    let mut secrets = BTreeMap::new();
    for s in &args.secrets {
        let mut id = None;
        let mut src = None;
        for kv in s.split(',') {
            match kv.split_once('=') {
                Some(("id", v)) => id = Some(v.to_string()),
                Some(("src" | "source", v)) => src = Some(PathBuf::from(v)),
                Some(("type", "file")) => {}
                _ => bail!("invalid --secret {s:?}: expected id=ID,src=PATH"),
            }
        }
        let (Some(id), Some(src)) = (id, src) else {
            bail!("invalid --secret {s:?}: expected id=ID,src=PATH");
        };
        let src = std::fs::canonicalize(&src)
            .with_context(|| format!("secret {id}: {}", src.display()))?;
        secrets.insert(id, src);
    }
    for c in &args.cache_from {
        crate::spec::ImageRef::parse(c).with_context(|| format!("invalid --cache-from {c:?}"))?;
    }
    Ok(BuildOptions {
        tags,
        build_args,
        target: args.target.clone(),
        no_cache: args.no_cache || !args.layers,
        record_cache: args.layers,
        quiet: args.quiet,
        labels,
        network,
        secrets,
        rm: args.rm,
        force_rm: args.force_rm,
        no_hosts: args.no_hosts,
    })
}
