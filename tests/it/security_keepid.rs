//! `--userns=keep-id` (rootless): the user's own ids inside stand for the user on the host,
//! the image's files keep their owners as seen from inside (through shifted layer copies
//! the store keeps once per image and map), the user gets a passwd entry and a home.

use crate::common;
use crate::common::userns;

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::*;
use userns::sub_range;

/// The user's uid, gid and subordinate uid and gid counts.
fn ids_of(user: &str) -> (u32, u32, u32, u32) {
    let pw = nix::unistd::User::from_name(user).unwrap().unwrap();
    (
        pw.uid.as_raw(),
        pw.gid.as_raw(),
        sub_range("/etc/subuid", user).1,
        sub_range("/etc/subgid", user).1,
    )
}

fn first_subuid(user: &str) -> u32 {
    sub_range("/etc/subuid", user).0
}

/// The uid_map a keep-id container of a user with id `id` and `sub` subordinate ids has,
/// in the kernel's column format collapsed to single spaces.
fn expected_map(id: u32, sub: u32) -> Vec<String> {
    vec![
        format!("0 1 {id}"),
        format!("{id} 0 1"),
        format!("{} {} {}", id + 1, id + 1, sub - id),
    ]
}

fn squeeze(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn rootless_env() -> Option<TestEnv> {
    if !require_rootless() || !require_busybox() {
        return None;
    }
    let env = TestEnv::rootless();
    env.import_busybox("bb");
    Some(env)
}

/// The shifted layer copies in the env's store.
fn shifted_dirs(env: &TestEnv) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for layer in std::fs::read_dir(env.root().join("layers"))
        .unwrap()
        .flatten()
    {
        for entry in std::fs::read_dir(layer.path()).unwrap().flatten() {
            if entry.file_name().to_string_lossy().starts_with("shifted-") {
                found.push(entry.path());
            }
        }
    }
    found.sort();
    found
}

fn stamp(p: &Path) -> (u64, i64, i64) {
    let m = std::fs::symlink_metadata(p).unwrap();
    (m.ino(), m.mtime(), m.mtime_nsec())
}

#[test]
fn keep_id_runs_as_the_user_and_keeps_the_images_owners() {
    let Some(env) = rootless_env() else {
        return;
    };
    let (uid, gid, subuids, subgids) = ids_of(TEST_USER);
    let vol = env.mkdir("vol");
    let bind = format!("{}:/data", vol.display());
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--userns=keep-id",
            "-v",
            &bind,
            "bb",
            "sh",
            "-c",
            "cat /proc/self/uid_map; echo; cat /proc/self/gid_map; echo; id -u; id -g; \
             stat -c %u:%g / /bin /bin/busybox /etc/passwd /srv/owned-by-1234; \
             stat -c %a /tmp; grep ^berthtest: /etc/passwd; grep ^berthtest: /etc/group; \
             echo HOME=$HOME; stat -c %u:%a $HOME; touch /data/made; mkdir /data/dir; \
             touch /not-mine 2>/dev/null || echo denied",
        ])
        .success();
    let lines = out.stdout_lines();
    let maps: Vec<&[String]> = lines.split(|l| l.is_empty()).collect();
    let uid_map: Vec<String> = maps[0].iter().map(|l| squeeze(l)).collect();
    let gid_map: Vec<String> = maps[1].iter().map(|l| squeeze(l)).collect();
    assert_eq!(uid_map, expected_map(uid, subuids), "{out}");
    assert_eq!(gid_map, expected_map(gid, subgids), "{out}");
    let rest = maps[2];
    assert_eq!(rest[0], uid.to_string(), "runs as the user\n{out}");
    assert_eq!(rest[1], gid.to_string(), "{out}");
    assert_eq!(
        rest[2..7],
        ["0:0", "0:0", "0:0", "0:0", "1234:1234"],
        "image files keep their owners as seen from inside\n{out}"
    );
    assert_eq!(rest[7], "1777", "modes are kept\n{out}");
    let home = nix::unistd::User::from_uid(uid.into())
        .unwrap()
        .unwrap()
        .dir
        .display()
        .to_string();
    assert_eq!(
        rest[8],
        format!("berthtest:x:{uid}:{gid}:berthtest:{home}:/bin/sh"),
        "{out}"
    );
    assert_eq!(rest[9], format!("berthtest:x:{gid}:"), "{out}");
    assert_eq!(rest[10], format!("HOME={home}"), "{out}");
    assert_eq!(
        rest[11],
        format!("{uid}:700"),
        "the home is the user's\n{out}"
    );
    assert_eq!(
        rest[12], "denied",
        "/ belongs to the container's root\n{out}"
    );
    for made in ["made", "dir"] {
        let m = std::fs::metadata(vol.join(made)).unwrap();
        assert_eq!(
            (m.uid(), m.gid()),
            (uid, gid),
            "{made} written to a bind mount is the user's on the host"
        );
    }

    // The passwd entry was the container's: the image's layers are as they were.
    env.berth(&["run", "--rm", "bb", "cat", "/etc/passwd"])
        .success()
        .stdout()
        .lines()
        .for_each(|l| assert!(!l.starts_with("berthtest:"), "image changed: {l}"));

    // The container's terminal belongs to its tty group (5), not to an id beside it.
    if require_cmd("script") {
        let cmd = format!(
            "{} run --rm -t --userns=keep-id bb stat -L -c %u:%g /proc/self/fd/0",
            berth_bin().display()
        );
        let out = env.cmd("script", &["-qec", &cmd, "/dev/null"]).success();
        assert_eq!(out.stdout().trim(), format!("{uid}:5"), "{out}");
    }

    // -u wins; an image user with the kept id is used as it is; --read-only works.
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--userns=keep-id",
            "-u",
            "0",
            "bb",
            "id",
            "-u",
        ])
        .success();
    assert_eq!(out.stdout().trim(), "0", "{out}");
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--read-only",
            "--userns=keep-id:uid=1000,gid=1000",
            "bb",
            "sh",
            "-c",
            "id -un; echo $HOME; grep -c :1000: /etc/passwd; stat -c %u /home/tester",
        ])
        .success();
    assert_eq!(
        out.stdout_lines(),
        ["tester", "/home/tester", "1", "1000"],
        "{out}"
    );
}

