//! Disk use of a container for `ps -s`: its writable layer, and that plus its image (docker's
//! "virtual" size). Walked on demand only; listing never pays for it unless asked.

use std::collections::HashSet;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use crate::store::Store;
use crate::store::containers::ContainerRecord;

/// Bytes in the container's writable layer: the overlay upper dir, or the whole copied
/// rootfs with the copy driver (all of it is the container's own).
pub fn writable_size(store: &Store, rec: &ContainerRecord) -> u64 {
    let dir = store.container_dir(&rec.id);
    let layer = if rec.driver == "copy" {
        dir.join("rootfs")
    } else {
        dir.join("upper")
    };
    tree_size(&layer)
}

/// Sum of the sizes of everything but directories, each inode counted once (hard links),
/// as docker measures a layer. Unreadable parts count as empty.
pub fn tree_size(root: &Path) -> u64 {
    let mut seen = HashSet::new();
    let mut total = 0;
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(meta) = entry.metadata() else { continue };
            if meta.is_dir() {
                stack.push(entry.path());
            } else if seen.insert((meta.dev(), meta.ino())) {
                total += meta.size();
            }
        }
    }
    total
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_files_once_and_skips_directories() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("sub")).unwrap();
        std::fs::write(d.join("a"), [0u8; 10]).unwrap();
        std::fs::write(d.join("sub/b"), [0u8; 5]).unwrap();
        std::fs::hard_link(d.join("a"), d.join("sub/a-again")).unwrap();
        assert_eq!(super::tree_size(d), 15);
        assert_eq!(super::tree_size(&d.join("missing")), 0);
    }
}
