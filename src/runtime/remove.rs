//! Removing containers, killing them first when forced.

use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};

use crate::store::Store;
use crate::store::containers::ContainerRecord;

/// How long `rm -f` waits for a killed container's owner to let go of it.
const KILL_WAIT: Duration = Duration::from_secs(10);

/// Kill a running container's init with SIGKILL and wait until its owner recorded the exit.
/// Must run outside any user namespace of our own: only from the parent namespace does
/// the user hold the rights to signal processes of every container id.
pub fn kill_and_wait(store: &Store, rec: &ContainerRecord) -> anyhow::Result<()> {
    let deadline = Instant::now() + KILL_WAIT;
    let mut killed = false;
    while store.is_running(&rec.id) {
        // The owner takes the lock before it writes the pid: until the pid is there, wait.
        if !killed
            && let Some(pid) = store
                .read_run_state(&rec.id)
                .and_then(|s| signalable(s.pid))
        {
            match nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL) {
                Ok(()) | Err(nix::errno::Errno::ESRCH) => killed = true,
                Err(e) => {
                    return Err(e).with_context(|| format!("killing container {}", rec.name));
                }
            }
        }
        if Instant::now() > deadline {
            bail!(
                "container {} did not stop within {}s of SIGKILL",
                rec.name,
                KILL_WAIT.as_secs()
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    Ok(())
}

/// A pid that names one real process: 0 and negative values address process groups (or
/// everything), 1 is init. A corrupt state file must never turn into such a signal.
pub fn signalable(pid: i32) -> Option<nix::unistd::Pid> {
    (pid > 1).then(|| nix::unistd::Pid::from_raw(pid))
}

/// Delete `paths` in a detached process, so the caller does not wait for the filesystem.
/// The paths are already out of every listing; a deletion that dies halfway is finished by
/// a later [`sweep`].
pub fn purge_in_background(paths: Vec<std::path::PathBuf>) {
    // SAFETY: berth is single-threaded; the child only deletes files and exits.
    match unsafe { nix::unistd::fork() } {
        Ok(nix::unistd::ForkResult::Child) => {
            // Let go of the caller's stdio (a pipe reader waits for every holder).
            if let Ok(null) = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open("/dev/null")
            {
                use std::os::fd::AsRawFd;
                for fd in 0..3 {
                    // SAFETY: dup2 onto the standard descriptors.
                    unsafe { libc::dup2(null.as_raw_fd(), fd) };
                }
            }
            let _ = nix::unistd::setsid();
            for p in &paths {
                if let Err(e) = crate::store::containers::remove_tree(p) {
                    log::debug!("deferred removal of {}: {e}", p.display());
                }
            }
            // SAFETY: end the helper without running the parent's exit handlers.
            unsafe { libc::_exit(0) }
        }
        Ok(nix::unistd::ForkResult::Parent { .. }) => {}
        Err(e) => {
            log::debug!("cannot fork a remover ({e}); deleting in the foreground");
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

/// Remove a stopped container: record, directories, name.
pub fn remove(store: &Store, rec: &ContainerRecord) -> anyhow::Result<()> {
    let Some(lock) = store.try_run_lock(&rec.id)? else {
        bail!(
            "cannot remove container {}: container is running: stop the container before \
             removing or force remove",
            rec.name
        );
    };
    let paths = store.detach_container(rec)?;
    drop(lock);
    purge_in_background(paths);
    Ok(())
}
