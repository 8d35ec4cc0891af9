//! A blocking distribution-API client for one registry host: TLS (system roots plus a
//! configured CA, or no verification for insecure registries), plain HTTP for insecure
//! registries that do not speak TLS, and the auth dance (anonymous, basic, or a bearer token
//! fetched from the realm named in `WWW-Authenticate`).

use std::io::Read;
use std::sync::Mutex;
use std::time::Duration;

use base64::Engine as _;
use ureq::Body;
use ureq::http::{Response, StatusCode};
use ureq::tls::{Certificate, RootCerts, TlsConfig};

use super::auth::Credentials;
use super::reference::api_host;
use crate::config::RegistriesConfig;

#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("{what} not found on registry {host}")]
    NotFound { what: String, host: String },
    #[error("registry {host} refused the credentials{hint}")]
    Unauthorized { host: String, hint: String },
    #[error("registry {host} is unreachable: {reason}")]
    Unreachable { host: String, reason: String },
    #[error(
        "registry {host} stopped sending {what}: nothing arrived for {secs} s ([registries] timeout)"
    )]
    Stalled {
        host: String,
        what: String,
        secs: u64,
    },
    #[error(
        "TLS with registry {host} failed: {reason} (trust its CA with [registries.ca] in berth.toml, or, if it speaks plain HTTP or you accept an unverified connection, list it in [registries] insecure or pass --tls-verify=false)"
    )]
    Tls { host: String, reason: String },
    #[error("registry {host}: {msg}")]
    Protocol { host: String, msg: String },
    #[error("{0}")]
    Digest(String),
    #[error(transparent)]
    Manifest(#[from] crate::image::manifest::ManifestError),
    #[error(transparent)]
    Image(#[from] crate::image::Error),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error("{0}")]
    Invalid(String),
    #[error("interrupted; nothing was stored")]
    Interrupted,
}

type Result<T> = std::result::Result<T, RegistryError>;

/// Seconds to wait for a connection, for each answer to start, and for each read of a body
/// to bring bytes (a registry that stalls mid-transfer), unless configured.
const DEFAULT_TIMEOUT: u64 = 30;

/// Builds and sends one request given the agent and the Authorization header to use.
pub type BuildRequest<'a> =
    dyn Fn(&ureq::Agent, Option<String>) -> std::result::Result<Response<Body>, ureq::Error> + 'a;

/// How a client reaches its registry.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Skip TLS verification and allow plain HTTP (config `insecure` or `--tls-verify=false`).
    pub insecure: bool,
    pub credentials: Option<Credentials>,
}

impl Options {
    /// The options the configuration gives `host`, plus stored credentials.
    pub fn for_host(cfg: &RegistriesConfig, host: &str, tls_verify: Option<bool>) -> Options {
        let listed = cfg.insecure.iter().any(|h| h == host)
            || super::rules::conf_insecure(cfg, host)
            || loopback(host);
        Options {
            insecure: tls_verify.map_or(listed, |v| !v),
            credentials: super::auth::lookup(host),
        }
    }
}

/// Whether `host` (`name[:port]`) is on this machine: `localhost` or 127.0.0.0/8, which
/// are insecure unless `--tls-verify=true` says otherwise (docker's rule: a registry on
/// the loopback is reached without anyone in between).
pub fn loopback(host: &str) -> bool {
    let name = match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The auth state learned from the registry, shared by the threads of one pull.
#[derive(Debug, Default)]
enum AuthState {
    #[default]
    Unknown,
    Anonymous,
    Basic(String),
    Bearer(String),
}

/// Methods that carry a body.
#[derive(Debug, Clone, Copy)]
pub enum Method {
    Post,
    Put,
    Patch,
}

#[derive(Debug)]
pub struct Client {
    agent: ureq::Agent,
    /// `https://host` or `http://host`.
    base: String,
    /// The host as the user wrote it (for messages and credentials).
    pub host: String,
    creds: Option<Credentials>,
    auth: Mutex<AuthState>,
    /// The idle limit of every read, for messages.
    timeout: Duration,
    /// Ask token services for an identity (OAuth2 refresh) token too (at login).
    offline: std::sync::atomic::AtomicBool,
    /// The identity token a token service handed out.
    refresh_token: Mutex<Option<String>>,
}

const ACCEPT_MANIFESTS: &str = "application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.docker.distribution.manifest.v2+json";

/// Manifests and configs larger than this are refused (real ones are kilobytes).
pub const MAX_DOC: u64 = 8 << 20;

/// The host's trusted certificate authorities (its native store).
pub fn native_roots() -> Vec<Certificate<'static>> {
    rustls_native_certs::load_native_certs()
        .certs
        .into_iter()
        .map(|c| Certificate::from_der(c.as_ref()).to_owned())
        .collect()
}

