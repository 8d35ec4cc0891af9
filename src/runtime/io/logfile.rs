//! The container log, `containers/<id>/container.log`, written by the monitor.
//!
//! One record per line: `<time> <stream> <tag> <content>\n`, where `<time>` is RFC 3339 in
//! UTC with nanoseconds, `<stream>` is `stdout` or `stderr`, and `<tag>` is `F` for a full
//! line (its newline was stripped) or `P` for a partial one (the content continues in the
//! next record of the same stream, or the stream ended without a newline). Content is the
//! raw bytes the container wrote, without the newline. This is the line format of the
//! kubelet's CRI log files, so existing tools read it.
//!
//! With `--log-opt max-size=N` the monitor rotates the log once it reaches N bytes:
//! `container.log` becomes `container.log.1`, older ones move up by one, and the oldest
//! beyond `max-file` files in all is deleted (with `max-file=1` the log is emptied instead).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::spec::log::LogOptions;
use anyhow::{Context as _, bail};

impl LogOptions {
    /// Parse `--log-driver` and the `--log-opt KEY=VALUE` arguments.
    pub fn parse(driver: Option<&str>, args: &[String]) -> anyhow::Result<LogOptions> {
        let mut opts = LogOptions::default();
        if let Some(d) = driver {
            if !crate::spec::log::LOG_DRIVERS.contains(&d) {
                bail!("invalid log driver {d:?}: use k8s-file, json-file, none or passthrough");
            }
            opts.driver = Some(d.to_owned());
        }
        for a in args {
            let Some((k, v)) = a.split_once('=') else {
                bail!("invalid --log-opt {a:?}: use KEY=VALUE (max-size, max-file, path)");
            };
            match k {
                "path" => {
                    if !v.starts_with('/') {
                        bail!("invalid --log-opt {a:?}: the path must be absolute");
                    }
                    opts.path = Some(PathBuf::from(v));
                }
                "max-size" => {
                    let n = crate::units::from_human_size(v)
                        .with_context(|| format!("invalid --log-opt {a:?}"))?;
                    if n == 0 {
                        bail!("invalid --log-opt {a:?}: the size must be positive");
                    }
                    opts.max_size = Some(n);
                }
                "max-file" => match v.parse::<u32>() {
                    Ok(n) if n >= 1 => opts.max_file = Some(n),
                    _ => bail!("invalid --log-opt {a:?}: max-file must be a positive integer"),
                },
                _ => bail!("unknown log opt {k:?}: berth knows max-size, max-file and path"),
            }
        }
        if opts.max_file.is_some_and(|n| n > 1) && opts.max_size.is_none() {
            bail!("invalid --log-opt: max-file greater than 1 needs max-size");
        }
        Ok(opts)
    }

    fn files(&self) -> u32 {
        self.max_file.unwrap_or(1).max(1)
    }

    /// For inspect's HostConfig.LogConfig.Config, in the form they were given.
    pub fn as_config(&self) -> std::collections::BTreeMap<&'static str, String> {
        let mut m = std::collections::BTreeMap::new();
        if let Some(s) = self.max_size {
            m.insert("max-size", s.to_string());
        }
        if let Some(n) = self.max_file {
            m.insert("max-file", n.to_string());
        }
        if let Some(p) = &self.path {
            m.insert("path", p.display().to_string());
        }
        m
    }
}

/// The `n`th rotated file of the log at `path` (`container.log.1` is the newest).
pub fn rotated(path: &Path, n: u32) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(format!(".{n}"));
    PathBuf::from(p)
}

/// The log files of `path` that exist, oldest first, the current one last.
pub fn all_files(path: &Path) -> Vec<PathBuf> {
    let mut older = Vec::new();
    for n in 1.. {
        let p = rotated(path, n);
        if !p.exists() {
            break;
        }
        older.push(p);
    }
    older.reverse();
    older.push(path.to_path_buf());
    older
}

/// Appends records to the log and rotates it by size.
#[derive(Debug)]
pub struct LogWriter {
    path: PathBuf,
    /// `None` when the log could not be opened: records are dropped.
    file: Option<std::fs::File>,
    opts: LogOptions,
    size: u64,
}

impl LogWriter {
    pub fn open(path: &Path, opts: &LogOptions) -> anyhow::Result<LogWriter> {
        let file = open_append(path)?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        Ok(LogWriter {
            path: path.to_path_buf(),
            file: Some(file),
            opts: opts.clone(),
            size,
        })
    }

