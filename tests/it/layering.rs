//! The layering of berth's modules, enforced: every `crate::` path in src/ is read, and an
//! import from one top-level module into another must be in [`ALLOWED`]. The picture and the
//! reasons are in docs/DESIGN.md ("Layers"); a new top-level module must be placed here.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Each top-level module of src/ and the modules it may import from. Lower layers first;
/// nothing may import a module listed after it, and the base imports nothing of berth's.
const ALLOWED: &[(&str, &[&str])] = &[
    // The base: plain data and helpers that know nothing of containers' life.
    ("spec", &[]),
    ("sys", &["spec"]),
    ("units", &[]),
    ("config", &[]),
    ("host", &[]),
    ("term", &["spec"]),
    ("init", &["sys"]),
    // Storage and the kernel's pieces, each on its own.
    ("store", &["spec", "sys", "units"]),
    ("cgroups", &["spec", "sys", "units"]),
    ("network", &["spec", "sys"]),
    (
        "sandbox",
        &["spec", "sys", "term", "init", "cgroups", "network"],
    ),
    // Images over the store; the registry over images.
    ("image", &["spec", "sys", "units", "term", "store"]),
    (
        "registry",
        &["spec", "sys", "units", "term", "config", "store", "image"],
    ),
    // The engine over all of the above.
    (
        "runtime",
        &[
            "spec", "sys", "units", "term", "host", "store", "cgroups", "network", "sandbox",
            "image",
        ],
    ),
    // Building images: its own steps through the engine.
    (
        "build",
        &[
            "spec", "sys", "units", "term", "config", "host", "store", "image", "registry",
            "runtime", "sandbox",
        ],
    ),
    // The command edge: presentation, exit statuses, the parsed command line, commands.
    ("format", &["spec", "sys", "units", "term", "registry"]),
    ("error", &["spec", "registry", "runtime"]),
    (
        "context",
        &["spec", "sys", "config", "host", "store", "sandbox"],
    ),
    ("cli", &["*"]),
    ("cmd", &["*"]),
    ("lib", &["*"]),
    ("main", &["*"]),
];

/// The rule a refused edge breaks, printed with it.
const RULE: &str = "a module imports only from the layers below it (tests/it/layering.rs \
                    ALLOWED, drawn in docs/DESIGN.md \"Layers\")";

fn allowed(from: &str) -> Option<&'static [&'static str]> {
    ALLOWED.iter().find(|(m, _)| *m == from).map(|(_, a)| *a)
}

/// The top-level module a file of src/ belongs to: `runtime` for src/runtime/io/attach.rs,
/// `units` for src/units.rs, `lib` for src/lib.rs.
fn top_module(rel: &Path) -> String {
    let first = rel.components().next().expect("a path under src/");
    let name = first.as_os_str().to_string_lossy();
    name.strip_suffix(".rs").unwrap_or(&name).to_owned()
}

/// The code of a line without its comment (`//` at the start or after white space, so a
/// URL inside a string is kept).
fn code_of(line: &str) -> &str {
    let bytes = line.as_bytes();
    for i in 0..bytes.len().saturating_sub(1) {
        if &bytes[i..i + 2] == b"//" && (i == 0 || bytes[i - 1].is_ascii_whitespace()) {
            return &line[..i];
        }
    }
    line
}

fn ident_at(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The top-level modules named by the `crate::` paths in `code`, with the path as written:
/// `crate::store::Store`, and each first name of `crate::{store::Store, spec}`.
fn crate_paths(code: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let before = &rest[..at];
        rest = &rest[at + "crate::".len()..];
        // `berth_crate::x` or `$crate::` is not a path of this crate.
        if before.ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0usize;
            let mut end = group.len();
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        end = i;
                        break;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            let inner = &group[..end];
            let mut depth = 0usize;
            let mut start = 0;
            for (i, c) in inner.char_indices().chain([(inner.len(), ',')]) {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        let item = inner[start..i].trim();
                        let name = ident_at(item);
                        if !name.is_empty() && name != "self" {
                            found.push((name.to_owned(), format!("crate::{item}")));
                        }
                        start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            let name = ident_at(rest);
            if !name.is_empty() {
                let path_len = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                    .unwrap_or(rest.len());
                found.push((name.to_owned(), format!("crate::{}", &rest[..path_len])));
            }
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Every refused edge of the tree under `src`, one line each, and the number of
/// cross-module edges seen.
fn check(src: &Path) -> (Vec<String>, usize) {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut refused = Vec::new();
    let mut unplaced = BTreeSet::new();
    let mut edges = 0;
    for file in &files {
        let rel = file.strip_prefix(src).expect("under src");
        let from = top_module(rel);
        let Some(may) = allowed(&from) else {
            unplaced.insert(from);
            continue;
        };
        let text = std::fs::read_to_string(file).expect("source is UTF-8");
        for (n, line) in text.lines().enumerate() {
            for (to, path) in crate_paths(code_of(line)) {
                if to == from {
                    continue;
                }
                edges += 1;
                if !may.contains(&"*") && !may.contains(&to.as_str()) {
                    refused.push(format!(
                        "src/{}:{}: `{path}` is an edge {from} -> {to}, which is not allowed: {RULE}; \
                         {from} may import only: {}",
                        rel.display(),
                        n + 1,
                        if may.is_empty() { "nothing of berth's".to_owned() } else { may.join(", ") }
                    ));
                }
            }
        }
    }
    for m in unplaced {
        refused.push(format!(
            "src/{m}: the top-level module `{m}` has no place in the layering: add it to ALLOWED \
             in tests/it/layering.rs and to docs/DESIGN.md \"Layers\""
        ));
    }
    (refused, edges)
}

#[test]
fn imports_point_down_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let (refused, edges) = check(&src);
    // The scan itself must see the graph: berth's modules import each other hundreds of times.
    assert!(
        edges > 100,
        "only {edges} cross-module imports found under {}",
        src.display()
    );
    assert!(
        refused.is_empty(),
        "layering broken:\n{}",
        refused.join("\n")
    );
}

#[test]
fn the_table_has_no_cycle() {
    // Every allowed target is listed before the module that may use it, so the allowed
    // edges form no cycle and the order above is a layering.
    for (i, (module, may)) in ALLOWED.iter().enumerate() {
        for target in may.iter().filter(|t| **t != "*") {
            let at = ALLOWED.iter().position(|(m, _)| m == target);
            assert!(
                at.is_some_and(|at| at < i),
                "{module} may import {target}, which is not listed below it in ALLOWED"
            );
        }
    }
}

#[test]
fn paths_are_read_as_written() {
    let paths = |code: &str| -> Vec<String> {
        crate_paths(code_of(code))
            .into_iter()
            .map(|(m, _)| m)
            .collect()
    };
    assert_eq!(paths("use crate::store::Store;"), ["store"]);
    assert_eq!(
        paths("use crate::{spec::ContainerSpec, store::{self, Store}, self};"),
        ["spec", "store"]
    );
    assert_eq!(
        paths("let x = crate::runtime::run::plan_for(a, crate::units::f(b));"),
        ["runtime", "units"]
    );
    assert_eq!(paths("// see crate::runtime for why"), Vec::<String>::new());
    assert_eq!(
        paths("let u = \"https://x.io\"; // crate::cmd"),
        Vec::<String>::new()
    );
    assert_eq!(paths("$crate::format::notice"), Vec::<String>::new());
}
