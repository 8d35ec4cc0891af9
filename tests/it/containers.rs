//! Containers for real: `run`, `create`, `start`, `ps`, `rm`, `inspect`, `export`, as root
//! and rootless, each checked from inside the container where it matters.

use crate::common;

use std::time::Duration;

use common::*;

fn sh(env: &TestEnv, script: &str) -> Output {
    env.berth(&["run", "--rm", "bb", "sh", "-c", script]).run()
}

#[test]
fn run_prints_output_and_passes_exit_status_through() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&["run", "--rm", "bb", "echo", "hello from a container"])
            .success()
            .stdout_contains("hello from a container");
        sh(&env, "exit 7").failure_code(7);
        // Death by signal N is 128+N (the init ignores its own kill, so it comes from outside).
        let mut cmd = env
            .berth(&["run", "--name", "victim", "bb", "sleep", "1000"])
            .command();
        cmd.stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        let mut child = cmd.spawn().unwrap();
        let pid = wait_for_pid(&env, "victim");
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(pid),
            nix::sys::signal::Signal::SIGKILL,
        )
        .unwrap();
        assert_eq!(
            wait_timeout(&mut child, Duration::from_secs(20)),
            Some(137),
            "{}",
            env.label()
        );
        env.berth(&["ps", "-a"])
            .success()
            .stdout_contains("Exited (137)");
        env.berth(&["rm", "victim"]).success();
        sh(&env, "echo to-stderr >&2; exit 0")
            .success()
            .stderr_contains("to-stderr");
    }
}

#[test]
fn exec_failures_map_to_126_and_127() {
    for env in TestEnv::all_with_busybox() {
        let out = env
            .berth(&["run", "--rm", "bb", "no-such-command"])
            .failure_code(127);
        assert!(out.stderr().contains("executable file not found"), "{out}");
        env.berth(&["run", "--rm", "bb", "/no/such/path"])
            .failure_code(127);
        // A file without the execute bit, and a directory, cannot be invoked.
        env.berth(&["run", "--rm", "bb", "/etc/passwd"])
            .failure_code(126);
        env.berth(&["run", "--rm", "bb", "/etc"]).failure_code(126);
        // Nothing is left behind by a failed --rm run.
        let ps = env.berth(&["ps", "-a", "-q"]).success();
        assert_eq!(ps.stdout().trim(), "", "{}", env.label());
    }
}

#[test]
fn bad_input_is_one_line_and_125() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&["run", "--rm", "no-such-image"])
            .run()
            .berth_error();
        env.berth(&["run", "--bogus-flag", "bb"])
            .run()
            .berth_error();
        env.berth(&["run", "--rm", "--network", "weird", "bb", "true"])
            .run()
            .berth_error();
        env.berth(&["run", "--rm", "-v", "./relative:/x", "bb", "true"])
            .run()
            .berth_error();
        env.berth(&["run", "--rm", "-w", "relative", "bb", "true"])
            .run()
            .berth_error();
        env.berth(&["run", "--rm", "-u", "nosuchuser", "bb", "true"])
            .run()
            .berth_error();
        env.berth(&["run", "--rm", "--name", "-bad", "bb", "true"])
            .run()
            .berth_error();
        env.berth(&["run", "--rm", "--env-file", "/no/such/file", "bb", "true"])
            .run()
            .berth_error();
        env.berth(&["rm", "nosuchcontainer"]).run().error_status(1);
        env.berth(&["start", "nosuchcontainer"]).run().berth_error();
        env.berth(&["run"]).run().berth_error();
        // An image with neither Cmd nor Entrypoint needs a command.
        let tar = env.work().join("busybox-fixture.tar");
        env.berth(&["import".as_ref(), tar.as_os_str(), "nocmd".as_ref()])
            .success();
        let out = env.berth(&["run", "--rm", "nocmd"]).run().berth_error();
        assert!(out.stderr().contains("no command"), "{out}");
        let ps = env.berth(&["ps", "-a", "-q"]).success();
        assert_eq!(
            ps.stdout().trim(),
            "",
            "failed runs left records\n{}",
            env.label()
        );
    }
}

