//! `build`: real Dockerfiles on the busybox image, as root and rootless: every instruction,
//! the cache rules, multi-stage, contexts from a directory, a tar and stdin, and hostile
//! Dockerfiles and contexts (one line, status 125).

use crate::common;

use std::path::PathBuf;

use common::registry::{Registry, require_registry_tools};
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
        assert_eq!(v[0]["Author"], "someone <someone@example.com>", "{cfg}");
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
        let hist = history_lines(&env, "app:1");
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
            ("FROM bb\nCOPY missing /x\n", "Dockerfile:2: COPY failed"),
            ("FROM no-such-image-here\n", "Dockerfile:1:"),
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
        // Failed steps' containers are removed (--force-rm defaults to true) ...
        let ps = || {
            env.berth(&["ps", "-a", "-q"])
                .success()
                .stdout_lines()
                .len()
        };
        assert_eq!(ps(), 0, "{}", env.label());
        // ... unless asked to keep them.
        let dir = context(&env, "keep", &[("Dockerfile", "FROM bb\nRUN false\n")]);
        build(&env, &["-q", "--force-rm=false"], &dir).error_status(1);
        assert_eq!(ps(), 1, "{}", env.label());
        let dir = context(&env, "target", &[("Dockerfile", "FROM bb AS one\n")]);
        build(&env, &["-q", "--target", "two"], &dir)
            .berth_error()
            .stderr_contains("target stage \"two\" could not be found");
    }
}

/// The context defaults to the current directory, and a relative `-f` not found from here
/// is looked up in the context, as podman's build does; a missing one is one line, 125.
#[test]
fn context_defaults_to_here_and_file_is_found_in_the_context() {
    for env in TestEnv::all_with_busybox() {
        let dir = context(
            &env,
            "here",
            &[("Containerfile1", "FROM bb\nLABEL which=one\n")],
        );
        let other = env.mkdir("elsewhere");
        env.chown_to_user(&other);
        let label = |image: &str| {
            env.berth(&[
                "image",
                "inspect",
                "--format",
                "{{.Config.Labels.which}}",
                image,
            ])
            .success()
            .stdout()
            .trim()
            .to_string()
        };
        let ctx = dir.display().to_string();
        env.berth(&["build", "-q", "-t", "f:1", "-f", "Containerfile1", &ctx])
            .current_dir(&other)
            .success();
        assert_eq!(label("f:1"), "one", "{}", env.label());
        env.berth(&["build", "-q", "-t", "f:2", "-f", "Containerfile1"])
            .current_dir(&dir)
            .success();
        assert_eq!(label("f:2"), "one", "{}", env.label());
        env.berth(&["build", "-q", "-f", "Containerfile2", &ctx])
            .current_dir(&other)
            .run()
            .berth_error()
            .stderr_contains("Containerfile2: no such file or directory");
    }
}

/// A failing RUN ends the build with the step's own status, as podman's build does (a
/// command that cannot be found as 127); a bad Dockerfile stays 125.
#[test]
fn a_failing_run_step_exits_with_its_status() {
    for env in TestEnv::all_with_busybox() {
        let cases: &[(&str, i32, &str)] = &[
            (
                "FROM bb\nRUN true\nRUN exit 17\n",
                17,
                "Dockerfile:3: building at STEP \"RUN exit 17\": exit status 17",
            ),
            (
                "FROM bb\nRUN false\n",
                1,
                "Dockerfile:2: building at STEP \"RUN false\": exit status 1",
            ),
            (
                "FROM bb\nRUN echo to-stdout && exit 255\n",
                255,
                "Dockerfile:2: building at STEP \"RUN echo to-stdout && exit 255\": exit status 255",
            ),
            // The shell, not the parser, refuses an unterminated quote.
            ("FROM bb\nRUN echo \"unterminated\n", 2, "exit status 2"),
            ("FROM bb\nRUN [\"/no/such/cmd\"]\n", 127, "Dockerfile:2:"),
            (
                "FROM bb\nRUNN true\n",
                125,
                "Dockerfile:2: unknown instruction",
            ),
        ];
        for (i, (text, code, want)) in cases.iter().enumerate() {
            let dir = context(&env, &format!("fail{i}"), &[("Dockerfile", text)]);
            build(&env, &["-q", "-t", "never:made"], &dir)
                .error_status(*code)
                .stderr_contains(want);
            // Nothing was tagged and no step container is left.
            env.berth(&["image", "exists", "never:made"])
                .failure_code(1);
            let ps = env.berth(&["ps", "-a", "-q"]).success();
            assert!(ps.stdout().trim().is_empty(), "{}: {ps}", env.label());
        }
    }
}

/// `history --no-trunc` of `image` as `CREATED BY|SIZE` lines, newest first.
fn history_lines(env: &TestEnv, image: &str) -> Vec<String> {
    let format = "{{.CreatedBy}}|{{.Size}}";
    env.berth(&["history", "--no-trunc", "--format", format, image])
        .success()
        .stdout_lines()
}

/// How many layers `image` has (inspect's RootFS.Layers).
fn layer_count(env: &TestEnv, image: &str) -> usize {
    let out = env
        .berth(&[
            "image",
            "inspect",
            "--format",
            "{{len .RootFS.Layers}}",
            image,
        ])
        .success();
    out.stdout().trim().parse().expect("a number")
}

