//! Container names: validation and random "adjective_noun" names for unnamed containers.

use anyhow::{Context as _, bail};

const ADJECTIVES: &[&str] = &[
    "amber", "brave", "calm", "clever", "cosmic", "crisp", "daring", "eager", "fancy", "gentle",
    "happy", "hardy", "jolly", "keen", "lively", "lucid", "merry", "nimble", "noble", "plucky",
    "quiet", "rapid", "serene", "shiny", "silent", "steady", "sunny", "swift", "tidy", "vivid",
    "witty", "zesty",
];

const NOUNS: &[&str] = &[
    "anchor",
    "beacon",
    "buoy",
    "capstan",
    "compass",
    "dinghy",
    "dock",
    "ferry",
    "galley",
    "harbor",
    "hull",
    "jetty",
    "keel",
    "lantern",
    "lighthouse",
    "mast",
    "mooring",
    "oar",
    "pier",
    "quay",
    "rudder",
    "sail",
    "schooner",
    "sextant",
    "skiff",
    "sloop",
    "tide",
    "tugboat",
    "wharf",
    "windlass",
    "yawl",
    "yacht",
];

/// Names follow docker's rule: `[a-zA-Z0-9][a-zA-Z0-9_.-]+`.
pub fn validate(name: &str) -> anyhow::Result<()> {
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphanumeric());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    if name.len() < 2 || !first_ok || !rest_ok {
        bail!("invalid container name {name:?}: only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
    }
    if name.len() > 128 {
        bail!("invalid container name {name:?}: longer than 128 characters");
    }
    Ok(())
}

/// A random name; later attempts add a number to get out of collisions.
pub fn random(attempt: u32) -> anyhow::Result<String> {
    let mut b = [0u8; 4];
    rustix::rand::getrandom(&mut b, rustix::rand::GetRandomFlags::empty())
        .context("reading random bytes")?;
    let adj = ADJECTIVES[b[0] as usize % ADJECTIVES.len()];
    let noun = NOUNS[b[1] as usize % NOUNS.len()];
    Ok(if attempt == 0 {
        format!("{adj}_{noun}")
    } else {
        format!("{adj}_{noun}{}", u16::from_le_bytes([b[2], b[3]]) % 1000)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation() {
        for ok in ["web", "a1", "my_app.v2-x"] {
            validate(ok).unwrap();
        }
        for bad in ["", "a", "-x", "_x", "a/b", "a b", "é1"] {
            assert!(validate(bad).is_err(), "{bad:?} should be refused");
        }
        let r = random(0).unwrap();
        validate(&r).unwrap();
        validate(&random(3).unwrap()).unwrap();
    }
}
