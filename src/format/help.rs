//! `--help` text in the shape docker's and podman's users (and podman's own help checks)
//! expect: it starts with `Usage:`, the synopsis on the next line, two spaces in, with
//! `[options]` before the arguments, arguments in upper case (`CONTAINER [CONTAINER...]`)
//! and `[command]` for a group.

/// clap's help text (`about`, `Usage: berth ps [OPTIONS]`, sections) reshaped.
pub fn reshape(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let Some(start) = lines.iter().position(|l| l.starts_with("Usage:")) else {
        return text.to_owned();
    };
    let mut end = start + 1;
    while end < lines.len() && lines[end].starts_with(' ') && !lines[end].trim().is_empty() {
        end += 1;
    }
    let has_options = lines.contains(&"Options:");
    let mut out = String::from("Usage:\n");
    for l in &lines[start..end] {
        let synopsis = l.strip_prefix("Usage:").unwrap_or(l).trim();
        out.push_str("  ");
        out.push_str(&synopsis_words(synopsis, has_options));
        out.push('\n');
    }
    // The rest as it was, without the blank lines doubled where the usage was taken out.
    let mut rest: Vec<&str> = Vec::new();
    for l in lines[..start].iter().chain(&lines[end..]) {
        let blank = l.trim().is_empty();
        if !(blank && rest.last().is_none_or(|p| p.trim().is_empty())) {
            rest.push(l);
        }
    }
    for l in rest {
        out.push('\n');
        out.push_str(l);
    }
    out.push('\n');
    out
}

/// One synopsis (`berth rm [OPTIONS] [CONTAINER]...`) in the lower-case-flags,
/// upper-case-arguments form: `berth rm [options] [CONTAINER...]`.
fn synopsis_words(synopsis: &str, has_options: bool) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut saw_options = false;
    for w in synopsis.split_whitespace() {
        let word = match w {
            "[OPTIONS]" => {
                saw_options = true;
                "[options]".to_owned()
            }
            "<COMMAND>" => "[command]".to_owned(),
            _ if w.starts_with('<') && w.ends_with(">...") => {
                let name = &w[1..w.len() - 4];
                format!("{name} [{name}...]")
            }
            _ if w.starts_with('<') && w.ends_with('>') => w[1..w.len() - 1].to_owned(),
            _ if w.starts_with('[') && w.ends_with("]...") => {
                format!("[{}...]", &w[1..w.len() - 4])
            }
            _ => w.to_owned(),
        };
        words.push(word);
    }
    // A group's synopsis is the command path and `[command]` alone.
    let group = words.iter().any(|w| w == "[command]");
    if has_options && !saw_options && !group {
        // After the command words: the first argument is upper case or bracketed.
        let at = (words.iter().skip(1))
            .position(|w| !w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
            .map_or(words.len(), |i| i + 1);
        words.insert(at, "[options]".to_owned());
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_comes_first_in_podman_form() {
        let clap = "Remove one or more containers\n\nUsage: berth rm [OPTIONS] [CONTAINER]...\n\nArguments:\n  [CONTAINER]...  Containers\n\nOptions:\n  -f, --force  Force\n";
        assert_eq!(
            reshape(clap),
            "Usage:\n  berth rm [options] [CONTAINER...]\n\nRemove one or more containers\n\nArguments:\n  [CONTAINER]...  Containers\n\nOptions:\n  -f, --force  Force\n"
        );
        let s = |u: &str| synopsis_words(u, true);
        assert_eq!(s("berth network <COMMAND>"), "berth network [command]");
        assert_eq!(
            s("berth exec [OPTIONS] <CONTAINER> <COMMAND>..."),
            "berth exec [options] CONTAINER COMMAND [COMMAND...]"
        );
        assert_eq!(
            s("berth tag <SOURCE_IMAGE[:TAG]> <TARGET_IMAGE[:TAG]>"),
            "berth tag [options] SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]"
        );
        assert_eq!(
            synopsis_words("berth image <COMMAND>", false),
            "berth image [command]"
        );
    }
}
