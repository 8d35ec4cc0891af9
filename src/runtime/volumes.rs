//! A container's volumes at create: the mounts of `--volumes-from`, an anonymous volume
//! for each image VOLUME nothing else covers, every volume made on first use, an empty
//! one filled from the image (copy-up) and `:U` chowned.
//!
//! Copy-up reads the image's layers directly (no mount): the entry at the volume's path is
//! merged with overlay rules into a staging dir in `tmp/` and renamed onto the empty data
//! dir, so a killed copy leaves only a staging dir the sweep removes, never a half-filled
//! volume. A path that crosses a symlink in the image is resolved in the merged layers
//! with the kernel's RESOLVE_IN_ROOT rules, never on the host; symlinks inside the copied
//! tree are copied as links, never followed. Owners, modes, xattrs and times are kept.

use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use super::volume_options::LocalKind;
use crate::spec::container::path_components;
use crate::spec::{BindMount, ContainerSpec, VolumeSource};
use crate::store::Store;
use crate::store::images::ImageRecord;
use crate::store::volumes::VolumeClaim;

/// Complete the spec's mounts and make their volumes; returns the volumes made now (the
/// caller removes them when the create fails later).
pub fn attach(
    store: &Store,
    spec: &mut ContainerSpec,
    image: &ImageRecord,
    req: &super::create::CreateRequest,
) -> anyhow::Result<(Vec<String>, Vec<VolumeClaim>)> {
    let mut taken: Vec<Vec<String>> = (spec.mounts.iter().map(|m| m.destination.as_str()))
        .chain(spec.tmpfs.iter().map(|t| t.destination.as_str()))
        .map(|d| path_components(d).into_iter().map(str::to_owned).collect())
        .collect();
    let mut take = |dest: &str| {
        let key: Vec<String> = path_components(dest)
            .into_iter()
            .map(str::to_owned)
            .collect();
        let free = !taken.contains(&key);
        if free {
            taken.push(key);
        }
        free
    };
    for (name, mode) in &req.volumes_from {
        let other = store
            .find_container(name)
            .with_context(|| format!("--volumes-from {name}"))?;
        for m in &other.spec.mounts {
            if take(&m.destination) {
                let mut m = m.clone();
                if let Some(ro) = mode {
                    m.read_only = *ro;
                }
                spec.mounts.push(m);
            }
        }
    }
    let image_volumes = (image.config.volumes.keys()).filter(|_| !req.no_image_volumes);
    for dest in image_volumes {
        // The image is hostile: only a clean absolute path outside /proc and /sys.
        let first = path_components(dest).first().copied();
        if !dest.starts_with('/')
            || dest.split('/').any(|c| c == "..")
            || first.is_none()
            || matches!(first, Some("proc" | "sys" | "dev"))
        {
            log::warn!("ignoring the image's VOLUME {dest:?}");
            continue;
        }
        if take(dest) {
            spec.mounts.push(BindMount {
                destination: dest.clone(),
                volume: Some(VolumeSource {
                    anonymous: true,
                    ..Default::default()
                }),
                ..Default::default()
            });
        }
    }
    if !spec.mounts.iter().any(|m| m.volume.is_some()) {
        return Ok((Vec::new(), Vec::new()));
    }
    let (mut made, mut claims) = (Vec::new(), Vec::new());
    if let Err(e) = make_and_fill(store, spec, image, &mut made, &mut claims) {
        drop(claims);
        forget(store, &made);
        return Err(e);
    }
    Ok((made, claims))
}

/// Remove volumes made for a create that failed.
pub fn forget(store: &Store, made: &[String]) {
    for name in made {
        if let Err(e) = store.remove_volume(name) {
            log::debug!("removing volume {name}: {e}");
        }
    }
}

