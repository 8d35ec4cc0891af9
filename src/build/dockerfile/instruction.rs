//! One logical line into an instruction: the keyword, its flags, and its arguments in the
//! shape each instruction takes.

use super::ast::{Arg, Command, CopySpec, Flags, From, Health, Heredoc, Instruction, Located};
use super::flags::{self, Kind, Spec};
use super::lines::Reader;
use super::words::{self, Json};
use super::{duration, heredoc, shown};

/// A parsed line: a stage start or an instruction of the current stage.
pub(super) enum Parsed {
    From(From),
    Instruction(Instruction),
}

type Result<T> = std::result::Result<T, String>;

const NO_FLAGS: Spec = &[];
const FROM_FLAGS: Spec = &[("platform", Kind::Value)];
const RUN_FLAGS: Spec = &[
    ("mount", Kind::List),
    ("network", Kind::Value),
    ("security", Kind::Value),
];
const COPY_FLAGS: Spec = &[
    ("from", Kind::Value),
    ("chown", Kind::Value),
    ("chmod", Kind::Value),
    ("link", Kind::Bool),
    ("parents", Kind::Bool),
    ("exclude", Kind::List),
];
const ADD_FLAGS: Spec = &[
    ("chown", Kind::Value),
    ("chmod", Kind::Value),
    ("link", Kind::Bool),
    ("keep-git-dir", Kind::Bool),
    ("checksum", Kind::Value),
    ("exclude", Kind::List),
];
const HEALTH_FLAGS: Spec = &[
    ("interval", Kind::Value),
    ("timeout", Kind::Value),
    ("start-period", Kind::Value),
    ("start-interval", Kind::Value),
    ("retries", Kind::Value),
];

/// Every instruction keyword, for "did you mean" hints.
const KEYWORDS: &[&str] = &[
    "ADD",
    "ARG",
    "CMD",
    "COPY",
    "ENTRYPOINT",
    "ENV",
    "EXPOSE",
    "FROM",
    "HEALTHCHECK",
    "LABEL",
    "MAINTAINER",
    "ONBUILD",
    "RUN",
    "SHELL",
    "STOPSIGNAL",
    "USER",
    "VOLUME",
    "WORKDIR",
];

const NOT_STRINGS: &str = "when using JSON array syntax, arrays must be comprised of strings only";

/// The keyword of a line and what follows it.
fn keyword(line: &str) -> (&str, &str) {
    let line = line.trim();
    match line.find(words::is_blank) {
        Some(i) => (&line[..i], line[i..].trim_start_matches(words::is_blank)),
        None => (line, ""),
    }
}

