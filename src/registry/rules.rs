//! registries.conf applied to a name: a short name resolved (berth.toml's `search`, else
//! the aliases and `unqualified-search-registries` with podman's short-name mode), and the
//! places a name is pulled from (its mirrors, then its location; a blocked one is refused).

use super::Result;
use super::client::RegistryError;
use super::reference::{RemoteRef, candidates as qualify};
use crate::config::RegistriesConfig;
use crate::config::registries_conf::ShortNameMode;
use crate::spec::ImageRef;
use crate::spec::image_ref::ImageRefKind;

/// A short name (no registry host) as the aliases know it: `busybox`, `ns/img`.
pub fn short_name(input: &ImageRef) -> Option<&str> {
    match input.kind() {
        ImageRefKind::Named {
            name, host: None, ..
        }
        | ImageRefKind::Pinned {
            name, host: None, ..
        } => Some(name.repo.as_str()),
        _ => None,
    }
}

/// The fully qualified names to try for `input`, in order. Without a terminal to ask on, an
/// ambiguous short name in podman's enforcing mode is an error naming the choices (see
/// [`choices`] for the prompt at the command edge).
pub fn candidates(cfg: &RegistriesConfig, input: &ImageRef) -> Result<Vec<RemoteRef>> {
    let invalid = RegistryError::Invalid;
    // berth's own file decides first: its search list, tried in order.
    if !cfg.search.is_empty() || short_name(input).is_none() {
        return qualify(input, &cfg.search).map_err(invalid);
    }
    let conf = cfg.conf().map_err(invalid)?;
    if let Some(target) = alias(cfg, input)? {
        return qualify(&target, &[]).map_err(invalid);
    }
    let name = short_name(input).unwrap_or_default();
    match conf.search.as_deref() {
        // docker's rule: docker.io (library/ for one-word names).
        None => qualify(input, &[]).map_err(invalid),
        Some([]) => Err(invalid(format!(
            "short-name {name:?} did not resolve to an alias and no unqualified-search \
             registries are defined in registries.conf"
        ))),
        Some(search) => {
            if search.len() > 1 && conf.short_name_mode == ShortNameMode::Enforcing {
                return Err(invalid(format!(
                    "short-name {name:?} is ambiguous ({}): short-name resolution is enforced \
                     but cannot prompt without a terminal; use a fully qualified name",
                    search.join(", ")
                )));
            }
            qualify(input, search).map_err(invalid)
        }
    }
}

/// The registries a person should choose among for `input` on a terminal: `None` when the
/// name is qualified, has an alias, or resolves without asking.
pub fn choices(cfg: &RegistriesConfig, input: &ImageRef) -> Result<Option<Vec<String>>> {
    if !cfg.search.is_empty() || short_name(input).is_none() || alias(cfg, input)?.is_some() {
        return Ok(None);
    }
    let conf = cfg.conf().map_err(RegistryError::Invalid)?;
    Ok(match conf.search.as_deref() {
        Some(search) if search.len() > 1 && conf.short_name_mode != ShortNameMode::Disabled => {
            Some(search.to_vec())
        }
        _ => None,
    })
}

/// The name an alias gives a short name, with the tag or digest the user wrote.
fn alias(cfg: &RegistriesConfig, input: &ImageRef) -> Result<Option<ImageRef>> {
    let Some(name) = short_name(input) else {
        return Ok(None);
    };
    let conf = cfg.conf().map_err(RegistryError::Invalid)?;
    let Some(target) = conf.aliases.get(name) else {
        return Ok(None);
    };
    let suffix = match input.kind() {
        ImageRefKind::Pinned { digest, .. } => format!("@{digest}"),
        ImageRefKind::Named { name, .. } => format!(":{}", name.tag),
        ImageRefKind::Id { .. } => String::new(),
    };
    let text = format!("{target}{suffix}");
    ImageRef::parse(&text)
        .map(Some)
        .map_err(|e| RegistryError::Invalid(format!("alias {name:?} = {target:?}: {e}")))
}

