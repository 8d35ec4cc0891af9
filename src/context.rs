//! The per-invocation context: paths, configuration and privilege mode, built once in
//! `cmd::dispatch` and passed down by reference.

use std::path::PathBuf;

use anyhow::Context as _;

use crate::config::Config;
use crate::store::Store;

/// The global flags that shape the context (`--root`, `--storage-driver`, ...).
#[derive(Debug, Default)]
pub struct Options {
    pub root: Option<PathBuf>,
    pub runroot: Option<PathBuf>,
    /// `--storage-driver`: overlay, fuse-overlayfs, copy or vfs (the same as copy).
    pub storage_driver: Option<String>,
    /// `--storage-opt`: `overlay.mount_program=...fuse-overlayfs` selects fuse-overlayfs.
    pub storage_opts: Vec<String>,
    pub tmpdir: Option<PathBuf>,
    pub events_backend: Option<String>,
    pub cgroup_manager: Option<String>,
}

#[derive(Debug)]
pub struct Context {
    /// Persistent storage root (images, layers, containers).
    pub root: PathBuf,
    /// Runtime state root (cleared by a reboot).
    pub runroot: PathBuf,
    /// True when berth runs without real root and works inside a user namespace.
    pub rootless: bool,
    pub config: Config,
    /// `--tmpdir`: where temporary files may go (berth keeps its own inside the store).
    pub tmpdir: Option<PathBuf>,
    /// `--events-backend`: "file" (the default) or "none".
    pub events_backend: String,
    /// `--cgroup-manager`: "cgroupfs" (the default) or "systemd".
    pub cgroup_manager: String,
    /// Set once this process is in its user namespace (rootless; see [`Context::owner_store`]).
    entered: std::cell::Cell<bool>,
}

impl Context {
    pub fn new(opts: Options) -> anyhow::Result<Self> {
        // Started by a rootless berth from inside its user namespace: root there, rootless.
        let entered =
            std::env::var_os(crate::spec::userns::ENTERED_USERNS_ENV).is_some_and(|v| v == "1");
        let rootless = entered || !nix::unistd::geteuid().is_root();
        let mut config = Config::load(rootless)?;
        if let Some(driver) = storage_driver(&opts)? {
            config.storage.driver = Some(driver);
        }
        let (root, runroot) = (opts.root, opts.runroot);
        let root = match root.or_else(|| config.storage.root.clone()) {
            Some(r) => r,
            None => crate::config::default_root(rootless)?,
        };
        let runroot = match runroot.or_else(|| config.storage.runroot.clone()) {
            Some(r) => r,
            None => crate::config::default_runroot(rootless)?,
        };
        Ok(Context {
            root: absolute(root)?,
            runroot: absolute(runroot)?,
            rootless,
            config,
            tmpdir: opts.tmpdir,
            events_backend: opts.events_backend.unwrap_or_else(|| "file".into()),
            cgroup_manager: opts.cgroup_manager.unwrap_or_else(|| "cgroupfs".into()),
            entered: std::cell::Cell::new(entered),
        })
    }

    /// The store as the user: for reading it and for signalling containers, which has to
    /// happen before [`Context::owner_store`] enters the user namespace (from there the
    /// user has no rights over the containers' ids: `rm -f` kills first).
    pub fn store(&self) -> anyhow::Result<Store> {
        Store::open(&self.root, &self.runroot)
            .with_context(|| format!("opening the store at {}", self.root.display()))
    }

    /// The store for creating and deleting files owned by other ids. Rootless, this process
    /// first moves into a user namespace where it is root and the user's subordinate ids
    /// are mapped (once; later calls find it there), so layer files keep their owners.
    pub fn owner_store(&self) -> anyhow::Result<Store> {
        self.enter_userns()?;
        self.store()
    }

    fn enter_userns(&self) -> anyhow::Result<()> {
        if self.rootless && !self.entered.get() {
            crate::sandbox::userns::enter()?;
            self.entered.set(true);
            log::debug!("entered a user namespace");
        }
        Ok(())
    }
}

/// The driver `--storage-driver` and `--storage-opt` ask for, in berth's names.
fn storage_driver(opts: &Options) -> anyhow::Result<Option<String>> {
    let mut driver = match opts.storage_driver.as_deref() {
        None | Some("") => None,
        Some("overlay" | "overlay2") => Some("overlay"),
        Some("vfs" | "copy") => Some("copy"),
        Some("fuse-overlayfs") => Some("fuse-overlayfs"),
        Some(other) => anyhow::bail!(
            "unsupported --storage-driver {other:?}: use overlay, fuse-overlayfs or vfs"
        ),
    };
    for opt in &opts.storage_opts {
        match opt.split_once('=') {
            _ if !storage_opt_ignored(opt) => driver = Some("fuse-overlayfs"),
            _ => {}
        }
    }
    Ok(driver.map(str::to_owned))
}

/// Whether berth ignores a `--storage-opt`: all but a fuse-overlayfs mount program.
pub fn storage_opt_ignored(opt: &str) -> bool {
    !matches!(
        opt.split_once('='),
        Some(("overlay.mount_program" | "mount_program", program))
            if program.ends_with("fuse-overlayfs")
    )
}

fn absolute(p: PathBuf) -> anyhow::Result<PathBuf> {
    std::path::absolute(&p).with_context(|| format!("resolving path {}", p.display()))
}
