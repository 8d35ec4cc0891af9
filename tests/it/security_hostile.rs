//! Attacks of a hostile image author or container on berth itself, as root and rootless:
//! passwd entries named like numbers, bind mounts over /proc and /sys, and image files
//! that never end (a device, a FIFO, a giant sparse file, a link loop).

use crate::common;

use std::time::{Duration, Instant};

use common::*;

/// Import `tar` as image `name` into `env`'s store, with `changes` (`-c`) applied.
fn import(env: &TestEnv, name: &str, tar: Vec<u8>, changes: &[&str]) {
    let path = env.write_file(&format!("{name}.tar"), tar);
    let mut args = vec!["import".to_string()];
    for c in changes {
        args.extend(["-c".to_string(), c.to_string()]);
    }
    args.extend([path.display().to_string(), name.to_string()]);
    env.berth(&args).success();
}

/// Entries *named* like numbers whose ids are root's.
const NUMBERED_PASSWD: &str = "root:x:0:0:root:/root:/bin/sh\n\
                               1000:x:0:0:evil:/root:/bin/sh\n\
                               4242:x:0:0:evil:/root:/bin/sh\n\
                               tester:x:1000:1000:tester:/home/tester:/bin/sh\n";
const NUMBERED_GROUP: &str = "root:x:0:\n1000:x:0:\n77:x:0:\ntester:x:1000:\n";

#[test]
fn numeric_users_and_groups_are_ids_never_names() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        let tar = busybox_with(&[
            ("etc/passwd", ImageEntry::File(NUMBERED_PASSWD)),
            ("etc/group", ImageEntry::File(NUMBERED_GROUP)),
        ]);
        import(&env, "numbered", tar.clone(), &[]);
        import(&env, "numbered-user", tar, &["USER 4242"]);
        let ids = |flags: &[&str], image: &str| {
            let mut args = vec!["run", "--rm"];
            args.extend_from_slice(flags);
            args.extend_from_slice(&[image, "sh", "-c", "echo $(id -u):$(id -g) $HOME"]);
            env.berth(&args).success().stdout().trim().to_string()
        };
        let label = env.label();
        // The passwd entry with that uid still gives home and primary group.
        assert_eq!(
            ids(&["-u", "1000"], "numbered"),
            "1000:1000 /home/tester",
            "{label}"
        );
        assert_eq!(ids(&["-u", "4242"], "numbered"), "4242:0 /", "{label}");
        assert_eq!(ids(&[], "numbered-user"), "4242:0 /", "{label}");
        assert_eq!(
            ids(&["-u", "4242:1000"], "numbered"),
            "4242:1000 /",
            "{label}"
        );
        assert_eq!(
            ids(&["-u", "tester:77"], "numbered"),
            "1000:77 /home/tester",
            "{label}"
        );

        env.berth(&["run", "-d", "--name", "num", "numbered", "sleep", "60"])
            .success();
        let out = env
            .berth(&[
                "exec",
                "-u",
                "4242:77",
                "num",
                "sh",
                "-c",
                "echo $(id -u):$(id -g)",
            ])
            .success();
        assert_eq!(out.stdout().trim(), "4242:77", "{label}");
        env.berth(&["rm", "-f", "num"]).success();
    }
}

#[test]
fn keep_id_is_the_users_id_even_when_an_entry_is_named_like_it() {
    if !require_rootless() || !require_busybox() {
        return;
    }
    let env = TestEnv::rootless();
    let uid = nix::unistd::User::from_name(TEST_USER)
        .unwrap()
        .unwrap()
        .uid
        .as_raw();
    let passwd = format!("root:x:0:0:root:/root:/bin/sh\n{uid}:x:0:0:evil:/root:/bin/sh\n");
    let group = format!("root:x:0:\n{uid}:x:0:\n");
    import(
        &env,
        "named",
        busybox_with(&[
            ("etc/passwd", ImageEntry::File(&passwd)),
            ("etc/group", ImageEntry::File(&group)),
        ]),
        &[],
    );
    let out = env
        .berth(&["run", "--rm", "--userns=keep-id", "named", "id", "-u"])
        .success();
    assert_eq!(out.stdout().trim(), uid.to_string());
}

