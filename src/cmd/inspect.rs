//! `berth inspect`, `berth image inspect`, `berth container inspect`.

use crate::context::Context;

/// Which kinds of object a name may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Any,
    Image,
    Container,
}

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn exec(_args: Args, _ctx: &Context, _kind: Kind) -> anyhow::Result<u8> {
    anyhow::bail!("berth inspect is not implemented yet")
}
