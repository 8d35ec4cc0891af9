//! `commit` and `diff` of a container: its changes against its image, read from the
//! upper dir (overlay, fuse-overlayfs) or by comparing its copied root with the image's
//! layers (copy driver), with owners as the container sees them.

use std::path::PathBuf;

use anyhow::Context as _;

use crate::image::changes::{self, Change, Lowers};
use crate::image::commit::CommitOptions;
use crate::sandbox::keepid::Nested;
use crate::spec::reference::Reference;
use crate::store::containers::{ContainerRecord, Status};
use crate::store::{ImageRecord, Store};

/// The container's changes, with the owner map they must be read through. The caller
/// has entered berth's user namespace (rootless).
pub fn changes(store: &Store, rec: &ContainerRecord) -> anyhow::Result<Changes> {
    let image = store.image_by_id(&rec.image)?;
    let lowers = Lowers::new(&store.image_layer_dirs(&image)?);
    let owners = Owners(crate::sandbox::keepid::nested(&rec.spec.security));
    let dir = store.container_dir(&rec.id);
    let map = |u, g| owners.map(u, g);
    let (root, found) = if rec.driver == "copy" {
        let root = dir.join("rootfs");
        let found = changes::from_copy(&root, &lowers, &map);
        (root, found)
    } else {
        let root = dir.join("upper");
        let found = changes::from_upper(&root, &lowers, &map, true);
        (root, found)
    };
    let list = found.with_context(|| format!("reading the changes of container {}", rec.name))?;
    Ok(Changes { root, list, owners })
}

/// A container's changes: the tree they are read from, the list, and its owner map.
pub struct Changes {
    pub root: PathBuf,
    pub list: Vec<Change>,
    pub owners: Owners,
}

/// Owners of stored files as the container sees them: moved back through its nested
/// map (keep-id, auto, --uidmap), as stored otherwise.
pub struct Owners(Option<Nested>);

impl Owners {
    pub fn map(&self, uid: u32, gid: u32) -> (u32, u32) {
        match &self.0 {
            Some(n) => (n.unshift_uid(uid), n.unshift_gid(gid)),
            None => (uid, gid),
        }
    }
}

/// A new image from the container's image and its changes. A running container is
/// frozen meanwhile when `pause` is set and it can be (and thawed again, also on failure).
pub fn commit(
    store: &Store,
    rec: &ContainerRecord,
    rootless: bool,
    pause: bool,
    opts: &CommitOptions,
    name: Option<&Reference>,
) -> anyhow::Result<ImageRecord> {
    let obs = super::state::observe(store, rec);
    let mut freeze = pause && obs.status == Status::Running && !obs.paused;
    // A container without a cgroup freezer (rootless on a cgroup v1 host) is committed
    // as it runs, with a notice, rather than not at all.
    if freeze && let Err(e) = super::pause::set_frozen(store, rec, rootless, true) {
        crate::term::notice(&format!(
            "committing container {} without pausing it: {e:#}",
            rec.name
        ));
        freeze = false;
    }
    let made = (|| {
        let image = store.image_by_id(&rec.image)?;
        let found = changes(store, rec)?;
        let map = |u, g| found.owners.map(u, g);
        crate::image::commit::commit(store, &image, &found.root, &found.list, &map, opts, name)
            .with_context(|| format!("committing container {}", rec.name))
    })();
    if freeze && let Err(e) = super::pause::set_frozen(store, rec, rootless, false) {
        log::debug!("unpausing {} after the commit: {e:#}", rec.name);
    }
    made
}
