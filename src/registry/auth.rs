//! Registry credentials: berth's auth file (the `{"auths": {host: {"auth": base64}}}` format
//! docker and podman share), then `~/.docker/config.json` (with its credential helpers).
//!
//! The auth file is `$REGISTRY_AUTH_FILE`, else `$XDG_RUNTIME_DIR/containers/auth.json`, else
//! `~/.config/containers/auth.json`.

use std::path::PathBuf;

use base64::Engine as _;
use serde_json::{Map, Value};

/// A user name and password for one registry, or an identity token (an OAuth2 refresh
/// token the registry's token service issued, exchanged for access tokens).
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    pub password: String,
    pub identity_token: Option<String>,
}

impl Credentials {
    pub fn password(username: String, password: String) -> Credentials {
        Credentials {
            username,
            password,
            identity_token: None,
        }
    }
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Credentials({}, ***)", self.username)
    }
}

/// `--authfile`: the auth file this invocation reads and writes instead of the usual one.
static AUTH_FILE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
/// `--creds USER:PASSWORD`: the credentials this invocation uses for every registry.
static CREDENTIALS: std::sync::OnceLock<Credentials> = std::sync::OnceLock::new();

/// Use `path` as the auth file for the rest of this process (`--authfile`).
pub fn use_auth_file(path: PathBuf) {
    let _ = AUTH_FILE.set(path);
}

/// Use `creds` for every registry for the rest of this process (`--creds`).
pub fn use_credentials(creds: Credentials) {
    let _ = CREDENTIALS.set(creds);
}

pub fn auth_file() -> Option<PathBuf> {
    if let Some(p) = AUTH_FILE.get() {
        return Some(p.clone());
    }
    if let Some(p) = std::env::var_os("REGISTRY_AUTH_FILE").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    if let Some(p) = std::env::var_os("XDG_RUNTIME_DIR").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p).join("containers/auth.json"));
    }
    std::env::var_os("HOME")
        .filter(|p| !p.is_empty())
        .map(|h| PathBuf::from(h).join(".config/containers/auth.json"))
}

/// The keys a host may be stored under (docker writes docker.io as its index URL).
fn keys_for(host: &str) -> Vec<String> {
    let mut v = vec![host.to_owned()];
    if host == "docker.io" {
        v.push("https://index.docker.io/v1/".to_owned());
        v.push("index.docker.io".to_owned());
        v.push("registry-1.docker.io".to_owned());
    }
    v
}

fn read_file() -> anyhow::Result<(PathBuf, Map<String, Value>)> {
    let path = auth_file()
        .ok_or_else(|| anyhow::anyhow!("no place for the auth file: HOME is not set"))?;
    let doc = match std::fs::read(&path) {
        Ok(data) if data.iter().all(u8::is_ascii_whitespace) => Map::new(),
        Ok(data) => match serde_json::from_slice::<Value>(&data) {
            Ok(Value::Object(m)) => m,
            Ok(_) | Err(_) => anyhow::bail!("{}: not a JSON object", path.display()),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Map::new(),
        Err(e) => anyhow::bail!("reading {}: {e}", path.display()),
    };
    Ok((path, doc))
}

fn decode(entry: &Value) -> Option<Credentials> {
    if let Some(token) = entry
        .get("identitytoken")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
    {
        // The user name may ride along in "auth" (as "user:"); the token is what counts.
        let user = decode_auth(entry).map_or_else(|| "<token>".to_owned(), |c| c.username);
        return Some(Credentials {
            username: user,
            password: String::new(),
            identity_token: Some(token.to_owned()),
        });
    }
    decode_auth(entry)
}

fn decode_auth(entry: &Value) -> Option<Credentials> {
    let auth = entry.get("auth")?.as_str()?;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(auth)
        .ok()?;
    let text = String::from_utf8(raw).ok()?;
    let (u, p) = text.split_once(':')?;
    Some(Credentials::password(u.to_owned(), p.to_owned()))
}

/// Stored credentials for `host`, if any.
pub fn lookup(host: &str) -> Option<Credentials> {
    if let Some(c) = CREDENTIALS.get() {
        return Some(c.clone());
    }
    if let Ok((_, doc)) = read_file()
        && let Some(auths) = doc.get("auths").and_then(Value::as_object)
    {
        for k in keys_for(host) {
            if let Some(c) = auths.get(&k).and_then(decode) {
                return Some(c);
            }
        }
    }
    for k in keys_for(host) {
        match docker_credential::get_credential(&k) {
            Ok(docker_credential::DockerCredential::UsernamePassword(u, p)) => {
                return Some(Credentials::password(u, p));
            }
            Ok(docker_credential::DockerCredential::IdentityToken(t)) => {
                return Some(Credentials {
                    username: "<token>".to_owned(),
                    password: String::new(),
                    identity_token: Some(t),
                });
            }
            Err(_) => {}
        }
    }
    None
}

/// Store credentials for `host` in the auth file (other hosts' entries are kept).
pub fn store(host: &str, creds: &Credentials) -> anyhow::Result<PathBuf> {
    let (path, mut doc) = read_file()?;
    let auths = doc
        .entry("auths")
        .or_insert_with(|| Value::Object(Map::new()));
    let Value::Object(auths) = auths else {
        anyhow::bail!("{}: \"auths\" is not an object", path.display());
    };
    let b64 = base64::engine::general_purpose::STANDARD
        .encode(format!("{}:{}", creds.username, creds.password));
    let entry = match &creds.identity_token {
        // docker's layout: the user name (with an empty password) beside the token.
        Some(token) => serde_json::json!({ "auth": b64, "identitytoken": token }),
        None => serde_json::json!({ "auth": b64 }),
    };
    auths.insert(host.to_owned(), entry);
    write(&path, &doc)?;
    Ok(path)
}

/// Remove `host` from the auth file. Returns false when it had no entry.
pub fn remove(host: &str) -> anyhow::Result<bool> {
    let (path, mut doc) = read_file()?;
    let mut removed = false;
    if let Some(Value::Object(auths)) = doc.get_mut("auths") {
        for k in keys_for(host) {
            removed |= auths.remove(&k).is_some();
        }
    }
    if removed {
        write(&path, &doc)?;
    }
    Ok(removed)
}

fn write(path: &std::path::Path, doc: &Map<String, Value>) -> anyhow::Result<()> {
    use anyhow::Context as _;
    use std::io::Write as _;
    use std::os::unix::fs::PermissionsExt as _;
    let dir = path
        .parent()
        .ok_or_else(|| anyhow::anyhow!("{} has no parent directory", path.display()))?;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".auth-")
        .tempfile_in(dir)
        .with_context(|| format!("writing {}", path.display()))?;
    // Secrets: owner only (a temp file already starts 0600).
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o600))
        .with_context(|| format!("writing {}", path.display()))?;
    let data = serde_json::to_vec_pretty(doc)?;
    tmp.write_all(&data)
        .and_then(|_| tmp.as_file().sync_all())
        .with_context(|| format!("writing {}", path.display()))?;
    tmp.persist(path)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}