#[test]
fn name_in_use_is_refused() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&["create", "--name", "web", "bb", "true"])
            .success();
        let out = env
            .berth(&["create", "--name", "web", "bb", "true"])
            .run()
            .berth_error();
        assert!(out.stderr().contains("already in use"), "{out}");
        env.berth(&["rm", "web"]).success();
        env.berth(&["create", "--name", "web", "bb", "true"])
            .success();
    }
}

#[test]
fn environment_workdir_user_hostname_entrypoint() {
    for env in TestEnv::all_with_busybox() {
        let file = env.write_file("env.list", "# comment\nFROM_FILE=yes\n\nSPACED=a b\n");
        env.berth(&[
            "run".as_ref(),
            "--rm".as_ref(),
            "-e".as_ref(),
            "A=1".as_ref(),
            "--env-file".as_ref(),
            file.as_os_str(),
            "bb".as_ref(),
            "env".as_ref(),
        ])
        .success()
        .stdout_contains("A=1\n")
        .stdout_contains("FROM_FILE=yes\n")
        .stdout_contains("SPACED=a b\n")
        .stdout_contains("PATH=/")
        .stdout_contains("HOME=/root\n");

        env.berth(&["run", "--rm", "-w", "/made/on/demand", "bb", "pwd"])
            .success()
            .stdout_contains("/made/on/demand");
        let out = env
            .berth(&["run", "--rm", "-u", "tester", "bb", "id"])
            .success();
        assert!(
            out.stdout()
                .starts_with("uid=1000(tester) gid=1000(tester)"),
            "{out}"
        );
        let out = env
            .berth(&["run", "--rm", "-u", "1000:0", "bb", "id", "-u"])
            .success();
        assert_eq!(out.stdout().trim(), "1000");
        env.berth(&[
            "run",
            "--rm",
            "-u",
            "tester",
            "bb",
            "sh",
            "-c",
            "echo $HOME",
        ])
        .success()
        .stdout_contains("/home/tester");
        env.berth(&["run", "--rm", "-h", "boat", "bb", "hostname"])
            .success()
            .stdout_contains("boat");
        env.berth(&[
            "run",
            "--rm",
            "-h",
            "boat",
            "bb",
            "cat",
            "/etc/hostname",
            "/etc/hosts",
        ])
        .success()
        .stdout_contains("boat\n")
        .stdout_contains("\tboat");
        env.berth(&[
            "run",
            "--rm",
            "--entrypoint",
            "echo",
            "bb",
            "via",
            "entrypoint",
        ])
        .success()
        .stdout_contains("via entrypoint");
    }
}

