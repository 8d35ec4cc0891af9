//! `import`, `images`, `tag`, `rmi` and image `inspect`, through the real binary.

use crate::common;

use std::path::Path;

use common::*;

/// A small tar: a directory, a file with `content`, a symlink.
fn small_tar(content: &str) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(tar::EntryType::Directory);
    h.set_mode(0o755);
    h.set_size(0);
    h.set_mtime(1_700_000_000);
    b.append_data(&mut h, "etc/", std::io::empty()).unwrap();
    let mut h = tar::Header::new_gnu();
    h.set_mode(0o644);
    h.set_size(content.len() as u64);
    h.set_mtime(1_700_000_000);
    b.append_data(&mut h, "etc/hello", content.as_bytes())
        .unwrap();
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(tar::EntryType::Symlink);
    h.set_size(0);
    h.set_mode(0o777);
    b.append_link(&mut h, "hello", "etc/hello").unwrap();
    b.into_inner().unwrap()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn import_file(env: &TestEnv, name: &str, data: &[u8], args: &[&str]) -> String {
    let path = env.write_file(name, data);
    let mut argv = vec!["import".to_owned()];
    argv.extend(args.iter().map(|s| s.to_string()));
    argv.insert(1, path.display().to_string());
    let out = env.berth(&argv).success();
    let id = out.stdout().trim().to_owned();
    assert!(
        id.starts_with("sha256:") && id.len() == 71,
        "{}: import printed {id:?}",
        env.label()
    );
    id
}

fn layer_file(env: &TestEnv, id: &str, rel: &str) -> Vec<u8> {
    let rec: serde_json::Value = serde_json::from_slice(
        &std::fs::read(env.root().join(format!("images/{}.json", &id[7..]))).unwrap(),
    )
    .unwrap();
    let chain = rec["Layers"][0].as_str().unwrap();
    std::fs::read(
        env.root()
            .join("layers")
            .join(&chain[7..])
            .join("diff")
            .join(rel),
    )
    .unwrap()
}

#[test]
fn import_plain_gzip_zstd_and_stdin() {
    for env in TestEnv::all() {
        let tar = small_tar("plain");
        let id = import_file(&env, "a.tar", &tar, &["plain:1"]);
        assert_eq!(layer_file(&env, &id, "etc/hello"), b"plain");

        let id = import_file(&env, "b.tar.gz", &gzip(&small_tar("gz")), &["gz:1"]);
        assert_eq!(layer_file(&env, &id, "etc/hello"), b"gz");

        let zst = zstd::encode_all(&small_tar("zst")[..], 3).unwrap();
        let id = import_file(&env, "c.tar.zst", &zst, &["zst:1"]);
        assert_eq!(layer_file(&env, &id, "etc/hello"), b"zst");

        let out = env
            .berth(&["import", "-", "stdin:1"])
            .stdin(small_tar("stdin"))
            .success();
        let id = out.stdout().trim().to_owned();
        assert_eq!(layer_file(&env, &id, "etc/hello"), b"stdin");

        let list = env.berth(&["images"]).success().stdout();
        for repo in ["plain", "gz", "zst", "stdin"] {
            assert!(
                list.lines().any(|l| l.starts_with(repo)),
                "{}: {repo} missing from\n{list}",
                env.label()
            );
        }
        assert_eq!(tmp_entries(&env), 0);
    }
}

#[test]
fn untagged_import_shows_as_none() {
    for env in TestEnv::all() {
        let id = import_file(&env, "a.tar", &small_tar("x"), &[]);
        let out = env.berth(&["images"]).success();
        let lines = out.stdout_lines();
        assert_eq!(lines.len(), 2, "{out}");
        let cols: Vec<&str> = lines[1].split_whitespace().collect();
        assert_eq!(&cols[..3], ["<none>", "<none>", &id[7..19]], "{out}");
    }
}

