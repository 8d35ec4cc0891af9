//! Housekeeping over the whole store: what it uses on disk (`system df`), removing what
//! nothing needs (`container prune`, `image prune`, `system prune`), and checking it
//! (`system check [--repair]`).

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Context as _;

use crate::spec::image_ref::ImageRef;
use crate::store::containers::ContainerRecord;
use crate::store::images::ImageRecord;
use crate::store::{Store, StoreError};

/// What a prune removed: names or ids as docker prints them, and the bytes freed.
#[derive(Debug, Default)]
pub struct Pruned {
    pub names: Vec<String>,
    pub bytes: u64,
}

/// Every layer an image uses, with its size.
pub fn layer_sizes(store: &Store) -> anyhow::Result<BTreeMap<String, u64>> {
    Ok(layer_sizes_of(store, &store.images()?))
}

/// [`layer_sizes`] of the images given.
fn layer_sizes_of(store: &Store, images: &[ImageRecord]) -> BTreeMap<String, u64> {
    let mut sizes = BTreeMap::new();
    for img in images {
        for chain in img.layers.iter().cloned() {
            if let std::collections::btree_map::Entry::Vacant(v) = sizes.entry(chain) {
                let size = store.layer(v.key()).map(|l| l.size).unwrap_or(0);
                v.insert(size);
            }
        }
    }
    sizes
}

/// Remove the stopped containers `keep` accepts (`container prune`); their volumes stay.
pub fn prune_containers(
    store: &Store,
    keep: &dyn Fn(&ContainerRecord) -> bool,
) -> anyhow::Result<Pruned> {
    let mut out = Pruned::default();
    for rec in store.containers()? {
        if !keep(&rec) || store.is_running(&rec.id) {
            continue;
        }
        let bytes = super::size::writable_size(store, &rec);
        match super::remove::remove(store, &rec, false) {
            Ok(()) => {
                out.bytes += bytes;
                out.names.push(rec.id.clone());
            }
            Err(e) => log::debug!("pruning container {}: {e:#}", rec.name),
        }
    }
    Ok(out)
}

/// Remove the images no container uses that `keep` accepts: only those without a name
/// unless `all` (`image prune [-a]`). Names go first, then the image, as `rmi` does.
pub fn prune_images(
    store: &Store,
    all: bool,
    keep: &dyn Fn(&ImageRecord) -> bool,
) -> anyhow::Result<Pruned> {
    let before = layer_sizes(store)?;
    let names = store.names()?;
    let used: BTreeSet<String> = store.containers()?.into_iter().map(|c| c.image).collect();
    let mut out = Pruned::default();
    for img in store.images()? {
        let tags = crate::store::names::names_for(&names, &img.id);
        if used.contains(&img.id) || (!all && !tags.is_empty()) || !keep(&img) {
            continue;
        }
        for tag in &tags {
            if let Ok(r) = ImageRef::local(tag)
                && store.remove_image(&r, false).is_ok()
            {
                out.names.push(format!("untagged: {tag}"));
            }
        }
        match store.remove_image(&ImageRef::id(&img.id), false) {
            Ok(_) => out.names.push(format!("deleted: {}", img.id)),
            // Untagging the last name removed it already.
            Err(StoreError::NotFound(_)) => out.names.push(format!("deleted: {}", img.id)),
            Err(e) => log::debug!("pruning image {}: {e}", img.id),
        }
    }
    let after = layer_sizes(store)?;
    out.bytes = (before.iter())
        .filter(|(chain, _)| !after.contains_key(*chain))
        .map(|(_, size)| size)
        .sum();
    Ok(out)
}

/// One line of `system df`.
#[derive(Debug, Default, Clone)]
pub struct Usage {
    pub total: usize,
    pub active: usize,
    pub size: u64,
    pub reclaimable: u64,
}

impl Usage {
    /// Count one object of `size` bytes; an unused one is reclaimable.
    fn count(&mut self, size: u64, used: bool) {
        self.total += 1;
        self.size += size;
        if used {
            self.active += 1;
        } else {
            self.reclaimable += size;
        }
    }
}

