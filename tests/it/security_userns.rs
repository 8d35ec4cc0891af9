//! `--userns`: host (the default) and auto (root: a host id range of the container's own,
//! from the subordinate ids of the user `containers`), seen from inside the container and
//! from the host; refused values.

use crate::common;
use crate::common::userns;

use std::os::unix::fs::MetadataExt;

use common::*;
use userns::map_line;

/// The `containers` pool in /etc/subuid and /etc/subgid (scripts/test.sh adds one).
fn pool() -> Option<(u32, u32)> {
    let mut found = Vec::new();
    for file in ["/etc/subuid", "/etc/subgid"] {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        let entry = text.lines().find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.len() != 3 || f[0] != "containers" {
                return None;
            }
            Some((f[1].parse::<u32>().ok()?, f[2].parse::<u32>().ok()?))
        });
        found.push(entry?);
    }
    (found[0] == found[1]).then_some(found[0])
}

fn root_env() -> Option<(TestEnv, (u32, u32))> {
    if !require_root() || !require_busybox() {
        return None;
    }
    let Some(pool) = pool() else {
        unmet(
            "no equal \"containers\" entries in /etc/subuid and /etc/subgid (run scripts/test.sh)",
        );
        return None;
    };
    let env = TestEnv::new();
    env.import_busybox("bb");
    Some((env, pool))
}

#[test]
fn auto_gives_a_range_of_its_own_seen_from_inside_and_outside() {
    let Some((env, (start, count))) = root_env() else {
        return;
    };
    let vol = env.mkdir("vol");
    // The container's root is an unprivileged id on the host: let it write here.
    std::fs::set_permissions(&vol, std::os::unix::fs::PermissionsExt::from_mode(0o777)).unwrap();
    let bind = format!("{}:/vol", vol.display());
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--userns=auto:size=65536",
            "-v",
            &bind,
            "bb",
            "sh",
            "-c",
            "cat /proc/self/uid_map; cat /proc/self/gid_map; id; \
             stat -c %u:%g /bin/busybox /etc/passwd; touch /vol/made; mkdir /made; \
             stat -c %u:%g /made",
        ])
        .success();
    let lines = out.stdout_lines();
    let (inside, outside, size) = map_line(&lines[0]);
    assert_eq!((inside, size), (0, 65536), "{out}");
    assert!(
        outside >= start && outside + size <= start + count,
        "uid range {outside}+{size} outside the pool {start}+{count}"
    );
    assert_eq!(map_line(&lines[1]).2, 65536, "{out}");
    assert!(lines[2].starts_with("uid=0(root) gid=0(root)"), "{out}");
    // The image's files keep their owners as seen from inside, and so do new ones.
    assert_eq!(lines[3..6], ["0:0", "0:0", "0:0"], "{out}");
    // A bind mount is not mapped: what the container's root made belongs to its range.
    let made = std::fs::metadata(vol.join("made")).unwrap();
    assert_eq!(
        (made.uid(), made.gid()),
        (outside, map_line(&lines[1]).1),
        "owner on the host"
    );
}

#[test]
fn auto_ranges_do_not_overlap_and_are_freed_on_rm() {
    let Some((env, _)) = root_env() else {
        return;
    };
    let run = |name: &str, mode: &str| {
        env.berth(&["run", "-d", "--name", name, mode, "bb", "sleep", "1000"])
            .success();
        let pid = wait_pid(&env, name);
        map_line(&std::fs::read_to_string(format!("/proc/{pid}/uid_map")).unwrap())
    };
    let a = run("ns-a", "--userns=auto");
    let b = run("ns-b", "--userns=auto:size=1024");
    assert_eq!(b.2, 1024);
    let disjoint = |x: (u32, u32, u32), y: (u32, u32, u32)| x.1 + x.2 <= y.1 || y.1 + y.2 <= x.1;
    assert!(disjoint(a, b), "{a:?} overlaps {b:?}");

    // exec joins the namespace: the same map, the container's root.
    let out = env
        .berth(&["exec", "ns-a", "sh", "-c", "cat /proc/self/uid_map; id -u"])
        .success();
    let lines = out.stdout_lines();
    assert_eq!(map_line(&lines[0]), a, "{out}");
    assert_eq!(lines[1], "0", "{out}");

    env.berth(&["rm", "-f", "ns-a"]).success();
    let c = run("ns-c", "--userns=auto");
    assert!(disjoint(b, c), "{b:?} overlaps {c:?}");
    assert_eq!(
        c.1, a.1,
        "the range of a removed container is handed out again"
    );
    env.berth(&["rm", "-f", "ns-b", "ns-c"]).success();
}

#[test]
fn host_is_the_default_and_bad_values_are_refused() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        env.import_busybox("bb");
        let own = env
            .berth(&["run", "--rm", "bb", "cat", "/proc/self/uid_map"])
            .success()
            .stdout();
        let host = env
            .berth(&[
                "run",
                "--rm",
                "--userns=host",
                "bb",
                "cat",
                "/proc/self/uid_map",
            ])
            .success()
            .stdout();
        assert_eq!(own, host, "{}", env.label());
        if !env.is_rootless() {
            assert_eq!(map_line(&host), (0, 0, u32::MAX), "root: the host's ids");
        }
        let mut bad = vec!["bogus", "auto:size=0", "auto:size=x", "auto:what=1"];
        if !env.is_rootless() {
            bad.push("keep-id");
        }
        for value in bad {
            let flag = format!("--userns={value}");
            env.berth(&["run", "--rm", &flag, "bb", "true"])
                .run()
                .berth_error();
            env.berth(&["create", &flag, "bb", "true"])
                .run()
                .berth_error();
        }
        let ps = env.berth(&["ps", "-a", "-q"]).success();
        assert_eq!(
            ps.stdout().trim(),
            "",
            "a refused --userns left a container"
        );
    }
}
