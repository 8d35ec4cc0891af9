//! `berth inspect`, `berth image inspect`, `berth container inspect`.

use anyhow::anyhow;

use crate::context::Context;

/// Which kinds of object a name may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Any,
    Image,
    Container,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Names or ids of the objects to inspect
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context, kind: Kind) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    let mut out = Vec::new();
    let mut missing = Vec::new();
    for name in &args.names {
        let container = match kind {
            Kind::Any | Kind::Container => store.find_container(name).ok(),
            Kind::Image => None,
        };
        if let Some(rec) = container {
            out.push(crate::runtime::inspect::container_json(&store, &rec));
            continue;
        }
        let image = match kind {
            Kind::Any | Kind::Image => store.image(name).ok(),
            Kind::Container => None,
        };
        match image {
            Some(img) => out.push(crate::image::inspect::image_json(&store, &img)?),
            None => missing.push(name.as_str()),
        }
    }
    // docker prints what it found, then fails naming what it did not.
    crate::format::json(&out)?;
    if !missing.is_empty() {
        let what = match kind {
            Kind::Any => "object",
            Kind::Image => "image",
            Kind::Container => "container",
        };
        return Err(anyhow!("no such {what}: {}", missing.join(", ")));
    }
    Ok(0)
}