/// Parses the logical line `text` that starts at `line`; reads the bodies of the
/// here-documents it opens from `reader`.
pub(super) fn parse(line: usize, text: &str, reader: &mut Reader) -> Result<Parsed> {
    let escape = reader.directives.escape;
    let (keyword, rest) = keyword(text);
    let (raw_flags, args) = flags::split(rest);
    let args = args.trim();
    let flags = |spec: Spec| flags::check(raw_flags.clone(), spec);
    let at_least_one = |name: &str| format!("{name} requires at least one argument");
    let exactly_one = |name: &str| {
        if args.is_empty() {
            Err(format!("{name} requires exactly one argument"))
        } else {
            Ok(args.to_string())
        }
    };
    let instruction = match keyword.to_ascii_lowercase().as_str() {
        "from" => return from(args, flags(FROM_FLAGS)?).map(Parsed::From),
        "run" => {
            let flags = flags(RUN_FLAGS)?;
            let (command, heredocs) = command_with_heredocs(args, reader)?;
            let empty = match &command {
                Command::Exec(argv) => argv.is_empty(),
                Command::Shell(s) => s.is_empty(),
            };
            if empty && heredocs.is_empty() {
                return Err(at_least_one("RUN"));
            }
            Instruction::Run {
                command,
                heredocs,
                flags,
            }
        }
        "cmd" => {
            flags(NO_FLAGS)?;
            Instruction::Cmd(command("CMD", args)?)
        }
        "entrypoint" => {
            flags(NO_FLAGS)?;
            Instruction::Entrypoint(command("ENTRYPOINT", args)?)
        }
        "shell" => {
            flags(NO_FLAGS)?;
            match words::json_array(args) {
                Json::Strings(argv) if !argv.is_empty() => Instruction::Shell(argv),
                Json::Strings(_) => return Err(at_least_one("SHELL")),
                Json::NotStrings => return Err(NOT_STRINGS.to_string()),
                Json::No if args.is_empty() => return Err(at_least_one("SHELL")),
                Json::No => return Err("SHELL requires the arguments to be in JSON form".into()),
            }
        }
        "copy" => Instruction::Copy(copy_spec("COPY", args, flags(COPY_FLAGS)?, reader)?),
        "add" => Instruction::Add(copy_spec("ADD", args, flags(ADD_FLAGS)?, reader)?),
        "env" => {
            flags(NO_FLAGS)?;
            Instruction::Env(name_values("ENV", args, escape)?)
        }
        "label" => {
            flags(NO_FLAGS)?;
            Instruction::Label(name_values("LABEL", args, escape)?)
        }
        "arg" => {
            flags(NO_FLAGS)?;
            Instruction::Arg(arg(args, escape)?)
        }
        "expose" => {
            flags(NO_FLAGS)?;
            let ports = words::split_blank(args);
            if ports.is_empty() {
                return Err(at_least_one("EXPOSE"));
            }
            Instruction::Expose(ports)
        }
        "volume" => {
            flags(NO_FLAGS)?;
            Instruction::Volume(volumes(args)?)
        }
        "workdir" => {
            flags(NO_FLAGS)?;
            Instruction::Workdir(exactly_one("WORKDIR")?)
        }
        "user" => {
            flags(NO_FLAGS)?;
            Instruction::User(exactly_one("USER")?)
        }
        "stopsignal" => {
            flags(NO_FLAGS)?;
            Instruction::StopSignal(exactly_one("STOPSIGNAL")?)
        }
        "maintainer" => {
            flags(NO_FLAGS)?;
            Instruction::Maintainer(exactly_one("MAINTAINER")?)
        }
        "onbuild" => {
            flags(NO_FLAGS)?;
            onbuild(line, args, reader)?
        }
        "healthcheck" => healthcheck(args, flags(HEALTH_FLAGS)?)?,
        _ => return Err(unknown(keyword)),
    };
    Ok(Parsed::Instruction(instruction))
}

fn unknown(keyword: &str) -> String {
    let upper = keyword.to_uppercase();
    let mut msg = format!("unknown instruction: {}", shown(&upper));
    if upper.len() <= 32 {
        let close = KEYWORDS
            .iter()
            .map(|k| (distance(k, &upper), k))
            .filter(|(d, _)| *d <= 2 && *d < upper.len())
            .min();
        if let Some((_, k)) = close {
            msg.push_str(&format!(" (did you mean {k}?)"));
        }
    }
    msg
}

/// Edit distance between two short strings.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// `FROM [--platform=P] IMAGE [AS NAME]`.
fn from(args: &str, flags: Flags) -> Result<From> {
    let words = words::split_blank(args);
    let name = match words.as_slice() {
        [_] => None,
        [_, as_, name] if as_.eq_ignore_ascii_case("as") => {
            let lower = name.to_ascii_lowercase();
            let mut chars = lower.chars();
            let valid = chars.next().is_some_and(|c| c.is_ascii_lowercase())
                && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c));
            if !valid {
                return Err(format!(
                    "invalid name for build stage: \"{}\", name can't start with a number or contain symbols",
                    shown(name)
                ));
            }
            Some(lower)
        }
        _ => return Err("FROM requires either one or three arguments".into()),
    };
    let platform = flags
        .into_iter()
        .find_map(|(n, v)| (n == "platform").then_some(v).flatten());
    Ok(From {
        image: words[0].clone(),
        name,
        platform,
    })
}

