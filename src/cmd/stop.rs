//! `berth stop`.

use std::time::Duration;

use crate::context::Context;

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

    /// Containers to stop
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    let grace = Duration::from_secs(args.time.into());
    super::for_each_container(&store, &args.containers, |rec| {
        crate::runtime::control::stop(&store, rec, grace, ctx.rootless)
    })
}
