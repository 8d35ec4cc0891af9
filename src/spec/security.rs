//! The security options of a container as asked for on the command line and stored in its
//! record (capabilities, no_new_privs, seccomp, ulimits, sysctls, devices, privileged mode,
//! the user namespace). The steps that apply them live in `sandbox::security`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

fn yes() -> bool {
    true
}

/// What `--privileged`, `--cap-add/--cap-drop`, `--security-opt`, `--ulimit`, `--sysctl`
/// and `--device` asked for; stored in the container record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "PascalCase")]
pub struct SecurityOpts {
    pub privileged: bool,
    /// containers.conf's `default_capabilities`: the set `cap_add`/`cap_drop` start from
    /// (berth's default set when `None`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_capabilities: Option<Vec<String>>,
    /// Capability names (`CAP_NET_ADMIN`) or `ALL`.
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    #[serde(default = "yes")]
    pub no_new_privileges: bool,
    pub seccomp: Seccomp,
    pub ulimits: Vec<Ulimit>,
    pub sysctls: BTreeMap<String, String>,
    pub devices: Vec<Device>,
    /// `--userns`, and for `auto` the host ids chosen at create time.
    pub userns: super::userns::Userns,
    pub id_map: Option<super::userns::IdMap>,
    /// `--userns=keep-id`: the ids and maps resolved at create time.
    pub keep_id: Option<super::userns::KeepId>,
    /// Rootless `--userns=auto`: the ids of berth's own namespace (not host ids) that
    /// container ids `0..size` are, chosen at create time.
    pub nested_range: Option<super::userns::IdMap>,
    /// `--uidmap`/`--gidmap`: the maps as given.
    pub id_maps: Option<super::userns::IdMaps>,
    /// `--security-opt mask=PATH`: paths hidden besides the default masks.
    pub mask: Vec<String>,
    /// `--security-opt unmask=PATH`: default masks and read-only paths lifted (`ALL`: all).
    pub unmask: Vec<String>,
}

impl Default for SecurityOpts {
    fn default() -> Self {
        SecurityOpts {
            privileged: false,
            default_capabilities: None,
            cap_add: Vec::new(),
            cap_drop: Vec::new(),
            no_new_privileges: true,
            seccomp: Seccomp::Default,
            ulimits: Vec::new(),
            sysctls: BTreeMap::new(),
            devices: Vec::new(),
            userns: Default::default(),
            id_map: None,
            keep_id: None,
            nested_range: None,
            id_maps: None,
            mask: Vec::new(),
            unmask: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Seccomp {
    #[default]
    Default,
    Unconfined,
    /// A profile in docker's format, as read from the file at create time.
    Profile(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Ulimit {
    pub name: String,
    pub soft: u64,
    pub hard: u64,
}

/// A host device made available in the container (`--device /dev/fuse[:/dev/fuse][:rwm]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Device {
    pub path_on_host: String,
    pub path_in_container: String,
    pub permissions: String,
    /// 'c' or 'b', with the numbers, resolved at create time.
    pub kind: char,
    pub major: u64,
    pub minor: u64,
}

impl Device {
    /// The device cgroup rule ("c 10:229 rwm").
    pub fn rule(&self) -> String {
        format!(
            "{} {}:{} {}",
            self.kind, self.major, self.minor, self.permissions
        )
    }
}
