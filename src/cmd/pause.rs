//! `berth pause` and `berth unpause`: the cgroup freezer.

use super::targets::{Among, Select};
use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub select: Select,
}

pub fn exec(args: Args, ctx: &Context, freeze: bool) -> anyhow::Result<u8> {
    args.select.check()?;
    let store = ctx.store()?;
    let among = if freeze {
        Among::Running
    } else {
        Among::Paused
    };
    let (each, found) = args.select.select(&store, among, false, false)?;
    each.finish(found, |key, rec| {
        crate::runtime::pause::set_frozen(&store, rec, ctx.rootless, freeze)
            .map(|()| key.to_owned())
    })
}