#[test]
fn isolation_seen_from_inside() {
    for env in TestEnv::all_with_busybox() {
        // The command is PID 1 of its own pid namespace.
        sh(&env, "echo $$").success().stdout_contains("1\n");
        let out = sh(&env, "ps -o pid,comm").success();
        assert_eq!(out.stdout_lines().len(), 2, "only ps itself and sh\n{out}");
        // The root is an overlay, /proc /dev /sys are the container's own.
        let mi = sh(&env, "cat /proc/self/mountinfo").success().stdout();
        let fs_at = |mp: &str| {
            mi.lines()
                .find(|l| l.split(' ').nth(4) == Some(mp))
                .and_then(|l| l.split(" - ").nth(1))
                .and_then(|r| r.split(' ').next())
                .map(str::to_owned)
        };
        assert_eq!(fs_at("/").as_deref(), Some("overlay"), "{mi}");
        assert_eq!(fs_at("/proc").as_deref(), Some("proc"), "{mi}");
        assert_eq!(fs_at("/dev").as_deref(), Some("tmpfs"), "{mi}");
        assert_eq!(fs_at("/dev/pts").as_deref(), Some("devpts"), "{mi}");
        assert_eq!(fs_at("/dev/shm").as_deref(), Some("tmpfs"), "{mi}");
        assert_eq!(fs_at("/dev/mqueue").as_deref(), Some("mqueue"), "{mi}");
        let sys = mi
            .lines()
            .find(|l| l.split(' ').nth(4) == Some("/sys"))
            .unwrap();
        assert!(
            sys.split(' ').nth(5).unwrap().starts_with("ro"),
            "/sys read-only: {sys}"
        );
        // The host's tree is gone after pivot_root: /work exists on the host only.
        assert!(std::path::Path::new("/work").exists() || std::path::Path::new("/usr").exists());
        sh(&env, "test ! -e /work").success();
        // The standard devices work.
        sh(
            &env,
            "echo x > /dev/null && head -c 4 /dev/zero | wc -c && head -c 4 /dev/urandom | wc -c",
        )
        .success()
        .stdout_contains("4\n4\n");
        sh(&env, "ls /dev").success().stdout_contains("ptmx");
        // Only stdio is open (fd 3 is the directory ls reads).
        let out = sh(&env, "ls /proc/self/fd").success();
        assert_eq!(out.stdout_lines(), ["0", "1", "2", "3"], "{out}");
        // A private network namespace with only loopback, up (rootless containers get
        // the user-mode network by default: see usernet.rs).
        let out = env
            .berth(&[
                "run",
                "--rm",
                "--network",
                "private",
                "bb",
                "sh",
                "-c",
                "cat /proc/net/dev | tail -n +3 | cut -d: -f1 | tr -d ' '",
            ])
            .success();
        assert_eq!(out.stdout_lines(), ["lo"], "{out}");
        sh(
            &env,
            "cat /sys/class/net/lo/operstate /sys/class/net/lo/flags",
        )
        .success()
        .stdout_contains("0x9");
        // The hostname defaults to the short id.
        let id = env
            .berth(&["create", "bb", "hostname"])
            .success()
            .stdout()
            .trim()
            .to_owned();
        env.berth(&["start", "-a", &id])
            .success()
            .stdout_contains(&id[..12]);
        // Capabilities: the default set for root.
        sh(&env, "grep CapEff /proc/self/status")
            .success()
            .stdout_contains("00000000a80425fb");
        let out = env
            .berth(&[
                "run",
                "--rm",
                "-u",
                "tester",
                "bb",
                "grep",
                "CapEff",
                "/proc/self/status",
            ])
            .success();
        assert!(out.stdout().contains("0000000000000000"), "{out}");
    }
}

#[test]
fn network_modes() {
    for env in TestEnv::all_with_busybox() {
        let out = env
            .berth(&[
                "run",
                "--rm",
                "--network",
                "none",
                "bb",
                "cat",
                "/sys/class/net/lo/flags",
            ])
            .success();
        assert_eq!(
            out.stdout().trim(),
            "0x8",
            "loopback stays down with none\n{out}"
        );
        // Other tests make and remove interfaces meanwhile: the host's loopback and the
        // interface of its default route are what must be seen.
        let route = std::fs::read_to_string("/proc/net/route").unwrap();
        let default_if = route
            .lines()
            .find(|l| l.split_whitespace().nth(1) == Some("00000000"))
            .and_then(|l| l.split_whitespace().next())
            .unwrap_or("lo")
            .to_string();
        let out = env
            .berth(&[
                "run",
                "--rm",
                "--network",
                "host",
                "bb",
                "ls",
                "/sys/class/net",
            ])
            .success();
        let seen = out.stdout_lines();
        assert!(
            seen.contains(&"lo".to_string()) && seen.contains(&default_if),
            "{out}"
        );
    }
}

