//! `ADD http(s)://...`: the file downloaded to a private temporary file, as docker does it:
//! - named by the last component of the URL's path (percent-decoded); a URL without one
//!   cannot be added;
//! - mode 0600, owner root (or `--chown`), mode `--chmod` when given;
//! - its modification time from the `Last-Modified` header when the server sends one;
//! - never extracted, even when it is an archive;
//! - `--checksum=sha256:<hex>` verified over the bytes received; a mismatch fails the step;
//! - at most `max_bytes` received (a larger body fails the step rather than fill the disk).

use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::path::Path;
use std::time::Duration;

use anyhow::{Context as _, bail};
use rustix::fs::{Mode, OFlags, Timespec, Timestamps};
use sha2::{Digest, Sha256};

use super::Rewrite;

/// How long a connection or a silent read may take.
const TIMEOUT: Duration = Duration::from_secs(60);

/// What `ADD` downloaded; the file is removed when this is dropped.
#[derive(Debug)]
pub struct Download {
    /// The file name its entry gets.
    pub name: String,
    /// `sha256:<hex>` of the bytes.
    pub digest: String,
    pub size: u64,
    file: tempfile::TempPath,
}

impl Download {
    /// The file as a tar stream of one entry named [`Download::name`]: mode 0600 unless
    /// `rewrite` sets one, owned by `rewrite`'s owner or root.
    pub fn write_tar(&self, rewrite: Rewrite, out: impl Write) -> anyhow::Result<u64> {
        super::walk::write_tar_one(
            &self.obj()?,
            Path::new(&self.name),
            as_written(rewrite),
            out,
        )
    }

    /// The content key of the entry [`Download::write_tar`] writes.
    pub fn checksum(&self, rewrite: Rewrite) -> anyhow::Result<String> {
        super::walk::checksum_one(&self.obj()?, Path::new(&self.name), as_written(rewrite))
    }

