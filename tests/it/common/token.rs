//! A small token issuer for the registry's `auth: token` mode: an HTTP endpoint on
//! 127.0.0.1 that checks basic credentials and answers with a JWT signed (RS256, by openssl)
//! with a test key whose certificate the registry trusts. The registry verifies every token
//! it is shown, so the client's whole bearer flow is exercised for real.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use base64::Engine as _;

pub const ISSUER: &str = "berth-test-issuer";
pub const SERVICE: &str = "berth-test-registry";
/// The identity (OAuth2 refresh) token the issuer accepts in a `grant_type=refresh_token`
/// POST, as a token service hands one out at login.
pub const REFRESH_TOKEN: &str = "berth-test-refresh-token";

pub struct TokenIssuer {
    /// `http://127.0.0.1:PORT/token`
    pub realm: String,
    /// The certificate bundle the registry trusts (`rootcertbundle`).
    pub cert: PathBuf,
    stop: Arc<AtomicBool>,
    port: u16,
    counts: Arc<Counts>,
}

/// Tokens granted so far, by grant.
#[derive(Default)]
struct Counts {
    /// GET with basic credentials.
    basic: AtomicUsize,
    /// POST with grant_type=refresh_token.
    refresh: AtomicUsize,
}

fn b64url(data: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(data)
}

fn openssl(args: &[&str], dir: &Path) -> Vec<u8> {
    super::registry::run(Command::new("openssl").args(args).current_dir(dir))
}

/// The key id the registry derives from a public key: the first 240 bits of the sha256 of
/// its DER SubjectPublicKeyInfo, base32, in twelve colon-separated groups of four.
fn key_id(spki_der: &[u8]) -> String {
    use sha2::Digest;
    let hash = sha2::Sha256::digest(spki_der);
    let b32 = base32(&hash[..30]);
    b32.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(":")
}

fn base32(data: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    let mut buf = 0u64;
    let mut bits = 0;
    for &b in data {
        buf = (buf << 8) | u64::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buf >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buf << (5 - bits)) & 31) as usize] as char);
    }
    out
}

impl TokenIssuer {
    /// Start the issuer; tokens are granted to `user`:`password` only.
    pub fn start(dir: &Path, user: &str, password: &str) -> TokenIssuer {
        openssl(
            &[
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=berth-token-signer",
                "-keyout",
                "token.key",
                "-out",
                "token.crt",
            ],
            dir,
        );
        let spki = openssl(
            &["pkey", "-in", "token.key", "-pubout", "-outform", "DER"],
            dir,
        );
        let kid = key_id(&spki);
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind token issuer");
        let port = listener.local_addr().unwrap().port();
        listener.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let stop2 = Arc::clone(&stop);
        let cert_dir = dir.to_owned();
        let dir = dir.to_owned();
        let want = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
        );
        let user = user.to_owned();
        let counts = Arc::new(Counts::default());
        let counts2 = Arc::clone(&counts);
        std::thread::spawn(move || {
            while !stop2.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let _ = stream.set_nonblocking(false);
                        serve(stream, &dir, &kid, &want, &user, &counts2);
                    }
                    Err(_) => std::thread::sleep(std::time::Duration::from_millis(10)),
                }
            }
        });
        TokenIssuer {
            realm: format!("http://127.0.0.1:{port}/token"),
            cert: cert_dir.join("token.crt"),
            stop,
            port,
            counts,
        }
    }

    /// Tokens granted for basic credentials so far.
    pub fn basic_grants(&self) -> usize {
        self.counts.basic.load(Ordering::SeqCst)
    }

    /// Tokens granted for the identity token so far.
    pub fn refresh_grants(&self) -> usize {
        self.counts.refresh.load(Ordering::SeqCst)
    }
}

impl Drop for TokenIssuer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = std::net::TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// Answer one HTTP request: GET /token?service=..&scope=.. with basic auth (plus
/// [`REFRESH_TOKEN`] as `refresh_token` when asked with `offline_token=true`, as a login
/// asks), or the OAuth2 form POST /token with grant_type=refresh_token and [`REFRESH_TOKEN`].
fn serve(
    stream: std::net::TcpStream,
    dir: &Path,
    kid: &str,
    want_auth: &str,
    user: &str,
    counts: &Counts,
) {
    use std::io::Read as _;
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut auth = None;
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            if k.eq_ignore_ascii_case("authorization") {
                auth = Some(v.trim().to_owned());
            } else if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut out = stream;
    let target = request_line.split_whitespace().nth(1).unwrap_or("");
    let (query, oauth) = if request_line.starts_with("POST ") {
        let mut body = vec![0u8; length.min(1 << 16)];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let form = String::from_utf8_lossy(&body).into_owned();
        let field = |name: &str| {
            form.split('&')
                .filter_map(|p| p.split_once('='))
                .find(|(k, _)| *k == name)
                .map(|(_, v)| percent_decode(v))
        };
        if field("grant_type").as_deref() != Some("refresh_token")
            || field("refresh_token").as_deref() != Some(REFRESH_TOKEN)
        {
            let body = r#"{"error":"invalid_grant"}"#;
            let _ = write!(
                out,
                "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            return;
        }
        counts.refresh.fetch_add(1, Ordering::SeqCst);
        (form, true)
    } else {
        if auth.as_deref() != Some(want_auth) {
            let _ = out.write_all(
                b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
            return;
        }
        counts.basic.fetch_add(1, Ordering::SeqCst);
        (
            target.split_once('?').map_or("", |(_, q)| q).to_owned(),
            false,
        )
    };
    let offline = !oauth
        && query
            .split('&')
            .any(|p| p == "offline_token=true" || p == "offline_token=1");
    let mut access = Vec::new();
    for pair in query.split('&') {
        let Some(("scope", v)) = pair.split_once('=') else {
            continue;
        };
        let v = percent_decode(v);
        // Several scopes may come space-separated in one parameter.
        for scope in v.split(' ') {
            let parts: Vec<&str> = scope.split(':').collect();
            if parts.len() >= 3 {
                let name = parts[1..parts.len() - 1].join(":");
                let actions: Vec<&str> = parts[parts.len() - 1].split(',').collect();
                access
                    .push(serde_json::json!({"type": parts[0], "name": name, "actions": actions}));
            }
        }
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let header = serde_json::json!({"typ": "JWT", "alg": "RS256", "kid": kid});
    let claims = serde_json::json!({
        "iss": ISSUER, "sub": user, "aud": SERVICE,
        "exp": now + 600, "nbf": now - 60, "iat": now,
        "jti": format!("{now}-{}", access.len()),
        "access": access,
    });
    let signing_input = format!(
        "{}.{}",
        b64url(header.to_string().as_bytes()),
        b64url(claims.to_string().as_bytes())
    );
    let input_path = dir.join(format!("jwt-{}", std::process::id()));
    std::fs::write(&input_path, &signing_input).unwrap();
    let sig = openssl(
        &[
            "dgst",
            "-sha256",
            "-sign",
            "token.key",
            input_path.to_str().unwrap(),
        ],
        dir,
    );
    let token = format!("{signing_input}.{}", b64url(&sig));
    let body = if oauth {
        serde_json::json!({"access_token": token, "expires_in": 600, "scope": ""}).to_string()
    } else if offline {
        serde_json::json!({"token": token, "expires_in": 600, "refresh_token": REFRESH_TOKEN})
            .to_string()
    } else {
        serde_json::json!({"token": token, "expires_in": 600}).to_string()
    };
    let _ = write!(
        out,
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => {
                let h = std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("00");
                out.push(u8::from_str_radix(h, 16).unwrap_or(b'?'));
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
