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

/// Parse `--since` (`since`) or `--until`: RFC 3339 (`2024-01-02T03:04:05Z`), a date and
/// time without a zone (the local one), a date, Unix seconds, or a duration (`10m`,
/// `1h30m`, `-1s`), counted back from now for `--since` and ahead for `--until`.
pub fn parse_time(s: &str, now: jiff::Timestamp, since: bool) -> anyhow::Result<jiff::Timestamp> {
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
    if let Ok(d) = s.parse::<jiff::SignedDuration>() {
        let t = match since {
            true => now.checked_sub(d),
            false => now.checked_add(d),
        };
        return t.with_context(|| format!("invalid time {s:?}: out of range"));
    }
    let civil = (s.parse::<jiff::civil::DateTime>()).or_else(|_| {
        s.parse::<jiff::civil::Date>()
            .map(|d| d.to_datetime(jiff::civil::Time::midnight()))
    });
    if let Ok(dt) = civil
        && let Ok(z) = dt.to_zoned(jiff::tz::TimeZone::system())
    {
        return Ok(z.timestamp());
    }
    bail!(
        "invalid time {s:?}: use RFC 3339 (2024-01-02T03:04:05Z), a duration like 10m, or Unix seconds"
    )
}

/// Write one record the way `logs` shows it, after `prefix` (the container's short id when
/// several are shown).
fn emit(rec: &logfile::Record<'_>, opts: &Options, prefix: &str) -> anyhow::Result<()> {
    let mut out = Vec::with_capacity(prefix.len() + rec.content.len() + 40);
    out.extend_from_slice(prefix.as_bytes());
    if opts.timestamps {
        use std::io::Write;
        write!(out, "{:.9} ", rec.time)?;
    }
    out.extend_from_slice(rec.content);
    if rec.full {
        out.push(b'\n');
    }
    match rec.stream {
        Stream::Stdout => crate::term::raw(&out)?,
        Stream::Stderr => crate::term::raw_stderr(&out)?,
    }
    Ok(())
}

fn wanted(rec: &logfile::Record<'_>, opts: &Options) -> bool {
    opts.since.is_none_or(|s| rec.time >= s) && opts.until.is_none_or(|u| rec.time <= u)
}

/// Print the log of one container (its rotated files first, oldest first); with
/// `follow`, keep printing until the container is no longer running.
pub fn show(store: &Store, rec: &ContainerRecord, opts: &Options) -> anyhow::Result<()> {
    show_many(store, std::slice::from_ref(rec), opts)
}

