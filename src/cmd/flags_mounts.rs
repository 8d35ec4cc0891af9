//! `--tmpfs PATH[:OPTIONS]`, and the rule every mount destination of `-v` and `--tmpfs`
//! obeys: none may replace the container's /proc or /sys (or lie under them), which
//! would hand it a host directory in place of the kernel's view, unless `--privileged`.

use anyhow::bail;

use crate::spec::TmpfsMount;

/// The components of an absolute container path, `.` and empty ones dropped and `..`
/// applied, as the kernel would resolve it from `/`.
fn components(path: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for c in path.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

/// Refuse `dest` when it is /proc, /sys or lies under them (whatever `//`, `.` or `..`
/// it is spelled with), unless the container is privileged.
pub fn refuse_kernel_fs(flag: &str, dest: &str, privileged: bool) -> anyhow::Result<()> {
    let first = components(dest).first().copied();
    if !privileged && matches!(first, Some("proc" | "sys")) {
        bail!(
            "invalid {flag} destination {dest:?}: mounting over /{} is refused (only \
             --privileged allows it)",
            first.unwrap_or_default()
        );
    }
    Ok(())
}

/// Two mounts may not share a destination (`/a` and `/a/` are one).
pub fn refuse_duplicates<'a>(dests: impl Iterator<Item = &'a str>) -> anyhow::Result<()> {
    let mut seen = std::collections::BTreeSet::new();
    for d in dests {
        if !seen.insert(components(d)) {
            bail!("duplicate mount point: {d}");
        }
    }
    Ok(())
}

/// `PATH[:OPTIONS]`: an absolute path and tmpfs options, `rw,nosuid,nodev,noexec` by
/// default as docker does.
pub fn parse_tmpfs(arg: &str) -> anyhow::Result<TmpfsMount> {
    let (dest, opts) = arg.split_once(':').unwrap_or((arg, ""));
    if !dest.starts_with('/') {
        bail!("invalid --tmpfs {arg:?}: the path must be absolute");
    }
    if dest.split('/').any(|c| c == "..") {
        bail!("invalid --tmpfs {arg:?}: the path must not contain \"..\"");
    }
    let mut m = TmpfsMount {
        destination: dest.to_string(),
        options: opts.to_string(),
        read_only: false,
        nosuid: true,
        nodev: true,
        noexec: true,
        size: None,
        mode: None,
        nr_inodes: None,
        uid: None,
        gid: None,
    };
    for o in opts.split(',').filter(|o| !o.is_empty()) {
        let bad = |why: &str| anyhow::anyhow!("invalid --tmpfs {arg:?}: option {o:?} {why}");
        let number = |v: &str| v.parse::<u32>().map_err(|_| bad("must be a number"));
        match o.split_once('=') {
            None => match o {
                "ro" | "rw" => m.read_only = o == "ro",
                "nosuid" | "suid" => m.nosuid = o == "nosuid",
                "nodev" | "dev" => m.nodev = o == "nodev",
                "noexec" | "exec" => m.noexec = o == "noexec",
                _ => return Err(bad("is unknown")),
            },
            Some(("size", v)) => {
                m.size = Some(crate::units::ram_in_bytes(v).map_err(|_| bad("is not a size"))?);
            }
            Some(("nr_inodes", v)) => {
                m.nr_inodes =
                    Some(crate::units::ram_in_bytes(v).map_err(|_| bad("is not a number"))?);
            }
            Some(("mode", v)) => match u32::from_str_radix(v, 8) {
                Ok(mode) if mode <= 0o7777 => m.mode = Some(mode),
                _ => return Err(bad("must be an octal mode")),
            },
            Some(("uid", v)) => m.uid = Some(number(v)?),
            Some(("gid", v)) => m.gid = Some(number(v)?),
            Some(_) => return Err(bad("is unknown")),
        }
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kernel_file_systems_are_refused_in_every_spelling() {
        for bad in [
            "/proc",
            "/proc/",
            "/proc/sys",
            "/sys",
            "//sys",
            "/./proc",
            "/x/../proc/1",
            "/sys/fs/cgroup",
        ] {
            assert!(refuse_kernel_fs("-v", bad, false).is_err(), "{bad}");
            assert!(refuse_kernel_fs("-v", bad, true).is_ok(), "{bad}");
        }
        for ok in ["/", "/procfs", "/system", "/data/proc", "/x/../y"] {
            assert!(refuse_kernel_fs("-v", ok, false).is_ok(), "{ok}");
        }
    }

    #[test]
    fn duplicates() {
        assert!(refuse_duplicates(["/a", "/b"].into_iter()).is_ok());
        assert!(refuse_duplicates(["/a", "/b", "/a/"].into_iter()).is_err());
    }

    #[test]
    fn tmpfs_options() {
        let m = parse_tmpfs("/run").unwrap();
        assert_eq!(
            (m.read_only, m.nosuid, m.nodev, m.noexec, m.size),
            (false, true, true, true, None)
        );
        let m = parse_tmpfs("/run:size=64m,mode=1777,uid=5,gid=6,exec,ro,nr_inodes=1k").unwrap();
        assert_eq!(m.size, Some(64 << 20));
        assert_eq!((m.mode, m.uid, m.gid), (Some(0o1777), Some(5), Some(6)));
        assert_eq!(
            (m.noexec, m.read_only, m.nr_inodes),
            (false, true, Some(1024))
        );
        assert_eq!(
            m.options,
            "size=64m,mode=1777,uid=5,gid=6,exec,ro,nr_inodes=1k"
        );
        for bad in [
            "run",
            "",
            "/a/../b",
            "/run:size=lots",
            "/run:mode=999",
            "/run:mode=17777",
            "/run:uid=-1",
            "/run:gid=x",
            "/run:bogus",
            "/run:bogus=1",
        ] {
            assert!(parse_tmpfs(bad).is_err(), "{bad}");
        }
    }
}
