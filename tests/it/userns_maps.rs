//! `--uidmap`/`--gidmap`: explicit user namespace maps, as root (host ids) and rootless
//! (ids of berth's namespace, within the user's ranges); the image's files keep their
//! owners as seen inside; refused values.

use crate::common;
use crate::common::userns::sub_range;

use std::os::unix::fs::MetadataExt;

use common::*;

/// The container's uid_map and gid_map, one line each squeezed to single spaces, then
/// `stat` of the image's odd-owned file and of a file it writes to a volume.
const SCRIPT: &str = "for f in uid_map gid_map; do echo $(cat /proc/self/$f); done; \
                      stat -c %u:%g /srv/owned-by-1234; id -u; \
                      touch /vol/made && chown 1234:1234 /vol/made";

fn run_mapped(env: &TestEnv, maps: &[&str], vol: &std::path::Path) -> Vec<String> {
    let bind = format!("{}:/vol", vol.display());
    let mut args = vec!["run", "--rm", "-v", &bind];
    args.extend_from_slice(maps);
    args.extend_from_slice(&["bb", "sh", "-c", SCRIPT]);
    env.berth(&args).success().stdout_lines()
}

#[test]
fn explicit_maps_as_root_are_host_ids() {
    if !require_root() || !require_busybox() {
        return;
    }
    let env = TestEnv::new();
    env.import_busybox("bb");
    let vol = env.mkdir("vol");
    std::fs::set_permissions(&vol, std::os::unix::fs::PermissionsExt::from_mode(0o777)).unwrap();
    let out = run_mapped(
        &env,
        &["--uidmap", "0:300000:2000", "--gidmap", "0:400000:2000"],
        &vol,
    );
    assert_eq!(
        out,
        ["0 300000 2000", "0 400000 2000", "1234:1234", "0"],
        "uid_map, gid_map, image owner, id"
    );
    let made = std::fs::metadata(vol.join("made")).unwrap();
    assert_eq!((made.uid(), made.gid()), (301234, 401234));

    // One map serves for both; inspect shows them.
    let id = env
        .berth(&[
            "create",
            "--uidmap",
            "0:300000:2000",
            "--uidmap",
            "5000:200:1",
            "bb",
            "true",
        ])
        .success()
        .stdout();
    let shown = env
        .berth(&[
            "inspect",
            "-f",
            "{{json .HostConfig.IDMappings}}",
            id.trim(),
        ])
        .success()
        .stdout();
    assert_eq!(
        shown.trim(),
        r#"{"UidMap":["0:300000:2000","5000:200:1"],"GidMap":["0:300000:2000","5000:200:1"]}"#
    );

    // exec joins the container's namespace.
    env.berth(&[
        "run",
        "-d",
        "--name",
        "mapped",
        "--uidmap",
        "0:300000:2000",
        "bb",
        "sleep",
        "60",
    ])
    .success();
    let out = env
        .berth(&[
            "exec",
            "-u",
            "1234",
            "mapped",
            "sh",
            "-c",
            "echo $(cat /proc/self/uid_map) $(id -u)",
        ])
        .success();
    assert_eq!(out.stdout().trim(), "0 300000 2000 1234");
    env.berth(&["rm", "-f", "mapped"]).success();
}

#[test]
fn explicit_maps_rootless_lie_within_the_users_ids() {
    if !require_rootless() || !require_busybox() {
        return;
    }
    let env = TestEnv::rootless();
    env.import_busybox("bb");
    let vol = env.mkdir("vol");
    let (sub_start, sub_count) = sub_range("/etc/subuid", TEST_USER);
    let (gsub_start, _) = sub_range("/etc/subgid", TEST_USER);
    // Container root is the user (berth's 0), 1..2000 its subordinate ids 1.. .
    let out = run_mapped(&env, &["--uidmap", "0:0:1", "--uidmap", "1:1:2000"], &vol);
    assert_eq!(
        out,
        ["0 0 1 1 1 2000", "0 0 1 1 1 2000", "1234:1234", "0"],
        "uid_map, gid_map, image owner, id"
    );
    let made = std::fs::metadata(vol.join("made")).unwrap();
    // The container's 1234 is berth's 1234, the user's subordinate id 1233.
    assert_eq!(
        (made.uid(), made.gid()),
        (sub_start + 1233, gsub_start + 1233)
    );

    // exec joins berth's namespace, then the container's.
    env.berth(&[
        "run", "-d", "--name", "mapped", "--uidmap", "0:1:2000", "bb", "sleep", "60",
    ])
    .success();
    let out = env
        .berth(&[
            "exec",
            "-u",
            "1234",
            "mapped",
            "sh",
            "-c",
            "echo $(cat /proc/self/uid_map) $(id -u)",
        ])
        .success();
    assert_eq!(out.stdout().trim(), "0 1 2000 1234");
    env.berth(&["rm", "-f", "mapped"]).success();

    // berth has the user's own id and the subordinate ones: one more than these.
    let beyond = format!("0:1:{}", sub_count + 1);
    env.berth(&["create", "--uidmap", &beyond, "bb", "true"])
        .run()
        .berth_error()
        .stderr_contains("within your");
    assert_eq!(env.berth(&["ps", "-aq"]).success().stdout().trim(), "");
}

#[test]
fn bad_maps_are_refused_with_one_line() {
    for env in TestEnv::all_with_busybox() {
        for flags in [
            &["--uidmap", "0:100000"][..],
            &["--uidmap", "a:b:c"],
            &["--gidmap", "0:1:0"],
            &["--uidmap", "0:1000:10", "--uidmap", "5:2000:10"],
            &["--uidmap", "0:1:10", "--userns=auto"],
        ] {
            let mut args = vec!["create"];
            args.extend_from_slice(flags);
            args.extend_from_slice(&["bb", "true"]);
            env.berth(&args).run().berth_error();
        }
        assert_eq!(env.berth(&["ps", "-aq"]).success().stdout().trim(), "");
    }
}