    /// A writer that drops everything.
    pub fn null() -> LogWriter {
        LogWriter {
            path: PathBuf::new(),
            file: None,
            opts: LogOptions::default(),
            size: 0,
        }
    }

    /// Append one whole record (one write, so records of the two streams never
    /// interleave within a line of the file), then rotate if the file is full.
    fn append(&mut self, rec: &[u8]) {
        let Some(f) = &self.file else { return };
        // A full disk loses log lines, never the container: errors are dropped.
        if rustix::io::write(f, rec).is_ok() {
            self.size += rec.len() as u64;
        }
        if self.opts.max_size.is_some_and(|max| self.size >= max)
            && let Err(e) = self.rotate()
        {
            log::debug!("rotating {}: {e:#}", self.path.display());
        }
    }

    fn rotate(&mut self) -> anyhow::Result<()> {
        self.size = 0;
        let keep = self.opts.files();
        let Some(f) = &self.file else { return Ok(()) };
        if keep == 1 {
            return f.set_len(0).context("emptying the log");
        }
        // Shift container.log.(k) to .(k+1), dropping the one beyond the limit.
        let _ = std::fs::remove_file(rotated(&self.path, keep - 1));
        for k in (1..keep - 1).rev() {
            let _ = std::fs::rename(rotated(&self.path, k), rotated(&self.path, k + 1));
        }
        std::fs::rename(&self.path, rotated(&self.path, 1)).context("rotating the log")?;
        self.file = Some(open_append(&self.path)?);
        Ok(())
    }
}

fn open_append(path: &Path) -> anyhow::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .with_context(|| format!("opening {}", path.display()))
}

/// The longest content kept in one record; longer lines are cut into `P` records.
const MAX_RECORD: usize = 16 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl Stream {
    fn as_str(self) -> &'static str {
        match self {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        }
    }
}

/// Splits a stream's bytes into records; holds the unfinished last line.
#[derive(Debug)]
pub struct LineSplitter {
    stream: Stream,
    pending: Vec<u8>,
}

impl LineSplitter {
    pub fn new(stream: Stream) -> LineSplitter {
        LineSplitter {
            stream,
            pending: Vec::new(),
        }
    }

    /// Append `data` and write every completed record to `out`.
    pub fn feed(&mut self, data: &[u8], out: &mut LogWriter) {
        let mut rest = data;
        while let Some(nl) = rest.iter().position(|&b| b == b'\n') {
            if self.pending.is_empty() {
                self.record(&rest[..nl], true, out);
            } else {
                self.pending.extend_from_slice(&rest[..nl]);
                let line = std::mem::take(&mut self.pending);
                self.record(&line, true, out);
            }
            rest = &rest[nl + 1..];
        }
        self.pending.extend_from_slice(rest);
        while self.pending.len() >= MAX_RECORD {
            let head: Vec<u8> = self.pending.drain(..MAX_RECORD).collect();
            self.record(&head, false, out);
        }
    }

    /// The stream ended: keep what is left as a partial record.
    pub fn finish(&mut self, out: &mut LogWriter) {
        if !self.pending.is_empty() {
            let line = std::mem::take(&mut self.pending);
            self.record(&line, false, out);
        }
    }

    fn record(&self, content: &[u8], full: bool, out: &mut LogWriter) {
        let mut rec = Vec::with_capacity(content.len() + 48);
        let _ = write!(
            rec,
            "{:.9} {} {} ",
            jiff::Timestamp::now(),
            self.stream.as_str(),
            if full { 'F' } else { 'P' }
        );
        rec.extend_from_slice(content);
        rec.push(b'\n');
        out.append(&rec);
    }
}

/// One parsed record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    pub time: jiff::Timestamp,
    pub stream: Stream,
    pub full: bool,
    pub content: &'a [u8],
}

