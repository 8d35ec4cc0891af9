//! Container networks: bridges with NAT and published ports (rootful), loopback, and the
//! /etc/hosts, /etc/hostname, /etc/resolv.conf files.
//!
//! Netlink only (links, addresses and routes through rtnetlink, firewall rules through
//! nf_tables): no `ip`, `iptables` or `nft` binary and no daemon.

pub mod attach;
pub mod config;
pub mod firewall;
pub mod helper;
pub mod hosts;
pub mod netlink;
pub mod nft;
pub mod state;

/// Write `data` to an existing or new file (a sysctl, a temp file about to be renamed).
pub(crate) fn write_file(path: &std::path::Path, data: &[u8]) -> anyhow::Result<()> {
    use anyhow::Context as _;
    use std::io::Write as _;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)
        .with_context(|| format!("opening {}", path.display()))?;
    f.write_all(data)
        .with_context(|| format!("writing {}", path.display()))
}

pub mod usermode;

/// Bring the loopback interface of the current network namespace up.
pub fn loopback_up() -> anyhow::Result<()> {
    crate::sys::net::loopback_up().map_err(|(step, e)| anyhow::Error::new(e).context(step))
}

/// /etc/hosts for a container: loopback names plus its own host name (with its domain,
/// see [`own_names`]).
pub fn hosts_file(hostname: &str, domainname: &str) -> String {
    format!(
        "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n\
         127.0.1.1\t{}\n",
        own_names(hostname, domainname)
    )
}

/// The names a container's own /etc/hosts line gives it: `HOST.DOMAIN HOST` with a
/// `--domainname`, else `HOST`.
pub fn own_names(hostname: &str, domainname: &str) -> String {
    match domainname.is_empty() {
        true => hostname.to_string(),
        false => format!("{hostname}.{domainname} {hostname}"),
    }
}

/// /etc/resolv.conf for a container: the host's, except that in a private network
/// namespace nameservers on the host's loopback are unreachable and are dropped; `--dns`,
/// `--dns-search` and `--dns-option` replace the host's lines of their kind.
pub fn resolv_conf_with(
    host: &str,
    private_net: bool,
    opts: &crate::spec::network::NetworkOpts,
) -> String {
    let mut out = String::new();
    for line in host.lines() {
        let key = line.split_whitespace().next().unwrap_or_default();
        let replaced = (key == "nameserver" && !opts.dns.is_empty())
            || ((key == "search" || key == "domain") && !opts.dns_search.is_empty())
            || (key == "options" && !opts.dns_options.is_empty());
        if !replaced {
            out.push_str(line);
            out.push('\n');
        }
    }
    let mut out = resolv_conf(&out, private_net && opts.dns.is_empty());
    if (!opts.dns_search.is_empty()) && !opts.dns_search.iter().any(|s| s == ".") {
        out.push_str(&format!("search {}\n", opts.dns_search.join(" ")));
    }
    for ns in &opts.dns {
        out.push_str(&format!("nameserver {ns}\n"));
    }
    if !opts.dns_options.is_empty() {
        out.push_str(&format!("options {}\n", opts.dns_options.join(" ")));
    }
    // systemd-resolved's stub (127.0.0.53) cannot be reached from a private namespace: its
    // upstream servers stand in for it.
    if private_net
        && opts.dns.is_empty()
        && !out.contains("nameserver")
        && let Ok(up) = std::fs::read_to_string("/run/systemd/resolve/resolv.conf")
    {
        for line in up.lines().filter(|l| l.starts_with("nameserver")) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
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
    fn dns_flags_replace_the_hosts_lines_of_their_kind() {
        let host = "nameserver 10.0.0.2\nsearch example\noptions ndots:2\n";
        let opts = crate::spec::network::NetworkOpts {
            dns: vec!["10.9.9.9".into()],
            dns_search: vec!["a.test".into()],
            dns_options: vec!["ndots:5".into()],
            ..Default::default()
        };
        assert_eq!(
            resolv_conf_with(host, true, &opts),
            "search a.test\nnameserver 10.9.9.9\noptions ndots:5\n"
        );
        let none = crate::spec::network::NetworkOpts::default();
        assert_eq!(resolv_conf_with(host, true, &none), host);
    }

    #[test]
    fn hosts_names_the_container() {
        assert!(hosts_file("abc123", "").contains("127.0.1.1\tabc123\n"));
        assert!(hosts_file("web", "example.test").contains("127.0.1.1\tweb.example.test web\n"));
    }
}
