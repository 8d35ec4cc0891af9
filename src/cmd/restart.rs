//! `berth restart`: stop (as `stop` does), then start in the background.

use super::targets::{Among, Select};
use crate::context::Context;
use crate::runtime::start::Mode;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Seconds to wait for the container to stop before killing it (-1: forever; default:
    /// the container's --stop-timeout, 10)
    #[arg(
        short = 't',
        long = "time",
        alias = "timeout",
        value_name = "SECONDS",
        allow_negative_numbers = true
    )]
    pub time: Option<i64>,

    /// With --all: restart only the running containers
    #[arg(long)]
    pub running: bool,

    #[command(flatten)]
    pub select: Select,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    args.select.check()?;
    let store = ctx.store()?;
    let among = if args.running {
        Among::Running
    } else {
        Among::Every
    };
    let (mut each, found) = args.select.select(&store, among, false, false)?;
    // Stopping signals the containers: as the user, before entering the user namespace.
    let stopped = each.step(found, |_, rec| {
        crate::runtime::control::stop(&store, rec, super::rm::grace(args.time, rec), ctx.rootless)
    });
    let store = ctx.owner_store()?;
    each.finish(stopped, |key, rec| {
        crate::runtime::start::start(&store, rec.clone(), None, ctx.rootless, Mode::Detached)
            .map(|_| {
                crate::runtime::events::container(&store, rec, "restart");
                key.to_owned()
            })
            .map_err(|e| e.context(format!("restarting container {key}")))
    })
}
