//! `--userns=auto` without `size=N`: how many ids a container needs, estimated from its
//! image when it is created.
//!
//! The rule: one more than the highest id the container can meet, which is the highest of
//! - every uid and gid owning a file in the image's layers,
//! - every uid and gid in the image's /etc/passwd and /etc/group,
//! - the numeric uid and gid of `-u`,
//!
//! not counting 65534 (nobody/nogroup: an id outside the range shows as that anyway); at
//! least [`MIN_SIZE`], and at most [`idmap::DEFAULT_SIZE`]: an image that needs more must
//! ask for it with `auto:size=N`.
//!
//! File owners are recorded per layer when it is extracted (`LayerRecord::owners`); layers
//! extracted before that are walked.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::sandbox::idmap;
use crate::store::Store;
use crate::store::images::ImageRecord;
use crate::store::layers::LayerOwners;

/// The fewest ids an estimated range holds: room for the system ids an image's scripts
/// may use (adduser -S picks ids below 1000).
pub const MIN_SIZE: u32 = 1024;
/// /etc/passwd or /etc/group beyond this is not read (a hostile image's giant file).
const MAX_ETC_FILE: u64 = 16 << 20;

/// The ids container `user` (`-u` or the image's USER) of `image` needs.
pub fn estimate(store: &Store, image: &ImageRecord, user: &str) -> anyhow::Result<u32> {
    let dirs = store.image_layer_dirs(image)?;
    let mut owners = LayerOwners::default();
    for (chain, dir) in image.layers.iter().zip(&dirs) {
        let layer = match store.layer(chain)?.owners {
            Some(o) => o,
            None => {
                walk(dir).with_context(|| format!("reading the owners in {}", dir.display()))?
            }
        };
        owners.note(layer.max_uid, layer.max_gid);
    }
    if let Some(text) = image_file(&dirs, "passwd")? {
        note_passwd(&mut owners, &text);
    }
    if let Some(text) = image_file(&dirs, "group")? {
        note_group(&mut owners, &text);
    }
    note_user(&mut owners, user);
    size_for(owners)
}

/// The range size for the highest ids met.
pub fn size_for(owners: LayerOwners) -> anyhow::Result<u32> {
    let need = u64::from(owners.max_uid.max(owners.max_gid)) + 1;
    if need > u64::from(idmap::DEFAULT_SIZE) {
        bail!(
            "--userns=auto: the image needs ids up to {} ({need} ids), more than auto gives \
             without a size (at most {}): use --userns=auto:size={need}",
            need - 1,
            idmap::DEFAULT_SIZE
        );
    }
    Ok((need as u32).max(MIN_SIZE))
}

/// uids (3rd field) and gids (4th) of passwd lines.
fn note_passwd(owners: &mut LayerOwners, text: &str) {
    for line in text.lines() {
        let f: Vec<&str> = line.split(':').collect();
        if let (Some(Ok(uid)), Some(Ok(gid))) = (
            f.get(2).map(|s| s.trim().parse::<u32>()),
            f.get(3).map(|s| s.trim().parse::<u32>()),
        ) {
            owners.note(uid, gid);
        }
    }
}

/// gids (3rd field) of group lines.
fn note_group(owners: &mut LayerOwners, text: &str) {
    for line in text.lines() {
        if let Some(Ok(gid)) = line.split(':').nth(2).map(|s| s.trim().parse::<u32>()) {
            owners.note(0, gid);
        }
    }
}

/// The numeric parts of `-u uid[:gid]`; names are counted through passwd and group.
fn note_user(owners: &mut LayerOwners, user: &str) {
    let (u, g) = user.split_once(':').unwrap_or((user, ""));
    owners.note(u.parse().unwrap_or(0), g.parse().unwrap_or(0));
}

