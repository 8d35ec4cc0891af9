//! Detached containers and their lifecycle: the monitor, logs, stop/kill/wait, restart
//! policies, exec, attach, as root and rootless.

mod common;

use std::time::{Duration, Instant};

use common::*;

/// Every privilege context with the busybox image imported as `bb`.
fn envs() -> Vec<TestEnv> {
    if !require_busybox() {
        return Vec::new();
    }
    TestEnv::all()
        .into_iter()
        .inspect(|env| {
            env.import_busybox("bb");
        })
        .collect()
}

fn inspect(env: &TestEnv, name: &str) -> serde_json::Value {
    let out = env.berth(&["inspect", name]).success();
    let v: serde_json::Value = serde_json::from_str(&out.stdout()).unwrap();
    v[0].clone()
}

/// Poll until `cond` holds for the container's inspect output.
#[track_caller]
fn wait_until(env: &TestEnv, name: &str, what: &str, cond: impl Fn(&serde_json::Value) -> bool) {
    let end = Instant::now() + Duration::from_secs(20);
    loop {
        let v = inspect(env, name);
        if cond(&v) {
            return;
        }
        assert!(Instant::now() < end, "{name} never got {what}: {v:#}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The parent pid of a process, from /proc.
fn parent_of(pid: i32) -> i32 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let after_comm = stat.rsplit(')').next().unwrap();
    after_comm
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap()
}

fn pid_alive(pid: i32) -> bool {
    // A zombie still has a /proc entry: check its state too.
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(s) => !s
            .rsplit(')')
            .next()
            .is_some_and(|rest| rest.trim_start().starts_with('Z')),
        Err(_) => false,
    }
}

#[test]
fn run_detached_logs_and_exit_status() {
    for env in envs() {
        let out = env
            .berth(&[
                "run",
                "-d",
                "--name",
                "talker",
                "bb",
                "sh",
                "-c",
                "echo to-out; echo to-err >&2; printf partial; exit 7",
            ])
            .success();
        let id = out.stdout().trim().to_owned();
        assert_eq!(id.len(), 64, "run -d prints the full id\n{out}");
        let wait = env.berth(&["wait", "talker"]).success();
        assert_eq!(wait.stdout().trim(), "7", "{wait}");
        let v = inspect(&env, "talker");
        assert_eq!(v["State"]["Status"], "exited", "{v:#}");
        assert_eq!(v["State"]["ExitCode"], 7, "{v:#}");
        assert_ne!(v["State"]["FinishedAt"], "0001-01-01T00:00:00Z", "{v:#}");
        // stdout and stderr stay apart on the way out.
        let logs = env.berth(&["logs", "talker"]).success();
        assert_eq!(logs.stdout(), "to-out\npartial", "{logs}");
        assert_eq!(logs.stderr(), "to-err\n", "{logs}");
        env.berth(&["run", "--name", "counter", "bb", "seq", "5"])
            .success();
        let logs = env.berth(&["logs", "--tail", "2", "counter"]).success();
        assert_eq!(logs.stdout(), "4\n5\n", "{logs}");
        let logs = env.berth(&["logs", "-n", "0", "counter"]).success();
        assert_eq!(logs.stdout(), "", "{logs}");
        let logs = env.berth(&["logs", "-t", "talker"]).success();
        let first = logs.stdout_lines()[0].clone();
        let (ts, rest) = first.split_once(' ').unwrap();
        assert!(ts.parse::<jiff::Timestamp>().is_ok(), "{logs}");
        assert_eq!(rest, "to-out");
        let logs = env.berth(&["logs", "--since", "10m", "talker"]).success();
        assert!(logs.stdout().contains("to-out"), "{logs}");
        let logs = env.berth(&["logs", "--until", "10m", "talker"]).success();
        assert_eq!(logs.stdout(), "", "{logs}");
        let later = "2999-01-01T00:00:00Z";
        let logs = env.berth(&["logs", "--since", later, "talker"]).success();
        assert_eq!(logs.stdout(), "", "{logs}");
        env.berth(&["logs", "--since", "soon", "talker"])
            .run()
            .berth_error();
    }
}

#[test]
fn logs_follow_ends_with_the_container() {
    for env in envs() {
        env.berth(&[
            "run",
            "-d",
            "--name",
            "ticker",
            "bb",
            "sh",
            "-c",
            "for i in 1 2 3; do echo tick$i; sleep 0.2; done",
        ])
        .success();
        let out = env
            .berth(&["logs", "-f", "ticker"])
            .timeout(Duration::from_secs(20))
            .success();
        assert_eq!(out.stdout(), "tick1\ntick2\ntick3\n", "{out}");
    }
}

#[test]
fn stop_kill_and_stop_signal() {
    for env in envs() {
        // sh as PID 1 ignores SIGTERM: stop must fall back to SIGKILL after -t.
        env.berth(&["run", "-d", "--name", "deaf", "bb", "sleep", "1000"])
            .success();
        wait_until(&env, "deaf", "running", |v| {
            v["State"]["Pid"].as_i64() > Some(1)
        });
        let t0 = Instant::now();
        env.berth(&["stop", "-t", "1", "deaf"])
            .success()
            .stdout_contains("deaf");
        assert!(t0.elapsed() >= Duration::from_millis(900), "stop waited -t");
        let v = inspect(&env, "deaf");
        assert_eq!(v["State"]["Running"], false, "{v:#}");
        assert_eq!(v["State"]["ExitCode"], 137, "{v:#}");
        // Stopping a stopped container is fine; killing one is an error.
        env.berth(&["stop", "deaf"]).success();
        env.berth(&["kill", "deaf"])
            .run()
            .berth_error()
            .stderr_contains("is not running");

        // A trap on TERM ends the command at once, with its own status.
        env.berth(&[
            "run",
            "-d",
            "--name",
            "polite",
            "bb",
            "sh",
            "-c",
            "trap 'exit 5' TERM; while :; do sleep 0.05; done",
        ])
        .success();
        wait_until(&env, "polite", "running", |v| {
            v["State"]["Pid"].as_i64() > Some(1)
        });
        env.berth(&["stop", "-t", "20", "polite"]).success();
        assert_eq!(inspect(&env, "polite")["State"]["ExitCode"], 5);

        // kill -s by name and by number.
        for (sig, code) in [("USR1", 6), ("10", 6), ("SIGUSR1", 6)] {
            env.berth(&[
                "run",
                "-d",
                "--name",
                "usr",
                "bb",
                "sh",
                "-c",
                "trap 'exit 6' USR1; while :; do sleep 0.05; done",
            ])
            .success();
            wait_until(&env, "usr", "running", |v| {
                v["State"]["Pid"].as_i64() > Some(1)
            });
            env.berth(&["kill", "-s", sig, "usr"]).success();
            let w = env.berth(&["wait", "usr"]).success();
            assert_eq!(w.stdout().trim(), code.to_string(), "{sig}: {w}");
            env.berth(&["rm", "usr"]).success();
        }
        env.berth(&["kill", "-s", "NOPE", "polite"])
            .run()
            .berth_error();
        for cmd in ["stop", "kill", "wait", "logs", "restart"] {
            env.berth(&[cmd, "no-such-container"])
                .run()
                .berth_error()
                .stderr_contains("no such container");
        }
    }
}

#[test]
fn killed_monitor_leaves_the_truth_and_no_processes() {
    for env in envs() {
        // As another user: changing ids must not disarm the init's parent-death signal.
        env.berth(&[
            "run", "-d", "--name", "orphan", "-u", "1234", "bb", "sleep", "1000",
        ])
        .success();
        wait_until(&env, "orphan", "running", |v| {
            v["State"]["Pid"].as_i64() > Some(1)
        });
        let pid = inspect(&env, "orphan")["State"]["Pid"].as_i64().unwrap() as i32;
        let monitor = parent_of(pid);
        let comm = std::fs::read_to_string(format!("/proc/{monitor}/comm")).unwrap();
        assert_eq!(comm.trim(), "berth-monitor");
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(monitor),
            nix::sys::signal::Signal::SIGKILL,
        )
        .unwrap();
        let end = Instant::now() + Duration::from_secs(20);
        while pid_alive(pid) || pid_alive(monitor) {
            assert!(Instant::now() < end, "the container outlived its monitor");
            std::thread::sleep(Duration::from_millis(20));
        }
        let v = inspect(&env, "orphan");
        assert_eq!(v["State"]["Running"], false, "{v:#}");
        assert_eq!(v["State"]["Status"], "exited", "{v:#}");
        assert_eq!(v["State"]["ExitCode"], 137, "{v:#}");
        let ps = env.berth(&["ps"]).success();
        assert!(!ps.stdout().contains("orphan"), "{ps}");
        // It can be started again and removed.
        env.berth(&["start", "orphan"]).success();
        wait_until(&env, "orphan", "running", |v| v["State"]["Running"] == true);
        env.berth(&["rm", "-f", "orphan"]).success();
    }
}

