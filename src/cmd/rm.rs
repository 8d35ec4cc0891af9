//! `berth rm`.

use super::each::Each;
use crate::context::Context;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Force the removal of a running container (uses SIGKILL)
    #[arg(short = 'f', long)]
    pub force: bool,

    /// Remove anonymous volumes associated with the container
    #[arg(short = 'v', long)]
    pub volumes: bool,

    /// Containers to remove
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    let (mut each, mut found) = Each::find(&store, &args.containers);
    if args.force {
        // As the user, before entering the user namespace, where the container's
        // processes could no longer be signalled.
        found = each.step(found, |_, rec| {
            crate::runtime::control::kill_and_wait(&store, rec, ctx.rootless)
        });
    }
    let store = ctx.owner_store()?;
    // Finish what an interrupted deferred removal left behind.
    crate::runtime::remove::sweep(&store);
    each.finish(found, |key, rec| {
        crate::runtime::remove::remove(&store, rec, args.volumes).map(|()| key.to_owned())
    })
}
