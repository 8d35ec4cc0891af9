//! Detached containers and their lifecycle: the monitor, logs, stop/kill/wait, restart
//! policies, exec, attach, as root and rootless.

use crate::common;

use std::time::{Duration, Instant};

use common::*;

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
    for env in TestEnv::all_with_busybox() {
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
        // A duration for --until counts ahead of now (podman's reading).
        let logs = env.berth(&["logs", "--until", "10m", "talker"]).success();
        assert!(logs.stdout().contains("to-out"), "{logs}");
        let logs = env.berth(&["logs", "--until", "-10m", "talker"]).success();
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
    for env in TestEnv::all_with_busybox() {
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
    for env in TestEnv::all_with_busybox() {
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
            "trap 'exit 5' TERM; touch /tmp/trapped; while :; do sleep 0.05; done",
        ])
        .success();
        // SIGTERM before the trap is set would be ignored (sh is PID 1): wait for the trap.
        let deadline = Instant::now() + Duration::from_secs(20);
        while env
            .berth(&["exec", "polite", "test", "-e", "/tmp/trapped"])
            .run()
            .code()
            != Some(0)
        {
            assert!(Instant::now() < deadline, "the trap was never set");
            std::thread::sleep(Duration::from_millis(50));
        }
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
        for cmd in ["stop", "kill", "wait", "restart"] {
            env.berth(&[cmd, "no-such-container"])
                .run()
                .berth_error()
                .stderr_contains("no such container");
        }
        env.berth(&["logs", "no-such-container"])
            .run()
            .berth_error()
            .stderr_contains("no such container");
    }
}

#[test]
fn killed_monitor_leaves_the_truth_and_no_processes() {
    for env in TestEnv::all_with_busybox() {
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
    for env in TestEnv::all_with_busybox() {
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
    for env in TestEnv::all_with_busybox() {
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

/// A berth command on a fresh pty of ours (its controlling terminal): the child and the
/// master end to type into and read from.
fn on_pty(env: &TestEnv, args: &[&str]) -> (std::process::Child, std::os::fd::OwnedFd) {
    use std::os::unix::process::CommandExt;
    let pty = nix::pty::openpty(None, None).unwrap();
    if let Mode::User { uid, .. } = env.mode() {
        nix::unistd::fchown(&pty.slave, Some(nix::unistd::Uid::from_raw(*uid)), None).unwrap();
    }
    let mut cmd = env.berth(args).command();
    let io = || std::process::Stdio::from(pty.slave.try_clone().unwrap());
    cmd.stdin(io()).stdout(io()).stderr(io());
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    (cmd.spawn().unwrap(), pty.master)
}

/// Read the pty until `needle` shows up.
#[track_caller]
fn expect(master: &std::os::fd::OwnedFd, seen: &mut String, needle: &str) {
    use std::os::fd::AsFd;
    let end = Instant::now() + Duration::from_secs(30);
    while !seen.contains(needle) {
        assert!(
            Instant::now() < end,
            "no {needle:?} on the terminal:\n{seen}"
        );
        let mut fds = [nix::poll::PollFd::new(
            master.as_fd(),
            nix::poll::PollFlags::POLLIN,
        )];
        if nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(100u16)).unwrap_or(0) == 0 {
            continue;
        }
        let mut buf = [0u8; 4096];
        match nix::unistd::read(master, &mut buf) {
            Ok(0) | Err(_) => panic!("the terminal closed before {needle:?}:\n{seen}"),
            Ok(n) => seen.push_str(&String::from_utf8_lossy(&buf[..n])),
        }
    }
}

/// Wait for the child while draining the pty, so it never blocks on a full terminal.
fn finish(child: &mut std::process::Child, master: &std::os::fd::OwnedFd) -> Option<i32> {
    use std::os::fd::AsFd;
    let end = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            return st.code();
        }
        assert!(Instant::now() < end, "berth did not exit");
        let mut fds = [nix::poll::PollFd::new(
            master.as_fd(),
            nix::poll::PollFlags::POLLIN,
        )];
        if nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(10u16)).unwrap_or(0) > 0 {
            let mut buf = [0u8; 4096];
            let _ = nix::unistd::read(master, &mut buf);
        }
    }
}

