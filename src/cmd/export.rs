//! `berth export`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context as _;

use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write to a file, instead of STDOUT
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The container to export
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    let rec = store.find_container(&args.container)?;
    // Open the output as the calling user, before entering a user namespace.
    let mut file = match &args.output {
        Some(path) => Some(
            tempfile::Builder::new()
                .prefix(".berth-export-")
                .tempfile_in(
                    path.parent()
                        .filter(|p| !p.as_os_str().is_empty())
                        .unwrap_or(std::path::Path::new(".")),
                )
                .with_context(|| format!("creating {}", path.display()))?,
        ),
        None => {
            if rustix::termios::isatty(std::io::stdout()) {
                anyhow::bail!(
                    "refusing to write a tar archive to a terminal; use -o FILE or redirect stdout"
                );
            }
            None
        }
    };
    // The container's files belong to its ids: read them from the user namespace.
    let store = ctx.owner_store()?;
    match (&mut file, &args.output) {
        (Some(tmp), Some(path)) => {
            let mut w = std::io::BufWriter::new(tmp.as_file_mut());
            crate::runtime::export::export(&store, &rec, &mut w)?;
            w.flush()?;
            drop(w);
            tmp.as_file().sync_all()?;
            let tmp = file.take().expect("checked above");
            tmp.persist(path)
                .with_context(|| format!("writing {}", path.display()))?;
        }
        _ => {
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::new(stdout.lock());
            crate::runtime::export::export(&store, &rec, &mut w)?;
            w.flush()?;
        }
    }
    Ok(0)
}