/// `FROM scratch` starts with no layer: one COPY makes a one-layer image whose history is
/// that step alone, metadata steps add no layer, and a stage built on it runs.
#[test]
fn scratch_images_hold_only_their_own_layers() {
    for env in TestEnv::all_with_busybox() {
        let df = "FROM scratch\n\
                  ENV PATH=/bin\n\
                  COPY --from=bb /bin/busybox /bin/sh\n\
                  LABEL made=here\n\
                  CMD [\"/bin/sh\", \"-c\", \"echo from-scratch\"]\n";
        let dir = context(&env, "scratch", &[("Dockerfile", df), ("a", "a")]);
        build(&env, &["-q", "-t", "sc:one"], &dir).success();
        assert_eq!(layer_count(&env, "sc:one"), 1, "{}", env.label());
        let hist = history_lines(&env, "sc:one");
        assert_eq!(hist.len(), 4, "{}: {hist:?}", env.label());
        assert!(hist[2].starts_with("COPY"), "{hist:?}");
        assert!(!hist[2].ends_with("|0B"), "{hist:?}");
        let out = env.berth(&["run", "--rm", "sc:one"]).success();
        assert_eq!(out.stdout().trim(), "from-scratch", "{out}");

        // A stage of only metadata has no layer; a RUN on nothing finds no shell (127).
        let dir = context(&env, "bare", &[("Dockerfile", "FROM scratch\nLABEL a=b\n")]);
        build(&env, &["-q", "-t", "sc:bare"], &dir).success();
        assert_eq!(layer_count(&env, "sc:bare"), 0, "{}", env.label());
        let dir = context(&env, "norun", &[("Dockerfile", "FROM scratch\nRUN true\n")]);
        build(&env, &["-q"], &dir).error_status(127);
        // COPY into an empty stage, then RUN with the shell it brought.
        let dir = context(
            &env,
            "sc2",
            &[
                (
                    "Dockerfile",
                    "FROM sc:bare\nCOPY a /a\nCOPY --from=bb /bin/busybox /bin/sh\n\
                 RUN [\"/bin/sh\", \"-c\", \"echo ran > /b\"]\n",
                ),
                ("a", "a\n"),
            ],
        );
        build(&env, &["-q", "-t", "sc:two"], &dir).success();
        assert_eq!(layer_count(&env, "sc:two"), 3, "{}", env.label());
        let out = env
            .berth(&["run", "--rm", "sc:two", "/bin/sh", "-c", "cat /a /b"])
            .success();
        assert_eq!(out.stdout_lines(), ["a", "ran"], "{out}");
    }
}

/// A gzipped tar holding `files`, for ADD.
fn tarball(files: &[(&str, &str)]) -> Vec<u8> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let mut b = tar::Builder::new(gz);
    for (name, data) in files {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o755);
        h.set_uid(1000);
        h.set_gid(1000);
        h.set_cksum();
        b.append_data(&mut h, name, data.as_bytes()).unwrap();
    }
    b.into_inner().unwrap().finish().unwrap()
}

#[test]
fn multi_stage_target_and_copy_from() {
    for env in TestEnv::all_with_busybox() {
        let df = "ARG BASE=bb\n\
                  FROM $BASE AS builder\n\
                  RUN mkdir -p /out && echo built > /out/artifact && ln -s /etc/shadow /out/link\n\
                  FROM bb AS broken\n\
                  RUN exit 3\n\
                  FROM builder AS tested\n\
                  RUN test -f /out/artifact\n\
                  FROM bb\n\
                  COPY --from=builder /out/ /opt/\n\
                  COPY --from=0 /out/artifact /opt/again\n\
                  COPY --from=bb /bin/busybox /opt/bb-copy\n\
                  RUN --mount=type=bind,from=builder,source=../../out,target=/in cat /in/artifact > /bound && readlink /in/link >> /bound\n";
        let dir = context(&env, "ms", &[("Dockerfile", df)]);
        // The broken stage is not needed by the last one: never built.
        let out = build(&env, &["-t", "ms:final"], &dir);
        assert_eq!(out.code(), Some(0), "{}\n{out}", env.label());
        assert!(!out.stderr().contains("exit 3"), "{out}");
        assert_eq!(
            run_out(
                &env,
                "ms:final",
                "cat /opt/artifact /opt/again; readlink /opt/link; test -x /opt/bb-copy && echo bb; \
                 cat /bound; test -e /in || echo no-in"
            ),
            [
                "built",
                "built",
                "/etc/shadow",
                "bb",
                "built",
                "/etc/shadow",
                "no-in"
            ],
            "{}",
            env.label()
        );
        // --target stops at a stage, building only what it needs.
        let t = build(&env, &["-t", "ms:tested", "--target", "tested"], &dir);
        assert_eq!(t.code(), Some(0), "{t}");
        assert_eq!(run_out(&env, "ms:tested", "cat /out/artifact"), ["built"]);
        build(&env, &["-q", "--target", "broken"], &dir)
            .error_status(3)
            .stderr_contains("Dockerfile:5: building at STEP \"RUN exit 3\": exit status 3");
    }
}