/// The command of CMD and ENTRYPOINT: `[]` is allowed (it clears the value), nothing is not.
fn command(name: &str, args: &str) -> Result<Command> {
    match words::json_array(args) {
        Json::Strings(argv) => Ok(Command::Exec(argv)),
        Json::NotStrings => Err(NOT_STRINGS.into()),
        Json::No if args.is_empty() => Err(format!("{name} requires at least one argument")),
        Json::No => Ok(Command::Shell(args.to_string())),
    }
}

/// RUN's command and, for the shell form, the here-documents it opens.
fn command_with_heredocs(args: &str, reader: &mut Reader) -> Result<(Command, Vec<Heredoc>)> {
    match words::json_array(args) {
        Json::Strings(argv) => Ok((Command::Exec(argv), Vec::new())),
        Json::NotStrings => Err(NOT_STRINGS.into()),
        Json::No => {
            let heredocs = heredocs(args, reader)?;
            Ok((Command::Shell(args.to_string()), heredocs))
        }
    }
}

/// Reads the bodies of the here-documents `args` opens, in order.
fn heredocs(args: &str, reader: &mut Reader) -> Result<Vec<Heredoc>> {
    let mut found = Vec::new();
    for opener in heredoc::openers(args)? {
        let Some(body) = reader.heredoc_body(&opener) else {
            return Err(format!("unterminated heredoc {}", shown(&opener.name)));
        };
        found.push(Heredoc {
            name: opener.name,
            body,
            expand: opener.expand,
        });
    }
    Ok(found)
}

/// COPY and ADD: sources and a destination, as a JSON array or words.
fn copy_spec(name: &str, args: &str, flags: Flags, reader: &mut Reader) -> Result<CopySpec> {
    let (mut words, heredocs) = match words::json_array(args) {
        Json::Strings(words) => (words, Vec::new()),
        Json::NotStrings => return Err(NOT_STRINGS.into()),
        Json::No => {
            let heredocs = heredocs(args, reader)?;
            (words::split_blank(args), heredocs)
        }
    };
    if words.len() < 2 {
        return Err(format!(
            "{name} requires at least two arguments, but only one was provided. Destination could not be determined"
        ));
    }
    let dest = words.pop().unwrap_or_default();
    if heredoc::opener(&dest)?.is_some() {
        return Err(format!("{name} cannot accept a heredoc as a destination"));
    }
    Ok(CopySpec {
        sources: words,
        dest,
        heredocs,
        flags,
    })
}

/// ENV and LABEL: `K=V ...`, or the old `K V` where the value is the rest of the line.
fn name_values(name: &str, args: &str, escape: char) -> Result<Vec<(String, String)>> {
    let words = words::split_quoted(args, escape);
    let Some(first) = words.first() else {
        return Err(format!("{name} requires at least one argument"));
    };
    if !first.contains('=') {
        let (key, value) = match args.find(words::is_blank) {
            Some(i) => (&args[..i], args[i..].trim_start_matches(words::is_blank)),
            None => (args, ""),
        };
        if value.is_empty() {
            return Err(format!("{name} must have two arguments"));
        }
        return Ok(vec![(key.to_string(), value.to_string())]);
    }
    let mut pairs = Vec::with_capacity(words.len());
    for word in words {
        let Some((key, value)) = word.split_once('=') else {
            return Err(format!(
                "Syntax error - can't find = in \"{}\". Must be of the form: name=value",
                shown(&word)
            ));
        };
        if key.is_empty() {
            return Err(format!("{name} names can not be blank"));
        }
        pairs.push((key.to_string(), value.to_string()));
    }
    Ok(pairs)
}

