//! Error kinds that decide the exit status. Exit codes come from types, never from text.
//!
//! 125: berth itself failed; 126: the command could not be invoked; 127: the command was
//! not found; a container's own status (or 128+N for signal N) passes through as `Ok`.

use std::io;

/// Exit status when berth itself fails.
pub const EXIT_BERTH: u8 = 125;
/// Exit status when the container command exists but cannot be invoked.
pub const EXIT_CANNOT_INVOKE: u8 = 126;
/// Exit status when the container command does not exist.
pub const EXIT_NOT_FOUND: u8 = 127;

/// Exit status when a transfer (an explicit or implicit pull) was interrupted by a signal:
/// 128 + SIGINT, as a shell reports Ctrl-C.
pub const EXIT_INTERRUPTED: u8 = 130;

/// The container's command could not be executed; carries the errno from the child.
#[derive(Debug, thiserror::Error)]
#[error("{msg}")]
pub struct ExecFailed {
    pub msg: String,
    pub errno: i32,
}

impl ExecFailed {
    pub fn exit_code(&self) -> u8 {
        match self.errno {
            libc::ENOENT | libc::ENOTDIR | libc::ELOOP | libc::ENAMETOOLONG => EXIT_NOT_FOUND,
            _ => EXIT_CANNOT_INVOKE,
        }
    }
}

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
