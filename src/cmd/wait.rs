//! `berth wait`: block until containers stop, then print their exit codes.

use super::each::Each;
use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Containers to wait for
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    let (each, found) = Each::find(&store, &args.containers);
    each.finish(found, |_, rec| {
        crate::runtime::control::wait_exit(&store, rec).map(|code| code.to_string())
    })
}
