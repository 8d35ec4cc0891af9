//! berth: a daemonless, single-binary container runner with a docker-compatible CLI.
//!
//! `main_entry` parses the command line, builds the [`context::Context`] once, dispatches to
//! one `cmd::*` module and maps the outcome to an exit status (see [`error`]).

#![deny(unsafe_code)]

pub mod build;
pub mod cgroups;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod context;
pub mod error;
pub mod format;
pub mod host;
pub mod image;
pub mod init;
pub mod network;
pub mod registry;
pub mod runtime;
pub mod sandbox;
pub mod spec;
pub mod store;
pub mod term;
// The one module allowed raw system calls, each behind a safe function.
#[allow(unsafe_code)]
pub mod sys;
pub mod units;

use std::process::ExitCode;

/// Parse, dispatch, and turn the result into berth's exit status contract:
/// the container's own status, 125 for berth's failures, 126/127 for exec failures.
pub fn main_entry() -> ExitCode {
    let cli = match cli::parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    format::init_logging(cli.log_level);
    match cmd::dispatch(cli) {
        Ok(status) => ExitCode::from(status),
        Err(err) => {
            let code = error::exit_code(&err);
            if !term::is_broken_pipe(&err) {
                format::error_line(&err);
            }
            ExitCode::from(code)
        }
    }
}