fn tls_config(cfg: &RegistriesConfig, host: &str, insecure: bool) -> Result<TlsConfig> {
    let mut roots = native_roots();
    if let Some(ca) = cfg.ca.get(host) {
        let pem = std::fs::read(ca).map_err(|e| {
            RegistryError::Invalid(format!(
                "reading the CA file {} for {host}: {e}",
                ca.display()
            ))
        })?;
        for item in ureq::tls::parse_pem(&pem) {
            if let Ok(ureq::tls::PemItem::Certificate(c)) = item {
                roots.push(c);
            }
        }
    }
    Ok(TlsConfig::builder()
        .root_certs(RootCerts::new_with_certs(&roots))
        .disable_verification(insecure)
        .build())
}

fn classify(host: &str, e: ureq::Error) -> RegistryError {
    match e {
        ureq::Error::Rustls(e) => RegistryError::Tls {
            host: host.to_owned(),
            reason: e.to_string(),
        },
        ureq::Error::Tls(e) => RegistryError::Tls {
            host: host.to_owned(),
            reason: e.to_string(),
        },
        ureq::Error::Io(ref io) if io.kind() == std::io::ErrorKind::InvalidData => {
            RegistryError::Tls {
                host: host.to_owned(),
                reason: io.to_string(),
            }
        }
        ureq::Error::Timeout(t) => RegistryError::Unreachable {
            host: host.to_owned(),
            reason: format!("timed out ({t})"),
        },
        ureq::Error::HostNotFound => RegistryError::Unreachable {
            host: host.to_owned(),
            reason: "host not found".into(),
        },
        other => RegistryError::Unreachable {
            host: host.to_owned(),
            reason: other.to_string(),
        },
    }
}

