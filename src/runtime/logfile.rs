//! The container log, `containers/<id>/container.log`, written by the monitor.
//!
//! One record per line: `<time> <stream> <tag> <content>\n`, where `<time>` is RFC 3339 in
//! UTC with nanoseconds, `<stream>` is `stdout` or `stderr`, and `<tag>` is `F` for a full
//! line (its newline was stripped) or `P` for a partial one (the content continues in the
//! next record of the same stream, or the stream ended without a newline). Content is the
//! raw bytes the container wrote, without the newline. This is the line format of the
//! kubelet's CRI log files, so existing tools read it.

use std::io::Write;
use std::os::fd::AsFd;

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

    /// Append `data` and write every completed record to `out` (one write per record, so
    /// records of the two streams never interleave within a line of the file).
    pub fn feed(&mut self, data: &[u8], out: impl AsFd + Copy) {
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
    pub fn finish(&mut self, out: impl AsFd + Copy) {
        if !self.pending.is_empty() {
            let line = std::mem::take(&mut self.pending);
            self.record(&line, false, out);
        }
    }

    fn record(&self, content: &[u8], full: bool, out: impl AsFd) {
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
        // A full disk loses log lines, never the container: errors are dropped.
        let _ = rustix::io::write(out, &rec);
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
        let file = tempfile::tempfile().unwrap();
        let mut s = LineSplitter::new(Stream::Stderr);
        for c in chunks {
            s.feed(c, &file);
        }
        s.finish(&file);
        let data = std::fs::read(format!("/proc/self/fd/{}", {
            use std::os::fd::AsRawFd;
            file.as_raw_fd()
        }))
        .unwrap();
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
