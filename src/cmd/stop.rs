//! `berth stop`.

use super::targets::{Among, Select};
use crate::context::Context;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Seconds to wait for the container to stop before killing it (-1: forever)
    #[arg(
        short = 't',
        long = "time",
        value_name = "SECONDS",
        default_value_t = 10,
        allow_negative_numbers = true
    )]
    pub time: i64,

    /// A container that does not exist is not an error
    #[arg(short = 'i', long)]
    pub ignore: bool,

    #[command(flatten)]
    pub select: Select,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    args.select.check()?;
    let store = ctx.store()?;
    let grace = super::rm::grace_period(args.time);
    let (each, found) = args
        .select
        .select(&store, Among::Running, args.ignore, false)?;
    each.finish(found, |key, rec| {
        crate::runtime::control::stop(&store, rec, grace, ctx.rootless).map(|()| key.to_owned())
    })
}
