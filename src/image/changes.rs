//! A container's changes to its image: read from its overlay upper directory (overlay and
//! fuse-overlayfs drivers), or found by comparing its copied root with the image's layers
//! (copy driver). The same list feeds `diff` and the layer `commit` writes.
//!
//! Paths berth mounts on in every container (/proc, /sys, /dev, /etc/hosts, /etc/hostname,
//! /etc/resolv.conf) leave mount-point traces in an upper dir; they are never changes.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs::Metadata;
use std::io::{self, Read};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

use rustix::fs::{Mode, OFlags, ResolveFlags};

/// What happened to a path, as `diff` prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Added,
    Changed,
    Deleted,
}

impl Kind {
    pub fn letter(self) -> char {
        match self {
            Kind::Added => 'A',
            Kind::Changed => 'C',
            Kind::Deleted => 'D',
        }
    }

    /// docker's numeric change kind (`--format json`).
    pub fn number(self) -> u8 {
        match self {
            Kind::Changed => 0,
            Kind::Added => 1,
            Kind::Deleted => 2,
        }
    }
}

/// One changed path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Relative to the root, without a leading slash.
    pub path: PathBuf,
    pub kind: Kind,
    /// A directory that hides everything the layers below hold in it.
    pub opaque: bool,
}

/// Whiteout and opaque markers as layer tars (and fuse-overlayfs upper dirs) spell them.
pub const WHITEOUT_PREFIX: &str = ".wh.";
pub const OPAQUE_MARKER: &str = ".wh..wh..opq";

/// Mount points berth makes in every container, relative to the root.
const MOUNT_POINTS: [&str; 6] = [
    "proc",
    "sys",
    "dev",
    "etc/hosts",
    "etc/hostname",
    "etc/resolv.conf",
];

fn is_mount_point(rel: &Path) -> bool {
    MOUNT_POINTS.iter().any(|m| rel == Path::new(m))
}

/// Is `rel` a directory on the way to one of the mount points `skip`?
fn holds_mount_point(skip: &[&str], rel: &Path) -> bool {
    skip.iter()
        .any(|m| Path::new(m).starts_with(rel) && Path::new(m) != rel)
}

/// Owners as the image should record them: stored owners moved back through a container's
/// id map (identity for containers without a nested map).
pub type OwnerMap<'a> = &'a (dyn Fn(u32, u32) -> (u32, u32) + Sync);

pub fn identity(uid: u32, gid: u32) -> (u32, u32) {
    (uid, gid)
}

pub fn is_whiteout(meta: &Metadata) -> bool {
    meta.file_type().is_char_device() && meta.rdev() == 0
}

pub fn is_opaque(path: &Path) -> bool {
    let mut buf = [0u8; 4];
    ["user.overlay.opaque", "trusted.overlay.opaque"]
        .iter()
        .any(|x| matches!(rustix::fs::lgetxattr(path, *x, &mut buf), Ok(1) if buf[0] == b'y'))
}

/// A tree the container may change while it is read (its upper dir, its copied root).
/// Every directory is opened from a descriptor on the root without following symlinks, and
/// its entries are named through that descriptor (`/proc/self/fd/N/NAME`), so a directory
/// swapped for a link mid-walk fails the read instead of leading out of the tree.
pub struct Confined {
    root: OwnedFd,
}

/// An open directory and the path that names it through its descriptor.
pub struct PinnedDir {
    _fd: OwnedFd,
    pub path: PathBuf,
}

impl Confined {
    pub fn open(root: &Path) -> io::Result<Confined> {
        let root = rustix::fs::open(
            root,
            OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .map_err(|e| ctx(e.into(), root))?;
        Ok(Confined { root })
    }

    /// Directory `rel` (relative, "" for the root itself).
    pub fn dir(&self, rel: &Path) -> io::Result<PinnedDir> {
        let rel_or_dot = if rel.as_os_str().is_empty() {
            Path::new(".")
        } else {
            rel
        };
        let fd = rustix::fs::openat2(
            &self.root,
            rel_or_dot,
            OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC | OFlags::NOFOLLOW,
            Mode::empty(),
            ResolveFlags::BENEATH | ResolveFlags::NO_SYMLINKS | ResolveFlags::NO_MAGICLINKS,
        )
        .map_err(|e| ctx(e.into(), rel))?;
        let path = PathBuf::from(format!("/proc/self/fd/{}", fd.as_raw_fd()));
        Ok(PinnedDir { _fd: fd, path })
    }

    /// `rel` named through its parent directory's descriptor (kept open in the result):
    /// lstat, `O_NOFOLLOW` opens and `l*xattr` on the path never follow a link.
    pub fn entry(&self, rel: &Path) -> io::Result<(PinnedDir, PathBuf)> {
        let parent = self.dir(rel.parent().unwrap_or(Path::new("")))?;
        let path = parent.path.join(rel.file_name().unwrap_or_default());
        Ok((parent, path))
    }
}

/// The image's layers, topmost first, seen as overlay merges them.
pub struct Lowers {
    top_first: Vec<PathBuf>,
}

impl Lowers {
    /// `layers` lowest first, as images list them.
    pub fn new(layers: &[PathBuf]) -> Lowers {
        Lowers {
            top_first: layers.iter().rev().cloned().collect(),
        }
    }

