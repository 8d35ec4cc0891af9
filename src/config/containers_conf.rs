//! `containers.conf`, the file podman hosts already have: the `[containers]` keys that map
//! onto berth's container options (default ulimits, capabilities and sysctls, the pids
//! limit, the log size, the time zone). Keys berth does not use are ignored.
//!
//! Files, in podman's order, each later one overriding the keys it sets:
//! `/usr/share/containers/containers.conf`, `/etc/containers/containers.conf`, every `*.conf`
//! in `/etc/containers/containers.conf.d/` (name order); rootless also
//! `$XDG_CONFIG_HOME/containers/containers.conf` (`~/.config/...`) and its `.d/`. When
//! `$CONTAINERS_CONF` is set, that file alone is read (and must exist);
//! `$CONTAINERS_CONF_OVERRIDE` is read last. Read only when a container is created, and
//! only the files that exist: a host without any costs a failed open per name.

use std::path::{Path, PathBuf};

use anyhow::bail;
use serde::Deserialize;

/// What the containers.conf files say, merged.
#[derive(Debug, Default, Clone)]
pub struct ContainersConf {
    /// The files read, in order.
    pub files: Vec<PathBuf>,
    pub containers: Containers,
}

/// The `[containers]` keys berth applies; `None`: no file set it.
#[derive(Debug, Default, Clone, PartialEq, Eq, Deserialize)]
pub struct Containers {
    /// `NAME=SOFT[:HARD]`, as `--ulimit`; a flag for the same limit wins.
    pub default_ulimits: Option<Vec<String>>,
    /// The capabilities a container starts from (berth's default set otherwise);
    /// `--cap-add`/`--cap-drop` change it.
    pub default_capabilities: Option<Vec<String>>,
    /// `NAME=VALUE`, as `--sysctl`; a flag for the same name wins; `net.*` ones are
    /// skipped for a container without a network namespace of its own.
    pub default_sysctls: Option<Vec<String>>,
    /// Without `--pids-limit`; 0 or less: no limit. Skipped where berth cannot set limits.
    pub pids_limit: Option<i64>,
    /// Bytes a container's log may reach before it is rotated, without `--log-opt
    /// max-size`; negative: no limit.
    pub log_size_max: Option<i64>,
    /// Without `--tz`: a zone name, or `local` for the host's.
    pub tz: Option<String>,
}

#[derive(Debug, Deserialize)]
struct File {
    containers: Option<Containers>,
}

impl ContainersConf {
    /// Read the files for this mode (see the module docs).
    pub fn load(rootless: bool) -> anyhow::Result<ContainersConf> {
        let var = |k: &str| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let user = if rootless {
            var("XDG_CONFIG_HOME")
                .or_else(|| var("HOME").map(|h| h.join(".config")))
                .map(|c| c.join("containers"))
        } else {
            None
        };
        let files = files(
            var("CONTAINERS_CONF"),
            var("CONTAINERS_CONF_OVERRIDE"),
            &[
                Path::new("/usr/share/containers"),
                Path::new("/etc/containers"),
            ],
            user.as_deref(),
        )?;
        let mut conf = ContainersConf::default();
        for path in files {
            conf.read(&path)?;
        }
        Ok(conf)
    }

    /// Merge one file in: the keys it sets replace the earlier ones. A missing or (for a
    /// rootless user) unreadable file is skipped, as podman does; one that is not valid is
    /// an error naming it.
    pub fn read(&mut self, path: &Path) -> anyhow::Result<()> {
        let Some(file) = super::read_host_file::<File>(path)? else {
            return Ok(());
        };
        self.files.push(path.to_owned());
        let Some(new) = file.containers else {
            return Ok(());
        };
        let c = &mut self.containers;
        // Field by field: a key a later file leaves out keeps the earlier value.
        macro_rules! over {
            ($($field:ident),*) => { $( if new.$field.is_some() { c.$field = new.$field; } )* };
        }
        over!(
            default_ulimits,
            default_capabilities,
            default_sysctls,
            pids_limit,
            log_size_max,
            tz
        );
        Ok(())
    }
}

/// The files to read, in order: `conf` (`$CONTAINERS_CONF`) alone when set, else
/// `containers.conf` in each of `system` then the `.d/` beside the last one, then
/// `user`'s; `over` (`$CONTAINERS_CONF_OVERRIDE`) last.
fn files(
    conf: Option<PathBuf>,
    over: Option<PathBuf>,
    system: &[&Path],
    user: Option<&Path>,
) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    if let Some(path) = conf {
        if !path.exists() {
            bail!("CONTAINERS_CONF file {} does not exist", path.display());
        }
        out.push(path);
    } else {
        out.extend(system.iter().map(|d| d.join("containers.conf")));
        if let Some(last) = system.last() {
            out.extend(super::conf_files(&last.join("containers.conf.d")));
        }
        if let Some(u) = user {
            out.push(u.join("containers.conf"));
            out.extend(super::conf_files(&u.join("containers.conf.d")));
        }
    }
    out.extend(over);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn later_files_override_the_keys_they_set() {
        let d = tempfile::tempdir().unwrap();
        let (usr, etc, user) = (
            d.path().join("usr"),
            d.path().join("etc"),
            d.path().join("u"),
        );
        write(
            &usr,
            "containers.conf",
            "[containers]\npids_limit = 2048\ntz = \"UTC\"\n",
        );
        write(
            &etc,
            "containers.conf",
            "[engine]\nevents_logger = \"file\"\n[containers]\ndefault_ulimits = [\"nofile=10:20\"]\n",
        );
        write(
            &etc,
            "containers.conf.d/10-a.conf",
            "[containers]\npids_limit = 100\n",
        );
        write(&etc, "containers.conf.d/ignored.txt", "not toml [");
        write(
            &user,
            "containers.conf.d/1.conf",
            "[containers]\ntz = \"local\"\n",
        );
        let list = files(None, None, &[&usr, &etc], Some(&user)).unwrap();
        let mut conf = ContainersConf::default();
        for f in &list {
            conf.read(f).unwrap();
        }
        // The user's containers.conf does not exist: skipped, not listed as read.
        assert_eq!(conf.files.len(), 4, "{:?}", conf.files);
        assert_eq!(conf.containers.pids_limit, Some(100));
        assert_eq!(conf.containers.tz.as_deref(), Some("local"));
        assert_eq!(
            conf.containers.default_ulimits,
            Some(vec!["nofile=10:20".to_owned()])
        );
        assert_eq!(conf.containers.default_capabilities, None);
    }

    #[test]
    fn containers_conf_variable_replaces_the_files_and_override_comes_last() {
        let d = tempfile::tempdir().unwrap();
        let one = write(d.path(), "one.conf", "");
        let two = write(d.path(), "two.conf", "");
        let etc = d.path().join("etc");
        write(&etc, "containers.conf", "");
        let list = files(Some(one.clone()), Some(two.clone()), &[&etc], None).unwrap();
        assert_eq!(list, vec![one, two]);
        let e = files(Some(d.path().join("none")), None, &[&etc], None).unwrap_err();
        assert!(e.to_string().contains("CONTAINERS_CONF"), "{e}");
    }

    #[test]
    fn bad_files_are_named() {
        let d = tempfile::tempdir().unwrap();
        let p = write(
            d.path(),
            "bad.conf",
            "[containers]\npids_limit = \"many\"\n",
        );
        let e = ContainersConf::default().read(&p).unwrap_err();
        assert!(e.to_string().contains("bad.conf"), "{e}");
    }
}
