//! `berth restart`: stop (as `stop` does), then start in the background.

use std::time::Duration;

use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Seconds to wait for the container to stop before killing it
    #[arg(
        short = 't',
        long = "time",
        value_name = "SECONDS",
        default_value_t = 10
    )]
    pub time: u32,

    /// Containers to restart
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    let grace = Duration::from_secs(args.time.into());
    let mut found = Vec::new();
    let mut failed = false;
    // Stopping signals the containers: before entering our user namespace.
    for key in &args.containers {
        let stopped = store
            .find_container(key)
            .map_err(anyhow::Error::from)
            .and_then(|rec| {
                crate::runtime::control::stop(&store, &rec, grace, ctx.rootless).map(|()| rec)
            });
        match stopped {
            Ok(rec) => found.push((key, rec)),
            Err(e) => {
                crate::format::error_line(&e);
                failed = true;
            }
        }
    }
    ctx.enter_userns()?;
    for (key, rec) in found {
        let started = crate::runtime::run::claim(&store, &rec).and_then(|lock| {
            let launch = crate::runtime::monitor::Launch::default();
            crate::runtime::monitor::start(&store, &rec, lock, ctx.rootless, launch)
        });
        match started {
            Ok(()) => crate::format::line(key)?,
            Err(e) => {
                crate::format::error_line(&e.context(format!("restarting container {key}")));
                failed = true;
            }
        }
    }
    Ok(if failed { crate::error::EXIT_BERTH } else { 0 })
}
