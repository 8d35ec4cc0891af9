//! Resource limits on this host's own cgroup layout (cgroup v1 hybrid on the development
//! machines, v2 elsewhere): as root the limits bite; rootless without a delegated v2 subtree
//! they are refused with the reason. The v2-only checks run in the VM (tests/vm.rs).

use crate::common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::*;

fn root_env() -> Option<TestEnv> {
    if !require_busybox() || !require_root() {
        return None;
    }
    let env = TestEnv::new();
    env.import_busybox("bb");
    Some(env)
}

fn inspect(env: &TestEnv, name: &str) -> serde_json::Value {
    let out = env.berth(&["inspect", name]).success();
    let v: serde_json::Value = serde_json::from_str(&out.stdout()).unwrap();
    v[0].clone()
}

fn wait_running(env: &TestEnv, name: &str) -> i32 {
    let end = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let v = inspect(env, name);
        if v["State"]["Running"] == true && v["State"]["Pid"].as_i64().unwrap_or(0) > 1 {
            return v["State"]["Pid"].as_i64().unwrap() as i32;
        }
        assert!(std::time::Instant::now() < end, "{name} never ran");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The directory of `pid`'s cgroup for `controller` (v1), or its v2 cgroup.
fn cgroup_dir(pid: i32, controller: &str) -> PathBuf {
    let text = std::fs::read_to_string(format!("/proc/{pid}/cgroup")).unwrap();
    let unified = Path::new("/sys/fs/cgroup/cgroup.controllers").exists();
    for line in text.lines() {
        let mut f = line.splitn(3, ':');
        let (_, ctrls, path) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
        let rel = path.trim_start_matches('/');
        if unified && ctrls.is_empty() {
            return Path::new("/sys/fs/cgroup").join(rel);
        }
        if !unified && ctrls.split(',').any(|c| c == controller) {
            return Path::new("/sys/fs/cgroup").join(controller).join(rel);
        }
    }
    panic!("pid {pid} has no {controller} cgroup:\n{text}");
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file))
        .unwrap_or_else(|e| panic!("{}/{file}: {e}", dir.display()))
        .trim()
        .to_string()
}

#[test]
fn memory_over_the_limit_is_oom_killed_and_reported() {
    let Some(env) = root_env() else { return };
    env.berth(&[
        "run",
        "--name",
        "hog",
        "-m",
        "16m",
        "--memory-swap",
        "16m",
        "bb",
        "sh",
        "-c",
        "x=a; while true; do x=$x$x; done",
    ])
    .failure_code(137);
    let v = inspect(&env, "hog");
    assert_eq!(v["State"]["OOMKilled"], true, "{v}");
    assert_eq!(v["State"]["ExitCode"], 137, "{v}");
    // The cgroup is gone with the container's processes.
    let id = v["Id"].as_str().unwrap();
    for base in ["/sys/fs/cgroup/memory/berth", "/sys/fs/cgroup/berth"] {
        assert!(
            !Path::new(base).join(id).exists(),
            "{base}/{id} left behind"
        );
    }
    // A container within its limit is not reported.
    env.berth(&["run", "--name", "calm", "-m", "64m", "bb", "true"])
        .success();
    assert_eq!(inspect(&env, "calm")["State"]["OOMKilled"], false);
}

#[test]
fn fork_loop_stops_at_the_pids_limit() {
    let Some(env) = root_env() else { return };
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--pids-limit",
            "8",
            "bb",
            "sh",
            "-c",
            // The loop runs in a child shell, which dies when a fork fails; the outer
            // shell then counts the tasks left without forking (a glob is a builtin).
            "sh -c 'n=0; while [ $n -lt 30 ]; do sleep 5 & n=$((n+1)); done' 2>/dev/null; \
             set -- /proc/[0-9]*; echo $#",
        ])
        .success();
    let lines = out.stdout();
    let count: usize = lines
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or_else(|| panic!("{out}"));
    // Without the limit there would be 31 tasks.
    assert!(
        count <= 8,
        "more than 8 tasks ran under --pids-limit 8\n{out}"
    );
    assert!(count >= 5, "{out}");
}

