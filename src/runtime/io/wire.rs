//! The monitor's socket protocol (`<runroot>/<id>.sock`, and the socket pair a foreground
//! `run` shares with its monitor): frames of `kind: u8, length: u32 LE, payload`.
//!
//! A client that wants the container's output sends `Listen` first; a client that only
//! controls (stop, kill) never does and receives only the answers it asked for.

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;

/// Frames larger than this are refused (a hostile or confused peer).
const MAX_FRAME: usize = 1 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    /// client -> monitor: bytes for the container's stdin.
    Stdin = 0,
    /// monitor -> client: output.
    Stdout = 1,
    Stderr = 2,
    /// monitor -> client: the command ended (i32 LE exit status); the monitor closes after.
    Exit = 3,
    /// client -> monitor: close the container's stdin.
    StdinClose = 4,
    /// client -> monitor: terminal size (rows u16 LE, cols u16 LE).
    Resize = 5,
    /// client -> monitor: the user stops the container; do not restart it. Answered by Ack.
    Stop = 6,
    Ack = 7,
    /// client -> monitor: send this signal (i32 LE) to the container init.
    Signal = 8,
    /// client -> monitor: send me the output from now on.
    Listen = 9,
}

impl Kind {
    fn from_u8(b: u8) -> Option<Kind> {
        use Kind::*;
        Some(match b {
            0 => Stdin,
            1 => Stdout,
            2 => Stderr,
            3 => Exit,
            4 => StdinClose,
            5 => Resize,
            6 => Stop,
            7 => Ack,
            8 => Signal,
            9 => Listen,
            _ => return None,
        })
    }
}

pub fn send(mut w: impl Write, kind: Kind, payload: &[u8]) -> std::io::Result<()> {
    let mut head = [0u8; 5];
    head[0] = kind as u8;
    head[1..].copy_from_slice(&(payload.len() as u32).to_le_bytes());
    // One buffer, one write: frames from the monitor never interleave.
    let mut frame = Vec::with_capacity(5 + payload.len());
    frame.extend_from_slice(&head);
    frame.extend_from_slice(payload);
    w.write_all(&frame)
}

/// The next frame, or `None` at a clean end of the stream.
pub fn recv(mut r: impl Read) -> std::io::Result<Option<(Kind, Vec<u8>)>> {
    let mut head = [0u8; 5];
    match r.read_exact(&mut head) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let kind = Kind::from_u8(head[0])
        .ok_or_else(|| std::io::Error::other(format!("unknown frame kind {}", head[0])))?;
    let len = u32::from_le_bytes([head[1], head[2], head[3], head[4]]) as usize;
    if len > MAX_FRAME {
        return Err(std::io::Error::other(format!(
            "frame of {len} bytes refused"
        )));
    }
    let mut payload = vec![0u8; len];
    r.read_exact(&mut payload)?;
    Ok(Some((kind, payload)))
}

pub fn i32_payload(p: &[u8]) -> Option<i32> {
    Some(i32::from_le_bytes(p.get(..4)?.try_into().ok()?))
}

pub use crate::sys::net::with_short_path;

/// Connect to a monitor's socket.
pub fn connect(path: &Path) -> std::io::Result<UnixStream> {
    with_short_path(path, |p| UnixStream::connect(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip_and_bad_ones_are_refused() {
        let mut buf = Vec::new();
        send(&mut buf, Kind::Stdout, b"hi").unwrap();
        send(&mut buf, Kind::Exit, &7i32.to_le_bytes()).unwrap();
        let mut r = &buf[..];
        assert_eq!(recv(&mut r).unwrap(), Some((Kind::Stdout, b"hi".to_vec())));
        let (k, p) = recv(&mut r).unwrap().unwrap();
        assert_eq!((k, i32_payload(&p)), (Kind::Exit, Some(7)));
        assert_eq!(recv(&mut r).unwrap(), None);
        assert!(recv(&[42u8, 0, 0, 0, 0][..]).is_err());
        assert!(recv(&[1u8, 255, 255, 255, 255][..]).is_err());
    }
}
