//! The VM test bed (vm/run.sh): a real cgroup v2 kernel under qemu, for what the host's
//! cgroup v1 hybrid layout cannot show. The guest runs the checks in vm/checks/ as root and
//! as an unprivileged user with a delegated subtree; each must report ok.

use crate::common;

use std::path::Path;
use std::time::Duration;

use common::*;

/// Every check the guest must report, for each of root and the user.
const CHECKS: &[&str] = &[
    "import",
    "smoke",
    "oom",
    "oom-inspect",
    "pids",
    "memory-max",
    "cpu-weight",
    "cpu-max",
    "pids-max",
    "io-weight",
    "update",
    "cgroup-removed",
    "sys-fs-cgroup",
    "cpu-half",
    "placement",
    "memory-low",
    "memory-swap-max",
    "update-memory-max",
    "cpuset-cpus",
    "cpuset-mems",
    "cpu-quota",
    "io-max",
    "devices-denied",
    "devices-standard",
    "device-flag",
    "delegated-unit",
    "delegated-run-d",
    "delegated-stop",
    "delegated-rm",
    "delegated-start",
    "delegated-rm-f",
];

/// Checks reported as root only (the guest kernel has no bridge: rootful `run` without
/// `--network` must say what to use instead).
const ROOT_CHECKS: &[&str] = &["no-bridge-hint"];

/// Controllers the guest's cgroup2 root must offer.
const CONTROLLERS: &[&str] = &["cpuset", "cpu", "io", "memory", "pids"];

#[test]
fn cgroup_v2_checks_pass_in_the_vm() {
    if !require_root()
        || !require_busybox()
        || !require_cmd("qemu-system-x86_64")
        || !require_cmd("dpkg-deb")
        || !require_cmd("apt-get")
        || !require_cmd("setfattr")
    {
        return;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("vm/run.sh");
    let env = TestEnv::new();
    let out = env
        .cmd(&script, &[berth_bin()])
        .env("TMPDIR", env.work())
        .timeout(Duration::from_secs(1200))
        .run();
    let console = out.stdout().replace('\r', "");
    assert_eq!(out.code(), Some(0), "the guest did not finish\n{out}");

    let controllers = console
        .lines()
        .find_map(|l| l.strip_prefix("BERTH-VM-CONTROLLERS "))
        .unwrap_or_else(|| panic!("no controller line\n{console}"));
    for c in CONTROLLERS {
        assert!(
            controllers.split_whitespace().any(|x| x == *c),
            "controller {c} missing from the guest's cgroup2 root: {controllers}"
        );
    }

    let results: Vec<(&str, &str, &str)> = console
        .lines()
        .filter_map(|l| l.strip_prefix("RESULT "))
        .map(|l| {
            let mut parts = l.splitn(3, ' ');
            (
                parts.next().unwrap_or(""),
                parts.next().unwrap_or(""),
                parts.next().unwrap_or(""),
            )
        })
        .collect();
    let failed: Vec<String> = results
        .iter()
        .filter(|(_, status, _)| *status != "ok")
        .map(|(name, _, detail)| format!("{name}: {detail}"))
        .collect();
    assert!(
        failed.is_empty(),
        "failed in the VM:\n{}",
        failed.join("\n")
    );
    let expected = (["root", "user"].iter())
        .flat_map(|m| CHECKS.iter().map(move |c| format!("{m}-{c}")))
        .chain(ROOT_CHECKS.iter().map(|c| format!("root-{c}")));
    for name in expected {
        assert!(
            results.iter().any(|(n, _, _)| *n == name),
            "the guest never reported {name}\n{console}"
        );
    }
}
