//! `commit`, `diff` and `history`, as root and rootless, on every storage driver: hostile
//! upper dirs (links out, FIFOs, device nodes, names with newlines), running containers,
//! interrupted commits, bad `--change` lines, and the result read back by `run`, `save`,
//! `push` and skopeo.

use crate::common;

use std::time::Duration;

use common::registry::{Registry, require_registry_tools};
use common::*;

/// Changes every container below makes: a file, a removed image file, a directory, a
/// link pointing out, a FIFO, a name with a newline, and (root) a device node.
const CHANGES: &str = "echo hi > /new; rm /srv/owned-by-1234; mkdir -p /d/e; \
     ln -s /etc/shadow /d/link; mkfifo /d/fifo; touch \"/d/nl\nx\"; \
     mknod /d/nod c 1 3 2>/dev/null; chown 1000:1000 /d/e; true";

fn expected_diff(env: &TestEnv) -> Vec<&'static str> {
    let mut lines = vec!["A /d", "A /d/e", "A /d/fifo", "A /d/link", "A /d/nl\\nx"];
    if !env.is_rootless() {
        lines.push("A /d/nod");
    }
    lines.extend(["A /new", "C /srv", "D /srv/owned-by-1234"]);
    lines
}

fn images_count(env: &TestEnv) -> usize {
    env.berth(&["images", "-q", "--no-trunc"])
        .success()
        .stdout_lines()
        .len()
}

fn layer_dirs(env: &TestEnv) -> usize {
    std::fs::read_dir(env.root().join("layers"))
        .unwrap()
        .count()
}

fn check_committed(env: &TestEnv, image: &str) {
    let out = env
        .berth(&[
            "run",
            "--rm",
            image,
            "sh",
            "-c",
            "cat /new; readlink /d/link; stat -c '%F %u:%g' /d/fifo /d/e; \
             set -- /d/*; echo $#; test -e /srv/owned-by-1234 || echo gone; \
             test -e /d/nod && stat -c '%F %t:%T' /d/nod; true",
        ])
        .success();
    let mut want = vec![
        "hi".to_owned(),
        "/etc/shadow".into(),
        "fifo 0:0".into(),
        "directory 1000:1000".into(),
    ];
    want.push(if env.is_rootless() { "4" } else { "5" }.into());
    want.push("gone".into());
    if !env.is_rootless() {
        want.push("character special file 1:3".into());
    }
    assert_eq!(out.stdout_lines(), want, "{}", env.label());
}