#[test]
fn reference_examples_on_busybox() {
    for env in TestEnv::all_with_busybox() {
        // A centos-style image: the old `ENV K V` form, WORKDIR chains, EXPOSE, shell CMD.
        let web = "From bb\n\
                   MAINTAINER ops <ops@example.com>\n\
                   ENV REFRESH_DATE 2015-04-01\n\
                   WORKDIR /a\n\
                   WORKDIR b\n\
                   WORKDIR c\n\
                   RUN pwd > /where && echo \"$REFRESH_DATE\" > /date\n\
                   RUN [\"/bin/sh\", \"-c\", \"echo exec form > /exec\"]\n\
                   EXPOSE 80\n\
                   CMD echo hello from $REFRESH_DATE\n";
        let dir = context(&env, "web", &[("Dockerfile", web)]);
        build(&env, &["-q", "-t", "web"], &dir).success();
        assert_eq!(
            run_out(&env, "web", "cat /where /date /exec; pwd"),
            ["/a/b/c", "2015-04-01", "exec form", "/a/b/c"]
        );
        env.berth(&["run", "--rm", "web"])
            .success()
            .stdout_contains("hello from 2015-04-01");

        // An app image: ADD of a tarball (extracted, owners kept) and an ENTRYPOINT that
        // takes CMD's words as arguments.
        let dir = context(
            &env,
            "app",
            &[
                (
                    "Dockerfile",
                    "FROM bb\n\
                 ADD app.tar.gz /usr/local/app/\n\
                 ADD [\"app.tar.gz\", \"plain.txt\", \"/multi/\"]\n\
                 ENTRYPOINT [\"/usr/local/app/run.sh\"]\n\
                 CMD [\"world\"]\n",
                ),
                ("plain.txt", "plain\n"),
            ],
        );
        let tgz = tarball(&[
            ("run.sh", "#!/bin/sh\necho \"hello $1\"\n"),
            ("lib/data", "d\n"),
        ]);
        std::fs::write(dir.join("app.tar.gz"), tgz).unwrap();
        env.chown_to_user(&dir.join("app.tar.gz"));
        build(&env, &["-q", "-t", "app"], &dir).success();
        env.berth(&["run", "--rm", "app"])
            .success()
            .stdout_contains("hello world");
        env.berth(&["run", "--rm", "app", "there"])
            .success()
            .stdout_contains("hello there");
        assert_eq!(
            run_out(
                &env,
                "app",
                "stat -c '%u %n' /usr/local/app/run.sh; cat /multi/lib/data /multi/plain.txt"
            ),
            ["1000 /usr/local/app/run.sh", "d", "plain"]
        );

        // ONBUILD through two generations: the triggers run in the child, not the grandchild.
        let base = context(
            &env,
            "onbuild",
            &[
                (
                    "Dockerfile",
                    "FROM bb\nONBUILD COPY index.html /www/\nONBUILD RUN echo triggered >> /www/log\n",
                ),
                ("index.html", "<h1>hi</h1>\n"),
            ],
        );
        build(&env, &["-q", "-t", "ob-base"], &base).success();
        let cfg = env
            .berth(&["image", "inspect", "ob-base"])
            .success()
            .stdout();
        assert!(
            cfg.contains("ONBUILD") || cfg.contains("COPY index.html /www/"),
            "{cfg}"
        );
        std::fs::write(
            base.join("Dockerfile.child"),
            "FROM ob-base\nRUN cat /www/index.html /www/log\n",
        )
        .unwrap();
        let child = env
            .berth(&[
                "build",
                "-t",
                "ob-child",
                "-f",
                &base.join("Dockerfile.child").display().to_string(),
                &base.display().to_string(),
            ])
            .success();
        assert!(
            child.stderr().contains("<h1>hi</h1>") && child.stderr().contains("triggered"),
            "{child}"
        );
        std::fs::write(
            base.join("Dockerfile.grand"),
            "FROM ob-child\nRUN cat /www/log\n",
        )
        .unwrap();
        env.berth(&[
            "build",
            "-q",
            "-t",
            "ob-grand",
            "-f",
            &base.join("Dockerfile.grand").display().to_string(),
            &base.display().to_string(),
        ])
        .success();
        assert_eq!(
            run_out(&env, "ob-grand", "cat /www/log"),
            ["triggered"],
            "once, in the child only"
        );
        let inspect = env
            .berth(&[
                "image",
                "inspect",
                "--format",
                "{{json .Config.OnBuild}}",
                "ob-child",
            ])
            .success();
        assert_eq!(inspect.stdout().trim(), "null", "{inspect}");
    }
}