    /// Is `rel` hidden in `layer` by a whiteout, an opaque directory or a non-directory
    /// on its way?
    fn hidden_in(layer: &Path, rel: &Path) -> bool {
        let mut anc = rel.parent();
        while let Some(a) = anc {
            if a.as_os_str().is_empty() {
                break;
            }
            if let Ok(m) = std::fs::symlink_metadata(layer.join(a))
                && (!m.is_dir() || is_opaque(&layer.join(a)))
            {
                return true;
            }
            anc = a.parent();
        }
        false
    }

    /// The entry the merged layers show at `rel`, if any.
    pub fn lookup(&self, rel: &Path) -> Option<PathBuf> {
        for layer in &self.top_first {
            let p = layer.join(rel);
            match std::fs::symlink_metadata(&p) {
                Ok(m) if is_whiteout(&m) => return None,
                Ok(_) => return Some(p),
                Err(_) if Self::hidden_in(layer, rel) => return None,
                Err(_) => {}
            }
        }
        None
    }

    /// The names the merged layers show in directory `rel`, with where each is read from.
    pub fn children(&self, rel: &Path) -> io::Result<BTreeMap<OsString, PathBuf>> {
        let mut seen: BTreeMap<OsString, Option<PathBuf>> = BTreeMap::new();
        for layer in &self.top_first {
            let dir = layer.join(rel);
            match std::fs::symlink_metadata(&dir) {
                Ok(m) if m.is_dir() => {}
                Ok(_) => break,
                Err(_) if Self::hidden_in(layer, rel) => break,
                Err(_) => continue,
            }
            for e in std::fs::read_dir(&dir)? {
                let e = e?;
                let name = e.file_name();
                if seen.contains_key(&name) {
                    continue;
                }
                let m = std::fs::symlink_metadata(e.path())?;
                seen.insert(name, (!is_whiteout(&m)).then(|| e.path()));
            }
            if is_opaque(&dir) {
                break;
            }
        }
        Ok(seen
            .into_iter()
            .filter_map(|(n, p)| p.map(|p| (n, p)))
            .collect())
    }
}

fn sorted_names(dir: &Path) -> io::Result<Vec<OsString>> {
    let mut names = std::fs::read_dir(dir)
        .map_err(|e| ctx(e, dir))?
        .map(|e| e.map(|e| e.file_name()))
        .collect::<io::Result<Vec<_>>>()
        .map_err(|e| ctx(e, dir))?;
    names.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
    Ok(names)
}

fn ctx(e: io::Error, path: &Path) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

/// The changes an overlay upper dir holds, parents before children, names in byte order.
/// A container's (`container`) leaves out berth's mount points; an image layer's keeps them.
pub fn from_upper(
    upper: &Path,
    lowers: &Lowers,
    owners: OwnerMap,
    container: bool,
) -> io::Result<Vec<Change>> {
    let mut out = Vec::new();
    let skip: &[&str] = if container { &MOUNT_POINTS } else { &[] };
    let tree = Confined::open(upper)?;
    walk_upper(&tree, Path::new(""), lowers, owners, skip, &mut out)?;
    Ok(out)
}

fn walk_upper(
    upper: &Confined,
    rel: &Path,
    lowers: &Lowers,
    owners: OwnerMap,
    skip: &[&str],
    out: &mut Vec<Change>,
) -> io::Result<()> {
    let dir = upper.dir(rel)?;
    for name in sorted_names(&dir.path)? {
        let rel = rel.join(&name);
        if skip.iter().any(|m| rel == Path::new(m)) {
            continue;
        }
        let full = dir.path.join(&name);
        let meta = std::fs::symlink_metadata(&full).map_err(|e| ctx(e, &full))?;
        // fuse-overlayfs marks opaque directories with `.wh..wh..opq` (plus a whiteout
        // named `.wh..opq`) and, where it cannot make device nodes, whiteouts with
        // `.wh.NAME` files, as a layer tar would.
        if let Some(hidden) = name.as_bytes().strip_prefix(WHITEOUT_PREFIX.as_bytes()) {
            let marker = hidden == b".opq" || hidden.starts_with(WHITEOUT_PREFIX.as_bytes());
            if !hidden.is_empty() && !marker {
                out.push(Change {
                    path: rel.with_file_name(std::ffi::OsStr::from_bytes(hidden)),
                    kind: Kind::Deleted,
                    opaque: false,
                });
            }
            continue;
        }
        if is_whiteout(&meta) {
            out.push(Change {
                path: rel,
                kind: Kind::Deleted,
                opaque: false,
            });
            continue;
        }
        let lower = lowers.lookup(&rel);
        let opaque = meta.is_dir()
            && (is_opaque(&full) || std::fs::symlink_metadata(full.join(OPAQUE_MARKER)).is_ok());
        let at = out.len();
        out.push(Change {
            path: rel.clone(),
            kind: if lower.is_some() {
                Kind::Changed
            } else {
                Kind::Added
            },
            opaque,
        });
        if meta.is_dir() {
            walk_upper(upper, &rel, lowers, owners, skip, out)?;
            // A directory copied up with its owner and mode unchanged and nothing left in
            // it (only mount points berth made) is no change; nor is one berth created
            // for its mount points.
            let unchanged = || {
                lower
                    .as_ref()
                    .and_then(|l| std::fs::symlink_metadata(l).ok())
                    .is_some_and(|lm| lm.is_dir() && same_owner_mode(&meta, &lm, owners))
            };
            if out.len() == at + 1 && !opaque && (unchanged() || holds_mount_point(skip, &rel)) {
                out.truncate(at);
            }
        }
    }
    Ok(())
}

fn same_owner_mode(upper: &Metadata, lower: &Metadata, owners: OwnerMap) -> bool {
    owners(upper.uid(), upper.gid()) == (lower.uid(), lower.gid()) && upper.mode() == lower.mode()
}

/// The changes of a copied root (`root`) against the layers it was copied from, in the
/// same order as [`from_upper`]. The copy keeps neither mtimes nor hard links, so regular
/// files of equal size are compared by content.
pub fn from_copy(root: &Path, lowers: &Lowers, owners: OwnerMap) -> io::Result<Vec<Change>> {
    let mut out = Vec::new();
    let tree = Confined::open(root)?;
    walk_copy(&tree, Path::new(""), lowers, owners, &mut out)?;
    Ok(out)
}

fn walk_copy(
    root: &Confined,
    rel: &Path,
    lowers: &Lowers,
    owners: OwnerMap,
    out: &mut Vec<Change>,
) -> io::Result<()> {
    let mut lower = lowers.children(rel)?;
    let dir = root.dir(rel)?;
    for name in sorted_names(&dir.path)? {
        let rel = rel.join(&name);
        let below = lower.remove(&name);
        if is_mount_point(&rel) {
            continue;
        }
        let full = dir.path.join(&name);
        let meta = std::fs::symlink_metadata(&full).map_err(|e| ctx(e, &full))?;
        let below_meta = below
            .as_ref()
            .and_then(|p| std::fs::symlink_metadata(p).ok());
        let at = out.len();
        match &below_meta {
            None => {
                add_tree(root, &rel, &meta, out)?;
                if out.len() == at + 1 && meta.is_dir() && holds_mount_point(&MOUNT_POINTS, &rel) {
                    out.truncate(at);
                }
            }
            Some(bm) if bm.is_dir() && meta.is_dir() => {
                out.push(Change {
                    path: rel.clone(),
                    kind: Kind::Changed,
                    opaque: false,
                });
                walk_copy(root, &rel, lowers, owners, out)?;
                if out.len() == at + 1 && same_owner_mode(&meta, bm, owners) {
                    out.truncate(at);
                }
            }
            Some(bm) => {
                let below = below.as_deref().unwrap_or(Path::new(""));
                if !same_entry(&full, &meta, below, bm, owners)? {
                    out.push(Change {
                        path: rel.clone(),
                        kind: Kind::Changed,
                        // A directory where the layers hold something else hides it.
                        opaque: meta.is_dir(),
                    });
                    if meta.is_dir() {
                        add_children(root, &rel, out)?;
                    }
                }
            }
        }
    }
    for (name, path) in lower {
        let rel = rel.join(&name);
        if is_mount_point(&rel) {
            continue;
        }
        // Device nodes cannot be copied in a user namespace: missing is not deleted.
        if std::fs::symlink_metadata(&path).is_ok_and(|m| {
            let ft = m.file_type();
            ft.is_char_device() || ft.is_block_device()
        }) {
            continue;
        }
        out.push(Change {
            path: rel,
            kind: Kind::Deleted,
            opaque: false,
        });
    }
    // Keep the order of the walk: parents first, then names in byte order.
    Ok(())
}

fn add_tree(root: &Confined, rel: &Path, meta: &Metadata, out: &mut Vec<Change>) -> io::Result<()> {
    out.push(Change {
        path: rel.to_owned(),
        kind: Kind::Added,
        opaque: false,
    });
    if meta.is_dir() {
        add_children(root, rel, out)?;
    }
    Ok(())
}

fn add_children(root: &Confined, rel: &Path, out: &mut Vec<Change>) -> io::Result<()> {
    let dir = root.dir(rel)?;
    for name in sorted_names(&dir.path)? {
        let rel = rel.join(&name);
        if is_mount_point(&rel) {
            continue;
        }
        let full = dir.path.join(&name);
        let meta = std::fs::symlink_metadata(&full).map_err(|e| ctx(e, &full))?;
        add_tree(root, &rel, &meta, out)?;
    }
    Ok(())
}

fn same_entry(
    a: &Path,
    am: &Metadata,
    b: &Path,
    bm: &Metadata,
    owners: OwnerMap,
) -> io::Result<bool> {
    let kind = |m: &Metadata| m.mode() & libc::S_IFMT;
    if kind(am) != kind(bm) || !same_owner_mode(am, bm, owners) || am.rdev() != bm.rdev() {
        return Ok(false);
    }
    let ft = am.file_type();
    if ft.is_symlink() {
        return Ok(std::fs::read_link(a)? == std::fs::read_link(b)?);
    }
    if ft.is_file() {
        return Ok(am.len() == bm.len() && same_content(a, b)?);
    }
    Ok(true)
}

fn same_content(a: &Path, b: &Path) -> io::Result<bool> {
    use std::os::unix::fs::OpenOptionsExt;
    let open = |p: &Path| {
        std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW)
            .open(p)
    };
    let (mut fa, mut fb) = (open(a)?, open(b)?);
    let (mut ba, mut bb) = (vec![0u8; 64 << 10], vec![0u8; 64 << 10]);
    loop {
        let n = read_full(&mut fa, &mut ba)?;
        let m = read_full(&mut fb, &mut bb)?;
        if n != m || ba[..n] != bb[..m] {
            return Ok(false);
        }
        if n == 0 {
            return Ok(true);
        }
    }
}

