//! `berth tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]`.

use anyhow::Context as _;

use crate::context::Context;
use crate::spec::ImageRef;
use crate::spec::reference::Reference;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Image to tag: name, id or id prefix
    #[arg(value_name = "SOURCE_IMAGE[:TAG]")]
    pub source: String,

    /// New name for it
    #[arg(value_name = "TARGET_IMAGE[:TAG]")]
    pub target: String,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let target = Reference::parse(&args.target)?;
    let context = || format!("tagging {} as {target}", args.source);
    let source = ImageRef::local(&args.source).with_context(context)?;
    let store = ctx.store()?;
    store
        .tag_image(&source, &target)
        .with_context(|| format!("tagging {} as {target}", args.source))?;
    Ok(0)
}