#[test]
fn limits_land_in_the_cgroup_files_and_update_changes_them() {
    let Some(env) = root_env() else { return };
    env.berth(&[
        "run",
        "-d",
        "--name",
        "lim",
        "-m",
        "64m",
        "--cpus",
        "0.5",
        "-c",
        "512",
        "--pids-limit",
        "50",
        "bb",
        "sleep",
        "60",
    ])
    .success();
    let pid = wait_running(&env, "lim");
    let v2 = Path::new("/sys/fs/cgroup/cgroup.controllers").exists();
    if v2 {
        let d = cgroup_dir(pid, "");
        assert_eq!(read(&d, "memory.max"), (64u64 << 20).to_string());
        assert_eq!(read(&d, "cpu.max"), "50000 100000");
        assert_eq!(read(&d, "cpu.weight"), "20");
        assert_eq!(read(&d, "pids.max"), "50");
    } else {
        let mem = cgroup_dir(pid, "memory");
        assert_eq!(
            read(&mem, "memory.limit_in_bytes"),
            (64u64 << 20).to_string()
        );
        let cpu = cgroup_dir(pid, "cpu");
        assert_eq!(read(&cpu, "cpu.cfs_quota_us"), "50000");
        assert_eq!(read(&cpu, "cpu.shares"), "512");
        assert_eq!(read(&cgroup_dir(pid, "pids"), "pids.max"), "50");
    }
    env.berth(&["update", "-m", "128m", "--pids-limit", "20", "lim"])
        .success()
        .stdout_contains("lim");
    let (mem_dir, mem_file) = if v2 {
        (cgroup_dir(pid, ""), "memory.max")
    } else {
        (cgroup_dir(pid, "memory"), "memory.limit_in_bytes")
    };
    assert_eq!(read(&mem_dir, mem_file), (128u64 << 20).to_string());
    let pids_dir = if v2 {
        cgroup_dir(pid, "")
    } else {
        cgroup_dir(pid, "pids")
    };
    assert_eq!(read(&pids_dir, "pids.max"), "20");
    // The record keeps the new limits for the next start.
    let v = inspect(&env, "lim");
    assert_eq!(v["HostConfig"]["Memory"], 128u64 << 20, "{v}");
    env.berth(&["rm", "-f", "lim"]).success();
}

