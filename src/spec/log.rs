//! Logging settings: berth's own log level (`--log-level`) and the rotation of a container's
//! log (`--log-opt`, stored in its record).

use serde::{Deserialize, Serialize};

/// `--log-level`: berth's messages at this level and above go to stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogLevel {
    /// podman's levels above error: berth logs them as errors.
    Panic,
    Fatal,
    Error,
    Warn,
    Info,
    Debug,
    Trace,
}

/// `--log-opt` settings, by docker's json-file option names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LogOptions {
    /// Rotate once the log reaches this many bytes (`max-size`); never when unset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_size: Option<u64>,
    /// How many files to keep, the current one included (`max-file`, default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_file: Option<u32>,
    /// `--log-driver` as given: k8s-file (the default) and json-file write the log file,
    /// none writes nothing, passthrough hands the caller's stdio to the container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub driver: Option<String>,
    /// `--log-opt path=`: the log file, instead of the one in the container's directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<std::path::PathBuf>,
}

/// The log drivers berth has, by podman's names.
pub const LOG_DRIVERS: [&str; 4] = ["k8s-file", "json-file", "none", "passthrough"];

impl LogOptions {
    /// The driver's name, as inspect shows it.
    pub fn driver(&self) -> &str {
        self.driver.as_deref().unwrap_or("k8s-file")
    }

    /// Whether the container's output is written to a log file.
    pub fn writes_file(&self) -> bool {
        !matches!(self.driver(), "none" | "passthrough")
    }

    /// `passthrough`: the container's stdio is the caller's own.
    pub fn passthrough(&self) -> bool {
        self.driver() == "passthrough"
    }
}
