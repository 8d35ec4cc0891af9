//! `registries.conf` (version 2), the file podman hosts already have: where short names
//! are looked up, how a registry's names are rewritten to another location, which
//! registries are insecure or blocked, their mirrors, and short-name aliases.
//!
//! Files, in podman's order: `$CONTAINERS_REGISTRIES_CONF`, else
//! `$HOME/.config/containers/registries.conf` when it exists, else
//! `/etc/containers/registries.conf`; then every `*.conf` in
//! `/etc/containers/registries.conf.d/` and `$HOME/.config/containers/registries.conf.d/`,
//! in name order. A later file's `unqualified-search-registries` and `short-name-mode`
//! replace the earlier ones, a `[[registry]]` with the same prefix replaces the earlier
//! one, aliases merge. Keys berth does not use are ignored (the files carry many).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// What the registries.conf files say, merged.
#[derive(Debug, Default, Clone)]
pub struct RegistriesConf {
    /// The files read, in order.
    pub files: Vec<PathBuf>,
    /// `unqualified-search-registries`, when a file sets it.
    pub search: Option<Vec<String>>,
    pub short_name_mode: ShortNameMode,
    /// `[[registry]]` tables, by prefix.
    pub registries: Vec<Registry>,
    /// `[aliases]`: short name (without tag) to a fully qualified name.
    pub aliases: BTreeMap<String, String>,
}

/// `short-name-mode`: what an ambiguous short name does.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ShortNameMode {
    /// Prompt on a terminal, fail without one (podman's default).
    #[default]
    Enforcing,
    /// Prompt on a terminal, else try the search registries in order.
    Permissive,
    /// Try the search registries in order.
    Disabled,
}

/// One `[[registry]]`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub struct Registry {
    /// The names this table applies to: `host[/path]`, or `*.domain` (defaults to
    /// `location`).
    #[serde(default)]
    pub prefix: String,
    /// Where those names are pulled from: the prefix is replaced by this.
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub insecure: bool,
    #[serde(default)]
    pub blocked: bool,
    #[serde(default)]
    pub mirror: Vec<Mirror>,
}

/// One `[[registry.mirror]]`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub struct Mirror {
    pub location: String,
    #[serde(default)]
    pub insecure: bool,
    /// "all" (default), "digest-only" or "tag-only".
    #[serde(default)]
    pub pull_from_mirror: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
struct File {
    unqualified_search_registries: Option<Vec<String>>,
    short_name_mode: Option<ShortNameMode>,
    #[serde(default)]
    registry: Vec<Registry>,
    #[serde(default)]
    aliases: BTreeMap<String, String>,
}