#[test]
fn contexts_from_stdin_tar_and_dockerignore() {
    for env in TestEnv::all_with_busybox() {
        let dir = context(
            &env,
            "ig",
            &[
                (
                    "Dockerfile",
                    "FROM bb\nCOPY . /ctx/\nRUN find /ctx -type f | sort\n",
                ),
                (".dockerignore", "secret*\n**/*.log\n!keep.log\n"),
                ("secret.key", "k"),
                ("a/b/debug.log", "l"),
                ("keep.log", "keep"),
                ("app/main.sh", "echo"),
            ],
        );
        build(&env, &["-q", "-t", "ig"], &dir).success();
        let files = run_out(&env, "ig", "cd /ctx && find . -type f | sort");
        assert_eq!(
            files,
            [
                "./.dockerignore",
                "./Dockerfile",
                "./app/main.sh",
                "./keep.log"
            ],
            "{}",
            env.label()
        );

        // -f -: the Dockerfile on stdin, the context a directory.
        let out = env
            .berth(&["build", "-q", "-f", "-", &dir.display().to_string()])
            .stdin("FROM bb\nCOPY keep.log /k\n")
            .success();
        let id = out.stdout().trim().to_string();
        assert_eq!(run_out(&env, &id, "cat /k"), ["keep"]);

        // A tar context on stdin, with its Dockerfile inside; and a local tar file.
        let mut b = tar::Builder::new(Vec::new());
        for (name, data) in [("Dockerfile", "FROM bb\nCOPY f /f\n"), ("f", "from tar\n")] {
            let mut h = tar::Header::new_gnu();
            h.set_size(data.len() as u64);
            h.set_mode(0o644);
            h.set_cksum();
            b.append_data(&mut h, name, data.as_bytes()).unwrap();
        }
        let tar = b.into_inner().unwrap();
        let out = env
            .berth(&["build", "-q", "-t", "fromtar", "-"])
            .stdin(tar.clone())
            .success();
        assert!(out.stdout().starts_with("sha256:"), "{out}");
        assert_eq!(run_out(&env, "fromtar", "cat /f"), ["from tar"]);
        let tar_path = env.write_file("ctx.tar", &tar);
        let iid = env.work().join("iid");
        env.berth(&[
            "build",
            "-q",
            "--iidfile",
            &iid.display().to_string(),
            &tar_path.display().to_string(),
        ])
        .success();
        let written = std::fs::read_to_string(&iid).unwrap();
        assert!(
            written.starts_with("sha256:") && written.len() == 71,
            "{written:?}"
        );
        // A bare Dockerfile on stdin: an empty context.
        env.berth(&["build", "-q", "-t", "bare", "-"])
            .stdin("FROM bb\nRUN echo bare > /b\n")
            .success();
        assert_eq!(run_out(&env, "bare", "cat /b"), ["bare"]);
    }
}

#[test]
fn hostile_contexts_stay_inside() {
    for env in TestEnv::all_with_busybox() {
        let dir = context(
            &env,
            "hostile",
            &[
                (
                    "Dockerfile",
                    "FROM bb\nCOPY ../../../etc/hostname /climbed\nCOPY dir/ /d/\nWORKDIR ../../../w\nRUN pwd > /w/pwd\n",
                ),
                ("dir/f", "f"),
                ("etc/hostname", "in-context\n"),
            ],
        );
        std::os::unix::fs::symlink("/etc/passwd", dir.join("out")).unwrap();
        std::os::unix::fs::symlink("/etc", dir.join("dir/hostetc")).unwrap();
        let _ = std::process::Command::new("chown")
            .args([
                "-h",
                &env_owner(&env),
                &dir.join("out").display().to_string(),
                &dir.join("dir/hostetc").display().to_string(),
            ])
            .status();
        build(&env, &["-q", "-t", "hostile"], &dir).success();
        assert_eq!(
            run_out(
                &env,
                "hostile",
                "cat /climbed; readlink /d/hostetc; cat /w/pwd"
            ),
            ["in-context", "/etc", "/w"],
            "{}",
            env.label()
        );
        // A source that is a link out resolves inside the context (where /etc/passwd is not).
        std::fs::write(dir.join("Dockerfile"), "FROM bb\nCOPY out /copied\n").unwrap();
        build(&env, &["-q"], &dir)
            .berth_error()
            .stderr_contains("file not found in build context");
        // So does a bind mount's source: dir/hostetc -> /etc is the context's etc.
        std::fs::write(
            dir.join("Dockerfile"),
            "FROM bb\nRUN --mount=type=bind,source=dir/hostetc,target=/m cat /m/hostname > /seen && ls /m > /listed\n",
        )
        .unwrap();
        build(&env, &["-q", "-t", "bound"], &dir).success();
        assert_eq!(
            run_out(
                &env,
                "bound",
                "cat /seen /listed; test -e /m || echo no-mount-point"
            ),
            ["in-context", "hostname", "no-mount-point"]
        );
        // Deep nesting, a huge line and an unterminated heredoc: one line each.
        let deep = format!(
            "FROM bb\nENV A={}x{}\n",
            "${A:-".repeat(200),
            "}".repeat(200)
        );
        let huge = format!("FROM bb\nRUN echo {}\n", "a".repeat(9 << 20));
        let script = format!("FROM bb\nRUN <<EOF\n{}EOF\n", "echo big\n".repeat(20_000));
        for text in [
            deep,
            huge,
            script,
            "FROM bb\nRUN <<EOF\necho never closed\n".to_string(),
        ] {
            std::fs::write(dir.join("Dockerfile"), text).unwrap();
            build(&env, &["-q"], &dir).berth_error();
        }
        // 100 000 lines: the error names the line, at once.
        let long = format!("FROM bb\n{}RUNN x\n", "# a comment\n".repeat(100_000));
        std::fs::write(dir.join("Dockerfile"), long).unwrap();
        build(&env, &["-q"], &dir)
            .berth_error()
            .stderr_contains("Dockerfile:100002: unknown instruction: RUNN");
    }
}

