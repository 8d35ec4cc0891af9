//! `--network pasta[:OPTIONS]` and `--network slirp4netns[:OPTIONS]`: the container's
//! network namespace is served by one of those programs, for users who ask for them by
//! name (podman runs them for every rootless container; berth's default is its own
//! user-mode network, which needs neither). The program is started after the clone,
//! before the container may exec, and the container goes on once it says the namespace
//! is configured; it is stopped when the container has exited.

use std::io::Read as _;
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use anyhow::{Context as _, bail};

use crate::spec::NetworkMode;

/// A program to run for a container's network namespace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Helper {
    pub program: &'static str,
    /// Its arguments before the container's pid (and, for slirp4netns, the fds).
    pub args: Vec<String>,
}

/// The Debian package that ships `program`, for the error when it is missing.
fn package(program: &str) -> &'static str {
    match program {
        "pasta" => "passt",
        _ => "slirp4netns",
    }
}

/// Where `program` is on PATH; one line naming the package when it is nowhere.
pub fn find(program: &str) -> anyhow::Result<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        let candidate = dir.join(program);
        let access = rustix::fs::Access::EXEC_OK;
        if candidate.is_file() && rustix::fs::access(&candidate, access).is_ok() {
            return Ok(candidate);
        }
    }
    bail!(
        "--network {program}: {program} is not installed (install the {} package, or use \
         the default network, which needs no helper program)",
        package(program)
    )
}

/// The program and arguments for `mode`, checked; None for modes without a helper.
pub fn for_mode(mode: &NetworkMode) -> anyhow::Result<Option<Helper>> {
    Ok(Some(match mode {
        NetworkMode::Pasta(opts) => Helper {
            program: "pasta",
            // Configure the namespace's interface, addresses and routes from the
            // host's; no output unless something fails.
            args: ["--config-net", "--quiet"]
                .into_iter()
                .map(String::from)
                .chain(opts.iter().cloned())
                .collect(),
        },
        NetworkMode::Slirp4netns(opts) => Helper {
            program: "slirp4netns",
            args: slirp_args(opts)?,
        },
        _ => return Ok(None),
    }))
}

/// slirp4netns's flags from podman's `KEY=VALUE` options. As podman: the host's loopback
/// is not reachable unless `allow_host_loopback=true`; MTU 65520.
fn slirp_args(opts: &[String]) -> anyhow::Result<Vec<String>> {
    let mut mtu = "65520".to_string();
    let mut loopback = false;
    let mut out = vec!["--configure".to_string()];
    for o in opts {
        let (k, v) = o.split_once('=').unwrap_or((o, ""));
        let flag = |on: &str| match v {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => bail!("invalid slirp4netns option {o:?}: {on} takes true or false"),
        };
        match k {
            "allow_host_loopback" => loopback = flag(k)?,
            "enable_ipv6" => {
                if flag(k)? {
                    out.push("--enable-ipv6".into());
                }
            }
            "mtu" => match v.parse::<u32>() {
                Ok(m) if (68..=65521).contains(&m) => mtu = v.to_string(),
                _ => bail!("invalid slirp4netns option {o:?}: mtu takes 68 to 65521"),
            },
            "cidr" => {
                crate::network::config::parse_cidr(v)
                    .with_context(|| format!("invalid slirp4netns option {o:?}"))?;
                out.push(format!("--cidr={v}"));
            }
            "outbound_addr" if !v.is_empty() => out.push(format!("--outbound-addr={v}")),
            _ => bail!(
                "unsupported slirp4netns option {o:?}: use allow_host_loopback, cidr, \
                 enable_ipv6, mtu or outbound_addr"
            ),
        }
    }
    out.push(format!("--mtu={mtu}"));
    if !loopback {
        out.push("--disable-host-loopback".into());
    }
    Ok(out)
}

