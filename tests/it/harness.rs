//! Self-tests of the integration-test harness (tests/it/common).

use crate::common;

use std::os::unix::fs::MetadataExt;
use std::time::Duration;

use common::*;

#[test]
fn runs_the_binary_with_a_private_store() {
    for env in TestEnv::all() {
        let out = env.berth(&["--help"]).success();
        assert!(out.stdout().contains("Usage"), "{out}");
        assert!(env.root().is_dir() && env.runroot().is_dir());
        // The env's variables reach the process; the host's do not.
        let out = env.cmd("/usr/bin/env", &[] as &[&str]).success();
        let vars = out.stdout();
        assert!(
            vars.contains(&format!("BERTH_ROOT={}", env.root().display())),
            "{out}"
        );
        assert!(!vars.contains("CARGO_MANIFEST_DIR"), "{out}");
    }
}

#[test]
fn usage_errors_are_one_line_and_125() {
    for env in TestEnv::all() {
        env.berth(&["no-such-command"]).run().berth_error();
        let out = env.berth(&["images", "--no-such-flag"]).failure_code(125);
        assert!(out.stderr().starts_with("Error: "), "{out}");
    }
}

#[test]
fn stdin_and_env_vars_are_passed() {
    for env in TestEnv::all() {
        let out = env.cmd("cat", &[] as &[&str]).stdin("hello\n").success();
        assert_eq!(out.stdout(), "hello\n");
        let out = env
            .cmd("sh", &["-c", "echo $GREETING"])
            .env("GREETING", "hi there")
            .success();
        assert_eq!(out.stdout(), "hi there\n");
        env.cmd("sh", &["-c", "exit 3"]).failure_code(3);
    }
}

#[test]
fn rootless_env_runs_as_the_test_user() {
    if !require_rootless() {
        return;
    }
    let env = TestEnv::rootless();
    let uid = nix::unistd::User::from_name(TEST_USER)
        .unwrap()
        .unwrap()
        .uid
        .as_raw();
    let out = env.cmd("id", &["-u"]).success();
    assert_eq!(out.stdout().trim(), uid.to_string(), "{out}");
    for dir in [
        env.dir(),
        &env.root(),
        &env.runroot(),
        &env.home(),
        &env.work(),
    ] {
        assert_eq!(
            std::fs::metadata(dir).unwrap().uid(),
            uid,
            "{}",
            dir.display()
        );
    }
    // The user can write into its scratch dir and read files the test wrote for it.
    let f = env.write_file("sub/data.txt", "x");
    env.cmd("sh", &["-c", "cat \"$1\" && touch \"$2\"/new", "sh"])
        .arg(&f)
        .arg(env.work())
        .success();
}

#[test]
fn failure_message_shows_command_and_output() {
    if !require_root() {
        return;
    }
    let env = TestEnv::new();
    let res = std::panic::catch_unwind(|| {
        env.cmd("sh", &["-c", "echo out; echo err >&2; exit 7"])
            .success();
    });
    let msg = panic_text(res.unwrap_err());
    for needle in ["expected success", "sh -c", "exit status: 7", "out", "err"] {
        assert!(msg.contains(needle), "missing {needle:?} in:\n{msg}");
    }
}

#[test]
fn commands_that_hang_are_killed() {
    if !require_root() {
        return;
    }
    let env = TestEnv::new();
    let res = std::panic::catch_unwind(|| {
        env.cmd("sleep", &["30"])
            .timeout(Duration::from_millis(200))
            .run();
    });
    assert!(panic_text(res.unwrap_err()).contains("timed out"));
}

#[test]
fn cleanup_unmounts_and_removes_foreign_files() {
    if !require_root() {
        return;
    }
    let env = TestEnv::new();
    let dir = env.dir().to_owned();
    let m = env.mkdir("mnt");
    nix::mount::mount(
        Some("tmpfs"),
        &m,
        Some("tmpfs"),
        nix::mount::MsFlags::empty(),
        None::<&str>,
    )
    .unwrap();
    let inner = m.join("deep");
    std::fs::create_dir(&inner).unwrap();
    std::fs::write(inner.join("f"), "x").unwrap();
    std::os::unix::fs::lchown(&inner, Some(165_535), Some(165_535)).unwrap();
    std::fs::set_permissions(&inner, std::os::unix::fs::PermissionsExt::from_mode(0o500)).unwrap();
    assert_eq!(mounts_under(&dir).len(), 1);
    drop(env);
    assert!(!dir.exists(), "{} still exists", dir.display());
    assert!(mounts_under(&dir).is_empty());
}