/// One object of `system df -v`.
#[derive(Debug, Clone)]
pub struct Item {
    pub name: String,
    pub size: u64,
    /// Containers using it (images, volumes); 1 for a running container.
    pub links: usize,
    pub created: Option<jiff::Timestamp>,
    pub extra: String,
}

/// `system df`: images, containers, local volumes (build cache is the caller's).
#[derive(Debug, Default)]
pub struct DiskUsage {
    pub images: Usage,
    pub containers: Usage,
    pub volumes: Usage,
    pub image_items: Vec<Item>,
    pub container_items: Vec<Item>,
    pub volume_items: Vec<Item>,
}

pub fn disk_usage(store: &Store) -> anyhow::Result<DiskUsage> {
    let mut du = DiskUsage::default();
    let containers = store.containers()?;
    let mut image_users: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &containers {
        *image_users.entry(c.image.as_str()).or_default() += 1;
    }
    // Layers count once however many images share them; a layer is reclaimable when no
    // image in use holds it.
    let images = store.images()?;
    let sizes = layer_sizes_of(store, &images);
    let mut active_layers = BTreeSet::new();
    for img in &images {
        let links = image_users.get(img.id.as_str()).copied().unwrap_or(0);
        if links > 0 {
            du.images.active += 1;
            active_layers.extend(img.layers.iter().cloned());
        }
        du.image_items.push(Item {
            name: img.id.clone(),
            size: img.size,
            links,
            created: img.created.parse().ok(),
            extra: String::new(),
        });
    }
    du.images.total = images.len();
    du.images.size = sizes.values().sum();
    du.images.reclaimable = (sizes.iter())
        .filter(|(c, _)| !active_layers.contains(*c))
        .map(|(_, s)| s)
        .sum();
    for c in &containers {
        let size = super::size::writable_size(store, c);
        let running = store.is_running(&c.id);
        du.containers.count(size, running);
        du.container_items.push(Item {
            name: c.name.clone(),
            size,
            links: usize::from(running),
            created: Some(c.created),
            extra: c.image_name.clone(),
        });
    }
    let users = crate::store::volumes::volume_users_of(&containers);
    for v in store.volumes()? {
        let size = match v.bind_device() {
            Some(_) => 0,
            None => super::size::tree_size(&store.volume_mountpoint(&v)),
        };
        let links = users.get(&v.name).map_or(0, Vec::len);
        du.volumes.count(size, links > 0);
        du.volume_items.push(Item {
            name: v.name.clone(),
            size,
            links,
            created: Some(v.created_at),
            extra: String::new(),
        });
    }
    Ok(du)
}

/// What `system check` found: problems, and what `--repair` did about them.
#[derive(Debug, Default)]
pub struct Check {
    pub problems: Vec<String>,
    pub repaired: Vec<String>,
}

/// Verify the store: every record parses, every image's config blob and layers exist
/// with their digests, every container's image and every volume's data dir exist, and
/// nothing is left that no record refers to. With `repair`, what nothing refers to is
/// removed (and crash leftovers in `tmp/` swept); damaged records are only reported.
pub fn check(store: &Store, repair: bool) -> anyhow::Result<Check> {
    let mut out = Check::default();
    let _lock = store.lock()?;
    let images = check_images(store, &mut out)?;
    let mut used_layers = BTreeSet::new();
    for img in &images {
        used_layers.extend(img.layers.iter().cloned());
    }
    check_layers(store, &used_layers, repair, &mut out)?;
    let ids: BTreeSet<&str> = images.iter().map(|i| i.id.as_str()).collect();
    for (name, id) in store.names()? {
        if !ids.contains(id.as_str()) {
            out.problems
                .push(format!("name {name} refers to the missing image {id}"));
        }
    }
    check_containers(store, &ids, repair, &mut out)?;
    check_volumes(store, repair, &mut out)?;
    if repair {
        store.sweep_tmp()?;
        super::remove::sweep(store);
    }
    Ok(out)
}