    fn obj(&self) -> anyhow::Result<OwnedFd> {
        rustix::fs::open(
            &*self.file,
            OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .with_context(|| format!("opening the download of {}", self.name))
    }
}

/// Root unless `--chown` says otherwise: the temporary file's own owner is the caller.
fn as_written(rewrite: Rewrite) -> Rewrite {
    Rewrite {
        owner: Some(rewrite.owner.unwrap_or((0, 0))),
        mode: rewrite.mode,
    }
}

/// Whether an ADD source is a URL rather than a context path.
pub fn is_url(source: &str) -> bool {
    source.starts_with("http://") || source.starts_with("https://")
}

/// The file name a URL gives: the last component of its path, percent-decoded.
pub fn file_name(url: &str) -> anyhow::Result<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .split_once('/')
        .map_or("", |(_, p)| p);
    let last = path.rsplit('/').next().unwrap_or("");
    let name = percent_decode(last);
    if name.is_empty() || name == "." || name == ".." || name.contains('/') || name.contains('\0') {
        bail!("cannot determine filename from url: {url}");
    }
    Ok(name)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(h) = s.get(i + 1..i + 3)
            && let Ok(b) = u8::from_str_radix(h, 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Download `url` into a new file under `tmp_dir`, checking `checksum` (`sha256:<hex>`)
/// when given.
pub fn download(
    url: &str,
    checksum: Option<&str>,
    tmp_dir: &Path,
    max_bytes: u64,
) -> anyhow::Result<Download> {
    let name = file_name(url)?;
    let want = checksum.map(parse_checksum).transpose()?;
    let tls = ureq::tls::TlsConfig::builder()
        .root_certs(ureq::tls::RootCerts::new_with_certs(
            &crate::registry::client::native_roots(),
        ))
        .build();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .tls_config(tls)
        .timeout_connect(Some(TIMEOUT))
        .timeout_recv_response(Some(TIMEOUT))
        .timeout_per_read(Some(TIMEOUT))
        .user_agent(concat!("berth/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let resp = agent
        .get(url)
        .call()
        .map_err(|e| anyhow::anyhow!("downloading {url}: {e}"))?;
    let status = resp.status();
    if !status.is_success() {
        bail!("downloading {url}: {status}");
    }
    let modified = resp
        .headers()
        .get("last-modified")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| jiff::fmt::rfc2822::parse(v).ok())
        .map(|z| z.timestamp());

    let mut tmp = tempfile::Builder::new()
        .prefix("build-add-")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))
        .tempfile_in(tmp_dir)
        .with_context(|| format!("creating a file in {}", tmp_dir.display()))?;
    let mut body = resp.into_body().into_reader().take(max_bytes + 1);
    let mut hash = Sha256::new();
    let mut size = 0u64;
    let mut buf = vec![0u8; 64 << 10];
    loop {
        let n = body
            .read(&mut buf)
            .with_context(|| format!("downloading {url}"))?;
        if n == 0 {
            break;
        }
        size += n as u64;
        if size > max_bytes {
            bail!("downloading {url}: larger than {max_bytes} bytes");
        }
        hash.update(&buf[..n]);
        tmp.write_all(&buf[..n])
            .with_context(|| format!("writing the download of {url}"))?;
    }
    tmp.flush()?;
    let digest = format!("sha256:{}", hex::encode(hash.finalize()));
    if let Some(want) = want
        && want != digest
    {
        bail!("checksum mismatch for {url}: expected {want}, got {digest}");
    }
    if let Some(t) = modified {
        let at = Timespec {
            tv_sec: t.as_second(),
            tv_nsec: 0,
        };
        let times = Timestamps {
            last_access: at,
            last_modification: at,
        };
        rustix::fs::futimens(tmp.as_file(), &times).context("setting the download's time")?;
    }
    Ok(Download {
        name,
        digest,
        size,
        file: tmp.into_temp_path(),
    })
}

/// `sha256:<64 hex>`, lower-cased.
fn parse_checksum(s: &str) -> anyhow::Result<String> {
    match s.split_once(':') {
        Some(("sha256", hex)) if hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
            Ok(format!("sha256:{}", hex.to_ascii_lowercase()))
        }
        _ => bail!("invalid checksum digest format: {s:?} (expected sha256:<64 hex digits>)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufRead;
    use std::net::TcpListener;

    /// A one-request HTTP server on 127.0.0.1 answering with `status`, `headers` and `body`.
    fn serve(status: &str, headers: &str, body: Vec<u8>) -> String {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let status = status.to_owned();
        let headers = headers.to_owned();
        std::thread::spawn(move || {
            let (mut conn, _) = listener.accept().unwrap();
            let mut reader = std::io::BufReader::new(conn.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap() > 2 {
                line.clear();
            }
            let head = format!(
                "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n{headers}\r\n",
                body.len()
            );
            let _ = conn.write_all(head.as_bytes());
            let _ = conn.write_all(&body);
        });
        format!("http://{addr}")
    }

    fn entries(tar: &[u8]) -> Vec<(String, u32, u64, u64, Vec<u8>)> {
        tar::Archive::new(tar)
            .entries()
            .unwrap()
            .map(|e| {
                let mut e = e.unwrap();
                let h = e.header().clone();
                let mut body = Vec::new();
                e.read_to_end(&mut body).unwrap();
                (
                    e.path().unwrap().to_string_lossy().into_owned(),
                    h.mode().unwrap(),
                    h.uid().unwrap(),
                    h.mtime().unwrap(),
                    body,
                )
            })
            .collect()
    }

    #[test]
    fn downloads_with_name_mode_time_and_checksum() {
        let tmp = tempfile::tempdir().unwrap();
        let body = b"remote content".to_vec();
        let sum = format!("sha256:{}", hex::encode(Sha256::digest(&body)));
        let base = serve(
            "200 OK",
            "Last-Modified: Wed, 21 Oct 2015 07:28:00 GMT\r\n",
            body.clone(),
        );
        let url = format!("{base}/files/my%20app.tar.gz?x=1");
        let d = download(
            &url,
            Some(&sum.to_uppercase().replace("SHA256", "sha256")),
            tmp.path(),
            1 << 20,
        )
        .unwrap();
        assert_eq!(d.name, "my app.tar.gz");
        assert_eq!(d.digest, sum);
        let mut tar = Vec::new();
        d.write_tar(Rewrite::default(), &mut tar).unwrap();
        assert_eq!(
            entries(&tar),
            [("my app.tar.gz".into(), 0o600, 0, 1445412480, body.clone())],
            "an archive is not extracted"
        );
        let key = d.checksum(Rewrite::default()).unwrap();
        let chowned = Rewrite {
            owner: Some((5, 5)),
            mode: Some(0o755),
        };
        assert_ne!(d.checksum(chowned).unwrap(), key);
        let mut tar = Vec::new();
        d.write_tar(chowned, &mut tar).unwrap();
        assert_eq!((entries(&tar)[0].1, entries(&tar)[0].2), (0o755, 5));
        let path = d.file.to_path_buf();
        drop(d);
        assert!(!path.exists(), "removed on drop");
    }

    #[test]
    fn refuses_bad_checksums_statuses_and_sizes() {
        let tmp = tempfile::tempdir().unwrap();
        let base = serve("200 OK", "", b"abc".to_vec());
        let wrong = format!("sha256:{}", "0".repeat(64));
        let e = download(&format!("{base}/f"), Some(&wrong), tmp.path(), 100).unwrap_err();
        assert!(e.to_string().starts_with("checksum mismatch for"), "{e}");
        let e = download("http://127.0.0.1:1/f", Some("md5:abc"), tmp.path(), 100).unwrap_err();
        assert!(
            e.to_string().starts_with("invalid checksum digest format"),
            "{e}"
        );

        let base = serve("404 Not Found", "", b"nope".to_vec());
        let e = download(&format!("{base}/f"), None, tmp.path(), 100).unwrap_err();
        assert!(e.to_string().contains("404"), "{e}");

        let base = serve("200 OK", "", vec![b'x'; 1000]);
        let e = download(&format!("{base}/f"), None, tmp.path(), 999).unwrap_err();
        assert!(e.to_string().contains("larger than 999 bytes"), "{e}");
        assert_eq!(
            std::fs::read_dir(tmp.path()).unwrap().count(),
            0,
            "no file left behind"
        );
    }

    #[test]
    fn names_from_urls() {
        assert_eq!(file_name("https://h/a/b.txt").unwrap(), "b.txt");
        assert_eq!(file_name("https://h/a/b.txt#frag").unwrap(), "b.txt");
        assert!(file_name("https://h").is_err());
        assert!(file_name("https://h/dir/").is_err());
        assert!(file_name("https://h/a%2Fb").is_err());
        assert!(file_name("https://h/..").is_err());
        assert!(is_url("https://x/y") && !is_url("x/y"));
    }
}
