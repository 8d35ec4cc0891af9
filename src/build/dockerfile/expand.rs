//! The shell-word expander a Dockerfile applies to the words of ENV, ARG, LABEL, COPY, ADD,
//! WORKDIR, USER, EXPOSE, VOLUME, FROM and STOPSIGNAL: `$v`, `${v}`, `${v:-w}`, `${v-w}`,
//! `${v:+w}`, `${v+w}`, `${v:?e}`, `${v?e}`, `${v#p}`, `${v##p}`, `${v%p}`, `${v%%p}`,
//! `${v/p/r}`, `${v//p/r}` (patterns with `*` and `?`), the escape character, and single and
//! double quotes, which are removed. It never runs a command (no backquotes, no `$(...)`).
//!
//! Hostile input stays bounded: nesting of `${...}` is capped, the expanded result and the
//! bytes read from variables are capped, and patterns are matched by a linear-time regex
//! engine with a capped pattern length.

use std::fmt;

/// The largest expanded word (and the largest sum of all words of one call).
pub const MAX_EXPANDED_BYTES: usize = 8 << 20;
/// The most work one call may do, counted as the bytes of variables it reads (a `${A:+x}`
/// repeated reads `A` each time without growing the result) plus [`REGEX_COST`] and the
/// pattern's length for every wildcard pattern it compiles.
const MAX_WORK: usize = 64 << 20;
/// What compiling one wildcard pattern counts for in [`MAX_WORK`]: it bounds a word made of
/// nothing but `${A#*x}` to 256 compilations (a real word has a few).
const REGEX_COST: usize = 256 << 10;
/// How deeply `${a:-${b:-...}}` may nest.
const MAX_NESTING: usize = 64;
/// The longest `#`, `%` or `/` pattern.
const MAX_PATTERN_BYTES: usize = 4096;

/// Why a word could not be expanded; displays as one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpandError(String);

impl fmt::Display for ExpandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ExpandError {}

/// An error; control characters in it are escaped, whatever user text a caller put in, so
/// that it stays one line.
fn err<T>(msg: impl Into<String>) -> Result<T, ExpandError> {
    Err(ExpandError(super::one_line(&msg.into())))
}

/// Looks a variable up: `None` when it is not set (as opposed to set and empty).
pub type Vars<'a> = &'a dyn Fn(&str) -> Option<String>;

/// A variable source with nothing set.
pub fn no_vars(_: &str) -> Option<String> {
    None
}

/// How the expander treats quotes, escapes and unset variables. [`word`] and [`words`] use
/// the defaults; the parser's heredoc detection and [`heredoc`] keep quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lexer {
    /// The Dockerfile's escape character (`\` or `` ` ``).
    pub escape: char,
    /// Keep quote characters in the result instead of removing them.
    pub raw_quotes: bool,
    /// Keep escape characters in the result instead of removing them.
    pub raw_escapes: bool,
    /// Leave references to unset variables as written instead of substituting "".
    pub skip_unset: bool,
}

impl Lexer {
    pub fn new(escape: char) -> Self {
        Lexer {
            escape,
            raw_quotes: false,
            raw_escapes: false,
            skip_unset: false,
        }
    }

    /// `raw` expanded into one string (quotes removed, whitespace kept).
    pub fn word(&self, raw: &str, vars: Vars) -> Result<String, ExpandError> {
        let mut scan = Scan::new(*self, raw, vars);
        let (result, _) = scan.until(None, self.raw_escapes)?;
        Ok(result)
    }

    /// `raw` expanded and split on unquoted whitespace (including whitespace that a variable's
    /// value brought in, as a shell splits it); an empty unquoted result gives no word.
    pub fn words(&self, raw: &str, vars: Vars) -> Result<Vec<String>, ExpandError> {
        let mut scan = Scan::new(*self, raw, vars);
        let (_, words) = scan.until(None, self.raw_escapes)?;
        Ok(words)
    }
}

