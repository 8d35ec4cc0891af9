//! `stats`: real containers' CPU, memory, PIDs and I/O, as root (cgroup figures) and
//! rootless (summed from /proc), in tables, templates and JSON; stopped and unknown
//! containers.

use crate::common;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use common::*;

/// One `stats --no-stream` reading of `name` through `template`.
fn reading(env: &TestEnv, name: &str, template: &str) -> String {
    env.berth(&["stats", "--no-stream", "--format", template, name])
        .success()
        .stdout()
        .trim()
        .to_owned()
}

/// "12.5MiB / 7.6GiB" -> bytes of the first figure.
fn mib_of_usage(usage: &str) -> f64 {
    let first = usage.split(" / ").next().unwrap();
    let (num, unit) = first
        .find(|c: char| c.is_ascii_alphabetic())
        .map(|i| first.split_at(i))
        .unwrap();
    let n: f64 = num
        .parse()
        .unwrap_or_else(|_| panic!("not a size: {usage}"));
    let scale = match unit {
        "B" => 1.0 / 1024.0 / 1024.0,
        "KiB" => 1.0 / 1024.0,
        "MiB" => 1.0,
        "GiB" => 1024.0,
        other => panic!("unexpected unit {other} in {usage}"),
    };
    n * scale
}

#[test]
fn cpu_memory_and_pids_of_running_containers() {
    for env in TestEnv::all_with_busybox() {
        let label = env.label();
        env.berth(&[
            "run",
            "-d",
            "--network",
            "private",
            "--name",
            "busy",
            "bb",
            "sh",
            "-c",
            "while :; do :; done",
        ])
        .success();
        env.berth(&[
            "run",
            "-d",
            "--network",
            "private",
            "--name",
            "kids",
            "bb",
            "sh",
            "-c",
            "sleep 1000 & sleep 1000 & sleep 1000 & wait",
        ])
        .success();
        // Holds ~16 MiB in a shell variable once /go exists.
        env.berth(&[
            "run",
            "-d",
            "--network",
            "private",
            "--name",
            "mem",
            "bb",
            "sh",
            "-c",
            "while [ ! -e /go ]; do sleep 0.05; done; \
             a=0123456789abcdef; i=0; while [ $i -lt 20 ]; do a=$a$a; i=$((i+1)); done; \
             touch /done; sleep 1000 & wait",
        ])
        .success();

        // A busy loop shows CPU use, more than a container of sleepers. How much depends
        // on what else the machine runs (a loaded CI host may leave it little in a given
        // second), so a few readings are taken: one of them must show it.
        let cpu = |name: &str| -> f64 {
            let p = reading(&env, name, "{{.CPUPerc}}");
            p.trim_end_matches('%')
                .parse()
                .unwrap_or_else(|_| panic!("{label}: CPU of {name} is {p}"))
        };
        let busiest = (0..10)
            .map(|_| cpu("busy"))
            .find(|c| *c > 1.0)
            .unwrap_or(0.0);
        let idle = cpu("kids");
        assert!(
            busiest > 1.0 && busiest > idle,
            "{label}: a busy loop shows {busiest}% CPU, sleepers {idle}%"
        );

        // PIDS counts the shell and its three sleeping children.
        let end = Instant::now() + Duration::from_secs(20);
        loop {
            let pids = reading(&env, "kids", "{{.PIDs}}");
            if pids == "4" {
                break;
            }
            assert!(Instant::now() < end, "{label}: kids has {pids} pids, not 4");
        }

        // Memory grows by what the process allocates.
        let before = mib_of_usage(&reading(&env, "mem", "{{.MemUsage}}"));
        env.berth(&["exec", "mem", "touch", "/go"]).success();
        let end = Instant::now() + Duration::from_secs(30);
        while env
            .berth(&["exec", "mem", "test", "-e", "/done"])
            .run()
            .code()
            != Some(0)
        {
            assert!(Instant::now() < end, "{label}: mem never allocated");
            std::thread::sleep(Duration::from_millis(50));
        }
        let after = mib_of_usage(&reading(&env, "mem", "{{.MemUsage}}"));
        assert!(
            after > before + 12.0,
            "{label}: memory went from {before} MiB to {after} MiB"
        );

        // The default table: docker's header and one row per running container.
        let out = env.berth(&["stats", "--no-stream"]).success();
        let lines = out.stdout_lines();
        assert_eq!(
            lines[0]
                .split("   ")
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>(),
            [
                "CONTAINER ID",
                "NAME",
                "CPU %",
                "MEM USAGE / LIMIT",
                "MEM %",
                "NET I/O",
                "BLOCK I/O",
                "PIDS"
            ],
            "{label}\n{out}"
        );
        assert_eq!(lines.len(), 4, "{label}: three running containers\n{out}");
        let names: BTreeSet<&str> = lines[1..]
            .iter()
            .map(|l| l.split_whitespace().nth(1).unwrap())
            .collect();
        assert_eq!(names, BTreeSet::from(["busy", "kids", "mem"]), "{out}");
        for l in &lines[1..] {
            // No network of their own but loopback: nothing in or out, and every figure
            // known.
            assert!(l.contains("0B / 0B"), "{label}: {l}");
            assert!(!l.contains("--"), "{label}: an unknown figure: {l}");
        }

        env.berth(&["rm", "-f", "busy", "kids", "mem"]).success();
    }
}

