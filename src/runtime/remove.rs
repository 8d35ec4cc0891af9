//! Removing containers, killing them first when forced.

use crate::store::Store;
use crate::store::containers::ContainerRecord;

/// A pid that names one real process: 0 and negative values address process groups (or
/// everything), 1 is init. A corrupt state file must never turn into such a signal.
pub fn signalable(pid: i32) -> Option<nix::unistd::Pid> {
    (pid > 1).then(|| nix::unistd::Pid::from_raw(pid))
}

/// Delete `paths` in a detached process, so the caller does not wait for the filesystem.
/// The paths are already out of every listing; a deletion that dies halfway is finished by
/// a later [`sweep`].
/// `name`: a container whose name link the caller left in place
/// ([`Store::detach_container_keeping_name`]); it is released first.
pub fn purge_in_background(
    paths: Vec<std::path::PathBuf>,
    name: Option<(&Store, &ContainerRecord)>,
) {
    let release = || {
        if let Some((store, rec)) = name
            && let Err(e) = store.release_name(&rec.name, &rec.id)
        {
            log::debug!("releasing the name {}: {e}", rec.name);
        }
    };
    // berth is single-threaded; the child only deletes files and exits.
    match crate::sys::process::fork() {
        Ok(nix::unistd::ForkResult::Child) => {
            // Let go of the caller's stdio (a pipe reader waits for every holder).
            super::monitor::detach_stdio();
            let _ = nix::unistd::setsid();
            release();
            for p in &paths {
                if let Err(e) = crate::store::containers::remove_tree(p) {
                    log::debug!("deferred removal of {}: {e}", p.display());
                }
            }
            // End the helper without running the parent's exit handlers.
            crate::sys::process::exit_now(0)
        }
        Ok(nix::unistd::ForkResult::Parent { .. }) => {}
        Err(e) => {
            log::debug!("cannot fork a remover ({e}); deleting in the foreground");
            release();
            for p in &paths {
                let _ = crate::store::containers::remove_tree(p);
            }
        }
    }
}

/// Finish deletions that an interrupted remover left behind.
pub fn sweep(store: &Store) {
    for p in store.doomed_leftovers() {
        let _ = crate::store::containers::remove_tree(&p);
    }
}

/// Remove a stopped container: record, directories, name (and with `volumes`, its
/// anonymous volumes no other container uses).
pub fn remove(store: &Store, rec: &ContainerRecord, volumes: bool) -> anyhow::Result<()> {
    let Some(lock) = store.try_run_lock(&rec.id)? else {
        return Err(super::error::Error::RunningCannotRemove(rec.name.clone()).into());
    };
    let paths = store.detach_container(rec)?;
    drop(lock);
    super::events::container(store, rec, "destroy");
    if volumes && !rec.spec.auto_remove {
        store.remove_anonymous_volumes(rec)?;
    }
    purge_in_background(paths, None);
    Ok(())
}
