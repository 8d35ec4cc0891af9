//! `--name[=value]` flags at the start of an instruction's arguments: split off the rest of the
//! line, then checked against the flags the instruction accepts.

use super::ast::Flags;

/// What a flag takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// `--name=value`, at most once.
    Value,
    /// `--name=value`, repeatable (RUN --mount, COPY --exclude).
    List,
    /// `--name`, `--name=true` or `--name=false`, at most once.
    Bool,
}

pub(super) type Spec = &'static [(&'static str, Kind)];

/// Splits the leading words that start with `--` off `line`. A word may quote parts of
/// itself (`--chown="a b"`) and escape with `\`; quotes and escapes are removed. A bare `--`
/// ends the flags. Returns the flags (without their `--`) and the rest of the line.
pub(super) fn split(line: &str) -> (Vec<String>, &str) {
    let mut flags = Vec::new();
    let mut rest = line.trim_start();
    while rest.starts_with("--") {
        let (word, after) = flag_word(rest);
        if word == "--" {
            return (flags, after.trim_start());
        }
        flags.push(word);
        rest = after.trim_start();
    }
    (flags, rest)
}

/// One flag word from the start of `s` with quotes and escapes removed, and what follows it.
fn flag_word(s: &str) -> (String, &str) {
    let mut word = String::new();
    let mut quote: Option<char> = None;
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match quote {
            None if c.is_whitespace() => return (word, &s[i..]),
            None if c == '\'' || c == '"' => quote = Some(c),
            Some(q) if c == q => quote = None,
            _ if c == '\\' => {
                if let Some((_, next)) = chars.next() {
                    word.push(next);
                }
            }
            _ => word.push(c),
        }
    }
    (word, "")
}

/// Checks the flags against what the instruction accepts and returns them as name and value.
pub(super) fn check(raw: Vec<String>, spec: Spec) -> Result<Flags, String> {
    let mut flags: Flags = Vec::with_capacity(raw.len());
    for word in raw {
        let word = word.strip_prefix("--").unwrap_or(&word);
        let (name, value) = match word.split_once('=') {
            Some((name, value)) => (name, Some(value.to_string())),
            None => (word, None),
        };
        if name.is_empty() {
            return Err(format!("empty flag name in --{}", super::shown(word)));
        }
        let Some(&(_, kind)) = spec.iter().find(|(known, _)| *known == name) else {
            return Err(format!("unknown flag: {}", super::shown(name)));
        };
        if kind != Kind::List && flags.iter().any(|(seen, _)| seen == name) {
            return Err(format!("duplicate flag specified: {name}"));
        }
        match (kind, &value) {
            (Kind::Bool, Some(v))
                if !v.eq_ignore_ascii_case("true") && !v.eq_ignore_ascii_case("false") =>
            {
                return Err(format!(
                    "expecting boolean value for flag {name}, not: {}",
                    super::shown(v)
                ));
            }
            (Kind::Value | Kind::List, None) => {
                return Err(format!("missing a value on flag: {name}"));
            }
            _ => {}
        }
        flags.push((name.to_string(), value));
    }
    Ok(flags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_leading_flags() {
        assert_eq!(
            split("--from=build --chown=\"a b\" src dst"),
            (vec!["--from=build".into(), "--chown=a b".into()], "src dst")
        );
        assert_eq!(split("  src --x"), (vec![], "src --x"));
        assert_eq!(split("-- --notflag x"), (vec![], "--notflag x"));
        assert_eq!(split("--link"), (vec!["--link".into()], ""));
        assert_eq!(split("--a\\ b c"), (vec!["--a b".into()], "c"));
    }

    #[test]
    fn checks_against_the_spec() {
        const SPEC: Spec = &[
            ("from", Kind::Value),
            ("link", Kind::Bool),
            ("exclude", Kind::List),
        ];
        let raw = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            check(
                raw(&["--from=a", "--link", "--exclude=x", "--exclude=y"]),
                SPEC
            )
            .unwrap(),
            vec![
                ("from".into(), Some("a".into())),
                ("link".into(), None),
                ("exclude".into(), Some("x".into())),
                ("exclude".into(), Some("y".into())),
            ]
        );
        assert_eq!(
            check(raw(&["--nope=1"]), SPEC).unwrap_err(),
            "unknown flag: nope"
        );
        assert_eq!(
            check(raw(&["--from"]), SPEC).unwrap_err(),
            "missing a value on flag: from"
        );
        assert_eq!(
            check(raw(&["--from=a", "--from=b"]), SPEC).unwrap_err(),
            "duplicate flag specified: from"
        );
        assert_eq!(
            check(raw(&["--link=yes"]), SPEC).unwrap_err(),
            "expecting boolean value for flag link, not: yes"
        );
        assert!(check(raw(&["--link=FALSE"]), SPEC).is_ok());
        assert!(check(raw(&["--=x"]), SPEC).is_err());
    }
}
