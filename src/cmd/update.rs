//! `berth update`: change the resource limits of containers, running or not.

use anyhow::Context as _;

use super::each::Each;
use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub limits: super::flags_resources::LimitFlags,

    /// Containers to update
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let update = args.limits.to_resources()?;
    if !update.has_limits() {
        anyhow::bail!("you must provide one or more flags when using this command");
    }
    crate::cgroups::check(&update, ctx.rootless)?;
    let store = ctx.store()?;
    let (each, found) = Each::find(&store, &args.containers);
    each.finish(found, |key, rec| {
        update_one(&store, key, rec, &update)
            .map(|()| key.to_owned())
            .map_err(|e| e.context(format!("updating container {key}")))
    })
}

/// Set `update` on the container's cgroup if it runs, and in its record.
fn update_one(
    store: &crate::store::Store,
    key: &str,
    rec: &crate::store::containers::ContainerRecord,
    update: &crate::spec::resources::Resources,
) -> anyhow::Result<()> {
    let mut rec = rec.clone();
    let mut merged = rec.spec.resources.clone();
    merged.merge(update);
    if let Some(state) = store.read_run_state(&rec.id)
        && store.is_running(&rec.id)
    {
        crate::runtime::update::running(&rec, state.pid, update)
            .with_context(|| format!("container {key}"))?;
    }
    rec.spec.resources = merged;
    store.save_container(&rec)?;
    Ok(())
}
