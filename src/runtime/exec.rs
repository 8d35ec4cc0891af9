//! `exec`: run a new process in a running container, attached to our stdio (or detached),
//! and return its exit status.

use anyhow::{Context as _, bail};
use nix::sys::signal::{SigmaskHow, sigprocmask};
use nix::sys::signalfd::{SfdFlags, SignalFd};

use super::io::tty;
use crate::sandbox::exec::JoinPlan;
use crate::sandbox::plan::Process;
use crate::store::Store;
use crate::store::containers::ContainerRecord;

#[derive(Debug, Clone, Default)]
pub struct ExecRequest {
    pub argv: Vec<String>,
    /// `KEY=value` entries added to (and overriding) the container's environment.
    pub env: Vec<String>,
    pub user: Option<String>,
    pub workdir: Option<String>,
    pub tty: bool,
    pub interactive: bool,
    pub detach: bool,
    pub privileged: bool,
}

/// The container's own security settings for an exec'd process; `--privileged` lifts
/// them as it would for the container (every capability, no seccomp filter).
fn exec_security(
    store: &Store,
    rec: &ContainerRecord,
    privileged: bool,
) -> anyhow::Result<crate::sandbox::security::Prepared> {
    let mut opts = rec.spec.security.clone();
    opts.privileged |= privileged;
    crate::sandbox::security::prepare(&opts, &store.runroot)
        .with_context(|| format!("preparing the security settings of {}", rec.name))
}

/// Run the request in the container; the exit status (0 at once with `detach`).
/// Rootless callers must not have entered their own user namespace: the process joins the
/// container's.
pub fn exec(store: &Store, rec: &ContainerRecord, req: &ExecRequest) -> anyhow::Result<u8> {
    if req.argv.is_empty() {
        bail!("no command given to exec");
    }
    if let Some(w) = &req.workdir
        && !w.starts_with('/')
    {
        bail!("the working directory {w:?} is invalid: it needs to be an absolute path");
    }
    let state = store.read_run_state(&rec.id);
    let pid = match state {
        Some(st) if store.is_running(&rec.id) => {
            if st.restarting {
                bail!(
                    "container {} is restarting, wait until the container is running",
                    rec.name
                );
            }
            if st.paused {
                bail!(
                    "container {} is paused, unpause the container before exec",
                    rec.name
                );
            }
            super::remove::signalable(st.pid)
        }
        _ => None,
    };
    let Some(pid) = pid else {
        return Err(super::error::Error::NotRunning(rec.name.clone()).into());
    };
    let spec = &rec.spec;
    let mut env = spec.env.clone();
    for e in &req.env {
        let key = e.split('=').next().unwrap_or_default();
        env.retain(|x| x.split('=').next() != Some(key));
        env.push(e.clone());
    }
    let cwd = req
        .workdir
        .clone()
        .unwrap_or_else(|| spec.working_dir.clone());
    let plan = JoinPlan {
        pid: pid.as_raw(),
        process: Process {
            argv: req.argv.clone(),
            env,
            cwd: if cwd.is_empty() { "/".into() } else { cwd },
            user: req.user.clone().unwrap_or_else(|| spec.user.clone()),
            tty: req.tty,
            stdin: req.interactive && !req.detach,
            preserve_fds: 0,
        },
        hostname: spec.hostname.clone(),
        security: exec_security(store, rec, req.privileged)?,
        // The caller has not entered a user namespace: its own ids tell rootless.
        cgroup: crate::cgroups::find(&rec.id, !nix::unistd::geteuid().is_root()),
        outlive_caller: req.detach,
    };
    let cmdline = req.argv.join(" ");
    let exec_event = |action: &str| {
        store
            .emit(super::events::container_event(rec, action).attr("execCommand", cmdline.as_str()))
    };
    exec_event("exec_create");
    exec_event("exec_start");
    if req.detach {
        // The process gets /dev/null as stdio, not ours: point ours there for the spawn.
        use std::os::fd::AsFd as _;
        let saved = [
            std::io::stdin().as_fd().try_clone_to_owned(),
            std::io::stdout().as_fd().try_clone_to_owned(),
            std::io::stderr().as_fd().try_clone_to_owned(),
        ]
        .into_iter()
        .collect::<std::io::Result<Vec<_>>>()
        .context("saving stdio")?;
        super::monitor::detach_stdio();
        let spawned = crate::sandbox::exec::spawn_in(&plan, &mut |_| Ok(()));
        for (fd, s) in saved.iter().enumerate() {
            let _ = crate::sys::fd::dup_onto_stdio(s, fd as i32);
        }
        spawned?;
        return Ok(0);
    }
    let (mask, old) = super::wait::block_relayed()?;
    let result = (|| {
        let sfd = SignalFd::with_flags(&mask, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK)
            .context("creating a signalfd")?;
        let mut raw_guard = None;
        let spawned = crate::sandbox::exec::spawn_in(&plan, &mut |master| {
            raw_guard = tty::prepare(master)?;
            Ok(())
        })?;
        let mut terminal = super::wait::Terminal::new(spawned.pty, req.interactive);
        let status = super::wait::wait(&sfd, spawned.pid, &mut terminal)?;
        drop(raw_guard);
        Ok::<_, anyhow::Error>(super::wait::exit_code(status))
    })();
    let _ = sigprocmask(SigmaskHow::SIG_SETMASK, Some(&old), None);
    if let Ok(code) = &result {
        store.emit(
            super::events::container_event(rec, "exec_die")
                .attr("execCommand", cmdline.as_str())
                .attr("exitCode", code.to_string()),
        );
    }
    result
}
