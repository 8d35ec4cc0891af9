//! `run`/`create` flags scripts and unit files use, each checked for what it does (not
//! only accepted) and for what `inspect` shows, as root and rootless: the stop signal and
//! timeout, the time zone, the pid file, preserved descriptors, the host environment, log
//! drivers, annotations, the JSON entrypoint, `--memory 0`, `--pull newer`.

use std::time::{Duration, Instant};

use crate::common::*;

fn inspect(env: &TestEnv, name: &str, template: &str) -> String {
    let out = env.berth(&["inspect", "-f", template, name]).success();
    out.stdout().trim_end_matches('\n').to_owned()
}

/// berth's own path as the env's user runs it, for a shell that redirects descriptors.
fn berth_path(env: &TestEnv) -> String {
    let bin = match env.is_rootless() {
        true => berth_bin_for_users(),
        false => berth_bin(),
    };
    bin.display().to_string()
}

#[test]
fn stop_signal_and_timeout_are_used_by_stop_and_rm() {
    for env in TestEnv::all_with_busybox() {
        // The stop signal reaches the command, which exits by itself.
        env.berth(&[
            "run",
            "-d",
            "--name",
            "trap",
            "--stop-signal",
            "usr1",
            "bb",
            "sh",
            "-c",
            "trap 'echo got-usr1; exit 7' USR1; echo READY; while :; do sleep 0.1; done",
        ])
        .success();
        assert_eq!(inspect(&env, "trap", "{{.Config.StopSignal}}"), "SIGUSR1");
        wait_for_log(&env, "trap", "READY");
        env.berth(&["stop", "trap"]).success();
        assert_eq!(inspect(&env, "trap", "{{.State.ExitCode}}"), "7");
        env.berth(&["logs", "trap"])
            .success()
            .stdout_contains("got-usr1");

        // PID 1 ignores SIGTERM: stop waits the container's --stop-timeout, not 10 s.
        env.berth(&[
            "run",
            "-d",
            "--name",
            "deaf",
            "--stop-timeout",
            "1",
            "bb",
            "sleep",
            "1000",
        ])
        .success();
        assert_eq!(inspect(&env, "deaf", "{{.Config.StopTimeout}}"), "1");
        let t0 = Instant::now();
        env.berth(&["stop", "deaf"]).success().stderr_contains(
            "StopSignal SIGTERM failed to stop container deaf in 1 seconds, resorting to SIGKILL",
        );
        let took = t0.elapsed();
        assert!(took < Duration::from_secs(8), "stop took {took:?}");
        assert_eq!(inspect(&env, "deaf", "{{.State.ExitCode}}"), "137");
        // rm -f uses it too (the signal first, then SIGKILL after 1 s).
        env.berth(&["start", "deaf"]).success();
        let t0 = Instant::now();
        env.berth(&["rm", "-f", "deaf"]).success();
        let took = t0.elapsed();
        assert!(
            took >= Duration::from_millis(900) && took < Duration::from_secs(8),
            "rm -f took {took:?}"
        );
        // Without one, the default is 10 (shown by inspect).
        env.berth(&["create", "--name", "dflt", "bb", "true"])
            .success();
        assert_eq!(
            inspect(
                &env,
                "dflt",
                "{{.Config.StopTimeout}} {{.Config.StopSignal}}"
            ),
            "10 SIGTERM"
        );
        for bad in [&["--stop-signal", "NOPE"][..], &["--stop-timeout", "-3"]] {
            let mut args = vec!["create"];
            args.extend_from_slice(bad);
            args.extend(["bb", "true"]);
            env.berth(&args).run().berth_error().stderr_contains(bad[0]);
        }
        env.berth(&["rm", "-f", "trap", "dflt"]).success();
    }
}