#[test]
fn volumes_and_read_only_root() {
    for env in TestEnv::all_with_busybox() {
        let data = env.mkdir("data");
        std::fs::write(data.join("in.txt"), "from host\n").unwrap();
        env.chown_to_user(&data.join("in.txt"));
        let rw = format!("{}:/data", data.display());
        env.berth(&[
            "run",
            "--rm",
            "-v",
            &rw,
            "bb",
            "sh",
            "-c",
            "cat /data/in.txt && echo out > /data/out.txt",
        ])
        .success()
        .stdout_contains("from host");
        assert_eq!(
            std::fs::read_to_string(data.join("out.txt")).unwrap(),
            "out\n"
        );
        let ro = format!("{}:/data:ro", data.display());
        let out = env
            .berth(&[
                "run",
                "--rm",
                "-v",
                &ro,
                "bb",
                "sh",
                "-c",
                "cat /data/in.txt; touch /data/nope",
            ])
            .run();
        assert_eq!(out.code(), Some(1), "write to a read-only volume\n{out}");
        assert!(out.stdout().contains("from host"), "{out}");
        assert!(out.stderr().contains("Read-only file system"), "{out}");
        assert!(!data.join("nope").exists());
        // A missing host directory is created, as docker does.
        let fresh = env.dir().join("fresh-dir");
        let arg = format!("{}:/fresh", fresh.display());
        env.berth(&["run", "--rm", "-v", &arg, "bb", "true"])
            .success();
        assert!(fresh.is_dir());

        let out = env
            .berth(&["run", "--rm", "--read-only", "bb", "touch", "/newfile"])
            .run();
        assert_ne!(out.code(), Some(0), "{out}");
        assert!(out.stderr().contains("Read-only file system"), "{out}");
        env.berth(&["run", "--rm", "--read-only", "bb", "touch", "/dev/shm/ok"])
            .success();
    }
}

#[test]
fn image_owners_survive_rootless() {
    for env in TestEnv::all_with_busybox() {
        let out = env
            .berth(&["run", "--rm", "bb", "stat", "-c", "%u:%g", ODD_OWNED_FILE])
            .success();
        assert_eq!(
            out.stdout().trim(),
            format!("{ODD_OWNER}:{ODD_OWNER}"),
            "{}",
            env.label()
        );
        sh(&env, "stat -c %u /bin/busybox")
            .success()
            .stdout_contains("0\n");
    }
}

#[test]
fn create_start_ps_rm_lifecycle() {
    for env in TestEnv::all_with_busybox() {
        let id = env
            .berth(&[
                "create",
                "--name",
                "life",
                "bb",
                "sh",
                "-c",
                "echo started; exit 3",
            ])
            .success()
            .stdout()
            .trim()
            .to_owned();
        assert_eq!(id.len(), 64, "create prints the full id");
        let ps = env.berth(&["ps", "-a"]).success();
        assert!(ps.stdout().starts_with("CONTAINER ID   IMAGE"), "{ps}");
        assert!(ps.stdout().contains("Created"), "{ps}");
        assert!(ps.stdout().contains("life"), "{ps}");
        assert!(ps.stdout().contains(&id[..12]), "{ps}");
        env.berth(&["start", "-a", "life"])
            .failure_code(3)
            .stdout_contains("started");
        let ps = env.berth(&["ps", "-a"]).success();
        assert!(ps.stdout().contains("Exited (3)"), "{ps}");
        // Not running: plain ps shows nothing.
        assert_eq!(env.berth(&["ps", "-q"]).success().stdout().trim(), "");

        // A detached start keeps running after berth returns.
        env.berth(&["create", "--name", "sleeper", "bb", "sleep", "1000"])
            .success();
        env.berth(&["start", "sleeper"])
            .success()
            .stdout_contains("sleeper");
        let ps = env.berth(&["ps"]).success();
        assert!(ps.stdout().contains("Up "), "{ps}");
        assert!(ps.stdout().contains("sleeper"), "{ps}");
        let insp = env.berth(&["inspect", "sleeper"]).success();
        let v: serde_json::Value = serde_json::from_str(&insp.stdout()).unwrap();
        assert_eq!(v[0]["State"]["Running"], true, "{insp}");
        assert!(v[0]["State"]["Pid"].as_i64().unwrap() > 0, "{insp}");
        let out = env.berth(&["rm", "sleeper"]).run().error_status(2);
        assert!(out.stderr().contains("is running"), "{out}");
        env.berth(&["rm", "-f", "sleeper", "life"]).success();
        assert_eq!(env.berth(&["ps", "-a", "-q"]).success().stdout().trim(), "");

        // -n and -l pick the latest.
        for n in ["one", "two", "three"] {
            env.berth(&["create", "--name", n, "bb", "true"]).success();
        }
        let out = env.berth(&["ps", "-n", "2"]).success();
        assert_eq!(out.stdout_lines().len(), 3, "{out}");
        assert!(
            out.stdout().contains("three") && out.stdout().contains("two"),
            "{out}"
        );
        let out = env.berth(&["ps", "-l", "-q", "--no-trunc"]).success();
        assert_eq!(out.stdout().trim().len(), 64, "{out}");
        env.berth(&["rm", "one", "two", "three"]).success();
    }
}

