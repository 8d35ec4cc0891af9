//! A real registry for tests: Debian's `docker-registry` (the distribution registry) on
//! 127.0.0.1 on a free port with its own temporary storage. Plain HTTP, or TLS (a CA and a
//! server certificate made here) with htpasswd basic auth. Stopped on drop.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::{TestEnv, require_cmd};

pub const USER: &str = "testuser";
pub const PASSWORD: &str = "testpass";

pub struct Registry {
    child: Child,
    dir: tempfile::TempDir,
    /// `127.0.0.1:PORT`
    pub host: String,
    /// The CA that signed the server certificate (TLS instances).
    pub ca: Option<PathBuf>,
}

/// docker-registry, skopeo, openssl and htpasswd are installed.
pub fn require_registry_tools() -> bool {
    require_cmd("docker-registry")
        && require_cmd("skopeo")
        && require_cmd("openssl")
        && require_cmd("htpasswd")
}

/// Run a helper tool, panicking with its stderr when it fails; returns its stdout.
pub fn run(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

impl Registry {
    /// Plain HTTP, no auth.
    pub fn plain() -> Registry {
        Registry::start(false)
    }

    /// Plain HTTP whose catalog pages hold at most `n` repositories.
    pub fn plain_paged(n: usize) -> Registry {
        Registry::start_with(false, Some(format!("catalog:\n  maxentries: {n}\n")))
    }

    /// HTTPS with a certificate from a test CA, and htpasswd basic auth ([`USER`]).
    pub fn tls_basic() -> Registry {
        Registry::start(true)
    }

    /// Plain HTTP with `auth: token`: the registry accepts only tokens signed by the key
    /// behind `cert` (see [`super::token::TokenIssuer`]).
    pub fn token(realm: &str, cert: &Path) -> Registry {
        Registry::start_with(
            false,
            Some(format!(
                "auth:\n  token:\n    realm: {realm}\n    service: {}\n    issuer: {}\n    rootcertbundle: {}\n",
                super::token::SERVICE,
                super::token::ISSUER,
                cert.display()
            )),
        )
    }

    fn start(secure: bool) -> Registry {
        Registry::start_with(secure, None)
    }

    fn start_with(secure: bool, auth: Option<String>) -> Registry {
        let dir = tempfile::Builder::new()
            .prefix("berth-registry-")
            .tempdir()
            .expect("temp dir");
        let d = dir.path();
        let mut config = format!(
            "version: 0.1\nlog: {{level: info}}\nstorage:\n  filesystem: {{rootdirectory: {}}}\n  delete: {{enabled: true}}\nhealth:\n  storagedriver: {{enabled: false}}\nhttp:\n  addr: 127.0.0.1:0\n",
            d.join("data").display()
        );
        let mut ca = None;
        if secure {
            make_certs(d);
            config.push_str(&format!(
                "  tls:\n    certificate: {}\n    key: {}\n",
                d.join("server.crt").display(),
                d.join("server.key").display()
            ));
            let out = Command::new("htpasswd")
                .args(["-Bbn", USER, PASSWORD])
                .output()
                .expect("htpasswd");
            std::fs::write(d.join("htpasswd"), out.stdout).unwrap();
            config.push_str(&format!(
                "auth:\n  htpasswd:\n    realm: test-realm\n    path: {}\n",
                d.join("htpasswd").display()
            ));
            ca = Some(d.join("ca.crt"));
            // Readable by the rootless test user too.
            set_tree_readable(d);
        }
        if let Some(a) = auth {
            config.push_str(&a);
        }
        let cfg_path = d.join("config.yml");
        std::fs::write(&cfg_path, config).unwrap();
        let log = std::fs::File::create(d.join("registry.log")).unwrap();
        let child = Command::new("docker-registry")
            .arg("serve")
            .arg(&cfg_path)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("starting docker-registry");
        let mut reg = Registry {
            child,
            dir,
            host: String::new(),
            ca,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let text =
                std::fs::read_to_string(reg.dir.path().join("registry.log")).unwrap_or_default();
            if let Some(i) = text.find("listening on ") {
                let rest = &text[i + "listening on ".len()..];
                let addr: String = rest
                    .chars()
                    .take_while(|c| {
                        c.is_ascii_digit() || *c == '.' || *c == ':' || *c == '[' || *c == ']'
                    })
                    .collect();
                let port = addr.rsplit(':').next().unwrap_or("");
                reg.host = format!("127.0.0.1:{port}");
                break;
            }
            if Instant::now() > deadline {
                panic!("registry did not start:\n{text}");
            }
            if let Ok(Some(st)) = reg.child.try_wait() {
                panic!("registry exited with {st}:\n{text}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        reg
    }

    /// Directory for skopeo's `--dest-cert-dir` (holds the CA).
    pub fn cert_dir(&self) -> PathBuf {
        self.dir.path().join("client-certs")
    }

    /// Where the registry keeps blobs (for corrupting one).
    pub fn blob_data(&self, digest: &str) -> PathBuf {
        let hex = digest.trim_start_matches("sha256:");
        self.dir
            .path()
            .join("data/docker/registry/v2/blobs/sha256")
            .join(&hex[..2])
            .join(hex)
            .join("data")
    }

    /// Copy an image into this registry with skopeo (`src` is a skopeo transport:ref).
    pub fn skopeo_push(&self, src: &str, dest: &str, extra: &[&str]) {
        let mut cmd = Command::new("skopeo");
        cmd.args(["copy", "-q"]);
        if self.ca.is_some() {
            cmd.arg("--dest-cert-dir").arg(self.cert_dir());
            cmd.args(["--dest-creds", &format!("{USER}:{PASSWORD}")]);
        } else {
            cmd.arg("--dest-tls-verify=false");
        }
        cmd.args(extra);
        cmd.arg(src).arg(format!("docker://{}/{dest}", self.host));
        run(&mut cmd);
    }

    /// Upload `data` as a blob of `repo` with the plain distribution API (plain HTTP
    /// instances); returns its digest.
    pub fn put_blob(&self, repo: &str, data: &[u8]) -> String {
        use sha2::Digest;
        let digest = format!("sha256:{}", hex::encode(sha2::Sha256::digest(data)));
        let agent = plain_agent();
        let resp = agent
            .post(format!("http://{}/v2/{repo}/blobs/uploads/", self.host))
            .send_empty()
            .expect("starting an upload");
        assert_eq!(resp.status(), 202, "starting an upload");
        let loc = resp.headers()["location"].to_str().unwrap().to_owned();
        let url = if loc.starts_with("http") {
            loc
        } else {
            format!("http://{}{loc}", self.host)
        };
        let sep = if url.contains('?') { '&' } else { '?' };
        let resp = agent
            .put(format!("{url}{sep}digest={digest}"))
            .header("Content-Type", "application/octet-stream")
            .send(data)
            .expect("uploading a blob");
        assert_eq!(resp.status(), 201, "uploading {digest}");
        digest
    }

    /// Store `body` as manifest `repo:tag` with this content type (plain HTTP instances).
    pub fn put_manifest(&self, repo: &str, tag: &str, media_type: &str, body: &[u8]) {
        let mut resp = plain_agent()
            .put(format!("http://{}/v2/{repo}/manifests/{tag}", self.host))
            .header("Content-Type", media_type)
            .send(body)
            .expect("storing a manifest");
        let status = resp.status();
        let text = resp.body_mut().read_to_string().unwrap_or_default();
        assert_eq!(status, 201, "storing {repo}:{tag}: {text}");
    }

    /// Inspect an image in this registry with skopeo; returns the JSON.
    pub fn skopeo_inspect(&self, name: &str, raw: bool) -> String {
        let mut cmd = Command::new("skopeo");
        cmd.arg("inspect");
        if raw {
            cmd.arg("--raw");
        }
        if self.ca.is_some() {
            cmd.arg("--cert-dir").arg(self.cert_dir());
            cmd.args(["--creds", &format!("{USER}:{PASSWORD}")]);
        } else {
            cmd.arg("--tls-verify=false");
        }
        cmd.arg(format!("docker://{}/{name}", self.host));
        let out = cmd.output().expect("skopeo inspect");
        assert!(
            out.status.success(),
            "skopeo inspect {name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

fn plain_agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn set_tree_readable(d: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755));
    for e in std::fs::read_dir(d).unwrap().flatten() {
        let mode = if e.path().is_dir() { 0o755 } else { 0o644 };
        let _ = std::fs::set_permissions(e.path(), std::fs::Permissions::from_mode(mode));
    }
}

/// A CA and a server certificate for localhost/127.0.0.1 signed by it (a self-signed
/// server certificate alone is refused by webpki as a CA used as an end entity).
fn make_certs(d: &Path) {
    let p = |n: &str| d.join(n);
    run(Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=berth-test-ca",
        ])
        .args(["-addext", "basicConstraints=critical,CA:TRUE"])
        .args(["-addext", "keyUsage=critical,keyCertSign,cRLSign"])
        .arg("-keyout")
        .arg(p("ca.key"))
        .arg("-out")
        .arg(p("ca.crt")));
    run(Command::new("openssl")
        .args([
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=localhost",
        ])
        .arg("-keyout")
        .arg(p("server.key"))
        .arg("-out")
        .arg(p("server.csr")));
    std::fs::write(
        p("leaf.ext"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    run(Command::new("openssl")
        .args(["x509", "-req", "-days", "2"])
        .arg("-in")
        .arg(p("server.csr"))
        .arg("-CA")
        .arg(p("ca.crt"))
        .arg("-CAkey")
        .arg(p("ca.key"))
        .arg("-CAcreateserial")
        .arg("-extfile")
        .arg(p("leaf.ext"))
        .arg("-out")
        .arg(p("server.crt")));
    std::fs::create_dir_all(p("client-certs")).unwrap();
    std::fs::copy(p("ca.crt"), p("client-certs/ca.crt")).unwrap();
}

/// The full id `berth images` shows for `name`.
pub fn image_id(env: &TestEnv, name: &str) -> String {
    env.berth(&["images", "-q", "--no-trunc", name])
        .success()
        .stdout()
        .trim()
        .to_owned()
}

/// Nothing of a failed load or pull stayed: no image records, no layers, no staging
/// leftovers.
pub fn assert_store_empty(env: &TestEnv) {
    for sub in ["images", "layers", "tmp"] {
        let dir = env.root().join(sub);
        let left: Vec<_> = std::fs::read_dir(&dir)
            .map(|rd| rd.flatten().map(|e| e.file_name()).collect())
            .unwrap_or_default();
        assert!(
            left.is_empty(),
            "{}: {} not empty: {left:?}",
            env.label(),
            dir.display()
        );
    }
}

/// A new env of the same kind (root or rootless) as `env`.
pub fn fresh_like(env: &TestEnv) -> TestEnv {
    if env.is_rootless() {
        TestEnv::rootless()
    } else {
        TestEnv::new()
    }
}

/// A TCP relay in front of a registry that slows traffic down both ways (or holds the
/// answers), so a test can interrupt a transfer, or watch its progress, while bytes flow. The registry behind it is real;
/// the relay only delays bytes.
pub struct SlowRelay {
    /// `127.0.0.1:PORT` of the relay.
    pub host: String,
    state: std::sync::Arc<RelayState>,
}

struct RelayState {
    /// Bytes forwarded per 10 ms tick in each direction; 0 = no limit.
    rate: std::sync::atomic::AtomicUsize,
    /// Bytes forwarded from the registry so far.
    forwarded: std::sync::atomic::AtomicU64,
    /// Hold every answer once this many bytes went through (u64::MAX: never).
    hold_after: std::sync::atomic::AtomicU64,
    /// Hold every answer right before these bytes (once seen in an answer).
    hold_at: std::sync::Mutex<Option<Vec<u8>>>,
    stop: std::sync::atomic::AtomicBool,
}

impl SlowRelay {
    pub fn new(upstream: &str, rate: usize) -> SlowRelay {
        use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let host = format!("127.0.0.1:{}", listener.local_addr().unwrap().port());
        let state = std::sync::Arc::new(RelayState {
            rate: AtomicUsize::new(rate),
            forwarded: AtomicU64::new(0),
            hold_after: AtomicU64::new(u64::MAX),
            hold_at: std::sync::Mutex::new(None),
            stop: AtomicBool::new(false),
        });
        let upstream = upstream.to_owned();
        let st = state.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if st.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(client) = conn else { continue };
                let Ok(server) = std::net::TcpStream::connect(&upstream) else {
                    continue;
                };
                let (c2, s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
                let up = st.clone();
                std::thread::spawn(move || relay(c2, s2, &up, false));
                let st = st.clone();
                std::thread::spawn(move || relay(server, client, &st, true));
            }
        });
        SlowRelay { host, state }
    }

    pub fn forwarded(&self) -> u64 {
        self.state
            .forwarded
            .load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Stop forwarding answers (connections stay open) once `n` bytes went through.
    pub fn hold_after(&self, n: u64) {
        self.state
            .hold_after
            .store(n, std::sync::atomic::Ordering::SeqCst);
    }

    /// Stop forwarding answers right before the next occurrence of `pattern` (e.g. the
    /// start of a manifest's body: its headers arrive, its body stalls).
    pub fn hold_at(&self, pattern: &[u8]) {
        *self.state.hold_at.lock().unwrap() = Some(pattern.to_vec());
    }

    /// Forward `rate` bytes per 10 ms (0: no limit).
    pub fn set_rate(&self, rate: usize) {
        self.state
            .rate
            .store(rate, std::sync::atomic::Ordering::SeqCst);
    }

    /// Forward at full speed from now on.
    pub fn release(&self) {
        use std::sync::atomic::Ordering;
        self.state.hold_after.store(u64::MAX, Ordering::SeqCst);
        *self.state.hold_at.lock().unwrap() = None;
        self.state.rate.store(0, Ordering::SeqCst);
    }
}

/// Copy `from` to `to` at the relay's rate; `answers` is the registry-to-client direction
/// (counted, and held by [`SlowRelay::hold_after`]).
fn relay(
    mut from: std::net::TcpStream,
    mut to: std::net::TcpStream,
    st: &RelayState,
    answers: bool,
) {
    use std::io::{Read, Write};
    use std::sync::atomic::Ordering;
    let mut buf = vec![0u8; 64 << 10];
    // Bytes read but held back by `hold_at`, forwarded once released.
    let mut held: Vec<u8> = Vec::new();
    loop {
        if st.stop.load(Ordering::SeqCst) {
            break;
        }
        if answers && st.forwarded.load(Ordering::SeqCst) >= st.hold_after.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(10));
            continue;
        }
        if !held.is_empty() {
            if to.write_all(&held).is_err() {
                break;
            }
            st.forwarded.fetch_add(held.len() as u64, Ordering::SeqCst);
            held.clear();
        }
        let rate = st.rate.load(Ordering::SeqCst);
        let want = if rate == 0 {
            buf.len()
        } else {
            rate.min(buf.len())
        };
        let mut n = match from.read(&mut buf[..want]) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        if answers {
            let mut pattern = st.hold_at.lock().unwrap();
            let at = pattern
                .as_deref()
                .and_then(|p| buf[..n].windows(p.len()).position(|w| w == p));
            if let Some(i) = at {
                *pattern = None;
                held.extend_from_slice(&buf[i..n]);
                n = i;
                // Everything from here on waits until released.
                st.hold_after.store(
                    st.forwarded.load(Ordering::SeqCst) + n as u64,
                    Ordering::SeqCst,
                );
            }
        }
        if to.write_all(&buf[..n]).is_err() {
            break;
        }
        if answers {
            st.forwarded.fetch_add(n as u64, Ordering::SeqCst);
        }
        if rate != 0 {
            std::thread::sleep(Duration::from_millis(10));
        }
    }
    let _ = to.shutdown(std::net::Shutdown::Write);
}

impl Drop for SlowRelay {
    fn drop(&mut self) {
        self.state
            .stop
            .store(true, std::sync::atomic::Ordering::SeqCst);
        // Wake the accept loop.
        let _ = std::net::TcpStream::connect(&self.host);
    }
}
