//! The only place that prints: error lines, logging, tables, JSON, human sizes and times.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::Write;

use crate::cli::LogLevel;

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
    let _ = writeln!(std::io::stderr(), "Error: {err:#}");
}

/// A usage error from clap, reduced to one line.
pub fn usage_error(err: &clap::Error) {
    let text = err.to_string();
    let first = text.lines().next().unwrap_or("invalid usage");
    let first = first.strip_prefix("error: ").unwrap_or(first);
    let _ = writeln!(std::io::stderr(), "Error: {first} (see --help)");
}

/// A one-line notice on stderr (fallbacks, warnings the user should see once).
pub fn notice(msg: &str) {
    let _ = writeln!(std::io::stderr(), "berth: {msg}");
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