#[test]
fn inspect_container_fields() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&[
            "run",
            "--name",
            "insp",
            "-e",
            "K=V",
            "-l",
            "team=blue",
            "bb",
            "sh",
            "-c",
            "exit 4",
        ])
        .failure_code(4);
        let out = env.berth(&["container", "inspect", "insp"]).success();
        let v: serde_json::Value = serde_json::from_str(&out.stdout()).unwrap();
        let c = &v[0];
        assert_eq!(c["Name"], "/insp");
        assert_eq!(c["Path"], "sh");
        assert_eq!(c["Args"], serde_json::json!(["-c", "exit 4"]));
        assert_eq!(c["State"]["Status"], "exited");
        assert_eq!(c["State"]["Running"], false);
        assert_eq!(c["State"]["ExitCode"], 4);
        assert_ne!(c["State"]["FinishedAt"], "0001-01-01T00:00:00Z");
        assert!(
            c["Config"]["Env"]
                .as_array()
                .unwrap()
                .contains(&"K=V".into())
        );
        assert_eq!(c["Config"]["Labels"]["team"], "blue");
        assert!(c["Id"].as_str().unwrap().len() == 64);
        assert!(c["Image"].as_str().unwrap().starts_with("sha256:"));
        assert!(c["HostConfig"].is_object() && c["Mounts"].is_array());
        // `image inspect` does not find containers and says so.
        env.berth(&["image", "inspect", "insp"]).run().berth_error();
        env.berth(&["rm", "insp"]).success();
    }
}

#[test]
fn export_has_image_and_container_changes() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&[
            "run",
            "--name",
            "exp",
            "bb",
            "sh",
            "-c",
            "echo changed > /made-here; rm /etc/group",
        ])
        .success();
        let out_file = env.work().join("exp.tar");
        env.berth(&[
            "export".as_ref(),
            "-o".as_ref(),
            out_file.as_os_str(),
            "exp".as_ref(),
        ])
        .success();
        let data = std::fs::read(&out_file).unwrap();
        let mut ar = tar::Archive::new(&data[..]);
        let names: Vec<String> = ar
            .entries()
            .unwrap()
            .map(|e| {
                e.unwrap()
                    .path()
                    .unwrap()
                    .to_string_lossy()
                    .trim_start_matches("./")
                    .to_owned()
            })
            .collect();
        assert!(names.iter().any(|n| n == "bin/busybox"), "{names:?}");
        assert!(names.iter().any(|n| n == "made-here"), "{names:?}");
        assert!(
            !names.iter().any(|n| n == "etc/group"),
            "deleted file exported: {names:?}"
        );
        assert!(!names.iter().any(|n| n.contains(".wh.")), "{names:?}");
        // To stdout too.
        let out = env.berth(&["export", "exp"]).success();
        assert!(out.stdout.len() > 1_000_000, "tar on stdout");
        env.berth(&["rm", "exp"]).success();
    }
}