#[test]
fn keep_id_exec_inspect_and_one_shifted_copy_per_image_and_map() {
    let Some(env) = rootless_env() else {
        return;
    };
    let (uid, _, subuids, _) = ids_of(TEST_USER);
    assert!(shifted_dirs(&env).is_empty());
    env.berth(&[
        "create",
        "--name",
        "k1",
        "--userns=keep-id",
        "bb",
        "sleep",
        "1000",
    ])
    .success();
    let copies = shifted_dirs(&env);
    assert_eq!(copies.len(), 1, "one layer, one copy: {copies:?}");
    let before = stamp(&copies[0]);
    let busybox = copies[0].join("bin/busybox");
    assert_eq!(
        owner_uid(&busybox),
        first_subuid(TEST_USER),
        "the copy's root files belong to the container's root: the first subordinate id"
    );
    assert_eq!(
        owner_uid(&copies[0].with_file_name("diff").join("bin/busybox")),
        uid
    );
    env.berth(&["start", "k1"]).success();
    env.berth(&[
        "run",
        "-d",
        "--name",
        "k2",
        "--userns=keep-id",
        "bb",
        "sleep",
        "1000",
    ])
    .success();
    assert_eq!(
        shifted_dirs(&env),
        copies,
        "the second container copies nothing"
    );
    assert_eq!(stamp(&copies[0]), before, "the copy was not made again");

    let out = env
        .berth(&["exec", "k2", "sh", "-c", "id -u; cat /proc/self/uid_map"])
        .success();
    let lines = out.stdout_lines();
    assert_eq!(lines[0], uid.to_string(), "exec runs as the user\n{out}");
    let map: Vec<String> = lines[1..].iter().map(|l| squeeze(l)).collect();
    assert_eq!(
        map,
        expected_map(uid, subuids),
        "exec joins its namespace\n{out}"
    );
    let out = env.berth(&["exec", "-u", "0", "k1", "id", "-u"]).success();
    assert_eq!(out.stdout().trim(), "0", "{out}");
    let out = env
        .berth(&[
            "inspect",
            "-f",
            "{{.HostConfig.UsernsMode}} {{.Config.User}}",
            "k1",
        ])
        .success();
    assert_eq!(out.stdout().trim(), format!("keep-id {uid}:{uid}"));

    // Another map, another copy; the first stays.
    env.berth(&["run", "--rm", "--userns=keep-id:uid=0", "bb", "true"])
        .success();
    assert_eq!(shifted_dirs(&env).len(), 2);
    assert_eq!(stamp(&copies[0]), before);

    // Removing the containers keeps the copies for the next keep-id container of the
    // image; removing the image (the last user of its layers) removes them.
    env.berth(&["rm", "-f", "k1", "k2"])
        .timeout(Duration::from_secs(60))
        .success();
    assert_eq!(shifted_dirs(&env).len(), 2);
    env.berth(&["rmi", "bb"]).success();
    assert!(shifted_dirs(&env).is_empty());
    assert_eq!(
        std::fs::read_dir(env.root().join("layers"))
            .unwrap()
            .count(),
        0
    );
}