#[test]
fn detach_keys_and_attach() {
    for env in TestEnv::all_with_busybox() {
        // ctrl-p ctrl-q leaves the container running.
        let (mut child, master) = on_pty(&env, &["run", "-it", "--name", "keep", "bb", "sh"]);
        let mut seen = String::new();
        nix::unistd::write(&master, b"echo mark-$((6*7))\r").unwrap();
        expect(&master, &mut seen, "mark-42");
        nix::unistd::write(&master, b"\x10\x11").unwrap();
        assert_eq!(finish(&mut child, &master), Some(0), "{seen}");
        let v = inspect(&env, "keep");
        assert_eq!(
            v["State"]["Running"], true,
            "detached, still running: {v:#}"
        );

        // attach again, with other detach keys: they pass through to the shell otherwise.
        let (mut child, master) = on_pty(&env, &["attach", "keep"]);
        let mut seen = String::new();
        nix::unistd::write(&master, b"echo back-$((2+3))\r").unwrap();
        expect(&master, &mut seen, "back-5");
        nix::unistd::write(&master, b"exit 4\r").unwrap();
        assert_eq!(finish(&mut child, &master), Some(4), "{seen}");
        let w = env.berth(&["wait", "keep"]).success();
        assert_eq!(w.stdout().trim(), "4");
        env.berth(&["attach", "keep"])
            .run()
            .berth_error()
            .stderr_contains("start it first");

        let (mut child, master) = on_pty(
            &env,
            &[
                "run",
                "-it",
                "--detach-keys",
                "ctrl-a,x",
                "--name",
                "other",
                "bb",
                "sh",
            ],
        );
        let mut seen = String::new();
        nix::unistd::write(&master, b"echo ready-$((1+1))\r").unwrap();
        expect(&master, &mut seen, "ready-2");
        nix::unistd::write(&master, b"\x01x").unwrap();
        assert_eq!(finish(&mut child, &master), Some(0), "{seen}");
        assert_eq!(inspect(&env, "other")["State"]["Running"], true);
        env.berth(&["run", "--detach-keys", "ctrl-", "bb", "true"])
            .run()
            .berth_error();
    }
}

#[test]
fn attach_without_terminal_sees_output_and_exit() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&[
            "run",
            "-d",
            "--name",
            "slow",
            "bb",
            "sh",
            "-c",
            "sleep 0.5; echo late-out; echo late-err >&2; exit 9",
        ])
        .success();
        let out = env.berth(&["attach", "--no-stdin", "slow"]).failure_code(9);
        assert_eq!(out.stdout(), "late-out\n", "{out}");
        assert_eq!(out.stderr(), "late-err\n", "{out}");
    }
}

#[test]
fn rename_top_port() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&["run", "-d", "--name", "first", "bb", "sleep", "1000"])
            .success();
        env.berth(&["create", "--name", "taken", "bb", "true"])
            .success();
        env.berth(&["rename", "first", "taken"])
            .run()
            .berth_error()
            .stderr_contains("already in use");
        env.berth(&["rename", "first", "second"]).success();
        env.berth(&["inspect", "first"]).run().berth_error();
        assert_eq!(inspect(&env, "second")["Name"], "/second");
        // The monitor's exit record keeps the new name.
        wait_until(&env, "second", "running", |v| {
            v["State"]["Pid"].as_i64() > Some(1)
        });
        let top = env.berth(&["top", "second"]).success();
        let lines = top.stdout_lines();
        assert!(lines[0].contains("PID"), "{top}");
        assert_eq!(lines.len(), 2, "only the container's process: {top}");
        assert!(lines[1].contains("sleep 1000"), "{top}");
        let top = env.berth(&["top", "second", "-o", "pid,comm"]).success();
        assert_eq!(
            top.stdout_lines()[1].split_whitespace().nth(1),
            Some("sleep")
        );
        assert_eq!(env.berth(&["port", "second"]).success().stdout(), "");
        env.berth(&["stop", "-t", "0", "second"]).success();
        assert_eq!(inspect(&env, "second")["Name"], "/second");
        env.berth(&["top", "second"])
            .run()
            .berth_error()
            .stderr_contains("is not running");
        env.berth(&["rename", "nobody", "x"]).run().berth_error();
        env.berth(&["rename", "second", "bad/name"])
            .run()
            .berth_error();
    }
}

