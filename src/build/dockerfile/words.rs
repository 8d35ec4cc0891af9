//! How an instruction's arguments split into words before any expansion: on plain
//! whitespace, on whitespace outside quotes (quotes and escapes kept for the expander), or
//! as a JSON array of strings.

/// The whitespace that separates an instruction's keyword and plain words.
pub(super) fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0b' | '\x0c' | '\r')
}

/// Words separated by runs of blanks, quotes not considered (FROM, EXPOSE, and the shell form
/// of COPY, ADD and VOLUME: the expander removes quotes from each word later).
pub(super) fn split_blank(rest: &str) -> Vec<String> {
    rest.split(is_blank)
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Words separated by whitespace outside quotes; quotes and escapes stay in the words (ARG,
/// ENV, LABEL). An unterminated quote runs to the end of the line (the expander reports it).
pub(super) fn split_quoted(rest: &str, escape: char) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    // A quoted empty string ("") is a word of its own.
    let mut quoted = false;
    let mut quote: Option<char> = None;
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match quote {
            None if c.is_whitespace() => {
                if quoted || !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                    quoted = false;
                }
            }
            None => {
                if c == '\'' || c == '"' {
                    quote = Some(c);
                    quoted = true;
                }
                if c == escape {
                    // An escape at the very end is dropped; otherwise it and the next
                    // character go in as they are, whatever that character is.
                    let Some(next) = chars.next() else { break };
                    word.push(c);
                    word.push(next);
                    continue;
                }
                word.push(c);
            }
            Some(q) => {
                if c == q {
                    quote = None;
                } else if c == escape && q != '\'' {
                    let Some(next) = chars.next() else {
                        quote = None;
                        continue;
                    };
                    word.push(c);
                    word.push(next);
                    continue;
                }
                word.push(c);
            }
        }
    }
    if quoted || !word.is_empty() {
        words.push(word);
    }
    words
}

/// What the arguments of a RUN, CMD, ENTRYPOINT, SHELL, COPY, ADD or VOLUME are.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Json {
    /// A JSON array of strings: the exec form.
    Strings(Vec<String>),
    /// Valid JSON but not an array of strings: an error, as the shell form would hide a typo.
    NotStrings,
    /// Not JSON at all: the shell form.
    No,
}

/// Reads the arguments as a JSON array. serde_json's nesting limit (128) keeps a deeply
/// nested array from exhausting the stack; such an array is "not JSON".
pub(super) fn json_array(rest: &str) -> Json {
    let rest = rest.trim_start();
    if !rest.starts_with('[') {
        return Json::No;
    }
    if let Ok(strings) = serde_json::from_str::<Vec<String>>(rest) {
        return Json::Strings(strings);
    }
    match serde_json::from_str::<Vec<serde::de::IgnoredAny>>(rest) {
        Ok(_) => Json::NotStrings,
        Err(_) => Json::No,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_split_ignores_quotes() {
        assert_eq!(split_blank("a  \"b c\"\td"), ["a", "\"b", "c\"", "d"]);
        assert!(split_blank("").is_empty());
    }

    #[test]
    fn quoted_split_keeps_quotes_and_escapes() {
        assert_eq!(
            split_quoted(r#"A="x y" B=z\ w C='q\' D"#, '\\'),
            [r#"A="x y""#, r"B=z\ w", r"C='q\'", "D"]
        );
        assert_eq!(split_quoted(r#"a "" b"#, '\\'), ["a", "\"\"", "b"]);
        assert_eq!(split_quoted("a \"open", '\\'), ["a", "\"open"]);
        assert_eq!(split_quoted("a`  b", '`'), ["a` ", "b"]);
        assert_eq!(split_quoted("end\\", '\\'), ["end"]);
        assert!(split_quoted("\\", '\\').is_empty());
    }

    #[test]
    fn json_forms() {
        assert_eq!(
            json_array(r#" ["a", "b c"] "#),
            Json::Strings(vec!["a".into(), "b c".into()])
        );
        assert_eq!(json_array("[]"), Json::Strings(vec![]));
        assert_eq!(json_array(r#"["a", 1]"#), Json::NotStrings);
        assert_eq!(json_array("[a, b]"), Json::No);
        assert_eq!(json_array("echo [a]"), Json::No);
        assert_eq!(json_array(&"[".repeat(100_000)), Json::No);
    }
}
