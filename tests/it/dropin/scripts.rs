//! The lines a CI job's clean-up and start-up run, as root and rootless, with the exit
//! statuses scripts test for: 1 for a missing object, 2 for `rm` of a running container,
//! 125 for everything else berth cannot do.

use crate::common::*;

fn names(env: &TestEnv, extra: &[&str]) -> Vec<String> {
    let mut args = vec![
        "ps",
        "--all",
        "--external",
        "--noheading",
        "--format",
        "{{.Names}}",
    ];
    args.extend_from_slice(extra);
    env.berth(&args).success().stdout_lines()
}

#[test]
fn clean_up_and_start_up_lines() {
    for env in TestEnv::all_with_busybox() {
        // The usual clean-up on a host with nothing to clean.
        let out = env
            .berth(&["rm", "-t", "0", "--all", "--force", "--ignore"])
            .success();
        assert_eq!(out.stdout(), "", "{out}");
        env.berth(&["stop", "--ignore", "-t", "0", "web"]).success();
        env.berth(&["rm", "-f", "-i", "web", "db"]).success();

        // Start-up.
        env.berth(&["run", "-d", "--name", "web", "bb", "sleep", "1000"])
            .success();
        env.berth(&["create", "--name", "idle", "bb", "true"])
            .success();
        assert_eq!(names(&env, &[]), ["idle", "web"]);
        assert_eq!(names(&env, &["--sort", "names"]), ["idle", "web"]);
        let running = env
            .berth(&["ps", "--noheading", "--format", "{{.Names}} {{.Pid}}"])
            .success()
            .stdout_lines();
        assert_eq!(running.len(), 1, "{running:?}");
        assert!(running[0].starts_with("web ") && !running[0].ends_with(" 0"));

        // podman's statuses.
        env.berth(&["rm", "web"])
            .run()
            .error_status(2)
            .stderr_contains("container is running");
        env.berth(&["rm", "nope"])
            .run()
            .error_status(1)
            .stderr_contains(r#"no container with name or ID "nope" found: no such container"#);
        // A missing one decides the status, the others are still removed.
        let out = env.berth(&["rm", "nope", "idle"]).run();
        assert_eq!(out.code(), Some(1), "{out}");
        assert_eq!(out.stdout_lines(), ["idle"]);
        // Every other command gives 125 for a missing container, as podman's.
        for cmd in [
            &["stop", "nope"][..],
            &["kill", "nope"],
            &["pause", "nope"],
            &["wait", "nope"],
        ] {
            env.berth(cmd)
                .run()
                .error_status(125)
                .stderr_contains(r#"no container with name or ID "nope" found: no such container"#);
        }
        env.berth(&["inspect", "nope"])
            .run()
            .error_status(125)
            .stderr_contains(r#"no such object: "nope""#);
        // `wait --ignore` marks a missing container with -1 (podman's).
        let out = env.berth(&["wait", "--ignore", "nope"]).success();
        assert_eq!(out.stdout().trim(), "-1", "{out}");
        env.berth(&["rmi", "nope"])
            .run()
            .error_status(1)
            .stderr_contains("nope: image not known");
        env.berth(&["rmi", "--ignore", "nope"]).success();
        env.berth(&["rmi", "bb"]).run().error_status(2);

        // --latest, --filter and --cidfile choose the containers.
        env.berth(&["create", "--name", "newest", "bb", "true"])
            .success();
        let id = env
            .berth(&["inspect", "--latest", "--format", "{{.Id}}"])
            .success()
            .stdout()
            .trim()
            .to_owned();
        assert_eq!(id.len(), 64);
        let out = env.berth(&["rm", "--latest"]).success();
        assert_eq!(out.stdout().trim(), id);
        assert_eq!(names(&env, &[]), ["web"]);
        let out = env.berth(&["stop", "--all", "-t", "0"]).success();
        assert_eq!(out.stdout_lines().len(), 1, "{out}");
        env.berth(&["create", "--name", "fresh", "bb", "true"])
            .success();
        env.berth(&["rm", "--filter", "status=exited"]).success();
        assert_eq!(names(&env, &[]), ["fresh"]);
        let cidfile = env.write_file("fresh.cid", format!("{}\n", cid(&env, "fresh")));
        env.berth(&["rm", "--cidfile", &cidfile.display().to_string()])
            .success();
        assert_eq!(names(&env, &[]), Vec::<String>::new());

        // Flags that make no sense together are one line and 125.
        env.berth(&["rm", "--all", "web"]).run().berth_error();
        env.berth(&["rm", "--all", "--latest"]).run().berth_error();
        env.berth(&["rm"]).run().berth_error();

        // The whole clean-up again, with something running.
        env.berth(&["run", "-d", "--name", "web", "bb", "sleep", "1000"])
            .success();
        env.berth(&["run", "-d", "--name", "db", "bb", "sleep", "1000"])
            .success();
        // Rootless pausing needs a delegated cgroup v2 freezer, which this host lacks.
        if !env.is_rootless() {
            env.berth(&["pause", "--all"]).success();
            let paused = env
                .berth(&["ps", "--filter", "status=paused", "--format", "{{.Names}}"])
                .success();
            assert_eq!(paused.stdout_lines().len(), 2, "{paused}");
            env.berth(&["unpause", "--all"]).success();
        }
        let out = env
            .berth(&[
                "rm", "-t", "0", "--all", "--force", "--ignore", "--depend", "-v",
            ])
            .success();
        assert_eq!(out.stdout_lines().len(), 2, "{out}");
        assert_eq!(env.berth(&["ps", "-aq"]).success().stdout(), "");
    }
}

fn cid(env: &TestEnv, name: &str) -> String {
    env.berth(&["inspect", "--format", "{{.Id}}", name])
        .success()
        .stdout()
        .trim()
        .to_owned()
}

#[test]
fn listings_print_one_json_array() {
    for env in TestEnv::all() {
        env.berth(&["create", "--name", "one", "hello-world"])
            .success();
        env.berth(&["create", "--name", "two", "hello-world"])
            .success();
        let out = env.berth(&["ps", "-a", "--format", "json"]).success();
        let v: serde_json::Value = serde_json::from_str(&out.stdout()).expect("one JSON array");
        let rows = v.as_array().unwrap();
        assert_eq!(rows.len(), 2, "{out}");
        assert_eq!(rows[0]["Names"], "two");
        assert_eq!(rows[0]["State"], "created");
        assert_eq!(rows[1]["ExitCode"], 0);
        // docker's per-line objects stay as they were.
        let out = env.berth(&["ps", "-a", "--format", "{{json .}}"]).success();
        assert_eq!(out.stdout_lines().len(), 2, "{out}");
        // Nothing to list is an empty array.
        let out = env
            .berth(&["ps", "--filter", "name=nothing", "--format", "json"])
            .success();
        assert_eq!(out.stdout().trim(), "[]");
        // --namespace lists podman's columns.
        let out = env.berth(&["ps", "-a", "--ns"]).success();
        assert!(out.stdout_lines()[0].contains("PIDNS"), "{out}");
    }
}

#[test]
fn wait_conditions() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&[
            "create",
            "--name",
            "waiter",
            "bb",
            "sh",
            "-c",
            "sleep 1; exit 3",
        ])
        .success();
        std::thread::scope(|s| {
            let running = s.spawn(|| {
                env.berth(&["wait", "--condition", "running", "waiter"])
                    .run()
            });
            env.berth(&["start", "waiter"]).success();
            let out = running.join().unwrap().success();
            assert_eq!(out.stdout().trim(), "-1");
        });
        let out = env
            .berth(&["wait", "--condition", "stopped", "waiter"])
            .success();
        assert_eq!(out.stdout().trim(), "3");
        env.berth(&["wait", "--ignore", "gone"]).success();
        env.berth(&["wait", "--condition", "bogus", "waiter"])
            .run()
            .berth_error();
        env.berth(&["rm", "waiter"]).success();
    }
}

#[test]
fn replace_and_cidfile_for_unit_files() {
    for env in TestEnv::all_with_busybox() {
        let cidfile = env.work().join("web.cid");
        let cid = cidfile.display().to_string();
        env.berth(&[
            "run",
            "-d",
            "--name",
            "web",
            "--cidfile",
            &cid,
            "bb",
            "sleep",
            "1000",
        ])
        .success();
        let first = std::fs::read_to_string(&cidfile).unwrap();
        assert_eq!(first.len(), 64, "{first:?}");
        // The file stays until removed: a second run with it is refused.
        env.berth(&["run", "-d", "--cidfile", &cid, "bb", "true"])
            .run()
            .berth_error()
            .stderr_contains("container ID file found");
        // A unit file's ExecStart: the running container of that name is replaced.
        let out = env
            .berth(&[
                "run",
                "-d",
                "--replace",
                "--name",
                "web",
                "bb",
                "sleep",
                "1000",
            ])
            .success();
        let second = out.stdout().trim().to_owned();
        assert_ne!(second, first);
        assert_eq!(names(&env, &[]), ["web"]);
        env.berth(&["rm", "-f", "--cidfile", &cid, "--ignore"])
            .success();
        env.berth(&["rm", "-f", "web"]).success();
    }
}
