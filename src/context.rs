//! The per-invocation context: paths, configuration and privilege mode, built once in
//! `cmd::dispatch` and passed down by reference.

use std::path::PathBuf;

use anyhow::Context as _;

use crate::config::Config;
use crate::store::Store;

#[derive(Debug)]
pub struct Context {
    /// Persistent storage root (images, layers, containers).
    pub root: PathBuf,
    /// Runtime state root (cleared by a reboot).
    pub runroot: PathBuf,
    /// True when berth runs without real root and works inside a user namespace.
    pub rootless: bool,
    pub config: Config,
    /// Set once this process is in its user namespace (rootless; see [`Context::owner_store`]).
    entered: std::cell::Cell<bool>,
}

impl Context {
    pub fn new(root: Option<PathBuf>, runroot: Option<PathBuf>) -> anyhow::Result<Self> {
        let rootless = !nix::unistd::geteuid().is_root();
        let config = Config::load(rootless)?;
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
            entered: std::cell::Cell::new(false),
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

fn absolute(p: PathBuf) -> anyhow::Result<PathBuf> {
    std::path::absolute(&p).with_context(|| format!("resolving path {}", p.display()))
}
