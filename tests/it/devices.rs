//! Device confinement, checked from inside containers: a node outside the allow-list can be
//! created (mknod of anything is allowed, as docker does) but not opened; the standard nodes
//! work; `--device` allows its node; `--privileged` lifts the list. As root the list is a
//! BPF program on the container's cgroup2 directory (this hybrid host too, whose v1
//! devices hierarchy berth no longer joins); rootless, the user namespace refuses mknod.

use crate::common;

use common::*;

/// Make a /dev/kmsg node (1:11, not in the default list; writing to it needs no
/// capability) and write to it; prints what happened.
const WRITE_KMSG: &str = "mknod /tmp/kmsg c 1 11 2>&1 || { echo no-mknod; exit 0; }; \
     { echo berth-devices-test > /tmp/kmsg; } 2>&1; echo rc=$?";

#[test]
fn devices_outside_the_list_cannot_be_opened() {
    for env in TestEnv::all_with_busybox() {
        let out = env
            .berth(&["run", "--rm", "bb", "sh", "-c", WRITE_KMSG])
            .success()
            .stdout();
        // Root: the node is made but cannot be opened. Rootless: not even made.
        let refused = if env.is_rootless() {
            "no-mknod"
        } else {
            "rc=1"
        };
        assert!(
            out.contains("Operation not permitted") && out.contains(refused),
            "{}: {out}",
            env.label()
        );
        let out = env
            .berth(&[
                "run",
                "--rm",
                "bb",
                "sh",
                "-c",
                "echo x > /dev/null && head -c 3 /dev/zero | wc -c && echo y > /dev/tty; true",
            ])
            .success()
            .stdout();
        assert_eq!(out.lines().next(), Some("3"), "{}: {out}", env.label());
    }
}

#[test]
fn device_flag_and_privileged_allow_the_node() {
    if !require_root() || !require_busybox() {
        return;
    }
    let env = TestEnv::new();
    env.import_busybox("bb");
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--device",
            "/dev/kmsg:/dev/added",
            "bb",
            "sh",
            "-c",
            "echo berth-devices-test > /dev/added; echo rc=$?",
        ])
        .success()
        .stdout();
    assert!(out.contains("rc=0"), "{out}");
    let out = env
        .berth(&["run", "--rm", "--privileged", "bb", "sh", "-c", WRITE_KMSG])
        .success()
        .stdout();
    assert!(out.contains("rc=0"), "{out}");
}
