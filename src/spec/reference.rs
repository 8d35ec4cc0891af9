//! Image references (`[host[:port]/]path[:tag]`), validated with docker's grammar and kept in
//! their short ("familiar") form: `docker.io/library/busybox` is stored as `busybox`.

use std::fmt;

/// A validated `repo:tag` name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Reference {
    pub repo: String,
    pub tag: String,
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.repo, self.tag)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid reference format {input:?}: {reason}")]
pub struct ReferenceError {
    pub input: String,
    pub reason: String,
}

/// Why a name with `@` is refused: local images carry no repo digests.
pub const DIGEST_REFUSED: &str = "digest references are not supported for local images";

const MAX_NAME_LEN: usize = 255;
const MAX_TAG_LEN: usize = 128;

impl Reference {
    /// Parse `name[:tag]`; `:latest` is added when there is no tag. Digest references
    /// (`name@sha256:...`) are refused: local images carry no repo digests.
    pub fn parse(input: &str) -> Result<Reference, ReferenceError> {
        let err = |reason: &str| ReferenceError {
            input: input.to_owned(),
            reason: reason.to_owned(),
        };
        if input.is_empty() {
            return Err(err("empty name"));
        }
        if input.contains('@') {
            return Err(err(DIGEST_REFUSED));
        }
        // A colon after the last slash starts the tag; one before it belongs to host:port.
        let last_slash = input.rfind('/').map_or(0, |i| i + 1);
        let (name, tag) = match input[last_slash..].rfind(':') {
            Some(i) => (&input[..last_slash + i], &input[last_slash + i + 1..]),
            None => (input, "latest"),
        };
        if !valid_tag(tag) {
            return Err(err(
                "tag must be 1-128 characters of [A-Za-z0-9_.-], not starting with . or -",
            ));
        }
        if name.len() > MAX_NAME_LEN {
            return Err(err("repository name is longer than 255 characters"));
        }
        let mut parts: Vec<&str> = name.split('/').collect();
        let has_domain = parts.len() > 1
            && (parts[0].contains('.') || parts[0].contains(':') || parts[0] == "localhost");
        if has_domain && !valid_domain(parts[0]) {
            return Err(err("invalid registry host"));
        }
        let path_start = usize::from(has_domain);
        if parts.len() <= path_start {
            return Err(err("missing repository name"));
        }
        for p in &parts[path_start..] {
            if !valid_path_component(p) {
                return Err(err(
                    "repository name must be lowercase [a-z0-9] separated by '.', '_', '__' or '-'",
                ));
            }
        }
        if !has_domain && parts.len() == 1 && is_hex64(parts[0]) {
            return Err(err(
                "cannot use a 64-character hexadecimal string as a name",
            ));
        }
        // Familiar form: docker.io/library/x -> x, docker.io/u/x -> u/x.
        if has_domain && matches!(parts[0], "docker.io" | "index.docker.io") {
            parts.remove(0);
            if parts.len() == 2 && parts[0] == "library" {
                parts.remove(0);
            }
        }
        Ok(Reference {
            repo: parts.join("/"),
            tag: tag.to_owned(),
        })
    }
}

/// True for exactly 64 lower-case hex digits.
pub fn is_hex64(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn valid_tag(tag: &str) -> bool {
    let b = tag.as_bytes();
    !b.is_empty()
        && b.len() <= MAX_TAG_LEN
        && (b[0].is_ascii_alphanumeric() || b[0] == b'_')
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
}

fn valid_domain(d: &str) -> bool {
    let (host, port) = match d.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (d, None),
    };
    if let Some(p) = port
        && (p.is_empty() || !p.bytes().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    !host.is_empty()
        && host.split('.').all(|c| {
            let b = c.as_bytes();
            !b.is_empty()
                && b[0].is_ascii_alphanumeric()
                && b[b.len() - 1].is_ascii_alphanumeric()
                && b.iter().all(|x| x.is_ascii_alphanumeric() || *x == b'-')
        })
}

/// `[a-z0-9]+ (separator [a-z0-9]+)*` where a separator is `.`, `_`, `__` or one or more `-`.
fn valid_path_component(p: &str) -> bool {
    let b = p.as_bytes();
    let alnum = |c: u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    if b.is_empty() || !alnum(b[0]) || !alnum(b[b.len() - 1]) {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        if alnum(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && !alnum(b[i]) {
            i += 1;
        }
        let sep = &p[start..i];
        let ok = matches!(sep, "." | "_" | "__") || sep.bytes().all(|c| c == b'-');
        if !ok {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> String {
        Reference::parse(s).unwrap().to_string()
    }

    #[test]
    fn parses_names() {
        assert_eq!(ok("busybox"), "busybox:latest");
        assert_eq!(ok("busybox:1.36"), "busybox:1.36");
        assert_eq!(ok("my-org/app_1:v2.0-rc"), "my-org/app_1:v2.0-rc");
        assert_eq!(ok("localhost:5000/a/b:t"), "localhost:5000/a/b:t");
        assert_eq!(
            ok("Registry.Example.com/x"),
            "Registry.Example.com/x:latest"
        );
        assert_eq!(ok("docker.io/library/alpine:3"), "alpine:3");
        assert_eq!(ok("docker.io/user/app"), "user/app:latest");
        assert_eq!(ok("a__b.c---d"), "a__b.c---d:latest");
    }

    #[test]
    fn rejects_bad_names() {
        for bad in [
            "",
            "Busybox",
            "busy box",
            "a:",
            "a:-x",
            "a:.x",
            "/a",
            "a/",
            "a//b",
            "a..b",
            "-a",
            "a-",
            "a@sha256:00",
            "host:port/a",
            "a:b:c",
            &"a".repeat(300),
            &format!("a:{}", "t".repeat(129)),
            &"ab".repeat(32),
        ] {
            assert!(Reference::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn error_is_one_clear_line() {
        let e = Reference::parse("Bad").unwrap_err().to_string();
        assert!(e.starts_with("invalid reference format \"Bad\""), "{e}");
        assert!(!e.contains('\n'));
    }
}
