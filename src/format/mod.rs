//! The only place that prints: error lines, logging, tables, JSON, human sizes and times.
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod filter;
pub mod progress;
mod table;
pub mod template;
mod time;

use std::io::Write;

use crate::spec::log::LogLevel;

pub use table::Table;
pub use time::{go_time, human_duration, time_ago, time_ago_from};

struct StderrLogger;

impl log::Log for StderrLogger {
    fn enabled(&self, meta: &log::Metadata) -> bool {
        meta.level() <= log::max_level()
    }
    fn log(&self, record: &log::Record) {
        if self.enabled(record.metadata()) {
            let level = record.level().as_str().to_ascii_lowercase();
            let _ = writeln!(std::io::stderr(), "berth: {level}: {}", record.args());
        }
    }
    fn flush(&self) {}
}

static LOGGER: StderrLogger = StderrLogger;

pub fn init_logging(level: LogLevel) {
    let filter = match level {
        LogLevel::Error => log::LevelFilter::Error,
        LogLevel::Warn => log::LevelFilter::Warn,
        LogLevel::Info => log::LevelFilter::Info,
        LogLevel::Debug => log::LevelFilter::Debug,
        LogLevel::Trace => log::LevelFilter::Trace,
    };
    let _ = log::set_logger(&LOGGER);
    log::set_max_level(filter);
}

/// The one line a user sees when berth fails: the error and its causes, joined by ": ".
pub fn error_line(err: &anyhow::Error) {
    let _ = writeln!(
        std::io::stderr(),
        "Error: {}",
        terminal_safe(&format!("{err:#}"))
    );
}

/// A usage error from clap, reduced to one line.
pub fn usage_error(err: &clap::Error) {
    let text = err.to_string();
    let first = text.lines().next().unwrap_or("invalid usage");
    let first = first.strip_prefix("error: ").unwrap_or(first);
    let _ = writeln!(
        std::io::stderr(),
        "Error: {} (see --help)",
        terminal_safe(first)
    );
}

/// A one-line notice on stderr (fallbacks, warnings the user should see once).
pub fn notice(msg: &str) {
    let _ = writeln!(std::io::stderr(), "berth: {}", terminal_safe(msg));
}

/// Messages quote hostile text (image names, tar paths, registry replies): control
/// characters (escape sequences, carriage returns, newlines) and bidirectional overrides are
/// shown escaped (`\u{1b}`), so a message stays one line and cannot drive the terminal.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !text.chars().any(unsafe_char) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Print a line of data on stdout.
pub fn line(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")
}

/// Print a value as indented JSON on stdout.
pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

/// Print a titled block of aligned "Key: value" lines, docker's `version`/`info` layout:
///
/// ```text
/// Client:
///  Version:    0.1.0
///  OS/Arch:    linux/amd64
/// ```
///
/// An empty title prints the lines without a heading and without the one-space indent.
pub fn key_values(title: &str, rows: &[(&str, String)]) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(render_key_values(title, rows).as_bytes())?;
    out.flush()
}

fn render_key_values(title: &str, rows: &[(&str, String)]) -> String {
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0).max(19) + 1;
    // Without a heading there is no indent; pad one more so values line up with the
    // indented blocks that follow.
    let (indent, width) = if title.is_empty() {
        ("", width + 1)
    } else {
        (" ", width)
    };
    let mut s = String::new();
    if !title.is_empty() {
        s.push_str(title);
        s.push('\n');
    }
    for (k, v) in rows {
        s.push_str(format!("{indent}{k:<width$}{v}").trim_end_matches(' '));
        s.push('\n');
    }
    s
}

/// Write bytes to stderr unchanged (a container's stderr replayed by `logs`).
pub fn raw_stderr(data: &[u8]) -> std::io::Result<()> {
    let mut err = std::io::stderr().lock();
    err.write_all(data)?;
    err.flush()
}

/// Write bytes to stdout unchanged (generated scripts, archives).
pub fn raw(data: &[u8]) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(data)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    #[test]
    fn key_values_align() {
        let rows = [
            ("Version:", "0.1.0".to_owned()),
            ("OS/Arch:", "linux/amd64".into()),
        ];
        assert_eq!(
            super::render_key_values("Client:", &rows),
            "Client:\n Version:            0.1.0\n OS/Arch:            linux/amd64\n"
        );
        assert_eq!(
            super::render_key_values("", &[("Empty:", String::new())]),
            "Empty:\n"
        );
    }

    #[test]
    fn hostile_text_is_shown_escaped() {
        assert_eq!(super::terminal_safe("plain: ünïcode"), "plain: ünïcode");
        assert_eq!(
            super::terminal_safe("a\u{1b}[2J\u{1b}]0;x\u{7}b\r\nc\u{9b}d\u{202e}e"),
            "a\\u{1b}[2J\\u{1b}]0;x\\u{7}b\\r\\nc\\u{9b}d\\u{202e}e"
        );
    }
}
