//! Freezing a container's processes (`pause`/`unpause`) through the cgroup freezer, and
//! thawing a paused container that is being stopped or killed.
//!
//! The freezer state is the cgroup's; the runtime state file (`RunState::paused`) mirrors
//! it so `ps` and `inspect` need not read cgroup files. Only the container's own cgroup is
//! ever frozen: a container without one (rootless on a cgroup v1 host, `--cgroups=disabled`)
//! cannot be paused, since freezing the cgroup berth runs in would freeze more than it.

use anyhow::{Context as _, bail};

use super::error::Error;
use crate::cgroups::Cgroup;
use crate::store::Store;
use crate::store::containers::ContainerRecord;

/// `pause` (`freeze`) or `unpause`: refused unless the container runs and is in the other
/// state.
pub fn set_frozen(
    store: &Store,
    rec: &ContainerRecord,
    rootless: bool,
    freeze: bool,
) -> anyhow::Result<()> {
    let obs = super::state::observe(store, rec);
    let name = &rec.name;
    let refused = if obs.status != crate::store::containers::Status::Running {
        Some(Error::NotRunning(name.clone()))
    } else if obs.restarting {
        Some(Error::Restarting(name.clone()))
    } else {
        match (freeze, obs.paused) {
            (true, true) => Some(Error::AlreadyPaused(name.clone())),
            (false, false) => Some(Error::NotPaused(name.clone())),
            _ => None,
        }
    };
    if let Some(e) = refused {
        return Err(e.into());
    }
    let verb = if freeze { "pause" } else { "unpause" };
    let cg = freezer(rec, rootless).with_context(|| format!("cannot {verb} container {name}"))?;
    match freeze {
        true => cg.freeze(),
        false => cg.thaw(),
    }
    .with_context(|| format!("cannot {verb} container {name}"))?;
    mark(store, &rec.id, obs.pid, freeze);
    super::events::container(store, rec, verb);
    Ok(())
}

/// Thaw a paused container so a signal just sent to it takes effect (a frozen process
/// acts on nothing, SIGKILL included, under the cgroup v1 freezer).
pub fn thaw_if_paused(store: &Store, rec: &ContainerRecord, rootless: bool) {
    let Some(st) = store.read_run_state(&rec.id) else {
        return;
    };
    if !st.paused {
        return;
    }
    match freezer(rec, rootless).and_then(|cg| cg.thaw()) {
        Ok(()) => mark(store, &rec.id, st.pid, false),
        Err(e) => log::debug!("thawing {}: {e:#}", rec.name),
    }
}

/// The container's own cgroup, or why it has none to freeze.
fn freezer(rec: &ContainerRecord, rootless: bool) -> anyhow::Result<Cgroup> {
    if let Some(cg) = crate::cgroups::find(&rec.id, rootless) {
        return Ok(cg);
    }
    let why = match crate::cgroups::locate(rootless) {
        _ if rec.spec.resources.cgroups_disabled => "it runs with --cgroups=disabled".into(),
        Err(u) => u.to_string(),
        Ok(_) => "its cgroup is gone".into(),
    };
    bail!("no cgroup freezer is available for it: {why}")
}

/// Record the freezer state in the runtime state file, unless the container has moved on
/// (another run, another pid) meanwhile.
fn mark(store: &Store, id: &str, pid: i32, paused: bool) {
    if let Some(mut st) = store.read_run_state(id)
        && st.pid == pid
        && !st.restarting
    {
        st.paused = paused;
        if let Err(e) = store.write_run_state(id, &st) {
            log::debug!("recording the freezer state of {id}: {e}");
        }
    }
}
