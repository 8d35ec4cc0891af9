//! Reading a container's log for `berth logs`: filters by time and count, stdout and
//! stderr kept apart, and following the file until the container ends.

use std::io::{Read, Seek, SeekFrom};
use std::time::Duration;

use anyhow::{Context as _, bail};

use super::logfile::{self, Stream};
use crate::store::Store;
use crate::store::containers::ContainerRecord;

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub follow: bool,
    pub timestamps: bool,
    /// Only the last N lines.
    pub tail: Option<usize>,
    pub since: Option<jiff::Timestamp>,
    pub until: Option<jiff::Timestamp>,
}

/// Parse `--since`/`--until`: RFC 3339 (`2024-01-02T03:04:05Z`), a duration back from now
/// (`10m`, `1h30m`, `90s`), or Unix seconds.
pub fn parse_time(s: &str, now: jiff::Timestamp) -> anyhow::Result<jiff::Timestamp> {
    if let Ok(t) = s.parse::<jiff::Timestamp>() {
        return Ok(t);
    }
    if let Ok(secs) = s.parse::<f64>()
        && secs.is_finite()
        && secs >= 0.0
    {
        return jiff::Timestamp::from_duration(jiff::SignedDuration::from_secs_f64(secs))
            .with_context(|| format!("invalid time {s:?}"));
    }
    if let Ok(d) = s.parse::<jiff::SignedDuration>()
        && !d.is_negative()
    {
        return now
            .checked_sub(d)
            .with_context(|| format!("invalid time {s:?}: too far back"));
    }
    bail!(
        "invalid time {s:?}: use RFC 3339 (2024-01-02T03:04:05Z), a duration like 10m, or Unix seconds"
    )
}

/// Write one record the way `logs` shows it.
fn emit(rec: &logfile::Record<'_>, opts: &Options) -> anyhow::Result<()> {
    let mut out = Vec::with_capacity(rec.content.len() + 40);
    if opts.timestamps {
        use std::io::Write;
        write!(out, "{:.9} ", rec.time)?;
    }
    out.extend_from_slice(rec.content);
    if rec.full {
        out.push(b'\n');
    }
    match rec.stream {
        Stream::Stdout => crate::format::raw(&out)?,
        Stream::Stderr => crate::format::raw_stderr(&out)?,
    }
    Ok(())
}

fn wanted(rec: &logfile::Record<'_>, opts: &Options) -> bool {
    opts.since.is_none_or(|s| rec.time >= s) && opts.until.is_none_or(|u| rec.time <= u)
}

/// Print the log; with `follow`, keep printing until the container is no longer running.
pub fn show(store: &Store, rec: &ContainerRecord, opts: &Options) -> anyhow::Result<()> {
    let path = super::monitor::log_path(store, &rec.id);
    let mut file = match std::fs::File::open(&path) {
        Ok(f) => Some(f),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e).with_context(|| format!("opening {}", path.display())),
    };
    let mut data = Vec::new();
    if let Some(f) = &mut file {
        f.read_to_end(&mut data)
            .with_context(|| format!("reading {}", path.display()))?;
    }
    // Only whole lines; a record being written stays for the next read.
    let complete = data.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let lines: Vec<&[u8]> = data[..complete]
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    let skip = match opts.tail {
        Some(n) => lines.len().saturating_sub(n),
        None => 0,
    };
    for line in &lines[skip..] {
        if let Some(r) = logfile::parse(line)
            && wanted(&r, opts)
        {
            emit(&r, opts)?;
        }
    }
    if !opts.follow {
        return Ok(());
    }
    let mut offset = complete as u64;
    let mut pending: Vec<u8> = data[complete..].to_vec();
    loop {
        // Checked before reading, so what the container wrote before it ended is shown.
        let running = store.is_running(&rec.id);
        if file.is_none() {
            file = std::fs::File::open(&path).ok();
        }
        if let Some(f) = &mut file {
            f.seek(SeekFrom::Start(offset))?;
            let mut more = Vec::new();
            f.read_to_end(&mut more)?;
            offset += more.len() as u64;
            pending.extend_from_slice(&more);
            if let Some(end) = pending.iter().rposition(|&b| b == b'\n') {
                for line in pending[..end].split(|&b| b == b'\n') {
                    if let Some(r) = logfile::parse(line)
                        && wanted(&r, opts)
                    {
                        emit(&r, opts)?;
                    }
                }
                pending.drain(..=end);
            }
        }
        if !running {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse() {
        let now: jiff::Timestamp = "2024-05-01T12:00:00Z".parse().unwrap();
        assert_eq!(
            parse_time("10m", now).unwrap(),
            "2024-05-01T11:50:00Z".parse::<jiff::Timestamp>().unwrap()
        );
        assert_eq!(
            parse_time("1h30m", now).unwrap(),
            "2024-05-01T10:30:00Z".parse::<jiff::Timestamp>().unwrap()
        );
        assert_eq!(
            parse_time("2024-01-02T03:04:05Z", now).unwrap().as_second(),
            1704164645
        );
        assert_eq!(
            parse_time("1704164645", now).unwrap().as_second(),
            1704164645
        );
        for bad in ["", "yesterday", "-5m", "10x"] {
            assert!(parse_time(bad, now).is_err(), "{bad}");
        }
    }
}