/// [`show`] for several containers: their lines merged by time, each after the
/// container's short id (podman's shape); `follow` goes on until none runs (or `until`).
pub fn show_many(store: &Store, recs: &[ContainerRecord], opts: &Options) -> anyhow::Result<()> {
    let mut logs = Vec::with_capacity(recs.len());
    for rec in recs {
        if !rec.spec.log.writes_file() {
            bail!(
                "this container is using the '{}' log driver, cannot read logs",
                rec.spec.log.driver()
            );
        }
        let prefix = match recs.len() {
            1 => String::new(),
            _ => format!("{} ", &rec.id[..12]),
        };
        logs.push(Log::read(store, rec, prefix)?);
    }
    let mut shown: Vec<(jiff::Timestamp, usize, &[u8])> = Vec::new();
    for (i, log) in logs.iter().enumerate() {
        let lines = log.lines();
        let skip = opts.tail.map_or(0, |n| lines.len().saturating_sub(n));
        for line in &lines[skip..] {
            if let Some(r) = logfile::parse(line)
                && wanted(&r, opts)
            {
                shown.push((r.time, i, line));
            }
        }
    }
    // Stable: a container's own lines keep their order.
    shown.sort_by_key(|(t, ..)| *t);
    for (_, i, line) in shown {
        if let Some(r) = logfile::parse(line) {
            emit(&r, opts, &logs[i].prefix)?;
        }
    }
    if !opts.follow {
        return Ok(());
    }
    let mut followers: Vec<(Follower, &Log)> = logs.iter().map(|l| (l.follower(), l)).collect();
    loop {
        let mut any_running = false;
        for (follower, log) in &mut followers {
            // Checked before reading, so what the container wrote before it ended is shown.
            let running = store.is_running(&log.id);
            any_running |= running;
            // A rotation renamed our file: finish it, then go on with the new one.
            while follower.read_new(&log.path, opts, &log.prefix)? {}
        }
        if !any_running || opts.until.is_some_and(|u| jiff::Timestamp::now() > u) {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// One container's log as read so far.
struct Log {
    id: String,
    path: std::path::PathBuf,
    prefix: String,
    data: Vec<u8>,
    /// The end of the last whole line in `data`.
    complete: usize,
    file: Option<std::fs::File>,
    read_of_current: u64,
}

impl Log {
    fn read(store: &Store, rec: &ContainerRecord, prefix: String) -> anyhow::Result<Log> {
        let path = crate::runtime::monitor::log_path(store, rec);
        let mut data = Vec::new();
        let mut file = None;
        let mut read_of_current = 0;
        for p in logfile::all_files(&path) {
            let mut f = match std::fs::File::open(&p) {
                Ok(f) => f,
                // Rotated away meanwhile, or never written.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e).with_context(|| format!("opening {}", p.display())),
            };
            let n = f
                .read_to_end(&mut data)
                .with_context(|| format!("reading {}", p.display()))?;
            if p == path {
                file = Some(f);
                read_of_current = n as u64;
            }
        }
        // Only whole lines; a record being written stays for the next read.
        let complete = data.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        Ok(Log {
            id: rec.id.clone(),
            path,
            prefix,
            data,
            complete,
            file,
            read_of_current,
        })
    }

    fn lines(&self) -> Vec<&[u8]> {
        (self.data[..self.complete].split(|&b| b == b'\n'))
            .filter(|l| !l.is_empty())
            .collect()
    }

    fn follower(&self) -> Follower {
        Follower {
            offset: self.read_of_current,
            file: self.file.as_ref().and_then(|f| f.try_clone().ok()),
            pending: self.data[self.complete..].to_vec(),
        }
    }
}

/// `logs -f`: where the reading of the current log file stands.
struct Follower {
    file: Option<std::fs::File>,
    offset: u64,
    /// The start of a record still being written.
    pending: Vec<u8>,
}

impl Follower {
    /// Print the records added since the last call; true when the log was rotated and
    /// the new file is open now, to be read at once.
    fn read_new(
        &mut self,
        path: &std::path::Path,
        opts: &Options,
        prefix: &str,
    ) -> anyhow::Result<bool> {
        use std::os::unix::fs::MetadataExt;
        let Some(f) = &mut self.file else {
            self.file = std::fs::File::open(path).ok();
            self.offset = 0;
            return Ok(self.file.is_some());
        };
        // Looked at before reading: once the name is another file, ours gets no more.
        let rotated = std::fs::metadata(path)
            .ok()
            .zip(f.metadata().ok())
            .is_some_and(|(now, ours)| now.ino() != ours.ino());
        if f.metadata().is_ok_and(|m| m.len() < self.offset) {
            // Emptied (max-file=1): start over.
            self.offset = 0;
            self.pending.clear();
        }
        f.seek(SeekFrom::Start(self.offset))?;
        let mut more = Vec::new();
        f.read_to_end(&mut more)?;
        self.offset += more.len() as u64;
        self.pending.extend_from_slice(&more);
        if let Some(end) = self.pending.iter().rposition(|&b| b == b'\n') {
            for line in self.pending[..end].split(|&b| b == b'\n') {
                if let Some(r) = logfile::parse(line)
                    && wanted(&r, opts)
                {
                    emit(&r, opts, prefix)?;
                }
            }
            self.pending.drain(..=end);
        }
        if rotated {
            self.file = std::fs::File::open(path).ok();
            self.offset = 0;
            self.pending.clear();
            return Ok(self.file.is_some());
        }
        Ok(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse() {
        let now: jiff::Timestamp = "2024-05-01T12:00:00Z".parse().unwrap();
        assert_eq!(
            parse_time("10m", now, true).unwrap(),
            "2024-05-01T11:50:00Z".parse::<jiff::Timestamp>().unwrap()
        );
        assert_eq!(
            parse_time("1h30m", now, true).unwrap(),
            "2024-05-01T10:30:00Z".parse::<jiff::Timestamp>().unwrap()
        );
        assert_eq!(
            parse_time("2024-01-02T03:04:05Z", now, true)
                .unwrap()
                .as_second(),
            1704164645
        );
        assert_eq!(
            parse_time("1704164645", now, true).unwrap().as_second(),
            1704164645
        );
        // --until counts ahead, a negative --since too.
        assert_eq!(
            parse_time("3s", now, false).unwrap(),
            "2024-05-01T12:00:03Z".parse::<jiff::Timestamp>().unwrap()
        );
        assert_eq!(
            parse_time("-1s", now, true).unwrap(),
            "2024-05-01T12:00:01Z".parse::<jiff::Timestamp>().unwrap()
        );
        assert!(parse_time("2024-01-02T03:04:05", now, true).is_ok());
        assert!(parse_time("2024-01-02", now, true).is_ok());
        for bad in ["", "yesterday", "10x", "2024-13-02"] {
            assert!(parse_time(bad, now, true).is_err(), "{bad}");
        }
    }
}
