//! Concurrent berth processes never corrupt the store: parallel import/tag/rmi loops, then
//! every record parses, every referenced layer exists, and nothing is left in tmp/.

use crate::common;

use std::collections::BTreeSet;
use std::sync::Arc;

use common::*;

fn tar_with(content: &str) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (name, data) in [("etc/a", "shared"), ("etc/b", content)] {
        let mut h = tar::Header::new_gnu();
        h.set_mode(0o644);
        h.set_size(data.len() as u64);
        h.set_mtime(1_700_000_000);
        b.append_data(&mut h, name, data.as_bytes()).unwrap();
    }
    b.into_inner().unwrap()
}

const WORKERS: usize = 20;
const ROUNDS: usize = 4;

#[test]
fn parallel_import_tag_rmi_keep_the_store_consistent() {
    for env in TestEnv::all() {
        let env = Arc::new(env);
        // Half the workers share one tar (and so race on one layer), half have their own.
        let shared = env.write_file("shared.tar", tar_with("same"));
        let mut threads = Vec::new();
        for w in 0..WORKERS {
            let env = Arc::clone(&env);
            let tar = if w % 2 == 0 {
                shared.clone()
            } else {
                env.write_file(&format!("w{w}.tar"), tar_with(&format!("worker {w}")))
            };
            threads.push(std::thread::spawn(move || {
                let tar = tar.display().to_string();
                for r in 0..ROUNDS {
                    let name = format!("w{w}:r{r}");
                    let out = env.berth(&["import", &tar, &name]).success();
                    let id = out.stdout().trim().to_owned();
                    env.berth(&["tag", &name, "contended:latest"]).run();
                    env.berth(&["tag", &id, &format!("w{w}:alias")]).success();
                    env.berth(&["images", "-q"]).success();
                    match r % 3 {
                        0 => {
                            env.berth(&["rmi", &name]).success();
                        }
                        1 => {
                            env.berth(&["rmi", "-f", &id]).success();
                        }
                        _ => {} // left in place
                    }
                    // Another worker may have just removed it: either outcome, never a crash.
                    let out = env.berth(&["rmi", "contended"]).run();
                    assert!(
                        matches!(out.code(), Some(0 | 1)),
                        "rmi contended crashed: {out}"
                    );
                }
            }));
        }
        for t in threads {
            t.join().expect("worker panicked");
        }
        check_store(&env);
    }
}

fn check_store(env: &TestEnv) {
    let root = env.root();
    let mut ids = BTreeSet::new();
    let mut used_layers = BTreeSet::new();
    for entry in std::fs::read_dir(root.join("images")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.ends_with(".json"), "stray file {name} in images/");
        let rec: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let id = rec["Id"].as_str().unwrap().to_owned();
        assert_eq!(format!("sha256:{}", name.trim_end_matches(".json")), id);
        assert!(
            root.join("blobs/sha256").join(&id[7..]).is_file(),
            "config blob of {id} missing"
        );
        for layer in rec["Layers"].as_array().unwrap() {
            let hex = &layer.as_str().unwrap()[7..];
            let dir = root.join("layers").join(hex);
            let meta: serde_json::Value =
                serde_json::from_slice(&std::fs::read(dir.join("layer.json")).unwrap())
                    .unwrap_or_else(|e| panic!("layer {hex} of {id}: {e}"));
            assert_eq!(meta["chain_id"], *layer);
            assert!(dir.join("diff/etc/a").is_file(), "layer {hex} incomplete");
            used_layers.insert(hex.to_owned());
        }
        ids.insert(id);
    }
    let names: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&std::fs::read(root.join("names.json")).unwrap()).unwrap();
    for (name, id) in &names {
        assert!(
            ids.contains(id.as_str().unwrap()),
            "{name} points at a missing image {id}"
        );
    }
    for entry in std::fs::read_dir(root.join("layers")).unwrap() {
        let hex = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            used_layers.contains(&hex),
            "layer {hex} is referenced by no image"
        );
    }
    let left: Vec<_> = std::fs::read_dir(root.join("tmp"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "tmp/ holds {left:?}");
    // Every survivor is listed, and each worker's round-2 image is still there.
    let listed = env.berth(&["images", "-q", "--no-trunc"]).success();
    for id in &ids {
        assert!(listed.stdout().contains(id.as_str()), "{id} not listed");
    }
    for w in 0..WORKERS {
        env.berth(&["image", "inspect", &format!("w{w}:r2")])
            .success();
    }
}