#[test]
fn mounts_over_proc_and_sys_are_refused_unless_privileged() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all_with_busybox() {
        let dir = env.mkdir("fake");
        let d = dir.display();
        for dest in [
            "/proc",
            "/proc/",
            "/proc/sys",
            "/sys",
            "//sys/kernel",
            "/sys/../proc",
            "/tmp/../proc/1",
            "/./proc",
        ] {
            let spec = format!("{d}:{dest}");
            let out = env
                .berth(&["create", "-v", &spec, "bb", "true"])
                .run()
                .berth_error();
            assert!(out.stderr().contains("/proc") || out.stderr().contains("/sys"));
            env.berth(&["create", "--tmpfs", dest, "bb", "true"])
                .run()
                .berth_error();
        }
        assert_eq!(env.berth(&["ps", "-aq"]).success().stdout().trim(), "");
        // Paths that merely begin with the same letters are fine.
        let spec = format!("{d}:/procfs");
        env.berth(&["run", "--rm", "-v", &spec, "bb", "true"])
            .success();
        // --privileged may replace them.
        let spec = format!("{d}:/proc/driver");
        env.berth(&["create", "--privileged", "-v", &spec, "bb", "true"])
            .success();
    }
}

/// berth with `args` must fail within seconds with its one-line error.
fn refused_quickly(env: &TestEnv, args: &[&str], what: &str) {
    let start = Instant::now();
    let out = env.berth(args).timeout(Duration::from_secs(30)).run();
    let took = start.elapsed();
    out.berth_error();
    assert!(took < Duration::from_secs(10), "{what}: took {took:?}");
}

#[test]
fn endless_image_files_fail_quickly() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        let images: [(&str, Vec<(&str, ImageEntry)>); 5] = [
            ("zero", vec![("etc/group", ImageEntry::Link("/dev/zero"))]),
            ("fifo", vec![("etc/passwd", ImageEntry::Fifo)]),
            (
                "fifo-link",
                vec![
                    ("etc/pipe", ImageEntry::Fifo),
                    ("etc/group", ImageEntry::Link("pipe")),
                ],
            ),
            (
                "loop",
                vec![
                    ("etc/passwd", ImageEntry::Link("/etc/loop1")),
                    ("etc/loop1", ImageEntry::Link("/etc/loop2")),
                    ("etc/loop2", ImageEntry::Link("/etc/passwd")),
                ],
            ),
            (
                "escape",
                vec![("etc/passwd", ImageEntry::Link("../../../../../dev/zero"))],
            ),
        ];
        for (name, entries) in images {
            import(&env, name, busybox_with(&entries), &[]);
            let what = format!("{name} {}", env.label());
            refused_quickly(&env, &["run", "--rm", "-u", "tester", name, "true"], &what);
            refused_quickly(&env, &["run", "--rm", name, "true"], &what);
        }

        // A container makes its own files hostile: a 2 GiB sparse /etc/passwd is refused
        // when it starts again and when something is executed in it.
        env.import_busybox("bb");
        env.berth(&[
            "run",
            "--name",
            "sparse",
            "bb",
            "sh",
            "-c",
            "truncate -s 2G /etc/passwd",
        ])
        .success();
        let what = format!("sparse {}", env.label());
        refused_quickly(&env, &["start", "-a", "sparse"], &what);
        env.berth(&["rm", "-f", "sparse"]).success();
        env.berth(&[
            "run",
            "-d",
            "--name",
            "sparse",
            "bb",
            "sh",
            "-c",
            "truncate -s 2G /etc/passwd && echo ready && sleep 60",
        ])
        .success();
        let deadline = Instant::now() + Duration::from_secs(20);
        while !env
            .berth(&["logs", "sparse"])
            .success()
            .stdout()
            .contains("ready")
        {
            assert!(
                Instant::now() < deadline,
                "the container never truncated its passwd"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        refused_quickly(&env, &["exec", "sparse", "true"], &what);
        env.berth(&["rm", "-f", "sparse"]).success();
    }
}
