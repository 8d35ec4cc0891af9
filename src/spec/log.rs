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
}
