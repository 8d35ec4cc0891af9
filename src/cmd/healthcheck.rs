//! `berth healthcheck run CONTAINER`: run the container's health check once, record the
//! result, exit 0 when healthy and 1 when not (podman's). `healthcheck watch` is the
//! helper a container's monitor runs to check on the interval (not for people).

use crate::context::Context;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Run the container's health check once (exit 0: healthy, 1: unhealthy)
    Run(RunArgs),
    /// Check on the interval and act on failure (run by the container's monitor)
    #[command(hide = true)]
    Watch(RunArgs),
}

#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The container (name, id or id prefix)
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

pub fn exec(cmd: Command, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    let exe = std::path::Path::new("/proc/self/exe");
    match cmd {
        Command::Run(args) => {
            let rec = store.find_container(&args.container)?;
            if !store.is_running(&rec.id) {
                return Err(crate::runtime::error::Error::NotRunning(rec.name.clone()).into());
            }
            let outcome = crate::runtime::health::check(&store, &rec, exe)?;
            // This check's own result decides, as podman's: the state may still be
            // "starting" while retries are left.
            let passed = outcome.state.log.last().is_some_and(|r| r.exit_code == 0);
            if passed {
                return Ok(0);
            }
            crate::format::line("unhealthy")?;
            Ok(1)
        }
        Command::Watch(args) => {
            let rec = store.find_container(&args.container)?;
            crate::runtime::health::watch(&store, &rec.id, exe)?;
            Ok(0)
        }
    }
}
