//! Rootless `--userns=auto[:size=N]`: a range of the user's own subordinate ids per
//! container, never overlapping another auto container of the user, image owners kept
//! through shifted layer copies (as for keep-id).

use crate::common;
use crate::common::userns;

use std::os::unix::fs::MetadataExt;
use std::time::Duration;

use common::*;
use userns::{map_line, sub_range};

fn first_subuid(user: &str) -> u32 {
    sub_range("/etc/subuid", user).0
}

#[test]
fn rootless_auto_gives_disjoint_ranges_of_the_users_subordinate_ids() {
    if !require_rootless() || !require_busybox() {
        return;
    }
    let env = TestEnv::rootless();
    env.import_busybox("bb");
    let vol = env.mkdir("vol");
    std::fs::set_permissions(&vol, std::os::unix::fs::PermissionsExt::from_mode(0o777)).unwrap();
    let bind = format!("{}:/vol", vol.display());
    env.berth(&[
        "run",
        "-d",
        "--name",
        "a1",
        "--userns=auto:size=2000",
        "-v",
        &bind,
        "bb",
        "sh",
        "-c",
        "touch /vol/a1; sleep 1000",
    ])
    .success();
    let pid = wait_pid(&env, "a1");
    // Read from the host: outside ids are host ids.
    let a = map_line(&std::fs::read_to_string(format!("/proc/{pid}/uid_map")).unwrap());
    assert_eq!(
        a,
        (0, first_subuid(TEST_USER), 2000),
        "the first free range"
    );

    let out = env
        .berth(&[
            "run",
            "--rm",
            "--userns=auto:size=2000",
            "-v",
            &bind,
            "bb",
            "sh",
            "-c",
            "cat /proc/self/uid_map; id -u; stat -c %u:%g / /bin/busybox /etc/passwd \
             /srv/owned-by-1234 /home/tester; touch /vol/a2; touch /made && echo made",
        ])
        .success();
    let lines = out.stdout_lines();
    // From inside, outside ids are those of berth's namespace: 1 is the first subordinate
    // id, and the first container holds 1..2001.
    assert_eq!(map_line(&lines[0]), (0, 2001, 2000), "{out}");
    assert_eq!(lines[1], "0", "{out}");
    assert_eq!(
        lines[2..7],
        ["0:0", "0:0", "0:0", "1234:1234", "1000:1000"],
        "image owners as seen from inside\n{out}"
    );
    assert_eq!(lines[7], "made", "{out}");
    let owner = |f: &str| std::fs::metadata(vol.join(f)).unwrap().uid();
    let wait = std::time::Instant::now() + Duration::from_secs(10);
    while !vol.join("a1").exists() && std::time::Instant::now() < wait {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        owner("a1"),
        first_subuid(TEST_USER),
        "a1's root on the host"
    );
    assert_eq!(
        owner("a2"),
        first_subuid(TEST_USER) + 2000,
        "a2's root on the host"
    );

    let out = env.berth(&["exec", "a1", "sh", "-c", "id -u; cat /proc/self/uid_map"]);
    let out = out.success();
    assert_eq!(out.stdout_lines()[0], "0", "{out}");
    assert_eq!(map_line(&out.stdout_lines()[1]), (0, 1, 2000), "{out}");
    let out = env
        .berth(&["inspect", "-f", "{{.HostConfig.UsernsMode}}", "a1"])
        .success();
    assert_eq!(out.stdout().trim(), "auto:size=2000");

    // The rest of the user's ids cannot hold another range of 65536 ids.
    env.berth(&["run", "--rm", "--userns=auto:size=65536", "bb", "true"])
        .run()
        .berth_error()
        .stderr_contains("no free range");
    env.berth(&["rm", "-f", "a1"]).success();
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--userns=auto:size=65536",
            "bb",
            "cat",
            "/proc/self/uid_map",
        ])
        .success();
    assert_eq!(
        map_line(&out.stdout()),
        (0, 1, 65536),
        "a removed container's range is free again"
    );
}

#[test]
fn rootless_auto_needs_subordinate_ids() {
    if !require_solo_user() || !require_busybox() {
        return;
    }
    let env = TestEnv::as_user(SOLO_USER);
    env.import_busybox("bb");
    env.berth(&["create", "--userns=auto", "bb", "true"])
        .run()
        .berth_error()
        .stderr_contains("needs subordinate ids");
    let ps = env.berth(&["ps", "-a", "-q"]).success();
    assert_eq!(ps.stdout().trim(), "");
}
