//! Network modes, loopback, and the /etc/hosts, /etc/hostname, /etc/resolv.conf files.

pub mod usermode;

/// Bring the loopback interface of the current network namespace up.
pub fn loopback_up() -> anyhow::Result<()> {
    crate::sys::net::loopback_up().map_err(|(step, e)| anyhow::Error::new(e).context(step))
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
