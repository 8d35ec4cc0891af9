//! Network modes, loopback, and the /etc/hosts, /etc/hostname, /etc/resolv.conf files.

use anyhow::Context as _;

/// Bring the loopback interface of the current network namespace up.
pub fn loopback_up() -> anyhow::Result<()> {
    // SAFETY: plain socket(2); the fd is owned by `sock` right away.
    let raw = unsafe { libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0) };
    if raw < 0 {
        return Err(std::io::Error::last_os_error()).context("opening a socket for lo");
    }
    // SAFETY: raw is a fresh, valid fd that nothing else owns.
    let sock = unsafe { <std::os::fd::OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(raw) };
    use std::os::fd::AsRawFd;
    // SAFETY: ifreq is plain old data; zeroed is a valid value.
    let mut req: libc::ifreq = unsafe { std::mem::zeroed() };
    for (dst, src) in req.ifr_name.iter_mut().zip(b"lo\0") {
        *dst = *src as libc::c_char;
    }
    // SAFETY: SIOCGIFFLAGS/SIOCSIFFLAGS read and write the ifreq we own.
    unsafe {
        if libc::ioctl(sock.as_raw_fd(), libc::SIOCGIFFLAGS, &mut req) < 0 {
            return Err(std::io::Error::last_os_error()).context("reading the flags of lo");
        }
        req.ifr_ifru.ifru_flags |= (libc::IFF_UP | libc::IFF_RUNNING) as libc::c_short;
        if libc::ioctl(sock.as_raw_fd(), libc::SIOCSIFFLAGS, &req) < 0 {
            return Err(std::io::Error::last_os_error()).context("bringing lo up");
        }
    }
    Ok(())
}

/// /etc/hosts for a container: loopback names plus its own hostname.
pub fn hosts_file(hostname: &str) -> String {
    format!(
        "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n\
         127.0.1.1\t{hostname}\n"
    )
}

/// /etc/resolv.conf for a container: the host's, except that in a private network
/// namespace nameservers on the host's loopback are unreachable and are dropped.
pub fn resolv_conf(host: &str, private_net: bool) -> String {
    let mut out = String::new();
    for line in host.lines() {
        let mut words = line.split_whitespace();
        let is_loopback_ns = words.next() == Some("nameserver")
            && words
                .next()
                .is_some_and(|a| a.starts_with("127.") || a == "::1");
        if private_net && is_loopback_ns {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolv_conf_drops_loopback_only_in_private_net() {
        let host = "nameserver 127.0.0.53\nnameserver 10.0.0.2\nsearch example\n";
        assert_eq!(
            resolv_conf(host, true),
            "nameserver 10.0.0.2\nsearch example\n"
        );
        assert_eq!(resolv_conf(host, false), host);
    }

    #[test]
    fn hosts_names_the_container() {
        assert!(hosts_file("abc123").contains("127.0.1.1\tabc123\n"));
    }
}