fn read_full(f: &mut std::fs::File, buf: &mut [u8]) -> io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match f.read(&mut buf[got..])? {
            0 => break,
            n => got += n,
        }
    }
    Ok(got)
}

/// The changes `diff` prints: parents of changes shown as changed, sorted by path.
pub fn for_display(changes: &[Change]) -> Vec<(String, Kind)> {
    let mut out: BTreeMap<String, Kind> = BTreeMap::new();
    for c in changes {
        let shown = format!(
            "/{}",
            String::from_utf8_lossy(c.path.as_os_str().as_bytes())
        );
        out.insert(shown, c.kind);
        let mut anc = c.path.parent();
        while let Some(a) = anc {
            if a.as_os_str().is_empty() {
                break;
            }
            let shown = format!("/{}", String::from_utf8_lossy(a.as_os_str().as_bytes()));
            out.entry(shown).or_insert(Kind::Changed);
            anc = a.parent();
        }
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(changes: &[Change]) -> Vec<(String, Kind)> {
        changes
            .iter()
            .map(|c| (c.path.to_str().unwrap().to_owned(), c.kind))
            .collect()
    }

    fn whiteout(path: &Path) {
        rustix::fs::mknodat(
            rustix::fs::CWD,
            path,
            rustix::fs::FileType::CharacterDevice,
            rustix::fs::Mode::empty(),
            0,
        )
        .unwrap();
    }

    #[test]
    fn upper_dir_changes_and_mount_points() {
        if !rustix::process::geteuid().is_root() {
            return;
        }
        let t = tempfile::tempdir().unwrap();
        let (l, u) = (t.path().join("l"), t.path().join("u"));
        std::fs::create_dir_all(l.join("etc")).unwrap();
        std::fs::create_dir_all(l.join("usr/share")).unwrap();
        std::fs::write(l.join("etc/passwd"), b"root").unwrap();
        std::fs::write(l.join("gone"), b"x").unwrap();
        std::fs::create_dir_all(u.join("etc")).unwrap();
        std::fs::create_dir_all(u.join("proc")).unwrap();
        std::fs::write(u.join("etc/hosts"), b"").unwrap();
        std::fs::create_dir_all(u.join("usr/share")).unwrap();
        std::fs::write(u.join("usr/share/new"), b"n").unwrap();
        whiteout(&u.join("gone"));
        let lowers = Lowers::new(&[l]);
        let got = from_upper(&u, &lowers, &identity, true).unwrap();
        assert_eq!(
            listed(&got),
            [
                ("gone".to_owned(), Kind::Deleted),
                ("usr".to_owned(), Kind::Changed),
                ("usr/share".to_owned(), Kind::Changed),
                ("usr/share/new".to_owned(), Kind::Added),
            ]
        );
    }

    #[test]
    fn confined_tree_never_follows_a_link_on_the_way() {
        let t = tempfile::tempdir().unwrap();
        std::fs::create_dir(t.path().join("d")).unwrap();
        std::os::unix::fs::symlink("/etc", t.path().join("out")).unwrap();
        let tree = Confined::open(t.path()).unwrap();
        assert!(tree.dir(Path::new("d")).is_ok());
        assert!(tree.dir(Path::new("out")).is_err());
        assert!(tree.entry(Path::new("out/passwd")).is_err());
        let (_d, p) = tree.entry(Path::new("out")).unwrap();
        assert!(
            std::fs::symlink_metadata(p)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[test]
    fn lowers_honour_whiteouts_and_opaque_dirs() {
        let t = tempfile::tempdir().unwrap();
        let (a, b) = (t.path().join("a"), t.path().join("b"));
        std::fs::create_dir_all(a.join("d")).unwrap();
        std::fs::write(a.join("d/x"), b"").unwrap();
        std::fs::write(a.join("f"), b"").unwrap();
        std::fs::create_dir_all(b.join("d")).unwrap();
        std::fs::write(b.join("d/y"), b"").unwrap();
        let lowers = Lowers::new(&[a.clone(), b.clone()]);
        let names: Vec<_> = lowers
            .children(Path::new("d"))
            .unwrap()
            .into_keys()
            .collect();
        assert_eq!(names, ["x", "y"]);
        rustix::fs::setxattr(
            b.join("d"),
            "user.overlay.opaque",
            b"y",
            rustix::fs::XattrFlags::empty(),
        )
        .unwrap();
        let names: Vec<_> = lowers
            .children(Path::new("d"))
            .unwrap()
            .into_keys()
            .collect();
        assert_eq!(names, ["y"]);
        assert!(lowers.lookup(Path::new("d/x")).is_none());
        assert!(lowers.lookup(Path::new("f")).is_some());
    }

    #[test]
    fn copied_root_against_layers() {
        let t = tempfile::tempdir().unwrap();
        let (l, r) = (t.path().join("l"), t.path().join("r"));
        for d in [&l, &r] {
            std::fs::create_dir_all(d.join("etc")).unwrap();
            std::fs::write(d.join("etc/same"), b"same").unwrap();
        }
        std::fs::write(l.join("etc/edit"), b"old").unwrap();
        std::fs::write(r.join("etc/edit"), b"new").unwrap();
        std::fs::write(l.join("rm"), b"").unwrap();
        std::fs::create_dir_all(r.join("new/sub")).unwrap();
        let got = from_copy(&r, &Lowers::new(&[l]), &identity).unwrap();
        assert_eq!(
            listed(&got),
            [
                ("etc".to_owned(), Kind::Changed),
                ("etc/edit".to_owned(), Kind::Changed),
                ("new".to_owned(), Kind::Added),
                ("new/sub".to_owned(), Kind::Added),
                ("rm".to_owned(), Kind::Deleted),
            ]
        );
        let disp = for_display(&got);
        assert_eq!(disp[0], ("/etc".to_owned(), Kind::Changed));
    }
}
