//! `berth stop`.

use super::targets::{Among, Select};
use crate::context::Context;

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

    /// A container that does not exist is not an error
    #[arg(short = 'i', long)]
    pub ignore: bool,

    #[command(flatten)]
    pub select: Select,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    args.select.check()?;
    let store = ctx.store()?;
    let (each, found) = args
        .select
        .select(&store, Among::Running, args.ignore, false)?;
    each.finish(found, |key, rec| {
        crate::runtime::control::stop(&store, rec, super::rm::grace(args.time, rec), ctx.rootless)
            .map(|()| key.to_owned())
    })
}
