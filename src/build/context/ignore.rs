//! `.dockerignore` / `.containerignore`: which paths of the context a build cannot see.
//!
//! The rules, as docker applies them:
//! - one pattern a line; a line starting with `#` is a comment; surrounding white space is
//!   dropped, and a UTF-8 byte order mark at the start of the file;
//! - `!` before a pattern makes it an exception (re-includes what earlier lines excluded);
//!   the last pattern that matches a path decides;
//! - a pattern is cleaned lexically (`./a//b/..` is `a`) and a leading `/` dropped, so every
//!   pattern is relative to the context root;
//! - syntax as in Go's `filepath.Match` (`*` and `?` never match `/`, `[a-z]`, `[^a]`,
//!   `\` escapes the next character), plus `**` for any number of directories (`**/x`, `a/**`);
//! - a pattern matches a path when it matches the path or one of its parent directories,
//!   so excluding a directory excludes all it holds, unless an exception could match
//!   something below it (then the walk goes on inside and keeps what the exception matches).

use regex::Regex;

/// One compiled line.
#[derive(Debug)]
struct Pattern {
    /// The cleaned pattern, for messages.
    text: String,
    exception: bool,
    re: Regex,
    /// Each `/`-separated component compiled alone; `None` for a component holding `**`
    /// (it may stand for any number of directories).
    parts: Vec<Option<Regex>>,
}

/// The compiled rules of one ignore file; empty when the context has none.
#[derive(Debug, Default)]
pub struct Ignore {
    patterns: Vec<Pattern>,
}

impl Ignore {
    /// Parse an ignore file's text. A pattern that is not valid (`!` alone, an unclosed
    /// `[`) is an error naming it.
    pub fn parse(text: &str) -> Result<Ignore, String> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut patterns = Vec::new();
        for line in text.lines() {
            if line.starts_with('#') {
                continue;
            }
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let (exception, raw) = match line.strip_prefix('!') {
                Some(rest) => (true, rest.trim()),
                None => (false, line),
            };
            if raw.is_empty() {
                return Err("illegal exclusion pattern: \"!\"".into());
            }
            let cleaned = clean(raw);
            let re = Regex::new(&to_regex(&cleaned, true))
                .map_err(|_| format!("syntax error in pattern: {line:?}"))?;
            let parts = cleaned
                .split('/')
                .map(|p| match p.contains("**") {
                    true => Ok(None),
                    false => Regex::new(&to_regex(p, false)).map(Some),
                })
                .collect::<Result<_, _>>()
                .map_err(|_| format!("syntax error in pattern: {line:?}"))?;
            patterns.push(Pattern {
                text: cleaned,
                exception,
                re,
                parts,
            });
        }
        Ok(Ignore { patterns })
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Whether `rel` (a context-relative path, `/`-separated, no leading `/`) is excluded:
    /// the last pattern matching it or one of its parents decides.
    pub fn excluded(&self, rel: &str) -> bool {
        let mut excluded = false;
        for p in &self.patterns {
            // An exclusion cannot change an excluded path, nor an exception an included one.
            if p.exception != excluded {
                continue;
            }
            if p.re.is_match(rel) || parents(rel).any(|dir| p.re.is_match(dir)) {
                excluded = !p.exception;
            }
        }
        excluded
    }

    /// Whether some exception could match a path below the excluded directory `dir`, so the
    /// walk must look inside it rather than skip it whole.
    pub fn may_include_below(&self, dir: &str) -> bool {
        let comps: Vec<&str> = dir.split('/').collect();
        self.patterns.iter().filter(|p| p.exception).any(|p| {
            for (i, comp) in comps.iter().enumerate() {
                match p.parts.get(i) {
                    // The exception names the directory itself or a parent: all re-included.
                    None => return true,
                    Some(None) => return true,
                    Some(Some(re)) if !re.is_match(comp) => return false,
                    Some(Some(_)) => {}
                }
            }
            true
        })
    }

    /// The patterns as cleaned, `!` kept (for messages and tests).
    pub fn patterns(&self) -> impl Iterator<Item = String> + '_ {
        self.patterns.iter().map(|p| match p.exception {
            true => format!("!{}", p.text),
            false => p.text.clone(),
        })
    }
}

/// The parent directories of `rel`, shortest first (`a`, `a/b` for `a/b/c`).
fn parents(rel: &str) -> impl Iterator<Item = &str> {
    rel.match_indices('/').map(move |(i, _)| &rel[..i])
}

/// Lexical cleaning as Go's `filepath.Clean`, then without a leading `/`: `./a//b/../c/`
/// is `a/c`, `/` and `..` at the root stay at the root.
pub fn clean(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut out: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        match comp {
            "" | "." => {}
            ".." => {
                if out.last().is_some_and(|c| *c != "..") {
                    out.pop();
                } else if !rooted {
                    out.push("..");
                }
            }
            c => out.push(c),
        }
    }
    if out.is_empty() {
        return if rooted { "/".into() } else { ".".into() };
    }
    out.join("/")
}

