//! man/ and completions/ are generated from the clap tree; this test fails when the
//! checked-in files no longer match the CLI. Refresh them with:
//!
//!     BERTH_UPDATE_GENERATED=1 cargo test --test it generated_files::

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const REFRESH: &str = "BERTH_UPDATE_GENERATED=1 cargo test --test it generated_files::";

/// Every generated file, by path relative to the repository root.
fn generated() -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut cmd = berth::cli::command();
    cmd.build();
    man_pages(&cmd, &mut files);
    for (shell, name) in [
        (clap_complete::Shell::Bash, "berth.bash"),
        (clap_complete::Shell::Zsh, "_berth"),
        (clap_complete::Shell::Fish, "berth.fish"),
    ] {
        files.insert(
            Path::new("completions").join(name),
            berth::cmd::completion::script(shell),
        );
    }
    files
}

/// One page per command and subcommand (berth.1, berth-run.1, berth-image-ls.1, ...).
/// The global flags are berth's own: they are listed on berth.1 only.
fn man_pages(cmd: &clap::Command, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        man_pages(sub, files);
    }
    let man = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    man.render(&mut page).expect("rendering a man page");
    files.insert(Path::new("man").join(man.get_filename()), page);
}

/// Files currently in the generated directories.
fn checked_in(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for dir in ["man", "completions"] {
        let Ok(rd) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in rd.flatten() {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let rel = Path::new(dir).join(&name);
            files.insert(
                rel,
                std::fs::read(entry.path()).expect("reading a generated file"),
            );
        }
    }
    files
}

#[test]
fn man_pages_and_completions_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let want = generated();
    let have = checked_in(root);
    if std::env::var_os("BERTH_UPDATE_GENERATED").is_some_and(|v| v == "1") {
        for (rel, data) in &want {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            if have.get(rel) != Some(data) {
                std::fs::write(&path, data).unwrap();
            }
        }
        for rel in have.keys().filter(|k| !want.contains_key(*k)) {
            std::fs::remove_file(root.join(rel)).unwrap();
        }
        return;
    }
    let mut problems = Vec::new();
    for (rel, data) in &want {
        match have.get(rel) {
            None => problems.push(format!("missing: {}", rel.display())),
            Some(d) if d != data => problems.push(format!("stale:   {}", rel.display())),
            Some(_) => {}
        }
    }
    for rel in have.keys().filter(|k| !want.contains_key(*k)) {
        problems.push(format!(
            "extra:   {} (no such command any more)",
            rel.display()
        ));
    }
    assert!(
        problems.is_empty(),
        "man pages / completions do not match the CLI:\n  {}\nrefresh them with:\n  {REFRESH}",
        problems.join("\n  ")
    );
}