fn make_and_fill(
    store: &Store,
    spec: &mut ContainerSpec,
    image: &ImageRecord,
    made: &mut Vec<String>,
    claims: &mut Vec<VolumeClaim>,
) -> anyhow::Result<()> {
    let shift = Shift::of(spec);
    // Read only when a volume needs them: the layers (copy-up) and the user (`:U`).
    let nested = crate::sandbox::keepid::nested(&spec.security);
    let load = || -> anyhow::Result<Vec<PathBuf>> {
        Ok(match &nested {
            Some(n) => store.shifted_layer_dirs(image, n)?,
            None => store.image_layer_dirs(image)?,
        })
    };
    let mut layers: Option<Vec<PathBuf>> = None;
    let mut user: Option<(u32, u32)> = None;
    let user_spec = spec.user.clone();
    let mut user_ids = |layers: &mut Option<Vec<PathBuf>>| -> anyhow::Result<(u32, u32)> {
        if let Some(ids) = user {
            return Ok(ids);
        }
        let ids = container_user(cached(layers, &load)?, &user_spec)?;
        user = Some(ids);
        Ok(ids)
    };
    for i in 0..spec.mounts.len() {
        let Some(vol) = spec.mounts[i].volume.as_mut() else {
            continue;
        };
        if vol.name.is_empty() {
            vol.name = crate::store::volumes::anonymous_name()?;
        }
        let (rec, new, claim) = store.ensure_volume_claimed(&vol.name, vol.anonymous)?;
        claims.push(claim);
        let vol = vol.clone();
        if new {
            made.push(rec.name.clone());
        }
        let data = store.volume_mountpoint(&rec);
        let kind = super::volume_options::local_kind(&rec.options)
            .map_err(|e| anyhow::anyhow!("volume {}: {e}", rec.name))?;
        let m = &mut spec.mounts[i];
        m.source = data.clone();
        match kind {
            LocalKind::Data => {}
            LocalKind::Bind(_) => continue,
            LocalKind::Tmpfs(mut t) => {
                // Nothing to copy up or chown on disk: the tmpfs is made at each start.
                t.destination = m.destination.clone();
                if vol.chown {
                    let (u, g) = user_ids(&mut layers)?;
                    (t.uid, t.gid) = (Some(u), Some(g));
                }
                if let Some(v) = spec.mounts[i].volume.as_mut() {
                    v.tmpfs = Some(t);
                }
                continue;
            }
        }
        let dest = m.destination.clone();
        if !vol.nocopy && crate::store::volumes::is_empty_dir(&data) {
            copy_up(store, cached(&mut layers, &load)?, &dest, &vol.name, &shift)
                .with_context(|| format!("filling volume {} from the image's {dest}", vol.name))?;
        }
        if new && crate::store::volumes::is_empty_dir(&data) {
            // The container's root owns a fresh volume.
            let (u, g) = shift.apply(0, 0);
            std::os::unix::fs::chown(&data, Some(u), Some(g))
                .with_context(|| format!("chown {}", data.display()))?;
        }
        if vol.chown {
            let (u, g) = user_ids(&mut layers)?;
            let (u, g) = shift.apply(u, g);
            chown_tree(&data, &|_, _| (u, g))
                .with_context(|| format!("chown of volume {}", vol.name))?;
        }
    }
    Ok(())
}

/// What `cache` holds, loaded first if it is empty.
fn cached<'a>(
    cache: &'a mut Option<Vec<PathBuf>>,
    load: &dyn Fn() -> anyhow::Result<Vec<PathBuf>>,
) -> anyhow::Result<&'a [PathBuf]> {
    if cache.is_none() {
        *cache = Some(load()?);
    }
    Ok(cache.as_deref().unwrap_or_default())
}

/// The container's user (`-u`, keep-id's ids or the image's USER) as ids: looked up in
/// the image's own /etc/passwd and /etc/group, as the container's start does.
fn container_user(layers: &[PathBuf], user: &str) -> anyhow::Result<(u32, u32)> {
    let passwd = read_image_file(layers, "/etc/passwd")?.unwrap_or_default();
    let group = match user.contains(':') {
        true => read_image_file(layers, "/etc/group")?.unwrap_or_default(),
        false => String::new(),
    };
    let who = crate::sandbox::user::resolve(user, &passwd, &group)
        .context("the volume option U needs the container's user")?;
    Ok((who.uid, who.gid))
}

/// How the container's ids are stored on disk: as they are, through a nested map
/// (keep-id, auto, `--uidmap`, rootless), or at a host range (`--userns=auto` as root).
enum Shift {
    None,
    Nested(crate::sandbox::keepid::Nested),
    Range(crate::spec::userns::IdMap),
}

impl Shift {
    fn of(spec: &ContainerSpec) -> Shift {
        if let Some(n) = crate::sandbox::keepid::nested(&spec.security) {
            return Shift::Nested(n);
        }
        match spec.security.id_map {
            Some(m) => Shift::Range(m),
            None => Shift::None,
        }
    }

