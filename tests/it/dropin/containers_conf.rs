//! containers.conf as podman hosts have it: the `[containers]` defaults (ulimits,
//! capabilities, sysctls, pids limit, log size) apply to new containers under their flags,
//! the files are read in podman's order (`CONTAINERS_CONF` alone, the user's files only
//! rootless, `CONTAINERS_CONF_OVERRIDE` last), `info` names them, and a broken file fails
//! `run` with one line naming it.

use crate::common::*;

/// Write `text` at `path` (parents made), readable by the env's user.
fn put(env: &TestEnv, path: &std::path::Path, text: &str) {
    let parent = path.parent().unwrap();
    std::fs::create_dir_all(parent).unwrap();
    std::fs::write(path, text).unwrap();
    env.chown_to_user(parent);
    env.chown_to_user(path);
}

fn info_files(env: &TestEnv) -> String {
    env.berth(&["info", "--format", "{{json .ContainersConfFiles}}"])
        .success()
        .stdout()
}

#[test]
fn containers_conf_defaults_apply_under_the_flags() {
    for mut env in TestEnv::all_with_busybox() {
        let main = env.write_file(
            "containers.conf",
            r#"
[engine]
events_logger = "file"
[containers]
default_ulimits = ["nofile=1000:1000"]
default_capabilities = ["CHOWN", "KILL"]
default_sysctls = ["kernel.msgmax=12345", "net.ipv4.ping_group_range=0 0"]
pids_limit = 123
log_size_max = 1048576
tz = "America/New_York"
"#,
        );
        env.set_env("CONTAINERS_CONF", &main);

        // The script's lines: the host's defaults show inside the container.
        let probe = "ulimit -n; cat /proc/sys/kernel/msgmax; grep CapBnd /proc/self/status; \
                     date -d @1600000000 '+%H %Z'";
        let out = env
            .berth(&["run", "--rm", "bb", "sh", "-c", probe])
            .success();
        assert_eq!(
            out.stdout_lines(),
            ["1000", "12345", "CapBnd:\t0000000000000021", "08 EDT"],
            "{}: {out}",
            env.label()
        );
        // A flag for the same limit or sysctl wins; --cap-add goes on top of the defaults.
        let out = env
            .berth(&[
                "run",
                "--rm",
                "--ulimit",
                "nofile=900:900",
                "--sysctl",
                "kernel.msgmax=54321",
                "--cap-add",
                "NET_RAW",
                "bb",
                "sh",
                "-c",
                probe,
            ])
            .success();
        assert_eq!(
            out.stdout_lines(),
            ["900", "54321", "CapBnd:\t0000000000002021", "08 EDT"],
            "{}: {out}",
            env.label()
        );
        // net.* defaults are left out with the host's network (not refused).
        env.berth(&["run", "--rm", "--network", "host", "bb", "true"])
            .success();

        env.berth(&["create", "--name", "c1", "bb", "true"])
            .success();
        let out = env
            .berth(&[
                "inspect",
                "--format",
                "{{json .HostConfig.LogConfig.Config}} {{.HostConfig.PidsLimit}} {{.Config.Timezone}}",
                "c1",
            ])
            .success();
        let text = out.stdout();
        assert!(
            text.starts_with(r#"{"max-size":"1048576"}"#),
            "{}: {out}",
            env.label()
        );
        // Where berth can set limits the pids default applies; rootless without a
        // delegated cgroup it is dropped, not refused.
        if !env.is_rootless() {
            assert_eq!(text.split_whitespace().nth(1), Some("123"), "{out}");
        }
        assert!(text.trim_end().ends_with(" America/New_York"), "{out}");
        // --tz wins over the file's zone.
        let out = env
            .berth(&[
                "run",
                "--rm",
                "--tz",
                "Asia/Kolkata",
                "bb",
                "date",
                "-d",
                "@1600000000",
                "+%H %Z",
            ])
            .success();
        assert_eq!(out.stdout().trim(), "17 IST", "{}: {out}", env.label());
        env.berth(&["rm", "c1"]).success();

        // info names the file read.
        assert!(
            info_files(&env).contains(&main.display().to_string()),
            "{}",
            env.label()
        );

        // A broken file: one line naming it, nothing created.
        let bad = env.write_file("bad.conf", "[containers]\npids_limit = \"many\"\n");
        env.set_env("CONTAINERS_CONF", &bad);
        env.berth(&["run", "--rm", "bb", "true"])
            .run()
            .berth_error()
            .stderr_contains("bad.conf");
        let missing = env.work().join("missing.conf");
        env.set_env("CONTAINERS_CONF", &missing);
        env.berth(&["create", "bb", "true"])
            .run()
            .berth_error()
            .stderr_contains("CONTAINERS_CONF");
        let out = env.berth(&["ps", "-aq"]).success();
        assert_eq!(out.stdout(), "", "{}", env.label());
    }
}

#[test]
fn containers_conf_user_files_and_override_in_podman_order() {
    for env in TestEnv::all_with_busybox() {
        let user = env.home().join(".config/containers");
        put(
            &env,
            &user.join("containers.conf"),
            "[containers]\ndefault_ulimits = [\"nofile=1001:1001\"]\n",
        );
        put(
            &env,
            &user.join("containers.conf.d/50-more.conf"),
            "[containers]\ndefault_ulimits = [\"nofile=1002:1002\"]\n",
        );
        let over = env.write_file(
            "override.conf",
            "[containers]\ndefault_sysctls = [\"kernel.msgmax=777\"]\n",
        );
        let probe = [
            "run",
            "--rm",
            "bb",
            "sh",
            "-c",
            "ulimit -n; cat /proc/sys/kernel/msgmax",
        ];
        let out = env
            .berth(&probe)
            .env_remove("CONTAINERS_CONF")
            .env("CONTAINERS_CONF_OVERRIDE", &over)
            .success();
        let lines = out.stdout_lines();
        let files = env
            .berth(&["info", "--format", "{{json .ContainersConfFiles}}"])
            .env_remove("CONTAINERS_CONF")
            .env("CONTAINERS_CONF_OVERRIDE", &over)
            .success()
            .stdout();
        assert_eq!(lines[1], "777", "{}: {out}", env.label());
        assert!(files.contains("override.conf"), "{files}");
        if env.is_rootless() {
            // The user's file, then its drop-in directory, each later one winning.
            assert_eq!(lines[0], "1002", "{}: {out}", env.label());
            assert!(files.contains("50-more.conf"), "{files}");
        } else {
            // Root reads no user files (podman's rule).
            assert_ne!(lines[0], "1002", "{out}");
            assert_ne!(lines[0], "1001", "{out}");
            assert!(!files.contains(".config"), "{files}");
        }
    }
}
