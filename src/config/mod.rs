//! Configuration: `/etc/berth/berth.toml` (root) or `$XDG_CONFIG_HOME/berth/berth.toml`
//! (rootless), overridden by command-line flags. Also the default paths for each mode.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use serde::Deserialize;

pub mod containers_conf;
pub mod registries_conf;

use containers_conf::ContainersConf;
use registries_conf::RegistriesConf;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub storage: StorageConfig,
    #[serde(default)]
    pub registries: RegistriesConfig,
    /// The host's containers.conf files, read when a container is created (see
    /// [`containers_conf`]).
    #[serde(skip)]
    containers_conf: std::sync::OnceLock<Result<ContainersConf, String>>,
}

/// `[registries]`: where short names are looked up and how registries are reached.
///
/// ```toml
/// [registries]
/// search = ["docker.io"]                 # tried in order for names without a host
/// insecure = ["127.0.0.1:5000"]          # plain HTTP, or HTTPS without verification
/// timeout = 30                           # seconds to connect, for each answer to start, and
///                                        # of silence mid-transfer
/// [registries.mirrors]
/// "docker.io" = ["mirror.example:5000"]  # tried before the registry itself (pulls only)
/// [registries.ca]
/// "registry.example:5443" = "/etc/berth/certs/example-ca.crt"   # extra trusted CA (PEM)
/// ```
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistriesConfig {
    #[serde(default)]
    pub search: Vec<String>,
    #[serde(default)]
    pub insecure: Vec<String>,
    #[serde(default)]
    pub mirrors: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub ca: std::collections::BTreeMap<String, PathBuf>,
    /// Seconds to wait for a connection, for each answer to start, and for each read of a
    /// body to bring bytes (default 30).
    pub timeout: Option<u64>,
    /// The host's registries.conf files, read the first time a registry is reached (not on
    /// `run`'s path when the image is in the store).
    #[serde(skip)]
    conf: std::sync::OnceLock<Result<RegistriesConf, String>>,
}

impl RegistriesConfig {
    /// registries.conf (see [`registries_conf`]), read once; a file that is not valid is an
    /// error naming it.
    pub fn conf(&self) -> Result<&RegistriesConf, String> {
        self.conf
            .get_or_init(|| RegistriesConf::load().map_err(|e| format!("{e:#}")))
            .as_ref()
            .map_err(Clone::clone)
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StorageConfig {
    pub root: Option<PathBuf>,
    pub runroot: Option<PathBuf>,
    /// How container root filesystems are assembled: "overlay", "fuse-overlayfs", "copy",
    /// or unset to pick the first that works.
    pub driver: Option<String>,
}

impl Config {
    /// Read the configuration file for this mode; a missing file means defaults.
    pub fn load(rootless: bool) -> anyhow::Result<Config> {
        let path = match std::env::var_os("BERTH_CONFIG") {
            Some(p) => PathBuf::from(p),
            None => config_path(rootless)?,
        };
        Self::load_from(&path)
    }

    pub fn load_from(path: &Path) -> anyhow::Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        };
        let config: Config = toml::from_str(&text)
            .map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.message()))?;
        if let Some(d) = &config.storage.driver
            && !matches!(d.as_str(), "overlay" | "fuse-overlayfs" | "copy")
        {
            bail!(
                "{}: storage.driver must be overlay, fuse-overlayfs or copy, not {d:?}",
                path.display()
            );
        }
        Ok(config)
    }
}

impl Config {
    /// containers.conf for this mode, read once; a file that is not valid is an error
    /// naming it.
    pub fn containers_conf(&self, rootless: bool) -> Result<&ContainersConf, String> {
        self.containers_conf
            .get_or_init(|| ContainersConf::load(rootless).map_err(|e| format!("{e:#}")))
            .as_ref()
            .map_err(Clone::clone)
    }
}

/// One of the host's container config files (TOML), parsed; `None` when it is missing or
/// (a rootless user and a 0600 system file) unreadable, which podman skips too. A file
/// that is not valid is an error naming it.
pub(crate) fn read_host_file<T: serde::de::DeserializeOwned>(
    path: &Path,
) -> anyhow::Result<Option<T>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::PermissionDenied
            ) =>
        {
            return Ok(None);
        }
        Err(e) => bail!("reading {}: {e}", path.display()),
    };
    toml::from_str(&without_comment_lines(&text))
        .map(Some)
        .map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.message()))
}

/// `text` without its whole-line comments: a distribution's file is mostly comments
/// (Debian's containers.conf: 24 KB, 1 KB of keys), and `run` reads it. Kept whole where a
/// multi-line string could hold a line that starts with `#`.
fn without_comment_lines(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains("\"\"\"") || text.contains("'''") {
        return text.into();
    }
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(|l| [l, "\n"])
        .collect::<String>()
        .into()
}

/// `*.conf` files of a drop-in directory, in name order.
pub(crate) fn conf_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "conf"))
        .collect();
    out.sort();
    out
}

fn home() -> anyhow::Result<PathBuf> {
    match std::env::var_os("HOME") {
        Some(h) if !h.is_empty() => Ok(PathBuf::from(h)),
        _ => bail!("HOME is not set; pass --root and --runroot"),
    }
}

fn xdg(var: &str, fallback: &str) -> anyhow::Result<PathBuf> {
    match std::env::var_os(var) {
        Some(v) if !v.is_empty() => Ok(PathBuf::from(v)),
        _ => Ok(home()?.join(fallback)),
    }
}

pub fn config_path(rootless: bool) -> anyhow::Result<PathBuf> {
    if rootless {
        Ok(xdg("XDG_CONFIG_HOME", ".config")?.join("berth/berth.toml"))
    } else {
        Ok(PathBuf::from("/etc/berth/berth.toml"))
    }
}

pub fn default_root(rootless: bool) -> anyhow::Result<PathBuf> {
    if rootless {
        Ok(xdg("XDG_DATA_HOME", ".local/share")?.join("berth"))
    } else {
        Ok(PathBuf::from("/var/lib/berth"))
    }
}

pub fn default_runroot(rootless: bool) -> anyhow::Result<PathBuf> {
    if !rootless {
        return Ok(PathBuf::from("/run/berth"));
    }
    match std::env::var_os("XDG_RUNTIME_DIR") {
        Some(v) if !v.is_empty() => Ok(PathBuf::from(v).join("berth")),
        _ => Ok(std::env::temp_dir().join(format!("berth-run-{}", nix::unistd::getuid()))),
    }
}