    /// The ids a file of the stored layers gets in a copy: the layers this container's
    /// root reads are already shifted for a nested map, not for a host range.
    fn apply_stored(&self, uid: u32, gid: u32) -> (u32, u32) {
        match self {
            Shift::Range(_) => self.apply(uid, gid),
            _ => (uid, gid),
        }
    }

    fn apply(&self, uid: u32, gid: u32) -> (u32, u32) {
        match self {
            Shift::None => (uid, gid),
            Shift::Nested(n) => (n.shift_uid(uid), n.shift_gid(gid)),
            Shift::Range(m) if uid < m.size && gid < m.size => (m.uid + uid, m.gid + gid),
            Shift::Range(_) => (uid, gid),
        }
    }
}

/// What one layer says about the path `rel`.
#[derive(Debug, PartialEq)]
enum Probe {
    /// Nothing: the layers below decide.
    Absent,
    /// A whiteout, a non-directory (a symlink too) or an opaque parent on the way: nothing
    /// below shows.
    Hidden,
    /// A directory (opaque: nothing below shows).
    Dir { opaque: bool },
    /// The path itself is a symlink to this target.
    Link(PathBuf),
    /// The path itself is a file or device.
    Other,
}

/// `rel` in one layer, walked by `lstat` (a link on the way is never followed).
fn probe(layer: &Path, rel: &[String]) -> Probe {
    let mut p = layer.to_path_buf();
    let mut opaque_parent = false;
    for (i, c) in rel.iter().enumerate() {
        p.push(c);
        let last = i + 1 == rel.len();
        let meta = match std::fs::symlink_metadata(&p) {
            Ok(m) => m,
            Err(_) if opaque_parent => return Probe::Hidden,
            Err(_) => return Probe::Absent,
        };
        let ft = meta.file_type();
        if !ft.is_dir() {
            let whiteout = ft.is_char_device() && meta.rdev() == 0;
            return match (last && !whiteout, ft.is_symlink()) {
                (true, true) => std::fs::read_link(&p).map_or(Probe::Other, Probe::Link),
                (true, false) => Probe::Other,
                (false, _) => Probe::Hidden,
            };
        }
        let opaque = super::driver::copy::xattr_is_set(&p, super::driver::copy::OPAQUE_XATTR);
        if last {
            return Probe::Dir {
                opaque: opaque || opaque_parent,
            };
        }
        opaque_parent |= opaque;
    }
    Probe::Absent
}

/// What the image shows at `rel` (a path without links): the top layer that says
/// anything about it decides, as overlay does.
fn lookup(layers: &[PathBuf], rel: &[String]) -> Probe {
    for layer in layers.iter().rev() {
        match probe(layer, rel) {
            Probe::Absent => {}
            Probe::Hidden => return Probe::Absent,
            found => return found,
        }
    }
    Probe::Absent
}

/// The image's path `dest` with every symlink resolved inside the image's root, as the
/// container's mount of it is: an absolute target starts again at the root and `..` stops
/// there, so no link leads out. With what is there (a directory or another file); `None`
/// when nothing is (or too many links are on the way).
fn resolve_in_image(layers: &[PathBuf], dest: &str) -> Option<(Vec<String>, Probe)> {
    let mut todo: std::collections::VecDeque<String> = dest.split('/').map(str::to_owned).collect();
    let mut out: Vec<String> = Vec::new();
    let mut found = Probe::Dir { opaque: false };
    let mut links = 0;
    while let Some(c) = todo.pop_front() {
        match c.as_str() {
            "" | "." => continue,
            ".." => {
                out.pop();
                continue;
            }
            _ if !matches!(found, Probe::Dir { .. }) => return None,
            _ => out.push(c),
        }
        found = lookup(layers, &out);
        match &found {
            Probe::Dir { .. } | Probe::Other => {}
            Probe::Link(target) => {
                links += 1;
                if links > 40 {
                    return None;
                }
                out.pop();
                let target = target.to_string_lossy().into_owned();
                if target.starts_with('/') {
                    out.clear();
                }
                for c in target.split('/').rev() {
                    todo.push_front(c.to_owned());
                }
                found = Probe::Dir { opaque: false };
            }
            Probe::Absent | Probe::Hidden => return None,
        }
    }
    Some((out, found))
}