#[test]
fn mountinfo_escapes() {
    assert_eq!(unescape_mountinfo(r"/a\040b\011c\134d"), "/a b\tc\\d");
    assert_eq!(unescape_mountinfo(r"/plain\04"), r"/plain\04");
}

#[test]
fn busybox_fixture_has_what_tests_rely_on() {
    if !require_busybox() {
        return;
    }
    assert_eq!(elf_is_static(&std::fs::read(BUSYBOX).unwrap()), Some(true));
    let mut archive = tar::Archive::new(busybox_tar());
    let mut seen = std::collections::HashMap::new();
    for entry in archive.entries().unwrap() {
        let entry = entry.unwrap();
        let h = entry.header();
        seen.insert(
            entry
                .path()
                .unwrap()
                .to_string_lossy()
                .trim_end_matches('/')
                .to_owned(),
            (h.uid().unwrap(), h.mode().unwrap(), h.entry_type()),
        );
    }
    for applet in [
        "sh", "ls", "cat", "echo", "true", "false", "id", "sleep", "env", "stat",
    ] {
        assert!(
            seen.contains_key(&format!("bin/{applet}")),
            "no bin/{applet}"
        );
    }
    assert_eq!(seen["srv/owned-by-1234"].0, u64::from(ODD_OWNER));
    assert_eq!(seen["tmp"].1 & 0o7777, 0o1777);
    assert!(seen["bin/busybox"].2.is_file());
}

#[test]
fn busybox_fixture_runs_in_a_chroot() {
    if !require_root() || !require_busybox() {
        return;
    }
    let env = TestEnv::new();
    let rootfs = env.work().join("rootfs");
    unpack_busybox(&rootfs);
    assert_eq!(owner_uid(&rootfs.join("srv/owned-by-1234")), ODD_OWNER);
    let out = env
        .cmd(
            "chroot",
            &[rootfs.to_str().unwrap(), "/bin/sh", "-c", "id -un; echo ok"],
        )
        .success();
    assert_eq!(out.stdout(), "root\nok\n");
}

fn panic_text(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_default()
}

#[test]
fn hidden_checkouts_are_detected() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bin");
    std::fs::write(&file, "").unwrap();
    std::fs::set_permissions(&file, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    std::fs::set_permissions(
        dir.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )
    .unwrap();
    assert!(!world_reachable(&file));
    std::fs::set_permissions(
        dir.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    assert!(world_reachable(&file));
    assert!(world_reachable(&berth_bin_for_users()));
}

#[test]
fn busybox_fixture_imports() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        let id = env.import_busybox("bb");
        assert!(
            id.starts_with("sha256:"),
            "[{}] import printed {id:?}",
            env.label()
        );
        let out = env.berth(&["images", "--no-trunc", "-q"]).success();
        assert!(out.stdout().contains(&id), "{out}");
    }
}

#[test]
fn leftover_containers_are_removed_on_drop() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        env.import_busybox("bb");
        env.berth(&["create", "--name", "left", "bb", "true"])
            .success();
        // A unique argument, to find the process afterwards.
        let marker = format!("{}", 100_000 + std::process::id() % 100_000);
        env.berth(&["run", "-d", "bb", "sleep", &marker]).success();
        assert!(
            sleepers(&marker) > 0,
            "the detached container is not running"
        );
        let dir = env.dir().to_owned();
        drop(env);
        assert!(!dir.exists(), "{} still exists", dir.display());
        assert_eq!(sleepers(&marker), 0, "the detached container survived");
    }
}

/// Processes whose command line is `sleep MARKER`.
fn sleepers(marker: &str) -> usize {
    let want = format!("sleep\0{marker}\0");
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| std::fs::read(e.path().join("cmdline")).ok())
        .filter(|c| c == want.as_bytes())
        .count()
}