/// One word expanded with quote removal: what ENV, ARG and LABEL keys and values, FROM, COPY
/// and ADD sources and destination, WORKDIR, USER, VOLUME and STOPSIGNAL get.
pub fn word(raw: &str, escape: char, vars: Vars) -> Result<String, ExpandError> {
    Lexer::new(escape).word(raw, vars)
}

/// Words expanded and split on unquoted whitespace: what EXPOSE gets.
pub fn words(raw: &str, escape: char, vars: Vars) -> Result<Vec<String>, ExpandError> {
    Lexer::new(escape).words(raw, vars)
}

/// A heredoc body whose delimiter was not quoted: `$VAR` forms are expanded, quotes are text
/// and stay.
pub fn heredoc(body: &str, escape: char, vars: Vars) -> Result<String, ExpandError> {
    let lexer = Lexer {
        raw_quotes: true,
        ..Lexer::new(escape)
    };
    lexer.word(body, vars)
}

/// The words of one call as the shell would split them.
#[derive(Default)]
struct Words {
    done: Vec<String>,
    word: String,
    in_word: bool,
}

impl Words {
    /// An unquoted character: whitespace ends the word.
    fn char(&mut self, c: char) {
        if c.is_whitespace() {
            if self.in_word && !self.word.is_empty() {
                self.done.push(std::mem::take(&mut self.word));
                self.in_word = false;
            }
        } else {
            self.raw_char(c);
        }
    }

    /// A quoted or escaped character: always part of the word.
    fn raw_char(&mut self, c: char) {
        self.word.push(c);
        self.in_word = true;
    }

    fn str(&mut self, s: &str) {
        s.chars().for_each(|c| self.char(c));
    }

    fn raw_str(&mut self, s: &str) {
        self.word.push_str(s);
        self.in_word = true;
    }

    fn finish(mut self) -> Vec<String> {
        if !self.word.is_empty() {
            self.done.push(self.word);
        }
        self.done
    }
}

struct Scan<'a, 'v> {
    lexer: Lexer,
    src: &'a str,
    pos: usize,
    vars: Vars<'v>,
    work: usize,
    depth: usize,
}

impl<'a, 'v> Scan<'a, 'v> {
    fn new(lexer: Lexer, src: &'a str, vars: Vars<'v>) -> Self {
        Scan {
            lexer,
            src,
            pos: 0,
            vars,
            work: 0,
            depth: 0,
        }
    }

    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn lookup(&mut self, name: &str) -> Result<Option<String>, ExpandError> {
        let value = (self.vars)(name);
        self.charge(value.as_ref().map_or(0, String::len))?;
        Ok(value)
    }

    fn charge(&mut self, work: usize) -> Result<(), ExpandError> {
        self.work += work;
        if self.work > MAX_WORK {
            return err(format!(
                "expansion exceeds its work limit ({MAX_WORK} bytes of variables and patterns)"
            ));
        }
        Ok(())
    }

    /// A pattern's pieces; a wildcard one is charged for the regex it becomes.
    fn pattern(&mut self, pattern: &str) -> Result<Vec<Tok>, ExpandError> {
        let toks = tokens(pattern)?;
        if literal(&toks).is_none() {
            self.charge(REGEX_COST + pattern.len())?;
        }
        Ok(toks)
    }

    /// Reads up to `stop` (consumed) or the end of input, expanding as it goes; returns the
    /// string and its words.
    fn until(
        &mut self,
        stop: Option<char>,
        raw_escapes: bool,
    ) -> Result<(String, Vec<String>), ExpandError> {
        let mut result = String::new();
        let mut words = Words::default();
        while let Some(c) = self.peek() {
            if Some(c) == stop {
                self.next();
                return Ok((result, words.finish()));
            }
            match c {
                '\'' => {
                    let s = self.single_quoted()?;
                    words.raw_str(&s);
                    result.push_str(&s);
                }
                '"' => {
                    let s = self.double_quoted()?;
                    words.raw_str(&s);
                    result.push_str(&s);
                }
                '$' => {
                    let s = self.dollar()?;
                    words.str(&s);
                    result.push_str(&s);
                }
                _ => {
                    self.next();
                    if c == self.lexer.escape {
                        if raw_escapes {
                            words.raw_char(c);
                            result.push(c);
                        }
                        // The escape character escapes the next one, and vanishes at the end.
                        let Some(escaped) = self.next() else { break };
                        words.raw_char(escaped);
                        result.push(escaped);
                    } else {
                        words.char(c);
                        result.push(c);
                    }
                }
            }
            check_size(&result)?;
        }
        match stop {
            Some(stop) => err(format!(
                "unexpected end of statement while looking for matching {stop}"
            )),
            None => Ok((result, words.finish())),
        }
    }

