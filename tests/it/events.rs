//! `events` without a daemon: a follower sees the events of other berth processes as they
//! happen; replay with `--since`/`--until`/`--stream=false`, filters, templates; many
//! concurrent writers lose no line; root and rootless.

use crate::common::*;

use std::io::BufRead;
use std::sync::mpsc;
use std::time::{Duration, Instant};

const FMT: &str = "{{.Type}} {{.Action}} {{index .Actor.Attributes \"name\"}}{{if eq .Type \"volume\"}}{{.Actor.ID}}{{end}}";

#[test]
fn a_follower_sees_other_processes_events() {
    for env in TestEnv::all_with_busybox() {
        let mut follower = env
            .berth(&["events", "--format", FMT])
            .command()
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, rx) = mpsc::channel();
        let stdout = follower.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // Give the follower its first look at the journal (docker shows only new events).
        std::thread::sleep(Duration::from_millis(500));
        env.berth(&["run", "--rm", "--name", "e1", "bb", "sh", "-c", "exit 3"])
            .failure_code(3);
        env.berth(&["volume", "create", "ev"]).success();
        env.berth(&["create", "--name", "e2", "-v", "ev:/d", "bb", "true"])
            .success();
        env.berth(&["start", "e2"]).success();
        env.berth(&["wait", "e2"]).success();
        env.berth(&["rm", "e2"]).success();
        env.berth(&["volume", "rm", "ev"]).success();
        let want = [
            "container create e1",
            "container start e1",
            "container die e1",
            "container destroy e1",
            "volume create ev",
            "container create e2",
            "volume mount ev",
            "container start e2",
            "container die e2",
            "container destroy e2",
            "volume destroy ev",
        ];
        let mut got = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(15);
        while got.len() < want.len() && Instant::now() < deadline {
            if let Ok(l) = rx.recv_timeout(Duration::from_millis(200)) {
                got.push(l);
            }
        }
        let _ = follower.kill();
        let _ = follower.wait();
        assert_eq!(got, want, "{}", env.label());
    }
}

#[test]
fn replay_filters_and_formats() {
    for env in TestEnv::all_with_busybox() {
        let before = env
            .berth(&["events", "--stream=false", "--filter", "type=container"])
            .success()
            .stdout();
        assert_eq!(before, "");
        env.berth(&[
            "run", "--name", "r1", "--label", "tier=web", "bb", "sh", "-c", "exit 2",
        ])
        .failure_code(2);
        env.berth(&["run", "--rm", "-v", "/anon", "bb", "true"])
            .success();
        let all = env
            .berth(&["events", "--since", "1h", "--stream=false"])
            .success()
            .stdout_lines();
        assert!(
            all.iter().any(|l| l.contains(" container die ")
                && l.contains("exitCode=2")
                && l.contains("name=r1")),
            "{all:?}"
        );
        // Lines are time-ordered and carry nanoseconds.
        assert!(
            all[0].len() > 30 && all[0].as_bytes()[19] == b'.',
            "{}",
            all[0]
        );
        let dies = env
            .berth(&[
                "events",
                "--since",
                "1h",
                "--until",
                &format!("{}", unix_now() + 1),
                "--filter",
                "event=die",
                "--filter",
                "container=r1",
                "--format",
                "{{.Actor.Attributes.exitCode}} {{.Status}}",
            ])
            .success()
            .stdout_lines();
        assert_eq!(dies, ["2 die"]);
        let labelled = env
            .berth(&[
                "events",
                "--stream=false",
                "--filter",
                "label=tier=web",
                "--format",
                "{{.Action}}",
            ])
            .success()
            .stdout_lines();
        assert_eq!(labelled, ["create", "start", "die"]);
        let volumes = env
            .berth(&[
                "events",
                "--stream=false",
                "--filter",
                "type=volume",
                "--format",
                "{{.Action}}",
            ])
            .success()
            .stdout_lines();
        assert_eq!(volumes, ["create", "mount", "destroy"]);
        let json = env
            .berth(&[
                "events",
                "--stream=false",
                "--format",
                "json",
                "--filter",
                "type=container",
            ])
            .success()
            .stdout_lines();
        let v: serde_json::Value = serde_json::from_str(&json[0]).unwrap();
        assert_eq!(v["Type"], "container");
        assert!(v["TimeNano"].as_i64().unwrap() > 0);
        // Nothing before --since.
        let later = env
            .berth(&[
                "events",
                "--since",
                &format!("{}", unix_now() + 5),
                "--stream=false",
            ])
            .success()
            .stdout();
        assert_eq!(later, "");
        for bad in [
            ["--since", "yesterday"],
            ["--until", "x1"],
            ["--filter", "colour=red"],
        ] {
            env.berth(&[&["events"][..], &bad].concat())
                .run()
                .berth_error();
        }
    }
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[test]
fn concurrent_writers_lose_no_event() {
    for env in TestEnv::all() {
        let children: Vec<_> = (0..16)
            .map(|i| {
                env.berth(&["volume", "create", &format!("c{i}")])
                    .command()
                    .stdout(std::process::Stdio::null())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for mut c in children {
            assert!(c.wait().unwrap().success());
        }
        let mut names = env
            .berth(&["events", "--stream=false", "--format", "{{.Actor.ID}}"])
            .success()
            .stdout_lines();
        names.sort();
        let mut want: Vec<String> = (0..16).map(|i| format!("c{i}")).collect();
        want.sort();
        assert_eq!(names, want);
    }
}

#[test]
fn network_commands_write_network_events_and_system_prune_takes_unused_networks() {
    for env in TestEnv::all_with_busybox() {
        let net = format!("evn{}", std::process::id() % 10000);
        env.berth(&["network", "create", &net]).success();
        if !env.is_rootless() {
            env.berth(&["create", "--name", "c1", "bb", "true"])
                .success();
            env.berth(&["network", "connect", &net, "c1"]).success();
            env.berth(&["network", "disconnect", &net, "c1"]).success();
            env.berth(&["rm", "c1"]).success();
        }
        // docker's system prune takes user networks no container uses.
        let pruned = env.berth(&["system", "prune", "-f"]).success().stdout();
        assert!(pruned.contains(&net), "{pruned}");
        env.berth(&["network", "exists", &net]).failure_code(1);
        let fmt = "{{.Type}} {{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.type}}";
        let events = env
            .berth(&[
                "events",
                "--stream=false",
                "--filter",
                "type=network",
                "--filter",
                &format!("network={net}"),
                "--format",
                fmt,
            ])
            .success()
            .stdout_lines();
        let mut want = vec![format!("network create {net} bridge")];
        if !env.is_rootless() {
            want.push(format!("network connect {net} bridge"));
            want.push(format!("network disconnect {net} bridge"));
        }
        want.push(format!("network destroy {net} bridge"));
        assert_eq!(events, want, "{}", env.label());
    }
}
