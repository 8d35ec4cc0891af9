//! `berth exec`: run a command in a running container.

use crate::context::Context;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Detached mode: run the command in the background
    #[arg(short = 'd', long)]
    pub detach: bool,

    /// Set environment variables (KEY=VALUE, or KEY to copy it from berth's environment)
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,

    /// Keep STDIN open
    #[arg(short = 'i', long)]
    pub interactive: bool,

    /// Give extended privileges to the command (every capability)
    #[arg(long)]
    pub privileged: bool,

    /// Allocate a pseudo-TTY
    #[arg(short = 't', long)]
    pub tty: bool,

    /// Username or UID (format: <name|uid>[:<group|gid>])
    #[arg(short = 'u', long)]
    pub user: Option<String>,

    /// Working directory inside the container
    #[arg(short = 'w', long, value_name = "DIR")]
    pub workdir: Option<String>,

    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,

    /// The command and its arguments
    #[arg(
        value_name = "COMMAND",
        required = true,
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub command: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    // First of all, while nothing is open or held: the process that enters the container
    // must not expose the host's binary (a memfd copy; see `sandbox::sealed`). Where the
    // kernel refuses it, the process is still non-dumpable and out of the container's reach
    // unless the container holds CAP_SYS_PTRACE.
    if let Err(e) = crate::sandbox::sealed::reexec() {
        log::warn!("{e:#}: exec runs from berth's own binary");
    }
    let mut env = Vec::new();
    for e in &args.env {
        env.extend(super::create::env_entry(e)?);
    }
    super::run::warn_not_a_tty(!args.detach && args.tty && args.interactive);
    let req = crate::runtime::exec::ExecRequest {
        argv: args.command,
        env,
        user: args.user,
        workdir: args.workdir,
        tty: args.tty,
        interactive: args.interactive,
        detach: args.detach,
        privileged: args.privileged,
    };
    let store = ctx.store()?;
    let rec = store.find_container(&args.container)?;
    // No user namespace of our own: the process joins the container's.
    crate::runtime::exec::exec(&store, &rec, &req)
}
