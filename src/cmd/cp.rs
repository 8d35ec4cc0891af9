//! `berth cp`.

use anyhow::bail;

use crate::context::Context;
use crate::runtime::cp::{Host, Options};

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Archive mode (copy all uid/gid information)
    #[arg(short = 'a', long)]
    pub archive: bool,

    /// Always follow symbol link in SRC_PATH
    #[arg(short = 'L', long = "follow-link")]
    pub follow_link: bool,

    /// Suppress progress output during copy
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Allow directories to be overwritten with non-directories and vice versa
    #[arg(long)]
    pub overwrite: bool,

    /// CONTAINER:SRC_PATH, a host path, or - (a tar on stdin)
    #[arg(value_name = "SRC_PATH", allow_hyphen_values = true)]
    pub src: String,

    /// CONTAINER:DEST_PATH, a host path, or - (a tar on stdout)
    #[arg(value_name = "DEST_PATH", allow_hyphen_values = true)]
    pub dest: String,
}

/// One side of the copy as written.
enum Side {
    Container { name: String, path: String },
    Host(Host),
}

/// `NAME:PATH` names a container unless the text is an absolute path or starts with `.`.
fn side(arg: &str) -> anyhow::Result<Side> {
    if arg == "-" {
        return Ok(Side::Host(Host::Stream));
    }
    if !arg.starts_with('/')
        && let Some((name, path)) = arg.split_once(':')
        && !name.starts_with('.')
    {
        if name.is_empty() {
            bail!("invalid container path {arg:?}: no container name");
        }
        let path = if path.is_empty() { "/" } else { path };
        return Ok(Side::Container {
            name: name.to_string(),
            path: path.to_string(),
        });
    }
    if arg.is_empty() {
        bail!("invalid path: empty");
    }
    let path = match arg.starts_with('/') {
        true => arg.to_string(),
        false => {
            let cwd = std::env::current_dir()?;
            format!("{}/{arg}", cwd.display())
        }
    };
    Ok(Side::Host(Host::Path(path)))
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let opts = Options {
        archive: args.archive,
        follow: args.follow_link,
        overwrite: args.overwrite,
    };
    let (src, dest) = (side(&args.src)?, side(&args.dest)?);
    let store = ctx.store()?;
    let (copied, shown) = match (src, dest) {
        (Side::Container { .. }, Side::Container { .. }) => {
            bail!("copying between containers is not supported")
        }
        (Side::Host(_), Side::Host(_)) => {
            bail!("must specify at least one container source")
        }
        (Side::Host(from), Side::Container { name, path }) => {
            let rec = store.find_container(&name)?;
            let n = crate::runtime::cp::copy_in(&store, &rec, ctx.rootless, &from, &path, opts)?;
            (n, args.dest.clone())
        }
        (Side::Container { name, path }, Side::Host(to)) => {
            if matches!(to, Host::Stream) && rustix::termios::isatty(std::io::stdout()) {
                bail!("refusing to write a tar archive to a terminal; redirect stdout");
            }
            let rec = store.find_container(&name)?;
            let n = crate::runtime::cp::copy_out(&store, &rec, ctx.rootless, &path, &to, opts)?;
            (n, args.dest.clone())
        }
    };
    if !args.quiet && args.dest != "-" && rustix::termios::isatty(std::io::stderr()) {
        let line = format!(
            "Successfully copied {} to {}\n",
            crate::units::human_size(copied),
            crate::term::terminal_safe(&shown)
        );
        let _ = crate::term::raw_stderr(line.as_bytes());
    }
    Ok(0)
}
