//! `ps --format`, `ps --filter` and `ps -s`, run for real: each docker field, each filter
//! key, the way filters combine, and the errors a bad template or filter gets.

use crate::common;

use std::collections::BTreeSet;

use common::*;

fn lines(out: &Output) -> Vec<String> {
    out.stdout_lines()
}

/// `ps -a --format TEMPLATE` as lines.
fn ps_fmt(env: &TestEnv, extra: &[&str], template: &str) -> Vec<String> {
    let mut args = vec!["ps", "-a", "--format", template];
    args.extend_from_slice(extra);
    lines(&env.berth(&args).success())
}

fn names(env: &TestEnv, filters: &[&str]) -> BTreeSet<String> {
    let mut args = vec!["ps", "-a", "--format", "{{.Names}}"];
    for f in filters {
        args.extend(["--filter", f]);
    }
    lines(&env.berth(&args).success()).into_iter().collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn format_fields_as_docker_prints_them() {
    let env = TestEnv::new();
    env.berth(&[
        "run",
        "--name",
        "hw",
        "-l",
        "a=1",
        "--label",
        "com.example=y",
        "--network",
        "none",
        "hello-world",
    ])
    .success();
    let vol = env.mkdir("vol");
    let bind = format!("{}:/data", vol.display());
    let id = env
        .berth(&["create", "--name", "c2", "-v", &bind, "hello-world"])
        .success()
        .stdout()
        .trim()
        .to_owned();

    // Newest first, one line per container.
    assert_eq!(ps_fmt(&env, &[], "{{.Names}}"), ["c2", "hw"]);
    assert_eq!(ps_fmt(&env, &[], "{{.ID}}")[0], id[..12]);
    assert_eq!(ps_fmt(&env, &["--no-trunc"], "{{.ID}}")[0], id);
    assert_eq!(ps_fmt(&env, &[], "{{.Image}}"), ["hello-world"; 2]);
    assert_eq!(ps_fmt(&env, &[], "{{.Command}}"), ["\"/hello\""; 2]);
    assert_eq!(ps_fmt(&env, &[], "{{.State}}"), ["created", "exited"]);
    let status = ps_fmt(&env, &[], "{{.Status}}");
    assert_eq!(status[0], "Created");
    assert!(status[1].starts_with("Exited (0) "), "{status:?}");
    assert!(status[1].ends_with(" ago"), "{status:?}");
    for ago in ps_fmt(&env, &[], "{{.RunningFor}}") {
        assert!(ago.ends_with(" ago"), "{ago}");
    }
    // Go's time.Time.String(): "2006-01-02 15:04:05 -0700 MST".
    for at in ps_fmt(&env, &[], "{{.CreatedAt}}") {
        let parts: Vec<&str> = at.split(' ').collect();
        assert_eq!(parts.len(), 4, "{at}");
        assert!(
            jiff::civil::Date::strptime("%Y-%m-%d", parts[0]).is_ok(),
            "{at}"
        );
        assert!(
            jiff::civil::Time::strptime("%H:%M:%S", parts[1]).is_ok(),
            "{at}"
        );
        assert!(
            parts[2].starts_with(['+', '-']) && parts[2].len() == 5,
            "{at}"
        );
    }
    assert_eq!(
        ps_fmt(&env, &[], "[{{.Labels}}]"),
        ["[]", "[a=1,com.example=y]"]
    );
    assert_eq!(
        ps_fmt(
            &env,
            &[],
            r#"[{{.Label "com.example"}}][{{.Label "none"}}]"#
        ),
        ["[][]", "[y][]"]
    );
    assert_eq!(
        ps_fmt(&env, &["--no-trunc"], "{{.Mounts}}")[0],
        vol.display().to_string()
    );
    assert_eq!(ps_fmt(&env, &[], "{{.Networks}}")[1], "none");
    assert_eq!(
        ps_fmt(&env, &[], "[{{.Ports}}]{{.LocalVolumes}}"),
        ["[]0"; 2]
    );
    assert_eq!(
        ps_fmt(&env, &[], "{{.Size}}"),
        ps_fmt(&env, &["-s"], "{{.Size}}")
    );

    // {{json .}}: one object per line with docker's keys (podman's `json` is an array,
    // tested with the drop-in lines).
    for template in ["{{json .}}"] {
        for line in ps_fmt(&env, &[], template) {
            let v: serde_json::Value = serde_json::from_str(&line).unwrap();
            let keys: BTreeSet<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
            assert_eq!(
                keys,
                [
                    "Command",
                    "CreatedAt",
                    "ID",
                    "Image",
                    "Labels",
                    "LocalVolumes",
                    "Mounts",
                    "Names",
                    "Networks",
                    "Ports",
                    "RunningFor",
                    "Size",
                    "State",
                    "Status"
                ]
                .into_iter()
                .collect(),
                "{line}"
            );
        }
    }
    let first: serde_json::Value =
        serde_json::from_str(&ps_fmt(&env, &[], "{{json .}}")[1]).unwrap();
    assert_eq!(first["Names"], "hw");
    assert_eq!(first["Labels"], "a=1,com.example=y");

    // Functions over fields.
    assert_eq!(
        ps_fmt(
            &env,
            &[],
            r#"{{upper .Names}}-{{title .State}}-{{truncate .Image 5}}"#
        ),
        ["C2-Created-hello", "HW-Exited-hello"]
    );
    assert_eq!(
        ps_fmt(
            &env,
            &[],
            r#"{{join (split .Labels ",") "+"}}|{{pad .Names 2 1}}|"#
        )[1],
        "a=1+com.example=y|  hw |"
    );
}

#[test]
fn table_directive_heads_and_aligns_columns() {
    let env = TestEnv::new();
    env.berth(&["create", "--name", "a-long-container-name", "hello-world"])
        .success();
    env.berth(&["create", "--name", "bb", "hello-world"])
        .success();
    let out = env
        .berth(&[
            "ps",
            "-a",
            "--format",
            r"table {{.Names}}\t{{.State}}\t{{.Label `x`}}",
        ])
        .success();
    // Columns are as wide as their widest cell plus 3 (at least 10); cells that end in a
    // tab are padded even when the last column is empty, as Go's tabwriter does.
    let expected = format!(
        "{:<24}{:<10}LABEL\n{:<24}{:<10}\n{:<24}{:<10}\n",
        "NAMES", "STATE", "bb", "created", "a-long-container-name", "created"
    );
    assert_eq!(out.stdout(), expected, "{out}");
    // Every docker header, and a template's text kept around the header names (in an
    // empty store, so only the headers set the widths).
    let empty = TestEnv::new();
    let header = |t: &str| {
        empty
            .berth(&["ps", "-a", "--format", t])
            .success()
            .stdout_lines()[0]
            .clone()
    };
    assert_eq!(header(r"table {{.ID}}\t{{.Names}}"), "CONTAINER ID   NAMES");
    assert_eq!(
        header(r"table {{.Image}}\t{{.Command}}\t{{.CreatedAt}}\t{{.RunningFor}}\t{{.Ports}}"),
        "IMAGE     COMMAND   CREATED AT   CREATED   PORTS"
    );
    assert_eq!(
        header(
            r"table {{.State}}\t{{.Status}}\t{{.Size}}\t{{.Labels}}\t{{.Mounts}}\t{{.Networks}}"
        ),
        "STATE     STATUS    SIZE      LABELS    MOUNTS    NETWORKS"
    );
    assert_eq!(
        header(r"table id={{.ID}}\t{{upper .Names}}"),
        "id=CONTAINER ID   NAMES"
    );
    // "table" alone is the default listing, -s adds SIZE to any table.
    let default = empty.berth(&["ps", "-a"]).success().stdout_lines()[0].clone();
    assert_eq!(header("table"), default);
    assert_eq!(
        default,
        "CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES"
    );
    let sized = empty.berth(&["ps", "-a", "-s"]).success().stdout_lines()[0].clone();
    assert!(sized.ends_with("NAMES     SIZE"), "{sized}");
    let sized = empty
        .berth(&["ps", "-a", "-s", "--format", r"table {{.Names}}"])
        .success()
        .stdout_lines()[0]
        .clone();
    assert_eq!(sized, "NAMES     SIZE");
}

#[test]
fn quiet_wins_over_format_with_a_warning() {
    let env = TestEnv::new();
    let id = env
        .berth(&["create", "hello-world"])
        .success()
        .stdout()
        .trim()
        .to_owned();
    let out = env
        .berth(&["ps", "-a", "-q", "--format", "{{.Names}}"])
        .success();
    assert_eq!(out.stdout().trim(), &id[..12], "{out}");
    assert!(out.stderr().contains("Ignoring custom format"), "{out}");
}

#[test]
fn bad_templates_and_filters_are_one_line_and_125() {
    let env = TestEnv::new();
    env.berth(&["create", "--name", "xx", "hello-world"])
        .success();
    for bad in [
        "{{.Names",
        "{{.Nope}}",
        "{{nosuch .Names}}",
        "{{.Names \"arg\"}}",
        "table {{.Names}}\\t{{end}}",
        "{{.Label}}{{.Label 1}}",
    ] {
        let out = env
            .berth(&["ps", "-a", "--format", bad])
            .run()
            .berth_error();
        assert_eq!(
            out.stdout(),
            "",
            "{bad}: nothing printed before the error\n{out}"
        );
    }
    // A misspelled field fails even with nothing to list, as docker checks first.
    let empty = TestEnv::new();
    let out = empty
        .berth(&["ps", "--format", "{{.Nmes}}"])
        .run()
        .berth_error();
    assert!(out.stderr().contains("Nmes"), "{out}");
    for bad in [
        "nosuch=1",
        "novalue",
        "status=sleeping",
        "exited=zero",
        "before=no-such-container",
        "since=no-such-container",
    ] {
        let out = env
            .berth(&["ps", "-a", "--filter", bad])
            .run()
            .berth_error();
        assert_eq!(out.stdout(), "", "{bad}\n{out}");
    }
    let out = env
        .berth(&["ps", "--filter", "colour=red"])
        .run()
        .berth_error();
    assert!(out.stderr().contains("invalid filter 'colour'"), "{out}");
}

#[test]
fn filters_select_and_combine_as_docker_does() {
    let env = TestEnv::new();
    let vol = env.mkdir("vol");
    env.berth(&["run", "--name", "alpha", "-l", "x=1", "hello-world"])
        .success();
    env.berth(&[
        "create",
        "--name",
        "beta",
        "-l",
        "x=2",
        "-l",
        "y",
        "hello-world",
    ])
    .success();
    env.berth(&[
        "create",
        "--name",
        "gamma",
        "--network",
        "host",
        "-v",
        &format!("{}:/data", vol.display()),
        "hello-world",
    ])
    .success();
    let ids: Vec<String> = ps_fmt(&env, &["--no-trunc"], "{{.ID}} {{.Names}}");
    let id_of = |n: &str| {
        ids.iter()
            .find(|l| l.ends_with(&format!(" {n}")))
            .unwrap()
            .split(' ')
            .next()
            .unwrap()
            .to_owned()
    };

    assert_eq!(names(&env, &["status=created"]), set(&["beta", "gamma"]));
    assert_eq!(names(&env, &["status=exited"]), set(&["alpha"]));
    // Values of one key: any may match. Different keys: all must.
    assert_eq!(
        names(&env, &["status=exited", "status=created"]),
        set(&["alpha", "beta", "gamma"])
    );
    assert_eq!(names(&env, &["status=created", "label=x"]), set(&["beta"]));
    assert_eq!(names(&env, &["status=running"]), set(&[]));
    // status implies -a, as in docker.
    let out = env
        .berth(&["ps", "--filter", "status=exited", "--format", "{{.Names}}"])
        .success();
    assert_eq!(out.stdout().trim(), "alpha");

    // name and id: unanchored regular expressions.
    assert_eq!(names(&env, &["name=^alpha$"]), set(&["alpha"]));
    assert_eq!(names(&env, &["name=[bm]"]), set(&["beta", "gamma"]));
    assert_eq!(
        names(&env, &["name=ph", "name=mm"]),
        set(&["alpha", "gamma"])
    );
    assert_eq!(names(&env, &["name=a$"]), set(&["alpha", "beta", "gamma"]));
    assert_eq!(
        names(&env, &[&format!("id={}", &id_of("beta")[..10])]),
        set(&["beta"])
    );
    assert_eq!(
        names(&env, &[&format!("id={}", id_of("gamma"))]),
        set(&["gamma"])
    );

    // label: every value must hold, by presence or by value.
    assert_eq!(names(&env, &["label=x"]), set(&["alpha", "beta"]));
    assert_eq!(names(&env, &["label=x=1"]), set(&["alpha"]));
    assert_eq!(names(&env, &["label=x", "label=y"]), set(&["beta"]));
    assert_eq!(names(&env, &["label=x=1", "label=y"]), set(&[]));

    // ancestor: by name or id; an unknown image matches nothing.
    let image_id = env
        .berth(&["inspect", "--format", "{{.Id}}", "hello-world"])
        .success()
        .stdout()
        .trim()
        .to_owned();
    assert_eq!(
        names(&env, &["ancestor=hello-world"]),
        set(&["alpha", "beta", "gamma"])
    );
    assert_eq!(
        names(&env, &[&format!("ancestor={image_id}")]),
        set(&["alpha", "beta", "gamma"])
    );
    assert_eq!(names(&env, &["ancestor=no-such-image"]), set(&[]));

    // exited: the exit code of containers that ran; only with -a, as docker.
    assert_eq!(names(&env, &["exited=0"]), set(&["alpha"]));
    assert_eq!(names(&env, &["exited=1"]), set(&[]));
    let out = env.berth(&["ps", "--filter", "exited=0", "-q"]).success();
    assert_eq!(out.stdout().trim(), "");

    // before / since: creation order, by name or id.
    assert_eq!(names(&env, &["before=gamma"]), set(&["alpha", "beta"]));
    assert_eq!(names(&env, &["since=alpha"]), set(&["beta", "gamma"]));
    assert_eq!(
        names(
            &env,
            &[&format!("since={}", &id_of("beta")[..12]), "before=gamma"]
        ),
        set(&[])
    );
    assert_eq!(
        names(&env, &["since=alpha", "before=gamma"]),
        set(&["beta"])
    );

    // network and volume.
    assert_eq!(names(&env, &["network=host"]), set(&["gamma"]));
    assert_eq!(
        names(&env, &["network=none", "network=private", "network=bridge"]),
        set(&["alpha", "beta"])
    );
    assert_eq!(names(&env, &["volume=/data"]), set(&["gamma"]));
    assert_eq!(
        names(&env, &[&format!("volume={}", vol.display())]),
        set(&["gamma"])
    );
    assert_eq!(names(&env, &["volume=/elsewhere"]), set(&[]));
    // docker's other filters: no health checks (health "none"), no published ports, no
    // swarm tasks.
    assert_eq!(
        names(&env, &["health=none"]),
        set(&["alpha", "beta", "gamma"])
    );
    assert_eq!(names(&env, &["health=healthy"]), set(&[]));
    assert_eq!(
        names(&env, &["is-task=false"]),
        set(&["alpha", "beta", "gamma"])
    );
    assert_eq!(names(&env, &["is-task=true"]), set(&[]));
    assert_eq!(names(&env, &["publish=80"]), set(&[]));
    assert_eq!(names(&env, &["expose=80/tcp"]), set(&[]));
    assert_eq!(
        names(&env, &["isolation=default"]),
        set(&["alpha", "beta", "gamma"])
    );
    for bad in ["health=sick", "is-task=maybe"] {
        env.berth(&["ps", "--filter", bad]).run().berth_error();
    }
    // States berth never reports are valid words that match nothing.
    assert_eq!(names(&env, &["status=paused", "status=dead"]), set(&[]));

    // -n counts after filtering.
    let out = env
        .berth(&[
            "ps",
            "-n",
            "1",
            "--filter",
            "label=x",
            "--format",
            "{{.Names}}",
        ])
        .success();
    assert_eq!(out.stdout().trim(), "beta");
}

#[test]
fn running_containers_sizes_and_exit_codes() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        env.import_busybox("bb");
        env.berth(&[
            "run",
            "--name",
            "writer",
            "bb",
            "sh",
            "-c",
            "head -c 5000 /dev/zero > /f; exit 3",
        ])
        .failure_code(3);
        env.berth(&["create", "--name", "sleeper", "bb", "sleep", "1000"])
            .success();
        env.berth(&["start", "sleeper"]).success();

        // Without -a only the running one; status=running the same.
        let out = env
            .berth(&["ps", "--format", "{{.Names}} {{.State}}"])
            .success();
        assert_eq!(
            out.stdout().trim(),
            "sleeper running",
            "{}\n{out}",
            env.label()
        );
        assert_eq!(names(&env, &["status=running"]), set(&["sleeper"]));
        let status = ps_fmt(&env, &["--filter", "name=sleeper"], "{{.Status}}");
        assert!(status[0].starts_with("Up "), "{status:?}");
        assert_eq!(names(&env, &["exited=3"]), set(&["writer"]));
        assert_eq!(names(&env, &["exited=0", "exited=3"]), set(&["writer"]));
        assert_eq!(names(&env, &["status=exited", "name=sleeper"]), set(&[]));

        // Sizes: the writable layer, then with the image ("virtual").
        let image_size: u64 = env
            // --type image: "bb" is also a hex prefix, and inspect looks for containers
            // first (docker's order), so a container whose random id starts with "bb"
            // would answer (about one run in 64 with the four containers made here).
            .berth(&["inspect", "--type", "image", "--format", "{{.Size}}", "bb"])
            .success()
            .stdout()
            .trim()
            .parse()
            .unwrap();
        assert!(image_size > 0);
        let size = ps_fmt(&env, &["-s", "--filter", "name=writer"], "{{.Size}}");
        assert!(
            size[0].starts_with("5kB (virtual "),
            "{}: {size:?}",
            env.label()
        );
        // The template asking for .Size is enough, as docker computes it then.
        let size2 = ps_fmt(&env, &["--filter", "name=writer"], "{{.Size}}");
        assert_eq!(size, size2);
        let table = env.berth(&["ps", "-a", "-s"]).success();
        assert!(table.stdout().contains("5kB (virtual "), "{table}");

        env.berth(&["rm", "-f", "sleeper", "writer"]).success();
    }
}

