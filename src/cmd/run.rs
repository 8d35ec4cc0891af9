//! `berth run`.

use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn exec(_args: Args, _ctx: &Context) -> anyhow::Result<u8> {
    anyhow::bail!("berth run is not implemented yet")
}
