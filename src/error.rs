//! Error kinds that decide the exit status. Exit codes come from types, never from text.
//!
//! 125: berth itself failed; 126: the command could not be invoked; 127: the command was
//! not found; a container's own status (or 128+N for signal N) passes through as `Ok`.

pub use crate::spec::exit::*;

/// Exit status of a command over several objects when one named does not exist (podman's
/// `rm`, `rmi`, `stop`, `kill`, `inspect`; docker's status for every failure).
pub const EXIT_NO_SUCH_OBJECT: u8 = 1;
/// Exit status of `rm` when a container is running (or paused) and `-f` was not given.
pub const EXIT_STATE_IMPROPER: u8 = 2;

/// Map an error chain to berth's exit status.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<ExecFailed>() {
            return e.exit_code();
        }
        if let Some(e) = cause.downcast_ref::<CommandFailed>() {
            return e.code;
        }
        if let Some(crate::registry::RegistryError::Interrupted) = cause.downcast_ref() {
            return EXIT_INTERRUPTED;
        }
        // A container in the wrong state for the command: berth's own failure, as for
        // every error without a status of its own.
        if let Some(e) = cause.downcast_ref::<crate::runtime::error::Error>() {
            return match e {
                crate::runtime::error::Error::AlreadyRunning(_)
                | crate::runtime::error::Error::NotRunning(_)
                | crate::runtime::error::Error::RunningCannotRemove(_)
                | crate::runtime::error::Error::Restarting(_)
                | crate::runtime::error::Error::AlreadyPaused(_)
                | crate::runtime::error::Error::NotPaused(_) => EXIT_BERTH,
            };
        }
    }
    EXIT_BERTH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_come_from_the_error_types_under_any_context() {
        let running = anyhow::Error::from(crate::runtime::error::Error::AlreadyRunning("c".into()))
            .context("starting container c");
        assert_eq!(exit_code(&running), EXIT_BERTH);
        let missing = anyhow::Error::from(ExecFailed {
            msg: "no such command".into(),
            errno: libc::ENOENT,
        })
        .context("starting container c");
        assert_eq!(exit_code(&missing), EXIT_NOT_FOUND);
        let denied = anyhow::Error::from(ExecFailed {
            msg: "permission denied".into(),
            errno: libc::EACCES,
        });
        assert_eq!(exit_code(&denied), EXIT_CANNOT_INVOKE);
        let step = anyhow::Error::from(CommandFailed {
            msg: "building at STEP \"RUN exit 17\"".into(),
            code: 17,
        })
        .context("Dockerfile:3");
        assert_eq!(exit_code(&step), 17);
    }
}
