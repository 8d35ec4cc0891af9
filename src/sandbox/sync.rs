//! The parent<->child channel: one `SOCK_SEQPACKET` pair, one message per packet.
//!
//! The child's end is close-on-exec, so a successful execve shows up in the parent as
//! end-of-file: no message is needed for success and none is lost on failure.

use std::io::IoSlice;
use std::os::fd::{AsFd, AsRawFd, OwnedFd, RawFd};

use nix::sys::socket::{
    AddressFamily, ControlMessage, MsgFlags, SockFlag, SockType, sendmsg, socketpair,
};
use serde::{Deserialize, Serialize};

/// Which step of the container setup a failure happened in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    Setup,
    User,
    Exec,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum SyncMsg {
    /// child -> parent: the pty master follows as an attached fd.
    PtyMaster,
    /// child -> parent: the tap device of the container's user-mode network follows as
    /// an attached fd.
    Tap,
    /// child -> parent: the container's network namespace follows as an attached fd,
    /// for the program that serves it (`--network pasta|slirp4netns`); the child waits
    /// for `Go` (after `Placed`) before it goes on.
    NetNs,
    /// parent -> child: proceed (sent after the parent configured the pty, or started
    /// the namespace's network program).
    Go,
    /// parent -> child: the child is in its cgroup (or runs without one); it may now
    /// enter a cgroup namespace rooted there.
    Placed,
    /// child -> parent: setup or exec failed.
    Failed {
        stage: Stage,
        errno: i32,
        msg: String,
    },
}

#[derive(Debug)]
pub struct Channel {
    fd: OwnedFd,
}

/// What the parent sees next from the child.
#[derive(Debug)]
pub enum Received {
    Msg(SyncMsg, Option<OwnedFd>),
    /// The child exec'd (its end closed on exec) or died.
    Closed,
}

pub fn pair() -> std::io::Result<(Channel, Channel)> {
    let (a, b) = socketpair(
        AddressFamily::Unix,
        SockType::SeqPacket,
        None,
        SockFlag::SOCK_CLOEXEC,
    )?;
    Ok((Channel { fd: a }, Channel { fd: b }))
}

impl AsRawFd for Channel {
    fn as_raw_fd(&self) -> RawFd {
        self.fd.as_raw_fd()
    }
}

impl Channel {
    pub fn send(&self, msg: &SyncMsg) -> std::io::Result<()> {
        self.send_with_fd(msg, None)
    }

    pub fn send_with_fd(&self, msg: &SyncMsg, fd: Option<RawFd>) -> std::io::Result<()> {
        let data = serde_json::to_vec(msg).map_err(std::io::Error::other)?;
        let fds: Vec<RawFd> = fd.into_iter().collect();
        let cmsg = [ControlMessage::ScmRights(&fds)];
        let cmsgs: &[ControlMessage] = if fds.is_empty() { &[] } else { &cmsg };
        sendmsg::<()>(
            self.fd.as_raw_fd(),
            &[IoSlice::new(&data)],
            cmsgs,
            MsgFlags::MSG_NOSIGNAL,
            None,
        )?;
        Ok(())
    }

    pub fn recv(&self) -> std::io::Result<Received> {
        let mut buf = vec![0u8; 64 * 1024];
        let (n, fd) = crate::sys::fd::recv_with_fd(self.fd.as_fd(), &mut buf)?;
        if n == 0 {
            return Ok(Received::Closed);
        }
        let parsed: SyncMsg = serde_json::from_slice(&buf[..n])
            .map_err(|e| std::io::Error::other(format!("bad sync message: {e}")))?;
        Ok(Received::Msg(parsed, fd))
    }
}