    /// `'...'`: every character literal, no escapes.
    fn single_quoted(&mut self) -> Result<String, ExpandError> {
        let mut result = String::new();
        let open = self.next();
        if self.lexer.raw_quotes {
            result.extend(open);
        }
        loop {
            match self.next() {
                None => {
                    return err(
                        "unexpected end of statement while looking for matching single-quote",
                    );
                }
                Some('\'') => {
                    if self.lexer.raw_quotes {
                        result.push('\'');
                    }
                    return Ok(result);
                }
                Some(c) => result.push(c),
            }
        }
    }

    /// `"..."`: `$` expands; the escape character escapes only `"`, `$` and itself.
    fn double_quoted(&mut self) -> Result<String, ExpandError> {
        let mut result = String::new();
        let open = self.next();
        if self.lexer.raw_quotes {
            result.extend(open);
        }
        loop {
            match self.peek() {
                None => {
                    return err(
                        "unexpected end of statement while looking for matching double-quote",
                    );
                }
                Some('"') => {
                    self.next();
                    if self.lexer.raw_quotes {
                        result.push('"');
                    }
                    return Ok(result);
                }
                Some('$') => {
                    let s = self.dollar()?;
                    result.push_str(&s);
                }
                Some(c) => {
                    self.next();
                    if c == self.lexer.escape {
                        let escapable = matches!(self.peek(), Some(n) if n == '"' || n == '$' || n == self.lexer.escape);
                        if self.lexer.raw_escapes || !escapable {
                            result.push(c);
                        }
                        if escapable {
                            result.extend(self.next());
                        }
                    } else {
                        result.push(c);
                    }
                }
            }
            check_size(&result)?;
        }
    }

    /// A name after `$`: letters, digits and `_`; or a run of digits; or one special
    /// parameter character.
    fn name(&mut self) -> String {
        let mut name = String::new();
        while let Some(c) = self.peek() {
            if name.is_empty() && c.is_numeric() {
                while let Some(d) = self.peek().filter(|d| d.is_numeric()) {
                    self.next();
                    name.push(d);
                }
                return name;
            }
            if name.is_empty() && matches!(c, '@' | '*' | '#' | '?' | '-' | '$' | '!') {
                self.next();
                name.push(c);
                return name;
            }
            if !c.is_alphanumeric() && c != '_' {
                break;
            }
            self.next();
            name.push(c);
        }
        name
    }

    fn dollar(&mut self) -> Result<String, ExpandError> {
        self.next();
        if self.peek() != Some('{') {
            let name = self.name();
            if name.is_empty() {
                return Ok("$".to_string());
            }
            return Ok(match self.lookup(&name)? {
                Some(value) => value,
                None if self.lexer.skip_unset => format!("${name}"),
                None => String::new(),
            });
        }
        self.next();
        match self.peek() {
            None => return err("syntax error: missing '}'"),
            Some('{' | '}' | ':') => return err("syntax error: bad substitution"),
            Some(_) => {}
        }
        if self.depth >= MAX_NESTING {
            return err(format!("substitutions nested more than {MAX_NESTING} deep"));
        }
        self.depth += 1;
        let result = self.braced();
        self.depth -= 1;
        result
    }

