//! What a build was asked for, validated by the command line into plain data.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::spec::NetworkMode;
use crate::spec::reference::Reference;

/// The flags of `build` the builder acts on.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// `-t`: every name the final image gets.
    pub tags: Vec<Reference>,
    /// `--build-arg K=V` (a value from the environment already filled in; `None` when the
    /// variable was named without a value and is not set).
    pub build_args: BTreeMap<String, Option<String>>,
    /// `--target`: the stage to build (and only the stages it needs).
    pub target: Option<String>,
    /// `--no-cache`, or `--layers=false`: every step runs; nothing is looked up.
    pub no_cache: bool,
    /// `--layers=false`: steps are not recorded in the cache either.
    pub record_cache: bool,
    /// `-q`: no step output.
    pub quiet: bool,
    /// `--label`: set on the final image.
    pub labels: BTreeMap<String, String>,
    /// `--network`: the network of RUN steps (a step's `--network` wins).
    pub network: NetworkMode,
    /// `--secret id=ID,src=PATH`: files RUN `--mount=type=secret` may mount.
    pub secrets: BTreeMap<String, PathBuf>,
    /// `--rm`: remove a step's container once it is committed.
    pub rm: bool,
    /// `--force-rm`: remove it also when the step failed.
    pub force_rm: bool,
    /// `--no-hosts`: RUN steps get the image's own /etc/hosts rather than one berth writes.
    pub no_hosts: bool,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            tags: Vec::new(),
            build_args: BTreeMap::new(),
            target: None,
            no_cache: false,
            record_cache: true,
            quiet: false,
            labels: BTreeMap::new(),
            network: NetworkMode::Private,
            secrets: BTreeMap::new(),
            rm: true,
            force_rm: true,
            no_hosts: false,
        }
    }
}

/// The build args every Dockerfile may use without declaring them; they are left out of
/// the cache key and the history, as docker does.
pub const PROXY_ARGS: &[&str] = &[
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "FTP_PROXY",
    "ftp_proxy",
    "NO_PROXY",
    "no_proxy",
    "ALL_PROXY",
    "all_proxy",
];
