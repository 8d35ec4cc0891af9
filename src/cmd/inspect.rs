//! `berth inspect`, `berth image inspect`, `berth container inspect`.

use anyhow::anyhow;

use crate::context::Context;
use crate::spec::ImageRef;

/// Which kinds of object a name may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Any,
    Image,
    Container,
    Volume,
}

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Names or ids of the objects to inspect
    #[arg(value_name = "NAME", required_unless_present = "latest")]
    pub names: Vec<String>,

    /// Inspect the latest container created
    #[arg(short = 'l', long, conflicts_with = "names")]
    pub latest: bool,

    /// Format output using a Go template, e.g. '{{.State.Status}}' or '{{json .Config}}'
    /// ('json' prints the default JSON)
    #[arg(short = 'f', long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Display total file sizes if the type is container (SizeRw, SizeRootFs)
    #[arg(short = 's', long)]
    pub size: bool,

    /// Only objects of this type: container, image or volume
    #[arg(long = "type", value_name = "TYPE")]
    pub object_type: Option<String>,
}

pub fn exec(mut args: Args, ctx: &Context, kind: Kind) -> anyhow::Result<u8> {
    let kind = match (args.object_type.as_deref(), kind) {
        (None, k) => k,
        (Some("container"), Kind::Any | Kind::Container) => Kind::Container,
        (Some("image"), Kind::Any | Kind::Image) => Kind::Image,
        (Some("volume"), Kind::Any) => Kind::Volume,
        (Some(t), _) => {
            anyhow::bail!("unsupported --type {t:?}: use container, image or volume")
        }
    };
    let template = match args.format.as_deref().map(str::trim) {
        None | Some("") | Some("json") => None,
        Some(_) => args
            .format
            .as_deref()
            .map(crate::format::template::Template::parse_for_json)
            .transpose()?,
    };
    let store = ctx.store()?;
    if args.latest {
        let latest = store.containers()?.into_iter().max_by_key(|r| r.created);
        let latest = latest.ok_or_else(|| anyhow!("no containers to inspect"))?;
        args.names.push(latest.id);
    }
    let mut out = Vec::new();
    let mut missing = Vec::new();
    for name in &args.names {
        let container = match kind {
            Kind::Any | Kind::Container => store.find_container(name).ok(),
            Kind::Image | Kind::Volume => None,
        };
        if let Some(rec) = container {
            let mut json = crate::runtime::inspect::container_json(&store, &rec);
            if args.size {
                add_sizes(&store, &rec, &mut json);
            }
            out.push(json);
            continue;
        }
        let image = match kind {
            Kind::Any | Kind::Image => ImageRef::local(name)
                .ok()
                .and_then(|r| store.image(&r).ok()),
            Kind::Container | Kind::Volume => None,
        };
        if let Some(img) = image {
            out.push(crate::image::inspect::image_json(&store, &img)?);
            continue;
        }
        let volume = match kind {
            Kind::Any | Kind::Volume => store.volume(name).ok(),
            Kind::Image | Kind::Container => None,
        };
        match volume {
            Some(v) => out.push(super::volume::volume_json(&store, &v)),
            None => missing.push(name.as_str()),
        }
    }
    // docker prints what it found, then fails naming what it did not. A template that fails
    // on any object prints nothing.
    print_objects(&out, template.as_ref())?;
    // Each missing name its own line, podman's wording; status 125, as podman's (docker
    // gives 1: any failure is what scripts test).
    for name in &missing {
        let error = match kind {
            Kind::Any => anyhow!("no such object: {name:?}"),
            Kind::Volume => anyhow!("no such volume: {name:?}"),
            Kind::Image => crate::store::StoreError::NoSuchImage((*name).to_owned()).into(),
            Kind::Container => crate::store::StoreError::NoSuchContainer((*name).to_owned()).into(),
        };
        crate::format::error_line(&error);
    }
    Ok(if missing.is_empty() {
        0
    } else {
        crate::error::EXIT_BERTH
    })
}

/// docker's `inspect --size` fields: the writable layer, and that plus the image.
fn add_sizes(
    store: &crate::store::Store,
    rec: &crate::store::containers::ContainerRecord,
    json: &mut serde_json::Value,
) {
    let rw = crate::runtime::size::writable_size(store, rec);
    let image = store.image_by_id(&rec.image).map_or(0, |i| i.size);
    if let Some(obj) = json.as_object_mut() {
        obj.insert("SizeRw".into(), rw.into());
        obj.insert("SizeRootFs".into(), (rw + image).into());
    }
}

/// Print inspected objects: a JSON array, or the template once per object (one that fails
/// on any object prints nothing).
pub fn print_objects(
    out: &[serde_json::Value],
    template: Option<&crate::format::template::Template>,
) -> anyhow::Result<()> {
    match template {
        None => crate::format::json(out)?,
        Some(t) => {
            let mut text = String::new();
            for value in out {
                text.push_str(&t.execute_json(value)?);
                text.push('\n');
            }
            crate::format::raw(text.as_bytes())?;
        }
    }
    Ok(())
}
