//! `berth update`: change the resource limits of containers, running or not.

use anyhow::Context as _;

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
    let mut failed = false;
    for key in &args.containers {
        let result = (|| -> anyhow::Result<()> {
            let mut rec = store.find_container(key)?;
            let mut merged = rec.spec.resources.clone();
            merged.merge(&update);
            if let Some(state) = store.read_run_state(&rec.id)
                && store.is_running(&rec.id)
            {
                let cg = crate::cgroups::of_pid(state.pid, &rec.id)
                    .filter(|cg| cg.exists())
                    .with_context(|| format!("container {key} runs without a cgroup of its own"))?;
                cg.set(&update)?;
            }
            rec.spec.resources = merged;
            store.save_container(&rec)?;
            Ok(())
        })();
        match result {
            Ok(()) => crate::format::line(key)?,
            Err(e) => {
                crate::format::error_line(&e.context(format!("updating container {key}")));
                failed = true;
            }
        }
    }
    Ok(if failed { crate::error::EXIT_BERTH } else { 0 })
}
