//! The local volume driver's options (`volume create --opt`): what kind of volume they
//! make, checked once at create so a bad option never reaches a container's start. The
//! same tmpfs options serve `--tmpfs`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::spec::TmpfsMount;

/// What a volume of the local driver is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalKind {
    /// Files in the store's `_data` dir (no options).
    Data,
    /// `type=none,o=bind,device=PATH`: the host directory PATH.
    Bind(PathBuf),
    /// `type=tmpfs[,o=size=..,mode=..,uid=..,gid=..]`: a fresh tmpfs for each container's
    /// use, gone with it (the destination is left empty here).
    Tmpfs(TmpfsMount),
}

/// The kind `opts` make, or why they make none (one line for the user).
pub fn local_kind(opts: &BTreeMap<String, String>) -> Result<LocalKind, String> {
    for k in opts.keys() {
        if !matches!(k.as_str(), "type" | "device" | "o") {
            return Err(format!("invalid option {k:?}: use type, device or o"));
        }
    }
    let o: Vec<&str> = (opts.get("o").map(String::as_str).unwrap_or(""))
        .split(',')
        .filter(|x| !x.is_empty())
        .collect();
    let device = opts.get("device");
    let bind = o.iter().any(|x| matches!(*x, "bind" | "rbind"));
    match opts.get("type").map(String::as_str) {
        None if o.is_empty() && device.is_none() => Ok(LocalKind::Data),
        Some("tmpfs") => {
            let mut m = tmpfs_defaults("", String::new());
            for opt in &o {
                tmpfs_option(&mut m, opt)
                    .map_err(|why| format!("invalid option o={opt}: {why}"))?;
            }
            m.options = o.join(",");
            Ok(LocalKind::Tmpfs(m))
        }
        None | Some("none" | "bind") => {
            if !bind {
                return Err(
                    "invalid options: without a type only o=bind,device=PATH is known".into(),
                );
            }
            if let Some(x) = o.iter().find(|x| !matches!(**x, "bind" | "rbind")) {
                return Err(format!(
                    "invalid option o={x}: a bind takes only bind or rbind"
                ));
            }
            let Some(dev) = device else {
                return Err("invalid options: o=bind needs device=PATH".into());
            };
            let path = PathBuf::from(dev);
            if !path.is_absolute() || !path.is_dir() {
                return Err(format!(
                    "invalid option device={dev}: an existing absolute directory is needed"
                ));
            }
            Ok(LocalKind::Bind(path))
        }
        Some(t) => Err(format!(
            "invalid option type={t}: use tmpfs, or none with o=bind"
        )),
    }
}

/// A tmpfs at `dest` with berth's defaults: read-write, `nosuid,nodev`, the kernel's size.
pub fn tmpfs_defaults(dest: &str, options: String) -> TmpfsMount {
    TmpfsMount {
        destination: dest.to_owned(),
        options,
        read_only: false,
        nosuid: true,
        nodev: true,
        noexec: false,
        size: None,
        mode: None,
        nr_inodes: None,
        uid: None,
        gid: None,
    }
}

/// Apply one tmpfs option (`size=64m`, `mode=1777`, `uid=5`, `ro`, `noexec`, ...) to `m`;
/// an unknown or malformed one says why.
pub fn tmpfs_option(m: &mut TmpfsMount, o: &str) -> Result<(), &'static str> {
    let number = |v: &str| v.parse::<u32>().map_err(|_| "must be a number");
    match o.split_once('=') {
        None => match o {
            "ro" | "rw" => m.read_only = o == "ro",
            "nosuid" | "suid" => m.nosuid = o == "nosuid",
            "nodev" | "dev" => m.nodev = o == "nodev",
            "noexec" | "exec" => m.noexec = o == "noexec",
            _ => return Err("is unknown"),
        },
        Some(("size", v)) => {
            m.size = Some(crate::units::ram_in_bytes(v).map_err(|_| "is not a size")?);
        }
        Some(("nr_inodes", v)) => {
            m.nr_inodes = Some(crate::units::ram_in_bytes(v).map_err(|_| "is not a number")?);
        }
        Some(("mode", v)) => match u32::from_str_radix(v, 8) {
            Ok(mode) if mode <= 0o7777 => m.mode = Some(mode),
            _ => return Err("must be an octal mode"),
        },
        Some(("uid", v)) => m.uid = Some(number(v)?),
        Some(("gid", v)) => m.gid = Some(number(v)?),
        Some(_) => return Err("is unknown"),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(kv: &[(&str, &str)]) -> BTreeMap<String, String> {
        kv.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn kinds() {
        assert_eq!(local_kind(&opts(&[])).unwrap(), LocalKind::Data);
        let LocalKind::Tmpfs(t) = local_kind(&opts(&[
            ("type", "tmpfs"),
            ("device", "tmpfs"),
            ("o", "size=1m,uid=5,mode=700"),
        ]))
        .unwrap() else {
            panic!("not a tmpfs")
        };
        assert_eq!(
            (t.size, t.uid, t.mode, t.nosuid, t.noexec),
            (Some(1 << 20), Some(5), Some(0o700), true, false)
        );
        assert_eq!(
            local_kind(&opts(&[("type", "none"), ("o", "bind"), ("device", "/")])).unwrap(),
            LocalKind::Bind("/".into())
        );
        for bad in [
            &[("type", "ext4"), ("device", "/dev/sda")][..],
            &[("type", "tmpfs"), ("o", "size=x")],
            &[("type", "tmpfs"), ("o", "bind")],
            &[("type", "none"), ("o", "bind")],
            &[("type", "none"), ("device", "/")],
            &[("o", "bind,ro"), ("device", "/")],
            &[("o", "bind"), ("device", "tmp")],
            &[("device", "/")],
            &[("colour", "blue")],
        ] {
            assert!(local_kind(&opts(bad)).is_err(), "{bad:?}");
        }
    }
}
