//! A container's health check (`--health-*` flags over the image's HEALTHCHECK): docker's
//! `Healthcheck` config, durations in nanoseconds (0: the default), and what the monitor does
//! when the container turns unhealthy (podman's `--health-on-failure`).

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// docker's defaults.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(30);
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_RETRIES: i64 = 3;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HealthCheck {
    /// `["CMD", prog, args...]`, `["CMD-SHELL", command]`, or `["NONE"]` (no check).
    #[serde(default)]
    pub test: Vec<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub interval: i64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub timeout: i64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub start_period: i64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub start_interval: i64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub retries: i64,
    /// What the monitor does when the container turns unhealthy.
    #[serde(default, skip_serializing_if = "OnFailure::is_none")]
    pub on_failure: OnFailure,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// `--health-on-failure`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum OnFailure {
    #[default]
    None,
    Kill,
    Restart,
    Stop,
}

impl OnFailure {
    fn is_none(&self) -> bool {
        *self == OnFailure::None
    }
}

impl HealthCheck {
    /// Whether there is a check to run (a test other than `NONE`).
    pub fn enabled(&self) -> bool {
        !self.test.is_empty() && self.test[0] != "NONE"
    }

    /// The command to exec in the container.
    pub fn argv(&self) -> Vec<String> {
        match self.test.split_first() {
            Some((kind, rest)) if kind == "CMD" => rest.to_vec(),
            Some((kind, rest)) if kind == "CMD-SHELL" => {
                vec!["/bin/sh".into(), "-c".into(), rest.join(" ")]
            }
            // A bare command (as podman's --health-cmd writes it unprefixed in old records).
            _ => self.test.clone(),
        }
    }

    pub fn interval(&self) -> Duration {
        nanos_or(self.interval, DEFAULT_INTERVAL)
    }

    pub fn timeout(&self) -> Duration {
        nanos_or(self.timeout, DEFAULT_TIMEOUT)
    }

    pub fn start_period(&self) -> Duration {
        nanos_or(self.start_period, Duration::ZERO)
    }

    /// The interval during the start period (docker's `--health-start-interval`).
    pub fn start_interval(&self) -> Duration {
        nanos_or(self.start_interval, self.interval())
    }

    pub fn retries(&self) -> i64 {
        if self.retries > 0 {
            self.retries
        } else {
            DEFAULT_RETRIES
        }
    }

    /// `over` laid on `self`: the test and every non-zero setting of `over` win (docker
    /// merges the flags with the image's HEALTHCHECK field by field).
    pub fn merged(&self, over: &HealthCheck) -> HealthCheck {
        let pick = |a: i64, b: i64| if b != 0 { b } else { a };
        HealthCheck {
            test: if over.test.is_empty() {
                self.test.clone()
            } else {
                over.test.clone()
            },
            interval: pick(self.interval, over.interval),
            timeout: pick(self.timeout, over.timeout),
            start_period: pick(self.start_period, over.start_period),
            start_interval: pick(self.start_interval, over.start_interval),
            retries: pick(self.retries, over.retries),
            on_failure: if over.on_failure.is_none() {
                self.on_failure
            } else {
                over.on_failure
            },
        }
    }
}

fn nanos_or(nanos: i64, default: Duration) -> Duration {
    u64::try_from(nanos)
        .ok()
        .filter(|n| *n > 0)
        .map_or(default, Duration::from_nanos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_defaults_and_merging() {
        let image = HealthCheck {
            test: vec!["CMD-SHELL".into(), "test -f /ok".into()],
            interval: 5_000_000_000,
            ..Default::default()
        };
        assert_eq!(image.argv(), ["/bin/sh", "-c", "test -f /ok"]);
        assert_eq!(image.interval(), Duration::from_secs(5));
        assert_eq!(image.timeout(), DEFAULT_TIMEOUT);
        assert_eq!(image.retries(), 3);
        let flags = HealthCheck {
            retries: 1,
            on_failure: OnFailure::Kill,
            ..Default::default()
        };
        let m = image.merged(&flags);
        assert_eq!(m.test, image.test);
        assert_eq!(
            (m.retries, m.interval, m.on_failure),
            (1, 5_000_000_000, OnFailure::Kill)
        );
        let none = HealthCheck {
            test: vec!["NONE".into()],
            ..Default::default()
        };
        assert!(!image.merged(&none).enabled());
        let cmd = HealthCheck {
            test: vec!["CMD".into(), "true".into()],
            ..Default::default()
        };
        assert_eq!(cmd.argv(), ["true"]);
    }
}
