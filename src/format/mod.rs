//! How berth presents things: error lines, tables, templates, JSON, human sizes and times.
//! The plain stderr/stdout primitives below it (notices, raw bytes, the logger) are in
//! `term`, re-exported here.
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod filter;
pub mod help;
pub mod progress;
mod table;
pub mod template;
mod time;

use std::io::Write;

pub use crate::term::{init_logging, notice, raw, raw_stderr, terminal_safe};
pub use table::Table;
pub use time::{go_time, human_duration, rfc3339, time_ago, time_ago_from};

/// The one line a user sees when berth fails: the error and its causes, joined by ": ".
pub fn error_line(err: &anyhow::Error) {
    let _ = writeln!(
        std::io::stderr(),
        "Error: {}",
        terminal_safe(&format!("{err:#}"))
    );
}

/// A usage error, as one line.
pub fn usage_error(line: &str) {
    let _ = writeln!(std::io::stderr(), "Error: {}", terminal_safe(line));
}

/// Print a line of data on stdout.
pub fn line(text: &str) -> std::io::Result<()> {
    if crate::term::stdout_off() {
        return Ok(());
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")
}

/// Print a value as indented JSON on stdout.
pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    if crate::term::stdout_off() {
        return Ok(());
    }
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
    if crate::term::stdout_off() {
        return Ok(());
    }
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
}