#[test]
fn images_columns_quiet_and_no_trunc() {
    for env in TestEnv::all() {
        let id = import_file(&env, "a.tar", &small_tar("cols"), &["cols/app:v1"]);
        let out = env.berth(&["images"]).success();
        let lines = out.stdout_lines();
        let header = &lines[0];
        for (col, name) in ["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"]
            .iter()
            .enumerate()
        {
            assert!(header.contains(name), "column {col} {name} in {header:?}");
        }
        // Columns line up: every value starts where its header starts.
        let row = &lines[1];
        for name in ["TAG", "IMAGE ID", "CREATED", "SIZE"] {
            let at = header.find(name).unwrap();
            assert_ne!(&row[at - 1..at], "x", "misaligned {name}");
            assert!(
                row[at..].chars().next().is_some_and(|c| !c.is_whitespace()),
                "{out}"
            );
        }
        assert!(row.starts_with("cols/app"), "{out}");
        assert!(row.contains(&id[7..19]), "{out}");
        assert!(!row.contains(&id[7..20]), "id not truncated to 12: {out}");
        assert!(row.contains("ago"), "{out}");
        assert!(row.trim_end().ends_with('B'), "size column: {out}");

        let q = env.berth(&["images", "-q"]).success();
        assert_eq!(q.stdout_lines(), [id[7..19].to_owned()]);
        let q = env.berth(&["images", "-q", "--no-trunc"]).success();
        assert_eq!(q.stdout_lines(), vec![id.clone()]);
        let full = env.berth(&["images", "--no-trunc"]).success();
        assert!(full.stdout().contains(&id), "{full}");
        let all = env.berth(&["images", "-a"]).success();
        assert_eq!(all.stdout_lines().len(), 2);
        // The REPOSITORY[:TAG] filter.
        let none = env.berth(&["images", "-q", "other"]).success();
        assert!(none.stdout().is_empty(), "{none}");
        let one = env.berth(&["images", "-q", "cols/app:v1"]).success();
        assert_eq!(one.stdout_lines().len(), 1);
    }
}

#[test]
fn change_effects_are_visible_in_inspect() {
    for env in TestEnv::all() {
        let id = import_file(
            &env,
            "a.tar",
            &small_tar("c"),
            &[
                "chg",
                "-c",
                r#"CMD ["/bin/echo","hi"]"#,
                "--change",
                "ENTRYPOINT /bin/sh -x",
                "-c",
                "ENV A=1 B=\"two words\"",
                "-c",
                "WORKDIR /srv",
                "-c",
                "USER 1000:1000",
                "-c",
                "EXPOSE 8080 53/udp",
                "-c",
                "LABEL org.example=yes",
                "-c",
                "STOPSIGNAL SIGINT",
                "-m",
                "my message",
            ],
        );
        let out = env.berth(&["image", "inspect", "chg"]).success();
        let v: serde_json::Value = serde_json::from_str(&out.stdout()).unwrap();
        let img = if v.is_array() { &v[0] } else { &v };
        assert_eq!(img["Id"], id.as_str());
        assert_eq!(img["RepoTags"], serde_json::json!(["chg:latest"]));
        assert_eq!(img["Comment"], "my message");
        let c = &img["Config"];
        assert_eq!(c["Cmd"], serde_json::json!(["/bin/echo", "hi"]));
        assert_eq!(
            c["Entrypoint"],
            serde_json::json!(["/bin/sh", "-c", "/bin/sh -x"])
        );
        assert_eq!(c["Env"], serde_json::json!(["A=1", "B=two words"]));
        assert_eq!(c["WorkingDir"], "/srv");
        assert_eq!(c["User"], "1000:1000");
        assert_eq!(
            c["ExposedPorts"],
            serde_json::json!({"53/udp": {}, "8080/tcp": {}})
        );
        assert_eq!(c["Labels"], serde_json::json!({"org.example": "yes"}));
        assert_eq!(c["StopSignal"], "SIGINT");
        assert_eq!(img["RootFS"]["Type"], "layers");
        assert_eq!(img["RootFS"]["Layers"].as_array().unwrap().len(), 1);
        assert_eq!(img["Size"], 1);
        assert_eq!(img["Os"], "linux");
    }
}

