//! `--tmpfs` as root and rootless: options reach the kernel, the owner is the container's
//! own, inspect shows them, bad values are refused.

use crate::common;

use common::*;

#[test]
fn tmpfs_mounts_with_options_and_shows_them() {
    for env in TestEnv::all_with_busybox() {
        let label = env.label();
        let script = "grep ' /scratch ' /proc/self/mountinfo; stat -c '%a %u %g' /scratch; \
                      grep ' /plain ' /proc/self/mountinfo; stat -c '%a %u' /plain; \
                      touch /scratch/f && echo written; \
                      dd if=/dev/zero of=/scratch/big bs=1k count=2048 2>/dev/null || echo full; \
                      touch /ro/f 2>/dev/null || echo read-only";
        let out = env
            .berth(&[
                "run",
                "--rm",
                "--tmpfs",
                "/scratch:size=1m,mode=1700,uid=1000,gid=1000,exec",
                "--tmpfs",
                "/plain",
                "--tmpfs",
                "/ro:ro",
                "bb",
                "sh",
                "-c",
                script,
            ])
            .success()
            .stdout();
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].contains("tmpfs"), "{label}: {out}");
        assert!(lines[0].contains("nosuid,nodev") && !lines[0].contains("noexec"));
        assert!(lines[0].contains("size=1024k"), "{label}: {out}");
        assert_eq!(lines[1], "1700 1000 1000", "{label}: {out}");
        assert!(lines[2].contains("nosuid,nodev,noexec"), "{label}: {out}");
        assert_eq!(lines[3], "1777 0", "{label}: {out}");
        assert_eq!(
            &lines[4..],
            ["written", "full", "read-only"],
            "{label}: {out}"
        );

        let id = env
            .berth(&["create", "--tmpfs", "/run:size=64k", "bb", "true"])
            .success()
            .stdout();
        let tmpfs = env
            .berth(&["inspect", "-f", "{{json .HostConfig.Tmpfs}}", id.trim()])
            .success()
            .stdout();
        assert_eq!(tmpfs.trim(), r#"{"/run":"size=64k"}"#, "{label}");

        for bad in [
            "run",
            "/run:size=big",
            "/run:mode=9",
            "/run:uid=x",
            "/run:bogus",
            "/sys/x",
        ] {
            env.berth(&["create", "--tmpfs", bad, "bb", "true"])
                .run()
                .berth_error();
        }
        env.berth(&["create", "--tmpfs", "/a", "-v", "/tmp:/a/", "bb", "true"])
            .run()
            .berth_error();
    }
}

#[test]
fn tmpfs_belongs_to_the_containers_root_in_its_own_user_namespace() {
    if !require_root() || require_userns_pool().is_none() || !require_busybox() {
        return;
    }
    let env = TestEnv::new();
    env.import_busybox("bb");
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--userns=auto",
            "--tmpfs",
            "/t",
            "--tmpfs",
            "/u:uid=1000",
            "bb",
            "stat",
            "-c",
            "%u:%g",
            "/t",
            "/u",
        ])
        .success()
        .stdout();
    assert_eq!(
        out.split_whitespace().collect::<Vec<_>>(),
        ["0:0", "1000:0"]
    );
}
