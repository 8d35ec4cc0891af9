//! Namespaces a container shares or names itself by, as root: `--pid`, `--domainname`.

use crate::common::*;

fn root_env() -> Option<TestEnv> {
    if !require_root() || !require_busybox() {
        return None;
    }
    let env = TestEnv::new();
    env.import_busybox("bb");
    Some(env)
}

fn ns_of(pid: &str, kind: &str) -> String {
    std::fs::read_link(format!("/proc/{}/ns/{kind}", pid.trim()))
        .unwrap()
        .display()
        .to_string()
}

#[test]
fn pid_joins_another_container_or_the_host() {
    let Some(env) = root_env() else { return };
    env.berth(&["run", "-d", "--name", "pida", "bb", "sleep", "1000"])
        .success();
    let pid = env
        .berth(&["inspect", "-f", "{{.State.Pid}}", "pida"])
        .success()
        .stdout();
    // The second container is born in the first one's pid namespace: it sees its sleep.
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--pid",
            "container:pida",
            "bb",
            "sh",
            "-c",
            "readlink /proc/self/ns/pid; ps -o comm",
        ])
        .success();
    assert!(
        out.stdout()
            .starts_with(&format!("{}\n", ns_of(&pid, "pid"))),
        "{out}"
    );
    assert!(out.stdout().contains("sleep"), "{out}");
    env.berth(&[
        "create",
        "--pid",
        "container:pida",
        "--name",
        "pidb",
        "bb",
        "true",
    ])
    .success();
    let shown = env
        .berth(&["inspect", "-f", "{{.HostConfig.PidMode}}", "pidb"])
        .success();
    assert!(shown.stdout().starts_with("container:"), "{shown}");
    // --pid host: the host's namespace, and its processes.
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--pid",
            "host",
            "bb",
            "sh",
            "-c",
            "readlink /proc/self/ns/pid; cat /proc/1/comm",
        ])
        .success();
    let first = out.stdout().lines().next().unwrap_or_default().to_string();
    assert_eq!(first, ns_of("self", "pid"), "{out}");
    let host_init = std::fs::read_to_string("/proc/1/comm").unwrap();
    assert!(out.stdout().ends_with(&host_init), "{out}");
    // A stopped container cannot be joined; a bad mode is one line.
    env.berth(&["rm", "-f", "pida"]).success();
    env.berth(&["start", "pidb"]).run().berth_error();
    env.berth(&["run", "--rm", "--pid", "bogus", "bb", "true"])
        .run()
        .berth_error();
    env.berth(&["rm", "-f", "pidb"]).success();
}

#[test]
fn domainname_is_the_uts_domain_and_names_the_container() {
    let Some(env) = root_env() else { return };
    for net in ["bridge", "private"] {
        let out = env
            .berth(&[
                "run",
                "--rm",
                "--network",
                net,
                "-h",
                "web",
                "--domainname",
                "example.test",
                "bb",
                "sh",
                "-c",
                "cat /proc/sys/kernel/domainname; hostname; grep -c 'web.example.test web' /etc/hosts",
            ])
            .success();
        assert_eq!(out.stdout(), "example.test\nweb\n1\n", "{net}: {out}");
    }
    // The host's names are never set: a name with a shared UTS namespace is refused.
    for flags in [
        ["--uts", "host", "-h", "other"],
        ["--uts", "host", "--domainname", "d.test"],
    ] {
        let mut args = vec!["run", "--rm"];
        args.extend(flags);
        args.extend(["bb", "true"]);
        let out = env.berth(&args).run().berth_error();
        assert!(out.stderr().contains("conflicting options"), "{out}");
    }
    env.berth(&["run", "--rm", "--domainname", "a b", "bb", "true"])
        .run()
        .berth_error();
}

#[test]
fn rootless_pid_host_works_and_joins_are_refused_in_one_line() {
    if !require_rootless() || !require_busybox() {
        return;
    }
    let env = TestEnv::rootless();
    env.import_busybox("bb");
    let out = env
        .berth(&["run", "--rm", "--pid", "host", "bb", "cat", "/proc/1/comm"])
        .success();
    let host_init = std::fs::read_to_string("/proc/1/comm").unwrap();
    assert_eq!(out.stdout(), host_init, "{out}");
    env.berth(&["run", "-d", "--name", "rla", "bb", "sleep", "1000"])
        .success();
    for flag in ["--pid", "--ipc", "--uts", "--network"] {
        let out = env
            .berth(&["run", "--rm", flag, "container:rla", "bb", "true"])
            .run()
            .berth_error();
        assert!(out.stderr().contains("needs root"), "{out}");
    }
    env.berth(&["rm", "-f", "rla"]).success();
}
