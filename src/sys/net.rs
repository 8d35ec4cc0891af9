//! Sockets: the loopback interface, and shutting connections down from a signal handler.

use std::os::fd::AsRawFd;

/// Descriptors below this are looked at by [`shut_down_connections`] (the lowest free
/// number is always taken, so a transfer's few sockets sit far below it).
const FD_SCAN: libc::c_int = 1024;

/// Shut down every TCP connection of the process, so a read blocked on one returns at once.
/// Only plain system calls here: this runs in a signal handler.
pub fn shut_down_connections() {
    for fd in 3..FD_SCAN {
        let mut domain: libc::c_int = 0;
        let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        // SAFETY: getsockopt writes at most `len` bytes into `domain`; a descriptor that is
        // closed or no socket just fails.
        let r = unsafe {
            libc::getsockopt(
                fd,
                libc::SOL_SOCKET,
                libc::SO_DOMAIN,
                (&raw mut domain).cast(),
                &mut len,
            )
        };
        if r == 0 && (domain == libc::AF_INET || domain == libc::AF_INET6) {
            // SAFETY: shutdown takes a descriptor number only; its owner then sees end of
            // file or an error, which is the point.
            unsafe { libc::shutdown(fd, libc::SHUT_RDWR) };
        }
    }
}

/// Set IFF_UP and IFF_RUNNING on the interface `lo` of the current network namespace.
/// The error says which step failed.
pub fn loopback_up() -> Result<(), (&'static str, std::io::Error)> {
    // SAFETY: plain socket(2), no memory involved.
    let raw = unsafe { libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0) };
    if raw < 0 {
        return Err(("opening a socket for lo", std::io::Error::last_os_error()));
    }
    // SAFETY: raw is a fresh, valid fd that nothing else owns.
    let sock = unsafe { <std::os::fd::OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(raw) };
    // SAFETY: ifreq is plain old data; zeroed is a valid value.
    let mut req: libc::ifreq = unsafe { std::mem::zeroed() };
    for (dst, src) in req.ifr_name.iter_mut().zip(b"lo\0") {
        *dst = *src as libc::c_char;
    }
    // SAFETY: SIOCGIFFLAGS writes the flags into the ifreq we own.
    if unsafe { libc::ioctl(sock.as_raw_fd(), libc::SIOCGIFFLAGS, &mut req) } < 0 {
        return Err(("reading the flags of lo", std::io::Error::last_os_error()));
    }
    // SAFETY: SIOCGIFFLAGS filled the flags member of the union, the one read here.
    unsafe { req.ifr_ifru.ifru_flags |= (libc::IFF_UP | libc::IFF_RUNNING) as libc::c_short };
    // SAFETY: SIOCSIFFLAGS reads the ifreq we own.
    if unsafe { libc::ioctl(sock.as_raw_fd(), libc::SIOCSIFFLAGS, &req) } < 0 {
        return Err(("bringing lo up", std::io::Error::last_os_error()));
    }
    Ok(())
}
