//! berth's own stderr and stdout at their plainest: the logger, one-line notices, bytes
//! passed through unchanged, and the escaping of hostile text. Every layer may print a
//! notice (a storage driver falling back) or pass a container's bytes on (`logs`); the
//! presentation (tables, templates, JSON, error lines) is `format`'s, at the top.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::Write;

use crate::spec::log::LogLevel;

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
        LogLevel::Panic | LogLevel::Fatal | LogLevel::Error => log::LevelFilter::Error,
        LogLevel::Warn => log::LevelFilter::Warn,
        LogLevel::Info => log::LevelFilter::Info,
        LogLevel::Debug => log::LevelFilter::Debug,
        LogLevel::Trace => log::LevelFilter::Trace,
    };
    let _ = log::set_logger(&LOGGER);
    log::set_max_level(filter);
}

/// A one-line notice on stderr (fallbacks, warnings the user should see once).
pub fn notice(msg: &str) {
    let _ = writeln!(std::io::stderr(), "berth: {}", terminal_safe(msg));
}

/// Messages quote hostile text (image names, tar paths, registry replies): control
/// characters (escape sequences, carriage returns, newlines) and bidirectional overrides are
/// shown escaped (`\u{1b}`), so a message stays one line and cannot drive the terminal.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let hostile =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !text.chars().any(hostile) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hostile(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Write bytes to stderr unchanged (a container's stderr replayed by `logs`).
pub fn raw_stderr(data: &[u8]) -> std::io::Result<()> {
    let mut err = std::io::stderr().lock();
    err.write_all(data)?;
    err.flush()
}

/// `--noout`: berth's own output on stdout is dropped (a container's is not).
static NO_STDOUT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn set_no_stdout() {
    NO_STDOUT.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Whether `--noout` was given: writers of berth's own stdout print nothing.
pub fn stdout_off() -> bool {
    NO_STDOUT.load(std::sync::atomic::Ordering::Relaxed)
}

/// Write bytes to stdout unchanged (generated scripts, archives).
pub fn raw(data: &[u8]) -> std::io::Result<()> {
    if stdout_off() {
        return Ok(());
    }
    let mut out = std::io::stdout().lock();
    out.write_all(data)?;
    out.flush()
}

/// Writing to a closed stdout (`berth images | head -1`) is not a failure worth a message;
/// the reader went away.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn hostile_text_is_shown_escaped() {
        assert_eq!(super::terminal_safe("plain: ünïcode"), "plain: ünïcode");
        assert_eq!(
            super::terminal_safe("a\u{1b}[2J\u{1b}]0;x\u{7}b\r\nc\u{9b}d\u{202e}e"),
            "a\\u{1b}[2J\\u{1b}]0;x\\u{7}b\\r\\nc\\u{9b}d\\u{202e}e"
        );
    }
}
