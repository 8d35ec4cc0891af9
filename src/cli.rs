//! The top-level clap tree: global flags and the list of subcommands. Each subcommand's own
//! flags live beside its code in `cmd/<name>.rs`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::cmd;
use crate::spec::log::LogLevel;

/// A daemonless container runner with a docker-compatible command line.
#[derive(Debug, Parser)]
#[command(
    name = "berth",
    version,
    about,
    long_about = None,
    disable_help_subcommand = true,
    // docker's and podman's flag parser: a flag given twice takes the last value (list
    // flags accumulate).
    args_override_self = true,
    mut_args = bool_values
)]
pub struct Cli {
    /// Storage root (images, layers, containers)
    #[arg(long, env = "BERTH_ROOT", value_name = "DIR")]
    pub root: Option<PathBuf>,

    /// Runtime state directory (pids, sockets, locks that end with a reboot)
    #[arg(long, env = "BERTH_RUNROOT", value_name = "DIR")]
    pub runroot: Option<PathBuf>,

    /// Log messages at this level and above on stderr (trace, debug, info, warn, error,
    /// fatal, panic)
    #[arg(long, value_enum, default_value_t = LogLevel::Warn)]
    pub log_level: LogLevel,

    /// How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)
    #[arg(long, value_name = "DRIVER")]
    pub storage_driver: Option<String>,

    /// A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are
    /// reported and ignored)
    #[arg(long, value_name = "OPTION")]
    pub storage_opt: Vec<String>,

    /// Directory for berth's temporary files (default: $TMPDIR, /var/tmp for images)
    #[arg(long, value_name = "DIR")]
    pub tmpdir: Option<PathBuf>,

    /// Where events are recorded: file or none
    #[arg(long, value_name = "BACKEND", value_parser = ["file", "none", "journald"])]
    pub events_backend: Option<String>,

    /// The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd
    #[arg(long, value_name = "MANAGER", value_parser = ["cgroupfs", "systemd"])]
    pub cgroup_manager: Option<String>,

    /// Accepted for podman's scripts and ignored: berth is its own OCI runtime
    #[arg(long, value_name = "PATH")]
    pub runtime: Option<String>,

    /// Accepted for podman's scripts and ignored (see --runtime)
    #[arg(long, value_name = "FLAG")]
    pub runtime_flag: Vec<String>,

    /// Accepted for podman's scripts and ignored: berth is its own monitor
    #[arg(long, value_name = "PATH")]
    pub conmon: Option<String>,

    /// Print nothing on stdout (berth's own output; a container's output still shows)
    #[arg(long)]
    pub noout: bool,

    /// Refused: berth has no remote mode (no service to connect to)
    #[arg(long, value_name = "URL", alias = "host", hide = true)]
    pub url: Option<String>,

    /// Refused: berth has no remote mode
    #[arg(long, hide = true)]
    pub remote: bool,

