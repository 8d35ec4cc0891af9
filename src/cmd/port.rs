//! `berth port`: published ports of a container.

use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,

    /// Only this private port (PORT[/PROTO])
    #[arg(value_name = "PRIVATE_PORT")]
    pub port: Option<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    let rec = store.find_container(&args.container)?;
    // berth publishes no ports yet (no -p): a container has none to list.
    if let Some(p) = args.port {
        anyhow::bail!("no public port '{p}' published for {}", rec.name);
    }
    Ok(0)
}
