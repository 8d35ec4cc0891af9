//! The datagram flows' bookkeeping (UDP, ICMP echo): each flow is a host socket found by
//! its epoll token and by its key, last used at some instant, and closed when idle or
//! when the table is full.

use std::collections::HashMap;
use std::hash::Hash;
use std::os::fd::{AsFd, OwnedFd};
use std::time::{Duration, Instant};

use rustix::event::epoll;

/// A flow: its key, its host socket, when it last carried a packet.
pub struct Flow<K, S> {
    pub key: K,
    pub sock: S,
    pub used: Instant,
}

pub struct Table<K, S> {
    by_token: HashMap<u64, Flow<K, S>>,
    by_key: HashMap<K, u64>,
}

impl<K, S> Default for Table<K, S> {
    fn default() -> Self {
        Table {
            by_token: HashMap::new(),
            by_key: HashMap::new(),
        }
    }
}

impl<K: Hash + Eq + Copy, S: AsFd> Table<K, S> {
    pub fn owns(&self, token: u64) -> bool {
        self.by_token.contains_key(&token)
    }

    pub fn is_empty(&self) -> bool {
        self.by_token.is_empty()
    }

    pub fn len(&self) -> usize {
        self.by_token.len()
    }

    pub fn token_of(&self, key: &K) -> Option<u64> {
        self.by_key.get(key).copied()
    }

    pub fn get_mut(&mut self, token: u64) -> Option<&mut Flow<K, S>> {
        self.by_token.get_mut(&token)
    }

    /// Add a flow, its socket registered for reading as `token`; false when it could
    /// not be registered (the flow is dropped).
    pub fn insert(&mut self, token: u64, key: K, sock: S, epoll: &OwnedFd) -> bool {
        let data = epoll::EventData::new_u64(token);
        if let Err(e) = epoll::add(epoll, sock.as_fd(), data, epoll::EventFlags::IN) {
            log::debug!("usermode: epoll for a flow: {e}");
            return false;
        }
        self.by_key.insert(key, token);
        let used = Instant::now();
        self.by_token.insert(token, Flow { key, sock, used });
        true
    }

    pub fn remove(&mut self, token: u64, epoll: &OwnedFd) {
        if let Some(flow) = self.by_token.remove(&token) {
            self.by_key.remove(&flow.key);
            let _ = epoll::delete(epoll, flow.sock.as_fd());
        }
    }

    /// Close the flows idle for `idle`.
    pub fn expire(&mut self, now: Instant, idle: Duration, epoll: &OwnedFd) {
        let old: Vec<u64> = (self.by_token.iter())
            .filter(|(_, f)| now.duration_since(f.used) >= idle)
            .map(|(t, _)| *t)
            .collect();
        for token in old {
            self.remove(token, epoll);
        }
    }

    /// Close the least recently used flow.
    pub fn evict_oldest(&mut self, epoll: &OwnedFd) {
        let oldest = (self.by_token.iter())
            .min_by_key(|(_, f)| f.used)
            .map(|(t, _)| *t);
        if let Some(token) = oldest {
            self.remove(token, epoll);
        }
    }
}
