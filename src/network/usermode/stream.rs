//! A byte stream to the other end of a relayed connection: a TCP socket (a host server,
//! a published port's client) or a unix socket (another container's relay, see
//! [`super::Peers`]). Both are read, written and shut down alike.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::net::UnixStream;
use std::path::Path;

pub enum Stream {
    Tcp(TcpStream),
    Unix(UnixStream),
}

impl Stream {
    pub fn shutdown(&self, how: Shutdown) -> std::io::Result<()> {
        match self {
            Stream::Tcp(s) => s.shutdown(how),
            Stream::Unix(s) => s.shutdown(how),
        }
    }
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Stream::Tcp(s) => s.read(buf),
            Stream::Unix(s) => s.read(buf),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Stream::Tcp(s) => s.write(buf),
            Stream::Unix(s) => s.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl AsFd for Stream {
    fn as_fd(&self) -> BorrowedFd<'_> {
        match self {
            Stream::Tcp(s) => s.as_fd(),
            Stream::Unix(s) => s.as_fd(),
        }
    }
}

/// The header a relayed connection opens with: the destination port in the peer.
pub const HEADER: usize = 2;

/// Connect to a peer container's relay socket `path`, asking for its `port`. Unix
/// connects complete at once (or fail: no such peer, or its backlog is full), so the
/// header goes out now, into an empty socket buffer.
pub fn connect_peer(path: &Path, port: u16) -> std::io::Result<Stream> {
    use rustix::net::{AddressFamily, SocketAddrUnix, SocketFlags, SocketType};
    let fd = rustix::net::socket_with(
        AddressFamily::UNIX,
        SocketType::STREAM,
        SocketFlags::NONBLOCK | SocketFlags::CLOEXEC,
        None,
    )?;
    crate::sys::net::with_short_path(path, |p| {
        // Non-blocking: a peer whose backlog is full fails the connect (EAGAIN) rather
        // than holding the stack.
        Ok(rustix::net::connect(&fd, &SocketAddrUnix::new(p)?)?)
    })?;
    let mut s = Stream::Unix(UnixStream::from(fd));
    if s.write(&port.to_be_bytes())? != HEADER {
        return Err(std::io::Error::other("the relay took a partial header"));
    }
    Ok(s)
}
