//! `berth run`: create a container and run it, attached (or in the background with -d).

use crate::context::Context;
use crate::runtime::io::attach;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
#[command(disable_help_flag = true)]
pub struct Args {
    /// Automatically remove the container when it exits
    #[arg(long)]
    pub rm: bool,

    /// Run the container in the background and print its id
    #[arg(short = 'd', long)]
    pub detach: bool,

    /// Override the key sequence for detaching a container
    #[arg(long, value_name = "KEYS", default_value = attach::DEFAULT_DETACH_KEYS)]
    pub detach_keys: String,

    /// Proxy received signals to the container
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    pub sig_proxy: bool,

    #[command(flatten)]
    pub flags: super::create::ContainerFlags,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let detach_keys = attach::parse_detach_keys(&args.detach_keys)?;
    if args.rm && args.flags.restart.as_deref().is_some_and(|r| r != "no") {
        anyhow::bail!("conflicting options: --restart and --rm");
    }
    // A foreground `run --rm` writes the container's record while the container starts.
    let defer = args.rm && !args.detach;
    let (store, rec, mut pending) =
        super::create::create_container(&args.flags, args.rm, defer, ctx)?;
    if let Some(p) = pending.take_if(|_| !crate::runtime::run::direct_path(&rec)) {
        p.commit(&rec)?;
    }
    let lock = crate::runtime::run::claim(&store, &rec)?;
    if args.detach {
        let launch = crate::runtime::monitor::Launch::default();
        crate::runtime::monitor::start(&store, &rec, lock, ctx.rootless, launch)?;
        crate::format::line(&rec.id)?;
        return Ok(0);
    }
    if crate::runtime::run::direct_path(&rec) {
        let mut rec = rec;
        return crate::runtime::run::run_attached(
            &store,
            &mut rec,
            pending,
            lock,
            ctx.rootless,
            &mut || {},
        );
    }
    let opts = attach::Options {
        stdin: rec.spec.open_stdin,
        tty: rec.spec.tty,
        detach_keys,
        proxy_signals: args.sig_proxy && !rec.spec.tty,
    };
    crate::runtime::run::run_with_monitor(&store, &rec, lock, ctx.rootless, &opts)
}
