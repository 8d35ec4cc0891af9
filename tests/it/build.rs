//! `build`: real Dockerfiles on the busybox image, as root and rootless: every instruction,
//! the cache rules, multi-stage, contexts from a directory, a tar and stdin, and hostile
//! Dockerfiles and contexts (one line, status 125).

use crate::common;

use std::path::PathBuf;

use common::*;

/// A build context under the env's work dir holding `files` (path, contents).
fn context(env: &TestEnv, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = env.mkdir(name);
    for (path, data) in files {
        env.write_file(&format!("{name}/{path}"), data);
    }
    // Parent directories write_file made belong to root: hand them to the env's user.
    for entry in walk(&dir) {
        env.chown_to_user(&entry);
    }
    dir
}

fn walk(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() && !p.is_symlink() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

fn build(env: &TestEnv, args: &[&str], dir: &std::path::Path) -> Output {
    let mut all: Vec<String> = vec!["build".into()];
    all.extend(args.iter().map(|s| s.to_string()));
    all.push(dir.display().to_string());
    env.berth(&all).run()
}

fn run_out(env: &TestEnv, image: &str, script: &str) -> Vec<String> {
    env.berth(&["run", "--rm", "--entrypoint=", image, "sh", "-c", script])
        .success()
        .stdout_lines()
}

/// Lines of stderr that say a step came from the cache.
fn cache_hits(out: &Output) -> usize {
    out.stderr().matches("--> Using cache").count()
}

const COMMON: &str = r#"FROM bb
MAINTAINER someone <someone@example.com>
ENV GREETING=hi PATH=/usr/local/bin:/bin
WORKDIR /app
RUN echo "$GREETING there" > out && mkdir -p sub
COPY a.txt .
COPY d /app/dd/
ARG V=1
RUN echo "v=$V" > /app/v
EXPOSE 8080 53/udp
LABEL org.example.name="my app" version=1
USER tester
VOLUME /data
STOPSIGNAL SIGINT
HEALTHCHECK --interval=5s --retries=2 CMD cat /app/out
SHELL ["/bin/sh", "-ec"]
ENTRYPOINT ["sh", "-c"]
CMD ["cat /app/out"]
"#;

#[test]
fn common_dockerfile_builds_runs_and_is_cached() {
    for env in TestEnv::all_with_busybox() {
        let dir = context(
            &env,
            "ctx",
            &[("Dockerfile", COMMON), ("a.txt", "hello\n"), ("d/x", "x\n")],
        );
        let out = build(&env, &["-t", "app:1"], &dir);
        assert_eq!(out.code(), Some(0), "{}\n{out}", env.label());
        let id = out.stdout().trim().to_string();
        assert!(id.starts_with("sha256:"), "{out}");
        assert_eq!(cache_hits(&out), 0, "{out}");

        assert_eq!(
            run_out(
                &env,
                "app:1",
                "cat /app/out /app/a.txt /app/dd/x /app/v; pwd; id -u"
            ),
            ["hi there", "hello", "x", "v=1", "/app", "1000"],
            "{}",
            env.label()
        );
        let cfg = env.berth(&["image", "inspect", "app:1"]).success().stdout();
        let v: serde_json::Value = serde_json::from_str(&cfg).unwrap();
        let c = &v[0]["Config"];
        assert_eq!(c["User"], "tester", "{cfg}");
        assert_eq!(c["WorkingDir"], "/app", "{cfg}");
        assert_eq!(c["Entrypoint"], serde_json::json!(["sh", "-c"]), "{cfg}");
        assert_eq!(c["Cmd"], serde_json::json!(["cat /app/out"]), "{cfg}");
        assert_eq!(c["StopSignal"], "SIGINT", "{cfg}");
        assert_eq!(c["Labels"]["org.example.name"], "my app", "{cfg}");
        assert!(c["ExposedPorts"]["8080/tcp"].is_object(), "{cfg}");
        assert!(c["ExposedPorts"]["53/udp"].is_object(), "{cfg}");
        assert!(c["Volumes"]["/data"].is_object(), "{cfg}");
        assert_eq!(c["Shell"], serde_json::json!(["/bin/sh", "-ec"]), "{cfg}");
        assert_eq!(
            c["Healthcheck"]["Test"],
            serde_json::json!(["CMD-SHELL", "cat /app/out"]),
            "{cfg}"
        );
        assert_eq!(c["Healthcheck"]["Interval"], 5_000_000_000u64, "{cfg}");
        assert_eq!(c["Healthcheck"]["Retries"], 2, "{cfg}");
        // The image's own command.
        let own = env.berth(&["run", "--rm", "app:1"]).success();
        assert_eq!(own.stdout_lines(), ["hi there"], "{}", env.label());

        // history: every step, newest first, with docker's columns.
        let hist = env
            .berth(&[
                "history",
                "--no-trunc",
                "--format",
                "{{.CreatedBy}}|{{.Size}}",
                "app:1",
            ])
            .success()
            .stdout_lines();
        assert_eq!(hist.len(), 17, "{hist:?}");
        assert_eq!(
            hist[0].split('|').next(),
            Some("CMD [\"cat /app/out\"]"),
            "{hist:?}"
        );
        assert!(
            hist.iter()
                .any(|l| l.starts_with("RUN /bin/sh -c echo \"v=$V\"")),
            "{hist:?}"
        );
        assert!(
            hist.iter().any(|l| l.starts_with("COPY a.txt .|")),
            "{hist:?}"
        );

        // Intermediate images are hidden from `images`, shown with -a.
        let listed = env.berth(&["images", "-q"]).success().stdout_lines().len();
        let all = env
            .berth(&["images", "-a", "-q"])
            .success()
            .stdout_lines()
            .len();
        assert_eq!(listed, 2, "bb and app:1");
        assert!(all > listed + 10, "{all}");

        // Fully cached: every step, the same id.
        let again = build(&env, &["-t", "app:2"], &dir);
        assert_eq!(again.code(), Some(0), "{again}");
        assert_eq!(again.stdout().trim(), id, "{again}");
        assert_eq!(cache_hits(&again), 16, "{again}");

        // A changed file: its COPY and what follows are rebuilt, not what came before.
        env.write_file("ctx/a.txt", "changed\n");
        let changed = build(&env, &["-t", "app:3"], &dir);
        assert_eq!(changed.code(), Some(0), "{changed}");
        assert_ne!(changed.stdout().trim(), id);
        assert_eq!(
            cache_hits(&changed),
            4,
            "ENV WORKDIR RUN before the COPY\n{changed}"
        );
        assert_eq!(
            run_out(&env, "app:3", "cat /app/a.txt"),
            ["changed"],
            "{}",
            env.label()
        );

        // A different build arg: the RUN that sees it (and what follows) is rebuilt.
        let arg = build(&env, &["--build-arg", "V=2", "-t", "app:4"], &dir);
        assert_eq!(arg.code(), Some(0), "{arg}");
        assert_eq!(cache_hits(&arg), 6, "{arg}");
        assert_eq!(run_out(&env, "app:4", "cat /app/v"), ["v=2"]);

        // --no-cache: nothing from the cache.
        let fresh = build(&env, &["--no-cache", "-q"], &dir);
        assert_eq!(fresh.code(), Some(0), "{fresh}");
        assert_eq!(fresh.stdout_lines().len(), 1, "{fresh}");
        assert_eq!(cache_hits(&fresh), 0, "{fresh}");

        // No step container is left behind.
        let ps = env.berth(&["ps", "-a", "-q"]).success();
        assert!(ps.stdout().trim().is_empty(), "{ps}");
    }
}

#[test]
fn bad_dockerfiles_fail_with_one_line() {
    for env in TestEnv::all_with_busybox() {
        let cases: &[(&str, &str)] = &[
            (
                "FROM bb\nRUNN echo hi\n",
                "Dockerfile:2: unknown instruction: RUNN",
            ),
            (
                "FROM bb\nRUN false\n",
                "did not complete successfully: exit code: 1",
            ),
            ("FROM bb\nCOPY missing /x\n", "Dockerfile:2: COPY failed"),
            ("FROM no-such-image-here\n", "Dockerfile:1:"),
            ("FROM bb\nRUN echo \"unterminated\n", ""),
            ("ENV A=b\n", "no build stage"),
            ("FROM bb\nCOPY a b /dest\n", "Dockerfile:2:"),
        ];
        for (i, (text, want)) in cases.iter().enumerate() {
            let dir = context(
                &env,
                &format!("bad{i}"),
                &[("Dockerfile", text), ("a", "a"), ("b", "b")],
            );
            let out = build(&env, &["-q", "--pull=never"], &dir).berth_error();
            assert!(
                out.stderr().contains(want),
                "{}: {text:?}\n{out}",
                env.label()
            );
        }
        let dir = context(&env, "target", &[("Dockerfile", "FROM bb AS one\n")]);
        build(&env, &["-q", "--target", "two"], &dir)
            .berth_error()
            .stderr_contains("target stage \"two\" could not be found");
    }
}
