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

/// `sha256sum` of a file.
fn sha256(path: &std::path::Path) -> String {
    let out = std::process::Command::new("sha256sum")
        .arg(path)
        .output()
        .expect("running sha256sum");
    assert!(out.status.success(), "sha256sum {}", path.display());
    String::from_utf8_lossy(&out.stdout)
        .split(' ')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Regression (issue 12, hole 2, the CVE-2019-5736 class): a hostile process in the
/// container (tests/fixtures/exe_prober.c, built static) stops every process that enters
/// its pid namespace from outside while `exec` runs and tries to open its /proc/PID/exe
/// for writing, open its /proc/PID/mem, ptrace it, and run `#!/proc/PID/exe`. All fail,
/// with the container's default capabilities and with every capability; the host binary
/// is unchanged. A rootful container given CAP_SYS_PTRACE may trace what enters it, as
/// with any runtime; there the exec'd process runs from a sealed in-memory copy, which can
/// neither be written nor lead to the host binary.
#[test]
fn the_process_entering_a_container_is_out_of_its_reach() {
    if !require_busybox() || !require_cmd("cc") {
        return;
    }
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exe_prober.c");
    for env in TestEnv::all() {
        env.import_busybox("bb");
        let dir = env.mkdir("prober");
        let prober = dir.join("exe_prober");
        let built = std::process::Command::new("cc")
            .args(["-static", "-O2", "-o"])
            .arg(&prober)
            .arg(&src)
            .status()
            .expect("running cc");
        assert!(built.success(), "building {}", src.display());
        env.chown_to_user(&dir);
        env.chown_to_user(&prober);
        let bin = if env.is_rootless() {
            berth_bin_for_users()
        } else {
            berth_bin()
        };
        let before = sha256(&bin);
        let libs: Vec<String> = ["/lib64", "/lib/x86_64-linux-gnu"]
            .iter()
            .filter_map(|d| {
                let real = std::fs::canonicalize(d).ok()?;
                Some(format!("{}:{d}:ro", real.display()))
            })
            .collect();
        for (name, caps) in [
            ("prober-default", &[][..]),
            ("prober-all", &["--cap-add", "ALL"]),
        ] {
            let what = format!("{} {name}", env.label());
            let vol = format!("{}:/probe:ro", dir.display());
            let mut args = vec!["run", "-d", "--name", name, "-v", &vol];
            // The host's loader and libraries, so that berth's binary, reached from
            // inside, would run there: `#!/proc/PID/exe` must fail for want of access,
            // not for want of a loader.
            args.extend(libs.iter().flat_map(|l| ["-v", l.as_str()]));
            args.extend_from_slice(caps);
            args.extend_from_slice(&["bb", "/probe/exe_prober", "300"]);
            env.berth(&args).success();
            let logs = || env.berth(&["logs", name]).success().stdout();
            let caught = |out: &str| -> Vec<String> {
                out.lines()
                    .filter(|l| l.starts_with("caught ") && !l.contains(" comm=true "))
                    .map(String::from)
                    .collect()
            };
            let end = std::time::Instant::now() + std::time::Duration::from_secs(30);
            while !logs().contains("ready") {
                assert!(
                    std::time::Instant::now() < end,
                    "{what}: no prober\n{}",
                    logs()
                );
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            for _ in 0..30 {
                env.berth(&["exec", name, "true"]).success();
                if !caught(&logs()).is_empty() {
                    break;
                }
            }
            let out = logs();
            env.berth(&["rm", "-f", name]).success();
            let lines = caught(&out);
            assert!(
                !lines.is_empty(),
                "{what}: the prober never saw exec's process before its execve\n{out}"
            );
            let traceable = !env.is_rootless() && !caps.is_empty();
            for line in &lines {
                let field = |k: &str| {
                    line.split(' ')
                        .find_map(|f| f.strip_prefix(&format!("{k}=")))
                        .unwrap_or_default()
                        .to_string()
                };
                assert_ne!(
                    field("exe_w"),
                    "ok",
                    "{what}: exe opened for writing\n{line}"
                );
                assert!(
                    !field("exe").contains(bin.to_str().unwrap()),
                    "{what}: /proc/PID/exe leads to the host binary\n{line}"
                );
                if traceable {
                    assert!(field("exe").starts_with("/memfd:"), "{what}\n{line}");
                } else {
                    for attack in ["mem", "ptrace", "reexec"] {
                        assert_ne!(field(attack), "ok", "{what}: {attack} got through\n{line}");
                    }
                }
            }
        }
        assert_eq!(
            sha256(&bin),
            before,
            "{}: the host binary changed",
            env.label()
        );
    }
}

/// Regression (issue 12, hole 2, `--init`): PID 1 of an `--init` container never execs the
/// command, so it must not run the host's berth binary. It runs berth's init program from
/// a sealed memfd, non-dumpable: from inside, /proc/1/exe cannot be read nor opened for
/// writing, /proc/1/environ and /proc/1/mem stay closed to the container's root; seen from
/// the host its exe is the memfd, not berth's binary, which is unchanged. Rootless, `exec`
/// (run as the user) still joins it, and the init still forwards `stop`'s signal.
#[test]
fn pid1_of_an_init_container_is_out_of_reach() {
    if !require_busybox() {
        return;
    }
    const PROBE: &str = "echo joined; \
        readlink /proc/1/exe || echo exe_unreadable; \
        (echo x > /proc/1/exe) 2>/dev/null && echo exe_written || echo exe_w_refused; \
        (exec 3<>/proc/1/exe) 2>/dev/null && echo exe_opened_rw || echo exe_rw_refused; \
        cat /proc/1/environ >/dev/null 2>&1 && echo environ_read || echo environ_refused; \
        (exec 3</proc/1/mem) 2>/dev/null && echo mem_opened || echo mem_refused";
    for env in TestEnv::all() {
        env.import_busybox("bb");
        let bin = if env.is_rootless() {
            berth_bin_for_users()
        } else {
            berth_bin()
        };
        let before = sha256(&bin);
        env.berth(&[
            "run",
            "-d",
            "--init",
            "--name",
            "with-init",
            "bb",
            "sleep",
            "300",
        ])
        .success();
        let pid = env
            .berth(&["inspect", "-f", "{{.State.Pid}}", "with-init"])
            .success()
            .stdout();
        let host_exe = std::fs::read_link(format!("/proc/{}/exe", pid.trim()))
            .map(|p| p.display().to_string())
            .unwrap_or_else(|e| panic!("{}: readlink /proc/{}/exe: {e}", env.label(), pid.trim()));
        let out = env
            .berth(&["exec", "with-init", "sh", "-c", PROBE])
            .success()
            .stdout();
        let stopped = env.berth(&["stop", "with-init"]).run();
        let code = env
            .berth(&["inspect", "-f", "{{.State.ExitCode}}", "with-init"])
            .success()
            .stdout();
        env.berth(&["rm", "-f", "with-init"]).success();
        let what = format!("{}\n{out}", env.label());
        assert!(out.contains("joined"), "{what}");
        assert!(
            host_exe.starts_with("/memfd:berth-init"),
            "{what}: PID 1 runs {host_exe}"
        );
        assert!(!host_exe.contains(bin.to_str().unwrap()), "{what}");
        for refused in [
            "exe_unreadable",
            "exe_w_refused",
            "exe_rw_refused",
            "environ_refused",
            "mem_refused",
        ] {
            assert!(out.contains(refused), "{what}: expected {refused}");
        }
        assert!(stopped.status.success(), "{}: stop", env.label());
        assert_eq!(
            code.trim(),
            "143",
            "{}: SIGTERM passed on to sleep",
            env.label()
        );
        assert_eq!(
            sha256(&bin),
            before,
            "{}: the host binary changed",
            env.label()
        );
    }
}