#[test]
fn restarting_and_monitor_states_filter_by_their_word() {
    if !require_busybox() {
        return;
    }
    let env = TestEnv::new();
    env.import_busybox("bb");
    env.berth(&[
        "run",
        "-d",
        "--name",
        "flappy",
        "--restart",
        "always",
        "bb",
        "sh",
        "-c",
        "exit 2",
    ])
    .success();
    // The monitor waits between restarts: the container shows as restarting then.
    let end = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let seen = names(&env, &["status=restarting"]);
        if seen == set(&["flappy"]) {
            break;
        }
        assert!(
            std::time::Instant::now() < end,
            "never seen restarting: {seen:?}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let state = ps_fmt(&env, &["--filter", "name=flappy"], "{{.State}}");
    // It may have started again meanwhile; either word comes from the same state.
    assert!(
        ["restarting", "running"].contains(&state[0].as_str()),
        "{state:?}"
    );
    env.berth(&["rm", "-f", "flappy"]).success();
}

/// A tar holding one regular file.
fn one_file_tar(name: &str, data: &[u8]) -> Vec<u8> {
    let mut t = tar::Builder::new(Vec::new());
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(tar::EntryType::Regular);
    h.set_mode(0o644);
    h.set_size(data.len() as u64);
    t.append_data(&mut h, name, data).unwrap();
    t.into_inner().unwrap()
}

/// An OCI layout of `base` with one more layer holding `/added`, loaded as `name`: an
/// image built on `base`, whose layers start with base's.
fn load_derived(env: &TestEnv, base: &str, name: &str) {
    use sha2::Digest;
    let sha = |data: &[u8]| format!("sha256:{}", hex::encode(sha2::Sha256::digest(data)));
    let dir = env.work().join(format!("layout-{name}"));
    env.berth(&[
        "save",
        "--format",
        "oci-dir",
        "-o",
        dir.to_str().unwrap(),
        base,
    ])
    .success();
    let blob = |digest: &str| {
        dir.join("blobs/sha256")
            .join(digest.trim_start_matches("sha256:"))
    };
    let put = |data: &[u8]| -> String {
        let digest = sha(data);
        std::fs::write(blob(&digest), data).unwrap();
        digest
    };
    let read_json = |p: std::path::PathBuf| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()
    };
    let layer = one_file_tar("added", b"added\n");
    let layer_digest = put(&layer);

    let mut index = read_json(dir.join("index.json"));
    let manifest_digest = index["manifests"][0]["digest"].as_str().unwrap().to_owned();
    let mut manifest = read_json(blob(&manifest_digest));
    let mut config = read_json(blob(manifest["config"]["digest"].as_str().unwrap()));
    config["rootfs"]["diff_ids"]
        .as_array_mut()
        .unwrap()
        .push(layer_digest.clone().into());
    let config = serde_json::to_vec(&config).unwrap();
    manifest["config"]["digest"] = put(&config).into();
    manifest["config"]["size"] = config.len().into();
    manifest["layers"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "mediaType": "application/vnd.oci.image.layer.v1.tar",
            "digest": layer_digest,
            "size": layer.len(),
        }));
    let manifest = serde_json::to_vec(&manifest).unwrap();
    index["manifests"][0]["digest"] = put(&manifest).into();
    index["manifests"][0]["size"] = manifest.len().into();
    index["manifests"][0]["annotations"] =
        serde_json::json!({ "org.opencontainers.image.ref.name": name });
    std::fs::write(dir.join("index.json"), serde_json::to_vec(&index).unwrap()).unwrap();
    env.chown_to_user(&dir);
    env.berth(&["load", "-i", dir.to_str().unwrap()]).success();
}