/// The text of the image's file `path` (a small regular file such as /etc/passwd, read
/// with the caps of a container's own files), `None` when the image has none.
fn read_image_file(layers: &[PathBuf], path: &str) -> anyhow::Result<Option<String>> {
    let Some((rel, Probe::Other)) = resolve_in_image(layers, path) else {
        return Ok(None);
    };
    let Some(layer) = (layers.iter().rev()).find(|l| probe(l, &rel) == Probe::Other) else {
        return Ok(None);
    };
    let root = rustix::fs::open(
        layer,
        rustix::fs::OFlags::PATH | rustix::fs::OFlags::DIRECTORY | rustix::fs::OFlags::CLOEXEC,
        rustix::fs::Mode::empty(),
    )
    .with_context(|| format!("opening {}", layer.display()))?;
    crate::sandbox::rootfile::read(&root, &rel.join("/"))
}

/// Fill the empty volume `name` with the image's tree at `dest`, if the image has a
/// directory there (reached through the image's own links, resolved inside its root).
fn copy_up(
    store: &Store,
    layers: &[PathBuf],
    dest: &str,
    name: &str,
    shift: &Shift,
) -> anyhow::Result<()> {
    let Some((rel, Probe::Dir { .. })) = resolve_in_image(layers, dest) else {
        return Ok(());
    };
    let mut sources: Vec<PathBuf> = Vec::new();
    for layer in layers {
        match probe(layer, &rel) {
            Probe::Absent => {}
            Probe::Dir { opaque } => {
                if opaque {
                    sources.clear();
                }
                sources.push(rel.iter().fold(layer.clone(), |p, c| p.join(c)));
            }
            // A link or file here is covered by a directory above (the path resolved to
            // one): what is below does not show.
            Probe::Hidden | Probe::Link(_) | Probe::Other => sources.clear(),
        }
    }
    let Some(top) = sources.last() else {
        return Ok(());
    };
    let staging = store.staging("copyup")?;
    let data = staging.path().join("_data");
    std::fs::create_dir(&data).with_context(|| format!("creating {}", data.display()))?;
    // Stored layers hold the container's ids; a `--userns=auto` container's are a host
    // range.
    let ids = |u, g| shift.apply_stored(u, g);
    for src in &sources {
        super::driver::copy::merge_dir_mapped(src, &data, &ids)?;
    }
    let top_meta =
        std::fs::symlink_metadata(top).with_context(|| format!("reading {}", top.display()))?;
    // Last: the merge changed the root's times.
    super::driver::copy::copy_meta(top, &data, &top_meta, &ids)?;
    if !store.fill_volume(name, &data)? {
        log::debug!("volume {name} was filled meanwhile");
    }
    Ok(())
}

/// Give every entry of the tree at `dir` (itself included) the owner `to(uid, gid)`,
/// walking by descriptors: an entry is opened with `O_NOFOLLOW` from its parent's
/// descriptor, so a directory swapped for a symlink meanwhile is never followed.
pub fn chown_tree(dir: &Path, to: &dyn Fn(u32, u32) -> (u32, u32)) -> anyhow::Result<()> {
    use rustix::fs::{AtFlags, Mode, OFlags};
    let open_flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    let root = rustix::fs::open(dir, open_flags, Mode::empty())
        .with_context(|| format!("opening {}", dir.display()))?;
    let chown = |fd: &OwnedFd, name: &std::ffi::CStr| -> anyhow::Result<()> {
        let st = rustix::fs::statat(fd, name, AtFlags::SYMLINK_NOFOLLOW)?;
        let (u, g) = to(st.st_uid, st.st_gid);
        rustix::fs::chownat(
            fd,
            name,
            Some(rustix::fs::Uid::from_raw(u)),
            Some(rustix::fs::Gid::from_raw(g)),
            AtFlags::SYMLINK_NOFOLLOW,
        )?;
        Ok(())
    };
    chown(&root, c".")?;
    let mut stack = vec![root];
    let mut entries = 0u64;
    while let Some(fd) = stack.pop() {
        let mut names = Vec::new();
        for entry in rustix::fs::Dir::read_from(fd.as_fd())? {
            let entry = entry?;
            let name = entry.file_name();
            if name == c"." || name == c".." {
                continue;
            }
            entries += 1;
            anyhow::ensure!(entries < 10_000_000, "too many files");
            names.push((name.to_owned(), entry.file_type()));
        }
        for (name, kind) in names {
            chown(&fd, &name)?;
            if kind == rustix::fs::FileType::Directory
                && let Ok(sub) = rustix::fs::openat(&fd, name.as_c_str(), open_flags, Mode::empty())
            {
                stack.push(sub);
            }
        }
    }
    Ok(())
}

