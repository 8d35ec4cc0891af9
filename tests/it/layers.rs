//! Hostile layer tars through `berth import`: nothing may land outside the layer, a refused
//! layer leaves no record, no layer directory and nothing in tmp/.

use crate::common;

use std::path::{Path, PathBuf};

use common::*;

/// Append an entry with raw, unvalidated name and link name, as an attacker's tar would.
fn raw(b: &mut tar::Builder<Vec<u8>>, kind: tar::EntryType, path: &str, link: &str, data: &[u8]) {
    let mut h = tar::Header::new_gnu();
    {
        let old = h.as_old_mut();
        old.name[..path.len()].copy_from_slice(path.as_bytes());
        old.linkname[..link.len()].copy_from_slice(link.as_bytes());
    }
    h.set_entry_type(kind);
    h.set_size(data.len() as u64);
    h.set_mode(0o644);
    h.set_uid(0);
    h.set_gid(0);
    h.set_mtime(1_700_000_000);
    h.set_cksum();
    b.append(&h, data).unwrap();
}

fn tar_of(f: impl FnOnce(&mut tar::Builder<Vec<u8>>)) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    f(&mut b);
    b.into_inner().unwrap()
}

/// A directory outside the store that hostile entries aim at, with one file in it.
fn target_dir(env: &TestEnv) -> PathBuf {
    let d = env.mkdir("target");
    env.write_file("target/secret", b"secret");
    d
}

fn assert_target_untouched(env: &TestEnv, target: &Path) {
    let names: Vec<_> = std::fs::read_dir(target)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        ["secret"],
        "{}: something landed outside",
        env.label()
    );
    assert_eq!(std::fs::read(target.join("secret")).unwrap(), b"secret");
    use std::os::unix::fs::MetadataExt;
    assert_eq!(std::fs::metadata(target.join("secret")).unwrap().nlink(), 1);
    for stray in ["pwned", "escape", "x"] {
        assert!(
            !env.dir().join(stray).exists(),
            "{stray} escaped into the env dir"
        );
        assert!(
            !env.root().join(stray).exists(),
            "{stray} escaped into the store root"
        );
    }
}

fn assert_nothing_left(env: &TestEnv) {
    for sub in ["images", "layers", "tmp"] {
        let dir = env.root().join(sub);
        let left: Vec<_> = std::fs::read_dir(&dir)
            .map(|rd| rd.map(|e| e.unwrap().file_name()).collect())
            .unwrap_or_default();
        assert!(left.is_empty(), "{}: {sub}/ holds {left:?}", env.label());
    }
    let names = std::fs::read_to_string(env.root().join("names.json")).unwrap_or_default();
    assert!(!names.contains("hostile"), "{names}");
}

/// Import `tar` as `hostile` and expect the whole layer to be refused.
fn expect_refused(env: &TestEnv, tar: &[u8], needle: &str) {
    let path = env.write_file("hostile.tar", tar);
    env.berth(&["import", &path.display().to_string(), "hostile"])
        .run()
        .berth_error()
        .stderr_contains(needle);
    assert_nothing_left(env);
}

#[test]
fn dotdot_paths_are_refused() {
    for env in TestEnv::all() {
        let target = target_dir(&env);
        let tar = tar_of(|b| {
            raw(b, tar::EntryType::Regular, "ok", "", b"fine");
            raw(
                b,
                tar::EntryType::Regular,
                "../../../../target/pwned",
                "",
                b"x",
            );
        });
        expect_refused(&env, &tar, "contains '..'");
        let tar = tar_of(|b| raw(b, tar::EntryType::Regular, "a/../../pwned", "", b"x"));
        expect_refused(&env, &tar, "contains '..'");
        assert_target_untouched(&env, &target);
    }
}

#[test]
fn absolute_paths_are_refused() {
    for env in TestEnv::all() {
        let target = target_dir(&env);
        let abs = format!("{}/pwned", target.display());
        let tar = tar_of(|b| raw(b, tar::EntryType::Regular, &abs, "", b"x"));
        expect_refused(&env, &tar, "absolute path");
        assert_target_untouched(&env, &target);
    }
}

#[test]
fn symlink_to_outside_then_write_through_it() {
    for env in TestEnv::all() {
        let target = target_dir(&env);
        let t = target.display().to_string();
        // `evil -> /abs/target` then `evil/pwned`: the symlink is resolved inside the layer,
        // where that directory does not exist, so the layer is refused.
        let tar = tar_of(|b| {
            raw(b, tar::EntryType::Symlink, "evil", &t, b"");
            raw(b, tar::EntryType::Regular, "evil/pwned", "", b"x");
        });
        expect_refused(&env, &tar, "evil/pwned");
        // Same with a relative escape and with overwriting an existing file.
        let tar = tar_of(|b| {
            raw(
                b,
                tar::EntryType::Symlink,
                "rel",
                "../../../../../../target",
                b"",
            );
            raw(b, tar::EntryType::Regular, "rel/secret", "", b"overwritten");
        });
        expect_refused(&env, &tar, "rel/secret");
        assert_target_untouched(&env, &target);
    }
}

