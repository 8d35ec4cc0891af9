//! `update` on a running container: the new limits on its cgroup, and its
//! /sys/fs/cgroup showing them.

use anyhow::Context as _;

use crate::spec::resources::Resources;
use crate::store::containers::ContainerRecord;

/// Set `update` on the cgroup of the container whose init is `pid`. Where that put the
/// container in v1 hierarchies it was not in (a hybrid host), its view of its cgroups is
/// mounted again so that it shows them; a view that cannot be is a warning, not a failure
/// (the limits hold).
pub fn running(rec: &ContainerRecord, pid: i32, update: &Resources) -> anyhow::Result<()> {
    let cg = crate::cgroups::of_pid(pid, &rec.id)
        .filter(|cg| cg.exists())
        .context("the container runs without a cgroup of its own")?;
    let joined = cg.set(update)?;
    if joined.is_empty() {
        return Ok(());
    }
    let Some(cg) = crate::cgroups::of_pid(pid, &rec.id) else {
        return Ok(());
    };
    if let Err(e) = crate::sandbox::cgroupfs::refresh(pid, &cg, rec.spec.security.privileged) {
        crate::term::notice(&format!(
            "the /sys/fs/cgroup of container {} does not show its new {} cgroup: {e:#}",
            rec.id,
            joined.join(", ")
        ));
    }
    Ok(())
}
