//! The loop of every command that takes several containers (`rm`, `wait`, `start`,
//! `restart`, `update`, `stop`, `kill`, `pause`...), as docker and podman run it: each
//! container in turn, a failure (an unknown name included) reported as its own line on
//! stderr while the others go on, a line on stdout for each success.
//!
//! The exit status follows podman's: `rm` exits 1 when a named container does not exist
//! (and `--ignore` was not given), else 2 when a container was in the wrong state (running
//! without `-f`); every other command (`stop`, `kill`, `pause`, `wait`, ...) exits 125 for
//! any failure, a missing container included.
//!
//! A command may take its containers through several steps (`rm -f` kills them all as the
//! user, then removes them from the user namespace); a container that failed a step is
//! left out of the next.

use crate::store::containers::ContainerRecord;
use crate::store::{Store, StoreError};

/// Containers that passed every step so far, each with the name the user gave.
pub type Found = Vec<(String, ContainerRecord)>;

#[derive(Default)]
pub struct Each {
    /// The exit status so far (0: no failure).
    status: u8,
    /// `--ignore`: a container that does not exist (or is gone by the time it is acted
    /// on) is no failure.
    ignore_missing: bool,
    /// `rm`'s statuses (1 for a missing container, 2 for a running one) instead of 125.
    rm_statuses: bool,
}

impl Each {
    /// Look up each of `keys`; report those not found.
    pub fn find(store: &Store, keys: &[String]) -> (Each, Found) {
        Self::find_ignoring(store, keys, false, false)
    }

    /// As [`Each::find`]; with `ignore_missing`, a name that finds nothing is skipped
    /// silently, here and in every later step; with `rm_statuses`, `rm`'s exit statuses.
    pub fn find_ignoring(
        store: &Store,
        keys: &[String],
        ignore_missing: bool,
        rm_statuses: bool,
    ) -> (Each, Found) {
        let mut each = Each {
            status: 0,
            ignore_missing,
            rm_statuses,
        };
        let mut found = Vec::new();
        for key in keys {
            match store.find_container(key) {
                Ok(rec) => found.push((key.clone(), rec)),
                Err(e) => each.fail(&e.into()),
            }
        }
        (each, found)
    }

    /// Apply `op` to each container; report a failure and leave that container out of the
    /// next step.
    pub fn step(
        &mut self,
        found: Found,
        mut op: impl FnMut(&str, &ContainerRecord) -> anyhow::Result<()>,
    ) -> Found {
        found
            .into_iter()
            .filter(|(key, rec)| match op(key, rec) {
                Ok(()) => true,
                Err(e) => {
                    self.fail(&e);
                    false
                }
            })
            .collect()
    }

    /// The last step: print the line `op` returns for each success (docker prints the
    /// name as given, `wait` the exit status) and return the command's exit status.
    pub fn finish(
        mut self,
        found: Found,
        mut op: impl FnMut(&str, &ContainerRecord) -> anyhow::Result<String>,
    ) -> anyhow::Result<u8> {
        for (key, rec) in found {
            match op(&key, &rec) {
                Ok(line) => crate::format::line(&line)?,
                Err(e) => self.fail(&e),
            }
        }
        Ok(self.status)
    }

    fn fail(&mut self, e: &anyhow::Error) {
        let missing = is_missing(e);
        if missing && self.ignore_missing {
            return;
        }
        crate::format::error_line(e);
        let code = match (self.rm_statuses, missing) {
            (true, true) => crate::error::EXIT_NO_SUCH_OBJECT,
            (true, false) => object_status(e),
            (false, _) => crate::error::exit_code(e),
        };
        self.status = merge_status(self.status, code);
    }
}

/// The command's status after one more failure with `code`, in podman's order: a
/// missing object decides it once seen, a wrong state wins over any other failure.
pub fn merge_status(status: u8, code: u8) -> u8 {
    use crate::error::{EXIT_NO_SUCH_OBJECT as MISSING, EXIT_STATE_IMPROPER as STATE};
    match (status, code) {
        (MISSING, _) | (_, MISSING) => MISSING,
        (STATE, _) | (_, STATE) => STATE,
        (0, code) => code,
        (status, _) => status,
    }
}

/// The status of one failure among several objects: 1 for an object that does not exist,
/// 2 for a container in the wrong state to be removed, else as `error::exit_code`.
pub fn object_status(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if cause
            .downcast_ref::<crate::store::StoreError>()
            .is_some_and(crate::store::StoreError::is_missing)
        {
            return crate::error::EXIT_NO_SUCH_OBJECT;
        }
        if let Some(crate::runtime::error::Error::RunningCannotRemove(_)) = cause.downcast_ref() {
            return crate::error::EXIT_STATE_IMPROPER;
        }
    }
    crate::error::exit_code(err)
}

/// Whether the failure is that the container named does not exist.
pub fn is_missing(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<StoreError>()
            .is_some_and(StoreError::is_missing)
    })
}

/// Apply `op` to each named container, printing the name as given for each success.
pub fn for_each_container(
    store: &Store,
    keys: &[String],
    mut op: impl FnMut(&ContainerRecord) -> anyhow::Result<()>,
) -> anyhow::Result<u8> {
    let (each, found) = Each::find(store, keys);
    each.finish(found, |key, rec| op(rec).map(|()| key.to_owned()))
}
