//! `save` and `load`: docker-archive, oci-archive and OCI layout directories, checked with a
//! third-party reader and writer (skopeo), plus hostile and broken archives.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::registry::{assert_store_empty, fresh_like, image_id};
use common::*;

fn skopeo(args: &[&str]) -> String {
    let out = Command::new("skopeo")
        .args(args)
        .output()
        .expect("running skopeo");
    assert!(
        out.status.success(),
        "skopeo {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn save_formats_are_read_by_skopeo_and_load_back() {
    if !require_busybox() || !require_cmd("skopeo") {
        return;
    }
    for env in TestEnv::all() {
        let id = env.import_busybox("bb:1");
        let w = env.work();
        let d = w.join("d.tar");
        let o = w.join("o.tar");
        let dir = w.join("layout");
        env.berth(&["save", "-o", d.to_str().unwrap(), "bb:1"])
            .success();
        env.berth(&[
            "save",
            "--format",
            "oci-archive",
            "-o",
            o.to_str().unwrap(),
            "bb:1",
        ])
        .success();
        env.berth(&[
            "save",
            "--format",
            "oci-dir",
            "-o",
            dir.to_str().unwrap(),
            "bb:1",
        ])
        .success();
        let layer_count = |json: &str| {
            let v: serde_json::Value = serde_json::from_str(json).unwrap();
            v["Layers"].as_array().unwrap().len()
        };
        for src in [
            format!("docker-archive:{}", d.display()),
            format!("oci-archive:{}", o.display()),
            format!("oci:{}", dir.display()),
        ] {
            let inspect = skopeo(&["inspect", &src]);
            assert_eq!(layer_count(&inspect), 1, "{src}: {inspect}");
            // A full copy reads and verifies every blob.
            let copy = w.join(format!("copy-{}", src.split(':').next().unwrap()));
            skopeo(&["copy", "-q", &src, &format!("dir:{}", copy.display())]);
            assert!(copy.join("manifest.json").is_file());
        }
        // The config skopeo sees is ours, byte for byte: same image id.
        let cfg = skopeo(&[
            "inspect",
            "--config",
            "--raw",
            &format!("oci:{}", dir.display()),
        ]);
        assert_eq!(
            format!("sha256:{}", sha256_hex(cfg.as_bytes())),
            id,
            "{}",
            env.label()
        );
        for archive in [&d, &o, &dir] {
            let fresh = fresh_like(&env);
            let input = fresh.work().join("in");
            copy_path(archive, &input);
            fresh.chown_to_user(&input);
            fresh
                .berth(&["load", "-i", input.to_str().unwrap()])
                .success()
                .stdout_contains("Loaded image: bb:1");
            assert_eq!(
                image_id(&fresh, "bb:1"),
                id,
                "{} {}",
                fresh.label(),
                archive.display()
            );
            fresh
                .berth(&["run", "--rm", "bb:1", "cat", "/etc/hostname"])
                .success();
        }
    }
}

#[test]
fn loads_what_skopeo_writes() {
    if !require_busybox() || !require_cmd("skopeo") {
        return;
    }
    for env in TestEnv::all() {
        let id = env.import_busybox("bb:1");
        let w = env.work();
        let layout = w.join("layout");
        env.berth(&[
            "save",
            "--format",
            "oci-dir",
            "-o",
            layout.to_str().unwrap(),
            "bb:1",
        ])
        .success();
        let src = format!("oci:{}", layout.display());
        let dock = w.join("sk-docker.tar");
        let ocigz = w.join("sk-oci-gz.tar");
        let zst = w.join("sk-zstd");
        skopeo(&[
            "copy",
            "-q",
            &src,
            &format!("docker-archive:{}:sk/docker:1", dock.display()),
        ]);
        skopeo(&[
            "copy",
            "-q",
            "--dest-compress",
            &src,
            &format!("oci-archive:{}:sk/gz:2", ocigz.display()),
        ]);
        skopeo(&[
            "copy",
            "-q",
            "--dest-compress",
            "--dest-compress-format",
            "zstd",
            &src,
            &format!("oci:{}:sk/zstd:3", zst.display()),
        ]);
        let fresh = fresh_like(&env);
        for (path, name) in [
            (&dock, "sk/docker:1"),
            (&ocigz, "sk/gz:2"),
            (&zst, "sk/zstd:3"),
        ] {
            fresh
                .berth(&["load", "-i", path.to_str().unwrap()])
                .success()
                .stdout_contains(&format!("Loaded image: {name}"));
            assert_eq!(image_id(&fresh, name), id, "{} {name}", fresh.label());
        }
        // The same layer arrived three times (plain, gzip, zstd): stored once.
        let layers = std::fs::read_dir(fresh.root().join("layers"))
            .unwrap()
            .count();
        assert_eq!(layers, 1, "{}", fresh.label());
    }
}

#[test]
fn several_images_and_stdin_gzip() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        let a = env.import_busybox("a:1");
        let tar = env.work().join("busybox-fixture.tar");
        let b = env
            .berth(&[
                "import",
                "-c",
                "CMD [\"/bin/true\"]",
                tar.to_str().unwrap(),
                "b:2",
            ])
            .success()
            .stdout()
            .trim()
            .to_owned();
        assert_ne!(a, b);
        env.berth(&["tag", "a:1", "a:extra"]).success();
        for format in ["docker-archive", "oci-archive"] {
            let out = env
                .berth(&["save", "--format", format, "a:1", "a:extra", "b:2"])
                .success();
            let fresh = fresh_like(&env);
            let gz = gzip(&out.stdout);
            let loaded = fresh.berth(&["load"]).stdin(gz).success().stdout();
            for name in ["a:1", "a:extra", "b:2"] {
                assert!(
                    loaded.contains(&format!("Loaded image: {name}")),
                    "{format}: {loaded}"
                );
            }
            assert_eq!(image_id(&fresh, "a:1"), a);
            assert_eq!(image_id(&fresh, "a:extra"), a);
            assert_eq!(image_id(&fresh, "b:2"), b);
            let layers = std::fs::read_dir(fresh.root().join("layers"))
                .unwrap()
                .count();
            assert_eq!(layers, 1, "{format}: shared layer stored once");
        }
    }
}

