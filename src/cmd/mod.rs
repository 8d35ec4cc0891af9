//! One file per subcommand: `Args` (clap derive, docker's flag names) and
//! `exec(args, &Context) -> Result<exit status>`. These files translate flags into calls on
//! `runtime`/`store`/`image` and print through `format`; no syscalls or store paths here.

pub mod attach;
pub mod build;
pub mod builder;
pub mod commit;
pub mod completion;
pub mod conf_defaults;
pub mod container_filter;
pub mod cp;
pub mod create;
pub mod diff;
pub mod each;
pub mod events;
pub mod exec;
pub mod exists;
pub mod export;
pub mod flags_auth;
pub mod flags_health;
pub mod flags_lifecycle;
pub mod flags_mounts;
pub mod flags_network;
pub mod flags_resources;
pub mod flags_security;
pub mod healthcheck;
pub mod history;
pub mod images;
pub mod import;
pub mod info;
pub mod inspect;
pub mod kill;
pub mod load;
pub mod login;
pub mod logs;
pub mod network;
pub mod pause;
pub mod port;
pub mod prompt;
pub mod ps;
pub mod pull;
pub mod push;
pub mod rename;
pub mod restart;
pub mod rm;
pub mod rmi;
pub mod run;
pub mod save;
pub mod search;
pub mod start;
pub mod stats;
pub mod stop;
pub mod system;
pub mod tag;
pub mod targets;
pub mod top;
pub mod update;
pub mod version;
pub mod volume;
pub mod wait;

use crate::cli::{BuilderCommand, BuildxCommand, Cli, Command, ContainerCommand, ImageCommand};
use crate::context::Context;

pub use each::for_each_container;

