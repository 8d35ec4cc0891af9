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
    /// `--tmpfs`: private tmpfs mounts.
    #[serde(default)]
    pub tmpfs: Vec<TmpfsMount>,
    pub network: super::network::NetworkMode,
    /// The networks joined, published ports, DNS and hosts options.
    #[serde(default)]
    pub net: super::network::NetworkOpts,
    pub read_only: bool,
    pub tty: bool,
    pub open_stdin: bool,
    pub auto_remove: bool,
    #[serde(default)]
    pub labels: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    pub stop_signal: Option<String>,
    /// `--restart`: what the monitor does when the command ends.
    #[serde(default)]
    pub restart: RestartPolicy,
    /// `--init`: berth's own minimal init runs as PID 1 and starts the command.
    #[serde(default)]
    pub init: bool,
    /// Resource limits and cgroup use (`-m`, `--cpus`, `--cgroups` ...).
    #[serde(default)]
    pub resources: super::resources::Resources,
    /// Capabilities, seccomp, no_new_privs, ulimits, sysctls, devices, privileged.
    #[serde(default)]
    pub security: super::security::SecurityOpts,
    /// `--log-opt`: rotation of the container log.
    #[serde(default)]
    pub log: super::log::LogOptions,
    /// The health check the monitor runs (flags over the image's HEALTHCHECK).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthcheck: Option<super::health::HealthCheck>,
    /// `--no-hosts` (build's RUN steps): the image's own /etc/hosts stays; berth binds none.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_hosts: bool,
    /// `--stop-timeout`: seconds `stop` and `rm -f` wait after the stop signal before
    /// SIGKILL, when they are not given `-t`; [`DEFAULT_STOP_TIMEOUT`] when unset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_timeout: Option<u32>,
    /// `--tz`: `local` (the host's /etc/localtime) or a zone name under the host's
    /// zoneinfo; the container's /etc/localtime is bound from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// `--pidfile`: the container's pid is written here each time it starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pidfile: Option<PathBuf>,
    /// `--preserve-fds N`: the descriptors 3 to 3+N-1 of the starting process pass into
    /// the container.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub preserve_fds: u32,
    /// `--annotation`: metadata shown by inspect, read by nothing in berth.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub annotations: std::collections::BTreeMap<String, String>,
}

/// Where the host keeps its zone files (`--tz NAME` binds one of them).
pub const ZONEINFO: &str = "/usr/share/zoneinfo";

/// Seconds `stop` waits for a container without `--stop-timeout` (docker's and podman's).
pub const DEFAULT_STOP_TIMEOUT: u32 = 10;

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl ContainerSpec {
    /// The grace `stop` gives this container when not told one.
    pub fn stop_timeout(&self) -> u32 {
        self.stop_timeout.unwrap_or(DEFAULT_STOP_TIMEOUT)
    }
}

/// docker's restart policies; the monitor applies them with a doubling back-off.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RestartPolicy {
    pub name: RestartName,
    /// For `on-failure:N`: give up after N restarts (0 = no limit).
    pub maximum_retry_count: u32,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum RestartName {
    #[default]
    #[serde(rename = "no")]
    No,
    #[serde(rename = "on-failure")]
    OnFailure,
    #[serde(rename = "always")]
    Always,
    #[serde(rename = "unless-stopped")]
    UnlessStopped,
}

impl RestartName {
    pub fn as_str(self) -> &'static str {
        match self {
            RestartName::No => "no",
            RestartName::OnFailure => "on-failure",
            RestartName::Always => "always",
            RestartName::UnlessStopped => "unless-stopped",
        }
    }
}