/// A tar of `files` (path, contents), for a layer.
fn layer_tar(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (name, data) in files {
        let mut h = tar::Header::new_ustar();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        b.append_data(&mut h, name, *data).unwrap();
    }
    b.into_inner().unwrap()
}

#[test]
fn multi_layer_archive_loads_from_a_file_stdin_and_a_layout() {
    if !require_busybox() {
        return;
    }
    // busybox, then layers that add, replace and delete (a whiteout) files: a layer
    // extracted out of order or into the wrong place shows in the container.
    let layers: Vec<Vec<u8>> = vec![
        busybox_tar().to_vec(),
        layer_tar(&[("a", b"one\n"), ("b", b"gone\n")]),
        layer_tar(&[("a", b"two\n"), ("c", b"three\n")]),
        layer_tar(&[(".wh.b", b""), ("d", b"four\n")]),
    ];
    let diff_ids: Vec<String> = layers
        .iter()
        .map(|l| format!("sha256:{}", sha256_hex(l)))
        .collect();
    let config = serde_json::json!({
        "architecture": "amd64", "os": "linux",
        "config": {"Cmd": ["/bin/sh"]},
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
    })
    .to_string();
    let id = sha256_hex(config.as_bytes());
    let mut b = tar::Builder::new(Vec::new());
    let mut add = |name: &str, data: &[u8]| {
        let mut h = tar::Header::new_ustar();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        b.append_data(&mut h, name, data).unwrap();
    };
    let mut paths = Vec::new();
    for (i, l) in layers.iter().enumerate() {
        // The last layer gzip-compressed, as some writers do.
        let path = format!("l{i}/layer.tar");
        add(&path, &if i == 3 { gzip(l) } else { l.clone() });
        paths.push(path);
    }
    add(&format!("{id}.json"), config.as_bytes());
    let manifest = serde_json::json!([{"Config": format!("{id}.json"), "RepoTags": ["multi:1"], "Layers": paths}]);
    add("manifest.json", manifest.to_string().as_bytes());
    let archive = b.into_inner().unwrap();
    for env in TestEnv::all() {
        let file = env.write_file("multi.tar", &archive);
        let layout = env.work().join("multi-layout");
        for how in ["file", "stdin", "layout"] {
            let fresh = fresh_like(&env);
            match how {
                "file" => fresh.berth(&["load", "-i", file.to_str().unwrap()]),
                "stdin" => fresh.berth(&["load"]).stdin(archive.clone()),
                _ => fresh.berth(&["load", "-i", layout.to_str().unwrap()]),
            }
            .success()
            .stdout_contains("Loaded image: multi:1");
            assert_eq!(
                image_id(&fresh, "multi:1"),
                format!("sha256:{id}"),
                "{} {how}",
                fresh.label()
            );
            let out = fresh
                .berth(&["run", "--rm", "multi:1", "sh", "-c", "cat /a /c /d; ls /b"])
                .run();
            assert_eq!(
                out.stdout(),
                "two\nthree\nfour\n",
                "{} {how}: {out}",
                fresh.label()
            );
            assert_ne!(
                out.code(),
                Some(0),
                "{} {how}: /b was deleted",
                fresh.label()
            );
            if how == "file" {
                // An OCI layout of it, for the directory case.
                fresh
                    .berth(&[
                        "save",
                        "--format",
                        "oci-dir",
                        "-o",
                        layout.to_str().unwrap(),
                        "multi:1",
                    ])
                    .success();
            }
        }
    }
}

