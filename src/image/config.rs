//! Image config blobs (the OCI/docker config JSON whose digest is the image id) and the
//! Dockerfile-like `--change` instructions `import` accepts.

use serde::{Deserialize, Serialize};

use crate::store::images::{Empty, HistoryEntry, ImageConfig};

/// The config blob. Field names follow the OCI image spec (`config` inside uses docker's).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConfigBlob {
    pub created: String,
    pub architecture: String,
    pub os: String,
    pub config: ImageConfig,
    pub rootfs: RootFs,
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RootFs {
    #[serde(rename = "type")]
    pub kind: String,
    pub diff_ids: Vec<String>,
}

/// The platform architecture in OCI/GOARCH spelling.
pub fn host_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        "powerpc64" => "ppc64le",
        "loongarch64" => "loong64",
        other => other,
    }
}

#[derive(Debug, thiserror::Error)]
#[error("invalid --change {input:?}: {reason}")]
pub struct ChangeError {
    pub input: String,
    pub reason: String,
}

const SUPPORTED: &str =
    "CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR";

/// Instructions an ONBUILD trigger may not be.
const NOT_TRIGGERS: [&str; 3] = ["ONBUILD", "FROM", "MAINTAINER"];

/// Apply one `--change` instruction (Dockerfile syntax) to `config`.
pub fn apply_change(config: &mut ImageConfig, change: &str) -> Result<(), ChangeError> {
    let err = |reason: String| ChangeError {
        input: change.to_owned(),
        reason,
    };
    let trimmed = change.trim();
    let (instr, rest) = match trimmed.split_once(char::is_whitespace) {
        Some((i, r)) => (i, r.trim()),
        None => (trimmed, ""),
    };
    let instr_up = instr.to_ascii_uppercase();
    if rest.is_empty() {
        return Err(err(if instr.is_empty() {
            format!("empty instruction; supported: {SUPPORTED}")
        } else {
            format!("{instr_up} requires an argument")
        }));
    }
    match instr_up.as_str() {
        "CMD" => config.cmd = Some(exec_or_shell(rest)),
        "ENTRYPOINT" => config.entrypoint = Some(exec_or_shell(rest)),
        "ENV" => {
            for (k, v) in key_values(rest, true).map_err(err)? {
                let prefix = format!("{k}=");
                config.env.retain(|e| !e.starts_with(&prefix));
                config.env.push(format!("{k}={v}"));
            }
        }
        "LABEL" => {
            for (k, v) in key_values(rest, false).map_err(err)? {
                config.labels.insert(k, v);
            }
        }
        "WORKDIR" => {
            let dir = unquote(rest);
            config.working_dir = if dir.starts_with('/') {
                dir
            } else {
                let base = if config.working_dir.is_empty() {
                    "/"
                } else {
                    config.working_dir.as_str()
                };
                format!("{}/{dir}", base.trim_end_matches('/'))
            };
        }
        "USER" => config.user = unquote(rest),
        "ONBUILD" => {
            let trigger = rest.split_whitespace().next().unwrap_or("");
            let up = trigger.to_ascii_uppercase();
            if NOT_TRIGGERS.contains(&up.as_str()) {
                return Err(err(format!("{up} isn't allowed as an ONBUILD trigger")));
            }
            config.on_build.push(rest.to_owned());
        }
        "EXPOSE" => {
            for port in words(rest).map_err(err)? {
                let key = expose_key(&port).map_err(err)?;
                config.exposed_ports.insert(key, Empty {});
            }
        }
        "VOLUME" => {
            let vols = if rest.starts_with('[') {
                serde_json::from_str::<Vec<String>>(rest)
                    .map_err(|e| err(format!("VOLUME JSON array: {e}")))?
            } else {
                words(rest).map_err(err)?
            };
            for v in vols {
                if v.is_empty() {
                    return Err(err("VOLUME path is empty".into()));
                }
                config.volumes.insert(v, Empty {});
            }
        }
        "STOPSIGNAL" => {
            let sig = unquote(rest);
            if !valid_signal(&sig) {
                return Err(err(format!("{sig:?} is not a signal name or number")));
            }
            config.stop_signal = Some(sig);
        }
        _ => {
            return Err(err(format!(
                "{instr_up} is not a supported instruction; supported: {SUPPORTED}"
            )));
        }
    }
    Ok(())
}

/// JSON exec form when it parses as an array of strings, else shell form.
fn exec_or_shell(rest: &str) -> Vec<String> {
    if rest.starts_with('[')
        && let Ok(v) = serde_json::from_str::<Vec<String>>(rest)
    {
        return v;
    }
    vec!["/bin/sh".into(), "-c".into(), rest.into()]
}

