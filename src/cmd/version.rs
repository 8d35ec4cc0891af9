//! `berth version`: the client's version, commit, toolchain and platform.

use serde::Serialize;

use crate::format;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format: "json" for scripts (default: human-readable text)
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,
}

/// Field names follow docker's `version --format json` (`{"Client": {...}}`).
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Report {
    client: Client,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Client {
    version: &'static str,
    git_commit: &'static str,
    rust_version: &'static str,
    os: &'static str,
    arch: &'static str,
}

pub fn exec(args: Args) -> anyhow::Result<u8> {
    let client = Client {
        version: env!("CARGO_PKG_VERSION"),
        git_commit: env!("BERTH_GIT_COMMIT"),
        rust_version: env!("BERTH_RUSTC_VERSION"),
        os: std::env::consts::OS,
        arch: crate::image::config::host_arch(),
    };
    match args.format.as_deref() {
        None | Some("") => {
            let unknown = |s: &'static str| if s.is_empty() { "unknown" } else { s };
            let rows = [
                ("Version:", client.version.to_owned()),
                ("Git commit:", unknown(client.git_commit).to_owned()),
                ("Rust version:", unknown(client.rust_version).to_owned()),
                ("OS/Arch:", format!("{}/{}", client.os, client.arch)),
            ];
            format::key_values("Client:", &rows)?;
        }
        Some("json") | Some("{{json .}}") => format::json(&Report { client })?,
        Some(other) => anyhow::bail!("unsupported --format {other:?}: use json"),
    }
    Ok(0)
}