/// A helper serving a container's namespace; stopped (and reaped) on drop.
#[derive(Debug)]
pub struct Running {
    /// The program, in the foreground as our child.
    child: Option<Child>,
    /// slirp4netns quits when this pipe's other end sees end of file.
    _exit: Option<OwnedFd>,
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(c) = &mut self.child {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Start `helper` for the network namespace `ns` (the container init's, handed over
/// before it execs) and wait until the namespace is configured.
pub fn start(helper: &Helper, ns: OwnedFd) -> anyhow::Result<Running> {
    let exe = find(helper.program)?;
    let mut cmd = Command::new(&exe);
    cmd.args(&helper.args)
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    crate::sys::process::spawn_dying_with_parent(&mut cmd);
    let what = || format!("--network {}: starting {}", helper.program, exe.display());
    // The namespace goes by the init's descriptor (its /proc files are closed to us until
    // it execs), inherited (no close-on-exec) and named by its /proc/self path.
    rustix::io::fcntl_setfd(&ns, rustix::io::FdFlags::empty())?;
    let ns_path = format!("/proc/self/fd/{}", ns.as_raw_fd());
    if helper.program == "pasta" {
        // In the foreground, as our child: killed with the container (and by the death
        // signal with this process). The container init waits for the namespace's
        // default route before it goes on (see `wait_configured`); pasta's own errors go
        // to our stderr.
        cmd.args(["--foreground", "--netns", &ns_path]);
        let child = cmd.spawn().with_context(what)?;
        return Ok(Running {
            child: Some(child),
            _exit: None,
        });
    }
    // slirp4netns: it writes to the ready pipe once configured, and quits when the exit
    // pipe closes (this process died) or when it is killed. The two ends it gets are
    // inherited (no close-on-exec), ours are not.
    let (ready_r, ready_w) = rustix::pipe::pipe().context("creating a pipe")?;
    let (exit_r, exit_w) = rustix::pipe::pipe().context("creating a pipe")?;
    for ours in [&ready_r, &exit_w] {
        rustix::io::fcntl_setfd(ours, rustix::io::FdFlags::CLOEXEC)?;
    }
    cmd.arg(format!("--ready-fd={}", ready_w.as_raw_fd()))
        .arg(format!("--exit-fd={}", exit_r.as_raw_fd()))
        .args(["--netns-type=path", &ns_path, "tap0"])
        .stderr(Stdio::null());
    let mut child = cmd.spawn().with_context(what)?;
    drop((ready_w, exit_r));
    let mut ready = std::fs::File::from(ready_r);
    let mut byte = [0u8; 1];
    if !matches!(ready.read(&mut byte), Ok(1)) {
        let _ = child.kill();
        let status = child.wait();
        bail!("--network slirp4netns: slirp4netns did not configure the namespace ({status:?})");
    }
    Ok(Running {
        child: Some(child),
        _exit: Some(exit_w),
    })
}

/// In the container init, after pasta was started on its namespace: wait until the
/// namespace has its default route (pasta configures it last), at most 10 seconds.
pub fn wait_configured(helper: &Helper) -> anyhow::Result<()> {
    if helper.program != "pasta" {
        return Ok(()); // slirp4netns said it was ready before the init was released
    }
    let end = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let routes = std::fs::read_to_string("/proc/self/net/route").unwrap_or_default();
        if routes
            .lines()
            .skip(1)
            .any(|l| l.split_whitespace().nth(1) == Some("00000000"))
        {
            return Ok(());
        }
        if std::time::Instant::now() > end {
            bail!("--network pasta: the namespace got no default route in 10 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
}

/// The resolver slirp4netns answers on with `opts`: 10.0.2.3, or the third address of
/// its `cidr`.
pub fn slirp_resolver(opts: &[String]) -> std::net::Ipv4Addr {
    let net = (opts.iter())
        .find_map(|o| o.strip_prefix("cidr="))
        .and_then(|c| crate::network::config::parse_cidr(c).ok())
        .map_or(std::net::Ipv4Addr::new(10, 0, 2, 0), |(n, _)| n);
    std::net::Ipv4Addr::from(u32::from(net) + 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slirp_options_become_flags_and_bad_ones_are_refused() {
        let args = |o: &[&str]| slirp_args(&o.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(
            args(&[]).unwrap(),
            ["--configure", "--mtu=65520", "--disable-host-loopback"]
        );
        assert_eq!(
            args(&["allow_host_loopback=true", "mtu=1500", "cidr=10.5.0.0/24"]).unwrap(),
            ["--configure", "--cidr=10.5.0.0/24", "--mtu=1500"]
        );
        for bad in [
            "mtu=1",
            "cidr=x",
            "allow_host_loopback=yes",
            "port_handler=rootlesskit",
        ] {
            assert!(args(&[bad]).is_err(), "{bad}");
        }
        let ns = slirp_resolver(&["cidr=10.5.0.0/24".into()]);
        assert_eq!(ns, std::net::Ipv4Addr::new(10, 5, 0, 3));
        assert_eq!(slirp_resolver(&[]), std::net::Ipv4Addr::new(10, 0, 2, 3));
    }

    #[test]
    fn a_missing_program_is_one_line_naming_its_package() {
        let e = find("berth-no-such-helper").unwrap_err().to_string();
        assert!(e.contains("not installed") && !e.contains('\n'), "{e}");
    }
}
