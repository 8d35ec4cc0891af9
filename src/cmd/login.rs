//! `berth login [-u USER] [-p PASS | --password-stdin] REGISTRY` and `berth logout REGISTRY`:
//! credentials in the auth file docker and podman share (see `registry::auth`).

use std::io::Read as _;

use anyhow::{Context as _, bail};

use crate::context::Context;
use crate::format;
use crate::registry::auth::{self, Credentials};
use crate::registry::client::{Client, Options};

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// User name
    #[arg(short = 'u', long)]
    pub username: Option<String>,

    /// Password (visible to other users in the process list: prefer --password-stdin)
    #[arg(short = 'p', long)]
    pub password: Option<String>,

    /// Read the password from standard input
    #[arg(long)]
    pub password_stdin: bool,

    /// Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)
    #[arg(long, value_name = "BOOL")]
    pub tls_verify: Option<bool>,

    /// Registry host (e.g. registry.example:5000)
    #[arg(value_name = "REGISTRY")]
    pub registry: String,

    /// Path of the auth file to write (default: $REGISTRY_AUTH_FILE, then
    /// $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json)
    #[arg(long, value_name = "FILE")]
    pub authfile: Option<std::path::PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct LogoutArgs {
    /// Registry host
    #[arg(value_name = "REGISTRY")]
    pub registry: String,

    /// Path of the auth file to change
    #[arg(long, value_name = "FILE")]
    pub authfile: Option<std::path::PathBuf>,
}

/// `https://host/v1/` or `host/` as users paste them: the bare host.
fn host_of(s: &str) -> String {
    let s = s
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    let host = s.split('/').next().unwrap_or(s);
    match host {
        "index.docker.io" | "registry-1.docker.io" => "docker.io".to_owned(),
        h => h.to_owned(),
    }
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    if let Some(path) = &args.authfile {
        crate::registry::auth::use_auth_file(path.clone());
    }
    let host = host_of(&args.registry);
    if host.is_empty() {
        bail!("no registry given");
    }
    let username = match args.username.filter(|u| !u.is_empty()) {
        Some(u) => u,
        None if !args.password_stdin && super::prompt::can_prompt() => {
            super::prompt::ask("Username: ")?
        }
        None => bail!("a user name is required: berth login -u USER --password-stdin {host}"),
    };
    if username.is_empty() {
        bail!("the user name is empty");
    }
    let password = match (args.password, args.password_stdin) {
        (Some(_), true) => bail!("--password and --password-stdin are mutually exclusive"),
        (Some(p), false) => p,
        (None, true) => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("reading the password from standard input")?;
            s.trim_end_matches(['\n', '\r']).to_owned()
        }
        (None, false) if super::prompt::can_prompt() => super::prompt::ask_secret("Password: ")?,
        (None, false) => bail!(
            "no password given and standard input is not a terminal to ask on: use --password-stdin or -p"
        ),
    };
    if password.is_empty() {
        bail!("the password is empty");
    }
    let mut creds = Credentials::password(username, password);
    let mut opts = Options::for_host(&ctx.config.registries, &host, args.tls_verify);
    opts.credentials = Some(creds.clone());
    let client = Client::new(&ctx.config.registries, &host, opts)?;
    let identity = client
        .login()
        .with_context(|| format!("logging in to {host}"))?;
    if let Some(token) = identity {
        // As docker does: the token replaces the password, which is not stored.
        creds.password.clear();
        creds.identity_token = Some(token);
    }
    auth::store(&host, &creds)?;
    format::line("Login Succeeded")?;
    Ok(0)
}

pub fn logout(args: LogoutArgs, _ctx: &Context) -> anyhow::Result<u8> {
    if let Some(path) = &args.authfile {
        crate::registry::auth::use_auth_file(path.clone());
    }
    let host = host_of(&args.registry);
    if auth::remove(&host)? {
        format::line(&format!("Removed login credentials for {host}"))?;
    } else {
        format::line(&format!("Not logged in to {host}"))?;
    }
    Ok(0)
}
