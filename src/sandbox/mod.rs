//! Everything between clone and execve. No store and no clap here.
//!
//! `spawn` clones the container init from a [`plan::SandboxPlan`], waits until it has
//! exec'd (or reports why it could not), and hands back its pid and pty.

pub mod caps;
pub mod child;
pub mod clone;
pub mod exec;
pub mod plan;
pub mod rootfs;
pub mod sync;
pub mod user;
pub mod userns;

use std::os::fd::OwnedFd;

use anyhow::{Context as _, anyhow};
use nix::unistd::Pid;

use crate::error::ExecFailed;
use plan::SandboxPlan;
use sync::{Received, Stage, SyncMsg};

/// A container init that has exec'd its command.
#[derive(Debug)]
pub struct Spawned {
    pub pid: Pid,
    /// The pty master, when the plan asked for a terminal.
    pub pty: Option<OwnedFd>,
}

/// Clone the container init and drive it to execve. `on_pty` runs once the child has sent
/// its pty master and before the child continues (to size the terminal first).
///
/// The caller must be single-threaded and should already block the signals it will relay.
pub fn spawn(
    plan: &SandboxPlan,
    on_pty: &mut dyn FnMut(&OwnedFd) -> anyhow::Result<()>,
) -> anyhow::Result<Spawned> {
    let (ours, theirs) = sync::pair().context("creating the sync socket")?;
    let pid = match clone::clone_fork(plan.namespaces)
        .context("creating the container namespaces")?
    {
        clone::Cloned::Child => {
            drop(ours);
            // Never unwind into the parent's frames from here.
            let r =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| child::run(plan, theirs)));
            let _ = r;
            // SAFETY: see child::run; reached only if it panicked.
            unsafe { libc::_exit(crate::error::EXIT_BERTH as i32) }
        }
        clone::Cloned::Parent(pid) => pid,
    };
    drop(theirs);
    drive(&ours, pid, on_pty)
}

/// The parent's side of the channel: hand over the pty, release the child, and wait for
/// its exec (end of file) or its failure. Shared with `exec`, which joins a container.
pub fn drive(
    ours: &sync::Channel,
    pid: Pid,
    on_pty: &mut dyn FnMut(&OwnedFd) -> anyhow::Result<()>,
) -> anyhow::Result<Spawned> {
    let mut pty = None;
    loop {
        match ours.recv().context("reading from the container init")? {
            Received::Closed => return Ok(Spawned { pid, pty }),
            Received::Msg(SyncMsg::PtyMaster, Some(fd)) => {
                let configured = on_pty(&fd);
                pty = Some(fd);
                if let Err(e) = configured {
                    let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL);
                    reap(pid);
                    return Err(e);
                }
                ours.send(&SyncMsg::Go)
                    .context("releasing the container init")?;
            }
            Received::Msg(SyncMsg::Failed { stage, errno, msg }, _) => {
                reap(pid);
                return Err(match stage {
                    Stage::Exec => ExecFailed { msg, errno }.into(),
                    Stage::User | Stage::Setup => anyhow!(msg),
                });
            }
            Received::Msg(other, _) => {
                let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL);
                reap(pid);
                return Err(anyhow!(
                    "unexpected message from the container init: {other:?}"
                ));
            }
        }
    }
}

fn reap(pid: Pid) {
    let _ = nix::sys::wait::waitpid(pid, None);
}
