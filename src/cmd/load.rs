//! `berth load [-i PATH] [-q]`: images from a docker-archive or oci-archive tarball (plain,
//! gzip or zstd; standard input without -i) or from an OCI image layout directory.

use std::fs::File;
use std::io::{BufReader, IsTerminal as _};
use std::path::PathBuf;

use anyhow::Context as _;

use crate::context::Context;
use crate::format;
use crate::image::load::{load_dir, load_file, load_stream};
use crate::registry::push::Format;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Read from a tar archive file, or an OCI image layout directory, instead of standard
    /// input
    #[arg(short = 'i', long = "input", value_name = "PATH")]
    pub input: Option<PathBuf>,

    /// Suppress the "Loaded image" lines
    #[arg(short = 'q', long)]
    pub quiet: bool,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let source = args
        .input
        .as_ref()
        .map_or("standard input".to_owned(), |p| p.display().to_string());
    // Opened before entering the user namespace: the path is the caller's to read.
    enum Input {
        Dir(PathBuf),
        File(File),
        Stream(Box<dyn std::io::Read>),
    }
    if args.input.is_none() && std::io::stdin().is_terminal() {
        anyhow::bail!(
            "cannot read from terminal, use command-line redirection or the --input flag"
        );
    }
    let input = match &args.input {
        Some(p) if p.is_dir() => Input::Dir(p.clone()),
        Some(p) => Input::File(File::open(p).with_context(|| format!("opening {}", p.display()))?),
        None => Input::Stream(Box::new(BufReader::with_capacity(
            1 << 20,
            std::io::stdin().lock(),
        ))),
    };
    let store = ctx.owner_store()?;
    let loaded = match input {
        Input::Dir(d) => load_dir(&store, &d),
        Input::File(f) => load_file(&store, f),
        Input::Stream(r) => load_stream(&store, r),
    }
    .with_context(|| format!("loading {source}"))?;
    for img in &loaded.images {
        // Pushed later in the format it came in; failing to note it only changes that default.
        let f = Format::of_config(&img.config_type);
        if let Err(e) = crate::registry::digests::record_format(&store, &img.record.id, f) {
            log::warn!("recording the image format: {e}");
        }
    }
    for img in &loaded.images {
        let name = img.names.first().map(|n| n.to_string()).unwrap_or_default();
        crate::runtime::events::image(&store, "load", &img.record.id, &name);
    }
    if !args.quiet {
        for img in &loaded.images {
            if img.names.is_empty() {
                format::line(&format!("Loaded image ID: {}", img.record.id))?;
            }
            for n in &img.names {
                format::line(&format!("Loaded image: {n}"))?;
            }
        }
    }
    Ok(0)
}
