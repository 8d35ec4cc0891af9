//! `berth attach`: connect our stdio to a running container's monitor.

use crate::context::Context;
use crate::runtime::io::attach;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Override the key sequence for detaching a container
    #[arg(long, value_name = "KEYS", default_value = attach::DEFAULT_DETACH_KEYS)]
    pub detach_keys: String,

    /// Do not attach STDIN
    #[arg(long)]
    pub no_stdin: bool,

    /// Proxy all received signals to the process
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    pub sig_proxy: bool,

    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let detach_keys = attach::parse_detach_keys(&args.detach_keys)?;
    let store = ctx.store()?;
    let rec = store.find_container(&args.container)?;
    if !store.is_running(&rec.id) {
        anyhow::bail!(
            "you cannot attach to a stopped container {}, start it first",
            rec.name
        );
    }
    if store.read_run_state(&rec.id).is_some_and(|s| s.paused) {
        anyhow::bail!(
            "you cannot attach to a paused container {}, unpause it first",
            rec.name
        );
    }
    let sock = attach::connect(&store, &rec.id, &rec.name)?;
    crate::runtime::events::container(&store, &rec, "attach");
    let opts = attach::Options {
        stdin: rec.spec.open_stdin && !args.no_stdin,
        tty: rec.spec.tty,
        detach_keys,
        proxy_signals: args.sig_proxy && !rec.spec.tty,
    };
    match attach::session(sock, &opts)? {
        attach::Ended::Exited(code) => Ok(code as u8),
        attach::Ended::Detached => Ok(0),
    }
}
