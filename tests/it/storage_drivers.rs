//! Storage drivers other than the kernel's overlayfs: fuse-overlayfs when configured or when
//! overlay cannot be mounted, and the copied root as the last resort, each announced once.

use crate::common;

use std::path::Path;

use common::*;

const FUSE_PROGRAM: &str = "fuse-overlayfs";

/// fuse-overlayfs and a /dev/fuse the env's user may open.
fn require_fuse(env: &TestEnv) -> bool {
    if !require_cmd(FUSE_PROGRAM) {
        return false;
    }
    if env.is_rootless() {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata("/dev/fuse")
            .map(|m| m.permissions().mode())
            .unwrap_or(0);
        if mode & 0o006 != 0o006 {
            return !unmet(
                "/dev/fuse is not open to unprivileged users (Debian's udev default is 0666; \
                 scripts/test.sh sets it)",
            );
        }
    }
    true
}

/// fuse-overlayfs daemons still running whose command line names something under `dir`.
fn fuse_daemons_under(dir: &Path) -> Vec<String> {
    let needle = dir.display().to_string();
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else {
            continue;
        };
        let text = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        if text.contains(FUSE_PROGRAM) && text.contains(&needle) {
            found.push(text);
        }
    }
    found
}

#[test]
fn fuse_overlayfs_driver_runs_keeps_changes_and_exports() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        if !require_fuse(&env) {
            continue;
        }
        std::fs::write(
            env.config_path(),
            "[storage]\ndriver = \"fuse-overlayfs\"\n",
        )
        .unwrap();
        env.import_busybox("bb");
        let out = env
            .berth(&[
                "run",
                "--name",
                "fz",
                "bb",
                "sh",
                "-c",
                "head -1 /proc/self/mountinfo; echo data > /kept; rm /bin/ls",
            ])
            .success();
        assert!(
            out.stdout().contains("fuse.fuse-overlayfs"),
            "{}: the root is served by fuse-overlayfs\n{out}",
            env.label()
        );
        // The changes survive a restart: the second run finds /bin/ls already deleted.
        env.berth(&["start", "-a", "fz"])
            .failure_code(1)
            .stderr_contains("can't remove '/bin/ls'");
        let out = env
            .berth(&[
                "run",
                "--rm",
                "bb",
                "sh",
                "-c",
                "ls /bin/ls; stat -c %u /srv/owned-by-1234",
            ])
            .success();
        assert!(out.stdout().contains("/bin/ls"), "{out}");
        assert!(
            out.stdout().contains(&ODD_OWNER.to_string()),
            "image owners kept\n{out}"
        );
        // Permissions hold for other users inside.
        env.berth(&["run", "--rm", "-u", "tester", "bb", "cat", ODD_OWNED_FILE])
            .failure_code(1);
        let out = env.berth(&["export", "fz"]).success();
        let listing = tar_names(&out.stdout);
        assert!(
            listing.iter().any(|n| n.trim_end_matches('/') == "kept"),
            "{listing:?}"
        );
        assert!(
            !listing.iter().any(|n| n == "bin/ls"),
            "a file deleted in the container is gone from the export: {listing:?}"
        );
        assert!(listing.iter().any(|n| n == "bin/cat"), "{listing:?}");
        env.berth(&["rm", "fz"]).success();
        assert_eq!(
            fuse_daemons_under(env.dir()),
            Vec::<String>::new(),
            "{}: no daemon outlives its container",
            env.label()
        );
    }
}

fn tar_names(data: &[u8]) -> Vec<String> {
    let mut ar = tar::Archive::new(data);
    ar.entries()
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            e.path()
                .unwrap()
                .display()
                .to_string()
                .trim_start_matches("./")
                .to_string()
        })
        .collect()
}

#[test]
fn configured_fuse_overlayfs_without_the_program_fails_clearly() {
    if !require_root() {
        return;
    }
    let env = TestEnv::new();
    std::fs::write(
        env.config_path(),
        "[storage]\ndriver = \"fuse-overlayfs\"\n",
    )
    .unwrap();
    env.berth(&["create", "hello-world"])
        .env("PATH", "/nonexistent")
        .run()
        .berth_error()
        .stderr_contains("fuse-overlayfs program is not installed");
}

/// With the store on an overlay mount, the kernel refuses an overlay upper dir there; berth
/// must notice, say so once, and use fuse-overlayfs, or a copied root when that is missing
/// too. Runs in a private mount namespace so nothing is left mounted on the host.
#[test]
fn without_kernel_overlay_berth_falls_back_and_says_so() {
    if !require_root()
        || !require_busybox()
        || !require_cmd(FUSE_PROGRAM)
        || !require_cmd("unshare")
    {
        return;
    }
    let env = TestEnv::new();
    let tar = env.write_file("bb.tar", busybox_tar());
    for d in ["l", "u", "w", "m"] {
        env.mkdir(&format!("ovl/{d}"));
    }
    let ovl = env.work().join("ovl");
    let script = r#"
        set -e
        mount -t overlay overlay -o "lowerdir=$OVL/l,upperdir=$OVL/u,workdir=$OVL/w" "$OVL/m"
        b() { "$BERTH" --root "$OVL/m/store" "$@"; }
        b import "$TAR" bb >/dev/null
        echo "== fuse"
        b --runroot "$OVL/run1" run --rm bb head -1 /proc/self/mountinfo
        b --runroot "$OVL/run1" run --rm bb true
        b --runroot "$OVL/run1" info --format json | grep -o '"Driver": *"[^"]*"'
        echo "== copy"
        PATH=/nonexistent b --runroot "$OVL/run2" run --rm bb head -1 /proc/self/mountinfo
        PATH=/nonexistent b --runroot "$OVL/run2" run --rm bb true
    "#;
    let out = env
        .cmd(
            "unshare",
            &["-m", "--propagation", "private", "sh", "-c", script],
        )
        .env("OVL", &ovl)
        .env("TAR", &tar)
        .env("BERTH", berth_bin())
        .success();
    let (fuse, copy) = out
        .stdout()
        .split_once("== copy")
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .unwrap();
    assert!(fuse.contains("fuse.fuse-overlayfs"), "{out}");
    assert!(
        fuse.contains("fuse-overlayfs\""),
        "info names the driver\n{out}"
    );
    assert!(!copy.contains("fuse"), "{out}");
    let stderr = out.stderr();
    assert_eq!(
        stderr
            .matches("containers use fuse-overlayfs instead")
            .count(),
        1,
        "one notice per probe, not per run\n{out}"
    );
    assert_eq!(
        stderr.matches("get a copied root filesystem").count(),
        1,
        "{out}"
    );
    assert!(stderr.contains("overlayfs cannot be mounted here"), "{out}");
}
