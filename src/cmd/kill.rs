//! `berth kill`.

use super::targets::{Among, Select};
use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Signal to send to the container
    #[arg(short = 's', long, value_name = "SIGNAL", default_value = "KILL")]
    pub signal: String,

    #[command(flatten)]
    pub select: Select,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let sig = crate::runtime::control::parse_signal(&args.signal)?;
    args.select.check()?;
    let store = ctx.store()?;
    let (each, found) = args.select.select(&store, Among::Running, false, false)?;
    each.finish(found, |key, rec| {
        crate::runtime::control::kill(&store, rec, sig, ctx.rootless).map(|()| key.to_owned())
    })
}
