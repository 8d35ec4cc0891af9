//! The Dockerfile parser and the word expander on arbitrary bytes. Besides "no panic, no
//! hang, no unbounded memory", it checks what callers rely on: an error is one line naming
//! the file, and an ONBUILD trigger stored with `trigger_text` parses back to itself.

#![no_main]

use berth::build::dockerfile::{self, expand, Instruction, Located};
use libfuzzer_sys::fuzz_target;

fn vars(name: &str) -> Option<String> {
    match name {
        "A" => Some("a value".into()),
        "EMPTY" => Some(String::new()),
        "Q" => Some("'\"$A\\".into()),
        "P" => Some("dir/sub/file.tar.gz".into()),
        _ => None,
    }
}

fn expand_all(raw: &str, escape: char) {
    for result in [
        expand::word(raw, escape, &vars),
        expand::heredoc(raw, escape, &vars),
    ] {
        if let Err(e) = result {
            assert!(!e.to_string().contains('\n'), "{e}");
        }
    }
    let _ = expand::words(raw, escape, &vars);
}

fn check_trigger(trigger: &Located<Instruction>, escape: char) {
    let text = dockerfile::trigger_text(trigger);
    let again = dockerfile::parse_instructions(&text, escape, "trigger")
        .unwrap_or_else(|e| panic!("trigger {text:?} does not parse back: {e}"));
    assert_eq!(again.len(), 1, "{text:?}");
    assert_eq!(again[0].value, trigger.value, "{text:?}");
}

fuzz_target!(|data: &[u8]| {
    match dockerfile::parse_bytes(data, "Dockerfile") {
        Err(e) => {
            let shown = e.to_string();
            assert!(shown.starts_with("Dockerfile:") && !shown.contains('\n'), "{shown}");
        }
        Ok(file) => {
            for stage in &file.stages {
                expand_all(&stage.from.value.image, file.escape);
                for step in &stage.instructions {
                    expand_all(&step.text, file.escape);
                    if let Instruction::Onbuild(trigger) = &step.value {
                        check_trigger(trigger, file.escape);
                    }
                }
            }
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        expand_all(text, '\\');
        expand_all(text, '`');
    }
});
