//! File descriptors: stdio redirection, closing or marking ranges, OFD locks, polling
//! descriptor numbers, and descriptors received over a unix socket.

use std::fs::File;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};

/// Make standard descriptor `target` (0, 1 or 2) a copy of `fd`.
pub fn dup_onto_stdio(fd: impl AsFd, target: RawFd) -> std::io::Result<()> {
    match target {
        0 => nix::unistd::dup2_stdin(fd),
        1 => nix::unistd::dup2_stdout(fd),
        2 => nix::unistd::dup2_stderr(fd),
        _ => return Err(std::io::Error::from_raw_os_error(libc::EBADF)),
    }
    .map_err(std::io::Error::from)
}

/// Standard input, borrowed for as long as the process lives (std keeps fd 0 open).
pub fn stdin() -> BorrowedFd<'static> {
    rustix::stdio::stdin()
}

/// Close every descriptor from `first` to `last`, both included.
///
/// Contract: for a process that is about to exec or exit (a freshly forked child): the
/// owners of the closed descriptors (File, OwnedFd ...) must never be used afterwards.
pub fn close_range(first: u32, last: u32) {
    if first <= last {
        // SAFETY: close_range takes descriptor numbers only, no memory. Closing a descriptor
        // some owner still holds is what the contract above rules out.
        unsafe { libc::syscall(libc::SYS_close_range, first, last, 0u32) };
    }
}

/// Whether descriptor `fd` is open and close-on-exec.
pub fn is_cloexec(fd: u32) -> bool {
    // SAFETY: F_GETFD reads a flag of a descriptor number; no memory, nothing closed.
    let flags = unsafe { libc::fcntl(fd as libc::c_int, libc::F_GETFD) };
    flags >= 0 && flags & libc::FD_CLOEXEC != 0
}

/// Mark every descriptor from `first` on close-on-exec: none of them survives the next
/// execve, while they all stay usable until then.
pub fn cloexec_from(first: u32) -> std::io::Result<()> {
    // SAFETY: close_range with CLOSE_RANGE_CLOEXEC only sets a flag on our own descriptors;
    // it closes nothing and touches no memory.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_close_range,
            first,
            u32::MAX,
            libc::CLOSE_RANGE_CLOEXEC,
        )
    };
    if ret < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// An OFD lock request on the whole file: `cmd` is F_OFD_SETLK, F_OFD_SETLKW or
/// F_OFD_GETLK, `kind` F_RDLCK, F_WRLCK or F_UNLCK. Returns the (for GETLK, answered)
/// request. Retries when a signal interrupts the wait.
pub fn ofd_lock(file: &File, cmd: libc::c_int, kind: libc::c_int) -> std::io::Result<libc::flock> {
    // SAFETY: flock is plain data; all zero is a valid value (whole file, l_pid 0 as OFD
    // requests require).
    let mut req: libc::flock = unsafe { std::mem::zeroed() };
    req.l_type = kind as libc::c_short;
    req.l_whence = libc::SEEK_SET as libc::c_short;
    loop {
        // SAFETY: fcntl with a lock command and a pointer to a live flock struct.
        if unsafe { libc::fcntl(file.as_raw_fd(), cmd, &mut req) } == 0 {
            return Ok(req);
        }
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINTR) {
            return Err(e);
        }
    }
}

/// Poll descriptor numbers for input (and `writable` for room to write); returns those of
/// `fds` with any event (a poll of `writable` only wakes the call). A number that is not
/// open comes back with POLLNVAL and touches nothing.
pub fn poll_ready(
    fds: &[RawFd],
    writable: Option<RawFd>,
    timeout: nix::poll::PollTimeout,
) -> Vec<RawFd> {
    use nix::poll::{PollFd, PollFlags};
    // SAFETY: poll(2) reads only the numbers; the borrows end with this function and are
    // never read from or written to, so no descriptor is used past its owner.
    let borrow = |fd: RawFd| unsafe { BorrowedFd::borrow_raw(fd) };
    let mut pfds: Vec<PollFd> = fds
        .iter()
        .map(|fd| PollFd::new(borrow(*fd), PollFlags::POLLIN))
        .chain(writable.map(|fd| PollFd::new(borrow(fd), PollFlags::POLLOUT)))
        .collect();
    if let Err(e) = nix::poll::poll(&mut pfds, timeout)
        && e != nix::errno::Errno::EINTR
    {
        log::debug!("poll: {e}");
    }
    pfds.iter()
        .zip(fds)
        .filter(|(p, _)| p.revents().is_some_and(|r| !r.is_empty()))
        .map(|(_, fd)| *fd)
        .collect()
}

/// Receive one message over the unix socket `sock` into `buf`, with at most one
/// descriptor passed along (SCM_RIGHTS, received close-on-exec). Returns the message's
/// length (0: the peer closed) and the descriptor. Retries on EINTR.
pub fn recv_with_fd(
    sock: BorrowedFd<'_>,
    buf: &mut [u8],
) -> std::io::Result<(usize, Option<OwnedFd>)> {
    use nix::sys::socket::{ControlMessageOwned, MsgFlags, recvmsg};
    let mut cmsg_space = nix::cmsg_space!([RawFd; 1]);
    loop {
        let mut iov = [std::io::IoSliceMut::new(buf)];
        let res = recvmsg::<()>(
            sock.as_raw_fd(),
            &mut iov,
            Some(&mut cmsg_space),
            MsgFlags::MSG_CMSG_CLOEXEC,
        );
        let msg = match res {
            Ok(m) => m,
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(e.into()),
        };
        let mut fd = None;
        for c in msg.cmsgs()? {
            if let ControlMessageOwned::ScmRights(fds) = c {
                for raw in fds {
                    // SAFETY: SCM_RIGHTS hands us fresh descriptors that nothing else owns;
                    // each is owned here once (extra ones close when dropped).
                    let owned = unsafe { OwnedFd::from_raw_fd(raw) };
                    fd.get_or_insert(owned);
                }
            }
        }
        return Ok((msg.bytes, fd));
    }
}

/// The seals that make a memfd immutable, F_SEAL_SEAL last so none can be removed.
pub const SEALS: rustix::fs::SealFlags = rustix::fs::SealFlags::WRITE
    .union(rustix::fs::SealFlags::SHRINK)
    .union(rustix::fs::SealFlags::GROW)
    .union(rustix::fs::SealFlags::SEAL);

/// A close-on-exec memfd named `name` holding what `src` yields, executable and sealed
/// with [`SEALS`]: nobody can change it, whoever holds it. A program run from it shows the
/// memfd as its /proc/PID/exe, never a file of the host's.
pub fn sealed_memfd(name: &std::ffi::CStr, src: &mut dyn std::io::Read) -> std::io::Result<File> {
    use rustix::fs::MemfdFlags;
    let flags = MemfdFlags::CLOEXEC | MemfdFlags::ALLOW_SEALING;
    // Kernels from 6.3 want executable memfds said so (MFD_EXEC); older ones refuse the
    // flag they do not know.
    let memfd = rustix::fs::memfd_create(name, flags | MemfdFlags::EXEC)
        .or_else(|_| rustix::fs::memfd_create(name, flags))?;
    let mut copy = File::from(memfd);
    // From a file, the kernel copies (copy_file_range or sendfile).
    std::io::copy(src, &mut copy)?;
    rustix::fs::fcntl_add_seals(&copy, SEALS)?;
    Ok(copy)
}