/// Run the chosen subcommand; `Ok` carries the exit status to return.
pub fn dispatch(cli: Cli) -> anyhow::Result<u8> {
    globals(&cli)?;
    // These two need no store, config or user namespace.
    match cli.command {
        Command::Completion(args) => return completion::exec(args),
        Command::Version(args) => return version::exec(args),
        _ => {}
    }
    let ctx = Context::new(crate::context::Options {
        root: cli.root.clone(),
        runroot: cli.runroot.clone(),
        storage_driver: cli.storage_driver.clone(),
        storage_opts: cli.storage_opt.clone(),
        tmpdir: cli.tmpdir.clone(),
        events_backend: cli.events_backend.clone(),
        cgroup_manager: cli.cgroup_manager.clone(),
    })?;
    match cli.command {
        Command::Run(a) | Command::Container(ContainerCommand::Run(a)) => run::exec(a, &ctx),
        Command::Create(a) | Command::Container(ContainerCommand::Create(a)) => {
            create::exec(a, &ctx)
        }
        Command::Start(a) | Command::Container(ContainerCommand::Start(a)) => start::exec(a, &ctx),
        Command::Update(a) | Command::Container(ContainerCommand::Update(a)) => {
            update::exec(a, &ctx)
        }
        Command::Ps(a) | Command::Container(ContainerCommand::Ls(a)) => ps::exec(a, &ctx),
        Command::Rm(a) | Command::Container(ContainerCommand::Rm(a)) => rm::exec(a, &ctx),
        Command::Export(a) | Command::Container(ContainerCommand::Export(a)) => {
            export::exec(a, &ctx)
        }
        Command::Build(a) | Command::Image(ImageCommand::Build(a)) => build::exec(a, &ctx),
        Command::Buildx(BuildxCommand::Build(a)) => build::exec(*a, &ctx),
        Command::Builder(BuilderCommand::Prune(a)) | Command::Buildx(BuildxCommand::Prune(a)) => {
            builder::prune(a, &ctx)
        }
        Command::Commit(a) | Command::Container(ContainerCommand::Commit(a)) => {
            commit::exec(a, &ctx)
        }
        Command::Diff(a)
        | Command::Container(ContainerCommand::Diff(a))
        | Command::Image(ImageCommand::Diff(a)) => diff::exec(a, &ctx),
        Command::History(a) | Command::Image(ImageCommand::History(a)) => history::exec(a, &ctx),
        Command::Cp(a) | Command::Container(ContainerCommand::Cp(a)) => cp::exec(a, &ctx),
        Command::Container(ContainerCommand::Exists(a)) => exists::container(a, &ctx),
        Command::Image(ImageCommand::Exists(a)) => exists::image(a, &ctx),
        Command::Import(a) | Command::Image(ImageCommand::Import(a)) => import::exec(a, &ctx),
        Command::Images(a) | Command::Image(ImageCommand::Ls(a)) => images::exec(a, &ctx),
        Command::Tag(a) | Command::Image(ImageCommand::Tag(a)) => tag::exec(a, &ctx),
        Command::Rmi(a) | Command::Image(ImageCommand::Rm(a)) => rmi::exec(a, &ctx),
        Command::Inspect(a) => inspect::exec(a, &ctx, inspect::Kind::Any),
        Command::Image(ImageCommand::Inspect(a)) => inspect::exec(a, &ctx, inspect::Kind::Image),
        Command::Container(ContainerCommand::Inspect(a)) => {
            inspect::exec(a, &ctx, inspect::Kind::Container)
        }
        Command::Info(a) => info::exec(a, &ctx),
        Command::Healthcheck(c) => healthcheck::exec(c, &ctx),
        Command::Pull(a) | Command::Image(ImageCommand::Pull(a)) => pull::exec(a, &ctx),
        Command::Network(c) => network::exec(c, &ctx),
        Command::Push(a) | Command::Image(ImageCommand::Push(a)) => push::exec(a, &ctx),
        Command::Login(a) => login::exec(a, &ctx),
        Command::Logout(a) => login::logout(a, &ctx),
        Command::Search(a) => search::exec(a, &ctx),
        Command::Save(a) | Command::Image(ImageCommand::Save(a)) => save::exec(a, &ctx),
        Command::Load(a) | Command::Image(ImageCommand::Load(a)) => load::exec(a, &ctx),
        Command::Stop(a) | Command::Container(ContainerCommand::Stop(a)) => stop::exec(a, &ctx),
        Command::Restart(a) | Command::Container(ContainerCommand::Restart(a)) => {
            restart::exec(a, &ctx)
        }
        Command::Kill(a) | Command::Container(ContainerCommand::Kill(a)) => kill::exec(a, &ctx),
        Command::Wait(a) | Command::Container(ContainerCommand::Wait(a)) => wait::exec(a, &ctx),
        Command::Logs(a) | Command::Container(ContainerCommand::Logs(a)) => logs::exec(a, &ctx),
        Command::Exec(a) | Command::Container(ContainerCommand::Exec(a)) => exec::exec(a, &ctx),
        Command::Attach(a) | Command::Container(ContainerCommand::Attach(a)) => {
            attach::exec(a, &ctx)
        }
        Command::Rename(a) | Command::Container(ContainerCommand::Rename(a)) => {
            rename::exec(a, &ctx)
        }
        Command::Pause(a) | Command::Container(ContainerCommand::Pause(a)) => {
            pause::exec(a, &ctx, true)
        }
        Command::Unpause(a) | Command::Container(ContainerCommand::Unpause(a)) => {
            pause::exec(a, &ctx, false)
        }
        Command::Top(a) | Command::Container(ContainerCommand::Top(a)) => top::exec(a, &ctx),
        Command::Stats(a) | Command::Container(ContainerCommand::Stats(a)) => stats::exec(a, &ctx),
        Command::Port(a) | Command::Container(ContainerCommand::Port(a)) => port::exec(a, &ctx),
        Command::Volume(c) => volume::exec(c, &ctx),
        Command::Events(a) | Command::System(system::Command::Events(a)) => events::exec(a, &ctx),
        Command::System(c) => system::exec(c, &ctx),
        Command::Container(ContainerCommand::Prune(a)) => system::container_prune(a, &ctx),
        Command::Image(ImageCommand::Prune(a)) => system::image_prune(a, &ctx),
        Command::Completion(_) | Command::Version(_) => unreachable!("handled above"),
    }
}

/// The global flags that act before any command: remote mode is refused, flags for
/// another runtime are reported as ignored, `--noout` silences stdout.
fn globals(cli: &Cli) -> anyhow::Result<()> {
    let remote = [
        ("--url", cli.url.is_some()),
        ("--remote", cli.remote),
        ("--connection", cli.connection.is_some()),
    ];
    if let Some((flag, _)) = remote.iter().find(|(_, given)| *given) {
        anyhow::bail!(
            "{flag} is not supported: berth has no remote mode, it runs containers on this host"
        );
    }
    let ignored = [
        ("--runtime", cli.runtime.is_some()),
        ("--runtime-flag", !cli.runtime_flag.is_empty()),
        ("--conmon", cli.conmon.is_some()),
    ];
    for (flag, _) in ignored.iter().filter(|(_, given)| *given) {
        crate::format::notice(&format!(
            "{flag} is ignored: berth is its own runtime and monitor"
        ));
    }
    for opt in cli
        .storage_opt
        .iter()
        .filter(|o| crate::context::storage_opt_ignored(o))
    {
        crate::format::notice(&format!("--storage-opt {opt:?} is ignored"));
    }
    if cli.noout {
        crate::term::set_no_stdout();
    }
    Ok(())
}
