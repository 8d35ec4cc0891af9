//! The user namespace a container runs in, as stored in its record: the `--userns` mode and
//! the ids chosen for it at create time. Choosing and entering them is `sandbox`'s job.

use serde::{Deserialize, Serialize};

/// `Auto { size }` before create: estimate the size from the image (`auto` without
/// `size=N`; an explicit size is never 0).
pub const SIZE_FROM_IMAGE: u32 = 0;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Userns {
    #[default]
    Host,
    Auto {
        size: u32,
    },
    /// Rootless: the user's ids (or the given ones) inside stand for the user, see
    /// `sandbox::keepid`.
    KeepId {
        uid: Option<u32>,
        gid: Option<u32>,
    },
}

impl Userns {
    /// `inspect`'s HostConfig.UsernsMode: the mode as it would be given to `--userns`,
    /// empty for the default.
    pub fn inspect_mode(&self) -> String {
        match self {
            Userns::Host => String::new(),
            Userns::Auto { size } if *size == SIZE_FROM_IMAGE => "auto".into(),
            Userns::Auto { size } => format!("auto:size={size}"),
            Userns::KeepId { uid, gid } => {
                let opts: Vec<String> = [("uid", uid), ("gid", gid)]
                    .iter()
                    .filter_map(|(k, v)| v.map(|v| format!("{k}={v}")))
                    .collect();
                match opts.is_empty() {
                    true => "keep-id".into(),
                    false => format!("keep-id:{}", opts.join(",")),
                }
            }
        }
    }
}

/// The host ids container ids `0..size` stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct IdMap {
    pub uid: u32,
    pub gid: u32,
    pub size: u32,
}

impl IdMap {
    pub fn uid_map(&self) -> String {
        format!("0 {} {}\n", self.uid, self.size)
    }
    pub fn gid_map(&self) -> String {
        format!("0 {} {}\n", self.gid, self.size)
    }
}

/// One line of a uid_map or gid_map: container ids `inside..inside+count` are the ids
/// `outside..` of rootless berth's own namespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MapLine {
    pub inside: u32,
    pub outside: u32,
    pub count: u32,
}

/// `--uidmap`/`--gidmap`: the maps of the container's user namespace as given, outside
/// ids being those of the namespace berth works in (the host's as root, berth's own
/// rootless).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct IdMaps {
    pub uid_map: Vec<MapLine>,
    pub gid_map: Vec<MapLine>,
}

/// A keep-id container's ids, resolved at create time and stored in its record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct KeepId {
    /// The container's ids that stand for the user.
    pub uid: u32,
    pub gid: u32,
    /// The user's name and home directory, for the container's /etc/passwd entry.
    pub name: String,
    pub group: String,
    pub home: String,
    pub uid_map: Vec<MapLine>,
    pub gid_map: Vec<MapLine>,
}

/// An id map for files: the owner a stored owner becomes in the copy.
pub trait IdShift {
    /// Names the map; equal keys must mean equal maps.
    fn key(&self) -> String;
    fn uid(&self, id: u32) -> u32;
    fn gid(&self, id: u32) -> u32;
}

/// Set (to `1`) by a rootless berth for the berth processes it starts from inside its user
/// namespace (the monitor's health check helper, and what that runs: `restart`, `stop`):
/// they are root in that namespace, yet rootless, and must not enter another one.
pub const ENTERED_USERNS_ENV: &str = "BERTH_IN_USERNS";
