//! Starting a container in the background without a daemon: a detached berth process owns
//! the container (holds its run lock, reaps it, records its exit) and writes the
//! container's output to `containers/<id>/console.log`.

use std::io::{Read, Write};
use std::os::fd::AsRawFd;

use anyhow::{Context as _, anyhow};
use nix::unistd::ForkResult;

use crate::store::Store;
use crate::store::containers::{ContainerRecord, RunLock};

/// Start the container in a detached owner process; returns once the command has been
/// exec'd (or with the reason it could not be).
pub fn start_detached(
    store: &Store,
    rec: &mut ContainerRecord,
    lock: RunLock,
    rootless: bool,
) -> anyhow::Result<()> {
    let log_path = store.container_dir(&rec.id).join("console.log");
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log_path)
        .with_context(|| format!("opening {}", log_path.display()))?;
    let null = std::fs::File::open("/dev/null").context("opening /dev/null")?;
    let (mut rx, tx) = std::io::pipe().context("creating a pipe")?;
    // SAFETY: berth is single-threaded; the child only continues our own code.
    match unsafe { nix::unistd::fork() }.context("forking the container owner")? {
        ForkResult::Child => {
            drop(rx);
            let _ = nix::unistd::setsid();
            // SAFETY: dup2 onto the standard descriptors with fds we own.
            unsafe {
                libc::dup2(null.as_raw_fd(), 0);
                libc::dup2(log.as_raw_fd(), 1);
                libc::dup2(log.as_raw_fd(), 2);
            }
            drop(null);
            drop(log);
            let mut spec = rec.clone();
            // No terminal to attach to in the background.
            spec.spec.tty = false;
            spec.spec.open_stdin = false;
            let mut tx = Some(tx);
            // The answer must be sent (and the pipe closed) as soon as the command runs.
            let result = super::run::run_attached(store, &mut spec, lock, rootless, &mut || {
                if let Some(mut t) = tx.take() {
                    let _ = t.write_all(b"ok");
                }
            });
            if let Some(mut tx) = tx {
                let msg = match &result {
                    Err(e) => format!("{e:#}"),
                    Ok(_) => "the container exited before it started".into(),
                };
                let _ = tx.write_all(msg.as_bytes());
            }
            // SAFETY: end the owner process without returning into the CLI's code.
            unsafe { libc::_exit(0) }
        }
        ForkResult::Parent { .. } => {
            drop(tx);
            drop(lock);
            let mut answer = String::new();
            rx.read_to_string(&mut answer)
                .context("waiting for the container to start")?;
            if answer.starts_with("ok") {
                Ok(())
            } else if answer.is_empty() {
                Err(anyhow!(
                    "the container owner process died before the container started"
                ))
            } else {
                Err(anyhow!(answer))
            }
        }
    }
}
