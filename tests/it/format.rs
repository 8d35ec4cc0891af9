//! `--format` and `--filter` beyond `ps`: `images`, `inspect` (images and containers) and
//! `info`, run for real, with docker's fields, functions and errors.

use crate::common;

use std::collections::BTreeSet;

use common::*;

fn out_lines(env: &TestEnv, args: &[&str]) -> Vec<String> {
    env.berth(args).success().stdout_lines()
}

fn one(env: &TestEnv, args: &[&str]) -> String {
    env.berth(args)
        .success()
        .stdout()
        .trim_end_matches('\n')
        .to_owned()
}

/// A store with: hello-world (from its first use), `tagged/app:v1` and `tagged/app:v2` on
/// one image with a label, and an image without a name (dangling).
fn images_env() -> (TestEnv, String, String) {
    let env = TestEnv::new();
    env.berth(&["create", "--name", "hw", "hello-world"])
        .success();
    let tar = env.work().join("rootfs.tar");
    env.berth(&["export", "hw", "-o", tar.to_str().unwrap()])
        .success();
    let labelled = one(
        &env,
        &[
            "import",
            "--change",
            "LABEL tier=web",
            "--change",
            "ENV A=1 B=2",
            tar.to_str().unwrap(),
            "tagged/app:v1",
        ],
    );
    env.berth(&["tag", "tagged/app:v1", "tagged/app:v2"])
        .success();
    // The same layers with another config make another image, left without a name.
    let dangling = one(
        &env,
        &["import", "--change", "LABEL tier=db", tar.to_str().unwrap()],
    );
    (env, labelled, dangling)
}

