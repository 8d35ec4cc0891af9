//! The physical lines of a Dockerfile turned into logical ones: parser directives at the top,
//! comments and blank lines dropped, continuation lines joined, heredoc bodies read raw.

use super::heredoc;

/// Parser directives (`# syntax=`, `# escape=`, `# check=`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Directives {
    pub escape: char,
    pub syntax: Option<String>,
    pub check: Option<String>,
}

/// Reads logical lines one at a time; heredoc bodies are read on request, right after the
/// line that opens them.
pub(super) struct Reader<'a> {
    lines: std::str::Split<'a, char>,
    /// The 1-based number of the last physical line read.
    line: usize,
    pub directives: Directives,
    directives_done: bool,
    /// escape, syntax, check: each may be given once.
    seen: [bool; 3],
}

/// An error at a line, before the file name is attached.
pub(super) type LineError = (usize, String);

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Reader {
            lines: text.split('\n'),
            line: 0,
            directives: Directives {
                escape: '\\',
                syntax: None,
                check: None,
            },
            directives_done: false,
            seen: [false; 3],
        }
    }

    /// A reader for instruction text with the directives already known (ONBUILD triggers,
    /// `commit --change`).
    pub fn fragment(text: &'a str, escape: char) -> Self {
        let mut reader = Reader::new(text);
        reader.directives.escape = escape;
        reader.directives_done = true;
        reader
    }

    fn next_physical(&mut self) -> Option<&'a str> {
        let raw = self.lines.next()?;
        self.line += 1;
        Some(raw)
    }

    /// The next instruction: its first line's number and its text with continuations
    /// joined (leading blanks of the first line removed), or `None` at the end.
    pub fn next_logical(&mut self) -> Result<Option<(usize, String)>, LineError> {
        while let Some(raw) = self.next_physical() {
            let first = trim_newline(raw).trim_start();
            if !self.directives_done {
                if let Some((key, value)) = directive(first) {
                    self.set_directive(&key, value)?;
                    continue;
                }
                self.directives_done = true;
            }
            if is_comment(first) {
                continue;
            }
            let (text, mut done) = self.trim_continuation(first);
            if done && text.is_empty() {
                continue;
            }
            let start = self.line;
            let mut joined = text.to_string();
            while !done {
                let Some(raw) = self.next_physical() else {
                    break;
                };
                let next = trim_newline(raw);
                // Comments and blank lines inside a continuation are skipped, not ends.
                if is_comment(next) || next.trim_start().is_empty() {
                    continue;
                }
                let (text, end) = self.trim_continuation(next);
                joined.push_str(text);
                done = end;
            }
            return Ok(Some((start, joined)));
        }
        Ok(None)
    }

    /// The body of a here-document, up to the line that is exactly `opener.name` (after
    /// leading tabs for `<<-`). `None` when the file ends first.
    pub fn heredoc_body(&mut self, opener: &heredoc::Opener) -> Option<String> {
        let mut body = String::new();
        loop {
            let raw = self.next_physical()?;
            let mut candidate = trim_newline(raw);
            if opener.chomp {
                candidate = candidate.trim_start_matches('\t');
            }
            if candidate == opener.name {
                break;
            }
            body.push_str(raw);
            body.push('\n');
        }
        Some(if opener.chomp {
            heredoc::chomp(&body)
        } else {
            body
        })
    }

    /// `line` without a trailing escape character (and blanks after it), and whether it
    /// ends the instruction.
    fn trim_continuation<'l>(&self, line: &'l str) -> (&'l str, bool) {
        let trimmed = line.trim_end_matches([' ', '\t']);
        match trimmed.strip_suffix(self.directives.escape) {
            Some(text) => (text, false),
            None => (line, true),
        }
    }

    fn set_directive(&mut self, key: &str, value: &str) -> Result<(), LineError> {
        let index = match key {
            "escape" => 0,
            "syntax" => 1,
            _ => 2,
        };
        if std::mem::replace(&mut self.seen[index], true) {
            return Err((
                self.line,
                format!("only one {key} parser directive can be used"),
            ));
        }
        match index {
            0 => {
                let mut chars = value.chars();
                match (chars.next(), chars.next()) {
                    (Some(c @ ('\\' | '`')), None) => self.directives.escape = c,
                    _ => {
                        let shown = super::shown(value);
                        let msg = format!("invalid escape token '{shown}' does not match ` or \\");
                        return Err((self.line, msg));
                    }
                }
            }
            1 => self.directives.syntax = Some(value.to_string()),
            _ => self.directives.check = Some(value.to_string()),
        }
        Ok(())
    }
}

/// A line without the `\r` of a CRLF ending.
fn trim_newline(raw: &str) -> &str {
    raw.trim_end_matches('\r')
}

fn is_comment(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// `# key=value` with a known key (`syntax`, `escape`, `check`, any case): the key lower-cased
/// and the value without surrounding blanks. Anything else ends the directives.
fn directive(line: &str) -> Option<(String, &str)> {
    let rest = line.strip_prefix('#')?.trim_start();
    let key_len = rest
        .char_indices()
        .find(|&(i, c)| !(c.is_ascii_alphabetic() || i > 0 && c.is_ascii_digit()))
        .map_or(rest.len(), |(i, _)| i);
    let (key, rest) = rest.split_at(key_len);
    let value = rest.trim_start().strip_prefix('=')?.trim();
    let key = key.to_ascii_lowercase();
    if value.is_empty() || !matches!(key.as_str(), "syntax" | "escape" | "check") {
        return None;
    }
    Some((key, value))
}
