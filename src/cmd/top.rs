//! `berth top`: the processes of a running container, as `ps` shows them.

use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,

    /// Options for ps (default: -ef)
    #[arg(
        value_name = "PS_OPTIONS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub ps_args: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    let rec = store.find_container(&args.container)?;
    let table = crate::runtime::top::top(&store, &rec, &args.ps_args)?;
    crate::format::raw(table.as_bytes())?;
    Ok(0)
}