#[test]
fn bad_input_is_one_line_and_125() {
    for env in TestEnv::all() {
        let tar = env.write_file("a.tar", small_tar("x"));
        let t = tar.display().to_string();
        env.berth(&["import", &t, "Bad:Name"])
            .run()
            .berth_error()
            .stderr_contains("invalid reference format");
        env.berth(&["import", "-c", "RUN rm -rf /", &t])
            .run()
            .berth_error()
            .stderr_contains("RUN is not a supported instruction");
        env.berth(&["import", "-c", "EXPOSE 70000", &t])
            .run()
            .berth_error();
        env.berth(&["import", "/nonexistent/file.tar"])
            .run()
            .berth_error();
        let garbage = env.write_file("g.tar", b"this is not a tar archive, just text\n");
        env.berth(&["import", &garbage.display().to_string()])
            .run()
            .berth_error()
            .stderr_contains("malformed tarball");
        let full = small_tar(&"y".repeat(5000));
        let truncated = env.write_file("t.tar", &full[..3000]);
        env.berth(&["import", &truncated.display().to_string()])
            .run()
            .berth_error()
            .stderr_contains("malformed tarball");
        let gz = gzip(&full);
        let truncated_gz = env.write_file("t.tar.gz", &gz[..gz.len() / 2]);
        env.berth(&["import", &truncated_gz.display().to_string()])
            .run()
            .berth_error();
        let empty = env.write_file("empty.tar", b"");
        env.berth(&["import", &empty.display().to_string()])
            .run()
            .berth_error();
        env.berth(&["rmi", "nosuchimage"])
            .run()
            .error_status(1)
            .stderr_contains("nosuchimage: image not known");
        env.berth(&["tag", "nosuchimage", "x"]).run().berth_error();
        assert_eq!(image_records(&env), 0);
        assert_eq!(layer_dirs(&env), 0);
        assert_eq!(tmp_entries(&env), 0);
    }
}

#[test]
fn tag_and_rmi_semantics() {
    for env in TestEnv::all() {
        let id = import_file(&env, "a.tar", &small_tar("t"), &["base:1"]);
        env.berth(&["tag", "base:1", "alias"]).success();
        env.berth(&["tag", &id[7..15], "localhost:5000/team/app:2.0"])
            .success();
        env.berth(&["tag", "base:1", "Bad"]).run().berth_error();
        let q = env.berth(&["images", "-q"]).success();
        assert_eq!(q.stdout_lines().len(), 3, "{q}");

        // By id with several names: refused unless forced.
        env.berth(&["rmi", &id[7..19]])
            .run()
            .berth_error()
            .stderr_contains("must be forced");
        // By name with several names: only that name goes.
        let out = env.berth(&["rmi", "alias"]).success();
        assert_eq!(out.stdout_lines(), ["Untagged: alias:latest"]);
        assert_eq!(image_records(&env), 1);
        // Several at once; the last name deletes the image and its layer.
        let out = env
            .berth(&["rmi", "base:1", "localhost:5000/team/app:2.0"])
            .success();
        assert_eq!(
            out.stdout_lines(),
            [
                "Untagged: base:1".to_owned(),
                "Untagged: localhost:5000/team/app:2.0".to_owned(),
                format!("Deleted: {id}"),
            ]
        );
        assert_eq!(image_records(&env), 0);
        assert_eq!(layer_dirs(&env), 0);

        // -f by id removes every name.
        let id = import_file(&env, "b.tar", &small_tar("f"), &["f1"]);
        env.berth(&["tag", "f1", "f2"]).success();
        let out = env.berth(&["rmi", "-f", &id]).success();
        assert_eq!(
            out.stdout_lines(),
            [
                "Untagged: f1:latest".to_owned(),
                "Untagged: f2:latest".to_owned(),
                format!("Deleted: {id}"),
            ]
        );

        // A layer shared by two images stays until the second goes.
        let a = import_file(&env, "c.tar", &small_tar("same"), &["s1"]);
        let b = import_file(&env, "c.tar", &small_tar("same"), &["s2"]);
        assert_ne!(a, b);
        assert_eq!(layer_dirs(&env), 1);
        env.berth(&["rmi", "s1"]).success();
        assert_eq!(layer_dirs(&env), 1);
        assert_eq!(layer_file(&env, &b, "etc/hello"), b"same");
        env.berth(&["rmi", "s2"]).success();
        assert_eq!(layer_dirs(&env), 0);

        // One missing name among good ones: the good ones go, the status is 1 (podman's).
        import_file(&env, "d.tar", &small_tar("d"), &["d1"]);
        let out = env.berth(&["rmi", "nope", "d1"]).failure_code(1);
        assert!(out.stdout().contains("Deleted: "), "{out}");
        assert_eq!(image_records(&env), 0);
    }
}

