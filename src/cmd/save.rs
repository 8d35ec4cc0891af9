//! `berth save [-o PATH] [--format docker-archive|oci-archive|oci-dir] IMAGE...`: images to
//! a tarball (stdout without -o) or, with `--format oci-dir`, to an OCI image layout
//! directory named by -o.

use std::io::{IsTerminal as _, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::context::Context;
use crate::format;
use crate::image::archive::{self, Format, SaveItem};
use crate::spec::ImageRef;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write to a file (or, for oci-dir, a directory) instead of standard output
    #[arg(short = 'o', long = "output", value_name = "PATH")]
    pub output: Option<PathBuf>,

    /// Archive format: docker-archive, oci-archive (OCI layout in a tar), or oci-dir (OCI
    /// layout directory; needs -o)
    #[arg(long, value_enum, default_value = "docker-archive")]
    pub format: Format,

    /// Images to save (names or ids)
    #[arg(value_name = "IMAGE", required = true)]
    pub images: Vec<String>,
}

/// Standard output as a writer; bytes go through `format::raw` like all other output.
struct Stdout;

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        format::raw(buf)?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    if args.format == Format::OciDir && args.output.is_none() {
        bail!("--format oci-dir needs -o DIR");
    }
    if args.output.is_none() && std::io::stdout().is_terminal() {
        bail!("refusing to write an archive to a terminal: use -o FILE or redirect the output");
    }
    let store = ctx.owner_store()?;
    let mut items: Vec<SaveItem> = Vec::new();
    for reference in &args.images {
        let (image, name) = store.resolve_image(&ImageRef::local(reference)?)?;
        let pos = match items.iter().position(|i| i.image.id == image.id) {
            Some(p) => p,
            None => {
                items.push(SaveItem {
                    image,
                    names: Vec::new(),
                });
                items.len() - 1
            }
        };
        if let Some(n) = name.map(|n| n.to_string())
            && !items[pos].names.contains(&n)
        {
            items[pos].names.push(n);
        }
    }
    match (&args.output, args.format) {
        (None, f) => archive::save_stream(&store, &items, f, Stdout)?,
        (Some(dir), Format::OciDir) => save_to_dir(&store, &items, dir)?,
        (Some(file), f) => {
            let parent = parent_of(file);
            let mut tmp = tempfile::Builder::new()
                .prefix(".berth-save-")
                .tempfile_in(parent)
                .with_context(|| format!("creating a file in {}", parent.display()))?;
            archive::save_stream(&store, &items, f, tmp.as_file_mut())
                .with_context(|| format!("saving to {}", file.display()))?;
            // Readable like any file the user creates (a temp file starts out 0600).
            std::fs::set_permissions(
                tmp.path(),
                std::os::unix::fs::PermissionsExt::from_mode(0o644),
            )
            .with_context(|| format!("writing {}", file.display()))?;
            tmp.as_file()
                .sync_all()
                .with_context(|| format!("writing {}", file.display()))?;
            tmp.persist(file)
                .with_context(|| format!("writing {}", file.display()))?;
        }
    }
    for item in &items {
        crate::runtime::events::image(&store, "save", &item.image.id, "");
    }
    Ok(0)
}

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Build the layout in a fresh directory beside `dir`, then rename it into place, so a
/// failure leaves no half-written layout. An existing empty `dir` is replaced.
fn save_to_dir(store: &crate::store::Store, items: &[SaveItem], dir: &Path) -> anyhow::Result<()> {
    if dir.exists() {
        let empty = std::fs::read_dir(dir)
            .with_context(|| format!("reading {}", dir.display()))?
            .next()
            .is_none();
        if !empty {
            bail!("{} exists and is not empty", dir.display());
        }
    }
    let parent = parent_of(dir);
    let tmp = tempfile::Builder::new()
        .prefix(".berth-save-")
        .tempdir_in(parent)
        .with_context(|| format!("creating a directory in {}", parent.display()))?;
    archive::save_dir(store, items, tmp.path())
        .with_context(|| format!("saving to {}", dir.display()))?;
    if dir.exists() {
        std::fs::remove_dir(dir).with_context(|| format!("replacing {}", dir.display()))?;
    }
    std::fs::set_permissions(
        tmp.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .with_context(|| format!("writing {}", dir.display()))?;
    let kept = tmp.keep();
    std::fs::rename(&kept, dir).with_context(|| format!("writing {}", dir.display()))?;
    Ok(())
}