fn env_owner(env: &TestEnv) -> String {
    let dir = env.work();
    let meta = std::fs::metadata(dir).unwrap();
    use std::os::unix::fs::MetadataExt;
    format!("{}:{}", meta.uid(), meta.gid())
}

#[test]
fn run_mounts_cache_tmpfs_and_secret() {
    for env in TestEnv::all_with_busybox() {
        let secret = env.write_file("token", "s3cret\n");
        let dir = context(
            &env,
            "mounts",
            &[(
                "Dockerfile",
                "FROM bb\n\
                 RUN --mount=type=cache,target=/cache echo run >> /cache/count && wc -l < /cache/count > /count\n\
                 RUN --mount=type=tmpfs,target=/scratch touch /scratch/x && test -f /scratch/x\n\
                 RUN --mount=type=secret,id=tok cat /run/secrets/tok > /used-secret-len && wc -c < /run/secrets/tok > /len\n\
                 RUN --network=none test ! -e /scratch/x\n",
            )],
        );
        let sec = format!("id=tok,src={}", secret.display());
        build(&env, &["-q", "-t", "m1", "--secret", &sec], &dir).success();
        build(
            &env,
            &["-q", "--no-cache", "-t", "m2", "--secret", &sec],
            &dir,
        )
        .success();
        assert_eq!(run_out(&env, "m1", "cat /count /len"), ["1", "7"]);
        assert_eq!(
            run_out(&env, "m2", "cat /count"),
            ["2"],
            "the cache mount outlives a build"
        );
        // The secret file is not in the image.
        assert_eq!(
            run_out(&env, "m2", "ls /run/secrets 2>/dev/null | wc -l"),
            ["0"]
        );
        // A required secret that was not given.
        std::fs::write(
            dir.join("Dockerfile"),
            "FROM bb\nRUN --mount=type=secret,id=nope,required=true true\n",
        )
        .unwrap();
        build(&env, &["-q"], &dir)
            .berth_error()
            .stderr_contains("secret nope not found");
        // --no-hosts: the image's own (empty) /etc/hosts, not berth's.
        std::fs::write(
            dir.join("Dockerfile"),
            "FROM bb\nRUN cat /etc/hosts > /seen\n",
        )
        .unwrap();
        build(&env, &["-q", "-t", "h1"], &dir).success();
        build(&env, &["-q", "--no-cache", "--no-hosts", "-t", "h2"], &dir).success();
        let has = "grep -q localhost /seen && echo yes || echo no";
        assert_eq!(run_out(&env, "h1", has), ["yes"]);
        assert_eq!(run_out(&env, "h2", has), ["no"]);
    }
}

/// `RUN --mount=type=bind` is read-only; with `rw` the step may write there, and what it
/// writes is gone after the step: never in the context, the image or the next step.
#[test]
fn run_bind_mounts_rw_writes_are_discarded() {
    for env in TestEnv::all_with_busybox() {
        let dir = context(
            &env,
            "rwbind",
            &[
                (
                    "Dockerfile",
                    "FROM bb\n\
                     RUN --mount=type=bind,target=/src touch /src/nope 2>/dev/null; test ! -e /src/nope\n\
                     RUN --mount=type=bind,rw,target=/src echo more >> /src/a && touch /src/new && \\\n\
                         mkdir /src/d/made && cat /src/a > /seen && ls /src/d > /listed\n\
                     RUN --mount=type=bind,source=d,target=/d,readwrite=true rm /d/f && test ! -e /d/f\n\
                     RUN --mount=type=bind,target=/src test ! -e /src/new && cat /src/a /src/d/f > /after\n\
                     FROM bb AS two\n\
                     RUN mkdir /out && echo staged > /out/s\n\
                     FROM bb\n\
                     COPY --from=0 /seen /listed /after /\n\
                     RUN --mount=type=bind,from=two,source=/out,target=/o,rw echo x > /o/s && touch /o/t && cat /o/s > /from-two\n\
                     RUN --mount=type=bind,from=two,source=/out,target=/o cat /o/s >> /from-two && test ! -e /o/t\n",
                ),
                ("a", "one\n"),
                ("d/f", "f\n"),
            ],
        );
        build(&env, &["-q", "-t", "rw:1"], &dir).success();
        assert_eq!(
            run_out(
                &env,
                "rw:1",
                "cat /seen /listed /after /from-two; ls /src /d /o 2>&1 | wc -l"
            ),
            ["one", "more", "f", "made", "one", "f", "x", "staged", "3"],
            "{}",
            env.label()
        );
        // The context is as it was.
        assert_eq!(std::fs::read_to_string(dir.join("a")).unwrap(), "one\n");
        assert!(!dir.join("new").exists() && !dir.join("d/made").exists());
        assert_eq!(std::fs::read_to_string(dir.join("d/f")).unwrap(), "f\n");
    }
}

