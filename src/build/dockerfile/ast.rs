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
    /// The instruction's text with continuation lines joined as written (the escape
    /// character and the line break removed, nothing added; comment lines inside left out),
    /// blanks trimmed at both ends, heredoc bodies left out: for history's `created_by` and
    /// for messages. For an ONBUILD trigger, the text after `ONBUILD`.
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
    /// Sources as written (globs unexpanded, quotes kept for the expander). A heredoc source
    /// stays as written (`<<EOF`, `<<-"EOF"`); [`CopySpec::heredoc`] finds its body.
    pub sources: Vec<String>,
    pub dest: String,
    pub heredocs: Vec<Heredoc>,
    /// `--from`, `--chown`, `--chmod`, `--link`, `--checksum`, `--keep-git-dir`,
    /// `--exclude`, `--parents`: only those the instruction accepts (others are refused by
    /// the parser).
    pub flags: Flags,
}

impl CopySpec {
    /// The here-document a source word names (`<<EOF`), if it is one.
    pub fn heredoc(&self, source: &str) -> Option<&Heredoc> {
        let opener = super::heredoc::opener(source).ok().flatten()?;
        self.heredocs.iter().find(|h| h.name == opener.name)
    }
}

/// `HEALTHCHECK`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// `HEALTHCHECK NONE`: the base image's check is disabled.
    None,
    /// `HEALTHCHECK [--interval= --timeout= --start-period= --start-interval= --retries=]
    /// CMD ...`. The parser has checked the values: intervals read with
    /// [`super::duration::parse`], `--retries` as a non-negative i32.
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
    /// `ENV K=V ...` or the old `ENV K V` (the rest of the line is the value). Keys and
    /// values as written, quotes kept: the builder passes each through [`super::expand::word`].
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
