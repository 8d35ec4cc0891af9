//! `berth rm`.

use crate::context::Context;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Force the removal of a running container (uses SIGKILL)
    #[arg(short = 'f', long)]
    pub force: bool,

    /// Remove anonymous volumes associated with the container (none exist yet)
    #[arg(short = 'v', long)]
    pub volumes: bool,

    /// Containers to remove
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    let mut found = Vec::new();
    let mut failed = false;
    for key in &args.containers {
        match store.find_container(key) {
            Ok(rec) => {
                if args.force {
                    // Before entering our own user namespace, where we could no longer
                    // signal the container's processes.
                    if let Err(e) =
                        crate::runtime::control::kill_and_wait(&store, &rec, ctx.rootless)
                    {
                        crate::format::error_line(&e);
                        failed = true;
                        continue;
                    }
                }
                found.push((key, rec));
            }
            Err(e) => {
                crate::format::error_line(&e.into());
                failed = true;
            }
        }
    }
    ctx.enter_userns()?;
    // Finish what an interrupted deferred removal left behind.
    crate::runtime::remove::sweep(&store);
    for (key, rec) in found {
        match crate::runtime::remove::remove(&store, &rec) {
            Ok(()) => crate::format::line(key)?,
            Err(e) => {
                crate::format::error_line(&e);
                failed = true;
            }
        }
    }
    Ok(if failed { crate::error::EXIT_BERTH } else { 0 })
}
