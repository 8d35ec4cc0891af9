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
    if !store.is_running(&rec.id) {
        return Ok(());
    }
    if let Some(state) = store.read_run_state(&rec.id) {
        match nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(state.pid),
            nix::sys::signal::Signal::SIGKILL,
        ) {
            Ok(()) | Err(nix::errno::Errno::ESRCH) => {}
            Err(e) => return Err(e).with_context(|| format!("killing container {}", rec.name)),
        }
    }
    let deadline = Instant::now() + KILL_WAIT;
    while store.is_running(&rec.id) {
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

/// Remove a stopped container: record, directories, name.
pub fn remove(store: &Store, rec: &ContainerRecord) -> anyhow::Result<()> {
    let Some(lock) = store.try_run_lock(&rec.id)? else {
        bail!(
            "cannot remove container {}: container is running: stop the container before \
             removing or force remove",
            rec.name
        );
    };
    store.delete_container(rec)?;
    drop(lock);
    Ok(())
}