#[test]
fn id_prefix_resolution() {
    for env in TestEnv::all() {
        let id = import_file(&env, "a.tar", &small_tar("p"), &["p"]);
        for r in [&id[..], &id[7..], &id[7..10], &id[..12]] {
            let out = env.berth(&["image", "inspect", r]).success();
            assert!(out.stdout().contains(&id), "{r}: {out}");
        }
        // Too short to be a prefix.
        env.berth(&["rmi", &id[7..9]]).run().error_status(1);
    }
}

#[test]
fn rmi_refuses_image_used_by_container_unless_forced() {
    for env in TestEnv::all() {
        let id = import_file(&env, "a.tar", &small_tar("u"), &["used"]);
        // A real container made from it (never started: create does not run anything).
        let cid = env
            .berth(&["create", "--name", "user", "used", "/nothing"])
            .success();
        let cid = cid.stdout().trim().to_owned();
        env.berth(&["rmi", "used"])
            .run()
            .error_status(2)
            .stderr_contains(&format!("container {} is using", &cid[..12]));
        let out = env.berth(&["rmi", "-f", "used"]).success();
        assert_eq!(out.stdout_lines(), ["Untagged: used:latest"]);
        // Kept (dangling) for the container's sake, with its layer.
        assert_eq!(image_records(&env), 1);
        assert_eq!(layer_dirs(&env), 1);
        env.berth(&["rm", "user"]).success();
        let out = env.berth(&["rmi", &id]).success();
        assert_eq!(out.stdout_lines(), [format!("Deleted: {id}")]);
        assert_eq!(layer_dirs(&env), 0);
    }
}

#[test]
fn crash_leftovers_in_tmp_are_swept_on_import() {
    // The leftover is made by the test process, so it must be the store's owner.
    if !require_root() {
        return;
    }
    {
        let env = TestEnv::new();
        let dead = env.root().join("tmp/layer-crashed");
        std::fs::create_dir_all(dead.join("diff/usr")).unwrap();
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::open(&dead)
            .unwrap()
            .set_modified(old)
            .unwrap();
        // A reader does not sweep.
        env.berth(&["images"]).success();
        assert!(dead.exists());
        import_file(&env, "a.tar", &small_tar("s"), &[]);
        assert!(!dead.exists());
    }
}

pub fn image_records(env: &TestEnv) -> usize {
    count(&env.root().join("images"), |n| n.ends_with(".json"))
}

pub fn layer_dirs(env: &TestEnv) -> usize {
    count(&env.root().join("layers"), |_| true)
}

pub fn tmp_entries(env: &TestEnv) -> usize {
    count(&env.root().join("tmp"), |_| true)
}

fn count(dir: &Path, f: impl Fn(&str) -> bool) -> usize {
    match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .filter(|e| f(&e.file_name().to_string_lossy()))
            .count(),
        Err(_) => 0,
    }
}