#[test]
fn commit_diff_history_keep_the_changes() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&["run", "--name", "c1", "bb", "sh", "-c", CHANGES])
            .success();
        let diff = env.berth(&["diff", "c1"]).success();
        assert_eq!(diff.stdout_lines(), expected_diff(&env), "{}", env.label());
        env.berth(&["container", "diff", "c1"]).success();
        let json = env.berth(&["diff", "--format", "json", "c1"]).success();
        let v: serde_json::Value = serde_json::from_str(&json.stdout()).unwrap();
        assert_eq!(v["deleted"][0], "/srv/owned-by-1234", "{json}");
        assert_eq!(v["changed"][0], "/srv", "{json}");

        let id = env
            .berth(&[
                "commit",
                "-m",
                "my message",
                "-a",
                "Ann Author <ann@example.com>",
                "-c",
                "CMD [\"cat\", \"/new\"]",
                "-c",
                "ENV GREETING=hello",
                "-c",
                "ONBUILD RUN echo built",
                "c1",
                "committed:1",
            ])
            .success()
            .stdout()
            .trim()
            .to_owned();
        assert!(id.starts_with("sha256:") && id.len() == 71, "{id}");
        env.berth(&["run", "--rm", "committed:1"])
            .success()
            .stdout_contains("hi");
        check_committed(&env, "committed:1");

        let inspect = env
            .berth(&["image", "inspect", "committed:1"])
            .success()
            .stdout();
        assert!(inspect.contains("GREETING=hello"), "{inspect}");

        // The image's own diff is its top layer against the one below.
        let image_diff = env.berth(&["image", "diff", "committed:1"]).success();
        assert_eq!(
            image_diff.stdout_lines(),
            expected_diff(&env),
            "{}",
            env.label()
        );

        let hist = env.berth(&["history", "committed:1"]).success();
        let lines = hist.stdout_lines();
        assert_eq!(lines.len(), 3, "{hist}");
        assert!(lines[0].starts_with("IMAGE"), "{hist}");
        assert!(lines[1].starts_with(&id[7..19]), "{hist}");
        assert!(lines[1].ends_with("my message"), "{hist}");
        // The base is an image of its own, so its id shows.
        assert!(!lines[2].contains("<missing>"), "{hist}");
        let fmt = env
            .berth(&[
                "image",
                "history",
                "--no-trunc",
                "--format",
                "{{.ID}}|{{.Comment}}|{{.Size}}",
                "committed:1",
            ])
            .success();
        assert!(
            fmt.stdout_lines()[0].starts_with(&format!("{id}|my message|")),
            "{fmt}"
        );
        let q = env.berth(&["history", "-q", "committed:1"]).success();
        assert_eq!(q.stdout_lines().len(), 2, "{q}");
        let raw = env
            .berth(&[
                "history",
                "-H=false",
                "--format",
                "{{.Size}} {{.CreatedSince}}",
                "committed:1",
            ])
            .success();
        // Sizes in bytes; times in RFC 3339 to the second (Go's time.RFC3339), as docker.
        assert!(
            raw.stdout_lines().iter().all(|l| {
                let (size, at) = l.split_once(' ').unwrap_or_default();
                let offset = at.get(19..).unwrap_or_default();
                size.chars().all(|c| c.is_ascii_digit())
                    && at.len() >= 20
                    && at.as_bytes()[10] == b'T'
                    && (offset == "Z" || (offset.len() == 6 && offset.as_bytes()[3] == b':'))
            }),
            "{raw}"
        );

        // podman's fields: Tags in templates; id, created and size in JSON.
        let tags = env
            .berth(&["history", "--format", "{{.Tags}}", "committed:1"])
            .success();
        assert_eq!(tags.stdout_lines()[0], "[committed:1]", "{tags}");
        let json = env
            .berth(&["history", "--format", "json", "committed:1"])
            .success();
        let rows: serde_json::Value = serde_json::from_str(&json.stdout()).unwrap();
        let top = &rows[0];
        assert_eq!(top["id"], id.trim_start_matches("sha256:"), "{json}");
        assert!(top["size"].as_u64().is_some_and(|n| n > 0), "{json}");
        assert!(
            top["created"].as_str().is_some_and(|c| c.contains('T')),
            "{json}"
        );

        // A commit of the committed image's container keeps the whole history.
        env.berth(&["run", "--name", "c2", "committed:1", "rm", "/new"])
            .success();
        env.berth(&["diff", "c2"])
            .success()
            .stdout_contains("D /new");
        env.berth(&["container", "commit", "-q", "c2", "committed:2"])
            .success();
        let hist = env.berth(&["history", "committed:2"]).success();
        assert_eq!(hist.stdout_lines().len(), 4, "{hist}");
        env.berth(&["run", "--rm", "committed:2", "test", "!", "-e", "/new"])
            .success();
    }
}

#[test]
fn mount_points_are_not_changes() {
    for env in TestEnv::all_with_busybox() {
        // An image without /etc/hosts, /proc, /sys or /dev: berth creates them to mount on.
        let bare = env.work().join("bare.tar");
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::Regular);
        h.set_mode(0o755);
        let busybox = std::fs::read(BUSYBOX).unwrap();
        h.set_size(busybox.len() as u64);
        b.append_data(&mut h, "bin/busybox", &busybox[..]).unwrap();
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::Symlink);
        h.set_size(0);
        b.append_link(&mut h, "bin/sh", "busybox").unwrap();
        std::fs::write(&bare, b.into_inner().unwrap()).unwrap();
        env.chown_to_user(&bare);
        env.berth(&["import", bare.to_str().unwrap(), "bare"])
            .success();
        env.berth(&["run", "--name", "mp", "bare", "/bin/sh", "-c", "true"])
            .success();
        let diff = env.berth(&["diff", "mp"]).success();
        assert_eq!(diff.stdout(), "", "{}", env.label());
        env.berth(&["commit", "mp", "bare:2"]).success();
        let layer = env.berth(&["image", "diff", "bare:2"]).success();
        assert_eq!(
            layer.stdout(),
            "",
            "{}: mount points in the layer",
            env.label()
        );
    }
}

