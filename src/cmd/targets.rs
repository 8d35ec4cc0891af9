//! How a command over several containers (`rm`, `stop`, `kill`, `restart`, `pause`,
//! `unpause`, `wait`) chooses them: names, ids and id prefixes, or podman's `--all`,
//! `--latest`, `--filter` and `--cidfile`. The selection feeds [`Each`].

use std::path::PathBuf;

use anyhow::{Context as _, bail};

use super::container_filter::ContainerFilter;
use super::each::{Each, Found};
use crate::runtime::state::observe;
use crate::store::Store;
use crate::store::containers::Status;

// The selection flags every multi-container command shares (no doc comment: clap would
// take it for the command's description).
#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Select {
    /// Act on all containers (those the command applies to: `stop`, `kill` and `pause`
    /// take the running ones, `unpause` the paused ones)
    #[arg(short = 'a', long)]
    pub all: bool,

    /// Act on the latest container created (in any state)
    #[arg(short = 'l', long)]
    pub latest: bool,

    /// Act on the containers that match (ps's filters: status, name, id, label, ancestor,
    /// exited, before, since, volume, network, health)
    #[arg(long = "filter", value_name = "FILTER")]
    pub filter: Vec<String>,

    /// Read a container id from FILE (as written by run/create --cidfile)
    #[arg(long = "cidfile", value_name = "FILE")]
    pub cidfile: Vec<PathBuf>,

    /// Containers: names, ids or unique id prefixes
    #[arg(
        value_name = "CONTAINER",
        required_unless_present_any = ["all", "latest", "filter", "cidfile"]
    )]
    pub containers: Vec<String>,
}

/// Which containers `--all` (and `--filter`) choose from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Among {
    Every,
    Running,
    Paused,
}

impl Select {
    /// Refuse combinations that make no sense, before the store is read.
    pub fn check(&self) -> anyhow::Result<ContainerFilter> {
        let named = !self.containers.is_empty() || !self.cidfile.is_empty();
        match (self.all, self.latest, named) {
            (true, true, _) => bail!("--all and --latest cannot be used together"),
            // podman's wording, which its scripts' checks match.
            (true, _, true) => bail!("--all and containers cannot be used together"),
            (_, true, true) => bail!("--latest and containers cannot be used together"),
            _ => {}
        }
        if !self.filter.is_empty() && (named || self.latest) {
            bail!("--filter takes no container names and no --latest");
        }
        ContainerFilter::parse(&self.filter)
    }

    /// The containers chosen, in the order given (the oldest first for `--all`), each with
    /// the text to print for it: the name as given, or the full id of a container the
    /// command chose. With `ignore`, a name that finds nothing (or a missing cidfile) is
    /// no failure.
    pub fn select(
        &self,
        store: &Store,
        among: Among,
        ignore: bool,
        rm_statuses: bool,
    ) -> anyhow::Result<(Each, Found)> {
        let filter = self.check()?;
        if self.all || self.latest || !filter.is_empty() {
            let (each, _) = Each::find_ignoring(store, &[], ignore, rm_statuses);
            return Ok((each, self.chosen(store, &filter, among)?));
        }
        let mut keys = Vec::with_capacity(self.containers.len() + self.cidfile.len());
        for path in &self.cidfile {
            match std::fs::read_to_string(path) {
                Ok(id) => keys.push(id.trim().to_owned()),
                Err(e) if ignore && e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(e).with_context(|| format!("reading cidfile {}", path.display()));
                }
            }
        }
        keys.extend(self.containers.iter().cloned());
        Ok(Each::find_ignoring(store, &keys, ignore, rm_statuses))
    }

    fn chosen(
        &self,
        store: &Store,
        filter: &ContainerFilter,
        among: Among,
    ) -> anyhow::Result<Found> {
        let mut recs = store.containers()?;
        recs.sort_by_key(|r| r.created);
        if self.latest {
            return Ok(recs.pop().map(|r| (r.id.clone(), r)).into_iter().collect());
        }
        let selection = filter.resolve(store)?;
        Ok(recs
            .into_iter()
            .filter(|rec| {
                let obs = observe(store, rec);
                let state_fits = match among {
                    Among::Every => true,
                    Among::Running => obs.status == Status::Running && !obs.paused,
                    Among::Paused => obs.paused,
                };
                state_fits
                    && selection.keeps(
                        rec,
                        &obs,
                        super::container_filter::health_word(store, rec, &obs),
                    )
            })
            .map(|r| (r.id.clone(), r))
            .collect())
    }
}