fn repo_tags(env: &TestEnv, extra: &[&str]) -> BTreeSet<String> {
    let mut args = vec!["images", "--format", "{{.Repository}}:{{.Tag}}"];
    args.extend_from_slice(extra);
    out_lines(env, &args).into_iter().collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn images_format_fields_and_table() {
    let (env, labelled, _) = images_env();
    let short = &labelled.trim_start_matches("sha256:")[..12];
    let rows = out_lines(
        &env,
        &[
            "images",
            "tagged/app:v1",
            "--format",
            "{{.ID}}|{{.Repository}}|{{.Tag}}|{{.Digest}}",
        ],
    );
    assert_eq!(rows, [format!("{short}|tagged/app|v1|<none>")]);
    let sizes = one(
        &env,
        &[
            "images",
            "tagged/app:v1",
            "--format",
            "{{.Size}} {{.VirtualSize}} {{.Containers}}",
        ],
    );
    let bytes: u64 = one(&env, &["inspect", "-f", "{{.Size}}", "tagged/app:v1"])
        .parse()
        .unwrap();
    assert!(bytes > 0);
    assert!(sizes.ends_with(" N/A"), "{sizes}");
    assert!(sizes.contains("kB") || sizes.contains("MB"), "{sizes}");
    let since = one(
        &env,
        &["images", "tagged/app:v1", "--format", "{{.CreatedSince}}"],
    );
    assert!(since.ends_with(" ago"), "{since}");
    let at = one(
        &env,
        &["images", "tagged/app:v1", "--format", "{{.CreatedAt}}"],
    );
    assert_eq!(at.split(' ').count(), 4, "{at}");

    // {{json .}}: docker's keys, one object per line.
    for line in out_lines(&env, &["images", "--format", "{{json .}}"]) {
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        let keys: BTreeSet<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        assert_eq!(
            keys,
            [
                "Containers",
                "CreatedAt",
                "CreatedSince",
                "Digest",
                "ID",
                "Repository",
                "SharedSize",
                "Size",
                "Tag",
                "UniqueSize",
                "VirtualSize"
            ]
            .into_iter()
            .collect(),
            "{line}"
        );
    }
    assert_eq!(
        out_lines(&env, &["images", "--format", "{{json .}}"]).len(),
        4
    );
    // podman's json: one array.
    let out = env.berth(&["images", "--format", "json"]).success();
    let array: serde_json::Value = serde_json::from_str(&out.stdout()).expect("a JSON array");
    assert_eq!(array.as_array().map(Vec::len), Some(4), "{out}");

    // table: docker's headers; the default listing is "table".
    let empty = TestEnv::new();
    let header = |f: &str| out_lines(&empty, &["images", "--format", f])[0].clone();
    assert_eq!(
        header("table"),
        "REPOSITORY   TAG       IMAGE ID   CREATED   SIZE"
    );
    assert_eq!(header("table"), out_lines(&empty, &["images"])[0]);
    assert_eq!(
        header(r"table {{.ID}}\t{{.Digest}}\t{{.CreatedAt}}\t{{.VirtualSize}}"),
        "IMAGE ID   DIGEST    CREATED AT   VIRTUAL SIZE"
    );
    let table = env
        .berth(&[
            "images",
            "tagged/app",
            "--format",
            r"table {{.Repository}}\t{{.Tag}}",
        ])
        .success();
    let lines = table.stdout_lines();
    assert_eq!(lines[0], "REPOSITORY   TAG", "{table}");
    assert_eq!(
        lines[1..].iter().cloned().collect::<BTreeSet<_>>(),
        set(&["tagged/app   v1", "tagged/app   v2"]),
        "{table}"
    );
    // -q wins over --format, with a warning.
    let q = env
        .berth(&["images", "-q", "--format", "{{.Tag}}", "tagged/app:v1"])
        .success();
    assert_eq!(q.stdout().trim(), short);
    assert!(q.stderr().contains("Ignoring custom format"), "{q}");
}

#[test]
fn images_filters() {
    let (env, labelled, dangling) = images_env();
    let all = set(&[
        "hello-world:latest",
        "tagged/app:v1",
        "tagged/app:v2",
        "<none>:<none>",
    ]);
    assert_eq!(repo_tags(&env, &[]), all);
    assert_eq!(
        repo_tags(&env, &["--filter", "dangling=true"]),
        set(&["<none>:<none>"])
    );
    assert_eq!(
        repo_tags(&env, &["--filter", "dangling=false"]),
        set(&["hello-world:latest", "tagged/app:v1", "tagged/app:v2"])
    );
    assert_eq!(
        repo_tags(&env, &["--filter", "label=tier"]),
        set(&["tagged/app:v1", "tagged/app:v2", "<none>:<none>"])
    );
    assert_eq!(
        repo_tags(&env, &["--filter", "label=tier=db"]),
        set(&["<none>:<none>"])
    );
    // reference: path-style globs against name:tag and name; only matching names listed.
    assert_eq!(
        repo_tags(&env, &["--filter", "reference=tagged/*"]),
        set(&["tagged/app:v1", "tagged/app:v2"])
    );
    assert_eq!(repo_tags(&env, &["--filter", "reference=*:v2"]), set(&[]));
    assert_eq!(
        repo_tags(&env, &["--filter", "reference=*/*:v2"]),
        set(&["tagged/app:v2"])
    );
    assert_eq!(
        repo_tags(
            &env,
            &[
                "--filter",
                "reference=hello*",
                "--filter",
                "reference=*/app:v1"
            ]
        ),
        set(&["hello-world:latest", "tagged/app:v1"])
    );
    assert_eq!(
        repo_tags(&env, &["hello-wor?d"]),
        set(&["hello-world:latest"])
    );
    // Different keys must all hold.
    assert_eq!(
        repo_tags(
            &env,
            &["--filter", "label=tier", "--filter", "dangling=false"]
        ),
        set(&["tagged/app:v1", "tagged/app:v2"])
    );
    // before / since: creation order, by name or id.
    assert_eq!(
        repo_tags(&env, &["--filter", &format!("since={labelled}")]),
        set(&["<none>:<none>"])
    );
    assert_eq!(
        repo_tags(&env, &["--filter", &format!("before={dangling}")]),
        set(&["hello-world:latest", "tagged/app:v1", "tagged/app:v2"])
    );
    assert_eq!(
        repo_tags(&env, &["--filter", "until=2000-01-01T00:00:00Z"]),
        set(&[])
    );
    assert_eq!(
        repo_tags(&env, &["--filter", "until=2100-01-01T00:00:00Z"]),
        all
    );
    assert_eq!(repo_tags(&env, &["--filter", "until=4102444800"]), all);
    assert_eq!(repo_tags(&env, &["--filter", "until=87600h"]), set(&[]));
    // Bad filters: one line, 125, nothing listed.
    for bad in [
        "dangling=maybe",
        "colour=red",
        "label",
        "until=someday",
        "before=no-such-image",
    ] {
        let out = env.berth(&["images", "--filter", bad]).run().berth_error();
        assert_eq!(out.stdout(), "", "{bad}\n{out}");
    }
}

#[test]
fn inspect_format_containers_and_images() {
    let env = TestEnv::new();
    let id = one(
        &env,
        &[
            "create",
            "--name",
            "insp",
            "-e",
            "X=1",
            "-l",
            "k=v",
            "-l",
            "a.b=c",
            "hello-world",
        ],
    );
    let f = |t: &str, name: &str| one(&env, &["inspect", "--format", t, name]);
    assert_eq!(f("{{.State.Status}}", "insp"), "created");
    assert_eq!(f("{{.State.Running}} {{.State.Pid}}", "insp"), "false 0");
    assert_eq!(f("{{.Id}}", "insp"), id);
    assert_eq!(f("{{.Name}}", "insp"), "/insp");
    assert!(f("{{.Config.Env}}", "insp").contains("X=1"));
    assert_eq!(f(r#"{{index .Config.Labels "a.b"}}"#, "insp"), "c");
    assert_eq!(f(r#"[{{index .Config.Labels "none"}}]"#, "insp"), "[]");
    assert_eq!(f("{{.Config.Labels.k}}", "insp"), "v");
    // A map's missing key is <no value>, as docker prints it; a missing field fails below.
    assert_eq!(f("{{.Config.Labels.nokey}}", "insp"), "<no value>");
    assert_eq!(
        f("{{json .Config.Labels}}", "insp"),
        r#"{"a.b":"c","k":"v"}"#
    );
    let config: serde_json::Value = serde_json::from_str(&f("{{json .Config}}", "insp")).unwrap();
    assert_eq!(config["Cmd"], serde_json::json!(["/hello"]));
    // {{json .}} keeps the document's field order, as docker marshals its structures.
    let whole = f("{{json .}}", "insp");
    let plain = env.berth(&["inspect", "insp"]).success().stdout();
    let plain: serde_json::Value = serde_json::from_str(&plain).unwrap();
    assert_eq!(whole, plain[0].to_string());
    assert!(whole.starts_with(r#"{"Id":"#), "{whole}");
    let state = f("{{json .State}}", "insp");
    assert!(
        state.starts_with(r#"{"Status":"created","Running":false"#),
        "{state}"
    );
    // A null list prints as Go prints a nil slice; its JSON stays null.
    assert_eq!(plain[0]["Config"]["Entrypoint"], serde_json::Value::Null);
    assert_eq!(
        f("{{.Config.Entrypoint}} {{json .Config.Entrypoint}}", "insp"),
        "[] null"
    );
    // An execution error names where it happened.
    let out = env
        .berth(&["inspect", "--format", "x {{.State.Nope}}", "insp"])
        .failure_code(125);
    assert!(
        out.stderr()
            .contains(r#":1:4: executing "" at <.State.Nope>: map has no entry for key "Nope""#),
        "{out}"
    );
    assert_eq!(
        f(
            r#"{{range .Config.Env}}{{if eq . "X=1"}}found{{end}}{{end}}"#,
            "insp"
        ),
        "found"
    );
    assert_eq!(f(r#"{{upper .State.Status}}"#, "insp"), "CREATED");
    // -f, the image and container kinds, several objects one line each.
    assert_eq!(
        one(&env, &["container", "inspect", "-f", "{{.Name}}", "insp"]),
        "/insp"
    );
    let image_id = one(&env, &["image", "inspect", "-f", "{{.Id}}", "hello-world"]);
    assert!(image_id.starts_with("sha256:"), "{image_id}");
    assert_eq!(
        out_lines(&env, &["inspect", "-f", "{{.Id}}", "insp", "hello-world"]),
        [id.clone(), image_id]
    );
    assert_eq!(
        one(
            &env,
            &[
                "image",
                "inspect",
                "-f",
                "{{json .Config.Cmd}} {{.Os}}",
                "hello-world"
            ]
        ),
        r#"["/hello"] linux"#
    );
    // --size adds the container's sizes; --type picks the kind of object.
    let sizes = one(
        &env,
        &["inspect", "-s", "-f", "{{.SizeRw}} {{.SizeRootFs}}", "insp"],
    );
    let image_size = one(&env, &["inspect", "-f", "{{.Size}}", "hello-world"]);
    assert_eq!(sizes, format!("0 {image_size}"));
    env.berth(&["inspect", "-f", "{{.SizeRw}}", "insp"])
        .run()
        .berth_error();
    env.berth(&["tag", "hello-world", "insp"]).success();
    assert_eq!(
        one(
            &env,
            &["inspect", "--type", "image", "-f", "{{.Id}}", "insp"]
        ),
        image_id_of(&env)
    );
    assert_eq!(
        one(
            &env,
            &["inspect", "--type", "container", "-f", "{{.Id}}", "insp"]
        ),
        id
    );
    env.berth(&["inspect", "--type", "network", "insp"])
        .run()
        .berth_error();
    env.berth(&["image", "inspect", "--type", "container", "insp"])
        .run()
        .berth_error();
    // json is the default output.
    let j = one(&env, &["inspect", "--format", "json", "insp"]);
    let v: serde_json::Value = serde_json::from_str(&j).unwrap();
    assert_eq!(v[0]["Id"], id);
    // Errors: one line, 125, nothing printed, whatever the number of objects.
    for bad in [
        "{{.Id",
        "{{.NoSuchField}}",
        "{{.State.NoSuchField}}",
        "{{nosuch .Id}}",
        "{{end}}",
    ] {
        let out = env
            .berth(&["inspect", "-f", bad, "hello-world", "insp"])
            .run()
            .berth_error();
        assert_eq!(out.stdout(), "", "{bad}\n{out}");
    }
    // A missing object still fails after the ones found are printed, as docker.
    let out = env
        .berth(&["inspect", "-f", "{{.Name}}", "insp", "no-such-thing"])
        .run()
        .berth_error();
    assert_eq!(out.stdout(), "/insp\n", "{out}");
}

fn image_id_of(env: &TestEnv) -> String {
    one(env, &["image", "inspect", "-f", "{{.Id}}", "hello-world"])
}

#[test]
fn info_format() {
    let env = TestEnv::new();
    let driver = one(&env, &["info", "--format", "{{.Driver}}"]);
    assert!(!driver.is_empty());
    let j = one(&env, &["info", "-f", "{{json .}}"]);
    assert_eq!(j.lines().count(), 1, "{{{{json .}}}} prints one line");
    let v: serde_json::Value = serde_json::from_str(&j).unwrap();
    assert_eq!(v["Driver"], driver.as_str());
    let pretty: serde_json::Value =
        serde_json::from_str(&one(&env, &["info", "--format", "json"])).unwrap();
    assert_eq!(pretty["Driver"], v["Driver"]);
    assert_eq!(
        one(&env, &["info", "--format", "{{.NCPU}} {{lower .OSType}}"]),
        format!("{} linux", v["NCPU"])
    );
    assert_eq!(
        one(
            &env,
            &["info", "--format", r#"{{join .CgroupControllers ","}}"#]
        ),
        v["CgroupControllers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect::<Vec<_>>()
            .join(",")
    );
    for bad in ["{{.Driver", "{{.NoSuchField}}", "{{json}}"] {
        let out = env.berth(&["info", "--format", bad]).run().berth_error();
        assert_eq!(out.stdout(), "", "{bad}\n{out}");
    }
}