#[test]
fn bad_changes_are_one_line_and_store_nothing() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&["create", "--name", "cc", "bb", "true"])
            .success();
        let before = images_count(&env);
        for bad in [
            "RUN echo no",
            "FROM busybox",
            "EXPOSE 99999",
            "ENV A=\"open",
            "CMD",
            "ONBUILD ONBUILD RUN x",
            "STOPSIGNAL SIGNOPE",
        ] {
            env.berth(&["commit", "-c", bad, "cc", "x:1"])
                .run()
                .berth_error()
                .stderr_contains("invalid --change");
        }
        env.berth(&["commit", "--format", "zip", "cc"])
            .failure_code(125);
        env.berth(&["commit", "nosuch"]).run().berth_error();
        env.berth(&["diff", "nosuch"]).run().berth_error();
        env.berth(&["history", "nosuch"]).run().berth_error();
        env.berth(&["history", "--format", "{{.Nope", "bb"])
            .run()
            .berth_error();
        assert_eq!(images_count(&env), before, "{}", env.label());
    }
}

#[test]
fn running_container_is_paused_for_the_commit_and_keeps_running() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&[
            "run",
            "-d",
            "--name",
            "live",
            "bb",
            "sh",
            "-c",
            "echo up > /up; exec sleep 300",
        ])
        .success();
        let mut tries = 0;
        while !env
            .berth(&["diff", "live"])
            .success()
            .stdout()
            .contains("A /up")
        {
            tries += 1;
            assert!(tries < 100, "{}: /up never appeared", env.label());
            std::thread::sleep(Duration::from_millis(50));
        }
        env.berth(&["commit", "live", "live:1"]).success();
        let ps = env
            .berth(&["ps", "--format", "{{.Names}} {{.Status}}"])
            .success();
        assert!(ps.stdout().contains("live Up"), "{}: {ps}", env.label());
        assert!(!ps.stdout().contains("Paused"), "{}: {ps}", env.label());
        env.berth(&["commit", "--pause=false", "live", "live:2"])
            .success();
        // A bare -p takes no value: the container is still the positional argument.
        env.berth(&["commit", "-p", "live", "live:3"]).success();
        for tag in ["live:1", "live:2"] {
            env.berth(&["run", "--rm", tag, "cat", "/up"])
                .success()
                .stdout_contains("up");
        }
        env.berth(&["rm", "-f", "live"]).success();
    }
}

#[test]
fn interrupted_commit_leaves_nothing_and_the_next_works() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&[
            "run",
            "--name",
            "big",
            "bb",
            "sh",
            "-c",
            "dd if=/dev/urandom of=/big bs=1M count=48 2>/dev/null",
        ])
        .success();
        // Killed at growing delays until one kill lands in the middle of a commit.
        let mut interrupted = false;
        for (i, ms) in [100u64, 250, 500, 1000].into_iter().enumerate() {
            let (images, layers) = (images_count(&env), layer_dirs(&env));
            let tag = format!("big:k{i}");
            let mut child = env
                .berth(&["commit", "big", &tag])
                .command()
                .spawn()
                .unwrap();
            std::thread::sleep(Duration::from_millis(ms));
            let _ = child.kill();
            if child.wait().unwrap().success() {
                // It finished first: then whole.
                assert_eq!(images_count(&env), images + 1, "{}", env.label());
                continue;
            }
            interrupted = true;
            assert_eq!(images_count(&env), images, "{}: a half image", env.label());
            assert_eq!(layer_dirs(&env), layers, "{}: a half layer", env.label());
            break;
        }
        assert!(
            interrupted,
            "{}: every commit finished before its kill",
            env.label()
        );
        // Every layer directory present is complete.
        for e in std::fs::read_dir(env.root().join("layers")).unwrap() {
            let e = e.unwrap();
            assert!(e.path().join("layer.json").is_file(), "{:?}", e.path());
        }
        env.berth(&["commit", "big", "big:2"]).success();
        env.berth(&["run", "--rm", "big:2", "stat", "-c", "%s", "/big"])
            .success()
            .stdout_contains(&(48 << 20).to_string());
        // What the killed commit left in tmp/ is unlocked: the next mutation sweeps it
        // once it is old enough.
        for e in std::fs::read_dir(env.root().join("tmp")).unwrap() {
            let f = std::fs::File::open(e.unwrap().path()).unwrap();
            assert!(f.try_lock().is_ok(), "{}: a live staging dir", env.label());
        }
    }
}