#[test]
fn keep_id_on_the_fuse_and_copy_drivers() {
    let Some(env) = rootless_env() else {
        return;
    };
    if !require_cmd("fuse-overlayfs") {
        return;
    }
    let (uid, ..) = ids_of(TEST_USER);
    for driver in ["fuse-overlayfs", "copy"] {
        std::fs::write(
            env.config_path(),
            format!("[storage]\ndriver = \"{driver}\"\n"),
        )
        .unwrap();
        env.chown_to_user(&env.config_path());
        let out = env
            .berth(&[
                "run",
                "--rm",
                "--userns=keep-id",
                "bb",
                "sh",
                "-c",
                "id -u; stat -c %u / /bin/busybox /srv/owned-by-1234; id -un",
            ])
            .success();
        assert_eq!(
            out.stdout_lines(),
            [
                uid.to_string(),
                "0".into(),
                "0".into(),
                "1234".into(),
                "berthtest".into()
            ],
            "{driver}\n{out}"
        );
    }
}

#[test]
fn keep_id_refusals() {
    if !require_busybox() || !require_rootless() || !require_solo_user() {
        return;
    }
    let root = TestEnv::new();
    root.import_busybox("bb");
    root.berth(&["run", "--rm", "--userns=keep-id", "bb", "true"])
        .run()
        .berth_error()
        .stderr_contains("--userns=keep-id is for rootless berth");

    let solo = TestEnv::as_user(SOLO_USER);
    solo.import_busybox("bb");
    solo.berth(&["create", "--userns=keep-id", "bb", "true"])
        .run()
        .berth_error()
        .stderr_contains("needs subordinate ids for berthsolo");

    let user = TestEnv::rootless();
    user.import_busybox("bb");
    for bad in [
        "keep-id:uid=x",
        "keep-id:gid=-1",
        "keep-id:uid=",
        "keep-id:size=10",
        "keep-id:uid=1,bogus",
    ] {
        let flag = format!("--userns={bad}");
        user.berth(&["run", "--rm", &flag, "bb", "true"])
            .run()
            .berth_error();
        user.berth(&["create", &flag, "bb", "true"])
            .run()
            .berth_error();
    }
    for env in [&root, &solo, &user] {
        let ps = env.berth(&["ps", "-a", "-q"]).success();
        assert_eq!(
            ps.stdout().trim(),
            "",
            "{}: a refusal left a container",
            env.label()
        );
        assert!(shifted_dirs(env).is_empty(), "{}", env.label());
    }
}

#[test]
fn keep_id_export_shows_the_owners_the_container_sees() {
    let Some(env) = rootless_env() else {
        return;
    };
    let (uid, gid, ..) = ids_of(TEST_USER);
    let script =
        format!("touch /root-made /user-made; chown {uid}:{gid} /user-made; echo x >> /etc/group");
    env.berth(&[
        "run",
        "--name",
        "ex",
        "--userns=keep-id",
        "-u",
        "0",
        "bb",
        "sh",
        "-c",
        &script,
    ])
    .success();
    let out = env.berth(&["export", "ex"]).success();
    let mut owners = std::collections::BTreeMap::new();
    let mut archive = tar::Archive::new(out.stdout.as_slice());
    for entry in archive.entries().unwrap() {
        let entry = entry.unwrap();
        let h = entry.header();
        let path = entry.path().unwrap().display().to_string();
        owners.insert(path, (h.uid().unwrap(), h.gid().unwrap()));
    }
    let u = u64::from(uid);
    let g = u64::from(gid);
    for (path, want) in [
        ("bin/busybox", (0, 0)),
        ("etc/group", (0, 0)),
        ("etc/passwd", (0, 0)),
        ("root-made", (0, 0)),
        ("user-made", (u, g)),
        ("srv/owned-by-1234", (1234, 1234)),
        ("home/tester", (1000, 1000)),
    ] {
        assert_eq!(owners.get(path), Some(&want), "{path} in the export");
    }
}

#[test]
fn concurrent_keep_id_creates_make_one_copy() {
    let Some(env) = rootless_env() else {
        return;
    };
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                s.spawn(|| {
                    env.berth(&["create", "--userns=keep-id", "bb", "true"])
                        .run()
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap().success();
        }
    });
    assert_eq!(shifted_dirs(&env).len(), 1);
    let leftovers: Vec<_> = std::fs::read_dir(env.root().join("tmp"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(leftovers.is_empty(), "staging left behind: {leftovers:?}");
    let ps = env.berth(&["ps", "-a", "-q"]).success();
    assert_eq!(ps.stdout_lines().len(), 4);
}
