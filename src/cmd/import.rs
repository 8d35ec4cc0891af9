//! `berth import FILE|- [REPOSITORY[:TAG]]`: a filesystem tarball becomes a one-layer image.

use std::fs::File;
use std::io::Read;

use anyhow::Context as _;

use crate::context::Context;
use crate::format;
use crate::image::config::apply_change;
use crate::image::{ImportOptions, import_tarball};
use crate::spec::reference::Reference;
use crate::store::ImageConfig;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Tarball to import (plain, gzip or zstd), or "-" for standard input
    #[arg(value_name = "FILE|-")]
    pub file: String,

    /// Name for the new image
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub reference: Option<String>,

    /// Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL,
    /// STOPSIGNAL, USER, VOLUME, WORKDIR)
    #[arg(short = 'c', long = "change", value_name = "INSTRUCTION")]
    pub change: Vec<String>,

    /// Set a commit message for the imported image
    #[arg(short = 'm', long = "message", value_name = "MESSAGE")]
    pub message: Option<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    // Everything the user typed is checked before any file is opened or created.
    let name = args
        .reference
        .as_deref()
        .map(Reference::parse)
        .transpose()?;
    let mut config = ImageConfig::default();
    for change in &args.change {
        apply_change(&mut config, change)?;
    }
    if args.file.starts_with("http://") || args.file.starts_with("https://") {
        anyhow::bail!(
            "importing from a URL is not supported: download {} first",
            args.file
        );
    }
    let (input, source): (Box<dyn Read>, String) = if args.file == "-" {
        (Box::new(std::io::stdin().lock()), "-".to_owned())
    } else {
        let f = File::open(&args.file).with_context(|| format!("opening {}", args.file))?;
        (Box::new(f), args.file.clone())
    };
    let opts = ImportOptions {
        config,
        comment: args
            .message
            .unwrap_or_else(|| format!("Imported from {source}")),
        ..Default::default()
    };
    let store = ctx.owner_store()?;
    let record = import_tarball(&store, input, name.as_ref(), &opts)
        .with_context(|| format!("importing {source}"))?;
    let shown = name.as_ref().map(|n| n.to_string()).unwrap_or_default();
    crate::runtime::events::image(&store, "import", &record.id, &shown);
    format::line(&record.id)?;
    Ok(0)
}