fn check_images(store: &Store, out: &mut Check) -> anyhow::Result<Vec<ImageRecord>> {
    let dir = store.images_dir();
    let mut images = Vec::new();
    for entry in std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(hex) = name.strip_suffix(".json") else {
            continue;
        };
        let img = match store.image_by_id(&format!("sha256:{hex}")) {
            Ok(img) => img,
            Err(e) => {
                out.problems.push(format!("image record {name}: {e}"));
                continue;
            }
        };
        match store.read_blob(&img.id) {
            Ok(data) => {
                let got = format!("sha256:{}", hex::encode(sha2_digest(&data)));
                if got != img.id {
                    out.problems.push(format!(
                        "image {}: its config blob has the digest {got}",
                        img.id
                    ));
                }
            }
            Err(e) => out
                .problems
                .push(format!("image {}: config blob: {e}", img.id)),
        }
        for chain in img.layers.iter().filter(|c| !store.has_layer(c)) {
            out.problems
                .push(format!("image {}: layer {chain} is missing", img.id));
        }
        images.push(img);
    }
    Ok(images)
}

fn sha2_digest(data: &[u8]) -> Vec<u8> {
    use sha2::Digest as _;
    sha2::Sha256::digest(data).to_vec()
}

fn check_layers(
    store: &Store,
    used: &BTreeSet<String>,
    repair: bool,
    out: &mut Check,
) -> anyhow::Result<()> {
    let dir = store.layers_dir();
    for entry in std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))? {
        let hex = entry?.file_name().to_string_lossy().into_owned();
        if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            continue;
        }
        let chain = format!("sha256:{hex}");
        let layer = match store.layer(&chain) {
            Ok(l) => l,
            Err(e) => {
                out.problems.push(format!("layer {chain}: {e}"));
                continue;
            }
        };
        if !used.contains(&chain) {
            if repair {
                store.remove_layer(&chain)?;
                out.repaired
                    .push(format!("removed layer {chain}: no image uses it"));
            } else {
                out.problems
                    .push(format!("layer {chain}: no image uses it"));
            }
            continue;
        }
        let mut sink = std::io::sink();
        if let Err(e) = crate::image::layer::write_tar(store, &chain, &layer.diff_id, &mut sink) {
            out.problems.push(format!("layer {chain}: {e}"));
        }
    }
    Ok(())
}

fn check_containers(
    store: &Store,
    images: &BTreeSet<&str>,
    repair: bool,
    out: &mut Check,
) -> anyhow::Result<()> {
    let dir = store.containers_dir();
    for entry in std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))? {
        let entry = entry?;
        let id = entry.file_name().to_string_lossy().into_owned();
        if id.starts_with('.') {
            continue;
        }
        if !entry.path().join("container.json").exists() {
            // A create killed before its record: nothing refers to the directory.
            if repair {
                crate::store::containers::remove_tree(&entry.path())?;
                out.repaired.push(format!(
                    "removed container directory {id}: it has no record"
                ));
            } else {
                out.problems
                    .push(format!("container directory {id} has no record"));
            }
            continue;
        }
        match store.load_container(&id) {
            Ok(rec) if !images.contains(rec.image.as_str()) => out.problems.push(format!(
                "container {}: its image {} is missing",
                rec.name, rec.image
            )),
            Ok(_) => {}
            Err(e) => out.problems.push(format!("container {id}: {e}")),
        }
    }
    let names = store.container_names_dir();
    for entry in
        std::fs::read_dir(&names).with_context(|| format!("reading {}", names.display()))?
    {
        let entry = entry?;
        let target = std::fs::read_link(entry.path()).unwrap_or_default();
        if !dir.join(&target).join("container.json").exists() {
            // A stale link is free to claim already; repair only tidies it.
            if repair {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    Ok(())
}

fn check_volumes(store: &Store, repair: bool, out: &mut Check) -> anyhow::Result<()> {
    let dir = store.volumes_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(());
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let problem = match store.volume(&name) {
            Ok(v) if v.bind_device().is_none() && !store.volume_mountpoint(&v).is_dir() => {
                Some("its data directory is missing".to_owned())
            }
            Ok(_) => None,
            Err(StoreError::NotFound(_)) => {
                if repair {
                    store.remove_tree_via_tmp(&entry.path())?;
                    out.repaired
                        .push(format!("removed volume directory {name}: it has no record"));
                    continue;
                }
                Some("it has no record".to_owned())
            }
            Err(e) => Some(e.to_string()),
        };
        if let Some(p) = problem {
            out.problems.push(format!("volume {name}: {p}"));
        }
    }
    Ok(())
}
