//! `exec` gives its process the container's confinement: the same capabilities,
//! no_new_privs, seccomp filter and cgroup as the container's init, read from inside.

use crate::common;

use common::*;

const READ_STATUS: &str = "cat /proc/self/status; echo ===; cat /proc/self/cgroup";

#[test]
fn exec_carries_the_containers_confinement() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        env.import_busybox("bb");
        env.berth(&[
            "run",
            "-d",
            "--name",
            "conf",
            "--cap-drop",
            "NET_RAW",
            "bb",
            "sleep",
            "1000",
        ])
        .success();
        let init = env
            .berth(&[
                "exec",
                "conf",
                "sh",
                "-c",
                "cat /proc/1/status; echo ===; cat /proc/1/cgroup",
            ])
            .success()
            .stdout();
        let exec = env
            .berth(&["exec", "conf", "sh", "-c", READ_STATUS])
            .success()
            .stdout();
        let (init_status, init_cgroup) = init.split_once("===").unwrap();
        let (exec_status, exec_cgroup) = exec.split_once("===").unwrap();
        for key in ["CapEff", "CapBnd", "CapPrm", "NoNewPrivs", "Seccomp"] {
            assert_eq!(
                status_field(exec_status, key),
                status_field(init_status, key),
                "{}: {key} of an exec'd process matches the container's\n{exec}",
                env.label()
            );
        }
        assert_eq!(
            status_field(exec_status, "NoNewPrivs"),
            "1",
            "{}",
            env.label()
        );
        assert_eq!(status_field(exec_status, "Seccomp"), "2", "{}", env.label());
        assert_eq!(
            exec_cgroup.trim(),
            init_cgroup.trim(),
            "{}: the exec'd process is in the container's cgroup",
            env.label()
        );

        // --privileged lifts the capability limit and the filter, as for a container.
        let privileged = env
            .berth(&["exec", "--privileged", "conf", "sh", "-c", READ_STATUS])
            .success()
            .stdout();
        assert_eq!(status_field(&privileged, "Seccomp"), "0", "{}", env.label());
        assert_ne!(
            status_field(&privileged, "CapEff"),
            status_field(exec_status, "CapEff"),
            "{}",
            env.label()
        );
        env.berth(&["rm", "-f", "conf"]).success();
    }
}