/// The files of volume `name` as a tar (`volume export`): symlinks stored, never followed.
pub fn export(store: &Store, name: &str, out: impl std::io::Write) -> anyhow::Result<()> {
    let rec = store.volume(name)?;
    let data = store.volume_mountpoint(&rec);
    crate::image::tarball::write_tree(&data, out)
        .with_context(|| format!("exporting volume {name}"))
}

/// Unpack a tar into volume `name` (`volume import`), with the hostile-tar rules: no
/// `..`, no absolute names, links kept inside, entry and size caps; owners as in the tar.
pub fn import(store: &Store, name: &str, input: impl std::io::Read) -> anyhow::Result<()> {
    use crate::image::unpack::{CopyOwners, CopyRules, Limits};
    let rec = store.volume(name)?;
    let data = store.volume_mountpoint(&rec);
    let root = pathrs::Root::open(&data).with_context(|| format!("opening {}", data.display()))?;
    let rules = CopyRules {
        owners: CopyOwners::Keep,
        overwrite: true,
        rename: None,
        shown_dir: PathBuf::from(name),
    };
    let input = std::io::BufReader::with_capacity(1 << 17, input);
    crate::image::unpack::unpack_copy(input, &root, &Limits::default(), &rules)
        .with_context(|| format!("importing into volume {name}"))?;
    Ok(())
}

/// What a volume's removal would find: the containers using it.
pub fn users(store: &Store, name: &str) -> anyhow::Result<Vec<String>> {
    Ok(store.volume_users()?.remove(name).unwrap_or_default())
}

/// Remove volume `name` if no container uses it, deciding under the store lock (as
/// [`prune`]); the users otherwise.
pub fn remove_unused(store: &Store, name: &str) -> anyhow::Result<Result<(), Vec<String>>> {
    let lock = store.lock()?;
    let users = users(store, name)?;
    if !users.is_empty() {
        return Ok(Err(users));
    }
    if store.volume_claimed(name) {
        return Ok(Err(vec!["being created".to_owned()]));
    }
    store.remove_volume_locked(&lock, name)?;
    Ok(Ok(()))
}

/// Whether every volume `spec` mounts still exists; called under the lock a new
/// container's record is written under (a prune may have taken one made for it).
pub fn all_present(store: &Store, spec: &ContainerSpec) -> bool {
    (spec.mounts.iter().filter_map(|m| m.volume.as_ref())).all(|v| store.volume(&v.name).is_ok())
}