#[test]
fn symlink_escape_that_resolves_inside_stays_inside() {
    for env in TestEnv::all() {
        let target = target_dir(&env);
        // `up -> ../../..` then `up/x`: `..` cannot climb above the layer root, so x lands
        // at the root of the layer, which is harmless; `etc -> /etc` writes the layer's etc.
        let tar = tar_of(|b| {
            raw(b, tar::EntryType::Symlink, "up", "../../..", b"");
            raw(b, tar::EntryType::Regular, "up/x", "", b"inside");
            raw(b, tar::EntryType::Directory, "etc/", "", b"");
            raw(b, tar::EntryType::Symlink, "link", "/etc", b"");
            raw(
                b,
                tar::EntryType::Regular,
                "link/berth-layer-test",
                "",
                b"inside",
            );
        });
        let path = env.write_file("contained.tar", &tar);
        let out = env
            .berth(&["import", &path.display().to_string(), "contained"])
            .success();
        let id = out.stdout().trim().to_owned();
        let rec: serde_json::Value = serde_json::from_slice(
            &std::fs::read(env.root().join(format!("images/{}.json", &id[7..]))).unwrap(),
        )
        .unwrap();
        let chain = rec["Layers"][0].as_str().unwrap();
        let diff = env.root().join("layers").join(&chain[7..]).join("diff");
        assert_eq!(std::fs::read(diff.join("x")).unwrap(), b"inside");
        assert_eq!(
            std::fs::read(diff.join("etc/berth-layer-test")).unwrap(),
            b"inside"
        );
        assert!(!Path::new("/etc/berth-layer-test").exists());
        assert_target_untouched(&env, &target);
        assert!(
            std::fs::read_dir(env.root().join("tmp"))
                .unwrap()
                .next()
                .is_none()
        );
    }
}

#[test]
fn hardlinks_outside_are_refused() {
    for env in TestEnv::all() {
        let target = target_dir(&env);
        let tar = tar_of(|b| {
            raw(
                b,
                tar::EntryType::Link,
                "h",
                "../../../../target/secret",
                b"",
            )
        });
        expect_refused(&env, &tar, "hard link");
        let abs = format!("{}/secret", target.display());
        let tar = tar_of(|b| raw(b, tar::EntryType::Link, "h", &abs, b""));
        expect_refused(&env, &tar, "hard link");
        // Through a symlink: resolved inside the layer, where there is no such file.
        let t = target.display().to_string();
        let tar = tar_of(|b| {
            raw(b, tar::EntryType::Symlink, "evil", &t, b"");
            raw(b, tar::EntryType::Link, "h", "evil/secret", b"");
        });
        expect_refused(&env, &tar, "hard link");
        assert_target_untouched(&env, &target);
    }
}

#[test]
fn whiteouts_and_opaque_dirs_become_overlay_format() {
    for env in TestEnv::all() {
        let tar = tar_of(|b| {
            raw(b, tar::EntryType::Directory, "d/", "", b"");
            raw(b, tar::EntryType::Regular, "d/.wh..wh..opq", "", b"");
            raw(b, tar::EntryType::Regular, "d/.wh.gone", "", b"");
            raw(b, tar::EntryType::Regular, ".wh.top", "", b"");
        });
        let path = env.write_file("wh.tar", &tar);
        let id = env
            .berth(&["import", &path.display().to_string(), "wh"])
            .success()
            .stdout()
            .trim()
            .to_owned();
        let rec: serde_json::Value = serde_json::from_slice(
            &std::fs::read(env.root().join(format!("images/{}.json", &id[7..]))).unwrap(),
        )
        .unwrap();
        let diff = env
            .root()
            .join("layers")
            .join(&rec["Layers"][0].as_str().unwrap()[7..])
            .join("diff");
        use std::os::unix::fs::{FileTypeExt, MetadataExt};
        for p in ["d/gone", "top"] {
            let m = std::fs::symlink_metadata(diff.join(p)).unwrap();
            assert!(m.file_type().is_char_device() && m.rdev() == 0, "{p}");
        }
        assert!(!diff.join("d/.wh.gone").exists());
        let mut buf = [0u8; 8];
        let n = rustix::fs::lgetxattr(diff.join("d"), "user.overlay.opaque", &mut buf).unwrap();
        assert_eq!(&buf[..n], b"y");
    }
}

#[test]
fn tar_bomb_header_fails_cleanly() {
    for env in TestEnv::all() {
        // A header claiming 1 TiB of content: refused before anything is written.
        let mut tar = tar_of(|b| raw(b, tar::EntryType::Regular, "ok", "", b"fine"));
        tar.truncate(tar.len() - 1024);
        let mut h = tar::Header::new_gnu();
        h.set_path("bomb").unwrap();
        h.set_size(1 << 40);
        h.set_mode(0o644);
        h.set_mtime(0);
        h.set_uid(0);
        h.set_gid(0);
        h.set_cksum();
        tar.extend_from_slice(h.as_bytes());
        tar.extend_from_slice(&[0u8; 4096]);
        expect_refused(&env, &tar, "exceeds the limit");
    }
}
