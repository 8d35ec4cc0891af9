//! `berth kill`.

use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Signal to send, by name or number
    #[arg(short = 's', long, value_name = "SIGNAL", default_value = "KILL")]
    pub signal: String,

    /// Containers to signal
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let sig = crate::runtime::control::parse_signal(&args.signal)?;
    let store = ctx.store()?;
    super::for_each_container(&store, &args.containers, |rec| {
        crate::runtime::control::kill(&store, rec, sig, ctx.rootless)
    })
}
