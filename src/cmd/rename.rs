//! `berth rename`.

use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,

    /// Its new name
    #[arg(value_name = "NEW_NAME")]
    pub new_name: String,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    crate::runtime::names::validate(&args.new_name)?;
    let store = ctx.owner_store()?;
    let rec = store.find_container(&args.container)?;
    if rec.name == args.new_name {
        anyhow::bail!(
            "renaming container {}: the new name is the same as the old one",
            rec.name
        );
    }
    let renamed = store.rename_container(&rec.id, &args.new_name)?;
    store.emit(
        crate::runtime::events::container_event(&renamed, "rename").attr("oldName", rec.name),
    );
    Ok(0)
}
