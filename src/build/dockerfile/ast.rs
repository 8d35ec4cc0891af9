//! The syntax tree of a Dockerfile. Every string is as written after line continuations
//! are joined and quotes of JSON arrays removed; `$VAR` references stay unexpanded, because
//! which of them apply depends on the ARG and ENV values in scope when the builder reaches
//! the step.

/// A whole Dockerfile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dockerfile {
    /// The escape character (`# escape=`), `\` unless changed.
    pub escape: char,
    /// `# syntax=`, recorded and otherwise ignored (berth has one frontend).
    pub syntax: Option<String>,
    /// `ARG`s before the first `FROM`: usable in `FROM` lines, and in a stage after a bare
    /// `ARG NAME` redeclares them.
    pub global_args: Vec<Located<Arg>>,
    /// At least one stage (a file without `FROM` is a parse error).
    pub stages: Vec<Stage>,
}

/// One `FROM` and the instructions up to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    pub from: Located<From>,
    pub instructions: Vec<Located<Instruction>>,
}

/// A value and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<T> {
    /// 1-based line of the instruction's first line.
    pub line: usize,
    /// The instruction's text with continuations joined by a space (and heredoc bodies left
    /// out), for history's `created_by` and for messages.
    pub text: String,
    pub value: T,
}

/// `FROM [--platform=P] IMAGE [AS NAME]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct From {
    /// An image reference, `scratch`, or an earlier stage's name (unexpanded).
    pub image: String,
    /// The stage name, lower-cased as docker compares them.
    pub name: Option<String>,
    pub platform: Option<String>,
}

/// `ARG NAME[=DEFAULT]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arg {
    pub name: String,
    pub default: Option<String>,
}

/// A command as `RUN`, `CMD`, `ENTRYPOINT` and `HEALTHCHECK CMD` take it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `["prog", "arg"]`: run as is, never through a shell, never expanded.
    Exec(Vec<String>),
    /// Anything else: run through the stage's `SHELL` (default `/bin/sh -c`).
    Shell(String),
}

/// A here-document (`<<EOF`, `<<-EOF`, `<<"EOF"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heredoc {
    /// The delimiter word, without quotes.
    pub name: String,
    /// The body, lines joined with `\n` and ending with one (leading tabs already removed
    /// for `<<-`).
    pub body: String,
    /// `$VAR` in the body is expanded (the delimiter was not quoted).
    pub expand: bool,
}

/// An instruction's `--name[=value]` flags, in the order written (values unexpanded).
pub type Flags = Vec<(String, Option<String>)>;

/// `COPY` and `ADD`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopySpec {
    /// Sources as written (globs unexpanded); a heredoc source is named by its delimiter
    /// and found in `heredocs`.
    pub sources: Vec<String>,
    pub dest: String,
    pub heredocs: Vec<Heredoc>,
    /// `--from`, `--chown`, `--chmod`, `--link`, `--checksum`, `--keep-git-dir`,
    /// `--exclude`, `--parents`: only those the instruction accepts (others are refused by
    /// the parser).
    pub flags: Flags,
}

/// `HEALTHCHECK`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// `HEALTHCHECK NONE`: the base image's check is disabled.
    None,
    /// `HEALTHCHECK [--interval= --timeout= --start-period= --start-interval= --retries=]
    /// CMD ...`.
    Check { test: Command, flags: Flags },
}

/// One instruction of a stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Instruction {
    /// `RUN [--mount=...] [--network=...] [--security=...] COMMAND`, with its heredocs.
    Run {
        command: Command,
        heredocs: Vec<Heredoc>,
        flags: Flags,
    },
    Cmd(Command),
    Entrypoint(Command),
    Copy(CopySpec),
    Add(CopySpec),
    /// `ENV K=V ...` or the old `ENV K V` (the rest of the line is the value).
    Env(Vec<(String, String)>),
    Arg(Vec<Arg>),
    /// `LABEL K=V ...` (quotes kept in the words; the builder expands and unquotes).
    Label(Vec<(String, String)>),
    Expose(Vec<String>),
    Volume(Vec<String>),
    Workdir(String),
    User(String),
    /// A trigger stored in the image and run when it is used as a base.
    Onbuild(Box<Located<Instruction>>),
    Healthcheck(Health),
    /// `SHELL ["prog", "arg"]` (only the JSON form exists).
    Shell(Vec<String>),
    StopSignal(String),
    Maintainer(String),
}
