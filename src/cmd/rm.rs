//! `berth rm`.

use std::time::Duration;

use super::targets::{Among, Select};
use crate::context::Context;
use crate::store::containers::ContainerRecord;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Force the removal of a running or paused container (SIGKILL, or the stop signal
    /// and --time or the container's --stop-timeout)
    #[arg(short = 'f', long)]
    pub force: bool,

    /// Remove anonymous volumes associated with the container
    #[arg(short = 'v', long)]
    pub volumes: bool,

    /// A container that does not exist is not an error
    #[arg(short = 'i', long)]
    pub ignore: bool,

    /// Remove the containers that depend on these first (berth's containers have none)
    #[arg(long)]
    pub depend: bool,

    /// With -f: seconds to wait after the stop signal before killing (-1: forever)
    #[arg(
        short = 't',
        long = "time",
        value_name = "SECONDS",
        allow_negative_numbers = true
    )]
    pub time: Option<i64>,

    #[command(flatten)]
    pub select: Select,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    args.select.check()?;
    let store = ctx.store()?;
    let (mut each, mut found) = args
        .select
        .select(&store, Among::Every, args.ignore, true)?;
    if args.force {
        // As the user, before entering the user namespace, where the container's
        // processes could no longer be signalled.
        // Without -t, SIGKILL at once (docker's), unless the container was given a
        // --stop-timeout.
        found = each.step(found, |_, rec| match (args.time, rec.spec.stop_timeout) {
            (None, None) => crate::runtime::control::kill_and_wait(&store, rec, ctx.rootless),
            (time, _) => crate::runtime::control::stop(&store, rec, grace(time, rec), ctx.rootless),
        });
    }
    let store = ctx.owner_store()?;
    // Finish what an interrupted deferred removal left behind.
    crate::runtime::remove::sweep(&store);
    each.finish(found, |key, rec| {
        crate::runtime::remove::remove(&store, rec, args.volumes).map(|()| key.to_owned())
    })
}

/// How long a stop waits for `rec`: `-t N` when given, else its `--stop-timeout`.
pub fn grace(time: Option<i64>, rec: &ContainerRecord) -> Duration {
    grace_period(time.unwrap_or_else(|| rec.spec.stop_timeout().into()))
}

/// `-t N` as a duration; a negative N waits as long as it takes.
pub fn grace_period(seconds: i64) -> Duration {
    u64::try_from(seconds).map_or(
        Duration::from_secs(u64::from(u32::MAX)),
        Duration::from_secs,
    )
}