impl RestartPolicy {
    /// Parse `no`, `on-failure[:N]`, `always`, `unless-stopped`.
    pub fn parse(s: &str) -> Result<RestartPolicy, String> {
        let (name, count) = match s.split_once(':') {
            Some((n, c)) => (n, Some(c)),
            None => (s, None),
        };
        let name = match name {
            "no" | "" => RestartName::No,
            "on-failure" => RestartName::OnFailure,
            "always" => RestartName::Always,
            "unless-stopped" => RestartName::UnlessStopped,
            other => {
                return Err(format!(
                    "invalid restart policy {other:?}: use no, on-failure[:N], always or \
                     unless-stopped"
                ));
            }
        };
        let maximum_retry_count = match count {
            None => 0,
            Some(c) if name == RestartName::OnFailure => c
                .parse::<u32>()
                .map_err(|_| format!("invalid restart count {c:?}: a number is expected"))?,
            Some(_) => return Err(format!("the restart policy {s:?} takes no count")),
        };
        Ok(RestartPolicy {
            name,
            maximum_retry_count,
        })
    }

    /// Whether a container that ended with `code` (after `restarts` restarts so far) runs
    /// again. A stop asked for by the user always wins.
    pub fn restarts(&self, code: i32, restarts: u32, stopped_by_user: bool) -> bool {
        if stopped_by_user {
            return false;
        }
        match self.name {
            RestartName::No => false,
            RestartName::Always | RestartName::UnlessStopped => true,
            RestartName::OnFailure => {
                code != 0 && (self.maximum_retry_count == 0 || restarts < self.maximum_retry_count)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restart_policies_parse_and_decide() {
        let p = RestartPolicy::parse("on-failure:2").unwrap();
        assert!(p.restarts(1, 0, false) && p.restarts(1, 1, false));
        assert!(!p.restarts(1, 2, false) && !p.restarts(0, 0, false));
        assert!(!p.restarts(1, 0, true));
        let a = RestartPolicy::parse("always").unwrap();
        assert!(a.restarts(0, 100, false) && !a.restarts(0, 0, true));
        assert!(!RestartPolicy::parse("no").unwrap().restarts(1, 0, false));
        for bad in ["sometimes", "always:3", "on-failure:x", "on-failure:-1"] {
            assert!(RestartPolicy::parse(bad).is_err(), "{bad}");
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BindMount {
    /// The host path bound; for a volume, its data directory (set at create).
    pub source: PathBuf,
    pub destination: String,
    pub read_only: bool,
    /// The volume this mount is, when it is one (`-v NAME:/p`, `-v /p`, an image VOLUME,
    /// `--mount type=volume`); `None` for a bind of a host path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume: Option<VolumeSource>,
}

/// The components of an absolute container path, `.` and empty ones dropped and `..`
/// applied, as the kernel would resolve it from `/`: two mount destinations are one when
/// these are equal.
pub fn path_components(path: &str) -> Vec<&str> {
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

/// A volume as a container uses it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VolumeSource {
    pub name: String,
    /// Made for this container (`-v /p`, an image VOLUME): removed with it by `rm -v` and
    /// `run --rm`.
    #[serde(default)]
    pub anonymous: bool,
    /// `:nocopy`, `volume-nocopy`: an empty volume is not filled from the image.
    #[serde(default)]
    pub nocopy: bool,
    /// `:U`: the volume's files are given to the container's user.
    #[serde(default)]
    pub chown: bool,
    /// A volume of `type=tmpfs`: this container's own tmpfs with the volume's options
    /// (set at create), mounted instead of a bind of the data dir.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tmpfs: Option<TmpfsMount>,
}

/// `--tmpfs PATH[:OPTIONS]`, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TmpfsMount {
    pub destination: String,
    /// The options as given, for inspect.
    pub options: String,
    pub read_only: bool,
    pub nosuid: bool,
    pub nodev: bool,
    pub noexec: bool,
    /// Bytes; `None`: the kernel's default (half of RAM).
    pub size: Option<u64>,
    pub mode: Option<u32>,
    pub nr_inodes: Option<u64>,
    /// The owner of the tmpfs root, as the container sees it (root by default).
    pub uid: Option<u32>,
    pub gid: Option<u32>,
}