#[test]
fn broken_archives_store_nothing() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        env.import_busybox("bb:1");
        let good = env.berth(&["save", "bb:1"]).success().stdout;
        let good_oci = env
            .berth(&["save", "--format", "oci-archive", "bb:1"])
            .success()
            .stdout;
        let mut corrupt = good_oci.clone();
        // Flip a byte inside the layer's file content (the busybox binary is most of it).
        let mid = corrupt.len() / 2;
        corrupt[mid] ^= 0xff;
        let mut cases: Vec<(&str, Vec<u8>)> = vec![
            ("truncated", good[..good.len() / 2].to_vec()),
            ("truncated gzip", gzip(&good)[..good.len() / 4].to_vec()),
            ("corrupt layer", corrupt),
            ("empty", Vec::new()),
            (
                "not an archive",
                b"hello, this is not a tarball\n".repeat(40),
            ),
        ];
        // A well-formed archive whose manifest names a layer that is not there.
        let mut b = tar::Builder::new(Vec::new());
        let manifest = br#"[{"Config":"c.json","RepoTags":["x:1"],"Layers":["nope/layer.tar"]}]"#;
        let config = br#"{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":["sha256:0000000000000000000000000000000000000000000000000000000000000000"]}}"#;
        for (name, data) in [("manifest.json", &manifest[..]), ("c.json", &config[..])] {
            let mut h = tar::Header::new_ustar();
            h.set_size(data.len() as u64);
            h.set_mode(0o644);
            h.set_cksum();
            b.append_data(&mut h, name, data).unwrap();
        }
        cases.push(("missing layer", b.into_inner().unwrap()));
        for (what, data) in cases {
            let fresh = fresh_like(&env);
            let out = fresh
                .berth(&["load"])
                .stdin(data.clone())
                .run()
                .berth_error();
            assert!(!out.stderr().contains("panicked"), "{what}");
            assert_store_empty(&fresh);
            // From a file, an uncompressed archive is read in place (layers in parallel).
            let file = fresh.write_file("broken.tar", &data);
            fresh
                .berth(&["load", "-i", file.to_str().unwrap()])
                .run()
                .berth_error();
            assert_store_empty(&fresh);
        }
        // save of an unknown image: one line, and no output file left behind.
        let target = env.work().join("never.tar");
        env.berth(&["save", "-o", target.to_str().unwrap(), "nope:1"])
            .run()
            .berth_error();
        assert!(!target.exists());
    }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(data))
}

/// Copy a file or a directory tree (plain files only) to `dst`.
fn copy_path(src: &Path, dst: &Path) {
    if src.is_dir() {
        std::fs::create_dir_all(dst).unwrap();
        for e in std::fs::read_dir(src).unwrap().flatten() {
            copy_path(&e.path(), &dst.join(e.file_name()));
        }
    } else {
        std::fs::copy(src, dst).unwrap();
    }
}
