//! Remote image references: `[host[:port]/]path[:tag][@sha256:...]`, with docker.io's
//! `library/` rule and short names resolved through the configured search registries.

use std::fmt;

use crate::spec::image_ref::{ImageRef, ImageRefKind};
use crate::spec::reference::Reference;

pub const DOCKER_HUB: &str = "docker.io";

/// A fully qualified remote reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteRef {
    /// Registry host as written (`docker.io`, `localhost:5000`).
    pub host: String,
    /// Repository path on that registry (`library/busybox`).
    pub repo: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl RemoteRef {
    /// The tag or digest to ask the registry for.
    pub fn reference(&self) -> &str {
        self.digest
            .as_deref()
            .or(self.tag.as_deref())
            .unwrap_or("latest")
    }

    /// Where the registry's API lives (`registry-1.docker.io` for docker.io).
    pub fn api_host(&self) -> &str {
        api_host(&self.host)
    }

    /// The local name for this image: familiar form (`busybox:latest`), none for a pull by
    /// digest alone.
    pub fn local_name(&self) -> Option<Reference> {
        let tag = self.tag.as_deref()?;
        Reference::parse(&format!("{}/{}:{tag}", self.host, self.repo)).ok()
    }

    /// The repository in the store's familiar form (`busybox`, `localhost:5000/a`).
    pub fn local_repo(&self) -> String {
        let r = Reference::parse(&format!("{}/{}", self.host, self.repo));
        r.map_or_else(|_| self.name(), |r| r.repo)
    }

    /// `host/repo` as a user reads it.
    pub fn name(&self) -> String {
        format!("{}/{}", self.host, self.repo)
    }
}

impl fmt::Display for RemoteRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.host, self.repo)?;
        if let Some(t) = &self.tag {
            write!(f, ":{t}")?;
        }
        if let Some(d) = &self.digest {
            write!(f, "@{d}")?;
        }
        Ok(())
    }
}

pub fn api_host(host: &str) -> &str {
    match host {
        "docker.io" | "index.docker.io" => "registry-1.docker.io",
        h => h,
    }
}

/// The candidates to try for a user's image argument, in order: a name with a host gives
/// one; a short name gives one per search registry (docker.io when none is configured).
pub fn candidates(input: &ImageRef, search: &[String]) -> Result<Vec<RemoteRef>, String> {
    let (parsed, host, tag, digest) = match input.kind() {
        ImageRefKind::Named { name, host, .. } => (name, host, Some(name.tag.clone()), None),
        ImageRefKind::Pinned {
            name,
            host,
            tagged,
            digest,
            ..
        } => (
            name,
            host,
            tagged.then(|| name.tag.clone()),
            Some(digest.clone()),
        ),
        ImageRefKind::Id { not_a_name, .. } => return Err(not_a_name.to_string()),
    };
    let mut out = Vec::new();
    if let Some(host) = host {
        let repo = parsed
            .repo
            .strip_prefix(&format!("{host}/"))
            .unwrap_or(&parsed.repo)
            .to_owned();
        out.push(qualify(host.clone(), repo, tag, digest));
    } else {
        let default = vec![DOCKER_HUB.to_owned()];
        let hosts = if search.is_empty() { &default } else { search };
        for host in hosts {
            out.push(qualify(
                host.clone(),
                parsed.repo.clone(),
                tag.clone(),
                digest.clone(),
            ));
        }
    }
    Ok(out)
}

fn qualify(host: String, repo: String, tag: Option<String>, digest: Option<String>) -> RemoteRef {
    let host = if host == "index.docker.io" {
        DOCKER_HUB.to_owned()
    } else {
        host
    };
    let repo = if host == DOCKER_HUB && !repo.contains('/') {
        format!("library/{repo}")
    } else {
        repo
    };
    RemoteRef {
        host,
        repo,
        tag,
        digest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parse at the edge as a command does, then qualify.
    fn candidates(input: &str, search: &[String]) -> Result<Vec<RemoteRef>, String> {
        let input = ImageRef::parse(input).map_err(|e| e.to_string())?;
        super::candidates(&input, search)
    }

    #[test]
    fn qualifies_names() {
        let c = candidates("busybox", &[]).unwrap();
        assert_eq!(c[0].to_string(), "docker.io/library/busybox:latest");
        assert_eq!(c[0].api_host(), "registry-1.docker.io");
        assert_eq!(c[0].local_name().unwrap().to_string(), "busybox:latest");
        let c = candidates("localhost:5000/a/b:t", &[]).unwrap();
        assert_eq!(
            (c[0].host.as_str(), c[0].repo.as_str(), c[0].reference()),
            ("localhost:5000", "a/b", "t")
        );
        let d = format!("sha256:{}", "a".repeat(64));
        let c = candidates(&format!("127.0.0.1:5000/x@{d}"), &[]).unwrap();
        assert_eq!(c[0].reference(), d);
        assert!(c[0].local_name().is_none());
        let c = candidates("x:1", &["a.io".into(), "b.io:5000".into()]).unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].to_string(), "b.io:5000/x:1");
        assert!(candidates("x@sha256:00", &[]).is_err());
        assert!(candidates("Bad", &[]).is_err());
    }
}
