//! `--userns=auto` as podman users know it: the container's terminal, the size of the
//! range estimated from the image, and the storage drivers it works with.

mod common;

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
