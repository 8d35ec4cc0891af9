//! berth's exit-status contract, shared by every layer: 125 for berth's own failures,
//! 126/127 when the container's command cannot be invoked or is not found. The mapping of
//! an error chain to a status is `error::exit_code`, at the command edge.

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

/// A command berth ran on the user's behalf (a build's RUN step) ended with `code`, which
/// becomes berth's own exit status, as podman's build passes a failed step's status on.
#[derive(Debug, thiserror::Error)]
#[error("{msg}: exit status {code}")]
pub struct CommandFailed {
    pub msg: String,
    pub code: u8,
}

impl ExecFailed {
    pub fn exit_code(&self) -> u8 {
        match self.errno {
            libc::ENOENT | libc::ENOTDIR | libc::ELOOP | libc::ENAMETOOLONG => EXIT_NOT_FOUND,
            _ => EXIT_CANNOT_INVOKE,
        }
    }
}