#[test]
fn restart_policies() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&[
            "run",
            "-d",
            "--name",
            "flaky",
            "--restart",
            "on-failure:2",
            "bb",
            "sh",
            "-c",
            "echo attempt; exit 3",
        ])
        .success();
        wait_until(&env, "flaky", "given up", |v| {
            v["State"]["Running"] == false && v["RestartCount"] == 2
        });
        let v = inspect(&env, "flaky");
        assert_eq!(v["State"]["ExitCode"], 3, "{v:#}");
        assert_eq!(v["HostConfig"]["RestartPolicy"]["Name"], "on-failure");
        let logs = env.berth(&["logs", "flaky"]).success();
        assert_eq!(logs.stdout(), "attempt\n".repeat(3), "{logs}");

        // always: comes back after a clean exit, until the user stops it.
        env.berth(&[
            "run",
            "-d",
            "--name",
            "phoenix",
            "--restart",
            "always",
            "bb",
            "sh",
            "-c",
            "sleep 0.1",
        ])
        .success();
        wait_until(&env, "phoenix", "restarts", |v| {
            v["RestartCount"].as_u64() >= Some(2)
        });
        env.berth(&["stop", "phoenix"]).success();
        let count = inspect(&env, "phoenix")["RestartCount"].clone();
        std::thread::sleep(Duration::from_millis(500));
        let v = inspect(&env, "phoenix");
        assert_eq!(v["State"]["Running"], false, "stop is respected: {v:#}");
        assert_eq!(v["RestartCount"], count, "{v:#}");

        // After a reboot: start --all brings back always, not a stopped unless-stopped.
        env.berth(&[
            "create",
            "--name",
            "boot-always",
            "--restart",
            "always",
            "bb",
            "sleep",
            "1000",
        ])
        .success();
        env.berth(&["create", "--name", "boot-no", "bb", "sleep", "1000"])
            .success();
        let out = env
            .berth(&["start", "--all", "--filter", "restart-policy=always"])
            .success();
        assert!(out.stdout().contains("boot-always"), "{out}");
        assert!(!out.stdout().contains("boot-no"), "{out}");
        assert_eq!(inspect(&env, "boot-always")["State"]["Running"], true);
        assert_eq!(inspect(&env, "boot-no")["State"]["Running"], false);
        env.berth(&["run", "--rm", "--restart", "always", "bb", "true"])
            .run()
            .berth_error();
        env.berth(&["create", "--restart", "sometimes", "bb", "true"])
            .run()
            .berth_error();
        env.berth(&["start", "--all", "--filter", "color=red"])
            .run()
            .berth_error();
    }
}

