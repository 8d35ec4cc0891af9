//! The runtime's failures that callers branch on. Everything else stays an
//! `anyhow::Error` with context; exit codes come from `crate::error::exit_code`.

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("container {0} is already running")]
    AlreadyRunning(String),
    #[error("container {0} is not running")]
    NotRunning(String),
    #[error(
        "cannot remove container {0}: container is running: stop the container before \
         removing or force remove"
    )]
    RunningCannotRemove(String),
    #[error("container {0} is restarting, wait until the container is running")]
    Restarting(String),
    #[error("container {0} is already paused")]
    AlreadyPaused(String),
    #[error("container {0} is not paused")]
    NotPaused(String),
}
