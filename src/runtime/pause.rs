//! Freezing a container's processes (`pause`/`unpause`) through the cgroup freezer.

use anyhow::bail;

use crate::store::Store;
use crate::store::containers::ContainerRecord;

/// Freeze or thaw a running container. Containers get no cgroup of their own yet, and
/// freezing the cgroup berth itself runs in would freeze more than the container, so this
/// is refused until the cgroup support places each container in its own cgroup.
pub fn set_frozen(store: &Store, rec: &ContainerRecord, _freeze: bool) -> anyhow::Result<()> {
    if !store.is_running(&rec.id) {
        bail!("container {} is not running", rec.name);
    }
    bail!(
        "cannot pause or unpause container {}: the cgroup freezer needs the container in a \
         cgroup of its own, and this berth does not create container cgroups yet",
        rec.name
    )
}