fn wait_for_log(env: &TestEnv, name: &str, want: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !env.berth(&["logs", name]).success().stdout().contains(want) {
        assert!(Instant::now() < deadline, "{name} never logged {want:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn tz_pidfile_annotations_env_host_entrypoint_memory() {
    for env in TestEnv::all_with_busybox() {
        let at = |tz: &[&str]| {
            let mut args = vec!["run", "--rm"];
            args.extend_from_slice(tz);
            args.extend(["bb", "date", "-d", "@1600000000", "+%H %Z"]);
            env.berth(&args).success().stdout().trim().to_owned()
        };
        assert_eq!(at(&[]), "12 UTC");
        // The last --tz wins, as with every flag given twice.
        assert_eq!(
            at(&["--tz", "Asia/Kolkata", "--tz", "America/New_York"]),
            "08 EDT"
        );
        // local: the host's /etc/localtime (this host is on UTC or something else; the
        // container agrees with it).
        let host = std::process::Command::new("date")
            .args(["-d", "@1600000000", "+%H %Z"])
            .output()
            .unwrap();
        assert_eq!(
            at(&["--tz", "local"]),
            String::from_utf8_lossy(&host.stdout).trim()
        );
        for bad in ["Nowhere/Atlantis", "../../etc/passwd", "/etc/passwd"] {
            env.berth(&["run", "--rm", "--tz", bad, "bb", "true"])
                .run()
                .berth_error()
                .stderr_contains("invalid --tz");
        }
        env.berth(&[
            "create",
            "--name",
            "tz",
            "--tz",
            "Europe/Berlin",
            "bb",
            "true",
        ])
        .success();
        assert_eq!(inspect(&env, "tz", "{{.Config.Timezone}}"), "Europe/Berlin");

        // --pidfile: the container's pid, as inspect shows it.
        let pidfile = env.work().join("ctr.pid");
        env.berth(&["run", "-d", "--name", "pf", "--pidfile"])
            .arg(&pidfile)
            .args(&["bb", "sleep", "1000"])
            .success();
        let pid = inspect(&env, "pf", "{{.State.Pid}}");
        assert_eq!(std::fs::read_to_string(&pidfile).unwrap(), pid);
        assert_eq!(
            inspect(&env, "pf", "{{.PidFile}}"),
            pidfile.display().to_string()
        );

        // --annotation.
        env.berth(&[
            "create",
            "--name",
            "ann",
            "--annotation",
            "io.x/a=1",
            "--annotation",
            "b=two=2",
            "bb",
            "true",
        ])
        .success();
        assert_eq!(
            inspect(
                &env,
                "ann",
                r#"{{index .Config.Annotations "io.x/a"}} {{index .Config.Annotations "b"}}"#
            ),
            "1 two=2"
        );
        env.berth(&["create", "--annotation", "=x", "bb", "true"])
            .run()
            .berth_error()
            .stderr_contains("--annotation");

        // --env-host: berth's environment, under -e.
        let out = env
            .berth(&[
                "run",
                "--rm",
                "--env-host",
                "-e",
                "BERTH_T_B=flag",
                "bb",
                "sh",
                "-c",
            ])
            .arg("echo $BERTH_T_A $BERTH_T_B")
            .env("BERTH_T_A", "host")
            .env("BERTH_T_B", "host")
            .success();
        assert_eq!(out.stdout().trim(), "host flag", "{out}");
        let out = env
            .berth(&["run", "--rm", "bb", "sh", "-c", "echo x$BERTH_T_A"])
            .env("BERTH_T_A", "host")
            .success();
        assert_eq!(out.stdout().trim(), "x", "{out}");

        // --entrypoint in its JSON form: the whole entrypoint, words kept.
        let out = env
            .berth(&[
                "run",
                "--rm",
                "--entrypoint",
                r#"["/bin/echo","a  b","c"]"#,
                "bb",
            ])
            .success();
        assert_eq!(out.stdout(), "a  b c\n");
        env.berth(&["run", "--rm", "--entrypoint", r#"["/bin/echo", 1]"#, "bb"])
            .run()
            .berth_error()
            .stderr_contains("--entrypoint");

        // --memory 0: no limit.
        env.berth(&["run", "--rm", "--memory", "0", "bb", "echo", "hello"])
            .success()
            .stdout_contains("hello");
        env.berth(&["create", "--name", "m0", "--memory", "0", "bb", "true"])
            .success();
        assert_eq!(inspect(&env, "m0", "{{.HostConfig.Memory}}"), "0");
        env.berth(&["rm", "-f", "tz", "pf", "ann", "m0"]).success();
    }
}

#[test]
fn preserve_fds_pass_descriptors_in() {
    for env in TestEnv::all_with_busybox() {
        let file = env.write_file("fd-content", "from fd 4\n");
        env.chown_to_user(&file);
        let berth = berth_path(&env);
        let script = r#"exec "$0" run --rm -i "$@" bb sh -c 'cat <&4' 4<"$FILE""#;
        let out = env
            .cmd("sh", &["-c", script, &berth, "--preserve-fds=2"])
            .env("FILE", &file)
            .success();
        assert_eq!(out.stdout(), "from fd 4\n", "{out}");
        // Without the flag the container has none of them.
        env.cmd("sh", &["-c", script, &berth])
            .env("FILE", &file)
            .run()
            .failure_code(1)
            .stderr_contains("Bad file descriptor");
        // Under a monitor too (no --rm).
        let script = r#"exec "$0" run --name keepfd --preserve-fds 2 bb sh -c 'cat <&4' 4<"$FILE""#;
        let out = env
            .cmd("sh", &["-c", script, &berth])
            .env("FILE", &file)
            .success();
        assert_eq!(out.stdout(), "from fd 4\n", "{out}");
        env.berth(&["rm", "keepfd"]).success();
    }
}

#[test]
fn log_drivers_and_log_opts() {
    for env in TestEnv::all_with_busybox() {
        for (driver, file) in [("k8s-file", true), ("json-file", true), ("none", false)] {
            let name = format!("log-{driver}");
            let out = env
                .berth(&[
                    "run",
                    "--name",
                    &name,
                    "--log-driver",
                    driver,
                    "bb",
                    "echo",
                    "msg1",
                ])
                .success();
            assert_eq!(out.stdout(), "msg1\n", "{out}");
            assert_eq!(
                inspect(&env, &name, "{{.HostConfig.LogConfig.Type}}"),
                driver
            );
            let path = inspect(&env, &name, "{{.HostConfig.LogConfig.Path}}");
            if file {
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(text.ends_with(" stdout F msg1\n"), "{text:?}");
                assert_eq!(path, inspect(&env, &name, "{{.LogPath}}"));
                env.berth(&["logs", &name])
                    .success()
                    .stdout_contains("msg1");
            } else {
                assert_eq!(path, "");
                env.berth(&["logs", &name])
                    .run()
                    .error_status(125)
                    .stderr_contains(
                        "this container is using the 'none' log driver, cannot read logs",
                    );
            }
            env.berth(&["rm", &name]).success();
        }
        // passthrough: the container writes to berth's own stdout, nothing is logged.
        let out = env
            .berth(&[
                "run",
                "--name",
                "lp",
                "--log-driver",
                "passthrough",
                "bb",
                "echo",
                "msg2",
            ])
            .success();
        assert_eq!(out.stdout(), "msg2\n", "{out}");
        assert_eq!(
            inspect(&env, "lp", "{{.State.Status}} {{.State.ExitCode}}"),
            "exited 0"
        );
        env.berth(&["logs", "lp"])
            .run()
            .error_status(125)
            .stderr_contains("'passthrough' log driver");
        env.berth(&["run", "-d", "--log-driver", "passthrough", "bb", "true"])
            .run()
            .berth_error()
            .stderr_contains("passthrough");
        env.berth(&["run", "--log-driver", "InvalidDriver", "bb", "true"])
            .run()
            .berth_error()
            .stderr_contains("invalid log driver");

        // --log-opt path= and max-size, as inspect shows them.
        let path = env.work().join("own.log");
        env.berth(&[
            "run",
            "--name",
            "lpath",
            "--log-opt",
            "max-size=8000",
            "--log-opt",
        ])
        .arg(format!("path={}", path.display()))
        .args(&["bb", "echo", "msg3"])
        .success();
        assert_eq!(
            inspect(
                &env,
                "lpath",
                "{{.HostConfig.LogConfig.Path}} {{.HostConfig.LogConfig.Size}}"
            ),
            format!("{} 8kB", path.display())
        );
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .ends_with(" stdout F msg3\n")
        );
        env.berth(&["logs", "lpath"])
            .success()
            .stdout_contains("msg3");
        env.berth(&["rm", "lp", "lpath"]).success();
    }
}

#[test]
fn pull_newer_falls_back_to_the_stored_image() {
    for env in TestEnv::all_with_busybox() {
        // Nothing listens on port 1: every pull fails at once.
        let name = "127.0.0.1:1/ns/bb:latest";
        env.berth(&["tag", "bb", name]).success();
        env.berth(&["run", "--rm", "--pull", "newer", name, "echo", "stored"])
            .success()
            .stdout_contains("stored");
        env.berth(&["run", "--rm", "-q", "--pull", "always", name, "true"])
            .run()
            .berth_error();
        env.berth(&[
            "run",
            "--rm",
            "--pull",
            "never",
            "127.0.0.1:1/ns/other",
            "true",
        ])
        .run()
        .berth_error();
        env.berth(&["rmi", name]).success();
    }
}

#[test]
fn quiet_run_pulls_without_a_word() {
    if !crate::common::registry::require_registry_tools() {
        return;
    }
    let reg = crate::common::registry::Registry::plain();
    for env in TestEnv::all() {
        env.import_busybox("bb:1");
        std::fs::write(
            env.config_path(),
            format!("[registries]\ninsecure = [\"{}\"]\n", reg.host),
        )
        .unwrap();
        let name = format!("{}/quiet/bb:1", reg.host);
        // Pushed, not in the store under this name: run pulls it.
        env.berth(&["push", "bb:1", &name]).success();
        let out = env
            .berth(&["run", "--rm", "-q", &name, "echo", "pulled"])
            .success();
        assert_eq!(
            (out.stdout().as_str(), out.stderr().as_str()),
            ("pulled\n", "")
        );
        env.berth(&["rmi", &name]).success();
        let out = env.berth(&["create", &name, "true"]).success();
        assert!(!out.stderr().is_empty(), "{out}");
        let id = out.stdout();
        env.berth(&["rm", id.trim()]).success();
    }
}

#[test]
fn tty_without_a_terminal_warns_and_load_refuses_a_terminal() {
    for env in TestEnv::all_with_busybox() {
        // podman's rule: -i -t on a stdin that is no terminal warns and runs.
        let out = env
            .berth(&["run", "-it", "--rm", "bb", "echo", "hello"])
            .stdin("")
            .success();
        assert_eq!(out.stdout(), "hello\r\n", "{out}");
        assert!(
            out.stderr().contains("The input device is not a TTY"),
            "{out}"
        );
        for args in [&["run", "-t", "--rm"][..], &["run", "-i", "--rm"]] {
            let mut args = args.to_vec();
            args.extend(["bb", "echo", "hello"]);
            let out = env.berth(&args).stdin("").success();
            assert!(!out.stderr().contains("not a TTY"), "{out}");
        }
        // load reads no archive from a terminal.
        let pty = nix::pty::openpty(None, None).unwrap();
        if let Mode::User { uid, .. } = env.mode() {
            nix::unistd::fchown(&pty.slave, Some(nix::unistd::Uid::from_raw(*uid)), None).unwrap();
        }
        let out = env
            .berth(&["load"])
            .command()
            .stdin(std::process::Stdio::from(pty.slave))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(125), "{out:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "Error: cannot read from terminal, use command-line redirection or the --input flag\n"
        );
    }
}

#[test]
fn logs_of_several_containers_follow_until_and_details() {
    for env in TestEnv::all_with_busybox() {
        let id = |name: &str| inspect(&env, name, "{{.Id}}")[..12].to_owned();
        env.berth(&["run", "-d", "--name", "c1", "bb", "sh", "-c"])
            .arg("echo a; sleep 1.2; echo d")
            .success();
        env.berth(&["run", "-d", "--name", "c2", "bb", "sh", "-c"])
            .arg("sleep 0.6; echo b")
            .success();
        let out = env.berth(&["logs", "-f", "c1", "c2"]).success();
        let (i1, i2) = (id("c1"), id("c2"));
        assert_eq!(out.stdout(), format!("{i1} a\n{i2} b\n{i1} d\n"), "{out}");
        // --details: the lines as they are (no attributes recorded); -t with --tail.
        assert_eq!(
            env.berth(&["logs", "--details", "c1"]).success().stdout(),
            "a\nd\n"
        );
        let last = env
            .berth(&["logs", "-t", "--tail", "1", "c1"])
            .success()
            .stdout();
        let (time, rest) = last.split_once(' ').unwrap();
        assert!(
            time.parse::<jiff::Timestamp>().is_ok() && rest == "d\n",
            "{last:?}"
        );
        // A negative --since is in the future: nothing, and -f on an exited one ends.
        assert_eq!(
            env.berth(&["logs", "--since", "-1s", "-f", "c1"])
                .success()
                .stdout(),
            ""
        );
        // A zone-less time is local; a date alone is its midnight.
        for since in ["2000-01-02T03:04:05", "2000-01-02", "946782245"] {
            assert_eq!(
                env.berth(&["logs", "--since", since, "c2"])
                    .success()
                    .stdout(),
                "b\n"
            );
        }
        env.berth(&["logs", "--since", "someday", "c2"])
            .run()
            .berth_error()
            .stderr_contains("invalid time");

        // --until with -f: a duration ahead of now, where following stops.
        env.berth(&["run", "-d", "--name", "chatty", "bb", "sh", "-c"])
            .arg("n=1; while :; do echo line$n; n=$((n+1)); sleep 0.1; done")
            .success();
        let t0 = Instant::now();
        let out = env
            .berth(&["logs", "--until", "2s", "-f", "chatty"])
            .success();
        let took = t0.elapsed();
        assert!(
            took >= Duration::from_millis(1500) && took < Duration::from_secs(5),
            "took {took:?}"
        );
        assert!(out.stdout().starts_with("line1\nline2\n"), "{out}");
        env.berth(&["rm", "-f", "-t", "0", "c1", "c2", "chatty"])
            .success();
    }
}

#[test]
fn ps_restarting_last_size_and_images_sort() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&[
            "run",
            "-d",
            "--name",
            "flappy",
            "--restart",
            "always",
            "bb",
            "sh",
            "-c",
        ])
        .arg("sleep 0.2; exit 3")
        .success();
        // Between two runs (the back-off doubles from 100 ms): docker's line.
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let st = env
                .berth(&[
                    "ps",
                    "-a",
                    "--filter",
                    "name=flappy",
                    "--format",
                    "{{.Status}}",
                ])
                .success()
                .stdout();
            if st.starts_with("Restarting (3) ") {
                assert!(st.trim_end().ends_with(" ago"), "{st:?}");
                break;
            }
            assert!(Instant::now() < deadline, "never restarting: {st:?}");
            std::thread::sleep(Duration::from_millis(20));
        }
        env.berth(&["rm", "-f", "-t", "0", "flappy"]).success();

        env.berth(&["create", "--name", "old", "bb", "true"])
            .success();
        env.berth(&["create", "--name", "new", "bb", "true"])
            .success();
        let out = env
            .berth(&[
                "ps",
                "--last",
                "1",
                "--size",
                "--format",
                "{{.Names}} {{.Size}}",
            ])
            .success();
        let lines = out.stdout_lines();
        assert_eq!(lines.len(), 1, "{out}");
        assert!(
            lines[0].starts_with("new ") && lines[0].contains("virtual"),
            "{out}"
        );
        env.berth(&["rm", "old", "new"]).success();

        env.berth(&["tag", "bb", "zz/last:b"]).success();
        env.berth(&["tag", "bb", "aa/first:a"]).success();
        let repos = |sort: &str| {
            env.berth(&[
                "images",
                "--noheading",
                "--sort",
                sort,
                "--format",
                "{{.Repository}}:{{.Tag}}",
            ])
            .success()
            .stdout_lines()
        };
        assert_eq!(
            repos("repository"),
            ["aa/first:a", "bb:latest", "zz/last:b"]
        );
        assert_eq!(repos("tag")[0], "aa/first:a");
        let table = env
            .berth(&["images", "--digests", "--noheading"])
            .success()
            .stdout_lines();
        assert_eq!(table.len(), 3, "{table:?}");
        assert!(
            table
                .iter()
                .all(|l| l.contains("<none>") && !l.contains("REPOSITORY"))
        );
        env.berth(&["images", "--sort", "colour"])
            .run()
            .berth_error()
            .stderr_contains("--sort");
        env.berth(&["rmi", "zz/last:b", "aa/first:a"]).success();
    }
}

#[test]
fn image_volumes_exist_and_network_settings_always_shown() {
    for env in TestEnv::all_with_busybox() {
        let ctx = env.mkdir("volctx");
        std::fs::write(ctx.join("Dockerfile"), "FROM bb\nVOLUME /data /var/x\n").unwrap();
        env.chown_to_user(&ctx.join("Dockerfile"));
        env.berth(&["build", "-q", "-t", "volimg"])
            .arg(&ctx)
            .success();
        let out = env
            .berth(&["run", "--rm", "volimg", "ls", "-d", "/data", "/var/x"])
            .success();
        assert_eq!(out.stdout(), "/data\n/var/x\n", "{out}");
        for net in ["none", "host"] {
            env.berth(&["create", "--name", "nw", "--network", net, "bb", "true"])
                .success();
            assert_eq!(
                inspect(
                    &env,
                    "nw",
                    "{{.NetworkSettings.IPAddress}}|{{json .NetworkSettings.Ports}}|{{json .NetworkSettings.Networks}}"
                ),
                "|{}|{}",
                "--network {net}"
            );
            env.berth(&["rm", "nw"]).success();
        }
        env.berth(&["rmi", "volimg"]).success();
    }
}