impl Client {
    pub fn new(cfg: &RegistriesConfig, host: &str, opts: Options) -> Result<Client> {
        let tls = tls_config(cfg, host, opts.insecure)?;
        let timeout = Duration::from_secs(cfg.timeout.unwrap_or(DEFAULT_TIMEOUT).max(1));
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .tls_config(tls)
            .timeout_connect(Some(timeout))
            .timeout_recv_response(Some(timeout))
            // An idle limit, not a total: a big layer may take long, but not in silence.
            .timeout_per_read(Some(timeout))
            .user_agent(concat!("berth/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        let api = api_host(host);
        let mut client = Client {
            agent,
            base: format!("https://{api}"),
            host: host.to_owned(),
            creds: opts.credentials,
            auth: Mutex::new(AuthState::Unknown),
            timeout,
            offline: std::sync::atomic::AtomicBool::new(false),
            refresh_token: Mutex::new(None),
        };
        if opts.insecure {
            // An insecure registry may speak plain HTTP: find out once.
            let ping = client.agent.get(format!("{}/v2/", client.base)).call();
            if let Err(e) = ping {
                log::debug!("{host}: HTTPS ping failed ({e}); using plain HTTP");
                client.base = format!("http://{api}");
            }
        }
        Ok(client)
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn basic_header(&self) -> Option<String> {
        self.creds.as_ref().map(|c| {
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD
                    .encode(format!("{}:{}", c.username, c.password))
            )
        })
    }

    fn auth_header(&self) -> Option<String> {
        match &*self.auth.lock().unwrap_or_else(|p| p.into_inner()) {
            AuthState::Basic(h) => Some(h.clone()),
            AuthState::Bearer(token) => Some(format!("Bearer {token}")),
            _ => None,
        }
    }

    /// Learn how to authenticate for `scope` (e.g. `repository:library/busybox:pull`):
    /// ping `/v2/` and follow its challenge.
    pub fn authenticate(&self, scope: Option<&str>) -> Result<()> {
        let resp = self
            .agent
            .get(self.url("/v2/"))
            .call()
            .map_err(|e| classify(&self.host, e))?;
        match resp.status() {
            s if s.is_success() => {
                *self.auth.lock().unwrap_or_else(|p| p.into_inner()) = AuthState::Anonymous;
                Ok(())
            }
            StatusCode::UNAUTHORIZED => self.answer_challenge(&resp, scope),
            s => Err(self.protocol(format!("/v2/ answered {s}"))),
        }
    }

    /// The error for a body read of `what` that failed with `e`: a stall when the idle
    /// limit ran out, a protocol error otherwise.
    pub fn read_failed(&self, what: &str, e: &std::io::Error) -> RegistryError {
        if timed_out(e) {
            self.stalled(what)
        } else {
            self.protocol(format!("reading {what}: {e}"))
        }
    }

    /// The registry stopped sending `what` for longer than the idle limit.
    pub fn stalled(&self, what: &str) -> RegistryError {
        RegistryError::Stalled {
            host: self.host.clone(),
            what: what.to_owned(),
            secs: self.timeout.as_secs(),
        }
    }

    fn protocol(&self, msg: String) -> RegistryError {
        RegistryError::Protocol {
            host: self.host.clone(),
            msg,
        }
    }

    fn unauthorized(&self) -> RegistryError {
        RegistryError::Unauthorized {
            host: self.host.clone(),
            hint: if self.creds.is_some() {
                String::new()
            } else {
                format!(" (authentication required: berth login {})", self.host)
            },
        }
    }

    fn answer_challenge(&self, resp: &Response<Body>, scope: Option<&str>) -> Result<()> {
        let header = resp
            .headers()
            .get("www-authenticate")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let challenges = http_auth::parse_challenges(&header)
            .map_err(|e| self.protocol(format!("bad WWW-Authenticate header: {e}")))?;
        let param = |c: &http_auth::ChallengeRef<'_>, name: &str| {
            c.params
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.to_unescaped())
        };
        if let Some(c) = challenges
            .iter()
            .find(|c| c.scheme.eq_ignore_ascii_case("bearer"))
        {
            let realm = param(c, "realm")
                .ok_or_else(|| self.protocol("bearer challenge without a realm".into()))?;
            let service = param(c, "service");
            let token = self.fetch_token(&realm, service.as_deref(), scope)?;
            *self.auth.lock().unwrap_or_else(|p| p.into_inner()) = AuthState::Bearer(token);
            return Ok(());
        }
        if challenges
            .iter()
            .any(|c| c.scheme.eq_ignore_ascii_case("basic"))
        {
            let h = self.basic_header().ok_or_else(|| self.unauthorized())?;
            *self.auth.lock().unwrap_or_else(|p| p.into_inner()) = AuthState::Basic(h);
            return Ok(());
        }
        Err(self.protocol(format!("unsupported authentication challenge {header:?}")))
    }

    fn fetch_token(
        &self,
        realm: &str,
        service: Option<&str>,
        scope: Option<&str>,
    ) -> Result<String> {
        if !(realm.starts_with("https://") || realm.starts_with("http://")) {
            return Err(self.protocol(format!("token realm {realm:?} is not an HTTP URL")));
        }
        if let Some(refresh) = self
            .creds
            .as_ref()
            .and_then(|c| c.identity_token.as_deref())
        {
            return self.refresh_token(realm, service, scope, refresh);
        }
        let mut req = self.agent.get(realm);
        if let Some(s) = service {
            req = req.query("service", s);
        }
        if let Some(s) = scope {
            req = req.query("scope", s);
        }
        if self.offline.load(std::sync::atomic::Ordering::Relaxed) {
            // Docker's login asks the same way; a service that supports it adds a
            // `refresh_token` to its answer.
            req = req
                .query("offline_token", "true")
                .query("client_id", "berth");
            if let Some(c) = &self.creds {
                req = req.query("account", &c.username);
            }
        }
        if let Some(b) = self.basic_header() {
            req = req.header("Authorization", b);
        }
        let resp = req.call().map_err(|e| classify(&self.host, e))?;
        match resp.status() {
            s if s.is_success() => {}
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => return Err(self.unauthorized()),
            s => return Err(self.protocol(format!("token endpoint answered {s}"))),
        }
        self.token_from(resp)
    }