#[test]
fn committed_image_saves_pushes_and_skopeo_reads_it() {
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
        env.berth(&["run", "--name", "pp", "bb", "sh", "-c", CHANGES])
            .success();
        let who = if env.is_rootless() {
            "rootless"
        } else {
            "root"
        };
        let dest = format!("{}/committed/{who}:1", reg.host);
        env.berth(&["commit", "--format", "docker", "pp", &dest])
            .success();
        env.berth(&["push", &dest]).success();
        let inspect = reg.skopeo_inspect(&format!("committed/{who}:1"), false);
        let v: serde_json::Value = serde_json::from_str(&inspect).unwrap();
        assert_eq!(v["Layers"].as_array().unwrap().len(), 2, "{inspect}");
        let raw = reg.skopeo_inspect(&format!("committed/{who}:1"), true);
        assert!(
            raw.contains("application/vnd.docker.distribution.manifest.v2+json"),
            "{raw}"
        );
        // Pulled into a fresh store, it runs with the changes.
        let fresh = common::registry::fresh_like(&env);
        std::fs::write(
            fresh.config_path(),
            format!("[registries]\ninsecure = [\"{}\"]\n", reg.host),
        )
        .unwrap();
        fresh.berth(&["pull", &dest]).success();
        check_committed(&fresh, &dest);
        let archive = env.work().join("committed.tar");
        env.berth(&["save", "-o", archive.to_str().unwrap(), &dest])
            .success();
        let out = std::process::Command::new("skopeo")
            .arg("inspect")
            .arg(format!("docker-archive:{}", archive.display()))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn copy_and_fuse_drivers_commit_the_same_changes() {
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
            let name = format!("c-{driver}");
            let out = env
                .berth(&["run", "--name", &name, "bb", "sh", "-c", CHANGES])
                .run();
            if driver != "copy" && !out.status.success() {
                // fuse-overlayfs not usable by this user: storage_drivers.rs covers why.
                continue;
            }
            let diff = env.berth(&["diff", &name]).success();
            assert_eq!(
                diff.stdout_lines(),
                expected_diff(&env),
                "{} {driver}",
                env.label()
            );
            let tag = format!("{driver}:1");
            env.berth(&["commit", &name, &tag]).success();
            check_committed(&env, &tag);
        }
    }
}

#[test]
fn keep_id_and_uidmap_containers_commit_the_owners_they_see() {
    for env in TestEnv::all_with_busybox() {
        let mut cases = vec![vec!["--uidmap", "0:5000:2000"]];
        if env.is_rootless() {
            cases.push(vec!["--userns=keep-id", "-u", "0"]);
        }
        for (i, flags) in cases.into_iter().enumerate() {
            let name = format!("ids{i}");
            let mut args = vec!["run", "--name", &name];
            args.extend(flags.iter().copied());
            args.extend([
                "bb",
                "sh",
                "-c",
                "touch /mine /theirs; chown 0:0 /mine; chown 1234:1234 /theirs",
            ]);
            env.berth(&args).success();
            let tag = format!("ids:{i}");
            env.berth(&["commit", &name, &tag]).success();
            let out = env
                .berth(&[
                    "run", "--rm", &tag, "stat", "-c", "%u:%g", "/mine", "/theirs",
                ])
                .success();
            assert_eq!(
                out.stdout_lines(),
                ["0:0", "1234:1234"],
                "{} {flags:?}",
                env.label()
            );
        }
    }
}
