//! `berth version`: the client's version, commit, toolchain and platform.

use serde::Serialize;

use crate::format;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format: "json", or a Go template such as '{{.Client.Version}}' (default:
    /// human-readable text)
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,
}

/// Field names follow docker's and podman's `version --format json` (`{"Client": {...},
/// "Server": {...}}`); berth has no server, so `Server` repeats the client (as podman's
/// local mode does), and `.Version` is the version alone.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Report {
    client: Client,
    server: Client,
    version: &'static str,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Client {
    version: &'static str,
    #[serde(rename = "APIVersion")]
    api_version: &'static str,
    git_commit: &'static str,
    rust_version: &'static str,
    /// podman's field for the toolchain: the Rust compiler here.
    go_version: &'static str,
    os: &'static str,
    arch: &'static str,
    os_arch: String,
}

pub fn exec(args: Args) -> anyhow::Result<u8> {
    let version = env!("CARGO_PKG_VERSION");
    let client = Client {
        version,
        api_version: version,
        git_commit: env!("BERTH_GIT_COMMIT"),
        rust_version: env!("BERTH_RUSTC_VERSION"),
        go_version: env!("BERTH_RUSTC_VERSION"),
        os: std::env::consts::OS,
        arch: crate::image::config::host_arch(),
        os_arch: format!(
            "{}/{}",
            std::env::consts::OS,
            crate::image::config::host_arch()
        ),
    };
    match args.format.as_deref().map(str::trim) {
        None | Some("") => {
            let unknown = |s: &'static str| if s.is_empty() { "unknown" } else { s };
            let rows = [
                ("Version:", client.version.to_owned()),
                ("API Version:", client.api_version.to_owned()),
                ("Git commit:", unknown(client.git_commit).to_owned()),
                ("Rust version:", unknown(client.rust_version).to_owned()),
                ("OS/Arch:", client.os_arch.clone()),
            ];
            format::key_values("Client:", &rows)?;
        }
        Some("json") => format::json(&Report {
            server: client.clone(),
            client,
            version,
        })?,
        Some(other) => {
            let t = format::template::Template::parse_for_json(other)?;
            let report = Report {
                server: client.clone(),
                client,
                version,
            };
            let mut text = t.execute_json(&serde_json::to_value(&report)?)?;
            text.push('\n');
            format::raw(text.as_bytes())?;
        }
    }
    Ok(0)
}
