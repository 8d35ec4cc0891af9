//! The event journal, berth's daemonless `events`: every command that changes state
//! appends one JSON line to `<runroot>/events.log`, and `events` replays and follows it.
//!
//! - Writers open the file with `O_APPEND` and write each event with one `write(2)` of
//!   one line (kept under [`MAX_LINE`]), so concurrent writers never interleave and never
//!   take a lock. A failed append is logged and ignored: events never fail a command.
//! - At [`ROTATE_AT`] bytes the writer that notices renames the file to `events.log.1`
//!   (under `events.lock`, so only one does) and the next append starts a new file.
//! - A reader holds the file open: after a rotation it drains the old file through its
//!   descriptor, then opens the new one, so it never loses its place. It follows with
//!   inotify on the runroot (no polling).

use std::collections::BTreeMap;
use std::io::{Read, Seek, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::Store;

/// An event line is cut down (attributes dropped) beyond this.
pub const MAX_LINE: usize = 3500;
/// The journal is rotated past this size.
pub const ROTATE_AT: u64 = 4 << 20;

/// docker's event object.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Event {
    #[serde(rename = "Type")]
    pub kind: String,
    #[serde(rename = "Action")]
    pub action: String,
    #[serde(rename = "Actor")]
    pub actor: Actor,
    #[serde(default = "local")]
    pub scope: String,
    /// Seconds since the epoch.
    pub time: i64,
    /// Nanoseconds since the epoch.
    #[serde(rename = "timeNano")]
    pub time_nano: i128,
}

