//! `system df`, `system prune`, `container prune`, `image prune`, `system check
//! [--repair]`, and a store that passes the check after berth is killed (kill -9) in the
//! middle of a volume's copy-up or of a `cp`.

use crate::common::*;

use std::time::{Duration, Instant};

fn df_line(env: &TestEnv, kind: &str) -> Vec<String> {
    let out = env
        .berth(&[
            "system",
            "df",
            "--format",
            "{{.Type}}|{{.TotalCount}}|{{.Active}}|{{.Size}}|{{.Reclaimable}}",
        ])
        .success()
        .stdout();
    out.lines()
        .find(|l| l.starts_with(&format!("{kind}|")))
        .unwrap_or_else(|| panic!("no {kind} line in\n{out}"))
        .split('|')
        .map(str::to_owned)
        .collect()
}

#[test]
fn df_counts_what_is_used() {
    for env in TestEnv::all_with_busybox() {
        let table = env.berth(&["system", "df"]).success().stdout();
        assert!(table.starts_with("TYPE"), "{table}");
        for kind in ["Images", "Containers", "Local Volumes", "Build Cache"] {
            assert!(table.contains(kind), "{table}");
        }
        assert_eq!(df_line(&env, "Images")[1..3], ["1", "0"]);
        env.berth(&[
            "run", "-d", "--name", "up", "-v", "used:/u", "bb", "sleep", "100",
        ])
        .success();
        env.berth(&[
            "run",
            "--name",
            "down",
            "-v",
            "spare:/s",
            "bb",
            "sh",
            "-c",
            "head -c 4096 /dev/zero > /s/f",
        ])
        .success();
        let c = df_line(&env, "Containers");
        assert_eq!(c[1..3], ["2", "1"], "{c:?}");
        let v = df_line(&env, "Local Volumes");
        assert_eq!(v[1..3], ["2", "2"], "{v:?}");
        env.berth(&["rm", "down"]).success();
        let v = df_line(&env, "Local Volumes");
        assert_eq!(v[1..3], ["2", "1"], "{v:?}");
        assert!(v[4].starts_with("4.1kB"), "{v:?}");
        assert_eq!(df_line(&env, "Images")[1..3], ["1", "1"]);
        let verbose = env.berth(&["system", "df", "-v"]).success().stdout();
        for want in [
            "Images space usage:",
            "Containers space usage:",
            "Local Volumes space usage:",
            "spare",
            "used",
        ] {
            assert!(verbose.contains(want), "{verbose}");
        }
        env.berth(&["rm", "-f", "up"]).success();
    }
}

#[test]
fn prunes_remove_only_what_nothing_uses() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&["run", "-d", "--name", "up", "bb", "sleep", "100"])
            .success();
        env.berth(&["run", "--name", "stopped", "--label", "k=v", "bb", "true"])
            .success();
        env.berth(&["run", "--name", "other", "bb", "true"])
            .success();
        // A label filter that matches nothing removes nothing.
        let out = env
            .berth(&["container", "prune", "-f", "--filter", "label=nope"])
            .success()
            .stdout();
        assert_eq!(out.trim(), "Total reclaimed space: 0B");
        let out = env
            .berth(&["container", "prune", "-f", "--filter", "label=k=v"])
            .success()
            .stdout();
        assert!(out.starts_with("Deleted Containers:"), "{out}");
        env.berth(&["container", "exists", "stopped"])
            .failure_code(1);
        env.berth(&["container", "exists", "other"]).success();
        env.berth(&["container", "prune", "-f"]).success();
        env.berth(&["container", "exists", "other"]).failure_code(1);
        env.berth(&["container", "exists", "up"]).success();
        // A dangling image goes with image prune; a tagged one only with -a.
        env.berth(&["run", "--name", "mk", "bb", "touch", "/x"])
            .success();
        let dangling = env.berth(&["commit", "mk"]).success().stdout();
        env.berth(&["rm", "mk"]).success();
        let out = env.berth(&["image", "prune", "-f"]).success().stdout();
        assert!(
            out.contains(&format!("deleted: {}", dangling.trim())),
            "{out}"
        );
        env.berth(&["image", "exists", "bb"]).success();
        // system prune: stopped containers, anonymous volumes with --volumes.
        env.berth(&[
            "run", "--name", "s2", "-v", "/anon", "-v", "named:/n", "bb", "true",
        ])
        .success();
        let out = env
            .berth(&["system", "prune", "-f", "--volumes"])
            .success()
            .stdout();
        assert!(
            out.contains("Deleted Containers:") && out.contains("Deleted Volumes:"),
            "{out}"
        );
        let vols = env.berth(&["volume", "ls", "-q"]).success().stdout_lines();
        assert_eq!(vols, ["named"]);
        env.berth(&["container", "exists", "up"]).success();
        // -a: every image no container uses; bb is used by `up`.
        env.berth(&["system", "prune", "-a", "-f"]).success();
        env.berth(&["image", "exists", "bb"]).success();
        // Without -f, a "no" (or no answer) keeps everything.
        env.berth(&["run", "--name", "s3", "bb", "true"]).success();
        env.berth(&["container", "prune"]).stdin("n\n").success();
        env.berth(&["container", "exists", "s3"]).success();
        env.berth(&["container", "prune"]).stdin("y\n").success();
        env.berth(&["container", "exists", "s3"]).failure_code(1);
        env.berth(&["rm", "-f", "up"]).success();
        env.berth(&["container", "prune", "-f", "--filter", "until=bogus"])
            .run()
            .berth_error();
    }
}

