//! `berth wait`: block until containers stop, then print their exit codes.

use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Containers to wait for
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    let mut failed = false;
    for key in &args.containers {
        let code = store
            .find_container(key)
            .map_err(anyhow::Error::from)
            .and_then(|rec| crate::runtime::control::wait_exit(&store, &rec));
        match code {
            Ok(c) => crate::format::line(&c.to_string())?,
            Err(e) => {
                crate::format::error_line(&e);
                failed = true;
            }
        }
    }
    Ok(if failed { crate::error::EXIT_BERTH } else { 0 })
}