    /// The OAuth2 refresh-token grant: POST the identity token to the realm for an access
    /// token (the form docker's token services take).
    fn refresh_token(
        &self,
        realm: &str,
        service: Option<&str>,
        scope: Option<&str>,
        refresh: &str,
    ) -> Result<String> {
        let mut form = vec![
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh),
            ("client_id", "berth"),
        ];
        if let Some(s) = service {
            form.push(("service", s));
        }
        if let Some(s) = scope {
            form.push(("scope", s));
        }
        let resp = self
            .agent
            .post(realm)
            .send_form(form)
            .map_err(|e| classify(&self.host, e))?;
        match resp.status() {
            s if s.is_success() => {}
            StatusCode::BAD_REQUEST | StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => {
                return Err(self.unauthorized());
            }
            s => return Err(self.protocol(format!("token endpoint answered {s}"))),
        }
        self.token_from(resp)
    }

    /// The token in a token service's JSON answer (`token` or OAuth2's `access_token`).
    fn token_from(&self, resp: Response<Body>) -> Result<String> {
        let body = read_limited(resp, 1 << 20)
            .map_err(|e| self.protocol(format!("reading the token: {e}")))?;
        let v: serde_json::Value = serde_json::from_slice(&body)
            .map_err(|e| self.protocol(format!("malformed token response: {e}")))?;
        if let Some(r) = v
            .get("refresh_token")
            .and_then(|t| t.as_str())
            .filter(|t| !t.is_empty())
        {
            *self.refresh_token.lock().unwrap_or_else(|p| p.into_inner()) = Some(r.to_owned());
        }
        v.get("token")
            .or_else(|| v.get("access_token"))
            .and_then(|t| t.as_str())
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .ok_or_else(|| self.protocol("token response has no token".into()))
    }

    /// Send a request built by `build` with the current auth; a 401 re-authenticates for
    /// `scope` once and retries (tokens expire during long pulls).
    pub fn send(&self, scope: Option<&str>, build: &BuildRequest) -> Result<Response<Body>> {
        if matches!(
            *self.auth.lock().unwrap_or_else(|p| p.into_inner()),
            AuthState::Unknown
        ) {
            self.authenticate(scope)?;
        }
        let resp = build(&self.agent, self.auth_header()).map_err(|e| classify(&self.host, e))?;
        if resp.status() != StatusCode::UNAUTHORIZED {
            return Ok(resp);
        }
        self.answer_challenge(&resp, scope)?;
        let resp = build(&self.agent, self.auth_header()).map_err(|e| classify(&self.host, e))?;
        if resp.status() == StatusCode::UNAUTHORIZED {
            return Err(self.unauthorized());
        }
        Ok(resp)
    }

    pub fn get(
        &self,
        path: &str,
        accept: Option<&str>,
        scope: Option<&str>,
    ) -> Result<Response<Body>> {
        self.without_body(false, path, accept, scope)
    }

    pub fn head(
        &self,
        path: &str,
        accept: Option<&str>,
        scope: Option<&str>,
    ) -> Result<Response<Body>> {
        self.without_body(true, path, accept, scope)
    }

    fn without_body(
        &self,
        head: bool,
        path: &str,
        accept: Option<&str>,
        scope: Option<&str>,
    ) -> Result<Response<Body>> {
        let url = self.url(path);
        self.send(scope, &|agent, auth| {
            let mut r = if head {
                agent.head(&url)
            } else {
                agent.get(&url)
            };
            if let Some(a) = accept {
                r = r.header("Accept", a);
            }
            if let Some(h) = auth {
                r = r.header("Authorization", h);
            }
            r.call()
        })
    }

    /// Send `body` with `method` (POST, PUT or PATCH) to the absolute `url`, with extra
    /// headers, authenticated for `scope`.
    pub fn send_bytes(
        &self,
        scope: &str,
        method: Method,
        url: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Result<Response<Body>> {
        self.send(Some(scope), &|agent, auth| {
            let mut r = match method {
                Method::Post => agent.post(url),
                Method::Put => agent.put(url),
                Method::Patch => agent.patch(url),
            };
            for (k, v) in headers {
                r = r.header(*k, *v);
            }
            if let Some(h) = auth {
                r = r.header("Authorization", h);
            }
            r.send(body)
        })
    }

    /// The registry's error body, shortened to one line, for messages.
    pub fn error_text(&self, resp: Response<Body>) -> String {
        let status = resp.status();
        let body = read_limited(resp, 64 << 10).unwrap_or_default();
        let detail = serde_json::from_slice::<serde_json::Value>(&body)
            .ok()
            .and_then(|v| {
                let e = v.get("errors")?.get(0)?.clone();
                Some(format!(
                    "{}: {}",
                    e.get("code")?.as_str()?,
                    e.get("message").and_then(|m| m.as_str()).unwrap_or("")
                ))
            })
            .unwrap_or_else(|| String::from_utf8_lossy(&body).trim().to_owned());
        crate::image::unpack::one_line(&format!("{status} {detail}"))
    }

    /// GET a manifest (by tag or digest). Returns the bytes and the content type.
    pub fn manifest(&self, repo: &str, reference: &str) -> Result<(Vec<u8>, Option<String>)> {
        let scope = format!("repository:{repo}:pull");
        let resp = self.get(
            &format!("/v2/{repo}/manifests/{reference}"),
            Some(ACCEPT_MANIFESTS),
            Some(&scope),
        )?;
        match resp.status() {
            s if s.is_success() => {}
            StatusCode::NOT_FOUND => {
                return Err(RegistryError::NotFound {
                    what: format!("manifest for {repo}:{reference}"),
                    host: self.host.clone(),
                });
            }
            StatusCode::FORBIDDEN => return Err(self.unauthorized()),
            _ => {
                let t = self.error_text(resp);
                return Err(self.protocol(format!("fetching manifest {repo}:{reference}: {t}")));
            }
        }
        let ctype = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = read_limited(resp, MAX_DOC)
            .map_err(|e| self.read_failed(&format!("manifest {repo}:{reference}"), &e.into_io()))?;
        Ok((body, ctype))
    }

    /// GET a blob as a stream (redirects to storage are followed, without our auth header).
    pub fn blob(&self, repo: &str, digest: &str) -> Result<Box<dyn Read + Send>> {
        let scope = format!("repository:{repo}:pull");
        let resp = self.get(&format!("/v2/{repo}/blobs/{digest}"), None, Some(&scope))?;
        match resp.status() {
            s if s.is_success() => Ok(Box::new(resp.into_body().into_reader())),
            StatusCode::NOT_FOUND => Err(RegistryError::NotFound {
                what: format!("blob {digest} of {repo}"),
                host: self.host.clone(),
            }),
            _ => {
                let t = self.error_text(resp);
                Err(self.protocol(format!("fetching blob {digest}: {t}")))
            }
        }
    }

    /// Log in: check the credentials, asking a token service (if the registry uses one)
    /// for an identity token on the way. Returns the identity token, when one was handed out.
    pub fn login(&self) -> Result<Option<String>> {
        self.offline
            .store(true, std::sync::atomic::Ordering::Relaxed);
        self.check_login()?;
        Ok(self
            .refresh_token
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take())
    }

    /// Check the credentials: `/v2/` must answer 200 with them.
    pub fn check_login(&self) -> Result<()> {
        let resp = self.get("/v2/", None, None)?;
        if resp.status().is_success() {
            Ok(())
        } else {
            let t = self.error_text(resp);
            Err(self.protocol(format!("/v2/ answered {t}")))
        }
    }

    /// Repository names from the catalog (`/v2/_catalog`) that `wanted` accepts, up to
    /// `limit`.
    pub fn catalog(&self, wanted: &dyn Fn(&str) -> bool, limit: usize) -> Result<Vec<String>> {
        let list = List {
            path: "/v2/_catalog",
            scope: "registry:catalog:*",
            field: "repositories",
            what: "the catalog",
        };
        self.names(&list, wanted, limit)
    }

    /// The tags of `repo` (`/v2/REPO/tags/list`), as the registry lists them.
    pub fn tags(&self, repo: &str) -> Result<Vec<String>> {
        let list = List {
            path: &format!("/v2/{repo}/tags/list"),
            scope: &format!("repository:{repo}:pull"),
            field: "tags",
            what: &format!("the tags of {repo}"),
        };
        self.names(&list, &|_| true, usize::MAX)
    }

    /// The names of a paged listing that `wanted` accepts, up to `limit`, following the
    /// registry's `Link: <...>; rel="next"` pages.
    fn names(
        &self,
        list: &List,
        wanted: &dyn Fn(&str) -> bool,
        limit: usize,
    ) -> Result<Vec<String>> {
        let mut out = Vec::new();
        // No `n`: a registry refuses more than its own page size, and uses that size
        // when asked for none.
        let mut path = list.path.to_owned();
        let mut seen_pages = std::collections::HashSet::new();
        let what = list.what;
        while out.len() < limit && seen_pages.insert(path.clone()) {
            let resp = self.get(&path, None, Some(list.scope))?;
            if !resp.status().is_success() {
                let t = self.error_text(resp);
                return Err(self.protocol(format!("listing {what}: {t}")));
            }
            let next = resp
                .headers()
                .get("link")
                .and_then(|v| v.to_str().ok())
                .and_then(next_link);
            let body = read_limited(resp, MAX_DOC)
                .map_err(|e| self.protocol(format!("reading {what}: {e}")))?;
            let mut page: serde_json::Map<String, serde_json::Value> =
                serde_json::from_slice(&body)
                    .map_err(|e| self.protocol(format!("malformed listing of {what}: {e}")))?;
            // A repository without tags may list `null`.
            let names: Vec<String> = match page.remove(list.field) {
                None | Some(serde_json::Value::Null) => Vec::new(),
                Some(v) => serde_json::from_value(v)
                    .map_err(|e| self.protocol(format!("malformed listing of {what}: {e}")))?,
            };
            out.extend(names.into_iter().filter(|r| wanted(r)));
            match next {
                // Only paths on this registry: the link must not lead the client elsewhere.
                Some(p) if p.starts_with(list.path) => path = p,
                _ => break,
            }
        }
        out.truncate(limit);
        Ok(out)
    }

    pub fn agent(&self) -> &ureq::Agent {
        &self.agent
    }

    pub fn base(&self) -> &str {
        &self.base
    }
}

