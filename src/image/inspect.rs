//! `inspect` JSON for images, with docker's field names.

use serde_json::{Value, json};

use crate::store::{ImageRecord, Result, Store};

/// The JSON object `berth image inspect` prints for one image.
pub fn image_json(store: &Store, img: &ImageRecord) -> Result<Value> {
    let tags = store.names_of(&img.id)?;
    let c = &img.config;
    let mut config = json!({
        "Hostname": "",
        "Domainname": "",
        "User": c.user,
        "AttachStdin": false,
        "AttachStdout": false,
        "AttachStderr": false,
        "Tty": false,
        "OpenStdin": false,
        "StdinOnce": false,
        "Env": null_if_empty(c.env.is_empty(), json!(c.env)),
        "Cmd": c.cmd,
        "Image": "",
        "Volumes": null_if_empty(c.volumes.is_empty(), json!(c.volumes)),
        "WorkingDir": c.working_dir,
        "Entrypoint": c.entrypoint,
        "OnBuild": null_if_empty(c.on_build.is_empty(), json!(c.on_build)),
        "Labels": null_if_empty(c.labels.is_empty(), json!(c.labels)),
    });
    if !c.exposed_ports.is_empty() {
        config["ExposedPorts"] = json!(c.exposed_ports);
    }
    if let Some(h) = &c.healthcheck {
        config["Healthcheck"] = json!(h);
    }
    if !c.shell.is_empty() {
        config["Shell"] = json!(c.shell);
    }
    if let Some(sig) = &c.stop_signal {
        config["StopSignal"] = json!(sig);
    }
    Ok(json!({
        "Id": img.id,
        "RepoTags": tags,
        "RepoDigests": [],
        "Parent": "",
        "Comment": img.comment,
        "Created": img.created,
        "DockerVersion": "",
        "Author": author(store, img),
        "Config": config,
        "Architecture": img.architecture,
        "Os": img.os,
        "Size": img.size,
        "GraphDriver": {
            "Name": "overlay",
            "Data": {
                "LowerDirs": store.image_layer_dirs(img).map(|dirs| {
                    dirs.iter().rev().map(|d| d.display().to_string()).collect::<Vec<_>>().join(":")
                }).unwrap_or_default(),
            },
        },
        "RootFS": {
            "Type": "layers",
            "Layers": img.diff_ids,
        },
    }))
}

/// The config blob's `author` (commit -a, a build's MAINTAINER), or "".
fn author(store: &Store, img: &ImageRecord) -> String {
    store
        .read_blob(&img.id)
        .ok()
        .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
        .and_then(|v| v.get("author").and_then(Value::as_str).map(str::to_owned))
        .unwrap_or_default()
}

fn null_if_empty(empty: bool, v: Value) -> Value {
    if empty { Value::Null } else { v }
}