/// A regular expression matching what the glob `pattern` matches, whole. With `doublestar`,
/// `**` spans directories (ignore files); without, it is two `*` (Go's `filepath.Match`).
pub fn to_regex(pattern: &str, doublestar: bool) -> String {
    let mut re = String::from("^");
    let mut chars = pattern.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        if in_class {
            match c {
                ']' => {
                    in_class = false;
                    re.push(']');
                }
                '\\' => {
                    if let Some(n) = chars.next() {
                        re.push_str(&regex::escape(&n.to_string()));
                    }
                }
                // Class operators of the regex syntax that Go's classes do not have.
                '[' | '&' | '~' => {
                    re.push('\\');
                    re.push(c);
                }
                c => re.push(c),
            }
            continue;
        }
        match c {
            '*' if doublestar && chars.peek() == Some(&'*') => {
                chars.next();
                if chars.peek() == Some(&'/') {
                    chars.next();
                }
                if chars.peek().is_none() {
                    re.push_str(".*");
                } else {
                    re.push_str("(.*/)?");
                }
            }
            '*' => re.push_str("[^/]*"),
            '?' => re.push_str("[^/]"),
            '[' => {
                in_class = true;
                re.push('[');
                if chars.peek() == Some(&'^') {
                    chars.next();
                    re.push('^');
                }
                // A class never matches the separator.
                let negated = re.ends_with('^');
                if negated {
                    re.push('/');
                }
            }
            '\\' => match chars.next() {
                Some(n) => re.push_str(&regex::escape(&n.to_string())),
                None => re.push_str("\\\\"),
            },
            c => re.push_str(&regex::escape(&c.to_string())),
        }
    }
    if in_class {
        // Unclosed: invalid, as for filepath.Match. An unbalanced bracket fails to compile.
        re.push('[');
    }
    re.push('$');
    re
}

/// Whether `pattern` holds glob syntax (`*`, `?`, `[`), unescaped.
pub fn has_glob(pattern: &str) -> bool {
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '*' | '?' | '[' => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ig(text: &str) -> Ignore {
        Ignore::parse(text).unwrap()
    }

    #[test]
    fn cleans_lines_and_patterns() {
        let i = ig("\u{feff}# comment\n  \n./a//b/../c/\n/abs\n ! keep \n  # not a comment\n");
        assert_eq!(
            i.patterns().collect::<Vec<_>>(),
            ["a/c", "abs", "!keep", "# not a comment"]
        );
        assert!(Ignore::parse("!\n").is_err());
        assert!(Ignore::parse("a[b\n").is_err());
        assert!(ig("").is_empty());
    }

    #[test]
    fn go_match_syntax() {
        let i = ig("*.log\nd?r/x[0-9]\nesc\\*aped\n[^a]b\n");
        assert!(i.excluded("a.log"));
        assert!(!i.excluded("sub/a.log"), "* does not cross /");
        assert!(i.excluded("dir/x5"));
        assert!(!i.excluded("dir/xa"));
        assert!(i.excluded("esc*aped"));
        assert!(!i.excluded("escXaped"));
        assert!(i.excluded("cb"));
        assert!(!i.excluded("ab"));
        assert!(!i.excluded("a.logx"));
        assert!(!ig("a.b\n").excluded("axb"), "regex characters are literal");
        assert!(!ig("[^a]b\n").excluded("/b"), "a class never matches /");
    }

    #[test]
    fn double_star() {
        let i = ig("**/*.tmp\n");
        assert!(i.excluded("x.tmp"));
        assert!(i.excluded("a/b/x.tmp"));
        let i = ig("a/**\n");
        assert!(i.excluded("a/b/c"));
        assert!(!i.excluded("b"));
        let i = ig("a/**/z\n");
        assert!(i.excluded("a/z"));
        assert!(i.excluded("a/b/c/z"));
        assert!(!i.excluded("b/z"));
    }

    #[test]
    fn directories_and_exceptions() {
        let i = ig("build\n!build/keep\n");
        assert!(i.excluded("build"));
        assert!(i.excluded("build/out/x"), "a parent's match excludes");
        assert!(!i.excluded("build/keep"));
        assert!(
            !i.excluded("build/keep/deep"),
            "re-included with its parent"
        );
        assert!(i.may_include_below("build"));
        assert!(!i.may_include_below("build/out"));
        assert!(i.may_include_below("build/keep"));

        // The last match wins.
        let i = ig("*.md\n!README.md\nREADME.md\n");
        assert!(i.excluded("README.md"));
        let i = ig("*\n!*/keep\n");
        assert!(i.excluded("a"));
        assert!(i.may_include_below("a"));
        assert!(!i.excluded("a/keep"));
        assert!(i.excluded("a/other"));
        assert!(!i.may_include_below("a/other"));
        let i = ig("x\n!**/y\n");
        assert!(i.may_include_below("x"));
        assert!(!ig("x\n").may_include_below("x"));
    }

    /// The examples of docker's reference for the ignore file.
    #[test]
    fn reference_examples() {
        let i = ig("# comment\n*/temp*\n*/*/temp*\ntemp?\n");
        assert!(i.excluded("somedir/temporary.txt"));
        assert!(i.excluded("somedir/temp"));
        assert!(i.excluded("somedir/subdir/temporary.txt"));
        assert!(i.excluded("tempa"));
        assert!(!i.excluded("temporary.txt"));
        assert!(!i.excluded("a/b/c/temp"));

        let i = ig("*.md\n!README*.md\nREADME-secret.md\n");
        assert!(i.excluded("CHANGES.md"));
        assert!(!i.excluded("README.md"));
        assert!(i.excluded("README-secret.md"));
        let i = ig("*.md\nREADME-secret.md\n!README*.md\n");
        assert!(!i.excluded("README-secret.md"));

        let i = ig("**/*.go\n");
        assert!(i.excluded("main.go"));
        assert!(i.excluded("a/b/main.go"));
    }

    #[test]
    fn clean_is_lexical() {
        assert_eq!(clean("./a//b/../c/"), "a/c");
        assert_eq!(clean("/../x"), "x");
        assert_eq!(clean("/"), "/");
        assert_eq!(clean(""), ".");
        assert_eq!(clean("../x"), "../x");
        assert!(has_glob("a/*.txt"));
        assert!(!has_glob("a\\*b"));
    }
}
