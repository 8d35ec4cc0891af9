//! `--tmpfs PATH[:OPTIONS]`, and the rule every mount destination of `-v` and `--tmpfs`
//! obeys: none may replace the container's /proc or /sys (or lie under them), which
//! would hand it a host directory in place of the kernel's view, unless `--privileged`.

use anyhow::bail;

use crate::spec::container::path_components;
use crate::spec::{BindMount, TmpfsMount, VolumeSource};

/// One `--mount`: a bind or volume, or a tmpfs.
#[derive(Debug)]
pub enum Mount {
    Bind(BindMount),
    Tmpfs(TmpfsMount),
}

/// docker's `--mount type=bind|volume|tmpfs,source=,target=,readonly,...`: comma-separated
/// `key=value` fields (`readonly` and `volume-nocopy` may stand alone), the type `volume`
/// when none is given, and docker's messages for what does not fit.
pub fn parse_mount(arg: &str) -> anyhow::Result<Mount> {
    let bad = |why: String| anyhow::anyhow!("invalid argument {arg:?} for \"--mount\" flag: {why}");
    let (mut kind, mut source, mut target) = ("volume".to_owned(), None, None);
    let (mut read_only, mut nocopy, mut chown) = (false, false, false);
    let (mut bind_opts, mut volume_opts, mut tmpfs_opts) = (false, false, Vec::new());
    let truth = |key: &str, v: &str| match v {
        "" | "1" | "true" => Ok(true),
        "0" | "false" => Ok(false),
        _ => Err(bad(format!("invalid value for {key}: {v}"))),
    };
    for field in arg.split(',').filter(|f| !f.is_empty()) {
        let (key, value) = match field.split_once('=') {
            Some((k, v)) => (k.to_ascii_lowercase(), Some(v)),
            None => (field.to_ascii_lowercase(), None),
        };
        let need = || {
            value.ok_or_else(|| bad(format!("invalid field '{field}' must be a key=value pair")))
        };
        match key.as_str() {
            "type" => kind = need()?.to_owned(),
            "source" | "src" => source = Some(need()?.to_owned()),
            "target" | "destination" | "dst" => target = Some(need()?.to_owned()),
            "readonly" | "ro" => read_only = truth(&key, value.unwrap_or(""))?,
            "volume-nocopy" => {
                volume_opts = true;
                nocopy = truth(&key, value.unwrap_or(""))?;
            }
            "bind-propagation" => {
                bind_opts = true;
                match need()? {
                    "private" | "rprivate" | "shared" | "rshared" | "slave" | "rslave" => {}
                    v => return Err(bad(format!("invalid value for {key}: {v}"))),
                }
            }
            "bind-nonrecursive" | "bind-recursive" => bind_opts = true,
            "volume-driver" => {
                volume_opts = true;
                if need()? != "local" {
                    return Err(bad("only the local volume driver is supported".into()));
                }
            }
            "volume-opt" | "volume-label" => {
                volume_opts = true;
                need()?;
            }
            "volume-subpath" => return Err(bad("volume-subpath is not supported".into())),
            "tmpfs-size" => tmpfs_opts.push(format!("size={}", need()?)),
            "tmpfs-mode" => tmpfs_opts.push(format!("mode={}", need()?)),
            "consistency" => {
                need()?;
            }
            "u" | "chown" => chown = truth(&key, value.unwrap_or(""))?,
            _ => return Err(bad(format!("unexpected key '{key}' in '{field}'"))),
        }
    }
    let Some(target) = target.filter(|t| !t.is_empty()) else {
        return Err(bad("target is required".into()));
    };
    if !target.starts_with('/') || target.split('/').any(|c| c == "..") {
        return Err(bad(format!(
            "invalid mount path: '{target}' mount path must be absolute"
        )));
    }
    let mix = |opts: bool, what: &str| match opts {
        true => Err(bad(format!(
            "cannot mix '{what}-*' options with mount type '{kind}'"
        ))),
        false => Ok(()),
    };
    match kind.as_str() {
        "bind" => {
            mix(volume_opts, "volume")?;
            mix(!tmpfs_opts.is_empty(), "tmpfs")?;
            let src = source.filter(|s| !s.is_empty()).ok_or_else(|| {
                bad("invalid mount config for type \"bind\": field Source must not be empty".into())
            })?;
            if !src.starts_with('/') {
                return Err(bad(format!(
                    "invalid mount config for type \"bind\": invalid mount path: '{src}' mount path must be absolute"
                )));
            }
            if std::fs::symlink_metadata(&src).is_err() {
                return Err(bad(format!(
                    "invalid mount config for type \"bind\": bind source path does not exist: {src}"
                )));
            }
            Ok(Mount::Bind(BindMount {
                source: src.into(),
                destination: target,
                read_only,
                volume: None,
            }))
        }
        "volume" => {
            mix(bind_opts, "bind")?;
            mix(!tmpfs_opts.is_empty(), "tmpfs")?;
            let source = source.unwrap_or_default();
            if !source.is_empty() {
                crate::store::volumes::validate_name(&source).map_err(|e| bad(e.to_string()))?;
            }
            Ok(Mount::Bind(BindMount {
                source: Default::default(),
                destination: target,
                read_only,
                volume: Some(VolumeSource {
                    anonymous: source.is_empty(),
                    name: source,
                    nocopy,
                    chown,
                    tmpfs: None,
                }),
            }))
        }
        "tmpfs" => {
            mix(bind_opts, "bind")?;
            mix(volume_opts, "volume")?;
            if source.is_some_and(|s| !s.is_empty()) {
                return Err(bad(
                    "invalid mount config for type \"tmpfs\": field Source must not be specified"
                        .into(),
                ));
            }
            if read_only {
                tmpfs_opts.push("ro".into());
            }
            let spec = format!("{target}:{}", tmpfs_opts.join(","));
            let mut t = parse_tmpfs(&spec).map_err(|e| bad(e.to_string()))?;
            // --mount's tmpfs is only nosuid,nodev, as docker's.
            t.noexec = false;
            Ok(Mount::Tmpfs(t))
        }
        other => Err(bad(format!(
            "invalid mount type {other:?}: use bind, volume or tmpfs"
        ))),
    }
}

