//! Finding the here-documents an instruction line opens (`<<EOF`, `<<-EOF`, `<<"EOF"`,
//! `2<<EOF`), in the order their bodies follow the line.

use super::expand::{Lexer, no_vars};

/// A here-document named on an instruction line, before its body is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Opener {
    pub name: String,
    /// `<<-`: leading tabs are stripped from the body and the terminator line.
    pub chomp: bool,
    /// The delimiter had no quotes, so `$VAR` in the body expands.
    pub expand: bool,
}

/// The here-documents `line` opens. The line is split into words as the shell would (quotes
/// kept); a line that does not split (an unterminated quote) opens none.
pub(super) fn openers(line: &str) -> Result<Vec<Opener>, String> {
    if !line.contains("<<") {
        return Ok(Vec::new());
    }
    let lexer = Lexer {
        raw_quotes: true,
        raw_escapes: true,
        ..Lexer::new('\\')
    };
    let Ok(words) = lexer.words(line, &no_vars) else {
        return Ok(Vec::new());
    };
    let mut found = Vec::new();
    for word in words {
        if let Some(opener) = opener(&word)? {
            found.push(opener);
        }
    }
    Ok(found)
}

/// The here-document a single word opens, if it is one: `[digits]<<[-][blanks]WORD` where
/// WORD has no `<` and lexes as one word.
pub(super) fn opener(word: &str) -> Result<Option<Opener>, String> {
    let rest = word.trim_start_matches(|c: char| c.is_ascii_digit());
    let Some(rest) = rest.strip_prefix("<<") else {
        return Ok(None);
    };
    let (chomp, rest) = match rest.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, rest),
    };
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace());
    if rest.is_empty() || rest.contains('<') {
        return Ok(None);
    }
    let plain = Lexer {
        skip_unset: true,
        ..Lexer::new('\\')
    };
    let mut words = plain
        .words(rest, &no_vars)
        .map_err(|e| format!("heredoc delimiter {}: {e}", super::shown(rest)))?;
    if words.len() != 1 {
        return Ok(None);
    }
    let name = words.pop().unwrap_or_default();
    let raw = Lexer {
        raw_quotes: true,
        ..plain
    };
    let raw_words = raw
        .words(rest, &no_vars)
        .map_err(|e| format!("heredoc delimiter {}: {e}", super::shown(rest)))?;
    let quotes = |s: &str| s.chars().filter(|c| *c == '\'' || *c == '"').count();
    let raw_quotes: usize = raw_words.iter().map(|w| quotes(w)).sum();
    Ok(Some(Opener {
        expand: quotes(&name) == raw_quotes,
        name,
        chomp,
    }))
}

/// The body of a `<<-` document: leading tabs removed from every line.
pub(super) fn chomp(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    for line in body.split_inclusive('\n') {
        out.push_str(line.trim_start_matches('\t'));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o(name: &str, chomp: bool, expand: bool) -> Opener {
        Opener {
            name: name.into(),
            chomp,
            expand,
        }
    }

    #[test]
    fn finds_openers() {
        assert_eq!(openers("<<EOF").unwrap(), [o("EOF", false, true)]);
        assert_eq!(openers("cat <<-'X' > /a").unwrap(), [o("X", true, false)]);
        assert_eq!(openers("<<\"A B\"").unwrap(), [o("A B", false, false)]);
        assert_eq!(
            openers("<<A cat /dev/stdin 3<<B").unwrap(),
            [o("A", false, true), o("B", false, true)]
        );
        assert_eq!(openers("echo '<<EOF'").unwrap(), []);
        assert_eq!(openers("echo a<<b").unwrap(), []);
        assert_eq!(openers("echo \"unterminated <<EOF").unwrap(), []);
        assert_eq!(openers("x << EOF").unwrap(), []);
        assert_eq!(openers("x <<").unwrap(), []);
    }

    #[test]
    fn chomps_tabs() {
        assert_eq!(chomp("\t\ta\n\tb\n c\n"), "a\nb\n c\n");
    }
}