#[test]
fn builder_prune_and_cache_survive_and_go() {
    for env in TestEnv::all_with_busybox() {
        let dir = context(
            &env,
            "p",
            &[(
                "Dockerfile",
                "FROM bb\nRUN echo 1 > /one\nCMD [\"cat\", \"/one\"]\n",
            )],
        );
        build(&env, &["-q", "-t", "p:1"], &dir).success();
        let all = || {
            env.berth(&["images", "-a", "-q"])
                .success()
                .stdout_lines()
                .len()
        };
        assert_eq!(all(), 3, "bb, the RUN step, p:1");
        // Without -a: the unnamed step images go, named images stay.
        let out = env.berth(&["builder", "prune", "-f"]).success();
        assert!(out.stdout().contains("Total reclaimed space:"), "{out}");
        assert_eq!(all(), 2);
        env.berth(&["run", "--rm", "p:1"])
            .success()
            .stdout_contains("1");

        // A step whose image has a name stays a hit after a plain prune, not after -a.
        let lbl = context(&env, "lbl", &[("Dockerfile", "FROM bb\nLABEL only=1\n")]);
        build(&env, &["-q", "-t", "lbl"], &lbl).success();
        assert_eq!(cache_hits(&build(&env, &["-t", "lbl"], &lbl)), 1);
        env.berth(&["builder", "prune", "-f"]).success();
        assert_eq!(cache_hits(&build(&env, &["-t", "lbl"], &lbl)), 1);
        env.berth(&["buildx", "prune", "-a", "-f"]).success();
        assert_eq!(cache_hits(&build(&env, &["-t", "lbl"], &lbl)), 0);

        // A build without -t: its image is listed (as <none>) and kept by prune.
        let listed = || env.berth(&["images", "-q"]).success().stdout_lines().len();
        let before = listed();
        let untagged = context(
            &env,
            "untagged",
            &[("Dockerfile", "FROM bb\nRUN echo u > /u\n")],
        );
        let id = build(&env, &["-q"], &untagged)
            .success()
            .stdout()
            .trim()
            .to_string();
        assert_eq!(listed(), before + 1);
        env.berth(&["builder", "prune", "-a", "-f"]).success();
        assert_eq!(listed(), before + 1);
        assert_eq!(run_out(&env, &id, "cat /u"), ["u"]);
    }
}

/// `--cache-from IMAGE`: with the local cache gone, the layers of a built image serve as
/// the steps that made them (the same bytes, not a rerun); a changed file still rebuilds
/// its step and those after it. Without it, the steps run again.
#[test]
fn cache_from_a_built_image_without_the_local_cache() {
    for env in TestEnv::all_with_busybox() {
        let df = "FROM bb\n\
                  RUN cat /proc/sys/kernel/random/uuid > /stamp\n\
                  ENV X=1\n\
                  COPY f /f\n\
                  RUN cat /proc/sys/kernel/random/uuid > /stamp2\n\
                  CMD [\"cat\", \"/stamp\", \"/f\", \"/stamp2\"]\n";
        let dir = context(&env, "cf", &[("Dockerfile", df), ("f", "one\n")]);
        build(&env, &["-q", "-t", "cf:1"], &dir).success();
        let first = env.berth(&["run", "--rm", "cf:1"]).success().stdout_lines();
        let prune = || env.berth(&["builder", "prune", "-a", "-f"]).success();

        prune();
        let out = build(&env, &["--cache-from", "cf:1", "-t", "cf:2"], &dir);
        assert_eq!(out.code(), Some(0), "{out}");
        assert_eq!(out.stderr().matches("(a layer of").count(), 3, "{out}");
        let again = env.berth(&["run", "--rm", "cf:2"]).success().stdout_lines();
        assert_eq!(again, first, "{}", env.label());
        assert_eq!(layer_count(&env, "cf:2"), layer_count(&env, "cf:1"));

        // A changed file: the RUN before it still comes from cf:1, the rest is rebuilt.
        prune();
        env.write_file("cf/f", "two\n");
        let out = build(&env, &["--cache-from", "cf:1", "-t", "cf:3"], &dir);
        assert_eq!(out.stderr().matches("(a layer of").count(), 1, "{out}");
        let changed = env.berth(&["run", "--rm", "cf:3"]).success().stdout_lines();
        assert_eq!(changed[0], first[0]);
        assert_eq!(changed[1], "two");
        assert_ne!(changed[2], first[2]);

        // Without --cache-from every step runs.
        prune();
        env.write_file("cf/f", "one\n");
        let out = build(&env, &["-t", "cf:4"], &dir);
        assert_eq!(cache_hits(&out), 0, "{out}");
        let fresh = env.berth(&["run", "--rm", "cf:4"]).success().stdout_lines();
        assert_ne!(fresh[0], first[0]);
        // A --cache-from image that cannot be had is only a notice.
        build(
            &env,
            &["-q", "--pull=never", "--cache-from", "no-such-image:1"],
            &dir,
        )
        .success();
    }
}

/// Serve `body` over HTTP on 127.0.0.1 to `n` connections; returns the base URL.
fn serve(body: &'static [u8], n: usize) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().take(n) {
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nLast-Modified: Wed, 21 Oct 2015 07:28:00 GMT\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = s.write_all(head.as_bytes());
            let _ = s.write_all(body);
        }
    });
    url
}

