//! `container exists` and `image exists`: the answer is the exit status (0 it exists, 1 it
//! does not, 125 the question could not be answered).

use crate::context::Context;
use crate::store::StoreError;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The name or id to look for
    #[arg(value_name = "NAME")]
    pub name: String,
}

pub fn container(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    answer(ctx.store()?.find_container(&args.name).map(drop))
}

pub fn image(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let reference = crate::spec::ImageRef::local(&args.name)?;
    answer(ctx.store()?.image(&reference).map(drop))
}

fn answer(found: Result<(), StoreError>) -> anyhow::Result<u8> {
    match found {
        Ok(()) => Ok(0),
        Err(e) if e.is_missing() => Ok(1),
        Err(e) => Err(e.into()),
    }
}
