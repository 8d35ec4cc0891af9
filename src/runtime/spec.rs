//! `ContainerSpec`: everything a container needs to run, validated from flags and the image
//! config at create time. Plain data, stored in the container record.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ContainerSpec {
    /// The resolved command line: entrypoint followed by cmd.
    pub argv: Vec<String>,
    /// As given or inherited from the image, for inspect.
    pub entrypoint: Option<Vec<String>>,
    pub cmd: Option<Vec<String>>,
    /// `KEY=value` entries: image env, then -e/--env-file, later ones win.
    pub env: Vec<String>,
    pub working_dir: String,
    /// `user[:group]`, names or numbers; empty means root.
    pub user: String,
    pub hostname: String,
    pub mounts: Vec<BindMount>,
    pub network: NetworkMode,
    pub read_only: bool,
    pub tty: bool,
    pub open_stdin: bool,
    pub auto_remove: bool,
    #[serde(default)]
    pub labels: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    pub stop_signal: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BindMount {
    pub source: PathBuf,
    pub destination: String,
    pub read_only: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NetworkMode {
    /// A private network namespace with only loopback, up.
    Private,
    /// A private network namespace without even loopback configured.
    None,
    /// The host's network namespace.
    Host,
}

impl NetworkMode {
    pub fn as_str(self) -> &'static str {
        match self {
            NetworkMode::Private => "private",
            NetworkMode::None => "none",
            NetworkMode::Host => "host",
        }
    }
}