    /// The inside of `${...}` after the `{`.
    fn braced(&mut self) -> Result<String, ExpandError> {
        let name = self.name();
        let Some(mut modifier) = self.next() else {
            return err("syntax error: missing '}'");
        };
        let mut shown = modifier.to_string();
        let mut null_is_unset = false;
        match modifier {
            '}' => {
                return Ok(match self.lookup(&name)? {
                    Some(value) => value,
                    None if self.lexer.skip_unset => format!("${{{name}}}"),
                    None => String::new(),
                });
            }
            ':' => {
                null_is_unset = true;
                let Some(next) = self.next() else {
                    return err("syntax error: missing '}'");
                };
                modifier = next;
                shown.push(next);
            }
            '/' => return self.substitute(&name),
            _ => {}
        }
        if !matches!(modifier, '+' | '-' | '?' | '#' | '%')
            || null_is_unset && matches!(modifier, '#' | '%')
        {
            return err(format!(
                "unsupported modifier ({}) in substitution",
                super::shown(&shown)
            ));
        }
        let pattern = matches!(modifier, '#' | '%');
        let word = self.operand('}', pattern)?;
        let value = self.lookup(&name)?;
        if self.lexer.skip_unset && value.is_none() {
            return Ok(format!("${{{name}{shown}{word}}}"));
        }
        let empty = value
            .as_deref()
            .is_none_or(|v| null_is_unset && v.is_empty());
        match modifier {
            '-' => Ok(if empty {
                word
            } else {
                value.unwrap_or_default()
            }),
            '+' => Ok(if empty { String::new() } else { word }),
            '?' => match value {
                Some(v) if !empty => Ok(v),
                _ => {
                    let message = if !word.is_empty() {
                        word
                    } else if value.is_none() {
                        "is not allowed to be unset".to_string()
                    } else {
                        "is not allowed to be empty".to_string()
                    };
                    err(format!(
                        "{}: {}",
                        super::shown(&name),
                        super::shown(&message)
                    ))
                }
            },
            _ => {
                let value = value.unwrap_or_default();
                let (greedy, pattern) = match word.strip_prefix(modifier) {
                    Some(rest) => (true, rest),
                    None => (false, word.as_str()),
                };
                let toks = self.pattern(pattern)?;
                if modifier == '#' {
                    trim_prefix(&value, &toks, greedy)
                } else {
                    trim_suffix(&value, toks, greedy)
                }
            }
        }
    }

    /// The word of a `${v:-word}` form, read up to `stop`.
    fn operand(&mut self, stop: char, raw_escapes: bool) -> Result<String, ExpandError> {
        match self.until(Some(stop), raw_escapes) {
            Ok((word, _)) => Ok(word),
            Err(_) if self.peek().is_none() => err(format!("syntax error: missing '{stop}'")),
            Err(e) => Err(e),
        }
    }

    /// `${v/pattern/replacement}` and `${v//pattern/replacement}` after the first `/`.
    fn substitute(&mut self, name: &str) -> Result<String, ExpandError> {
        let all = self.peek() == Some('/');
        if all {
            self.next();
        }
        let pattern = match self.until(Some('/'), true) {
            Ok((word, _)) => word,
            Err(_) if self.peek().is_none() => return err("syntax error: missing '/' in ${}"),
            Err(e) => return Err(e),
        };
        let replacement = self.operand('}', true)?;
        let value = self.lookup(name)?;
        let Some(value) = value else {
            if self.lexer.skip_unset {
                let slash = if all { "//" } else { "/" };
                return Ok(format!("${{{name}{slash}{pattern}/{replacement}}}"));
            }
            return Ok(String::new());
        };
        let toks = self.pattern(&pattern)?;
        let replaced = match literal(&toks) {
            Some(lit) if !lit.is_empty() && all => value.replace(&lit, &replacement),
            Some(lit) if !lit.is_empty() => value.replacen(&lit, &replacement, 1),
            // Wildcards, and the empty pattern, which matches before every character.
            _ => {
                let re = pattern_regex(&toks, true, false)?;
                let replacement = regex::NoExpand(&replacement);
                match all {
                    true => re.replace_all(&value, replacement).into_owned(),
                    false => re.replace(&value, replacement).into_owned(),
                }
            }
        };
        check_size(&replaced)?;
        Ok(replaced)
    }
}

