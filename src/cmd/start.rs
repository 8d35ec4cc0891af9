//! `berth start`.

use anyhow::bail;

use super::each::Each;
use crate::context::Context;
use crate::runtime::error::Error as RuntimeError;
use crate::runtime::io::attach;
use crate::runtime::start::Mode;
use crate::store::Store;
use crate::store::containers::ContainerRecord;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Attach STDOUT/STDERR and forward signals
    #[arg(short = 'a', long)]
    pub attach: bool,

    /// Attach the container's STDIN
    #[arg(short = 'i', long)]
    pub interactive: bool,

    /// Override the key sequence for detaching a container
    #[arg(long, value_name = "KEYS", default_value = attach::DEFAULT_DETACH_KEYS)]
    pub detach_keys: String,

    /// Start every container that matches the filters (restart-policy=NAME, name=NAME)
    #[arg(long, conflicts_with_all = ["attach", "interactive"])]
    pub all: bool,

    /// Filter for --all: restart-policy=always|unless-stopped|on-failure|no, name=NAME
    #[arg(long, value_name = "KEY=VALUE", requires = "all")]
    pub filter: Vec<String>,

    /// Containers to start
    /// Start the latest container created
    #[arg(short = 'l', long, conflicts_with = "all")]
    pub latest: bool,

    #[arg(value_name = "CONTAINER", required_unless_present_any = ["all", "latest"])]
    pub containers: Vec<String>,
}

pub fn exec(mut args: Args, ctx: &Context) -> anyhow::Result<u8> {
    if args.latest {
        if !args.containers.is_empty() {
            bail!("--latest and containers cannot be used together");
        }
        let store = ctx.store()?;
        let latest = store.containers()?.into_iter().max_by_key(|r| r.created);
        let latest = latest.ok_or_else(|| anyhow::anyhow!("no containers to start"))?;
        args.containers.push(latest.id);
    }
    let attach_to = args.attach || args.interactive;
    if attach_to && args.containers.len() > 1 {
        bail!("you cannot start and attach multiple containers at once");
    }
    let detach_keys = attach::parse_detach_keys(&args.detach_keys)?;
    let store = ctx.owner_store()?;
    if attach_to {
        let rec = store.find_container(&args.containers[0])?;
        let opts = attach::Options {
            stdin: rec.spec.open_stdin && args.interactive,
            tty: rec.spec.tty,
            detach_keys,
            proxy_signals: !rec.spec.tty,
        };
        return match start(&store, rec, ctx, Mode::Attached(opts)) {
            // Starting a running container is not an error.
            Err(e) if already_running(&e) => Ok(0),
            other => other,
        };
    }
    let (each, found) = match args.all {
        true => {
            let filter = crate::runtime::boot::Filter::parse(&args.filter)?;
            let mut found: Vec<_> = store
                .containers()?
                .into_iter()
                .filter(|rec| filter.matches(rec))
                .map(|rec| (rec.name.clone(), rec))
                .collect();
            found.sort_by_key(|r| r.1.created);
            (Each::default(), found)
        }
        false => Each::find(&store, &args.containers),
    };
    each.finish(found, |key, rec| {
        match start(&store, rec.clone(), ctx, Mode::Detached) {
            Err(e) if !already_running(&e) => Err(e.context(format!("starting container {key}"))),
            _ => Ok(key.to_owned()),
        }
    })
}

fn start(store: &Store, rec: ContainerRecord, ctx: &Context, mode: Mode) -> anyhow::Result<u8> {
    crate::runtime::start::start(store, rec, None, ctx.rootless, mode)
}

/// Whether `e` says the container runs already.
pub(super) fn already_running(e: &anyhow::Error) -> bool {
    matches!(e.downcast_ref(), Some(RuntimeError::AlreadyRunning(_)))
}
