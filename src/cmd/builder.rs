//! `berth builder prune`: remove the build cache.

use crate::context::Context;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct PruneArgs {
    /// Remove all build cache, not just the unused intermediate images
    #[arg(short = 'a', long)]
    pub all: bool,

    /// Do not prompt for confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
}

pub fn prune(args: PruneArgs, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.owner_store()?;
    let pruned = crate::build::cache::prune(&store, args.all)?;
    if !pruned.entries.is_empty() {
        crate::format::line("Deleted build cache objects:")?;
        for key in &pruned.entries {
            crate::format::line(&key[..25.min(key.len())])?;
        }
        crate::format::line("")?;
    }
    crate::format::line(&format!(
        "Total reclaimed space: {}",
        crate::units::human_size(pruned.reclaimed)
    ))?;
    Ok(0)
}
