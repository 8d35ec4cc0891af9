//! An image as a user names it on the command line, parsed once at the command edge and
//! handed down typed: store lookups, the pull policy and the registry client read the
//! parsed parts and never parse the text again.

use std::fmt;

use super::reference::{Reference, ReferenceError, is_hex64};

/// A parsed image argument; it displays as the user wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRef {
    input: String,
    kind: ImageRefKind,
}

/// What an image argument names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageRefKind {
    /// `[host/]repo[:tag]`. `id` is the id prefix the same text also reads as (`abc`,
    /// `sha256:abc`): the store tries it when no image has the name.
    Named {
        name: Reference,
        host: Option<String>,
        id: Option<String>,
    },
    /// `[host/]repo[:tag]@sha256:<hex>`: a registry can serve it; local images carry no
    /// repo digests, so the store answers with `local`.
    Pinned {
        name: Reference,
        host: Option<String>,
        tagged: bool,
        digest: String,
        local: ReferenceError,
    },
    /// An image id or id prefix (`sha256:` optional) that is no valid name; a registry
    /// answers with `not_a_name`.
    Id {
        prefix: String,
        not_a_name: ReferenceError,
    },
}

/// Why an image argument names nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImageRefError {
    #[error(transparent)]
    Format(#[from] ReferenceError),
    #[error("invalid digest {0:?}: expected sha256:<64 hex digits>")]
    Digest(String),
}

impl ImageRef {
    /// Parse an image argument that may be pinned by digest (`pull`, `run`, `create`).
    pub fn parse(input: &str) -> Result<ImageRef, ImageRefError> {
        let not_a_name = match Reference::parse(input) {
            Ok(name) => {
                let kind = ImageRefKind::Named {
                    name,
                    host: written_host(input),
                    id: id_prefix(input),
                };
                return Ok(ImageRef::new(input, kind));
            }
            Err(e) => e,
        };
        let kind = if let Some((name, digest)) = input.split_once('@') {
            let valid = digest.strip_prefix("sha256:").is_some_and(is_hex64);
            if !valid {
                return Err(ImageRefError::Digest(digest.to_owned()));
            }
            let last = name.rsplit('/').next().unwrap_or(name);
            ImageRefKind::Pinned {
                name: Reference::parse(name)?,
                host: written_host(name),
                tagged: last.contains(':'),
                digest: digest.to_owned(),
                local: not_a_name,
            }
        } else if id_prefix(input).is_some() || input.starts_with("sha256:") {
            ImageRefKind::Id {
                prefix: input.strip_prefix("sha256:").unwrap_or(input).to_owned(),
                not_a_name,
            }
        } else {
            return Err(not_a_name.into());
        };
        Ok(ImageRef::new(input, kind))
    }

    /// Parse an argument naming a local image (a name, an id or an id prefix); a digest
    /// is refused as a name, as the store would.
    pub fn local(input: &str) -> Result<ImageRef, ReferenceError> {
        match ImageRef::parse(input) {
            Ok(r) => match r.kind {
                ImageRefKind::Pinned { local, .. } if !input.starts_with("sha256:") => Err(local),
                _ => Ok(r),
            },
            Err(ImageRefError::Format(e)) if !input.contains('@') => Err(e),
            // A malformed pin: the name grammar refuses every `@`.
            Err(_) => Err(ReferenceError {
                input: input.to_owned(),
                reason: super::reference::DIGEST_REFUSED.to_owned(),
            }),
        }
    }

    /// The image id `id` (`sha256:<hex>`) as an argument.
    pub fn id(id: &str) -> ImageRef {
        let prefix = id.strip_prefix("sha256:").unwrap_or(id).to_owned();
        let not_a_name = ReferenceError {
            input: id.to_owned(),
            reason: "an image id is no name".to_owned(),
        };
        ImageRef::new(id, ImageRefKind::Id { prefix, not_a_name })
    }

    fn new(input: &str, kind: ImageRefKind) -> ImageRef {
        ImageRef {
            input: input.to_owned(),
            kind,
        }
    }

    pub fn kind(&self) -> &ImageRefKind {
        &self.kind
    }

    /// The argument as the user wrote it.
    pub fn as_str(&self) -> &str {
        &self.input
    }

    /// The `repo:tag` name, for a named (not pinned) argument.
    pub fn name(&self) -> Option<&Reference> {
        match &self.kind {
            ImageRefKind::Named { name, .. } => Some(name),
            _ => None,
        }
    }
}

impl From<Reference> for ImageRef {
    /// A name the store already holds (familiar form): its host, if any, leads the repo.
    fn from(name: Reference) -> ImageRef {
        let input = name.to_string();
        let kind = ImageRefKind::Named {
            host: written_host(&name.repo),
            id: None,
            name,
        };
        ImageRef { input, kind }
    }
}

impl fmt::Display for ImageRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.input)
    }
}

/// The registry host a reference is written with: a first path component that names one.
fn written_host(name: &str) -> Option<String> {
    let (first, _) = name.split_once('/')?;
    let is_host = first.contains('.') || first.contains(':') || first == "localhost";
    is_host.then(|| first.to_owned())
}

/// The id prefix `input` reads as: 3 to 64 lower-case hex digits, `sha256:` optional.
fn id_prefix(input: &str) -> Option<String> {
    let prefix = input.strip_prefix("sha256:").unwrap_or(input);
    let hex = (3..=64).contains(&prefix.len())
        && prefix
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    hex.then(|| prefix.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_ids_and_pins() {
        let r = ImageRef::parse("docker.io/library/busybox").unwrap();
        assert_eq!(r.name().unwrap().to_string(), "busybox:latest");
        assert!(
            matches!(r.kind(), ImageRefKind::Named { host: Some(h), id: None, .. } if h == "docker.io")
        );
        let r = ImageRef::parse("abc").unwrap();
        assert!(matches!(r.kind(), ImageRefKind::Named { id: Some(p), .. } if p == "abc"));
        let hex = "a".repeat(64);
        let r = ImageRef::parse(&hex).unwrap();
        assert!(matches!(r.kind(), ImageRefKind::Id { prefix, .. } if *prefix == hex));
        let pinned = format!("x:1@sha256:{hex}");
        let r = ImageRef::parse(&pinned).unwrap();
        assert!(matches!(
            r.kind(),
            ImageRefKind::Pinned { tagged: true, .. }
        ));
        assert_eq!(r.to_string(), pinned);
        assert!(ImageRef::local(&pinned).is_err());
        assert!(matches!(
            ImageRef::parse("x@sha256:00"),
            Err(ImageRefError::Digest(_))
        ));
        assert!(ImageRef::parse("Bad").is_err());
        assert!(ImageRef::local("x@sha256:00").is_err());
    }
}