/// Many berth processes at once on the same containers never corrupt a record, never give
/// a container two monitors, and fail only with berth's one-line errors.
#[test]
fn parallel_lifecycle_races() {
    for env in TestEnv::all_with_busybox() {
        let names = ["race0", "race1", "race2"];
        for n in names {
            env.berth(&["run", "-d", "--name", n, "bb", "sleep", "1000"])
                .success();
        }
        let ops: &[&[&str]] = &[
            &["start"],
            &["stop", "-t", "0"],
            &["kill"],
            &["restart", "-t", "0"],
            &["logs"],
            &["exec", "--", "true"],
            &["inspect"],
            &["rm"],
        ];
        std::thread::scope(|s| {
            for t in 0..6 {
                let env = &env;
                s.spawn(move || {
                    for i in 0..12 {
                        let op = ops[(t * 5 + i * 3) % ops.len()];
                        let name = names[(t + i) % names.len()];
                        let mut args: Vec<&str> = vec![op[0]];
                        let exec = op[0] == "exec";
                        args.extend(op[1..].iter().filter(|a| **a != "--" && **a != "true"));
                        args.push(name);
                        if exec {
                            args.push("true");
                        }
                        let out = env.berth(&args).timeout(Duration::from_secs(60)).run();
                        let code = out.status.code();
                        // An exec whose container is stopped under it reports 137.
                        let fine = code == Some(0) || (exec && code == Some(137));
                        // Failing races report as podman: `rm` gives 2 for a running one
                        // and 1 for one removed meanwhile, else 125; always one line.
                        if !fine && code != Some(2) && code != Some(1) {
                            out.berth_error();
                        } else if !fine {
                            out.error_status(code.unwrap());
                        }
                    }
                });
            }
        });
        // Every record still parses, and each running container has exactly one monitor. A
        // monitor outlives its container's lock by the moment it takes to record the exit and
        // leave, so the two counts are compared until they settle (a stray monitor never does).
        let root = format!("BERTH_ROOT={}", env.root().display());
        let count = || {
            let ps = env.berth(&["ps", "-a", "--format", "{{.Names}}"]).success();
            let left = ps.stdout_lines();
            let mut running = 0;
            for n in &left {
                assert!(names.contains(&n.as_str()), "{ps}");
                let v = inspect(&env, n);
                if v["State"]["Running"] == true {
                    running += 1;
                }
            }
            let monitors = std::fs::read_dir("/proc")
                .unwrap()
                .flatten()
                .filter(|e| {
                    let p = e.path();
                    std::fs::read_to_string(p.join("comm"))
                        .is_ok_and(|c| c.trim() == "berth-monitor")
                        && std::fs::read(p.join("environ"))
                            .is_ok_and(|env| env.split(|&b| b == 0).any(|kv| kv == root.as_bytes()))
                })
                .count();
            (left, running, monitors)
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        let (left, running, monitors) = loop {
            let (left, running, monitors) = count();
            if monitors == running || Instant::now() > deadline {
                break (left, running, monitors);
            }
            std::thread::sleep(Duration::from_millis(100));
        };
        assert_eq!(monitors, running, "one monitor per running container");
        for n in left {
            env.berth(&["rm", "-f", &n]).success();
        }
    }
}

#[test]
fn init_reaps_and_forwards_signals() {
    for env in TestEnv::all_with_busybox() {
        // PID 1's name, command line and environment, as the container sees them.
        let script =
            "cat /proc/1/comm; cat /proc/1/cmdline; echo; echo env:; cat /proc/1/environ; exit 5";
        let out = env
            .berth(&["run", "--rm", "--init", "bb", "sh", "-c", script])
            .failure_code(5);
        let text = out.stdout();
        let (cmdline, environ) = text.split_once("\nenv:\n").expect("both parts");
        let (comm, cmdline) = cmdline.split_once('\n').expect("comm, then cmdline");
        assert_eq!(comm, "berth-init", "{out}");
        assert_eq!(
            cmdline_text(cmdline.as_bytes()),
            format!("berth-init -- sh -c {script}"),
            "{out}"
        );
        assert!(
            !environ.contains("BERTH_"),
            "berth's environment leaks: {out}"
        );
        assert!(
            environ.bytes().all(|b| b == 0),
            "PID 1 shows an environment: {out}"
        );
        // An orphan is reaped by the init: no zombie is left behind.
        let out = env
            .berth(&[
                "run",
                "--rm",
                "--init",
                "bb",
                "sh",
                "-c",
                "(sleep 0.1 &); sleep 0.6; ps -o stat | grep -c Z",
            ])
            .failure_code(1);
        assert_eq!(out.stdout().trim(), "0", "{out}");
        env.berth(&["run", "--rm", "--init", "bb", "no-such-cmd"])
            .failure_code(127);
        // sleep as PID 1 ignores SIGTERM; under the init it gets it and ends at once.
        env.berth(&[
            "run", "-d", "--init", "--name", "tini", "bb", "sleep", "1000",
        ])
        .success();
        wait_until(&env, "tini", "running", |v| {
            v["State"]["Pid"].as_i64() > Some(1)
        });
        let t0 = Instant::now();
        env.berth(&["stop", "-t", "30", "tini"]).success();
        assert!(
            t0.elapsed() < Duration::from_secs(20),
            "the init forwarded SIGTERM"
        );
        assert_eq!(inspect(&env, "tini")["State"]["ExitCode"], 143);
        assert_eq!(inspect(&env, "tini")["HostConfig"]["Init"], true);
    }
}

/// A process's command line with NULs as spaces, trailing ones dropped.
fn cmdline_text(raw: &[u8]) -> String {
    let text: String = raw
        .iter()
        .map(|&b| if b == 0 { ' ' } else { b as char })
        .collect();
    text.trim_end().to_string()
}

#[test]
fn init_title_runs_on_into_the_environment_block() {
    for env in TestEnv::all_with_busybox() {
        // Started by a later, short `start` command: a long title runs on into the
        // environment block and still reads right.
        let padding = "x".repeat(80);
        let script = format!("sleep 1000 # {padding}");
        env.berth(&[
            "create", "--init", "--name", "long", "bb", "sh", "-c", &script,
        ])
        .success();
        env.berth(&["start", "long"]).success();
        wait_until(&env, "long", "running", |v| {
            v["State"]["Pid"].as_i64() > Some(1)
        });
        let pid = inspect(&env, "long")["State"]["Pid"].as_i64().unwrap();
        let raw = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap();
        assert_eq!(cmdline_text(&raw), format!("berth-init -- sh -c {script}"));
        let ps = env.berth(&["top", "long", "-o", "pid,args"]).success();
        assert!(
            ps.stdout().contains("berth-init -- sh -c sleep 1000"),
            "{ps}"
        );
        env.berth(&["rm", "-f", "long"]).success();
    }
}

/// The freezer state of the cgroup `pid` is in, when that cgroup is the container's own
/// (its path names `id`): v1 `freezer.state`, or v2 `cgroup.events`' "frozen" key.
fn own_freezer_state(pid: i32, id: &str) -> Option<String> {
    let membership = std::fs::read_to_string(format!("/proc/{pid}/cgroup")).ok()?;
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    // (mount point, fs type, super options) of every cgroup mount.
    let mounts: Vec<(String, String, String)> = mountinfo
        .lines()
        .filter_map(|l| {
            let (pre, post) = l.split_once(" - ")?;
            let point = pre.split(' ').nth(4)?.to_string();
            let mut post = post.split(' ');
            let fstype = post.next()?.to_string();
            let opts = post.nth(1)?.to_string();
            Some((point, fstype, opts))
        })
        .collect();
    for line in membership.lines() {
        let mut f = line.splitn(3, ':');
        let (_, ctrls, path) = (f.next()?, f.next()?, f.next()?);
        if !path.contains(id) {
            continue;
        }
        if ctrls.split(',').any(|c| c == "freezer") {
            let (point, ..) = mounts
                .iter()
                .find(|(_, t, o)| t == "cgroup" && o.split(',').any(|c| c == "freezer"))?;
            let state = std::fs::read_to_string(format!("{point}{path}/freezer.state")).ok()?;
            return Some(state.trim().to_string());
        }
        if ctrls.is_empty() {
            let (point, ..) = mounts.iter().find(|(_, t, _)| t == "cgroup2")?;
            let events = std::fs::read_to_string(format!("{point}{path}/cgroup.events")).ok()?;
            let frozen = events.lines().any(|l| l == "frozen 1");
            return Some(if frozen { "FROZEN" } else { "THAWED" }.to_string());
        }
    }
    None
}

/// How many lines the container has logged.
fn log_lines(env: &TestEnv, name: &str) -> usize {
    env.berth(&["logs", name]).success().stdout_lines().len()
}

#[test]
fn pause_freezes_and_stop_kill_rm_thaw() {
    const TICKER: &str = "while true; do echo t; usleep 20000; done";
    for env in TestEnv::all_with_busybox() {
        let id = env
            .berth(&["run", "-d", "--name", "ticker", "bb", "sh", "-c", TICKER])
            .success()
            .stdout()
            .trim()
            .to_string();
        wait_until(&env, "ticker", "running", |v| {
            v["State"]["Pid"].as_i64() > Some(1)
        });
        let pid = inspect(&env, "ticker")["State"]["Pid"].as_i64().unwrap() as i32;
        // Root always gets a cgroup of its own here; rootless only with a delegated v2
        // subtree. Without one, pause must say so.
        let has_freezer = own_freezer_state(pid, &id).is_some();
        if !env.is_rootless() {
            assert!(has_freezer, "root container without a freezer cgroup");
        }
        if !has_freezer {
            env.berth(&["pause", "ticker"])
                .run()
                .berth_error()
                .stderr_contains("freezer");
            assert_eq!(inspect(&env, "ticker")["State"]["Paused"], false);
            env.berth(&["rm", "-f", "ticker"]).success();
            continue;
        }
        env.berth(&["unpause", "ticker"])
            .run()
            .berth_error()
            .stderr_contains("is not paused");
        env.berth(&["pause", "ticker"])
            .success()
            .stdout_contains("ticker");
        assert_eq!(own_freezer_state(pid, &id).as_deref(), Some("FROZEN"));
        let st = &inspect(&env, "ticker")["State"];
        assert_eq!(st["Status"], "paused", "{st}");
        assert_eq!(st["Paused"], true, "{st}");
        assert_eq!(st["Running"], true, "{st}");
        let ps = env
            .berth(&[
                "ps",
                "--filter",
                "status=paused",
                "--format",
                "{{.Names}} {{.Status}}",
            ])
            .success();
        assert!(ps.stdout().starts_with("ticker Up"), "{ps}");
        assert!(ps.stdout().trim_end().ends_with("(Paused)"), "{ps}");
        env.berth(&["pause", "ticker"])
            .run()
            .berth_error()
            .stderr_contains("already paused");
        env.berth(&["exec", "ticker", "true"])
            .run()
            .berth_error()
            .stderr_contains("paused");
        // Frozen: the ticker logs nothing more (once what was in flight has landed).
        std::thread::sleep(Duration::from_millis(150));
        let frozen_at = log_lines(&env, "ticker");
        std::thread::sleep(Duration::from_millis(400));
        assert_eq!(log_lines(&env, "ticker"), frozen_at, "{}", env.label());
        env.berth(&["unpause", "ticker"]).success();
        assert_eq!(own_freezer_state(pid, &id).as_deref(), Some("THAWED"));
        assert_eq!(inspect(&env, "ticker")["State"]["Status"], "running");
        let end = Instant::now() + Duration::from_secs(10);
        while log_lines(&env, "ticker") <= frozen_at {
            assert!(
                Instant::now() < end,
                "the ticker never ran again after unpause"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        // stop of a paused container: thawed so it ends (sh as PID 1 ignores SIGTERM, so
        // SIGKILL after the grace period).
        env.berth(&["pause", "ticker"]).success();
        env.berth(&["stop", "-t", "1", "ticker"]).success();
        let st = &inspect(&env, "ticker")["State"];
        assert_eq!(st["Status"], "exited", "{st}");
        assert_eq!(st["Paused"], false, "{st}");
        assert_eq!(st["ExitCode"], 137, "{st}");
        assert!(!pid_alive(pid));
        env.berth(&["pause", "ticker"])
            .run()
            .berth_error()
            .stderr_contains("is not running");
        // kill of a paused container, then rm -f of a paused one.
        env.berth(&["start", "ticker"]).success();
        wait_until(&env, "ticker", "running", |v| v["State"]["Running"] == true);
        env.berth(&["pause", "ticker"]).success();
        env.berth(&["kill", "ticker"]).success();
        wait_until(&env, "ticker", "exited", |v| {
            v["State"]["Status"] == "exited"
        });
        assert_eq!(inspect(&env, "ticker")["State"]["ExitCode"], 137);
        env.berth(&["start", "ticker"]).success();
        wait_until(&env, "ticker", "running", |v| v["State"]["Running"] == true);
        let pid = inspect(&env, "ticker")["State"]["Pid"].as_i64().unwrap() as i32;
        env.berth(&["pause", "ticker"]).success();
        env.berth(&["rm", "-f", "ticker"]).success();
        assert!(!pid_alive(pid));
        env.berth(&["pause", "ticker"]).run().berth_error();
    }
}

#[test]
fn wait_reports_the_exit_of_an_auto_removed_container() {
    for env in TestEnv::all_with_busybox() {
        let env = &env;
        std::thread::scope(|s| {
            // Detached under a monitor, and in the foreground with berth as the parent.
            env.berth(&[
                "run",
                "-d",
                "--rm",
                "--name",
                "gone-d",
                "bb",
                "sh",
                "-c",
                "sleep 3; exit 3",
            ])
            .success();
            let fg = s.spawn(move || {
                env.berth(&[
                    "run",
                    "--rm",
                    "--name",
                    "gone-f",
                    "bb",
                    "sh",
                    "-c",
                    "sleep 3; exit 4",
                ])
                .run()
            });
            // It may not exist yet.
            let end = Instant::now() + Duration::from_secs(20);
            let running = || {
                let out = env
                    .berth(&["inspect", "-f", "{{.State.Running}}", "gone-f"])
                    .run();
                out.stdout().trim() == "true"
            };
            while !running() {
                assert!(Instant::now() < end, "gone-f never ran");
                std::thread::sleep(Duration::from_millis(20));
            }
            let waiters = [("gone-d", "3"), ("gone-f", "4")]
                .map(|(name, code)| (s.spawn(move || env.berth(&["wait", name]).run()), code));
            for (w, code) in waiters {
                let out = w.join().unwrap().success();
                assert_eq!(out.stdout().trim(), code, "{out}");
            }
            fg.join().unwrap().failure_code(4);
        });
        env.berth(&["inspect", "gone-d"]).run().berth_error();
        env.berth(&["wait", "gone-f"])
            .run()
            .berth_error()
            .stderr_contains("no such container");
    }
}

#[test]
fn input_the_container_never_reads_does_not_stall_its_monitor() {
    const TICKER: &str = "while true; do echo tick; usleep 20000; done";
    for env in TestEnv::all_with_busybox() {
        let env = &env;
        env.berth(&[
            "run", "-d", "-i", "--name", "deaf", "bb", "sh", "-c", TICKER,
        ])
        .success();
        std::thread::scope(|s| {
            // Far more than the stdin pipe and the monitor's input buffer hold.
            let feeder = s.spawn(move || {
                env.berth(&["attach", "deaf"])
                    .stdin(vec![b'x'; 4 << 20])
                    .timeout(Duration::from_secs(60))
                    .run()
            });
            std::thread::sleep(Duration::from_secs(1));
            // The monitor still relays output and answers while the input waits.
            let before = log_lines(env, "deaf");
            let end = Instant::now() + Duration::from_secs(20);
            while log_lines(env, "deaf") < before + 10 {
                assert!(
                    Instant::now() < end,
                    "the monitor stalled on the container's stdin"
                );
                std::thread::sleep(Duration::from_millis(50));
            }
            assert!(
                !feeder.is_finished(),
                "the container took no input: the feeder waits"
            );
            env.berth(&["stop", "-t", "1", "deaf"]).success();
            let out = feeder.join().unwrap();
            // sh as PID 1 ignores SIGTERM: killed after the grace period.
            assert_eq!(out.status.code(), Some(137), "{out}");
        });
    }
}

/// The numbers of `line-N` lines, in order.
fn line_numbers(text: &str) -> Vec<u32> {
    text.lines()
        .map(|l| {
            l.strip_prefix("line-")
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("unexpected log line {l:?}"))
        })
        .collect()
}

#[test]
fn logs_rotate_by_size_and_read_across_files() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&[
            "run",
            "-d",
            "--name",
            "chatty",
            "--log-opt",
            "max-size=2k",
            "--log-opt",
            "max-file=3",
            "bb",
            "sh",
            "-c",
            "for i in $(seq 1 300); do echo line-$i; done",
        ])
        .success();
        env.berth(&["wait", "chatty"])
            .success()
            .stdout_contains("0");
        let v = inspect(&env, "chatty");
        assert_eq!(v["HostConfig"]["LogConfig"]["Config"]["max-size"], "2000");
        assert_eq!(v["HostConfig"]["LogConfig"]["Config"]["max-file"], "3");
        let log = std::path::PathBuf::from(v["LogPath"].as_str().unwrap());
        let rotated = |n: u32| std::path::PathBuf::from(format!("{}.{n}", log.display()));
        assert!(
            rotated(1).exists() && rotated(2).exists(),
            "{}",
            log.display()
        );
        assert!(!rotated(3).exists(), "max-file=3 keeps three files in all");
        for f in [log.clone(), rotated(1), rotated(2)] {
            let len = std::fs::metadata(&f).unwrap().len();
            // A file is rotated once a record takes it to 2000 bytes or more.
            assert!(len < 2000 + 100, "{} holds {len} bytes", f.display());
        }
        // Every kept line, oldest file first, none missing in between; the oldest are gone.
        let all = line_numbers(&env.berth(&["logs", "chatty"]).success().stdout());
        assert_eq!(all.last(), Some(&300));
        assert!(all[0] > 1, "nothing was dropped: {all:?}");
        assert!(all.windows(2).all(|w| w[1] == w[0] + 1), "{all:?}");
        let tail = line_numbers(
            &env.berth(&["logs", "--tail", "3", "chatty"])
                .success()
                .stdout(),
        );
        assert_eq!(tail, [298, 299, 300]);

        // logs -f carries on across rotations.
        env.berth(&[
            "run",
            "-d",
            "--name",
            "slow",
            "--log-opt",
            "max-size=500",
            "--log-opt",
            "max-file=3",
            "bb",
            "sh",
            "-c",
            "for i in $(seq 1 100); do echo line-$i; usleep 20000; done",
        ])
        .success();
        let followed = line_numbers(&env.berth(&["logs", "-f", "slow"]).success().stdout());
        assert_eq!(followed.last(), Some(&100), "{followed:?}");
        assert!(
            followed.windows(2).all(|w| w[1] == w[0] + 1),
            "{followed:?}"
        );

        for bad in ["max-size=lots", "max-file=0", "colour=blue", "max-file=4"] {
            env.berth(&["create", "--log-opt", bad, "bb", "true"])
                .run()
                .berth_error()
                .stderr_contains("log");
        }
    }
}
