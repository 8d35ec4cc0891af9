//! Help as scripts and people reach it: `help` and `help COMMAND` as commands, every
//! `--help` starting with `Usage:` and the synopsis (podman's shape: `[options]`,
//! upper-case arguments, `[command]` for a group), a group without its subcommand printing
//! its usage and "missing command" with 125, an unknown subcommand named with 125.

use crate::common::*;

/// The subcommand names a help text lists under `Commands:`.
fn listed_commands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect()
}

/// Check `berth PATH... --help` and recurse into a group's subcommands; returns how many
/// commands were checked.
fn check(env: &TestEnv, path: &[String]) -> usize {
    let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
    args.push("--help");
    let out = env.berth(&args).success();
    let text = out.stdout();
    let lines: Vec<&str> = text.lines().collect();
    let shown = format!("berth {}", path.join(" "));
    assert_eq!(lines.first(), Some(&"Usage:"), "{shown}: {out}");
    let synopsis = lines[1];
    let prefix = format!("  {} ", shown.trim_end());
    assert!(
        format!("{synopsis} ").starts_with(&prefix),
        "{shown}: synopsis {synopsis:?}"
    );
    let words = synopsis[prefix.len().min(synopsis.len())..].trim();
    assert!(!words.contains("[OPTION"), "{shown}: {synopsis}");
    assert_eq!(
        words.contains("[options]"),
        text.contains("\nOptions:\n") && !words.starts_with("[command]"),
        "{shown}: [options] in the synopsis iff an Options: section: {out}"
    );
    let subs = listed_commands(&text);
    if subs.is_empty() {
        return 1;
    }
    assert!(words.ends_with("[command]"), "{shown}: {synopsis}");
    if !path.is_empty() {
        // A group alone: its usage, podman's error line, 125.
        let out = env.berth(path).run().error_status_after_usage(125);
        assert!(
            out.stderr().contains(&format!(
                "Error: missing command '{} COMMAND'",
                shown.trim_end()
            )),
            "{out}"
        );
    }
    let mut nosuch: Vec<&str> = path.iter().map(String::as_str).collect();
    nosuch.push("NoSuchCommand");
    env.berth(&nosuch).run().berth_error().stderr_contains(
        &format!("unrecognized command `{shown} NoSuchCommand`").replace("  ", " "),
    );
    let mut n = 0;
    for sub in subs {
        let mut p = path.to_vec();
        p.push(sub);
        n += check(env, &p);
    }
    n
}

trait UsageThenError {
    fn error_status_after_usage(self, code: i32) -> Output;
}

impl UsageThenError for Output {
    /// The usage on stderr, then one `Error:` line last.
    #[track_caller]
    fn error_status_after_usage(self, code: i32) -> Output {
        let err = self.stderr();
        assert_eq!(self.code(), Some(code), "{self}");
        assert!(err.starts_with("Usage:\n"), "{self}");
        assert!(
            err.trim_end()
                .lines()
                .last()
                .unwrap()
                .starts_with("Error: "),
            "{self}"
        );
        assert_eq!(err.matches("Error: ").count(), 1, "{self}");
        self
    }
}

#[test]
fn every_help_starts_with_usage_and_groups_want_a_command() {
    let env = TestEnv::new();
    let n = check(&env, &[]);
    assert!(n > 60, "only {n} commands found");

    // help as a command.
    let top = env.berth(&["help"]).success().stdout();
    assert!(
        top.starts_with("Usage:\n  berth [options] [command]\n"),
        "{top}"
    );
    let out = env.berth(&["help", "ps"]).success();
    assert!(
        out.stdout().starts_with("Usage:\n  berth ps [options]\n"),
        "{out}"
    );
    let out = env.berth(&["help", "network", "create"]).success();
    assert!(
        out.stdout()
            .starts_with("Usage:\n  berth network create [options] NAME\n"),
        "{out}"
    );
    env.berth(&["help", "nosuch"])
        .run()
        .berth_error()
        .stderr_contains("unrecognized command `berth nosuch`");
}

#[test]
fn latest_with_names_or_all_is_refused_in_podmans_words() {
    let env = TestEnv::new();
    for cmd in [
        "stop", "kill", "rm", "wait", "pause", "unpause", "restart", "start",
    ] {
        env.berth(&[cmd, "-l", "nonexistent-container"])
            .run()
            .berth_error()
            .stderr_contains("--latest and containers cannot be used together");
    }
    for cmd in ["stop", "kill", "rm", "wait", "pause", "unpause", "restart"] {
        env.berth(&[cmd, "--all", "--latest"])
            .run()
            .berth_error()
            .stderr_contains("--all and --latest cannot be used together");
    }
}
