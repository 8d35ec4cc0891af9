//! `berth start`.

use anyhow::bail;

use crate::context::Context;
use crate::runtime::io::attach;

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
    #[arg(value_name = "CONTAINER", required_unless_present = "all")]
    pub containers: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let attach_to = args.attach || args.interactive;
    if attach_to && args.containers.len() > 1 {
        bail!("you cannot start and attach multiple containers at once");
    }
    let detach_keys = attach::parse_detach_keys(&args.detach_keys)?;
    let store = ctx.store()?;
    let mut recs = Vec::new();
    if args.all {
        let filter = crate::runtime::boot::Filter::parse(&args.filter)?;
        for rec in store.containers()? {
            if filter.matches(&rec) {
                recs.push((rec.name.clone(), rec));
            }
        }
        recs.sort_by_key(|r| r.1.created);
    } else {
        for key in &args.containers {
            recs.push((key.clone(), store.find_container(key)?));
        }
    }
    ctx.enter_userns()?;
    let mut failed = false;
    for (key, rec) in recs {
        let Some(lock) = store.try_run_lock(&rec.id)? else {
            // Starting a running container is not an error.
            if !attach_to {
                crate::format::line(&key)?;
            }
            continue;
        };
        if attach_to {
            let opts = attach::Options {
                stdin: rec.spec.open_stdin && args.interactive,
                tty: rec.spec.tty,
                detach_keys,
                proxy_signals: !rec.spec.tty,
            };
            return crate::runtime::run::run_with_monitor(&store, &rec, lock, ctx.rootless, &opts);
        }
        let launch = crate::runtime::monitor::Launch::default();
        match crate::runtime::monitor::start(&store, &rec, lock, ctx.rootless, launch) {
            Ok(()) => crate::format::line(&key)?,
            Err(e) => {
                crate::format::error_line(&e.context(format!("starting container {key}")));
                failed = true;
            }
        }
    }
    Ok(if failed { crate::error::EXIT_BERTH } else { 0 })
}