/// The text of the image's /etc/`name` as the container sees it: from the topmost layer
/// that has it, unless a layer above hides it (a whiteout, an opaque /etc, or an /etc that
/// is no directory). Nothing is followed through a symbolic link.
fn image_file(dirs: &[PathBuf], name: &str) -> anyhow::Result<Option<String>> {
    for dir in dirs.iter().rev() {
        let etc = dir.join("etc");
        match std::fs::symlink_metadata(&etc) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => return Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e).with_context(|| format!("reading {}", etc.display())),
        }
        let path = etc.join(name);
        match std::fs::symlink_metadata(&path) {
            Ok(m) if m.is_file() => return read_capped(&path).map(Some),
            // A whiteout (char 0:0), a link or anything else hides what lies below.
            Ok(_) => return Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if opaque(&etc) {
                    return Ok(None);
                }
            }
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }
    Ok(None)
}

fn opaque(dir: &Path) -> bool {
    let mut buf = [0u8; 1];
    rustix::fs::getxattr(dir, "user.overlay.opaque", &mut buf)
        .is_ok_and(|n| n == 1 && buf[0] == b'y')
}

fn read_capped(path: &Path) -> anyhow::Result<String> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
        .with_context(|| format!("opening {}", path.display()))?;
    let mut bytes = Vec::new();
    file.take(MAX_ETC_FILE)
        .read_to_end(&mut bytes)
        .with_context(|| format!("reading {}", path.display()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The owners of every entry under `dir` (a layer extracted before owners were recorded).
fn walk(dir: &Path) -> std::io::Result<LayerOwners> {
    use std::os::unix::fs::MetadataExt;
    let mut owners = LayerOwners::default();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d)? {
            let entry = entry?;
            // Not followed: the entry itself, a link included.
            let m = entry.metadata()?;
            owners.note(m.uid(), m.gid());
            if m.is_dir() {
                todo.push(entry.path());
            }
        }
    }
    Ok(owners)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_id_met_decides_above_the_minimum() {
        let mut o = LayerOwners::default();
        assert_eq!(size_for(o).unwrap(), MIN_SIZE);
        note_passwd(
            &mut o,
            "root:x:0:0::/root:/bin/sh\nnobody:x:65534:65534::/:/bin/false\nbad\napp:x:2000:2500::/:/bin/sh\n",
        );
        assert_eq!(
            (o.max_uid, o.max_gid),
            (2000, 2500),
            "nobody does not count"
        );
        assert_eq!(size_for(o).unwrap(), 2501);
        note_group(&mut o, "nogroup:x:65534:\nstaff:x:3000:a,b\n");
        assert_eq!(size_for(o).unwrap(), 3001);
        note_user(&mut o, "4000:10");
        assert_eq!(size_for(o).unwrap(), 4001);
        note_user(&mut o, "someone:5000");
        assert_eq!(size_for(o).unwrap(), 5001);
        o.note(65535, 0);
        assert_eq!(size_for(o).unwrap(), 65536);
        o.note(70000, 0);
        let e = size_for(o).unwrap_err().to_string();
        assert!(e.contains("auto:size=70001"), "{e}");
    }

    #[test]
    fn etc_files_come_from_the_topmost_layer_that_shows_them() {
        use std::os::unix::fs::symlink;
        let t = tempfile::tempdir().unwrap();
        let layer = |n: &str| {
            let d = t.path().join(n);
            std::fs::create_dir_all(d.join("etc")).unwrap();
            d
        };
        let (low, mid, top) = (layer("low"), layer("mid"), layer("top"));
        std::fs::write(low.join("etc/passwd"), "low").unwrap();
        let dirs = vec![low.clone(), mid.clone(), top.clone()];
        assert_eq!(image_file(&dirs, "passwd").unwrap().as_deref(), Some("low"));
        std::fs::write(mid.join("etc/passwd"), "mid").unwrap();
        assert_eq!(image_file(&dirs, "passwd").unwrap().as_deref(), Some("mid"));
        // A link is never followed, not even to the host's file.
        symlink("/etc/passwd", top.join("etc/passwd")).unwrap();
        assert_eq!(image_file(&dirs, "passwd").unwrap(), None);
        std::fs::remove_file(top.join("etc/passwd")).unwrap();
        std::fs::remove_dir(top.join("etc")).unwrap();
        symlink("/etc", top.join("etc")).unwrap();
        assert_eq!(image_file(&dirs, "passwd").unwrap(), None);
    }
}