impl RegistriesConf {
    /// Read the files for this user (see the module docs); missing files are skipped, a
    /// file that is not valid TOML is an error naming it.
    pub fn load() -> anyhow::Result<RegistriesConf> {
        let home = std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from);
        let user = home.as_ref().map(|h| h.join(".config/containers"));
        let main = match std::env::var_os("CONTAINERS_REGISTRIES_CONF").filter(|p| !p.is_empty()) {
            Some(p) => PathBuf::from(p),
            None => match &user {
                Some(u) if u.join("registries.conf").exists() => u.join("registries.conf"),
                _ => PathBuf::from("/etc/containers/registries.conf"),
            },
        };
        let mut files = vec![main];
        let mut dirs = vec![PathBuf::from("/etc/containers/registries.conf.d")];
        dirs.extend(user.map(|u| u.join("registries.conf.d")));
        for dir in dirs {
            files.extend(super::conf_files(&dir));
        }
        let mut conf = RegistriesConf::default();
        for path in files {
            conf.read(&path)?;
        }
        Ok(conf)
    }

    /// Merge one file in; a missing one is skipped.
    pub fn read(&mut self, path: &Path) -> anyhow::Result<()> {
        let Some(file) = super::read_host_file::<File>(path)? else {
            return Ok(());
        };
        self.files.push(path.to_owned());
        if let Some(search) = file.unqualified_search_registries {
            self.search = Some(search);
        }
        if let Some(mode) = file.short_name_mode {
            self.short_name_mode = mode;
        }
        for mut reg in file.registry {
            if reg.prefix.is_empty() {
                reg.prefix = reg.location.clone();
            }
            if reg.prefix.is_empty() {
                anyhow::bail!(
                    "{}: a [[registry]] needs a prefix or a location",
                    path.display()
                );
            }
            if reg.location.is_empty() && !reg.prefix.starts_with("*.") {
                reg.location = reg.prefix.clone();
            }
            self.registries.retain(|r| r.prefix != reg.prefix);
            self.registries.push(reg);
        }
        self.aliases.extend(file.aliases);
        Ok(())
    }

    /// The `[[registry]]` whose prefix matches `name` (`host/repo`) best: the longest
    /// prefix that ends at a path boundary, or a `*.domain` wildcard on the host.
    pub fn registry_for(&self, name: &str) -> Option<&Registry> {
        let host = name.split('/').next().unwrap_or(name);
        self.registries
            .iter()
            .filter(|r| match r.prefix.strip_prefix("*.") {
                Some(domain) => host.ends_with(&format!(".{domain}")),
                None => {
                    name == r.prefix
                        || name
                            .strip_prefix(&r.prefix)
                            .is_some_and(|rest| rest.starts_with('/') || rest.starts_with(':'))
                }
            })
            .max_by_key(|r| {
                // An exact prefix beats any wildcard.
                if r.prefix.starts_with("*.") {
                    0
                } else {
                    r.prefix.len() + 1
                }
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conf(files: &[&str]) -> RegistriesConf {
        let dir = tempfile::tempdir().unwrap();
        let mut conf = RegistriesConf::default();
        for (i, text) in files.iter().enumerate() {
            let p = dir.path().join(format!("{i}.conf"));
            std::fs::write(&p, text).unwrap();
            conf.read(&p).unwrap();
        }
        conf
    }

    #[test]
    fn later_files_replace_search_and_same_prefix_merge_aliases() {
        let c = conf(&[
            r#"
unqualified-search-registries = ["a.example", "b.example"]
short-name-mode = "permissive"
credential-helpers = ["containers-auth.json"]
[[registry]]
prefix = "quay.io/x"
location = "127.0.0.1:5000/mirror/x"
insecure = true
[[registry.mirror]]
location = "m.example/x"
[aliases]
"busybox" = "docker.io/library/busybox"
"#,
            r#"
unqualified-search-registries = ["c.example"]
[[registry]]
location = "blocked.example"
blocked = true
[[registry]]
prefix = "quay.io/x"
location = "other.example/x"
[aliases]
"alpine" = "docker.io/library/alpine"
"#,
        ]);
        assert_eq!(c.files.len(), 2);
        assert_eq!(c.search.as_deref(), Some(&["c.example".to_owned()][..]));
        assert_eq!(c.short_name_mode, ShortNameMode::Permissive);
        assert_eq!(c.aliases.len(), 2);
        assert_eq!(c.registries.len(), 2);
        let r = c.registry_for("quay.io/x/y").unwrap();
        assert_eq!(r.location, "other.example/x");
        assert!(r.mirror.is_empty());
        assert!(c.registry_for("quay.io/xy/z").is_none());
        assert!(c.registry_for("blocked.example/a").unwrap().blocked);
    }

    #[test]
    fn wildcards_and_longest_prefix() {
        let c = conf(&[r#"
[[registry]]
prefix = "*.example.com"
insecure = true
[[registry]]
prefix = "reg.example.com/team"
location = "mirror.local/team"
"#]);
        assert!(c.registry_for("a.example.com/x").unwrap().insecure);
        assert_eq!(
            c.registry_for("reg.example.com/team/app").unwrap().location,
            "mirror.local/team"
        );
        assert!(c.registry_for("example.com/x").is_none());
    }

    #[test]
    fn bad_files_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("bad.conf");
        std::fs::write(&p, "[[registry]]\ninsecure = true\n").unwrap();
        let e = RegistriesConf::default().read(&p).unwrap_err();
        assert!(e.to_string().contains("bad.conf"), "{e}");
        std::fs::write(&p, "unqualified-search-registries = 3\n").unwrap();
        let e = RegistriesConf::default().read(&p).unwrap_err();
        assert!(e.to_string().contains("bad.conf"), "{e}");
    }
}
