//! `--filter key=value` for listing commands, with docker's rules: the key is
//! case-insensitive, values of one key are alternatives (any may match), different keys must
//! all match; `name`/`id`-style values are unanchored regular expressions (or exact text);
//! `label` values must all match, each as `key` (present) or `key=value`.

use std::collections::BTreeMap;

use anyhow::{anyhow, bail};

#[derive(Debug, Default, Clone)]
pub struct Filters {
    by_key: BTreeMap<String, Vec<String>>,
    /// Each value compiled once as a regular expression (None: not a valid one).
    patterns: BTreeMap<String, Vec<Option<regex::Regex>>>,
}

impl Filters {
    /// Parse the `--filter` values and refuse keys outside `accepted`, before any work.
    pub fn parse(args: &[String], accepted: &[&str]) -> anyhow::Result<Filters> {
        let mut by_key: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for arg in args {
            let Some((key, value)) = arg.split_once('=') else {
                bail!("bad format of filter {arg:?} (expected name=value)");
            };
            let key = key.trim().to_lowercase();
            if !accepted.contains(&key.as_str()) {
                bail!("invalid filter '{key}'");
            }
            by_key.entry(key).or_default().push(value.trim().to_owned());
        }
        let patterns = by_key
            .iter()
            .map(|(k, vs)| {
                (
                    k.clone(),
                    vs.iter().map(|v| regex::Regex::new(v).ok()).collect(),
                )
            })
            .collect();
        Ok(Filters { by_key, patterns })
    }

    /// The values given for a key, in order.
    pub fn values(&self, key: &str) -> &[String] {
        self.by_key.get(key).map_or(&[], Vec::as_slice)
    }

    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }

    pub fn contains(&self, key: &str) -> bool {
        self.by_key.contains_key(key)
    }

    /// docker's `Match`: true without values for the key; else some value equals `source` or
    /// finds a match in it as a regular expression (a value that is no valid expression only
    /// matches exactly).
    pub fn matches(&self, key: &str, source: &str) -> bool {
        let values = self.values(key);
        let patterns = self.patterns.get(key).map_or(&[][..], Vec::as_slice);
        values.is_empty()
            || values
                .iter()
                .zip(patterns)
                .any(|(v, re)| v == source || re.as_ref().is_some_and(|re| re.is_match(source)))
    }

    /// docker's `MatchKVList` for labels: every value must hold, `key` by presence,
    /// `key=value` by equality.
    pub fn matches_labels(&self, key: &str, labels: &BTreeMap<String, String>) -> bool {
        self.values(key).iter().all(|v| match v.split_once('=') {
            Some((k, want)) => labels.get(k).is_some_and(|have| have == want),
            None => labels.contains_key(v.as_str()),
        })
    }

    /// A yes/no filter such as `dangling=true`: `None` when absent; conflicting values
    /// or words other than true/false/1/0 are refused.
    pub fn boolean(&self, key: &str) -> anyhow::Result<Option<bool>> {
        let mut out = None;
        for v in self.values(key) {
            let b = match v.to_lowercase().as_str() {
                "true" | "1" => true,
                "false" | "0" => false,
                _ => bail!("invalid filter '{key}={v}'"),
            };
            if out.is_some_and(|o| o != b) {
                bail!("invalid filter '{key}': conflicting values");
            }
            out = Some(b);
        }
        Ok(out)
    }

    /// Check every value of a key against the words docker accepts for it.
    pub fn check_values(&self, key: &str, allowed: &[&str]) -> anyhow::Result<()> {
        match self
            .values(key)
            .iter()
            .find(|v| !allowed.contains(&v.as_str()))
        {
            Some(v) => Err(anyhow!("invalid filter '{key}={v}'")),
            None => Ok(()),
        }
    }
}

/// Go's `path.Match` for `reference` filters: `*` and `?` never cross a `/`, `[...]` is a
/// class (`[^...]` negated). A malformed pattern matches nothing.
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let mut re = String::from("^");
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '*' => re.push_str("[^/]*"),
            '?' => re.push_str("[^/]"),
            '[' => {
                re.push('[');
                let mut class = String::new();
                let mut closed = false;
                for c in chars.by_ref() {
                    if c == ']' && !class.is_empty() {
                        closed = true;
                        break;
                    }
                    class.push(c);
                }
                if !closed {
                    return false;
                }
                let (neg, body) = match class.strip_prefix('^') {
                    Some(rest) => (true, rest),
                    None => (false, class.as_str()),
                };
                if neg {
                    re.push('^');
                }
                for c in body.chars() {
                    if matches!(c, '[' | ']' | '\\' | '&' | '~') {
                        re.push('\\');
                    }
                    re.push(c);
                }
                re.push(']');
            }
            '\\' => match chars.next() {
                Some(e) => re.push_str(&regex::escape(&e.to_string())),
                None => return false,
            },
            c => re.push_str(&regex::escape(&c.to_string())),
        }
    }
    re.push('$');
    regex::Regex::new(&re).is_ok_and(|r| r.is_match(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(args: &[&str]) -> Filters {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        Filters::parse(&args, &["name", "label", "dangling", "status"]).unwrap()
    }

    #[test]
    fn parse_and_refuse() {
        let bad = |a: &str| {
            Filters::parse(&[a.to_owned()], &["name"])
                .unwrap_err()
                .to_string()
        };
        assert_eq!(bad("nope=1"), "invalid filter 'nope'");
        assert!(bad("name").contains("expected name=value"));
        assert_eq!(f(&[" NAME = web "]).values("name"), ["web"]);
    }

    #[test]
    fn matching() {
        let n = f(&["name=^web", "name=db$"]);
        assert!(n.matches("name", "web1"));
        assert!(n.matches("name", "mydb"));
        assert!(!n.matches("name", "x-web"));
        assert!(f(&[]).matches("name", "anything"));
        assert!(f(&["name=a(b"]).matches("name", "a(b"));
        let l = f(&["label=a", "label=b=2"]);
        let labels = BTreeMap::from([("a".into(), "".into()), ("b".into(), "2".into())]);
        assert!(l.matches_labels("label", &labels));
        let labels = BTreeMap::from([("a".into(), "".into()), ("b".into(), "3".into())]);
        assert!(!l.matches_labels("label", &labels));
        assert_eq!(
            f(&["dangling=true"]).boolean("dangling").unwrap(),
            Some(true)
        );
        assert!(f(&["dangling=maybe"]).boolean("dangling").is_err());
        assert!(
            f(&["status=bogus"])
                .check_values("status", &["running"])
                .is_err()
        );
    }

    #[test]
    fn globs() {
        assert!(glob_match("busy*", "busybox"));
        assert!(glob_match("busybox:*", "busybox:latest"));
        assert!(!glob_match("*", "library/busybox"));
        assert!(glob_match("*/busybox", "library/busybox"));
        assert!(glob_match("b?sy[a-z]ox", "busybox"));
        assert!(glob_match("b[^x]sybox", "busybox"));
        assert!(!glob_match("b[^u]sybox", "busybox"));
        assert!(!glob_match("busy[box", "busybox"));
    }
}