fn local() -> String {
    "local".to_owned()
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Actor {
    #[serde(rename = "ID")]
    pub id: String,
    #[serde(rename = "Attributes", default)]
    pub attributes: BTreeMap<String, String>,
}

impl Event {
    /// An event of now.
    pub fn new(kind: &str, action: &str, id: &str) -> Event {
        let now = jiff::Timestamp::now();
        Event {
            kind: kind.to_owned(),
            action: action.to_owned(),
            actor: Actor {
                id: id.to_owned(),
                attributes: BTreeMap::new(),
            },
            scope: local(),
            time: now.as_second(),
            time_nano: now.as_nanosecond(),
        }
    }

    pub fn attr(mut self, key: &str, value: impl Into<String>) -> Event {
        self.actor.attributes.insert(key.to_owned(), value.into());
        self
    }

    pub fn timestamp(&self) -> jiff::Timestamp {
        jiff::Timestamp::from_nanosecond(self.time_nano).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
    }

    /// The JSON line, at most [`MAX_LINE`] bytes.
    fn line(&self) -> Option<Vec<u8>> {
        let mut line = serde_json::to_vec(self).ok()?;
        if line.len() > MAX_LINE {
            let mut short = self.clone();
            short
                .actor
                .attributes
                .retain(|k, _| k == "name" || k == "image");
            short
                .actor
                .attributes
                .values_mut()
                .for_each(|v| v.truncate(256));
            line = serde_json::to_vec(&short).ok()?;
        }
        line.push(b'\n');
        Some(line)
    }
}

impl Store {
    pub fn events_path(&self) -> PathBuf {
        self.runroot.join("events.log")
    }

    fn rotated_events_path(&self) -> PathBuf {
        self.runroot.join("events.log.1")
    }

    /// Append an event; a failure is logged, never returned.
    pub fn emit(&self, event: Event) {
        if let Err(e) = self.append_event(&event) {
            log::debug!("recording event {} {}: {e}", event.kind, event.action);
        }
    }

    fn append_event(&self, event: &Event) -> std::io::Result<()> {
        let Some(line) = event.line() else {
            return Ok(());
        };
        let path = self.events_path();
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .mode(0o600)
            .custom_flags(libc::O_CLOEXEC)
            .open(&path)?;
        f.write_all(&line)?;
        if f.metadata()?.len() > ROTATE_AT {
            self.rotate_events(&f)?;
        }
        Ok(())
    }

    fn rotate_events(&self, written: &std::fs::File) -> std::io::Result<()> {
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(self.runroot.join("events.lock"))?;
        if lock.try_lock().is_err() {
            return Ok(()); // another writer rotates
        }
        // Still the file we wrote to (no one rotated it meanwhile)?
        let now = std::fs::metadata(self.events_path())?;
        if now.ino() == written.metadata()?.ino() && now.len() > ROTATE_AT {
            std::fs::rename(self.events_path(), self.rotated_events_path())?;
        }
        Ok(())
    }

    /// A reader of the journal from its oldest event.
    pub fn event_reader(&self) -> std::io::Result<EventReader> {
        let mut r = EventReader {
            path: self.events_path(),
            current: None,
            pending: Vec::new(),
            partial: Vec::new(),
            watch: None,
        };
        // The current file first, so a rotation now cannot hide events between the two.
        r.current = open_existing(&r.path)?;
        let current_ino = r
            .current
            .as_ref()
            .map(|f| f.metadata().map(|m| m.ino()))
            .transpose()?;
        if let Some(mut old) = open_existing(&self.rotated_events_path())?
            && Some(old.metadata()?.ino()) != current_ino
        {
            old.read_to_end(&mut r.pending)?;
        }
        Ok(r)
    }
}

fn open_existing(path: &std::path::Path) -> std::io::Result<Option<std::fs::File>> {
    match std::fs::File::open(path) {
        Ok(f) => Ok(Some(f)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Reads events in order; [`EventReader::next_ready`] returns what is there now,
/// [`EventReader::wait`] blocks until more may be.
pub struct EventReader {
    path: PathBuf,
    current: Option<std::fs::File>,
    /// Bytes read but not yet split into lines.
    pending: Vec<u8>,
    partial: Vec<u8>,
    watch: Option<rustix::fd::OwnedFd>,
}

impl EventReader {
    /// Every complete event available now (a damaged line is skipped).
    pub fn next_ready(&mut self) -> std::io::Result<Vec<Event>> {
        let mut data = std::mem::take(&mut self.pending);
        loop {
            if let Some(f) = self.current.as_mut() {
                f.read_to_end(&mut data)?;
            }
            // Rotated (or made) since we opened it: drain ours, then move to the new one.
            let on_disk = std::fs::metadata(&self.path).ok().map(|m| m.ino());
            let ours = match &self.current {
                Some(f) => Some(f.metadata()?.ino()),
                None => None,
            };
            if on_disk.is_some() && on_disk != ours {
                if let Some(mut f) = self.current.take() {
                    f.read_to_end(&mut data)?;
                }
                self.current = open_existing(&self.path)?;
                continue;
            }
            break;
        }
        let mut out = Vec::new();
        let mut buf = std::mem::take(&mut self.partial);
        buf.extend_from_slice(&data);
        let mut start = 0;
        while let Some(n) = buf[start..].iter().position(|&b| b == b'\n') {
            let line = &buf[start..start + n];
            if let Ok(ev) = serde_json::from_slice::<Event>(line) {
                out.push(ev);
            }
            start += n + 1;
        }
        self.partial = buf[start..].to_vec();
        if self.partial.len() > 1 << 20 {
            self.partial.clear();
        }
        Ok(out)
    }

    /// Block until the journal may have grown, or `timeout` passed.
    pub fn wait(&mut self, timeout: Option<std::time::Duration>) -> std::io::Result<()> {
        use rustix::fs::inotify;
        if self.watch.is_none() {
            let fd = inotify::init(inotify::CreateFlags::CLOEXEC | inotify::CreateFlags::NONBLOCK)?;
            let dir = self.path.parent().unwrap_or(std::path::Path::new("/"));
            inotify::add_watch(
                &fd,
                dir,
                inotify::WatchFlags::MODIFY
                    | inotify::WatchFlags::CREATE
                    | inotify::WatchFlags::MOVED_TO,
            )?;
            self.watch = Some(fd);
            // Anything written before the watch existed is read by the caller's next
            // `next_ready`; return now so it looks.
            return Ok(());
        }
        let Some(fd) = &self.watch else {
            return Ok(());
        };
        let ts = timeout.map(|t| rustix::event::Timespec {
            tv_sec: t.as_secs() as i64,
            tv_nsec: t.subsec_nanos() as i64,
        });
        let mut fds = [rustix::event::PollFd::new(fd, rustix::event::PollFlags::IN)];
        match rustix::event::poll(&mut fds, ts.as_ref()) {
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e.into()),
        }
        // Drain the notifications; what changed is read from the file itself.
        let mut buf = [0u8; 4096];
        while let Ok(n) = rustix::io::read(fd, &mut buf) {
            if n == 0 {
                break;
            }
        }
        Ok(())
    }

    /// Skip to the end of the journal (a follower that wants no history).
    pub fn skip_to_end(&mut self) -> std::io::Result<()> {
        self.pending.clear();
        if let Some(f) = self.current.as_mut() {
            f.seek(std::io::SeekFrom::End(0))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn append_read_rotate_and_follow() {
        let t = tempfile::tempdir().unwrap();
        let store = Store::open(&t.path().join("root"), &t.path().join("run")).unwrap();
        let mut r = store.event_reader().unwrap();
        assert!(r.next_ready().unwrap().is_empty());
        store.emit(Event::new("container", "create", "a").attr("name", "x"));
        let got = r.next_ready().unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].actor.attributes["name"], "x");
        // Fill past the rotation size: the reader keeps its place across the rename.
        let big = "y".repeat(3000);
        let n = (ROTATE_AT / 3000) as usize + 10;
        for i in 0..n {
            store.emit(Event::new("container", "start", &i.to_string()).attr("pad", big.clone()));
        }
        assert!(store.rotated_events_path().exists());
        let mut seen = Vec::new();
        loop {
            let batch = r.next_ready().unwrap();
            if batch.is_empty() {
                break;
            }
            seen.extend(batch);
        }
        assert_eq!(seen.len(), n);
        for (i, ev) in seen.iter().enumerate() {
            assert_eq!(ev.actor.id, i.to_string());
        }
        // A new reader replays the rotated file and the current one.
        let mut fresh = store.event_reader().unwrap();
        let replay = fresh.next_ready().unwrap();
        assert_eq!(replay.len(), n + 1);
        assert_eq!(replay.last().unwrap().actor.id, (n - 1).to_string());
        // Over-long lines are cut, not split.
        store.emit(Event::new("volume", "create", "v").attr("huge", "z".repeat(10_000)));
        let got = r.next_ready().unwrap();
        assert_eq!(got.len(), 1);
        assert!(!got[0].actor.attributes.contains_key("huge"));
    }
}
