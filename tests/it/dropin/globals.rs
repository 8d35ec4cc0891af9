//! podman's global flags: accepted where berth can honour them, reported where it ignores
//! them, refused with one line where it has no such mode; the last of a repeated flag wins.

use crate::common::*;

#[test]
fn global_flags_as_podman_scripts_pass_them() {
    for env in TestEnv::all_with_busybox() {
        // No remote mode: one line, 125.
        for flag in [
            "--url=unix:///run/podman/podman.sock",
            "--remote",
            "--connection=x",
        ] {
            env.berth(&[flag, "ps"])
                .run()
                .berth_error()
                .stderr_contains("no remote mode");
        }
        // Another runtime's flags: accepted, said to be ignored.
        env.berth(&[
            "--runtime",
            "crun",
            "--runtime-flag",
            "debug",
            "--conmon",
            "/x",
            "ps",
        ])
        .success()
        .stderr_contains("--runtime is ignored");
        env.berth(&[
            "--cgroup-manager",
            "cgroupfs",
            "--events-backend",
            "none",
            "--tmpdir",
            "/tmp",
            "ps",
        ])
        .success();
        env.berth(&["--cgroup-manager", "nope", "ps"])
            .run()
            .berth_error();
        for level in ["trace", "debug", "info", "warn", "error", "fatal", "panic"] {
            env.berth(&["--log-level", level, "ps"]).success();
        }
        env.berth(&["--log-level", "loud", "ps"])
            .run()
            .berth_error();

        // --noout: berth's own stdout is gone, the container's is not.
        let out = env
            .berth(&["--noout", "create", "--name", "quiet", "bb", "true"])
            .success();
        assert_eq!(out.stdout(), "", "{out}");
        let out = env
            .berth(&["--noout", "run", "--rm", "bb", "echo", "hi"])
            .success();
        assert_eq!(out.stdout(), "hi\n", "{out}");

        // The last of a repeated flag wins; list flags accumulate.
        let out = env
            .berth(&["ps", "-a", "--format", "{{.ID}}", "--format", "{{.Names}}"])
            .success();
        assert_eq!(out.stdout_lines(), ["quiet"]);
        let out = env
            .berth(&[
                "ps",
                "-a",
                "--filter",
                "name=quiet",
                "--filter",
                "name=other",
                "--format",
                "{{.Names}}",
            ])
            .success();
        assert_eq!(out.stdout_lines(), ["quiet"]);
        let out = env
            .berth(&[
                "--root",
                "/nonexistent/one",
                "--root",
                &env.root().display().to_string(),
                "ps",
                "-aq",
            ])
            .success();
        assert_eq!(out.stdout_lines().len(), 1, "{out}");

        // --storage-driver: vfs is berth's copy driver; others are refused.
        let out = env
            .berth(&["--storage-driver", "vfs", "info", "--format", "{{.Driver}}"])
            .success();
        assert_eq!(out.stdout().trim(), "copy");
        env.berth(&["--storage-driver", "vfs", "run", "--rm", "bb", "true"])
            .success();
        env.berth(&["--storage-driver", "btrfs", "ps"])
            .run()
            .berth_error()
            .stderr_contains("--storage-driver");
        env.berth(&["rm", "quiet"]).success();
    }
}

#[test]
fn version_and_info_fields_podman_scripts_read() {
    for env in TestEnv::all() {
        let out = env
            .berth(&[
                "version",
                "--format",
                "{{.Client.Version}}|{{.Server.Version}}|{{.Version}}|{{.Client.APIVersion}}|{{.Client.GoVersion}}|{{.Client.OsArch}}",
            ])
            .success();
        let v = out.stdout();
        let f: Vec<&str> = v.trim().split('|').collect();
        assert_eq!(f.len(), 6, "{out}");
        assert!(f[..4].iter().all(|x| *x == f[0] && !x.is_empty()), "{out}");
        assert!(!f[4].is_empty() && f[5].starts_with("linux/"), "{out}");
        env.berth(&["version", "--format", "{{.Client.Nope}}"])
            .run()
            .berth_error();
        let out = env
            .berth(&[
                "info",
                "--format",
                "{{.Host.OCIRuntime.Name}}|{{.Host.NetworkBackend}}|{{.Host.CgroupManager}}|{{.Host.Security.Rootless}}|{{.Store.GraphRoot}}|{{.Store.RunRoot}}|{{.Store.GraphDriverName}}|{{.Store.ImageStore.Number}}",
            ])
            .success();
        let text = out.stdout();
        let f: Vec<&str> = text.trim().split('|').collect();
        assert_eq!(f[0], "berth", "{out}");
        assert_eq!(f[2], "cgroupfs", "{out}");
        assert_eq!(f[3], env.is_rootless().to_string(), "{out}");
        assert_eq!(f[4], env.root().display().to_string(), "{out}");
        assert_eq!(f[5], env.runroot().display().to_string(), "{out}");
        assert!(!f[6].is_empty() && !f[1].is_empty(), "{out}");
        assert_eq!(f[7], "0", "{out}");
    }
}