/// Split shell-like words: whitespace separates, '...' and "..." group, backslash escapes.
fn words(s: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(x) => cur.push(x),
                        None => return Err("unterminated single quote".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(x) => cur.push(x),
                            None => return Err("trailing backslash".into()),
                        },
                        Some(x) => cur.push(x),
                        None => return Err("unterminated double quote".into()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                match chars.next() {
                    Some(x) => cur.push(x),
                    None => return Err("trailing backslash".into()),
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    Ok(out)
}

fn unquote(s: &str) -> String {
    match words(s) {
        Ok(w) if w.len() == 1 => w.into_iter().next().unwrap_or_default(),
        _ => s.to_owned(),
    }
}

/// `k=v k2="v 2"`; with `legacy`, also `KEY value with spaces`.
fn key_values(rest: &str, legacy: bool) -> Result<Vec<(String, String)>, String> {
    let first = rest.split_whitespace().next().unwrap_or("");
    if !first.contains('=') {
        if !legacy {
            return Err("expected KEY=VALUE pairs".into());
        }
        let (k, v) = rest
            .split_once(char::is_whitespace)
            .ok_or_else(|| format!("{first} needs a value"))?;
        return Ok(vec![(k.to_owned(), v.trim().to_owned())]);
    }
    let mut out = Vec::new();
    for w in words(rest)? {
        let (k, v) = w
            .split_once('=')
            .ok_or_else(|| format!("{w:?} is not KEY=VALUE"))?;
        if k.is_empty() {
            return Err(format!("{w:?} has an empty key"));
        }
        out.push((k.to_owned(), v.to_owned()));
    }
    Ok(out)
}

/// `80`, `80/tcp`, `53/udp`, `8000-8002/tcp` -> docker's `port/proto` key.
pub fn expose_key(port: &str) -> Result<String, String> {
    let (num, proto) = match port.split_once('/') {
        Some((n, p)) => (n, p.to_ascii_lowercase()),
        None => (port, "tcp".to_owned()),
    };
    if !matches!(proto.as_str(), "tcp" | "udp" | "sctp") {
        return Err(format!("{port:?}: protocol must be tcp, udp or sctp"));
    }
    let valid = |p: &str| p.parse::<u16>().is_ok_and(|n| n > 0);
    let ok = match num.split_once('-') {
        Some((a, b)) => valid(a) && valid(b) && a.parse::<u16>().ok() <= b.parse::<u16>().ok(),
        None => valid(num),
    };
    if !ok {
        return Err(format!("{port:?} is not a valid port or port range"));
    }
    Ok(format!("{num}/{proto}"))
}

pub fn valid_signal(sig: &str) -> bool {
    if let Ok(n) = sig.parse::<u32>() {
        return (1..=64).contains(&n);
    }
    let name = sig.to_ascii_uppercase();
    let name = name.strip_prefix("SIG").unwrap_or(&name);
    if name.starts_with("RTMIN") || name.starts_with("RTMAX") {
        return true;
    }
    format!("SIG{name}")
        .parse::<nix::sys::signal::Signal>()
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(changes: &[&str]) -> ImageConfig {
        let mut c = ImageConfig::default();
        for ch in changes {
            apply_change(&mut c, ch).unwrap();
        }
        c
    }

    #[test]
    fn cmd_and_entrypoint_forms() {
        let c = apply(&[r#"CMD ["/bin/echo","hi there"]"#, "ENTRYPOINT top -b"]);
        assert_eq!(c.cmd.unwrap(), ["/bin/echo", "hi there"]);
        assert_eq!(c.entrypoint.unwrap(), ["/bin/sh", "-c", "top -b"]);
        let c = apply(&["cmd [not json"]);
        assert_eq!(c.cmd.unwrap(), ["/bin/sh", "-c", "[not json"]);
    }

    #[test]
    fn env_label_workdir_user_expose_volume_stopsignal() {
        let c = apply(&[
            "ENV A=1 B=\"two words\"",
            "ENV LEGACY some value",
            "ENV A=3",
            "LABEL org.x=y \"with space\"=z",
            "WORKDIR /srv",
            "WORKDIR app",
            "USER 1000:1000",
            "EXPOSE 80 53/udp 8000-8001",
            "VOLUME [\"/data\", \"/logs\"]",
            "STOPSIGNAL SIGINT",
            "ONBUILD RUN echo hi",
        ]);
        assert_eq!(c.on_build, ["RUN echo hi"]);
        assert_eq!(c.env, ["B=two words", "LEGACY=some value", "A=3"]);
        assert_eq!(c.labels["org.x"], "y");
        assert_eq!(c.labels["with space"], "z");
        assert_eq!(c.working_dir, "/srv/app");
        assert_eq!(c.user, "1000:1000");
        let ports: Vec<_> = c.exposed_ports.keys().cloned().collect();
        assert_eq!(ports, ["53/udp", "80/tcp", "8000-8001/tcp"]);
        assert_eq!(c.volumes.len(), 2);
        assert_eq!(c.stop_signal.as_deref(), Some("SIGINT"));
    }

    #[test]
    fn bad_changes_are_refused() {
        for bad in [
            "",
            "FROM busybox",
            "RUN ls",
            "CMD",
            "EXPOSE 99999",
            "EXPOSE 80/xyz",
            "LABEL novalue",
            "ENV A=\"unterminated",
            "STOPSIGNAL SIGNOPE",
            "ENV =x",
            "ONBUILD ONBUILD RUN x",
            "ONBUILD",
        ] {
            let mut c = ImageConfig::default();
            let e = apply_change(&mut c, bad).unwrap_err().to_string();
            assert!(e.starts_with("invalid --change"), "{bad}: {e}");
        }
    }
}