/// Refuse `dest` when it is /proc, /sys or lies under them (whatever `//`, `.` or `..`
/// it is spelled with), unless the container is privileged.
pub fn refuse_kernel_fs(flag: &str, dest: &str, privileged: bool) -> anyhow::Result<()> {
    let first = path_components(dest).first().copied();
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
        if !seen.insert(path_components(d)) {
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
    let mut m = crate::runtime::volume_options::tmpfs_defaults(dest, opts.to_string());
    m.noexec = true;
    for o in opts.split(',').filter(|o| !o.is_empty()) {
        crate::runtime::volume_options::tmpfs_option(&mut m, o)
            .map_err(|why| anyhow::anyhow!("invalid --tmpfs {arg:?}: option {o:?} {why}"))?;
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
    fn mounts_parse_like_docker() {
        let Mount::Bind(b) = parse_mount("type=bind,source=/tmp,target=/t,readonly").unwrap()
        else {
            panic!()
        };
        assert_eq!(
            (b.source.to_str(), b.destination.as_str(), b.read_only),
            (Some("/tmp"), "/t", true)
        );
        let Mount::Bind(v) = parse_mount("src=data,dst=/d,volume-nocopy").unwrap() else {
            panic!()
        };
        let vol = v.volume.unwrap();
        assert_eq!(
            (vol.name.as_str(), vol.nocopy, vol.anonymous),
            ("data", true, false)
        );
        let Mount::Bind(a) = parse_mount("type=volume,target=/d").unwrap() else {
            panic!()
        };
        assert!(a.volume.unwrap().anonymous);
        let Mount::Tmpfs(t) =
            parse_mount("type=tmpfs,target=/t,tmpfs-size=1m,tmpfs-mode=1770").unwrap()
        else {
            panic!()
        };
        assert_eq!(
            (t.size, t.mode, t.noexec),
            (Some(1 << 20), Some(0o1770), false)
        );
        for (bad, says) in [
            ("type=bind,target=/t", "Source must not be empty"),
            (
                "type=bind,source=/nonexistent-berth,target=/t",
                "does not exist",
            ),
            ("type=volume,source=a/b,target=/t", "invalid volume name"),
            ("type=volume,source=v", "target is required"),
            (
                "type=tmpfs,target=/t,volume-nocopy",
                "cannot mix 'volume-*'",
            ),
            (
                "type=volume,target=/t,tmpfs-size=1m",
                "cannot mix 'tmpfs-*'",
            ),
            (
                "type=volume,target=/t,bind-propagation=rshared",
                "cannot mix 'bind-*'",
            ),
            (
                "type=bind,src=/tmp,target=/t,bind-propagation=x",
                "invalid value",
            ),
            ("type=nfs,target=/t", "invalid mount type"),
            ("target=/t,foo=bar", "unexpected key 'foo'"),
            ("target", "must be a key=value pair"),
            ("target=t", "must be absolute"),
            ("type=tmpfs,src=x,target=/t", "must not be specified"),
            ("target=/t,readonly=maybe", "invalid value for readonly"),
        ] {
            let e = parse_mount(bad).unwrap_err().to_string();
            assert!(e.contains(says), "{bad}: {e}");
            assert!(e.starts_with("invalid argument"), "{e}");
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