/// Remove the volumes no container uses: anonymous ones, or all with `all`, those whose
/// labels `keep` accepts.
pub fn prune(
    store: &Store,
    all: bool,
    keep: &dyn Fn(&crate::store::volumes::VolumeRecord) -> bool,
) -> anyhow::Result<super::housekeeping::Pruned> {
    // Decided and done under the store lock: a create holds it from re-checking its
    // volumes until its record is written, so a volume it made is never taken.
    let lock = store.lock()?;
    let users = store.volume_users()?;
    let mut out = super::housekeeping::Pruned::default();
    for v in store.volumes()? {
        if users.contains_key(&v.name)
            || !(all || v.anonymous)
            || !keep(&v)
            || store.volume_claimed(&v.name)
        {
            continue;
        }
        let bytes = match v.bind_device() {
            Some(_) => 0,
            None => super::size::tree_size(&store.volume_mountpoint(&v)),
        };
        match store.remove_volume_locked(&lock, &v.name) {
            Ok(()) => {
                out.bytes += bytes;
                out.names.push(v.name);
            }
            Err(e) => log::warn!("removing volume {}: {e}", v.name),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn users_for_chown() {
        let t = tempfile::tempdir().unwrap();
        let (l1, l2) = (t.path().join("l1"), t.path().join("l2"));
        std::fs::create_dir_all(l1.join("etc")).unwrap();
        std::fs::create_dir_all(l2.join("private")).unwrap();
        std::fs::write(l1.join("etc/passwd"), "web:x:33:34::/:/bin/sh\n").unwrap();
        std::fs::write(l1.join("etc/group"), "www:x:35:\n").unwrap();
        std::fs::write(l2.join("private/passwd"), "web:x:7:7::/:/bin/sh\n").unwrap();
        let layers = [l1.clone(), l2.clone()];
        assert_eq!(container_user(&layers, "").unwrap(), (0, 0));
        assert_eq!(container_user(&layers, "5:7").unwrap(), (5, 7));
        assert_eq!(container_user(&layers, "web").unwrap(), (33, 34));
        assert_eq!(container_user(&layers, "web:www").unwrap(), (33, 35));
        assert!(container_user(&layers, "nobody").is_err());
        // An upper layer's link to its own file is followed inside the image.
        std::fs::create_dir_all(l2.join("etc")).unwrap();
        std::os::unix::fs::symlink("../../../private/passwd", l2.join("etc/passwd")).unwrap();
        assert_eq!(container_user(&layers, "web").unwrap(), (7, 7));
        // A FIFO is refused, not waited on.
        std::fs::remove_file(l2.join("etc/passwd")).unwrap();
        nix::unistd::mkfifo(&l2.join("etc/passwd"), nix::sys::stat::Mode::S_IRWXU).unwrap();
        assert!(container_user(&layers, "web").is_err());
    }

    #[test]
    fn copy_up_merges_layers_and_stops_at_links() {
        let t = tempfile::tempdir().unwrap();
        let store = Store::open(&t.path().join("root"), &t.path().join("run")).unwrap();
        let (l1, l2) = (t.path().join("l1"), t.path().join("l2"));
        std::fs::create_dir_all(l1.join("data/sub")).unwrap();
        std::fs::write(l1.join("data/a"), "a").unwrap();
        std::fs::write(l1.join("data/sub/b"), "b").unwrap();
        std::fs::create_dir_all(l2.join("data")).unwrap();
        std::fs::write(l2.join("data/c"), "c").unwrap();
        std::os::unix::fs::symlink("/etc/passwd", l2.join("data/link")).unwrap();
        store.ensure_volume("v", false).unwrap();
        copy_up(
            &store,
            &[l1.clone(), l2.clone()],
            "/data/",
            "v",
            &Shift::None,
        )
        .unwrap();
        let data = store.volumes_dir().join("v/_data");
        assert_eq!(std::fs::read_to_string(data.join("a")).unwrap(), "a");
        assert_eq!(std::fs::read_to_string(data.join("sub/b")).unwrap(), "b");
        assert_eq!(std::fs::read_to_string(data.join("c")).unwrap(), "c");
        assert!(
            data.join("link")
                .symlink_metadata()
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_dir(store.tmp_dir()).unwrap().count(), 0);

        // A symlinked parent is not followed.
        let l3 = t.path().join("l3");
        std::fs::create_dir_all(&l3).unwrap();
        std::os::unix::fs::symlink("/etc", l3.join("etc2")).unwrap();
        store.ensure_volume("w", false).unwrap();
        copy_up(&store, &[l3], "/etc2", "w", &Shift::None).unwrap();
        assert!(crate::store::volumes::is_empty_dir(
            &store.volumes_dir().join("w/_data")
        ));
    }

    #[test]
    fn image_paths_resolve_inside_the_root() {
        let t = tempfile::tempdir().unwrap();
        let (l1, l2) = (t.path().join("l1"), t.path().join("l2"));
        std::fs::create_dir_all(l1.join("x/y")).unwrap();
        std::fs::create_dir_all(&l2).unwrap();
        let link = |at: &Path, target: &str| std::os::unix::fs::symlink(target, at).unwrap();
        link(&l1.join("up"), "../../../../x");
        link(&l1.join("abs"), "/x/y/../y");
        link(&l1.join("loop"), "loop");
        link(&l1.join("file"), "/x/y");
        std::fs::create_dir_all(l1.join("hidden")).unwrap();
        // An upper layer's file hides the lower directory; its link replaces one.
        std::fs::write(l2.join("hidden"), "").unwrap();
        link(&l2.join("file"), "/nowhere");
        let layers = [l1, l2];
        let r = |p: &str| resolve_in_image(&layers, p).map(|(rel, _)| rel);
        assert_eq!(r("/up/y"), Some(vec!["x".to_owned(), "y".to_owned()]));
        assert_eq!(r("/abs"), Some(vec!["x".to_owned(), "y".to_owned()]));
        assert_eq!(r("/x/../../x"), Some(vec!["x".to_owned()]));
        assert_eq!(r("/loop"), None);
        assert_eq!(
            resolve_in_image(&layers, "/hidden"),
            Some((vec!["hidden".to_owned()], Probe::Other))
        );
        assert_eq!(r("/file"), None);
        assert_eq!(r("/x/y/../../hidden/z"), None);
        assert_eq!(r("/"), Some(vec![]));
    }
}
