//! The `run`/`create` flags about a container's life around its command: how it is
//! stopped, its time zone, its pid file, the descriptors and environment it inherits, its
//! log driver and annotations.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::runtime::create::CreateRequest;
use crate::spec::container::ZONEINFO;

// (A plain comment: clap would make a doc comment the about text of the commands.)
#[derive(Debug, Clone, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct LifecycleFlags {
    /// Signal to stop the container with (over the image's STOPSIGNAL; default SIGTERM)
    #[arg(long, value_name = "SIGNAL")]
    pub stop_signal: Option<String>,

    /// Seconds to wait after the stop signal before killing the container (default 10)
    #[arg(long, value_name = "SECONDS", allow_hyphen_values = true)]
    pub stop_timeout: Option<u32>,

    /// Time zone of the container: "local" (the host's) or a zone name like Europe/Berlin
    #[arg(long, value_name = "TIMEZONE")]
    pub tz: Option<String>,

    /// Write the container's pid to FILE each time it starts
    #[arg(long, value_name = "FILE")]
    pub pidfile: Option<PathBuf>,

    /// Pass N more file descriptors (3 to 3+N-1) into the container
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub preserve_fds: u32,

    /// Copy berth's whole environment into the container (before -e and --env-file)
    #[arg(long)]
    pub env_host: bool,

    /// Logging driver: k8s-file (default), json-file, none, passthrough
    #[arg(long, value_name = "DRIVER")]
    pub log_driver: Option<String>,

    /// Add an annotation to the container (KEY=VALUE)
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
}

impl LifecycleFlags {
    /// Validate the flags into the request.
    pub fn apply(&self, req: &mut CreateRequest) -> anyhow::Result<()> {
        if let Some(s) = &self.stop_signal {
            let sig = crate::runtime::control::parse_signal(s)
                .with_context(|| format!("invalid --stop-signal {s:?}"))?;
            req.stop_signal = Some(sig.as_str().to_owned());
        }
        req.stop_timeout = self.stop_timeout;
        req.timezone = self.tz.as_deref().map(check_timezone).transpose()?;
        req.pidfile = (self.pidfile.as_deref())
            .map(|p| std::path::absolute(p).with_context(|| format!("--pidfile {}", p.display())))
            .transpose()?;
        req.preserve_fds = self.preserve_fds;
        if self.env_host {
            // Lowest first: the flags' -e and --env-file entries override these.
            let host = std::env::vars_os()
                .filter_map(|(k, v)| Some(format!("{}={}", k.to_str()?, v.to_str()?)));
            req.env.splice(0..0, host);
        }
        req.annotations = annotations(&self.annotation)?;
        Ok(())
    }
}

/// `--tz`: `local`, or a zone the host's zoneinfo has. The name is kept as given; the
/// file is found again at each start (see `runtime::prepare`).
pub(super) fn check_timezone(tz: &str) -> anyhow::Result<String> {
    if tz == "local" {
        return Ok(tz.to_owned());
    }
    let bad = tz.is_empty()
        || tz.starts_with('/')
        || tz.split('/').any(|c| c.is_empty() || c == "." || c == "..");
    if bad || !Path::new(ZONEINFO).join(tz).is_file() {
        bail!(
            "invalid --tz {tz:?}: not a time zone in {ZONEINFO} (use \"local\" or a name like Europe/Berlin)"
        );
    }
    Ok(tz.to_owned())
}

/// `--annotation KEY=VALUE`; the last one of a key wins.
fn annotations(args: &[String]) -> anyhow::Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for a in args {
        match a.split_once('=') {
            Some((k, v)) if !k.is_empty() => {
                out.insert(k.to_owned(), v.to_owned());
            }
            _ => bail!("invalid --annotation {a:?}: use KEY=VALUE"),
        }
    }
    Ok(out)
}

/// `--entrypoint`: a JSON array of strings (`["/bin/x","y"]`) is the whole entrypoint, as
/// podman reads it; anything else is one word, "" clearing the image's.
pub fn entrypoint(arg: &str) -> anyhow::Result<Vec<String>> {
    if arg.trim_start().starts_with('[') {
        return serde_json::from_str::<Vec<String>>(arg)
            .with_context(|| format!("invalid --entrypoint {arg:?}: not a JSON array of strings"));
    }
    Ok(vec![arg.to_owned()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entrypoint_forms() {
        assert_eq!(
            entrypoint(r#"["/bin/echo","a b"]"#).unwrap(),
            ["/bin/echo", "a b"]
        );
        assert_eq!(entrypoint("/bin/sh").unwrap(), ["/bin/sh"]);
        assert_eq!(entrypoint("").unwrap(), [""]);
        assert!(entrypoint(r#"["/bin/echo", 1]"#).is_err());
        assert!(entrypoint("[oops").is_err());
    }

    #[test]
    fn timezones_and_annotations() {
        assert_eq!(check_timezone("local").unwrap(), "local");
        for bad in [
            "",
            "/etc/passwd",
            "../../etc/passwd",
            "Europe/../../x",
            "No/Such_Zone",
        ] {
            assert!(check_timezone(bad).is_err(), "{bad}");
        }
        let a = annotations(&["a=1".into(), "b=".into(), "a=2".into()]).unwrap();
        assert_eq!((a["a"].as_str(), a["b"].as_str()), ("2", ""));
        assert!(annotations(&["=1".into()]).is_err() && annotations(&["k".into()]).is_err());
    }
}
