//! `berth start`.

use anyhow::bail;

use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Attach STDOUT/STDERR and forward signals
    #[arg(short = 'a', long)]
    pub attach: bool,

    /// Attach the container's STDIN
    #[arg(short = 'i', long)]
    pub interactive: bool,

    /// Containers to start
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let attach = args.attach || args.interactive;
    if attach && args.containers.len() > 1 {
        bail!("you cannot start and attach multiple containers at once");
    }
    let store = ctx.store()?;
    let mut recs = Vec::new();
    for key in &args.containers {
        recs.push((key, store.find_container(key)?));
    }
    ctx.enter_userns()?;
    let mut failed = false;
    for (key, mut rec) in recs {
        let Some(lock) = store.try_run_lock(&rec.id)? else {
            // Starting a running container is not an error.
            if !attach {
                crate::format::line(key)?;
            }
            continue;
        };
        if attach {
            rec.spec.open_stdin = rec.spec.open_stdin && args.interactive;
            return crate::runtime::run::run_attached(
                &store,
                &mut rec,
                lock,
                ctx.rootless,
                &mut || {},
            );
        }
        match crate::runtime::background::start_detached(&store, &mut rec, lock, ctx.rootless) {
            Ok(()) => crate::format::line(key)?,
            Err(e) => {
                crate::format::error_line(&e.context(format!("starting container {key}")));
                failed = true;
            }
        }
    }
    Ok(if failed { crate::error::EXIT_BERTH } else { 0 })
}
