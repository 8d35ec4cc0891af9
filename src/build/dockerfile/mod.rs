//! A Dockerfile as written: parser directives, the global `ARG`s before the first `FROM`, and
//! the stages with their instructions. Words are kept unexpanded (`${VAR}` is substituted
//! by the builder through [`expand`], which knows the ARG and ENV values in scope at each step).
//!
//! The parser follows the reference frontend's rules: directives only at the very top,
//! comments and blank lines skipped (also inside a continuation), the escape character
//! joining lines, case-insensitive keywords, exec form only for a valid JSON array of
//! strings, here-documents for RUN, COPY and ADD. It runs in time linear in the input, never
//! recurses on the input's nesting, and every error is one line: `FILE:LINE: message`.
//! docs/build.md has the rules in prose.

pub mod ast;
pub mod duration;
pub mod expand;
mod flags;
mod heredoc;
mod instruction;
mod lines;
mod words;

pub use ast::*;

use instruction::Parsed;
use lines::Reader;

/// The largest Dockerfile berth reads. Real ones are kilobytes; heredocs that embed files
/// make a few megabytes at most. Readers stop at one byte more and let [`parse_bytes`] refuse.
pub const MAX_DOCKERFILE_BYTES: usize = 8 << 20;

/// A Dockerfile that could not be parsed; displays as `FILE:LINE: message`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct ParseError {
    /// The name shown for the file (`Dockerfile`, `Containerfile`, a path).
    pub file: String,
    /// 1-based line of the instruction at fault (its first line).
    pub line: usize,
    pub message: String,
}

impl ParseError {
    fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        ParseError {
            file: file.to_string(),
            line: line.max(1),
            message: one_line(&message.into()),
        }
    }
}

/// Parses a Dockerfile read as bytes: refuses input over [`MAX_DOCKERFILE_BYTES`] and
/// invalid UTF-8 (naming the line), then [`parse`]s it.
pub fn parse_bytes(bytes: &[u8], file: &str) -> Result<Dockerfile, ParseError> {
    if bytes.len() > MAX_DOCKERFILE_BYTES {
        return Err(ParseError::new(
            file,
            1,
            format!("file is larger than {} MiB", MAX_DOCKERFILE_BYTES >> 20),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text, file),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            Err(ParseError::new(file, line, "invalid UTF-8"))
        }
    }
}

/// Parses a whole Dockerfile. `file` is the name errors show.
pub fn parse(text: &str, file: &str) -> Result<Dockerfile, ParseError> {
    let mut reader = Reader::new(text);
    let mut global_args = Vec::new();
    let mut stages: Vec<Stage> = Vec::new();
    let mut last_line = 1;
    while let Some((line, joined)) = next(&mut reader, file)? {
        last_line = line;
        let parsed = instruction::parse(line, &joined, &mut reader)
            .map_err(|m| ParseError::new(file, line, m))?;
        let text = joined.trim().to_string();
        match parsed {
            Parsed::From(from) => {
                let taken = |name: &String| {
                    stages
                        .iter()
                        .any(|s| s.from.value.name.as_ref() == Some(name))
                };
                if let Some(name) = from.name.as_ref().filter(|n| taken(n)) {
                    let msg = format!("duplicate stage name \"{name}\"");
                    return Err(ParseError::new(file, line, msg));
                }
                stages.push(Stage {
                    from: Located {
                        line,
                        text,
                        value: from,
                    },
                    instructions: Vec::new(),
                });
            }
            Parsed::Instruction(value) => match (stages.last_mut(), value) {
                (Some(stage), value) => stage.instructions.push(Located { line, text, value }),
                (None, Instruction::Arg(args)) => {
                    global_args.extend(args.into_iter().map(|value| Located {
                        line,
                        text: text.clone(),
                        value,
                    }));
                }
                (None, _) => {
                    let (keyword, _) = text.split_once(char::is_whitespace).unwrap_or((&text, ""));
                    let msg = format!(
                        "no build stage in current context: {} comes before the first FROM",
                        shown(&keyword.to_uppercase())
                    );
                    return Err(ParseError::new(file, line, msg));
                }
            },
        }
    }
    if stages.is_empty() {
        let msg = if global_args.is_empty() {
            "file with no instructions"
        } else {
            "no FROM instruction"
        };
        return Err(ParseError::new(file, last_line, msg));
    }
    Ok(Dockerfile {
        escape: reader.directives.escape,
        syntax: reader.directives.syntax,
        global_args,
        stages,
    })
}

/// Parses instructions outside a Dockerfile: ONBUILD triggers stored in an image (see
/// [`trigger_text`]) and `commit --change` values. No directives, no FROM.
pub fn parse_instructions(
    text: &str,
    escape: char,
    file: &str,
) -> Result<Vec<Located<Instruction>>, ParseError> {
    let mut reader = Reader::fragment(text, escape);
    let mut found = Vec::new();
    while let Some((line, joined)) = next(&mut reader, file)? {
        match instruction::parse(line, &joined, &mut reader) {
            Ok(Parsed::Instruction(value)) => found.push(Located {
                line,
                text: joined.trim().to_string(),
                value,
            }),
            Ok(Parsed::From(_)) => {
                return Err(ParseError::new(file, line, "FROM isn't allowed here"));
            }
            Err(m) => return Err(ParseError::new(file, line, m)),
        }
    }
    Ok(found)
}

/// The text an ONBUILD trigger is stored as in an image's config: the instruction line, then
/// each here-document's body and terminator. [`parse_instructions`] reads it back.
pub fn trigger_text(trigger: &Located<Instruction>) -> String {
    let heredocs: &[Heredoc] = match &trigger.value {
        Instruction::Run { heredocs, .. } => heredocs,
        Instruction::Copy(spec) | Instruction::Add(spec) => &spec.heredocs,
        _ => &[],
    };
    with_heredocs(&trigger.text, heredocs)
}

/// A shell-form line followed by its here-documents (each body, then its terminator): the
/// script a shell runs for `RUN cat <<EOF > /file` so that it reads the bodies itself.
pub fn with_heredocs(line: &str, heredocs: &[Heredoc]) -> String {
    let mut text = line.to_string();
    for heredoc in heredocs {
        text.push('\n');
        text.push_str(&heredoc.body);
        text.push_str(&heredoc.name);
    }
    text
}

fn next(reader: &mut Reader, file: &str) -> Result<Option<(usize, String)>, ParseError> {
    reader
        .next_logical()
        .map_err(|(line, msg)| ParseError::new(file, line, msg))
}

/// A message with its control characters escaped.
fn one_line(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    push_escaped(&mut out, message.chars());
    out
}

/// User text inside a message: at most 80 characters, control characters escaped, so that
/// the message stays one short line.
fn shown(s: &str) -> String {
    const MAX: usize = 80;
    let mut out = String::new();
    push_escaped(&mut out, s.chars().take(MAX));
    if s.chars().nth(MAX).is_some() {
        out.push_str("...");
    }
    out
}

fn push_escaped(out: &mut String, chars: impl Iterator<Item = char>) {
    for c in chars {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests;