/// `ARG NAME[=DEFAULT] ...`.
fn arg(args: &str, escape: char) -> Result<Vec<Arg>> {
    let words = words::split_quoted(args, escape);
    if words.is_empty() {
        return Err("ARG requires at least one argument".into());
    }
    words
        .into_iter()
        .map(|word| {
            let (name, default) = match word.split_once('=') {
                Some((name, default)) => (name.to_string(), Some(default.to_string())),
                None => (word, None),
            };
            if name.is_empty() {
                return Err("ARG names can not be blank".to_string());
            }
            Ok(Arg { name, default })
        })
        .collect()
}

/// `VOLUME ["/a", "/b"]` or `VOLUME /a /b`.
fn volumes(args: &str) -> Result<Vec<String>> {
    let paths = match words::json_array(args) {
        Json::Strings(paths) => paths,
        Json::NotStrings => return Err(NOT_STRINGS.into()),
        Json::No => words::split_blank(args),
    };
    if paths.is_empty() {
        return Err("VOLUME requires at least one argument".into());
    }
    paths
        .into_iter()
        .map(|p| match p.trim() {
            "" => Err("VOLUME specified can not be an empty string".to_string()),
            p => Ok(p.to_string()),
        })
        .collect()
}

/// `ONBUILD INSTRUCTION`: the trigger is parsed now so that a typo fails this build, not the
/// build of the image that uses this one as a base.
fn onbuild(line: usize, args: &str, reader: &mut Reader) -> Result<Instruction> {
    if args.is_empty() {
        return Err("ONBUILD requires at least one argument".into());
    }
    let (trigger, _) = keyword(args);
    let trigger = trigger.to_ascii_uppercase();
    match trigger.as_str() {
        "ONBUILD" => return Err("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed".into()),
        "FROM" | "MAINTAINER" => {
            return Err(format!("{trigger} isn't allowed as an ONBUILD trigger"));
        }
        _ => {}
    }
    match parse(line, args, reader)? {
        Parsed::Instruction(value) => Ok(Instruction::Onbuild(Box::new(Located {
            line,
            text: args.to_string(),
            value,
        }))),
        Parsed::From(_) => Err("FROM isn't allowed as an ONBUILD trigger".into()),
    }
}

/// `HEALTHCHECK NONE` or `HEALTHCHECK [flags] CMD command`.
fn healthcheck(args: &str, flags: Flags) -> Result<Instruction> {
    let (kind, rest) = match args.find(char::is_whitespace) {
        Some(i) => (&args[..i], args[i..].trim_start()),
        None => (args, ""),
    };
    let kind = kind.to_ascii_uppercase();
    match kind.as_str() {
        "" => return Err("HEALTHCHECK requires at least one argument".into()),
        "NONE" if rest.is_empty() => return Ok(Instruction::Healthcheck(Health::None)),
        "NONE" => return Err("HEALTHCHECK NONE takes no arguments".into()),
        "CMD" => {}
        _ => {
            return Err(format!(
                "Unknown type \"{}\" in HEALTHCHECK (try CMD)",
                shown(&kind)
            ));
        }
    }
    let test = match words::json_array(rest) {
        Json::Strings(argv) if !argv.is_empty() => Command::Exec(argv),
        Json::NotStrings => return Err(NOT_STRINGS.into()),
        Json::No if !rest.is_empty() => Command::Shell(rest.to_string()),
        _ => return Err("Missing command after HEALTHCHECK CMD".into()),
    };
    for (name, value) in &flags {
        let value = value.as_deref().unwrap_or_default();
        if name == "retries" {
            match value.parse::<i32>() {
                Ok(n) if n < 0 => return Err(format!("--retries cannot be negative ({n})")),
                Ok(_) => {}
                Err(_) => return Err(format!("invalid --retries value \"{}\"", shown(value))),
            }
        } else {
            duration::health_interval(name, value)?;
        }
    }
    Ok(Instruction::Healthcheck(Health::Check { test, flags }))
}
