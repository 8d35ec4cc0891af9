//! `--authfile` and `--creds`, podman's credential flags of `pull`, `push`, `login` and
//! `logout`.

use std::path::PathBuf;

use anyhow::bail;

use crate::registry::auth::{self, Credentials};

// No doc comment: clap would take it for the about text of the commands that flatten this.
#[derive(Debug, Clone, clap::Args)]
pub struct AuthFlags {
    /// Path of the auth file (default: $REGISTRY_AUTH_FILE, then
    /// $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json)
    #[arg(long, value_name = "FILE")]
    pub authfile: Option<PathBuf>,

    /// Credentials for the registry: USERNAME[:PASSWORD] (asked for on a terminal when
    /// the password is left out)
    #[arg(long, value_name = "USER[:PASSWORD]")]
    pub creds: Option<String>,
}

impl AuthFlags {
    /// Make the flags hold for this process's registry requests.
    pub fn apply(&self) -> anyhow::Result<()> {
        if let Some(path) = &self.authfile {
            auth::use_auth_file(path.clone());
        }
        if let Some(creds) = &self.creds {
            let (user, password) = match creds.split_once(':') {
                Some((u, p)) => (u.to_owned(), p.to_owned()),
                None if super::prompt::can_prompt() => {
                    (creds.clone(), super::prompt::ask_secret("Password: ")?)
                }
                None => {
                    bail!("--creds {creds:?} has no password and there is no terminal to ask on")
                }
            };
            if user.is_empty() {
                bail!("--creds needs a user name: USERNAME[:PASSWORD]");
            }
            auth::use_credentials(Credentials::password(user, password));
        }
        Ok(())
    }
}
