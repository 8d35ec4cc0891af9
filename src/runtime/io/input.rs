//! Input on its way into a container (its stdin pipe or pty), as the monitor feeds it:
//! writes never block, what the container does not take yet waits in a bounded buffer.
//!
//! A container that never reads its stdin must not stall its monitor (which also relays
//! its output and answers `stop`). Once [`InputQueue::LIMIT`] bytes wait, the monitor stops
//! reading stdin frames from attached clients, so they wait in the clients' sockets and
//! the senders block, not the monitor.

use std::os::fd::BorrowedFd;

#[derive(Debug, Default)]
pub struct InputQueue {
    pending: Vec<u8>,
    /// Already written from the front of `pending`.
    done: usize,
}

/// What a flush left behind.
#[derive(Debug, PartialEq, Eq)]
pub enum Flushed {
    /// Everything was written.
    Empty,
    /// The container takes no more for now; poll for writability.
    Waiting,
    /// Nobody reads at the other end any more (the queue was emptied).
    Gone,
}

impl InputQueue {
    /// Bytes that may wait before the monitor stops taking input from clients.
    pub const LIMIT: usize = 256 * 1024;

    pub fn is_empty(&self) -> bool {
        self.done == self.pending.len()
    }

    pub fn is_full(&self) -> bool {
        self.pending.len() - self.done >= Self::LIMIT
    }

    pub fn push(&mut self, data: &[u8]) {
        self.pending.extend_from_slice(data);
    }

    pub fn clear(&mut self) {
        *self = InputQueue::default();
    }

    /// Write what `target` (non-blocking) takes now.
    pub fn flush(&mut self, target: BorrowedFd<'_>) -> Flushed {
        while !self.is_empty() {
            match rustix::io::write(target, &self.pending[self.done..]) {
                Ok(n) => self.done += n,
                Err(rustix::io::Errno::INTR) => {}
                Err(rustix::io::Errno::AGAIN) => {
                    // Keep the buffer from creeping: drop what is written once it is half.
                    if self.done > self.pending.len() / 2 {
                        self.pending.drain(..self.done);
                        self.done = 0;
                    }
                    return Flushed::Waiting;
                }
                Err(_) => {
                    self.clear();
                    return Flushed::Gone;
                }
            }
        }
        self.clear();
        Flushed::Empty
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use std::os::fd::AsFd;

    #[test]
    fn a_reader_that_never_reads_never_blocks_the_writer() {
        let (mut r, w) = std::io::pipe().unwrap();
        rustix::fs::fcntl_setfl(&w, rustix::fs::OFlags::NONBLOCK).unwrap();
        let mut q = InputQueue::default();
        let chunk = vec![b'x'; 64 * 1024];
        for _ in 0..4 {
            q.push(&chunk);
        }
        assert!(q.is_full());
        // A pipe holds 64 KiB: the rest waits.
        assert_eq!(q.flush(w.as_fd()), Flushed::Waiting);
        assert!(!q.is_empty());
        let mut total = 0;
        let mut buf = vec![0u8; 64 * 1024];
        while !q.is_empty() {
            total += r.read(&mut buf).unwrap();
            q.flush(w.as_fd());
        }
        while total < 4 * chunk.len() {
            total += r.read(&mut buf).unwrap();
        }
        assert_eq!(total, 4 * chunk.len());
        q.push(b"more");
        drop(r);
        assert_eq!(q.flush(w.as_fd()), Flushed::Gone);
        assert!(q.is_empty());
    }
}