/// Where `remote` is pulled from, in order: the mirrors of its `[[registry]]` (and
/// berth.toml's mirrors of its host), then its location. A blocked registry is refused.
pub fn sources(cfg: &RegistriesConfig, remote: &RemoteRef) -> Result<Vec<RemoteRef>> {
    let conf = cfg.conf().map_err(RegistryError::Invalid)?;
    let name = remote.name();
    let mut out = Vec::new();
    let berth_mirrors = cfg.mirrors.get(&remote.host).into_iter().flatten();
    let Some(rule) = conf.registry_for(&name) else {
        out.extend(berth_mirrors.map(|host| at_host(remote, host)));
        out.push(remote.clone());
        return Ok(out);
    };
    if rule.blocked {
        return Err(RegistryError::Invalid(format!(
            "registry {} is blocked in registries.conf (prefix {:?})",
            remote.host, rule.prefix
        )));
    }
    let by_digest = remote.digest.is_some();
    for mirror in &rule.mirror {
        let wanted = match mirror.pull_from_mirror.as_deref() {
            Some("digest-only") => by_digest,
            Some("tag-only") => !by_digest,
            _ => true,
        };
        if wanted {
            out.push(rewrite(remote, &rule.prefix, &mirror.location)?);
        }
    }
    out.extend(berth_mirrors.map(|host| at_host(remote, host)));
    out.push(match rule.location.is_empty() {
        // A wildcard table only sets insecure/blocked.
        true => remote.clone(),
        false => rewrite(remote, &rule.prefix, &rule.location)?,
    });
    Ok(out)
}

/// The place a push of `remote` goes: its location (mirrors are for pulls).
pub fn push_target(cfg: &RegistriesConfig, remote: &RemoteRef) -> Result<RemoteRef> {
    Ok(sources(cfg, remote)?
        .pop()
        .unwrap_or_else(|| remote.clone()))
}

fn at_host(remote: &RemoteRef, host: &str) -> RemoteRef {
    RemoteRef {
        host: host.to_owned(),
        ..remote.clone()
    }
}

/// `remote` with the `prefix` of its name replaced by `location`.
fn rewrite(remote: &RemoteRef, prefix: &str, location: &str) -> Result<RemoteRef> {
    let name = remote.name();
    let rest = match prefix.strip_prefix("*.") {
        // A wildcard keeps the path; the location names the host.
        Some(_) => name.split_once('/').map_or("", |(_, r)| r).to_owned(),
        None => name
            .strip_prefix(prefix)
            .unwrap_or("")
            .trim_start_matches('/')
            .to_owned(),
    };
    let full = match (location.trim_end_matches('/'), rest.is_empty()) {
        (loc, true) => loc.to_owned(),
        (loc, false) => format!("{loc}/{rest}"),
    };
    let Some((host, repo)) = full.split_once('/') else {
        return Err(RegistryError::Invalid(format!(
            "registries.conf maps {name} to {full:?}, which names no repository"
        )));
    };
    Ok(RemoteRef {
        host: host.to_owned(),
        repo: repo.to_owned(),
        ..remote.clone()
    })
}

/// Whether registries.conf marks `host` insecure: a `[[registry]]` for it, or a location or
/// mirror on it with `insecure = true`.
pub fn conf_insecure(cfg: &RegistriesConfig, host: &str) -> bool {
    let Ok(conf) = cfg.conf() else {
        return false;
    };
    let on_host = |location: &str| location.split('/').next() == Some(host);
    conf.registry_for(host).is_some_and(|r| r.insecure)
        || conf.registries.iter().any(|r| {
            (r.insecure && on_host(&r.location))
                || r.mirror.iter().any(|m| m.insecure && on_host(&m.location))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn remote(text: &str) -> RemoteRef {
        qualify(&ImageRef::parse(text).unwrap(), &[])
            .unwrap()
            .remove(0)
    }

    #[test]
    fn rewrites_replace_the_prefix() {
        let r = remote("quay.io/x/y:1");
        let to = rewrite(&r, "quay.io/x", "127.0.0.1:5000/mirror/x").unwrap();
        assert_eq!(to.to_string(), "127.0.0.1:5000/mirror/x/y:1");
        let to = rewrite(&r, "quay.io", "127.0.0.1:5000").unwrap();
        assert_eq!(to.to_string(), "127.0.0.1:5000/x/y:1");
        let to = rewrite(&r, "*.io", "local:1").unwrap();
        assert_eq!(to.to_string(), "local:1/x/y:1");
        assert!(rewrite(&r, "quay.io/x/y", "nohost").is_err());
    }
}