fn check_size(s: &str) -> Result<(), ExpandError> {
    if s.len() > MAX_EXPANDED_BYTES {
        return err(format!(
            "expansion is larger than {MAX_EXPANDED_BYTES} bytes"
        ));
    }
    Ok(())
}

/// One piece of a `#`, `%` or `/` pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Lit(char),
    /// `?`: any one character.
    One,
    /// `*`: any run of characters.
    Star,
}

/// A pattern's pieces. The escape in a pattern is always `\`: `\*`, `\?` and `\\` are literal,
/// `\}` and `\/` are the characters themselves (escaped only to get past the `${}` reader).
fn tokens(pattern: &str) -> Result<Vec<Tok>, ExpandError> {
    if pattern.len() > MAX_PATTERN_BYTES {
        return err(format!(
            "pattern in substitution is longer than {MAX_PATTERN_BYTES} bytes"
        ));
    }
    let mut out = Vec::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(match c {
            '*' => Tok::Star,
            '?' => Tok::One,
            '\\' => match chars.next() {
                Some(e @ ('*' | '?' | '\\' | '}' | '/')) => Tok::Lit(e),
                Some(e) => {
                    let (pattern, e) = (super::shown(pattern), super::shown(&e.to_string()));
                    return err(format!(
                        "invalid pattern ({pattern}) in substitution: invalid escape '\\{e}'"
                    ));
                }
                None => {
                    let pattern = super::shown(pattern);
                    return err(format!(
                        "invalid pattern ({pattern}) in substitution: trailing '\\'"
                    ));
                }
            },
            c => Tok::Lit(c),
        });
    }
    Ok(out)
}

/// A regex for the pattern: `*` shortest-first unless greedy, optionally anchored at the start.
fn pattern_regex(toks: &[Tok], greedy: bool, anchored: bool) -> Result<regex::Regex, ExpandError> {
    let mut re = String::with_capacity(toks.len() * 2 + 1);
    if anchored {
        re.push('^');
    }
    for tok in toks {
        match tok {
            Tok::Star if greedy => re.push_str(".*"),
            Tok::Star => re.push_str(".*?"),
            Tok::One => re.push('.'),
            Tok::Lit(c) => re.push_str(&regex::escape(c.encode_utf8(&mut [0; 4]))),
        }
    }
    regex::Regex::new(&re).or_else(|e| err(format!("invalid pattern in substitution: {e}")))
}

/// The pattern as plain text when it has no wildcard: matched without a regex.
fn literal(toks: &[Tok]) -> Option<String> {
    toks.iter()
        .map(|t| match t {
            Tok::Lit(c) => Some(*c),
            _ => None,
        })
        .collect()
}

/// `${v#p}` (shortest) and `${v##p}` (longest): `value` without the prefix `p` matches.
fn trim_prefix(value: &str, toks: &[Tok], greedy: bool) -> Result<String, ExpandError> {
    if let Some(lit) = literal(toks) {
        return Ok(value
            .strip_prefix(lit.as_str())
            .unwrap_or(value)
            .to_string());
    }
    let re = pattern_regex(toks, greedy, true)?;
    Ok(match re.find(value) {
        Some(m) => value[m.end()..].to_string(),
        None => value.to_string(),
    })
}