#[test]
fn monitor_stays_small() {
    for env in envs() {
        env.berth(&["run", "-d", "--name", "small", "bb", "sleep", "1000"])
            .success();
        wait_until(&env, "small", "running", |v| {
            v["State"]["Pid"].as_i64() > Some(1)
        });
        let pid = inspect(&env, "small")["State"]["Pid"].as_i64().unwrap();
        let ppid = parent_of(pid as i32);
        let status = std::fs::read_to_string(format!("/proc/{ppid}/status")).unwrap();
        let rss_kb: u64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .unwrap()
            .trim()
            .trim_end_matches(" kB")
            .trim()
            .parse()
            .unwrap();
        // Debug builds carry more code; the benchmark measures the release binary. This
        // only guards against the monitor keeping the whole berth command's memory.
        assert!(rss_kb < 16 * 1024, "monitor RSS {rss_kb} kB");
        env.berth(&["rm", "-f", "small"]).success();
    }
}

#[test]
fn exec_joins_the_container() {
    for env in envs() {
        env.berth(&[
            "run",
            "-d",
            "--name",
            "host",
            "-e",
            "FROM_RUN=1",
            "bb",
            "sleep",
            "1000",
        ])
        .success();
        wait_until(&env, "host", "running", |v| {
            v["State"]["Pid"].as_i64() > Some(1)
        });
        let id = inspect(&env, "host")["Id"].as_str().unwrap().to_owned();
        // Same hostname, same PID namespace (the init is PID 1), same root, same env.
        let out = env
            .berth(&[
                "exec",
                "host",
                "sh",
                "-c",
                "hostname; cat /proc/1/cmdline | tr '\\0' ' '; echo; echo $FROM_RUN; \
                 grep -c . /proc/self/status >/dev/null && echo ok; exit 3",
            ])
            .failure_code(3);
        let lines = out.stdout_lines();
        assert_eq!(lines[0], id[..12], "{out}");
        assert_eq!(lines[1].trim(), "sleep 1000", "{out}");
        assert_eq!(lines[2], "1", "{out}");
        // The same capabilities as the container, fewer with -u, all with --privileged.
        let caps = |extra: &[&str]| {
            let mut args = vec!["exec"];
            args.extend_from_slice(extra);
            args.extend(["host", "sh", "-c", "grep CapEff /proc/self/status"]);
            env.berth(&args).success().stdout().trim().to_owned()
        };
        let init_caps = env
            .berth(&["exec", "host", "sh", "-c", "grep CapEff /proc/1/status"])
            .success()
            .stdout()
            .trim()
            .to_owned();
        assert_eq!(caps(&[]), init_caps);
        assert_eq!(caps(&["-u", "1234"]), "CapEff:\t0000000000000000");
        assert_ne!(caps(&["--privileged"]), init_caps);
        let out = env
            .berth(&[
                "exec",
                "-u",
                "1234:55",
                "-w",
                "/srv",
                "-e",
                "FROM_RUN=2",
                "host",
                "sh",
                "-c",
                "id -u; id -g; pwd; echo $FROM_RUN",
            ])
            .success();
        assert_eq!(out.stdout_lines(), ["1234", "55", "/srv", "2"], "{out}");
        // stdin with -i, none without.
        let out = env
            .berth(&["exec", "-i", "host", "cat"])
            .stdin("piped in\n")
            .success();
        assert_eq!(out.stdout(), "piped in\n");
        let out = env
            .berth(&["exec", "host", "cat"])
            .stdin("ignored\n")
            .success();
        assert_eq!(out.stdout(), "");
        // -d returns at once and the process runs on in the container.
        env.berth(&[
            "exec",
            "-d",
            "host",
            "sh",
            "-c",
            "sleep 0.3; touch /tmp/from-d",
        ])
        .success();
        let end = Instant::now() + Duration::from_secs(20);
        while !env
            .berth(&["exec", "host", "test", "-e", "/tmp/from-d"])
            .run()
            .status
            .success()
        {
            assert!(Instant::now() < end, "exec -d never ran");
            std::thread::sleep(Duration::from_millis(50));
        }
        env.berth(&["exec", "host", "no-such-cmd"])
            .failure_code(127);
        env.berth(&["exec", "host", "/etc/passwd"])
            .failure_code(126);
        env.berth(&["stop", "-t", "0", "host"]).success();
        env.berth(&["exec", "host", "true"])
            .run()
            .berth_error()
            .stderr_contains("is not running");
        env.berth(&["exec", "nothing-here", "true"])
            .run()
            .berth_error();
    }
}
