//! `berth version`, `berth info`, `berth completion` and the built-in hello-world image,
//! through the real binary, as root and rootless.

use crate::common;

use common::*;

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_str(&out.stdout()).unwrap_or_else(|e| panic!("not JSON ({e})\n{out}"))
}

#[test]
fn version_text_and_json() {
    for env in TestEnv::all() {
        let out = env.berth(&["version"]).success();
        let text = out.stdout();
        assert!(text.starts_with("Client:\n"), "{out}");
        assert!(text.contains(env!("CARGO_PKG_VERSION")), "{out}");
        assert!(text.contains("OS/Arch:"), "{out}");
        let out = env.berth(&["version", "--format", "json"]).success();
        let v = json(&out);
        assert_eq!(v["Client"]["Version"], env!("CARGO_PKG_VERSION"), "{out}");
        assert_eq!(v["Client"]["Os"], "linux", "{out}");
        // A Go template: text without actions prints as it is (docker's), a field that
        // does not exist fails.
        let out = env.berth(&["version", "--format", "yaml"]).success();
        assert_eq!(out.stdout(), "yaml\n");
        env.berth(&["version", "--format", "{{.Yaml}}"])
            .run()
            .berth_error();
    }
}

#[test]
fn info_reports_paths_mode_and_counts() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        let out = env.berth(&["info", "--format", "json"]).success();
        let v = json(&out);
        assert_eq!(v["StoreRoot"], env.root().display().to_string(), "{out}");
        assert_eq!(v["RunRoot"], env.runroot().display().to_string(), "{out}");
        assert_eq!(v["Rootless"], env.is_rootless(), "{out}");
        assert_eq!(v["Images"], 0, "{out}");
        assert_eq!(v["Containers"], 0, "{out}");
        assert!(
            ["1", "2", ""].contains(&v["CgroupVersion"].as_str().unwrap()),
            "{out}"
        );
        assert!(v["CgroupControllers"].is_array(), "{out}");
        for key in ["Overlay", "UserNamespaces", "Seccomp"] {
            assert!(v[key].is_boolean(), "{key}\n{out}");
        }
        assert!(!v["KernelVersion"].as_str().unwrap().is_empty(), "{out}");

        env.import_busybox("bb");
        let v = json(&env.berth(&["info", "--format", "json"]).success());
        assert_eq!(v["Images"], 1);

        let out = env.berth(&["info"]).success();
        for needle in [
            "Storage:",
            "Root:",
            "Images:",
            "Cgroup version:",
            "User namespaces:",
        ] {
            assert!(out.stdout().contains(needle), "missing {needle}\n{out}");
        }
        env.berth(&["info", "--format", "{{.Bogus"])
            .run()
            .berth_error();
    }
}

#[test]
fn info_does_not_create_the_store() {
    for env in TestEnv::all() {
        let root = env.work().join("not-yet");
        let out = env
            .berth(&["info", "--format", "json"])
            .env("BERTH_ROOT", &root)
            .success();
        assert_eq!(json(&out)["Images"], 0);
        assert!(!root.exists(), "info created {}", root.display());
    }
}

#[test]
fn completion_scripts_match_the_checked_in_files() {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for env in TestEnv::all() {
        for (shell, file) in [
            ("bash", "completions/berth.bash"),
            ("zsh", "completions/_berth"),
            ("fish", "completions/berth.fish"),
        ] {
            let out = env.berth(&["completion", shell]).success();
            let want = std::fs::read(repo.join(file)).unwrap();
            assert!(
                out.stdout == want,
                "berth completion {shell} differs from {file}; refresh with \
                 BERTH_UPDATE_GENERATED=1 cargo test --test it generated_files::"
            );
        }
        env.berth(&["completion", "tcsh"]).run().berth_error();
    }
}

#[test]
fn hello_world_runs_offline_and_explains_itself() {
    for env in TestEnv::all() {
        let out = env.berth(&["run", "--rm", "hello-world"]).success();
        let text = out.stdout();
        assert!(text.contains("Hello from berth!"), "{out}");
        assert!(text.contains("No daemon"), "{out}");
        assert!(out.stderr().is_empty(), "{out}");
        // Imported once, then found in the store; --rm left no container behind.
        let out = env.berth(&["images"]).success();
        assert!(out.stdout().contains("hello-world"), "{out}");
        env.berth(&["run", "--rm", "hello-world"]).success();
        let out = env.berth(&["ps", "-a", "-q"]).success();
        assert_eq!(out.stdout().trim(), "", "{out}");
    }
}

#[test]
fn boolean_flags_take_an_optional_true_or_false() {
    for env in TestEnv::all() {
        // `=true` and `=false` are accepted in the long and the short form.
        let out = env
            .berth(&[
                "run",
                "--rm=true",
                "-d=false",
                "--interactive=false",
                "--read-only=true",
                "--privileged=false",
                "--init=false",
                "--sig-proxy=true",
                "hello-world",
            ])
            .success();
        assert!(out.stdout().contains("Hello from berth!"), "{out}");
        let out = env.berth(&["ps", "-a=true", "--quiet=true"]).success();
        assert_eq!(out.stdout().trim(), "", "--rm=true removed it: {out}");
        // `--rm=false` keeps the container; a plain flag before the image takes no value.
        env.berth(&["run", "--rm=false", "hello-world"]).success();
        let out = env.berth(&["ps", "-aq"]).success();
        assert_eq!(out.stdout().lines().count(), 1, "{out}");
        let out = env.berth(&["ps", "-a", "--quiet=false"]).success();
        assert!(out.stdout().contains("CONTAINER ID"), "{out}");
        env.berth(&[
            "rm",
            "-f=true",
            "--volumes=false",
            out.stdout()
                .lines()
                .nth(1)
                .unwrap()
                .split_whitespace()
                .next()
                .unwrap(),
        ])
        .success();
        env.berth(&["run", "--rm", "--interactive", "hello-world"])
            .success();
        let out = env.berth(&["ps", "-aq"]).success();
        assert_eq!(out.stdout().trim(), "", "{out}");
        // Anything but a boolean is one usage error.
        env.berth(&["run", "--rm=maybe", "hello-world"])
            .run()
            .berth_error();
        env.berth(&["ps", "-a=yes"]).run().berth_error();
    }
}

#[test]
fn a_missing_argument_is_named_with_the_usage() {
    for env in TestEnv::all() {
        let out = env.berth(&["run", "--rm"]).run().berth_error();
        let err = out.stderr();
        assert!(
            err.contains("required arguments were not provided: <IMAGE>"),
            "{out}"
        );
        assert!(err.contains("Usage: berth run [OPTIONS] <IMAGE>"), "{out}");
        let out = env.berth(&["tag", "hello-world"]).run().berth_error();
        assert!(out.stderr().contains("provided: <TARGET_IMAGE"), "{out}");
    }
}