#[test]
fn add_url_with_checksum_shell_and_copy_flags() {
    const BODY: &[u8] = b"downloaded tool\n";
    for env in TestEnv::all_with_busybox() {
        let url = serve(BODY, 3);
        let digest = {
            use sha2::Digest;
            hex::encode(sha2::Sha256::digest(BODY))
        };
        let df = format!(
            "FROM bb\n\
             ADD {url}/files/tool.txt /opt/\n\
             ADD --checksum=sha256:{digest} --chmod=755 {url}/files/tool.txt /opt/checked\n\
             SHELL [\"/bin/sh\", \"-c\", \"echo shell-was-used >> /shell.log; eval \\\"$1\\\"\", \"sh\"]\n\
             RUN echo via-shell\n\
             COPY --chmod=600 --chown=1000:1000 --exclude=*.skip src/ /srv/\n\
             COPY --parents src/deep/f.txt /p/\n"
        );
        let dir = context(
            &env,
            "url",
            &[
                ("Dockerfile", df.as_str()),
                ("src/a.txt", "a"),
                ("src/b.skip", "b"),
                ("src/deep/f.txt", "f"),
            ],
        );
        build(&env, &["-q", "-t", "url"], &dir).success();
        assert_eq!(
            run_out(
                &env,
                "url",
                "cat /opt/tool.txt; stat -c '%a %u' /opt/tool.txt /opt/checked /srv/a.txt; \
                 test -e /srv/b.skip || echo excluded; cat /shell.log /p/src/deep/f.txt; echo"
            ),
            [
                "downloaded tool",
                "600 0",
                "755 0",
                "600 1000",
                "excluded",
                "shell-was-used",
                "f"
            ],
            "{}",
            env.label()
        );
        // A wrong checksum fails the step with one line.
        let bad = format!(
            "FROM bb\nADD --checksum=sha256:{} {url}/x.txt /x\n",
            "0".repeat(64)
        );
        std::fs::write(dir.join("Dockerfile"), bad).unwrap();
        build(&env, &["-q"], &dir)
            .berth_error()
            .stderr_contains("checksum");
    }
}

#[test]
fn built_images_push_pull_and_rebuild_from_the_registry() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = Registry::plain();
    for env in TestEnv::all() {
        env.import_busybox("bb");
        std::fs::write(
            env.config_path(),
            format!("[registries]\ninsecure = [\"{}\"]\n", reg.host),
        )
        .unwrap();
        let who = if env.is_rootless() {
            "rootless"
        } else {
            "root"
        };
        let dest = format!("{}/built/{who}:1", reg.host);
        let dir = context(
            &env,
            "push",
            &[
                (
                    "Dockerfile",
                    "FROM bb\nRUN echo ran > /ran\nCOPY f /f\nENV X=1\nCMD [\"cat\", \"/f\"]\n",
                ),
                ("f", "pushed\n"),
            ],
        );
        build(&env, &["-q", "--format", "docker", "-t", &dest], &dir).success();
        env.berth(&["push", &dest]).success();
        let inspect = reg.skopeo_inspect(&format!("built/{who}:1"), false);
        let v: serde_json::Value = serde_json::from_str(&inspect).unwrap();
        assert_eq!(v["Layers"].as_array().unwrap().len(), 3, "{inspect}");
        assert!(v["Env"].to_string().contains("X=1"), "{inspect}");

        // A fresh store builds on it: --pull=always fetches it.
        let fresh = common::registry::fresh_like(&env);
        std::fs::write(
            fresh.config_path(),
            format!("[registries]\ninsecure = [\"{}\"]\n", reg.host),
        )
        .unwrap();
        let child = context(
            &fresh,
            "child",
            &[("Dockerfile", &format!("FROM {dest}\nRUN cat /f /ran\n"))],
        );
        let out = build(&fresh, &["--pull=always", "-t", "child"], &child);
        assert_eq!(out.code(), Some(0), "{out}");
        assert!(out.stderr().contains("pushed"), "{out}");
        fresh
            .berth(&["run", "--rm", "child"])
            .success()
            .stdout_contains("pushed");
        // --cache-from across stores: a step image pushed from here serves the same
        // Dockerfile built in the fresh store (the layers, not a rerun).
        let cached = format!("{}/built/{who}-cache:1", reg.host);
        let cdf =
            format!("FROM {dest}\nRUN cat /proc/sys/kernel/random/uuid > /stamp\nCOPY g /g\n");
        let files = [("Dockerfile", cdf.as_str()), ("g", "g\n")];
        let here = context(&env, "cache-src", &files);
        build(&env, &["-q", "-t", &cached], &here).success();
        env.berth(&["push", &cached]).success();
        let stamp = |e: &TestEnv, image: &str| {
            e.berth(&["run", "--rm", image, "cat", "/stamp", "/g"])
                .success()
                .stdout_lines()
        };
        let there = context(&fresh, "cache-dst", &files);
        let out = build(&fresh, &["--cache-from", &cached, "-t", "again"], &there);
        assert_eq!(out.stderr().matches("(a layer of").count(), 2, "{out}");
        assert_eq!(stamp(&fresh, "again"), stamp(&env, &cached));
        // --pull=never with the image missing: one line.
        let none = common::registry::fresh_like(&env);
        let nchild = context(&none, "child", &[("Dockerfile", &format!("FROM {dest}\n"))]);
        build(&none, &["-q", "--pull=never"], &nchild).berth_error();
    }
}