#[test]
fn check_finds_damage_and_repair_removes_orphans() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&["run", "--rm", "-v", "v:/d", "bb", "true"])
            .success();
        env.berth(&["system", "check"])
            .success()
            .stdout_contains("No errors found");
        // Orphans: a container dir without a record, a volume dir without a record.
        for d in [
            "containers/0000000000000000000000000000000000000000000000000000000000000000",
            "volumes/orphan",
        ] {
            let p = env.root().join(d);
            std::fs::create_dir_all(&p).unwrap();
            env.chown_to_user(&p);
        }
        let out = env.berth(&["system", "check"]).run();
        assert_eq!(out.code(), Some(125), "{out}");
        assert!(out.stdout().contains("has no record"), "{out}");
        env.berth(&["system", "check", "--repair"]).success();
        env.berth(&["system", "check"]).success();
        // A changed layer file no longer rebuilds the layer's digest.
        let layers = env.root().join("layers");
        let layer = std::fs::read_dir(&layers)
            .unwrap()
            .flatten()
            .next()
            .unwrap()
            .path();
        let busybox = layer.join("diff/bin/busybox");
        let mut data = std::fs::read(&busybox).unwrap();
        data[100] ^= 0xff;
        std::fs::write(&busybox, data).unwrap();
        let out = env.berth(&["system", "check", "--repair"]).run();
        assert_eq!(out.code(), Some(125), "{out}");
        assert!(out.stdout().contains("digest"), "{out}");
        assert!(
            out.stderr().starts_with("Error: the store has 1 problem"),
            "{out}"
        );
    }
}

/// The image `big`: VOLUME /data over 4,000 files, so a copy-up takes a while.
fn big_volume_image(env: &TestEnv) {
    crate::volumes::data_image(
        env,
        "big",
        "mkdir -p /data && cd /data && for d in 0 1 2 3 4 5 6 7 8 9; do mkdir $d; \
         for f in $(seq 400); do echo $d$f > $d/$f; done; done",
    );
}

/// Start `args`, kill it with SIGKILL once `ready` holds (or after `max`), reap it.
fn kill_when(env: &TestEnv, args: &[&str], ready: impl Fn() -> bool, max: Duration) -> bool {
    let mut child = env.berth(args).command().spawn().unwrap();
    let start = Instant::now();
    let mut caught = false;
    while start.elapsed() < max {
        if ready() {
            caught = true;
            break;
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    let _ = nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGKILL,
    );
    let _ = child.wait();
    caught
}

#[test]
fn kill_9_during_copy_up_or_cp_leaves_a_store_that_checks() {
    for env in TestEnv::all_with_busybox() {
        big_volume_image(&env);
        let tmp = env.root().join("tmp");
        let copying = || {
            std::fs::read_dir(&tmp).is_ok_and(|rd| {
                rd.flatten()
                    .any(|e| e.file_name().to_string_lossy().starts_with("copyup-"))
            })
        };
        let mut caught = false;
        for attempt in 0..5 {
            let name = format!("v{attempt}");
            let vol = format!("{name}:/data");
            caught |= kill_when(
                &env,
                &["run", "--rm", "-v", &vol, "big", "true"],
                copying,
                Duration::from_secs(30),
            );
            // Whole or empty, never half-filled.
            let out = env
                .berth(&[
                    "run",
                    "--rm",
                    "-v",
                    &format!("{vol}:nocopy"),
                    "bb",
                    "sh",
                    "-c",
                    "find /data -type f | wc -l",
                ])
                .success()
                .stdout();
            let n: u32 = out.trim().parse().unwrap();
            assert!(n == 0 || n == 4000, "{n} files in the volume");
            env.berth(&["system", "check"])
                .success()
                .stdout_contains("No errors found");
            if caught {
                break;
            }
        }
        assert!(
            caught,
            "never caught a copy-up in progress ({})",
            env.label()
        );
        // The next use of the emptied volume fills it.
        let out = env
            .berth(&[
                "run",
                "--rm",
                "-v",
                "v0:/data",
                "big",
                "sh",
                "-c",
                "find /data -type f | wc -l",
            ])
            .success()
            .stdout();
        assert_eq!(out.trim(), "4000");

        // cp into a container, killed midway.
        let src = env.mkdir("tree");
        for d in 0..20 {
            let dir = src.join(d.to_string());
            std::fs::create_dir(&dir).unwrap();
            for f in 0..200 {
                std::fs::write(dir.join(f.to_string()), vec![b'x'; 4096]).unwrap();
            }
        }
        if env.is_rootless() {
            let _ = std::process::Command::new("chown")
                .args(["-R", "berthtest:", &src.display().to_string()])
                .status();
        }
        env.berth(&["create", "--name", "dst", "bb", "true"])
            .success();
        let upper_has_files = || {
            std::fs::read_dir(env.root().join("containers"))
                .is_ok_and(|rd| rd.flatten().any(|c| c.path().join("upper/tree").exists()))
        };
        kill_when(
            &env,
            &["cp", &src.display().to_string(), "dst:/"],
            upper_has_files,
            Duration::from_secs(30),
        );
        env.berth(&["system", "check"])
            .success()
            .stdout_contains("No errors found");
        env.berth(&["start", "dst"]).success();
        env.berth(&["rm", "-f", "dst"]).success();
    }
}
