//! `inspect` output for containers, with docker's field names.

use serde_json::{Value, json};

use super::state::observe;
use crate::store::Store;
use crate::store::containers::{ContainerRecord, Status};

/// docker prints the zero time for "never".
const ZERO_TIME: &str = "0001-01-01T00:00:00Z";

fn time(t: Option<jiff::Timestamp>) -> String {
    t.map(|t| t.to_string())
        .unwrap_or_else(|| ZERO_TIME.to_string())
}

pub fn container_json(store: &Store, rec: &ContainerRecord) -> Value {
    let obs = observe(store, rec);
    let running = obs.status == Status::Running;
    let spec = &rec.spec;
    let (path, args) = match spec.argv.split_first() {
        Some((p, a)) => (p.clone(), a.to_vec()),
        None => (String::new(), Vec::new()),
    };
    let mounts: Vec<Value> = spec
        .mounts
        .iter()
        .map(|m| match &m.volume {
            Some(v) => json!({
                "Type": "volume",
                "Name": v.name,
                "Source": m.source,
                "Destination": m.destination,
                "Driver": "local",
                "Mode": if m.read_only { "ro" } else { "z" },
                "RW": !m.read_only,
                "Propagation": "",
            }),
            None => json!({
                "Type": "bind",
                "Source": m.source,
                "Destination": m.destination,
                "Mode": if m.read_only { "ro" } else { "" },
                "RW": !m.read_only,
                "Propagation": "rprivate",
            }),
        })
        .collect();
    // docker's HostConfig.Binds: the -v sources as given (a volume by its name).
    let binds: Vec<String> = spec
        .mounts
        .iter()
        .filter(|m| m.volume.as_ref().is_none_or(|v| !v.anonymous))
        .map(|m| {
            if let Some(v) = &m.volume {
                let ro = if m.read_only { ":ro" } else { "" };
                return format!("{}:{}{ro}", v.name, m.destination);
            }
            format!(
                "{}:{}{}",
                m.source.display(),
                m.destination,
                if m.read_only { ":ro" } else { "" }
            )
        })
        .collect();
    let log_path = match spec.log.writes_file() {
        true => super::monitor::log_path(store, rec).display().to_string(),
        false => String::new(),
    };
    let mut v = json!({
        "Id": rec.id,
        "Created": rec.created.to_string(),
        "Path": path,
        "Args": args,
        "State": {
            "Status": obs.state_word(),
            "Running": running,
            "Paused": obs.paused,
            "Restarting": obs.restarting,
            "OOMKilled": !running && rec.last.oom_killed,
            "Dead": false,
            "Pid": obs.pid,
            "ExitCode": obs.exit_code.unwrap_or(0),
            "Error": obs.error,
            "StartedAt": time(obs.started_at),
            "FinishedAt": time(obs.finished_at),
        },
        "Image": rec.image,
        "Name": format!("/{}", rec.name),
        "RestartCount": obs.restart_count,
        "LogPath": log_path,
        "Driver": rec.driver,
        "PidFile": spec.pidfile.as_ref().map(|p| p.display().to_string()).unwrap_or_default(),
        "Mounts": mounts,
        "Config": {
            "Hostname": spec.hostname,
            "Domainname": spec.net.domainname,
            "User": spec.user,
            "AttachStdin": spec.open_stdin,
            "Tty": spec.tty,
            "OpenStdin": spec.open_stdin,
            "Env": spec.env,
            "Cmd": spec.cmd,
            "Entrypoint": spec.entrypoint,
            "Image": rec.image_name,
            "WorkingDir": spec.working_dir,
            "Labels": spec.labels,
            "StopSignal": spec.stop_signal.clone().unwrap_or_else(|| "SIGTERM".into()),
            "StopTimeout": spec.stop_timeout(),
            "Timezone": spec.timezone.clone().unwrap_or_default(),
            "Annotations": spec.annotations,
        },
        "HostConfig": {
            "Binds": binds,
            "NetworkMode": super::net::mode_text(rec),
            "AutoRemove": spec.auto_remove,
            "RestartPolicy": {
                "Name": spec.restart.name.as_str(),
                "MaximumRetryCount": spec.restart.maximum_retry_count,
            },
            "Init": spec.init,
            "LogConfig": {
                "Type": spec.log.driver(),
                "Config": spec.log.as_config(),
                "Path": log_path,
                // podman's figure: 4 significant digits, decimal units ("8kB").
                "Size": (spec.log.max_size)
                    .map(|n| crate::units::human_size_with_precision(n as f64, 4))
                    .unwrap_or_else(|| "0B".into()),
            },
            "ReadonlyRootfs": spec.read_only,
            "Tmpfs": (spec.tmpfs.iter())
                .map(|t| (t.destination.clone(), Value::from(t.options.clone())))
                .collect::<serde_json::Map<_, _>>(),
        },
    });
    // docker's and podman's health fields, for containers with a check.
    if let Some(hc) = &spec.healthcheck {
        v["Config"]["Healthcheck"] = json!(hc);
        if running && let Some(health) = super::health::read(store, rec) {
            v["State"]["Health"] = json!(health);
        }
    }
    let (settings, net_host) = super::net::inspect_fields(store, rec);
    v["NetworkSettings"] = settings;
    if let (Some(hc), Some(more)) = (v["HostConfig"].as_object_mut(), net_host.as_object()) {
        hc.extend(more.clone());
    }
    if let Some(hc) = v["HostConfig"].as_object_mut() {
        hc.extend(spec.resources.host_config_fields());
        hc.insert(
            "UsernsMode".into(),
            spec.security.userns.inspect_mode().into(),
        );
        if let Some(maps) = &spec.security.id_maps {
            use crate::sandbox::explicit_map::show;
            hc.insert(
                "IDMappings".into(),
                json!({ "UidMap": show(&maps.uid_map), "GidMap": show(&maps.gid_map) }),
            );
        }
    }
    v
}
