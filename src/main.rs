//! The `berth` binary: everything lives in the library so tests can reach the CLI tree.

fn main() -> std::process::ExitCode {
    berth::main_entry()
}