/// Parallel `run --rm`, `create`/`rm` and `tag`/`rmi` on the same store: afterwards every
/// container and image record parses, every image a container uses exists with all its
/// layers, and no `run --rm` container is left listed.
#[test]
fn parallel_runs_and_image_churn_keep_the_store_consistent() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        let env = Arc::new(env);
        env.import_busybox("bb");
        let mut threads = Vec::new();
        for w in 0..WORKERS {
            let env = Arc::clone(&env);
            threads.push(std::thread::spawn(move || {
                for r in 0..3 {
                    match w % 4 {
                        // Short-lived containers, the bulk of the load.
                        0 | 1 => {
                            env.berth(&[
                                "run",
                                "--rm",
                                "bb",
                                "sh",
                                "-c",
                                &format!("echo {w}-{r} > /f"),
                            ])
                            .success();
                        }
                        // Tags come and go on the image the containers use.
                        2 => {
                            let tag = format!("bb:w{w}r{r}");
                            env.berth(&["tag", "bb", &tag]).success();
                            env.berth(&["rmi", &tag]).success();
                        }
                        // Kept containers, created and removed by name.
                        _ => {
                            let name = format!("c{w}r{r}");
                            env.berth(&["create", "--name", &name, "bb", "true"])
                                .success();
                            env.berth(&["start", "-a", &name]).success();
                            env.berth(&["rm", &name]).success();
                        }
                    }
                    env.berth(&["ps", "-a", "-q"]).success();
                }
            }));
        }
        for t in threads {
            t.join().expect("worker panicked");
        }
        let root = env.root();
        // No container survives: every one was --rm or removed.
        let listed = env.berth(&["ps", "-a", "-q"]).success();
        assert_eq!(listed.stdout().trim(), "", "{}", env.label());
        for entry in std::fs::read_dir(root.join("containers")).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            assert!(name.starts_with(".rm-"), "container dir {name} left behind");
        }
        assert_eq!(
            std::fs::read_dir(root.join("container-names"))
                .unwrap()
                .count(),
            0
        );
        // The image and its layers are whole.
        let names: serde_json::Map<String, serde_json::Value> =
            serde_json::from_slice(&std::fs::read(root.join("names.json")).unwrap()).unwrap();
        assert_eq!(names.keys().collect::<Vec<_>>(), ["bb:latest"], "{names:?}");
        let id = names["bb:latest"].as_str().unwrap();
        let rec: serde_json::Value = serde_json::from_slice(
            &std::fs::read(root.join("images").join(format!("{}.json", &id[7..]))).unwrap(),
        )
        .unwrap();
        for layer in rec["Layers"].as_array().unwrap() {
            let dir = root.join("layers").join(&layer.as_str().unwrap()[7..]);
            assert!(
                dir.join("diff/bin/busybox").is_file(),
                "layer {} incomplete",
                dir.display()
            );
        }
        env.berth(&["run", "--rm", "bb", "true"]).success();
    }
}

/// `run --rm` leaves its name link to a background remover; the name is free the moment
/// `run` returns (a link to a removed container is taken over, and names nothing), and the
/// links do not pile up.
#[test]
fn names_of_removed_containers_are_free_at_once() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        env.import_busybox("bb");
        for _ in 0..5 {
            env.berth(&["run", "--rm", "--name", "again", "bb", "true"])
                .success();
        }
        env.berth(&["run", "--rm", "--name", "kept", "bb", "true"])
            .success();
        // Right after: no container by that name, and rename can take it.
        env.berth(&["inspect", "kept"]).failure_code(125);
        env.berth(&["create", "--name", "other", "bb", "true"])
            .success();
        env.berth(&["rename", "other", "kept"]).success();
        env.berth(&["inspect", "-f", "{{.Name}}", "kept"])
            .success()
            .stdout_contains("kept");
        env.berth(&["rm", "kept"]).success();
        let names = env.root().join("container-names");
        let end = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::fs::read_dir(&names).unwrap().count() > 0 && std::time::Instant::now() < end {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let left: Vec<_> = std::fs::read_dir(&names).unwrap().flatten().collect();
        assert!(
            left.is_empty(),
            "{}: name links left: {left:?}",
            env.label()
        );
    }
}
