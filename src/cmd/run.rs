//! `berth run`: create a container and run it, attached (or in the background with -d).

use crate::context::Context;
use crate::runtime;
use crate::runtime::io::attach;
use crate::runtime::start::Mode;

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
    if args.detach && args.flags.lifecycle.log_driver.as_deref() == Some("passthrough") {
        anyhow::bail!("the passthrough log driver cannot be used with --detach");
    }
    warn_not_a_tty(!args.detach && args.flags.tty && args.flags.interactive);
    // A foreground `run --rm` may write the container's record while the container starts.
    let defer = args.rm && !args.detach;
    let (store, rec, pending) = super::create::create_container(&args.flags, args.rm, defer, ctx)?;
    let mode = match args.detach {
        true => Mode::Detached,
        false => {
            let opts = attach::Options {
                stdin: rec.spec.open_stdin,
                tty: rec.spec.tty,
                detach_keys,
                proxy_signals: args.sig_proxy && !rec.spec.tty,
            };
            Mode::foreground(&rec, opts)
        }
    };
    let id = rec.id.clone();
    let code = runtime::start::start(&store, rec, pending, ctx.rootless, mode)?;
    if args.detach {
        crate::format::line(&id)?;
    }
    Ok(code)
}

/// `-i -t` with a stdin that is no terminal: the container still runs (podman's rule; docker
/// refuses), the terminal it gets reads nothing the caller types.
pub fn warn_not_a_tty(asked: bool) {
    use std::io::IsTerminal as _;
    if asked && !std::io::stdin().is_terminal() {
        log::warn!(
            "The input device is not a TTY. The --tty and --interactive flags might not work properly"
        );
    }
}
