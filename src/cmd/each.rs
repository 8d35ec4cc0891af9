//! The loop of every command that takes several containers (`rm`, `wait`, `start`,
//! `restart`, `update`, `stop`, `kill`, `pause`...), as docker runs it: each container in
//! turn, a failure (an unknown name included) reported as its own line on stderr while
//! the others go on, a line on stdout for each success, and exit status 125 if any failed.
//!
//! A command may take its containers through several steps (`rm -f` kills them all as the
//! user, then removes them from the user namespace); a container that failed a step is
//! left out of the next.

use crate::store::Store;
use crate::store::containers::ContainerRecord;

/// Containers that passed every step so far, each with the name the user gave.
pub type Found = Vec<(String, ContainerRecord)>;

#[derive(Default)]
pub struct Each {
    failed: bool,
}

impl Each {
    /// Look up each of `keys`; report those not found.
    pub fn find(store: &Store, keys: &[String]) -> (Each, Found) {
        let mut each = Each::default();
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
        Ok(if self.failed {
            crate::error::EXIT_BERTH
        } else {
            0
        })
    }

    fn fail(&mut self, e: &anyhow::Error) {
        crate::format::error_line(e);
        self.failed = true;
    }
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
