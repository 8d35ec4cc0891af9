//! `--creds` and `--authfile` against a TLS registry with basic auth: credentials given on
//! the command line, and an auth file berth's login writes that skopeo reads, and the other
//! way round.

use std::process::Command;

use crate::common::registry::{PASSWORD, Registry, USER, fresh_like, require_registry_tools};
use crate::common::*;

#[test]
fn creds_and_authfile_interoperate_with_skopeo() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = Registry::tls_basic();
    let seed = TestEnv::new();
    seed.import_busybox("bb:1");
    let layout = seed.work().join("layout");
    seed.berth(&[
        "save",
        "--format",
        "oci-dir",
        "-o",
        layout.to_str().unwrap(),
        "bb:1",
    ])
    .success();
    reg.skopeo_push(&format!("oci:{}", layout.display()), "private/bb:1", &[]);
    let name = format!("{}/private/bb:1", reg.host);
    let ca = reg.ca.as_ref().unwrap();
    for env in TestEnv::all() {
        let fresh = fresh_like(&env);
        std::fs::write(
            fresh.config_path(),
            format!("[registries.ca]\n\"{}\" = \"{}\"\n", reg.host, ca.display()),
        )
        .unwrap();
        // --creds alone: no auth file involved.
        fresh
            .berth(&["pull", "-q", "--creds", &format!("{USER}:wrong"), &name])
            .run()
            .berth_error();
        fresh
            .berth(&[
                "pull",
                "-q",
                "--creds",
                &format!("{USER}:{PASSWORD}"),
                &name,
            ])
            .success();

        // login --authfile writes where it is told; skopeo reads that file.
        let authfile = fresh.work().join("auth.json");
        fresh
            .berth(&[
                "login",
                "-u",
                USER,
                "-p",
                PASSWORD,
                "--authfile",
                authfile.to_str().unwrap(),
                &reg.host,
            ])
            .success();
        let out = Command::new("skopeo")
            .args(["inspect", "--authfile", authfile.to_str().unwrap()])
            .arg("--cert-dir")
            .arg(reg.cert_dir())
            .arg(format!("docker://{name}"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );

        // skopeo's login file, read by berth's pull --authfile.
        let theirs = fresh.work().join("skopeo-auth.json");
        let out = Command::new("skopeo")
            .args(["login", "-u", USER, "-p", PASSWORD, "--authfile"])
            .arg(&theirs)
            .arg("--cert-dir")
            .arg(reg.cert_dir())
            .arg(&reg.host)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        fresh.chown_to_user(&theirs);
        fresh.berth(&["rmi", &name]).success();
        fresh
            .berth(&["pull", "-q", "--authfile", theirs.to_str().unwrap(), &name])
            .success();
    }
}