#[test]
fn format_json_no_trunc_and_stopped_containers() {
    for env in TestEnv::all_with_busybox() {
        let label = env.label();
        let id = env
            .berth(&["run", "-d", "--name", "up", "bb", "sleep", "1000"])
            .success()
            .stdout()
            .trim()
            .to_owned();
        env.berth(&["create", "--name", "idle", "bb", "true"])
            .success();

        // json: podman's one array, of objects with docker's field names.
        let out = env
            .berth(&["stats", "--no-stream", "--format", "json", "up"])
            .success();
        let all: serde_json::Value = serde_json::from_str(out.stdout().trim()).unwrap();
        assert_eq!(all.as_array().map(Vec::len), Some(1), "{out}");
        let v = &all[0];
        let keys: BTreeSet<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            BTreeSet::from([
                "BlockIO",
                "CPUPerc",
                "Container",
                "ID",
                "MemPerc",
                "MemUsage",
                "Name",
                "NetIO",
                "PIDs"
            ]),
            "{label}\n{out}"
        );
        assert_eq!(v["Container"], "up");
        assert_eq!(v["ID"], id[..12]);
        assert_eq!(v["PIDs"], "1");

        // Without names, CONTAINER is the full id; --no-trunc widens ID.
        assert_eq!(
            env.berth(&[
                "stats",
                "--no-stream",
                "--no-trunc",
                "--format",
                "{{.Container}} {{.ID}}"
            ])
            .success()
            .stdout()
            .trim(),
            format!("{id} {id}")
        );

        // A stopped container uses nothing; without -a it is not listed.
        assert_eq!(
            reading(
                &env,
                "idle",
                "{{.CPUPerc}}|{{.MemUsage}}|{{.MemPerc}}|{{.NetIO}}|{{.BlockIO}}|{{.PIDs}}"
            ),
            "0.00%|0B / 0B|0.00%|0B / 0B|0B / 0B|0"
        );
        let names = |extra: &[&str]| -> BTreeSet<String> {
            let mut args = vec!["stats", "--no-stream", "--format", "{{.Name}}"];
            args.extend_from_slice(extra);
            env.berth(&args)
                .success()
                .stdout_lines()
                .into_iter()
                .collect()
        };
        assert_eq!(names(&[]), BTreeSet::from(["up".to_owned()]), "{label}");
        assert_eq!(
            names(&["-a"]),
            BTreeSet::from(["up".to_owned(), "idle".to_owned()]),
            "{label}"
        );

        // A table template gets docker's headers.
        let out = env
            .berth(&[
                "stats",
                "--no-stream",
                "--format",
                "table {{.Name}}\t{{.PIDs}}",
                "up",
            ])
            .success();
        assert_eq!(
            out.stdout_lines(),
            ["NAME      PIDS", "up        1"],
            "{label}"
        );

        env.berth(&["rm", "-f", "up", "idle"]).success();
    }
}

#[test]
fn streaming_ends_when_the_containers_stop() {
    for env in TestEnv::all_with_busybox() {
        let label = env.label();
        env.berth(&["run", "-d", "--name", "brief", "bb", "sleep", "3"])
            .success();
        let out = env
            .berth(&["stats", "--format", "{{.Name}} {{.PIDs}}", "brief"])
            .timeout(Duration::from_secs(30))
            .success();
        let lines = out.stdout_lines();
        // One line a second while it runs, then the final reading of it stopped.
        assert!(lines.len() >= 2, "{label}\n{out}");
        assert_eq!(lines.first().unwrap(), "brief 1", "{label}\n{out}");
        assert_eq!(lines.last().unwrap(), "brief 0", "{label}\n{out}");
    }
}

#[test]
fn unknown_container_and_bad_template() {
    let env = TestEnv::new();
    let out = env
        .berth(&["stats", "--no-stream", "nosuch"])
        .failure_code(125);
    assert_eq!(out.stderr().lines().count(), 1, "{out}");
    assert!(out.stderr().contains("nosuch"), "{out}");
    let out = env
        .berth(&["stats", "--no-stream", "--format", "{{.Nope}}"])
        .failure_code(125);
    assert_eq!(out.stderr().lines().count(), 1, "{out}");
}
