//! `berth pause` and `berth unpause`: the cgroup freezer.

use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Containers
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context, freeze: bool) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    super::for_each_container(&store, &args.containers, |rec| {
        crate::runtime::pause::set_frozen(&store, rec, ctx.rootless, freeze)
    })
}