#[test]
fn rm_flag_removes_and_plain_run_keeps() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&["run", "--rm", "bb", "true"]).success();
        assert_eq!(env.berth(&["ps", "-a", "-q"]).success().stdout().trim(), "");
        env.berth(&["run", "bb", "true"]).success();
        let ps = env.berth(&["ps", "-a"]).success();
        assert!(ps.stdout().contains("Exited (0)"), "{ps}");
        // Changes persist across starts of the same container.
        env.berth(&[
            "run",
            "--name",
            "keep",
            "bb",
            "sh",
            "-c",
            "echo 1 >> /counter",
        ])
        .success();
        env.berth(&["start", "-a", "keep"]).success();
        let id = env
            .berth(&["create", "bb", "true"])
            .success()
            .stdout()
            .trim()
            .to_owned();
        env.berth(&["rm", &id[..8]]).success();
        env.berth(&["export", "keep"]).success();
    }
}

/// `run --rm` writes its record while the container starts: a start that fails before
/// the container exists (a volume source that cannot be made) or after (no such command)
/// leaves no record, no directory and no name behind.
#[test]
fn failed_rm_run_leaves_nothing() {
    for env in TestEnv::all_with_busybox() {
        let file = env.write_file("plain-file", "x");
        let bad_volume = format!("{}/sub:/data", file.display());
        let out = env
            .berth(&[
                "run",
                "--rm",
                "--name",
                "gone",
                "-v",
                &bad_volume,
                "bb",
                "true",
            ])
            .failure_code(125);
        assert!(out.stderr().contains("volume source"), "{out}");
        env.berth(&["run", "--rm", "--name", "gone", "bb", "nosuchcommand"])
            .failure_code(127);
        assert_eq!(env.berth(&["ps", "-a", "-q"]).success().stdout().trim(), "");
        let left: Vec<_> = std::fs::read_dir(env.root().join("containers"))
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with(".rm-"))
            .collect();
        assert!(
            left.is_empty(),
            "{}: container dirs left: {left:?}",
            env.label()
        );
        // The name is free again at once.
        env.berth(&["run", "--rm", "--name", "gone", "bb", "true"])
            .success();
    }
}

#[test]
fn tty_is_a_real_pty() {
    for env in TestEnv::all_with_busybox() {
        let out = env.berth(&["run", "--rm", "-t", "bb", "tty"]).success();
        assert!(out.stdout().contains("/dev/pts/0"), "{out}");
        // The terminal turns \n into \r\n, which proves the output went through a pty.
        let out = env
            .berth(&["run", "--rm", "-t", "bb", "echo", "x"])
            .success();
        assert_eq!(out.stdout(), "x\r\n");
        let out = env
            .berth(&[
                "run",
                "--rm",
                "-t",
                "-u",
                "tester",
                "bb",
                "sh",
                "-c",
                "stat -c %u $(tty)",
            ])
            .success();
        assert!(out.stdout().starts_with("1000"), "{out}");
        // -i without -t passes stdin through.
        let out = env
            .berth(&["run", "--rm", "-i", "bb", "cat"])
            .stdin("piped in\n")
            .success();
        assert_eq!(out.stdout(), "piped in\n");
        // Without -i the container reads nothing.
        let out = env
            .berth(&["run", "--rm", "bb", "cat"])
            .stdin("ignored\n")
            .success();
        assert_eq!(out.stdout(), "");
    }
}

#[test]
fn signals_reach_the_container() {
    for env in TestEnv::all_with_busybox() {
        for sig in [
            nix::sys::signal::Signal::SIGTERM,
            nix::sys::signal::Signal::SIGINT,
            nix::sys::signal::Signal::SIGHUP,
        ] {
            let script = format!(
                "trap 'echo got {sig}; exit 3' {}; echo ready; while :; do sleep 0.05; done",
                sig.as_str().trim_start_matches("SIG")
            );
            let mut cmd = env
                .berth(&["run", "--rm", "bb", "sh", "-c", &script])
                .command();
            cmd.stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            let mut child = cmd.spawn().unwrap();
            let mut stdout = child.stdout.take().unwrap();
            let mut seen = Vec::new();
            let mut buf = [0u8; 64];
            while !String::from_utf8_lossy(&seen).contains("ready") {
                use std::io::Read;
                let n = stdout.read(&mut buf).unwrap();
                assert!(n > 0, "container ended before it was ready");
                seen.extend_from_slice(&buf[..n]);
            }
            nix::sys::signal::kill(nix::unistd::Pid::from_raw(child.id() as i32), sig).unwrap();
            let status = wait_timeout(&mut child, Duration::from_secs(20));
            use std::io::Read;
            stdout.read_to_end(&mut seen).unwrap();
            assert_eq!(
                status,
                Some(3),
                "{} {sig}: {}",
                env.label(),
                String::from_utf8_lossy(&seen)
            );
            assert!(String::from_utf8_lossy(&seen).contains(&format!("got {sig}")));
        }
    }
}

