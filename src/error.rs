//! Error kinds that decide the exit status. Exit codes come from types, never from text.
//!
//! 125: berth itself failed; 126: the command could not be invoked; 127: the command was
//! not found; a container's own status (or 128+N for signal N) passes through as `Ok`.

use std::io;

pub use crate::spec::exit::*;

/// Map an error chain to berth's exit status.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<ExecFailed>() {
            return e.exit_code();
        }
        if let Some(crate::registry::RegistryError::Interrupted) = cause.downcast_ref() {
            return EXIT_INTERRUPTED;
        }
    }
    EXIT_BERTH
}

/// Writing to a closed stdout (`berth images | head -1`) is not a failure worth a message.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}