#[test]
fn ancestor_matches_images_built_on_the_named_one() {
    if !require_busybox() {
        return;
    }
    let env = TestEnv::new();
    env.import_busybox("bb");
    load_derived(&env, "bb", "child:1");
    load_derived(&env, "child:1", "grandchild:1");
    // An image of other content shares no layer with them.
    let lonely = env.write_file("lonely.tar", one_file_tar("x", b"x\n"));
    env.berth(&["import", lonely.to_str().unwrap(), "lonely"])
        .success();
    for (name, image) in [
        ("on-bb", "bb"),
        ("on-child", "child:1"),
        ("on-grandchild", "grandchild:1"),
        ("on-lonely", "lonely"),
    ] {
        env.berth(&["create", "--name", name, image, "true"])
            .success();
    }
    // A derived image really has the extra layer.
    env.berth(&["run", "--rm", "grandchild:1", "cat", "/added"])
        .success()
        .stdout_contains("added");

    assert_eq!(
        names(&env, &["ancestor=bb"]),
        set(&["on-bb", "on-child", "on-grandchild"])
    );
    assert_eq!(
        names(&env, &["ancestor=child:1"]),
        set(&["on-child", "on-grandchild"])
    );
    assert_eq!(
        names(&env, &["ancestor=grandchild:1"]),
        set(&["on-grandchild"])
    );
    assert_eq!(names(&env, &["ancestor=lonely"]), set(&["on-lonely"]));
    assert_eq!(
        names(&env, &["ancestor=lonely", "ancestor=child:1"]),
        set(&["on-child", "on-grandchild", "on-lonely"])
    );
}
