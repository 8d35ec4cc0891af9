//! `berth restart`: stop (as `stop` does), then start in the background.

use std::time::Duration;

use super::each::Each;
use crate::context::Context;
use crate::runtime::start::Mode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Seconds to wait for the container to stop before killing it
    #[arg(
        short = 't',
        long = "time",
        value_name = "SECONDS",
        default_value_t = 10
    )]
    pub time: u32,

    /// Containers to restart
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    let grace = Duration::from_secs(args.time.into());
    let (mut each, found) = Each::find(&store, &args.containers);
    // Stopping signals the containers: as the user, before entering the user namespace.
    let stopped = each.step(found, |_, rec| {
        crate::runtime::control::stop(&store, rec, grace, ctx.rootless)
    });
    let store = ctx.owner_store()?;
    each.finish(stopped, |key, rec| {
        crate::runtime::start::start(&store, rec.clone(), None, ctx.rootless, Mode::Detached)
            .map(|_| key.to_owned())
            .map_err(|e| e.context(format!("restarting container {key}")))
    })
}