/// Poll `inspect` until the container runs; returns its init's pid.
fn wait_for_pid(env: &TestEnv, name: &str) -> i32 {
    let end = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let out = env.berth(&["inspect", name]).run();
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&out.stdout())
            && v[0]["State"]["Running"] == true
            && v[0]["State"]["Pid"].as_i64().unwrap_or(0) > 1
        {
            return v[0]["State"]["Pid"].as_i64().unwrap() as i32;
        }
        assert!(std::time::Instant::now() < end, "{name} never ran\n{out}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn wait_timeout(child: &mut std::process::Child, t: Duration) -> Option<i32> {
    let end = std::time::Instant::now() + t;
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            return st.code();
        }
        if std::time::Instant::now() > end {
            let _ = child.kill();
            return None;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn hello_world_works_offline() {
    for env in TestEnv::all() {
        let out = env.berth(&["run", "--rm", "hello-world"]).success();
        assert!(out.stdout().contains("Hello from berth"), "{out}");
        // The image stays for the next run.
        env.berth(&["images"])
            .success()
            .stdout_contains("hello-world");
    }
}

#[test]
fn copy_driver_works_without_overlay() {
    for env in TestEnv::all_with_busybox() {
        std::fs::write(env.config_path(), "[storage]\ndriver = \"copy\"\n").unwrap();
        let out = env
            .berth(&[
                "run",
                "--name",
                "cp",
                "bb",
                "sh",
                "-c",
                "cat /proc/self/mountinfo | head -1; echo data > /kept",
            ])
            .success();
        assert!(!out.stdout().contains(" overlay "), "{out}");
        env.berth(&["start", "-a", "cp"]).success();
        env.berth(&["run", "--rm", "bb", "stat", "-c", "%u", ODD_OWNED_FILE])
            .success()
            .stdout_contains(&ODD_OWNER.to_string());
        let out = env.berth(&["export", "cp"]).success();
        assert!(
            out.stdout.windows(5).any(|w| w == b"kept\0"),
            "export of a copied root"
        );
        env.berth(&["rm", "cp"]).success();
    }
}

#[test]
fn rootless_without_subordinate_ids_maps_one_id() {
    if !require_busybox() || !require_solo_user() {
        return;
    }
    let env = TestEnv::as_user(SOLO_USER);
    env.import_busybox("bb");
    // Only the user's own id exists inside: other owners in the image collapse to it.
    let out = sh(
        &env,
        "cat /proc/self/uid_map; id -u; stat -c %u /bin/busybox",
    )
    .success();
    let lines = out.stdout_lines();
    let map: Vec<&str> = lines[0].split_whitespace().collect();
    assert_eq!(map[0], "0");
    assert_eq!(map[2], "1", "one id mapped\n{out}");
    assert_eq!(lines.len(), 3, "a single mapping line\n{out}");
    assert_eq!(lines[1], "0");
    assert_eq!(lines[2], "0");
    env.berth(&["run", "--rm", "-t", "bb", "tty"])
        .success()
        .stdout_contains("/dev/pts/0");
    // Switching to an id that does not exist here fails clearly.
    let out = env
        .berth(&["run", "--rm", "-u", "tester", "bb", "id"])
        .run();
    assert_eq!(out.code(), Some(125), "{out}");
}