/// Parse one line of the log (without its newline); `None` for a damaged line.
pub fn parse(line: &[u8]) -> Option<Record<'_>> {
    let mut parts = line.splitn(4, |&b| b == b' ');
    let time = std::str::from_utf8(parts.next()?).ok()?.parse().ok()?;
    let stream = match parts.next()? {
        b"stdout" => Stream::Stdout,
        b"stderr" => Stream::Stderr,
        _ => return None,
    };
    let full = match parts.next()? {
        b"F" => true,
        b"P" => false,
        _ => return None,
    };
    Some(Record {
        time,
        stream,
        full,
        content: parts.next().unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(chunks: &[&[u8]]) -> Vec<(Stream, bool, Vec<u8>)> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("container.log");
        let mut log = LogWriter::open(&path, &LogOptions::default()).unwrap();
        let mut s = LineSplitter::new(Stream::Stderr);
        for c in chunks {
            s.feed(c, &mut log);
        }
        s.finish(&mut log);
        let data = std::fs::read(&path).unwrap();
        data.split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| {
                let r = parse(l).expect("parsable");
                (r.stream, r.full, r.content.to_vec())
            })
            .collect()
    }

    #[test]
    fn lines_are_split_joined_and_tagged() {
        let r = records(&[b"a\nb", b"c\n\nd"]);
        assert_eq!(
            r,
            vec![
                (Stream::Stderr, true, b"a".to_vec()),
                (Stream::Stderr, true, b"bc".to_vec()),
                (Stream::Stderr, true, b"".to_vec()),
                (Stream::Stderr, false, b"d".to_vec()),
            ]
        );
    }

    #[test]
    fn long_lines_become_partial_records() {
        let long = vec![b'x'; MAX_RECORD + 5];
        let r = records(&[&long, b"\n"]);
        assert_eq!(r.len(), 2);
        assert!(!r[0].1 && r[0].2.len() == MAX_RECORD);
        assert!(r[1].1 && r[1].2.len() == 5);
    }

    #[test]
    fn the_log_rotates_by_size_and_keeps_max_file_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("container.log");
        let opts = LogOptions::parse(None, &["max-size=100".into(), "max-file=3".into()]).unwrap();
        let mut log = LogWriter::open(&path, &opts).unwrap();
        let mut s = LineSplitter::new(Stream::Stdout);
        for i in 0..40 {
            s.feed(format!("line {i:02}\n").as_bytes(), &mut log);
        }
        let files = all_files(&path);
        assert_eq!(files.len(), 3, "{files:?}");
        let mut seen = Vec::new();
        for f in &files {
            let data = std::fs::read(f).unwrap();
            assert!(
                data.len() < 100 + 64,
                "{} holds {}",
                f.display(),
                data.len()
            );
            for l in data.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
                seen.push(String::from_utf8(parse(l).unwrap().content.to_vec()).unwrap());
            }
        }
        // In order, ending with the newest; the oldest were dropped.
        assert_eq!(seen.last().unwrap(), "line 39");
        assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
        assert!(!seen.contains(&"line 00".to_string()));

        let one = LogOptions::parse(None, &["max-size=100".into()]).unwrap();
        let path = dir.path().join("single.log");
        let mut log = LogWriter::open(&path, &one).unwrap();
        for i in 0..40 {
            s.feed(format!("line {i:02}\n").as_bytes(), &mut log);
        }
        assert_eq!(all_files(&path).len(), 1);
        assert!(std::fs::metadata(&path).unwrap().len() < 100);
    }

    #[test]
    fn bad_log_opts_are_refused() {
        for bad in [
            "max-size",
            "max-size=0",
            "max-size=ten",
            "max-file=0",
            "max-file=-1",
            "mode=non-blocking",
        ] {
            assert!(LogOptions::parse(None, &[bad.into()]).is_err(), "{bad}");
        }
        assert!(LogOptions::parse(None, &["max-file=2".into()]).is_err());
        let o = LogOptions::parse(None, &["max-size=10k".into(), "max-file=2".into()]).unwrap();
        assert_eq!(o.max_size, Some(10_000));
        assert_eq!(o.max_file, Some(2));
        let o = LogOptions::parse(Some("none"), &["path=/tmp/x.log".into()]).unwrap();
        assert!(!o.writes_file() && o.driver() == "none");
        assert_eq!(o.path.as_deref(), Some(Path::new("/tmp/x.log")));
        assert!(LogOptions::parse(Some("journald"), &[]).is_err());
        assert!(LogOptions::parse(None, &["path=rel.log".into()]).is_err());
        assert!(
            LogOptions::parse(Some("json-file"), &[])
                .unwrap()
                .writes_file()
        );
    }

    #[test]
    fn damaged_lines_are_rejected() {
        for bad in [
            &b""[..],
            b"nonsense",
            b"2024-01-01T00:00:00Z stdin F x",
            b"2024-01-01T00:00:00Z stdout X x",
        ] {
            assert!(parse(bad).is_none());
        }
        let r = parse(b"2024-01-01T00:00:00.5Z stdout F a b").unwrap();
        assert_eq!(r.content, b"a b");
    }
}
