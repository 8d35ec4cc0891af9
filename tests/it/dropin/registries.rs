//! registries.conf as podman hosts have it, against a real registry on 127.0.0.1: a prefix
//! rewritten to a local location (pull and run's implicit pull), a mirror tried first, a
//! short-name alias, a blocked registry, and an ambiguous short name in a script.

use crate::common::registry::{Registry, fresh_like, image_id, require_registry_tools};
use crate::common::*;

#[test]
fn registries_conf_redirects_names_to_a_local_registry() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = Registry::plain();
    let seed = TestEnv::new();
    let id = seed.import_busybox("bb:1");
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
    reg.skopeo_push(&format!("oci:{}", layout.display()), "mirror/x/y:1", &[]);
    let host = &reg.host;
    let conf_text = format!(
        r#"
unqualified-search-registries = ["one.invalid", "two.invalid"]

[[registry]]
prefix = "quay.io/x"
location = "{host}/mirror/x"
insecure = true

[[registry]]
prefix = "quay.io/m"
location = "unreachable.invalid/m"
[[registry.mirror]]
location = "{host}/mirror/x"
insecure = true

[[registry]]
location = "blocked.example"
blocked = true

[aliases]
"berth-alias" = "quay.io/x/y"
"#
    );
    for env in TestEnv::all() {
        let mut fresh = fresh_like(&env);
        let conf = fresh.write_file("registries.conf", &conf_text);
        fresh.set_env("CONTAINERS_REGISTRIES_CONF", &conf);

        // The name keeps quay.io; the bytes come from the local location.
        fresh
            .berth(&["pull", "-q", "quay.io/x/y:1"])
            .success()
            .stdout_contains("quay.io/x/y:1");
        assert_eq!(image_id(&fresh, "quay.io/x/y:1"), id, "{}", fresh.label());
        // A mirror comes before the location, which is never reached here.
        fresh.berth(&["pull", "-q", "quay.io/m/y:1"]).success();
        assert_eq!(image_id(&fresh, "quay.io/m/y:1"), id);
        // An alias names the image a short name means.
        fresh.berth(&["pull", "-q", "berth-alias:1"]).success();
        // Blocked, and ambiguous without a terminal to ask on: one line, 125.
        fresh
            .berth(&["pull", "blocked.example/a:1"])
            .run()
            .berth_error()
            .stderr_contains("blocked");
        fresh
            .berth(&["pull", "something:1"])
            .run()
            .berth_error()
            .stderr_contains("ambiguous");
        // info names the file it read.
        fresh
            .berth(&["info", "--format", "{{json .RegistriesConfFiles}}"])
            .success()
            .stdout_contains(&conf.display().to_string());

        // run's implicit pull goes the same way.
        let mut other = fresh_like(&env);
        let conf = other.write_file("registries.conf", &conf_text);
        other.set_env("CONTAINERS_REGISTRIES_CONF", &conf);
        other
            .berth(&["run", "--rm", "quay.io/x/y:1", "cat", "/etc/hostname"])
            .success();
        assert_eq!(image_id(&other, "quay.io/x/y:1"), id);

        // A broken file is named, not skipped.
        let mut broken = fresh_like(&env);
        let conf = broken.write_file("registries.conf", "[[registry]]\nblocked = 1\n");
        broken.set_env("CONTAINERS_REGISTRIES_CONF", &conf);
        broken
            .berth(&["pull", "quay.io/x/y:1"])
            .run()
            .berth_error()
            .stderr_contains("registries.conf");
    }
}

#[test]
fn loopback_registries_are_insecure_by_default() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = Registry::plain();
    let host = &reg.host;
    for env in TestEnv::all_with_busybox() {
        // A CI job's lines against a registry it started on 127.0.0.1: no config needed.
        let name = format!("{host}/ci/{}:1", if env.is_rootless() { "u" } else { "r" });
        env.berth(&["tag", "bb", &name]).success();
        env.berth(&["push", &name]).success();
        let fresh = fresh_like(&env);
        fresh.berth(&["pull", "-q", &name]).success();
        // Asked to verify, the handshake with a plain-HTTP registry fails and says how on.
        for cmd in ["pull", "push"] {
            env.berth(&[cmd, "--tls-verify=true", &name])
                .run()
                .berth_error()
                .stderr_contains("--tls-verify=false");
        }
    }
}

#[test]
fn search_filters_and_formats_and_pull_all_tags() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = Registry::plain();
    let host = &reg.host;
    let seed = TestEnv::new();
    seed.import_busybox("bb:1");
    let layout = seed.work().join("layout");
    let dir = layout.to_str().unwrap();
    seed.berth(&["save", "--format", "oci-dir", "-o", dir, "bb:1"])
        .success();
    for tag in ["1", "2", "3"] {
        reg.skopeo_push(&format!("oci:{dir}"), &format!("team/app:{tag}"), &[]);
    }
    reg.skopeo_push(&format!("oci:{dir}"), "team/other:1", &[]);
    for env in TestEnv::all() {
        let term = format!("{host}/app");
        let out = env
            .berth(&["search", "--format", "{{.Name}} {{.Stars}}", &term])
            .success();
        assert_eq!(out.stdout_lines(), [format!("{host}/team/app 0")], "{out}");
        let out = env
            .berth(&[
                "search",
                "--no-trunc",
                "--limit",
                "5",
                &format!("{host}/team"),
            ])
            .success();
        assert_eq!(
            out.stdout_lines()[0].split_whitespace().next(),
            Some("NAME")
        );
        assert_eq!(out.stdout_lines().len(), 3, "{out}");
        // A catalog carries no stars and nothing official: these leave nothing.
        for filter in [
            vec!["--filter", "stars=1"],
            vec!["--filter=is-official=true"],
            vec!["-f", "is-automated=true"],
            vec!["-s", "3"],
        ] {
            let mut a = vec!["search", "--format", "{{.Name}}"];
            a.extend(filter);
            a.push(&term);
            assert_eq!(env.berth(&a).success().stdout(), "", "{a:?}");
        }
        let out = env
            .berth(&[
                "search",
                "--filter",
                "is-official=false",
                "--format",
                "json",
                &term,
            ])
            .success();
        assert!(out.stdout().trim_start().starts_with('['), "{out}");
        env.berth(&["search", "--filter", "stars=many", &term])
            .run()
            .berth_error();
        env.berth(&["search", "--filter", "color=red", &term])
            .run()
            .berth_error();

        // pull -a: every tag of the repository.
        let fresh = fresh_like(&env);
        let repo = format!("{host}/team/app");
        let out = fresh.berth(&["pull", "-q", "--all-tags", &repo]).success();
        assert_eq!(out.stdout_lines().len(), 3, "{out}");
        let out = fresh
            .berth(&["images", "--format", "{{.Tag}}", &repo])
            .success();
        let mut tags = out.stdout_lines();
        tags.sort();
        assert_eq!(tags, ["1", "2", "3"], "{}", env.label());
        fresh
            .berth(&["pull", "-a", &format!("{repo}:1")])
            .run()
            .berth_error()
            .stderr_contains("--all-tags");
    }
}