/// `${v%p}` (shortest) and `${v%%p}` (longest): matched on the reversed value with the
/// reversed pattern, which turns the rightmost match into a leftmost one.
fn trim_suffix(value: &str, mut toks: Vec<Tok>, greedy: bool) -> Result<String, ExpandError> {
    if let Some(lit) = literal(&toks) {
        return Ok(value
            .strip_suffix(lit.as_str())
            .unwrap_or(value)
            .to_string());
    }
    toks.reverse();
    let re = pattern_regex(&toks, greedy, true)?;
    let reversed: String = value.chars().rev().collect();
    Ok(match re.find(&reversed) {
        Some(m) => reversed[m.end()..].chars().rev().collect(),
        None => value.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(name: &str) -> Option<String> {
        match name {
            "HOME" => Some("/root".into()),
            "EMPTY" => Some(String::new()),
            "SPACED" => Some("a  b c".into()),
            "FILE" => Some("dir/sub/name.tar.gz".into()),
            "STAR" => Some("a*b".into()),
            "UNI" => Some("héllo wörld".into()),
            _ => None,
        }
    }

    fn w(raw: &str) -> Result<String, String> {
        word(raw, '\\', &vars).map_err(|e| e.to_string())
    }

    #[test]
    fn plain_and_braced_references() {
        let cases: &[(&str, &str)] = &[
            ("$HOME", "/root"),
            ("${HOME}/x", "/root/x"),
            ("$HOME/x$UNSET.y", "/root/x.y"),
            ("a$", "a$"),
            ("$ x", "$ x"),
            ("$1", ""),
            ("$@x", "x"),
            ("${UNI}!", "héllo wörld!"),
            ("\\$HOME", "$HOME"),
            ("\\\\$HOME", "\\/root"),
            ("a\\ b", "a b"),
            ("end\\", "end"),
            ("'$HOME \\x'", "$HOME \\x"),
            ("\"$HOME \\x \\$ \\\" \\\\\"", "/root \\x $ \" \\"),
            ("\"'$HOME'\"", "'/root'"),
            ("x\"\"y''z", "xyz"),
            ("${HOME:-d}", "/root"),
            ("${UNSET:-d}", "d"),
            ("${EMPTY:-d}", "d"),
            ("${EMPTY-d}", ""),
            ("${UNSET-d}", "d"),
            ("${HOME:+alt}", "alt"),
            ("${EMPTY:+alt}", ""),
            ("${EMPTY+alt}", "alt"),
            ("${UNSET+alt}", ""),
            ("${UNSET:-${HOME:-x}/y}", "/root/y"),
            ("${UNSET:-\"a }b\"}", "a }b"),
            ("${UNSET:-a\\}b}", "a}b"),
            ("${HOME:?must be set}", "/root"),
            ("${EMPTY?x}", ""),
            ("${FILE#*/}", "sub/name.tar.gz"),
            ("${FILE##*/}", "name.tar.gz"),
            ("${FILE%.*}", "dir/sub/name.tar"),
            ("${FILE%%.*}", "dir/sub/name"),
            ("${FILE#dir}", "/sub/name.tar.gz"),
            ("${FILE#nomatch}", "dir/sub/name.tar.gz"),
            ("${FILE%n?me.tar.gz}", "dir/sub/"),
            ("${STAR#a\\*}", "b"),
            ("${STAR#a\\?}", "a*b"),
            ("${UNSET#x}", ""),
            ("${FILE/sub/SUB}", "dir/SUB/name.tar.gz"),
            ("${FILE//a/A}", "dir/sub/nAme.tAr.gz"),
            ("${FILE/*\\//}", "name.tar.gz"),
            ("${FILE//$/x}", "dir/sub/name.tar.gz"),
            ("${UNI#h?}", "llo wörld"),
            ("${UNI%ö*}", "héllo w"),
        ];
        for (raw, want) in cases {
            assert_eq!(w(raw).as_deref(), Ok(*want), "{raw}");
        }
    }

    #[test]
    fn errors() {
        let cases: &[(&str, &str)] = &[
            ("${", "syntax error: missing '}'"),
            ("${HOME", "syntax error: missing '}'"),
            ("${HOME:-x", "syntax error: missing '}'"),
            ("${}", "syntax error: bad substitution"),
            ("${:-x}", "syntax error: bad substitution"),
            ("${{x}}", "syntax error: bad substitution"),
            ("${HOME:#x}", "unsupported modifier (:#) in substitution"),
            ("${HOME^^}", "unsupported modifier (^) in substitution"),
            ("${UNSET:?}", "UNSET: is not allowed to be unset"),
            ("${EMPTY:?}", "EMPTY: is not allowed to be empty"),
            ("${UNSET?custom message}", "UNSET: custom message"),
            (
                "'open",
                "unexpected end of statement while looking for matching single-quote",
            ),
            (
                "\"open",
                "unexpected end of statement while looking for matching double-quote",
            ),
            (
                "${HOME#\\x}",
                "invalid pattern (\\x) in substitution: invalid escape '\\x'",
            ),
            ("${HOME/x}", "syntax error: missing '/' in ${}"),
            // Found by the fuzzer: the escaped character was a line break.
            (
                "${HOME#a\\\n}",
                "invalid pattern (a\\\\n) in substitution: invalid escape '\\\\n'",
            ),
        ];
        for (raw, want) in cases {
            assert_eq!(w(raw), Err(want.to_string()), "{raw}");
        }
    }

    #[test]
    fn words_split_on_unquoted_whitespace() {
        let ws = |raw: &str| words(raw, '\\', &vars).unwrap();
        assert_eq!(ws("80/tcp  443"), ["80/tcp", "443"]);
        assert_eq!(ws("$SPACED"), ["a", "b", "c"]);
        assert_eq!(ws("\"$SPACED\" x"), ["a  b c", "x"]);
        assert_eq!(ws("a\\ b 'c d'"), ["a b", "c d"]);
        assert_eq!(ws("$EMPTY"), Vec::<String>::new());
        assert_eq!(ws("a \"\" b"), ["a", "b"]);
        assert_eq!(ws("${UNSET:-x y}z"), ["x", "yz"]);
    }

    #[test]
    fn backtick_escape() {
        assert_eq!(
            word("C:`\\dir` x `$HOME", '`', &vars).unwrap(),
            "C:\\dir x $HOME"
        );
        assert_eq!(word("\"a`\"b\"", '`', &vars).unwrap(), "a\"b");
        assert_eq!(word("a\\b", '`', &vars).unwrap(), "a\\b");
    }

    #[test]
    fn heredoc_bodies_keep_quotes() {
        assert_eq!(
            heredoc("echo \"$HOME\" '$HOME'\n", '\\', &vars).unwrap(),
            "echo \"/root\" '$HOME'\n"
        );
    }

    #[test]
    fn skip_unset_keeps_references() {
        let lexer = Lexer {
            skip_unset: true,
            ..Lexer::new('\\')
        };
        assert_eq!(
            lexer.word("$X ${X} ${X:-d} $HOME", &vars).unwrap(),
            "$X ${X} ${X:-d} /root"
        );
    }

    #[test]
    fn hostile_words_are_bounded() {
        let deep = format!("{}x{}", "${A:-".repeat(10_000), "}".repeat(10_000));
        assert!(w(&deep).unwrap_err().contains("nested"));
        let deep_ok = format!("{}x{}", "${A:-".repeat(60), "}".repeat(60));
        assert_eq!(w(&deep_ok).as_deref(), Ok("x"));
        let big = |name: &str| (name == "BIG").then(|| "x".repeat(1 << 20));
        let fails_with = |raw: &str, vars: Vars, needle: &str| {
            let e = word(raw, '\\', vars).unwrap_err().to_string();
            assert!(e.contains(needle), "{e}");
        };
        fails_with(&"$BIG".repeat(100), &big, "larger than");
        fails_with(&"${BIG:+}".repeat(100), &big, "work limit");
        let long_pattern = format!("${{BIG#{}}}", "*?".repeat(5000));
        fails_with(&long_pattern, &big, "longer than");
        // Compiling a wildcard pattern counts as work; a literal one needs no regex.
        let one = |name: &str| (name == "ONE").then(|| "x".to_string());
        fails_with(&"${ONE#*x}".repeat(500), &one, "work limit");
        let plain = "${ONE#x}${ONE%y}${ONE/x/z}".repeat(100_000);
        assert_eq!(word(&plain, '\\', &one).map(|s| s.len()), Ok(200_000));
        let stars = format!("${{BIG%%{}y}}", "*x".repeat(1000));
        assert_eq!(word(&stars, '\\', &big).map(|s| s.len()), Ok(1 << 20));
        assert!(w(&"\"".repeat(100_001)).is_err());
        assert!(w(&"'".repeat(100_000)).is_ok());
        assert!(w("\0$\0${\0}").is_err());
    }
}
