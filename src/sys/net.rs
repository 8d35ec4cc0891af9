//! Sockets: the loopback interface, tap devices, addresses and routes, and shutting connections down from a signal handler.

use std::net::Ipv4Addr;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

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
    let sock = inet_socket().map_err(|e| ("opening a socket for lo", e))?;
    set_up(&sock, "lo").map_err(|e| ("bringing lo up", e))
}

/// A datagram socket of the current network namespace, for interface ioctls.
fn inet_socket() -> std::io::Result<OwnedFd> {
    // SAFETY: plain socket(2), no memory involved.
    let raw = unsafe { libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0) };
    if raw < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: raw is a fresh, valid fd that nothing else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(raw) })
}

/// An ifreq naming interface `name` (at most 15 bytes, longer names are cut).
fn ifreq(name: &str) -> libc::ifreq {
    // SAFETY: ifreq is plain old data; zeroed is a valid value.
    let mut req: libc::ifreq = unsafe { std::mem::zeroed() };
    let room = req.ifr_name.len() - 1;
    for (dst, src) in req.ifr_name.iter_mut().zip(name.bytes().take(room)) {
        *dst = src as libc::c_char;
    }
    req
}

/// Run an interface ioctl that reads (or fills) `req`.
fn if_ioctl(sock: &OwnedFd, op: libc::Ioctl, req: &mut libc::ifreq) -> std::io::Result<()> {
    // SAFETY: every request passed here (SIOC[GS]IF*) reads or writes one ifreq, which we
    // own for the duration of the call.
    if unsafe { libc::ioctl(sock.as_raw_fd(), op, req as *mut libc::ifreq) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// Set IFF_UP and IFF_RUNNING on interface `name`.
fn set_up(sock: &OwnedFd, name: &str) -> std::io::Result<()> {
    let mut req = ifreq(name);
    if_ioctl(sock, libc::SIOCGIFFLAGS, &mut req)?;
    // SAFETY: SIOCGIFFLAGS filled the flags member of the union, the one read here.
    unsafe { req.ifr_ifru.ifru_flags |= (libc::IFF_UP | libc::IFF_RUNNING) as libc::c_short };
    if_ioctl(sock, libc::SIOCSIFFLAGS, &mut req)
}

fn sockaddr_in(addr: Ipv4Addr) -> libc::sockaddr {
    let sin = libc::sockaddr_in {
        sin_family: libc::AF_INET as libc::sa_family_t,
        sin_port: 0,
        sin_addr: libc::in_addr {
            s_addr: u32::from(addr).to_be(),
        },
        sin_zero: [0; 8],
    };
    // SAFETY: sockaddr_in and sockaddr have the same size (16 bytes) and both are plain
    // old data; this is the C idiom the interface ioctls expect.
    unsafe { std::mem::transmute::<libc::sockaddr_in, libc::sockaddr>(sin) }
}

/// Open a tap device named `name` in the current network namespace (IFF_TAP, no packet
/// information header): its descriptor reads and writes whole Ethernet frames.
pub fn open_tap(name: &str) -> std::io::Result<OwnedFd> {
    let tun = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/net/tun")?;
    let mut req = ifreq(name);
    req.ifr_ifru.ifru_flags = (libc::IFF_TAP | libc::IFF_NO_PI) as libc::c_short;
    // SAFETY: TUNSETIFF reads the ifreq we own (and writes the name back into it).
    if unsafe { libc::ioctl(tun.as_raw_fd(), libc::TUNSETIFF, &mut req) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(tun.into())
}

/// Give interface `name` its address, netmask and MTU and bring it up. The error says
/// which step failed.
pub fn configure_interface(
    name: &str,
    addr: Ipv4Addr,
    netmask: Ipv4Addr,
    mtu: u32,
) -> Result<(), (&'static str, std::io::Error)> {
    let sock = inet_socket().map_err(|e| ("opening a socket", e))?;
    let mut req = ifreq(name);
    req.ifr_ifru.ifru_addr = sockaddr_in(addr);
    if_ioctl(&sock, libc::SIOCSIFADDR, &mut req).map_err(|e| ("setting the address", e))?;
    let mut req = ifreq(name);
    req.ifr_ifru.ifru_netmask = sockaddr_in(netmask);
    if_ioctl(&sock, libc::SIOCSIFNETMASK, &mut req).map_err(|e| ("setting the netmask", e))?;
    let mut req = ifreq(name);
    req.ifr_ifru.ifru_mtu = mtu as libc::c_int;
    if_ioctl(&sock, libc::SIOCSIFMTU, &mut req).map_err(|e| ("setting the MTU", e))?;
    set_up(&sock, name).map_err(|e| ("bringing the interface up", e))
}

/// glibc's `struct rtentry` (net/route.h), which the libc crate has for other C
/// libraries only.
#[repr(C)]
struct RtEntry {
    rt_pad1: libc::c_ulong,
    rt_dst: libc::sockaddr,
    rt_gateway: libc::sockaddr,
    rt_genmask: libc::sockaddr,
    rt_flags: libc::c_ushort,
    rt_pad2: libc::c_short,
    rt_pad3: libc::c_ulong,
    rt_pad4: *mut libc::c_void,
    rt_metric: libc::c_short,
    rt_dev: *mut libc::c_char,
    rt_mtu: libc::c_ulong,
    rt_window: libc::c_ulong,
    rt_irtt: libc::c_ushort,
}

/// Add the default route through `gateway` in the current network namespace.
pub fn add_default_route(gateway: Ipv4Addr) -> std::io::Result<()> {
    let sock = inet_socket()?;
    let route = RtEntry {
        rt_pad1: 0,
        rt_dst: sockaddr_in(Ipv4Addr::UNSPECIFIED),
        rt_gateway: sockaddr_in(gateway),
        rt_genmask: sockaddr_in(Ipv4Addr::UNSPECIFIED),
        rt_flags: libc::RTF_UP | libc::RTF_GATEWAY,
        rt_pad2: 0,
        rt_pad3: 0,
        rt_pad4: std::ptr::null_mut(),
        rt_metric: 0,
        rt_dev: std::ptr::null_mut(),
        rt_mtu: 0,
        rt_window: 0,
        rt_irtt: 0,
    };
    // SAFETY: SIOCADDRT reads one rtentry, laid out as glibc's above, which we own; its
    // pointers are null (no device name, the kernel picks the interface by gateway).
    if unsafe { libc::ioctl(sock.as_raw_fd(), libc::SIOCADDRT, &route) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// Socket paths are limited to 107 bytes; a long runtime dir is reached through
/// `/proc/self/fd/<dir fd>/<name>`, which stays short whatever the directory.
pub fn with_short_path<T>(
    path: &std::path::Path,
    f: impl FnOnce(&std::path::Path) -> std::io::Result<T>,
) -> std::io::Result<T> {
    if path.as_os_str().len() < 100 {
        return f(path);
    }
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return f(path);
    };
    let dir = std::fs::File::open(dir)?;
    let short = std::path::Path::new("/proc/self/fd")
        .join(dir.as_raw_fd().to_string())
        .join(name);
    f(&short)
}
