//! `--userns=auto` as podman users know it: the container's terminal, the size of the
//! range estimated from the image, and the storage drivers it works with.

use crate::common;

use std::os::unix::fs::MetadataExt;

use common::*;

fn root_env() -> Option<TestEnv> {
    if !require_root() || !require_busybox() {
        return None;
    }
    require_userns_pool()?;
    let env = TestEnv::new();
    env.import_busybox("bb");
    Some(env)
}

/// The outside start of the first line of a uid_map or gid_map.
fn map_outside(text: &str) -> u32 {
    text.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// Output read through a pty: lines end in "\r\n".
fn tty_lines(out: &Output) -> Vec<String> {
    out.stdout()
        .lines()
        .map(|l| l.trim_end_matches('\r').to_owned())
        .collect()
}

#[test]
fn auto_ptys_belong_to_the_containers_tty_group() {
    let Some(env) = root_env() else {
        return;
    };
    // The pty's group and mode, the owners and modes of ptmx and /dev/pts, as a container
    // without a namespace of its own shows them.
    let script = "stat -c '%g %a' $(tty); stat -c '%u:%g %a' /dev/pts/ptmx /dev/pts; id -g";
    let host = env
        .berth(&["run", "--rm", "-t", "bb", "sh", "-c", script])
        .success();
    assert_eq!(
        tty_lines(&host),
        ["5 620", "0:0 666", "0:0 755", "0"],
        "{host}"
    );
    let auto = env
        .berth(&[
            "run",
            "--rm",
            "-t",
            "--userns=auto",
            "bb",
            "sh",
            "-c",
            script,
        ])
        .success();
    assert_eq!(tty_lines(&auto), tty_lines(&host), "{auto}");

    // From the host, the pty belongs to the range: its group is the one mapped to 5.
    env.berth(&[
        "run",
        "-d",
        "-t",
        "--name",
        "tty",
        "--userns=auto",
        "bb",
        "sleep",
        "1000",
    ])
    .success();
    let pid = wait_pid(&env, "tty");
    let gid_base = map_outside(&std::fs::read_to_string(format!("/proc/{pid}/gid_map")).unwrap());
    let pty = std::fs::metadata(format!("/proc/{pid}/fd/0")).unwrap();
    assert_eq!(pty.gid(), gid_base + 5, "the pty's group on the host");
    env.berth(&["rm", "-f", "tty"]).success();
}

/// The size (third field) of the first line of a uid_map.
fn map_size(text: &str) -> u32 {
    text.split_whitespace().nth(2).unwrap().parse().unwrap()
}

/// A busybox image as plain as the upstream one: root owns every file, and /etc/passwd and
/// /etc/group name root and nobody/nogroup (65534) only; plus `extra` files with owners.
fn plain_image(extra: &[(&str, u32)]) -> Vec<u8> {
    let busybox = std::fs::read(BUSYBOX).unwrap();
    let mut b = tar::Builder::new(Vec::new());
    let mut add = |path: &str, kind: tar::EntryType, mode: u32, owner: u32, data: &[u8]| {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(mode);
        h.set_uid(u64::from(owner));
        h.set_gid(u64::from(owner));
        h.set_size(data.len() as u64);
        if kind == tar::EntryType::Symlink {
            b.append_link(&mut h, path, "busybox").unwrap();
        } else {
            b.append_data(&mut h, path, data).unwrap();
        }
    };
    for dir in ["bin/", "etc/", "tmp/", "data/"] {
        add(dir, tar::EntryType::Directory, 0o755, 0, b"");
    }
    add("bin/busybox", tar::EntryType::Regular, 0o755, 0, &busybox);
    for applet in busybox_applets() {
        add(
            &format!("bin/{applet}"),
            tar::EntryType::Symlink,
            0o777,
            0,
            b"",
        );
    }
    let mut files: Vec<(&str, &[u8], u32)> = vec![
        (
            "etc/passwd",
            b"root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n",
            0,
        ),
        ("etc/group", b"root:x:0:\nnogroup:x:65534:\n", 0),
    ];
    files.extend(
        extra
            .iter()
            .map(|&(path, owner)| (path, b"x\n".as_slice(), owner)),
    );
    for (path, data, owner) in files {
        add(path, tar::EntryType::Regular, 0o644, owner, data);
    }
    b.into_inner().unwrap()
}

fn import(env: &TestEnv, name: &str, tar: &[u8]) {
    let path = env.write_file(&format!("{name}.tar"), tar);
    env.berth(&["import", path.to_str().unwrap(), name])
        .success();
}

/// The uid map size of a container of `image` run with `flags`, and its output lines.
fn run_size(env: &TestEnv, flags: &[&str], image: &str, script: &str) -> (u32, Vec<String>) {
    let mut args = vec!["run", "--rm"];
    args.extend(flags);
    args.extend([image, "sh", "-c"]);
    let script = format!("cat /proc/self/uid_map; {script}");
    args.push(&script);
    let out = env.berth(&args).success();
    let lines = out.stdout_lines();
    (map_size(&lines[0]), lines[1..].to_vec())
}

#[test]
fn auto_sizes_the_range_from_the_image() {
    let Some(env) = root_env() else {
        return;
    };
    let auto = ["--userns=auto"];
    import(&env, "plain", &plain_image(&[]));
    import(&env, "odd", &plain_image(&[("data/owned", 3000)]));

    // Only root and nobody: the minimum.
    assert_eq!(run_size(&env, &auto, "plain", "true").0, 1024);
    // A file owned by 3000: room for it, and it keeps its owner inside.
    let (size, lines) = run_size(&env, &auto, "odd", "stat -c %u:%g /data/owned");
    assert_eq!(size, 3001, "range for a file owned by 3000");
    assert_eq!(lines, ["3000:3000"]);
    // The test fixture: tester (1000) in /etc/passwd, a file owned by 1234.
    assert_eq!(run_size(&env, &auto, "bb", "true").0, 1235);
    // The -u user counts; size=N still wins.
    let (size, lines) = run_size(&env, &["--userns=auto", "-u", "5000:42"], "plain", "id -u");
    assert_eq!((size, lines), (5001, vec!["5000".to_string()]));
    let (size, lines) = run_size(
        &env,
        &["--userns=auto:size=2000"],
        "odd",
        "stat -c %u /data/owned",
    );
    assert_eq!(size, 2000);
    assert_eq!(lines, ["65534"], "an id outside the range shows as nobody");

    // Layers extracted before owners were recorded are walked instead.
    for entry in std::fs::read_dir(env.root().join("layers")).unwrap() {
        let path = entry.unwrap().path().join("layer.json");
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let mut rec: serde_json::Value = serde_json::from_str(&text).unwrap();
        rec.as_object_mut().unwrap().remove("owners");
        std::fs::write(&path, rec.to_string()).unwrap();
    }
    assert_eq!(run_size(&env, &auto, "odd", "true").0, 3001);
    assert_eq!(run_size(&env, &auto, "plain", "true").0, 1024);

    // An image needing more than auto gives by itself: refused, nothing left behind.
    import(&env, "huge", &plain_image(&[("data/far", 70000)]));
    env.berth(&["run", "--rm", "--userns=auto", "huge", "true"])
        .failure_code(125)
        .stderr_contains("--userns=auto:size=70001");
    env.berth(&["create", "--userns=auto", "huge", "true"])
        .failure_code(125);
    assert_eq!(env.berth(&["ps", "-a", "-q"]).success().stdout().trim(), "");
    assert_eq!(
        run_size(
            &env,
            &["--userns=auto:size=70001"],
            "huge",
            "stat -c %u /data/far"
        )
        .1,
        ["70000"]
    );
}

#[test]
fn auto_works_on_the_fuse_overlayfs_driver() {
    if !require_cmd("fuse-overlayfs") {
        return;
    }
    let Some(env) = root_env() else {
        return;
    };
    std::fs::write(
        env.config_path(),
        "[storage]\ndriver = \"fuse-overlayfs\"\n",
    )
    .unwrap();
    let script = "head -1 /proc/self/mountinfo; cat /proc/self/uid_map; id -u; \
                  stat -c %u:%g /bin/busybox /srv/owned-by-1234; touch /new; stat -c %u:%g /new";
    let out = env
        .berth(&[
            "run",
            "--name",
            "fz",
            "--userns=auto",
            "bb",
            "sh",
            "-c",
            script,
        ])
        .success();
    let lines = out.stdout_lines();
    assert!(lines[0].contains("fuse.fuse-overlayfs"), "{out}");
    assert_eq!(map_size(&lines[1]), 1235, "{out}");
    assert_eq!(lines[2..], ["0", "0:0", "1234:1234", "0:0"], "{out}");
    // What the container's root wrote is stored as the image's root, as on overlay.
    let id = env
        .berth(&["inspect", "-f", "{{.Id}}", "fz"])
        .success()
        .stdout();
    let new = std::fs::metadata(
        env.root()
            .join("containers")
            .join(id.trim())
            .join("upper/new"),
    )
    .unwrap();
    assert_eq!((new.uid(), new.gid()), (0, 0));
    env.berth(&["start", "-a", "fz"]).success();
    // inspect shows what was asked, not the size estimated.
    let mode = env
        .berth(&["inspect", "-f", "{{.HostConfig.UsernsMode}}", "fz"])
        .success()
        .stdout();
    assert_eq!(mode.trim(), "auto");
    env.berth(&["rm", "fz"]).success();
}
