//! The top-level clap tree: global flags and the list of subcommands. Each subcommand's own
//! flags live beside its code in `cmd/<name>.rs`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::cmd;
use crate::spec::log::LogLevel;

/// A daemonless container runner with a docker-compatible command line.
#[derive(Debug, Parser)]
#[command(name = "berth", version, about, long_about = None, disable_help_subcommand = true)]
pub struct Cli {
    /// Storage root (images, layers, containers)
    #[arg(long, global = true, env = "BERTH_ROOT", value_name = "DIR")]
    pub root: Option<PathBuf>,

    /// Runtime state directory (pids, sockets, locks that end with a reboot)
    #[arg(long, global = true, env = "BERTH_RUNROOT", value_name = "DIR")]
    pub runroot: Option<PathBuf>,

    /// Log messages at this level and above on stderr
    #[arg(long, global = true, value_enum, default_value_t = LogLevel::Warn)]
    pub log_level: LogLevel,

    #[command(subcommand)]
    pub command: Command,
}

// Subcommands are defined only when invoked (`defer`): building all of them took about a
// millisecond of every start, `run`'s included.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Create and run a new container from an image
    Run(cmd::run::Args),
    /// Create a new container without starting it
    Create(cmd::create::Args),
    /// Start one or more created or stopped containers
    Start(cmd::start::Args),
    /// Update the resource limits of one or more containers
    Update(cmd::update::Args),
    /// List containers
    Ps(cmd::ps::Args),
    /// Remove one or more containers
    Rm(cmd::rm::Args),
    /// Import a tarball as a filesystem image
    Import(cmd::import::Args),
    /// Export a container's filesystem as a tar archive
    Export(cmd::export::Args),
    /// List images
    Images(cmd::images::Args),
    /// Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
    Tag(cmd::tag::Args),
    /// Remove one or more images
    Rmi(cmd::rmi::Args),
    /// Display detailed information on images or containers
    Inspect(cmd::inspect::Args),
    /// Download an image from a registry
    Pull(cmd::pull::Args),
    /// Upload an image to a registry
    Push(cmd::push::Args),
    /// Log in to a registry
    Login(cmd::login::Args),
    /// Log out from a registry
    Logout(cmd::login::LogoutArgs),
    /// Search a registry's catalog for repositories
    Search(cmd::search::Args),
    /// Save one or more images to a tar archive (streamed to STDOUT by default)
    Save(cmd::save::Args),
    /// Load images from a tar archive or an OCI layout directory (STDIN by default)
    Load(cmd::load::Args),
    /// Manage images
    #[command(subcommand)]
    Image(ImageCommand),
    /// Manage containers
    #[command(subcommand)]
    Container(ContainerCommand),
    /// Show the berth version information
    Version(cmd::version::Args),
    /// Display system-wide information
    Info(cmd::info::Args),
    /// Generate shell completion scripts
    Completion(cmd::completion::Args),
    /// Stop one or more running containers
    Stop(cmd::stop::Args),
    /// Restart one or more containers
    Restart(cmd::restart::Args),
    /// Kill one or more running containers
    Kill(cmd::kill::Args),
    /// Block until one or more containers stop, then print their exit codes
    Wait(cmd::wait::Args),
    /// Fetch the logs of a container
    Logs(cmd::logs::Args),
    /// Execute a command in a running container
    Exec(cmd::exec::Args),
    /// Attach local standard input, output, and error streams to a running container
    Attach(cmd::attach::Args),
    /// Rename a container
    Rename(cmd::rename::Args),
    /// Pause all processes within one or more containers
    Pause(cmd::pause::Args),
    /// Unpause all processes within one or more containers
    Unpause(cmd::pause::Args),
    /// Display the running processes of a container
    Top(cmd::top::Args),
    /// Display a live stream of container(s) resource usage statistics
    Stats(cmd::stats::Args),
    /// List port mappings or a specific mapping for the container
    Port(cmd::port::Args),
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ImageCommand {
    /// List images
    #[command(visible_alias = "list")]
    Ls(cmd::images::Args),
    /// Display detailed information on one or more images
    Inspect(cmd::inspect::Args),
    /// Remove one or more images
    Rm(cmd::rmi::Args),
    /// Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
    Tag(cmd::tag::Args),
    /// Import a tarball as a filesystem image
    Import(cmd::import::Args),
    /// Download an image from a registry
    Pull(cmd::pull::Args),
    /// Upload an image to a registry
    Push(cmd::push::Args),
    /// Save one or more images to a tar archive (streamed to STDOUT by default)
    Save(cmd::save::Args),
    /// Load images from a tar archive or an OCI layout directory (STDIN by default)
    Load(cmd::load::Args),
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ContainerCommand {
    /// Create and run a new container from an image
    Run(cmd::run::Args),
    /// Create a new container without starting it
    Create(cmd::create::Args),
    /// Start one or more created or stopped containers
    Start(cmd::start::Args),
    /// Update the resource limits of one or more containers
    Update(cmd::update::Args),
    /// List containers
    #[command(visible_alias = "list")]
    Ls(cmd::ps::Args),
    /// Remove one or more containers
    Rm(cmd::rm::Args),
    /// Display detailed information on one or more containers
    Inspect(cmd::inspect::Args),
    /// Export a container's filesystem as a tar archive
    Export(cmd::export::Args),
    /// Stop one or more running containers
    Stop(cmd::stop::Args),
    /// Restart one or more containers
    Restart(cmd::restart::Args),
    /// Kill one or more running containers
    Kill(cmd::kill::Args),
    /// Block until one or more containers stop, then print their exit codes
    Wait(cmd::wait::Args),
    /// Fetch the logs of a container
    Logs(cmd::logs::Args),
    /// Execute a command in a running container
    Exec(cmd::exec::Args),
    /// Attach local standard input, output, and error streams to a running container
    Attach(cmd::attach::Args),
    /// Rename a container
    Rename(cmd::rename::Args),
    /// Pause all processes within one or more containers
    Pause(cmd::pause::Args),
    /// Unpause all processes within one or more containers
    Unpause(cmd::pause::Args),
    /// Display the running processes of a container
    Top(cmd::top::Args),
    /// Display a live stream of container(s) resource usage statistics
    Stats(cmd::stats::Args),
    /// List port mappings or a specific mapping for the container
    Port(cmd::port::Args),
}

/// The clap tree, for man pages and completions.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// Parse argv. Help and version print and exit 0; every usage error is one line and 125,
/// as docker does for bad flags.
pub fn parse() -> Result<Cli, ExitCode> {
    match Cli::try_parse() {
        Ok(cli) => Ok(cli),
        Err(err) => {
            use clap::error::ErrorKind;
            match err.kind() {
                ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    let _ = err.print();
                    Err(
                        if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                            ExitCode::from(crate::error::EXIT_BERTH)
                        } else {
                            ExitCode::SUCCESS
                        },
                    )
                }
                _ => {
                    crate::format::usage_error(&err);
                    Err(ExitCode::from(crate::error::EXIT_BERTH))
                }
            }
        }
    }
}