/// A container started without limits gets one later: on a hybrid host it joins the v1
/// hierarchy of that limit then (processes forked since included), and leaves it on rm.
#[test]
fn update_adds_a_limit_the_container_started_without() {
    let Some(env) = root_env() else { return };
    env.berth(&[
        "run",
        "-d",
        "--name",
        "late",
        "bb",
        "sh",
        "-c",
        "sleep 60 & sleep 60",
    ])
    .success();
    let pid = wait_running(&env, "late");
    let id = inspect(&env, "late")["Id"].as_str().unwrap().to_string();
    env.berth(&["update", "--pids-limit", "30", "late"])
        .success();
    let v2 = Path::new("/sys/fs/cgroup/cgroup.controllers").exists();
    let dir = cgroup_dir(pid, if v2 { "" } else { "pids" });
    assert_eq!(read(&dir, "pids.max"), "30");
    let procs = read(&dir, "cgroup.procs");
    assert!(procs.lines().count() >= 2, "both processes moved: {procs}");
    env.berth(&["rm", "-f", "late"]).success();
    let gone = |d: &Path| !d.exists();
    let end = std::time::Instant::now() + Duration::from_secs(10);
    while !gone(&dir) && std::time::Instant::now() < end {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(gone(&dir), "{} left behind ({id})", dir.display());
}

#[test]
fn rootless_limits_without_a_delegated_cgroup_are_refused_once() {
    if !require_busybox() || !require_rootless() {
        return;
    }
    let env = TestEnv::rootless();
    env.import_busybox("bb");
    let out = env
        .berth(&["run", "--rm", "-m", "64m", "bb", "true"])
        .run()
        .berth_error();
    assert!(
        out.stderr().contains("cannot apply resource limits"),
        "{out}"
    );
    assert!(out.stderr().contains("--cgroups=disabled"), "{out}");
    // Nothing was created.
    let ps = env.berth(&["ps", "-a", "-q"]).success();
    assert_eq!(ps.stdout().trim(), "");
    // Without limits, or with cgroups disabled, the container runs.
    env.berth(&["run", "--rm", "bb", "true"]).success();
    env.berth(&[
        "run",
        "--rm",
        "--cgroups=disabled",
        "-m",
        "64m",
        "bb",
        "true",
    ])
    .success()
    .stderr_contains("not applied");
}

#[test]
fn bad_limits_fail_with_one_line() {
    let Some(env) = root_env() else { return };
    for args in [
        &["-m", "64q"][..],
        &["-m", "1k"],
        &["--memory-swap", "1g"],
        &["--cpus", "lots"],
        &["--cpus", "0.5", "--cpu-quota", "50000"],
        &["--cpu-shares", "1"],
        &["--cpuset-cpus", "3-1"],
        // No host here has that many CPUs or memory nodes online.
        &["--cpuset-cpus", "0,4095"],
        &["--cpuset-mems", "4095"],
        &["--blkio-weight", "5"],
        &["--device-read-bps", "/dev/berth-no-such-disk:1mb"],
        &["--device-write-bps", "/dev/null:1mb"],
        &["--cgroups", "sometimes"],
    ] {
        let mut full = vec!["run", "--rm"];
        full.extend_from_slice(args);
        full.extend_from_slice(&["bb", "true"]);
        env.berth(&full).run().berth_error();
    }
    // A CPU that is not online is refused at create time, naming the host's list.
    let online = std::fs::read_to_string("/sys/devices/system/cpu/online").unwrap();
    let out = env
        .berth(&["create", "--cpuset-cpus", "4095", "bb", "true"])
        .run()
        .berth_error();
    out.stderr_contains(&format!("(online: {})", online.trim()));
    let ps = env.berth(&["ps", "-a", "-q"]).success();
    assert_eq!(ps.stdout().trim(), "", "a refused run left a container");
}

/// The container's memory limit as its own /sys/fs/cgroup shows it, on a cgroup2 host
/// (memory.max) or a v1 / hybrid one (memory/memory.limit_in_bytes).
const READ_OWN_LIMIT: &str = "if [ -f /sys/fs/cgroup/cgroup.controllers ]; \
     then f=/sys/fs/cgroup/memory.max; else f=/sys/fs/cgroup/memory/memory.limit_in_bytes; fi; \
     echo limit=$(cat $f)";

/// Regression (issue 12, hole 7): /sys/fs/cgroup is mounted in the container's cgroup
/// namespace, read-only, showing the container's own limits (runtimes size themselves from
/// it); no control file, release_agent included, can be written and no cgroup made.
/// `--privileged` makes it writable.
#[test]
fn sys_fs_cgroup_shows_the_containers_own_limits_read_only() {
    let Some(env) = root_env() else {
        return;
    };
    let out = env
        .berth(&[
            "run",
            "--rm",
            "-m",
            "64m",
            "bb",
            "sh",
            "-c",
            &format!(
                "{READ_OWN_LIMIT}; \
                 for f in $(find /sys/fs/cgroup -name release_agent -o -name '*.max' \
                     -o -name '*limit_in_bytes' -o -name cgroup.procs -o -name tasks \
                     -o -name notify_on_release -o -name cgroup.subtree_control); do \
                   echo 0 2>/dev/null > $f && echo wrote $f; done; \
                 mkdir /sys/fs/cgroup/made 2>/dev/null && echo made-top; \
                 mkdir /sys/fs/cgroup/memory/made 2>/dev/null && echo made-v1; \
                 echo done"
            ),
        ])
        .success()
        .stdout();
    assert!(out.contains("limit=67108864"), "{out}");
    assert!(!out.contains("wrote "), "a control file was written\n{out}");
    assert!(!out.contains("made-"), "a cgroup was made\n{out}");

    let out = env
        .berth(&[
            "run",
            "--rm",
            "--privileged",
            "-m",
            "64m",
            "bb",
            "sh",
            "-c",
            "if [ -f /sys/fs/cgroup/cgroup.controllers ]; then d=/sys/fs/cgroup; \
             else d=/sys/fs/cgroup/memory; fi; mkdir $d/sub && echo made; rmdir $d/sub",
        ])
        .success()
        .stdout();
    assert!(out.contains("made"), "--privileged: writable\n{out}");
}

/// Regression (issue 12, hole 7, after `update`): the container's /sys/fs/cgroup follows
/// its limits when `update` changes them, whether the container started with the limit
/// (`-m 64m`, then `-m 128m`) or without it (on a hybrid host that puts the container in a
/// v1 hierarchy it was not in, which the view it started with cannot show); the view stays
/// read-only.
#[test]
fn sys_fs_cgroup_follows_update() {
    let Some(env) = root_env() else {
        return;
    };
    let own_limit = |name: &str| {
        env.berth(&["exec", name, "sh", "-c", READ_OWN_LIMIT])
            .success()
            .stdout()
    };
    env.berth(&[
        "run", "-d", "-m", "64m", "--name", "with", "bb", "sleep", "300",
    ])
    .success();
    env.berth(&["run", "-d", "--name", "without", "bb", "sleep", "300"])
        .success();
    let before = own_limit("with");
    env.berth(&["update", "-m", "128m", "with"]).success();
    let after = own_limit("with");
    let update = env.berth(&["update", "-m", "96m", "without"]).success();
    let late = own_limit("without");
    let written = env
        .berth(&[
            "exec",
            "without",
            "sh",
            "-c",
            "for f in $(find /sys/fs/cgroup -name '*limit_in_bytes' -o -name memory.max); do \
               echo 0 2>/dev/null > $f && echo wrote $f; done; \
             mkdir /sys/fs/cgroup/made 2>/dev/null && echo made; echo done",
        ])
        .success()
        .stdout();
    env.berth(&["rm", "-f", "with", "without"]).success();
    assert!(before.contains("limit=67108864"), "{before}");
    assert!(
        after.contains("limit=134217728"),
        "after update -m 128m: {after}"
    );
    assert!(
        late.contains("limit=100663296"),
        "a limit added by update: {late}"
    );
    assert!(update.stderr().is_empty(), "{update}");
    assert!(
        written.contains("done") && !written.contains("wrote") && !written.contains("made"),
        "the view after update is writable\n{written}"
    );
}

/// Rootless, the kernel lets the container init mount the hierarchies it is in (rooted at
/// its cgroup namespace, berth's own cgroup where berth could make none): the view is
/// there and nothing in it can be written.
#[test]
fn sys_fs_cgroup_rootless_is_there_and_read_only() {
    if !require_busybox() || !require_rootless() {
        return;
    }
    let env = TestEnv::rootless();
    env.import_busybox("bb");
    let out = env
        .berth(&[
            "run",
            "--rm",
            "bb",
            "sh",
            "-c",
            "ls /sys/fs/cgroup | wc -l; \
             for f in $(find /sys/fs/cgroup -type f); do \
               echo 0 2>/dev/null > $f && echo wrote $f; done; \
             mkdir /sys/fs/cgroup/made 2>/dev/null && echo made; echo done",
        ])
        .success()
        .stdout();
    let entries: u32 = out
        .lines()
        .next()
        .unwrap_or("0")
        .trim()
        .parse()
        .unwrap_or(0);
    assert!(entries > 0, "an empty /sys/fs/cgroup\n{out}");
    assert!(!out.contains("wrote ") && !out.contains("made\n"), "{out}");
}