#[test]
fn build_on_every_storage_driver() {
    for env in TestEnv::all() {
        if !require_busybox() {
            return;
        }
        for driver in fallback_drivers() {
            std::fs::write(
                env.config_path(),
                format!("[storage]\ndriver = \"{driver}\"\n"),
            )
            .unwrap();
            env.import_busybox("bb");
            let dir = context(
                &env,
                &format!("drv-{driver}"),
                &[
                    (
                        "Dockerfile",
                        "FROM bb\nRUN rm /srv/owned-by-1234 && echo new > /new\nCOPY f /srv/f\nFROM bb\nCOPY --from=0 /srv/ /copied/\n",
                    ),
                    ("f", "f\n"),
                ],
            );
            let out = build(&env, &["-t", &format!("drv-{driver}")], &dir);
            assert_eq!(out.code(), Some(0), "{driver} {}\n{out}", env.label());
            assert_eq!(
                run_out(&env, &format!("drv-{driver}"), "ls /copied"),
                ["f"],
                "{driver} {}",
                env.label()
            );
        }
    }
}

#[test]
fn an_interrupted_build_leaves_no_image_and_the_next_works() {
    for env in TestEnv::all_with_busybox() {
        let dir = context(
            &env,
            "kill",
            &[(
                "Dockerfile",
                "FROM bb\nRUN echo first > /first\nRUN sleep 30\n",
            )],
        );
        let images_before = env
            .berth(&["images", "-a", "-q"])
            .success()
            .stdout_lines()
            .len();
        let mut child = env
            .berth(&["build", "-t", "killed", &dir.display().to_string()])
            .command()
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the sleep step runs (its container exists), then kill -9.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let ps = env.berth(&["ps", "-a", "--format", "{{.Command}}"]).run();
            if ps.stdout().contains("sleep 30") {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the step never started"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        child.kill().unwrap();
        child.wait().unwrap();
        // The first RUN finished and is an image; nothing of the killed step is.
        let images_after = env
            .berth(&["images", "-a", "-q"])
            .success()
            .stdout_lines()
            .len();
        assert_eq!(images_after, images_before + 1, "{}", env.label());
        let missing = env.berth(&["image", "inspect", "killed"]).run();
        assert_ne!(missing.code(), Some(0), "{missing}");
        std::fs::write(
            dir.join("Dockerfile"),
            "FROM bb\nRUN echo first > /first\nRUN echo second\n",
        )
        .unwrap();
        let out = build(&env, &["-t", "killed"], &dir);
        assert_eq!(out.code(), Some(0), "{out}");
        assert_eq!(cache_hits(&out), 1, "the first RUN is reused\n{out}");
        // Leftover step containers can be removed.
        for id in env.berth(&["ps", "-a", "-q"]).success().stdout_lines() {
            env.berth(&["rm", "-f", &id]).success();
        }
    }
}

#[test]
fn run_steps_are_confined_like_run_and_destinations_stay_in_the_rootfs() {
    for env in TestEnv::all_with_busybox() {
        let probe = "grep -E '^(CapEff|CapBnd|NoNewPrivs|Seccomp):' /proc/self/status";
        let want = env
            .berth(&["run", "--rm", "bb", "sh", "-c", probe])
            .success()
            .stdout_lines();
        // A link in the image that points at a host path: COPY, WORKDIR and VOLUME through
        // it land inside the rootfs.
        let host_target = env.dir().join("escape-target");
        let df = format!(
            "FROM bb\n\
             RUN {probe} > /confinement\n\
             RUN ln -s {t} /trap && ln -s ../../../../../../.. /up\n\
             COPY f /trap/copied\n\
             COPY f /up/{rel}/via-up\n\
             WORKDIR /trap/wd\n\
             RUN touch made-in-workdir\n\
             VOLUME /trap/vol\n",
            t = host_target.display(),
            rel = host_target.display().to_string().trim_start_matches('/'),
        );
        let dir = context(&env, "conf", &[("Dockerfile", df.as_str()), ("f", "f\n")]);
        let out = build(
            &env,
            &[
                "-t",
                "conf",
                "--label",
                "built.by=test",
                "--platform",
                "linux/amd64,linux/arm64",
            ],
            &dir,
        );
        // Not this host's platform alone: refused before anything runs.
        assert_eq!(out.code(), Some(125), "{out}");
        let out = build(
            &env,
            &["-q", "-t", "conf", "--label", "built.by=test"],
            &dir,
        );
        assert_eq!(out.code(), Some(0), "{}\n{out}", env.label());
        assert_eq!(
            run_out(&env, "conf", "cat /confinement"),
            want,
            "{}",
            env.label()
        );
        assert!(
            !host_target.exists(),
            "a step wrote through a link to the host: {}",
            host_target.display()
        );
        let inside = run_out(
            &env,
            "conf",
            &format!(
                "ls {t}/copied {t}/via-up {t}/wd/made-in-workdir",
                t = host_target.display()
            ),
        );
        assert_eq!(inside.len(), 3, "{inside:?}");
        let label = env
            .berth(&[
                "image",
                "inspect",
                "--format",
                "{{index .Config.Labels \"built.by\"}}",
                "conf",
            ])
            .success();
        assert_eq!(label.stdout().trim(), "test", "{label}");
    }
}