    /// Refused: berth has no remote mode
    #[arg(long, value_name = "NAME", hide = true)]
    pub connection: Option<String>,

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
    /// Build an image from a Dockerfile
    Build(cmd::build::Args),
    /// Manage the build cache
    #[command(subcommand)]
    Builder(BuilderCommand),
    /// Build images (the build command under docker's buildx name)
    #[command(subcommand)]
    Buildx(BuildxCommand),
    /// Create a new image from a container's changes
    Commit(cmd::commit::Args),
    /// Inspect changes to files or directories on a container's filesystem
    Diff(cmd::diff::Args),
    /// Show the history of an image
    History(cmd::history::Args),
    /// Copy files/folders between a container and the local filesystem
    Cp(cmd::cp::Args),
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
    /// Run a container's health check
    #[command(subcommand)]
    Healthcheck(cmd::healthcheck::Command),
    /// Manage images
    #[command(subcommand)]
    Image(ImageCommand),
    /// Manage containers
    #[command(subcommand)]
    Container(ContainerCommand),
    /// Manage volumes
    #[command(subcommand)]
    Volume(cmd::volume::Command),
    /// Get real time events from berth
    Events(cmd::events::Args),
    /// Manage berth: disk usage, pruning, checking the store
    #[command(subcommand)]
    System(cmd::system::Command),
    /// Manage networks
    #[command(subcommand)]
    Network(cmd::network::NetworkCommand),
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
pub enum BuilderCommand {
    /// Remove build cache
    Prune(cmd::builder::PruneArgs),
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum BuildxCommand {
    /// Build an image from a Dockerfile
    Build(Box<cmd::build::Args>),
    /// Remove build cache
    Prune(cmd::builder::PruneArgs),
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ImageCommand {
    /// Build an image from a Dockerfile
    Build(cmd::build::Args),
    /// List images
    #[command(visible_alias = "list")]
    Ls(cmd::images::Args),
    /// Check if an image exists in local storage
    Exists(cmd::exists::Args),
    /// Remove unused images
    Prune(cmd::system::ImagePruneArgs),
    /// Display detailed information on one or more images
    Inspect(cmd::inspect::Args),
    /// Remove one or more images
    Rm(cmd::rmi::Args),
    /// Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
    Tag(cmd::tag::Args),
    /// Import a tarball as a filesystem image
    Import(cmd::import::Args),
    /// Show the history of an image
    History(cmd::history::Args),
    /// Inspect changes of an image's top layer
    Diff(cmd::diff::Args),
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
    /// Create a new image from a container's changes
    Commit(cmd::commit::Args),
    /// Inspect changes to files or directories on a container's filesystem
    Diff(cmd::diff::Args),
    /// Copy files/folders between a container and the local filesystem
    Cp(cmd::cp::Args),
    /// Check if a container exists in local storage
    Exists(cmd::exists::Args),
    /// Remove all stopped containers
    Prune(cmd::system::ObjectPruneArgs),
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
    use clap::FromArgMatches as _;
    let mut cmd = command();
    let args = match order_args(&cmd, std::env::args_os().collect()) {
        Ok((args, None)) => args,
        Ok((args, Some(leaf))) => {
            let name = leaf.get_name().to_owned();
            cmd = cmd.mut_subcommand(&name, |_| leaf);
            args
        }
        Err(message) => {
            crate::format::usage_error(&message);
            return Err(ExitCode::from(crate::error::EXIT_BERTH));
        }
    };
    let parsed = cmd
        .try_get_matches_from_mut(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    // The tree is not needed again: freeing it costs a good part of parsing, on every
    // start, for memory the process keeps in its heap either way.
    std::mem::forget(cmd);
    match parsed {
        Ok(cli) => Ok(cli),
        Err(err) => {
            use clap::error::ErrorKind;
            match err.kind() {
                ErrorKind::DisplayHelp => {
                    let text = crate::format::help::reshape(&err.render().to_string());
                    let _ = crate::format::raw(text.as_bytes());
                    Err(ExitCode::SUCCESS)
                }
                ErrorKind::DisplayVersion => {
                    let _ = err.print();
                    Err(ExitCode::SUCCESS)
                }
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    // A group without its subcommand: usage, then podman's error line.
                    let text = err.render().to_string();
                    let _ =
                        crate::format::raw_stderr(crate::format::help::reshape(&text).as_bytes());
                    let path =
                        command_path(text.lines().find(|l| l.starts_with("Usage:")).unwrap_or(""));
                    crate::format::usage_error(&format!(
                        "missing command 'berth {} COMMAND'",
                        path.join(" ")
                    ));
                    Err(ExitCode::from(crate::error::EXIT_BERTH))
                }
                _ => {
                    crate::format::usage_error(&one_line(&err));
                    Err(ExitCode::from(crate::error::EXIT_BERTH))
                }
            }
        }
    }
}

/// The words of argv put in the order clap reads them, as docker's and podman's parsers
/// would read the original:
/// - flags end at the word that starts a trailing command line (`run IMAGE --version` runs
///   the image with `--version`; clap would read on): for `run`, `create`, `exec` and `top`
///   a `--` goes after that word;
/// - a global flag may stand anywhere before that point (`berth run --root DIR IMAGE`); it
///   is moved before the command. Declaring the flags global in clap instead would copy
///   each of them into every subcommand on every start, which cost most of the parse.
///
/// A global flag whose value is missing is the one usage error found here. Also returned:
/// the command named by the first word, when it has no subcommands, built (clap would
/// build it again).
pub fn order_args(
    root: &clap::Command,
    args: Vec<std::ffi::OsString>,
) -> Result<(Vec<std::ffi::OsString>, Option<clap::Command>), String> {
    let mut words = args.into_iter();
    let mut ordered: Vec<std::ffi::OsString> = words.next().into_iter().collect();
    let mut rest = Vec::new();
    // The command reached so far; a leaf's arguments are built on first need (clap builds
    // subcommands lazily, and building the whole tree would cost every start).
    let mut path = root;
    let mut leaf: Option<clap::Command> = None;
    let mut depth = 0;
    let mut positionals = 0;
    let mut help = false;
    while let Some(arg) = words.next() {
        let Some(word) = arg.to_str() else {
            rest.push(arg);
            break;
        };
        let cmd = leaf.as_ref().unwrap_or(path);
        let own = |find: &dyn Fn(&clap::Arg) -> bool| cmd.get_arguments().find(|a| find(a));
        if word == "--" {
            rest.push(arg);
            break;
        } else if let Some(long) = word.strip_prefix("--") {
            let (name, attached) = match long.split_once('=') {
                Some((name, _)) => (name, true),
                None => (long, false),
            };
            let named = |a: &clap::Arg| {
                a.get_long() == Some(name) || a.get_all_aliases().is_some_and(|v| v.contains(&name))
            };
            // A command's own flag of the same name wins over the global one.
            let at_root = std::ptr::eq(cmd, root);
            if let Some(flag) = own(&named).filter(|_| !at_root) {
                let takes_next = !attached && takes_a_separate_value(flag);
                rest.push(arg);
                if takes_next {
                    rest.extend(words.next());
                }
            } else if let Some(global) = root.get_arguments().find(|a| named(a)) {
                let missing = format!("flag needs an argument: --{name}");
                let takes_next = !attached && takes_a_separate_value(global);
                ordered.push(arg);
                if takes_next {
                    ordered.push(words.next().ok_or(missing)?);
                }
            } else {
                rest.push(arg);
            }
        } else if let Some(shorts) = word.strip_prefix('-').filter(|s| !s.is_empty()) {
            let mut takes_next = false;
            for (at, c) in shorts.char_indices() {
                if c == '=' {
                    break;
                }
                let short_matches = |a: &clap::Arg| {
                    a.get_short() == Some(c)
                        || a.get_all_short_aliases().is_some_and(|v| v.contains(&c))
                };
                if own(&short_matches).is_some_and(takes_a_separate_value) {
                    // The value is the rest of the word, or the next word.
                    takes_next = at + c.len_utf8() == shorts.len();
                    break;
                }
            }
            rest.push(arg);
            if takes_next {
                rest.extend(words.next());
            }
        } else if word == "help" && std::ptr::eq(path, root) && !help {
            // `berth help [COMMAND...]` is `berth [COMMAND...] --help`.
            help = true;
        } else if leaf.is_none() && positionals == 0 && path.find_subcommand(word).is_some() {
            path = path.find_subcommand(word).expect("just found");
            depth += 1;
            if !path.has_subcommands() {
                let mut built = path.clone();
                built.build();
                leaf = Some(built);
            }
            rest.push(arg);
        } else {
            positionals += 1;
            let trailing_at = cmd
                .get_positionals()
                .position(clap::Arg::is_trailing_var_arg_set);
            rest.push(arg);
            if trailing_at == Some(positionals) {
                let command: Vec<_> = words.by_ref().collect();
                if !command.is_empty() {
                    rest.push("--".into());
                    rest.extend(command);
                }
                break;
            }
        }
    }
    ordered.extend(rest);
    ordered.extend(words);
    if help {
        ordered.push("--help".into());
    }
    let top_level = leaf.filter(|_| depth == 1);
    Ok((ordered, top_level))
}

/// Whether a flag reads its value from the next word when none is attached with `=`.
fn takes_a_separate_value(arg: &clap::Arg) -> bool {
    arg.get_action().takes_values()
        && !arg.is_require_equals_set()
        && arg.get_num_args().is_none_or(|n| n.min_values() > 0)
}

/// clap's first line of a usage error; a missing argument is named, with the command's
/// usage beside it (clap puts both on lines of their own, and its usage lists the flags
/// given rather than the command's form).
fn one_line(err: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = err.to_string();
    let first = text.lines().next().unwrap_or("invalid usage");
    let first = first.strip_prefix("error: ").unwrap_or(first);
    match (err.kind(), err.get(ContextKind::InvalidArg)) {
        (ErrorKind::MissingRequiredArgument, Some(ContextValue::Strings(names))) => {
            let usage = err.get(ContextKind::Usage).map(|u| u.to_string());
            let usage = usage.as_deref().and_then(|u| usage_of(command_path(u)));
            let usage = usage.as_deref().unwrap_or("see --help");
            format!("{first} {} ({usage})", names.join(" "))
        }
        (ErrorKind::InvalidSubcommand, _) => {
            let usage = err.get(ContextKind::Usage).map(|u| u.to_string());
            let path = usage.as_deref().map(command_path).unwrap_or_default();
            let word = match err.get(ContextKind::InvalidSubcommand) {
                Some(ContextValue::String(w)) => w.clone(),
                _ => String::new(),
            };
            let cmd = path
                .iter()
                .chain([&word.as_str()])
                .copied()
                .collect::<Vec<_>>();
            format!(
                "unrecognized command `berth {}` (see 'berth {}--help')",
                cmd.join(" "),
                path.iter().map(|p| format!("{p} ")).collect::<String>()
            )
        }
        _ => format!("{first} (see --help)"),
    }
}

/// The command words of a usage text (`Usage: berth image rm ...` gives `image rm`).
fn command_path(usage: &str) -> Vec<&str> {
    let words = usage.trim_start().strip_prefix("Usage:").unwrap_or(usage);
    words
        .split_whitespace()
        .skip(1)
        .take_while(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .take_while(|w| !w.starts_with('-'))
        .collect()
}

/// The usage line of the (sub)command at `path`. Only on the error path: it builds every
/// command of the tree.
fn usage_of(path: Vec<&str>) -> Option<String> {
    let mut root = command();
    root.build();
    let mut cmd = &mut root;
    for name in path {
        cmd = cmd.find_subcommand_mut(name)?;
    }
    let usage = cmd.render_usage().to_string();
    Some(usage.lines().next()?.trim().to_owned())
}

/// Give a boolean flag an optional value: `--rm`, `--rm=true` and `--rm=false` all parse, as
/// they do for docker. The value must be attached with `=`, so `run --rm IMAGE` never takes
/// IMAGE as the flag's value, and `-it` still reads as two flags. Applied to every command's
/// arguments with `#[command(mut_args = crate::cli::bool_values)]`: plain flags default to
/// false, flags declared with `value_name = "BOOL"` keep their own default.
pub fn bool_values(arg: clap::Arg) -> clap::Arg {
    let arg = match arg.get_action() {
        clap::ArgAction::SetTrue => arg
            .action(clap::ArgAction::Set)
            .default_value("false")
            .hide_default_value(true)
            .value_name("BOOL"),
        _ if arg.get_value_names() == Some(&["BOOL".into()]) => arg,
        _ => return arg,
    };
    arg.num_args(0..=1)
        .require_equals(true)
        .default_missing_value("true")
        .value_parser(BoolValue)
        .hide_possible_values(true)
}

/// The boolean spellings docker's flags accept; completions offer `true` and `false`.
#[derive(Clone, Copy, Debug)]
pub struct BoolValue;

impl clap::builder::TypedValueParser for BoolValue {
    type Value = bool;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<bool, clap::Error> {
        let text = value.to_string_lossy();
        parse_bool(&text).ok_or_else(|| {
            let flag = arg.and_then(|a| a.get_long()).unwrap_or("flag");
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!("invalid value {text:?} for --{flag}: use true or false\n"),
            )
        })
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            ["true", "false"]
                .into_iter()
                .map(clap::builder::PossibleValue::new),
        ))
    }
}

fn parse_bool(value: &str) -> Option<bool> {
    match value {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Some(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_args(cmd: &clap::Command, out: &mut Vec<(String, clap::Arg)>) {
        for arg in cmd.get_arguments() {
            out.push((cmd.get_name().to_owned(), arg.clone()));
        }
        for sub in cmd.get_subcommands() {
            all_args(sub, out);
        }
    }

    #[test]
    fn every_boolean_flag_takes_an_optional_attached_value() {
        let mut root = command();
        root.build();
        let mut args = Vec::new();
        all_args(&root, &mut args);
        for (cmd, arg) in &args {
            let id = arg.get_id();
            assert!(
                !matches!(arg.get_action(), clap::ArgAction::SetTrue),
                "{cmd} --{id}: add #[command(mut_args = crate::cli::bool_values)]"
            );
            if arg.get_value_names() == Some(&["BOOL".into()]) {
                assert!(
                    arg.is_require_equals_set(),
                    "{cmd} --{id} would eat a positional"
                );
                assert_eq!(arg.get_num_args(), Some((0..=1).into()), "{cmd} --{id}");
            }
        }
        assert!(args.len() > 100, "walked the whole tree");
    }

    #[test]
    fn booleans_parse_as_docker_spells_them() {
        for (text, want) in [
            ("true", true),
            ("1", true),
            ("T", true),
            ("false", false),
            ("0", false),
        ] {
            assert_eq!(parse_bool(text), Some(want), "{text}");
        }
        for bad in ["", "yes", "on", "2", "truee"] {
            assert_eq!(parse_bool(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_usage_names_its_command() {
        assert_eq!(
            command_path("Usage: berth image rm [OPTIONS] <IMAGE>..."),
            ["image", "rm"]
        );
        assert_eq!(
            command_path("Usage: berth run --rm[=<BOOL>] <IMAGE>"),
            ["run"]
        );
        assert_eq!(
            usage_of(vec!["run"]).as_deref(),
            Some("Usage: berth run [OPTIONS] <IMAGE> [COMMAND]...")
        );
    }
}

#[cfg(test)]
mod order_args_tests {
    fn split(line: &str) -> String {
        let args = line.split(' ').map(Into::into).collect();
        let out = super::order_args(&super::command(), args).unwrap().0;
        out.iter()
            .map(|a| a.to_str().unwrap())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn flags_end_at_the_image_as_docker_reads_them() {
        for (given, want) in [
            ("berth run img -c x", "berth run img -- -c x"),
            (
                "berth run --rm=true -d=false -e A=1 --name n img -- x",
                "berth run --rm=true -d=false -e A=1 --name n img -- -- x",
            ),
            (
                "berth --root /r container run -it -eA=1 -u 0 img sh",
                "berth --root /r container run -it -eA=1 -u 0 img -- sh",
            ),
            ("berth run --rm img", "berth run --rm img"),
            (
                "berth exec -e A=1 ctr ls -l",
                "berth exec -e A=1 ctr -- ls -l",
            ),
            (
                "berth create --network host img --version",
                "berth create --network host img -- --version",
            ),
            ("berth ps -a --format x", "berth ps -a --format x"),
            ("berth rm -f a b", "berth rm -f a b"),
        ] {
            assert_eq!(split(given), want, "{given}");
        }
    }

    #[test]
    fn global_flags_move_before_the_command() {
        for (given, want) in [
            (
                "berth run --root /r --rm img x --root y",
                "berth --root /r run --rm img -- x --root y",
            ),
            (
                "berth ps --log-level=debug -a",
                "berth --log-level=debug ps -a",
            ),
            (
                "berth container --runroot /x ls --noout",
                "berth --runroot /x --noout container ls",
            ),
            (
                "berth --root /a rm --root=/b -f c",
                "berth --root /a --root=/b rm -f c",
            ),
            ("berth exec ctr ls --root", "berth exec ctr -- ls --root"),
        ] {
            assert_eq!(split(given), want, "{given}");
        }
        let args = "berth run --rm --root".split(' ').map(Into::into).collect();
        assert_eq!(
            super::order_args(&super::command(), args).unwrap_err(),
            "flag needs an argument: --root"
        );
    }
}