/// A paged listing of names: where it starts, the token scope it needs, the JSON field
/// that holds a page's names, and what it is (for messages).
struct List<'a> {
    path: &'a str,
    scope: &'a str,
    field: &'a str,
    what: &'a str,
}

/// The target of the `rel="next"` entry of a `Link` header.
fn next_link(header: &str) -> Option<String> {
    header.split(',').find_map(|part| {
        let (target, params) = part.trim().split_once(';')?;
        let is_next = params
            .split(';')
            .any(|p| p.trim().replace(' ', "") == "rel=\"next\"" || p.trim() == "rel=next");
        let target = target.trim().strip_prefix('<')?.strip_suffix('>')?;
        is_next.then(|| target.to_owned())
    })
}

/// Did a read fail because the idle limit ran out (ureq wraps its own timeout in the
/// `io::Error` a body reader returns)?
pub fn timed_out(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::TimedOut
        || e.get_ref()
            .and_then(|inner| inner.downcast_ref::<ureq::Error>())
            .is_some_and(|u| match u {
                ureq::Error::Timeout(_) => true,
                ureq::Error::Io(io) => io.kind() == std::io::ErrorKind::TimedOut,
                _ => false,
            })
}

/// Read a response body of at most `limit` bytes.
pub fn read_limited(resp: Response<Body>, limit: u64) -> std::result::Result<Vec<u8>, ureq::Error> {
    resp.into_body()
        .into_with_config()
        .limit(limit)
        .read_to_vec()
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_link() {
        assert_eq!(
            super::next_link(r#"</v2/_catalog?last=b&n=2>; rel="next""#).as_deref(),
            Some("/v2/_catalog?last=b&n=2")
        );
        assert_eq!(
            super::next_link(r#"</a>; rel="prev", </v2/_catalog?last=c>; rel=next"#).as_deref(),
            Some("/v2/_catalog?last=c")
        );
        assert_eq!(super::next_link("</x>"), None);
    }

    #[test]
    fn loopback_registries() {
        for host in ["127.0.0.1:5000", "127.3.2.1", "localhost:443", "LOCALHOST"] {
            assert!(super::loopback(host), "{host}");
        }
        for host in [
            "128.0.0.1:5000",
            "localhost.example",
            "10.0.0.1",
            "quay.io",
            "[::1]:5000",
        ] {
            assert!(!super::loopback(host), "{host}");
        }
    }
}
