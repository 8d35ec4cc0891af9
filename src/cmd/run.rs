//! `berth run`: create a container and run it, attached (or in the background with -d).

use crate::context::Context;

#[derive(Debug, clap::Args)]
#[command(disable_help_flag = true)]
pub struct Args {
    /// Automatically remove the container when it exits
    #[arg(long)]
    pub rm: bool,

    /// Run the container in the background and print its id
    #[arg(short = 'd', long)]
    pub detach: bool,

    #[command(flatten)]
    pub flags: super::create::ContainerFlags,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let (store, mut rec) = super::create::create_container(&args.flags, args.rm, ctx)?;
    let lock = crate::runtime::run::claim(&store, &rec)?;
    if args.detach {
        crate::runtime::background::start_detached(&store, &mut rec, lock, ctx.rootless)?;
        crate::format::line(&rec.id)?;
        return Ok(0);
    }
    crate::runtime::run::run_attached(&store, &mut rec, lock, ctx.rootless, &mut || {})
}
