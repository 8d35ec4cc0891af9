//! `--filter` over containers, as `ps` lists them and as every command that acts on several
//! containers (`rm`, `stop`, `kill`, `pause`, `restart`, ...) selects them: docker's keys,
//! checked before the store is read, then resolved against it once.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::format::filter::Filters;
use crate::runtime::state::Observed;
use crate::spec::ImageRef;
use crate::store::Store;
use crate::store::containers::{ContainerRecord, Status};

const ACCEPTED_FILTERS: &[&str] = &[
    "status",
    "name",
    "id",
    "label",
    "ancestor",
    "exited",
    "before",
    "since",
    "volume",
    "network",
    "health",
    "publish",
    "expose",
    "is-task",
    "isolation",
];
const HEALTH: &[&str] = &["starting", "healthy", "unhealthy", "none"];
/// Every state docker names; the ones berth never reports simply match nothing.
const STATES: &[&str] = &[
    "created",
    "restarting",
    "running",
    "removing",
    "paused",
    "exited",
    "dead",
];

/// The `--filter` values, checked.
#[derive(Debug, Default)]
pub struct ContainerFilter {
    filters: Filters,
    exit_codes: Vec<i32>,
    /// A filter for something berth never has (swarm tasks, other isolations): nothing
    /// matches.
    matches_nothing: bool,
}

impl ContainerFilter {
    /// Check the user's filters before anything is read.
    pub fn parse(args: &[String]) -> anyhow::Result<ContainerFilter> {
        let filters = Filters::parse(args, ACCEPTED_FILTERS)?;
        filters.check_values("status", STATES)?;
        filters.check_values("health", HEALTH)?;
        let is_task = filters.boolean("is-task")?;
        let exit_codes = filters
            .values("exited")
            .iter()
            .map(|v| {
                v.parse::<i32>()
                    .map_err(|_| anyhow::anyhow!("invalid filter 'exited={v}'"))
            })
            .collect::<anyhow::Result<Vec<i32>>>()?;
        // berth runs no swarm tasks and knows one isolation.
        let matches_nothing = is_task == Some(true)
            || filters
                .values("isolation")
                .iter()
                .any(|i| !["default", "process", ""].contains(&i.as_str()));
        Ok(ContainerFilter {
            filters,
            exit_codes,
            matches_nothing,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.filters.is_empty()
    }

    /// A `status` filter lists stopped containers too, as `-a` would.
    pub fn names_status(&self) -> bool {
        self.filters.contains("status")
    }

    /// The filter resolved against `store` (`before`/`since` containers and `ancestor`
    /// images looked up once).
    pub fn resolve<'a>(&'a self, store: &'a Store) -> anyhow::Result<Selection<'a>> {
        let filters = &self.filters;
        let created_of = |key: &str| -> anyhow::Result<Option<jiff::Timestamp>> {
            // Several values: docker keeps the last one.
            match filters.values(key).last() {
                Some(v) => Ok(Some(store.find_container(v)?.created)),
                None => Ok(None),
            }
        };
        let ancestors = filters.contains("ancestor").then(|| {
            // An image that does not exist matches no container, as docker has it.
            filters
                .values("ancestor")
                .iter()
                .filter_map(|a| ImageRef::local(a).ok())
                .filter_map(|a| store.image(&a).ok())
                .map(|img| Ancestor {
                    id: img.id,
                    layers: img.layers,
                })
                .collect()
        });
        Ok(Selection {
            filter: self,
            before: created_of("before")?,
            since: created_of("since")?,
            ancestors,
            layers: RefCell::default(),
            store,
        })
    }
}

/// The filters resolved against the store.
pub struct Selection<'a> {
    filter: &'a ContainerFilter,
    /// Only containers created strictly before / after these instants.
    before: Option<jiff::Timestamp>,
    since: Option<jiff::Timestamp>,
    /// The layer chains of the images the `ancestor` filter names; `None` without the
    /// filter.
    ancestors: Option<Vec<Ancestor>>,
    /// Layer chains of the containers' images, read once per image.
    layers: RefCell<HashMap<String, Vec<String>>>,
    store: &'a Store,
}

/// An image the `ancestor` filter names.
struct Ancestor {
    id: String,
    layers: Vec<String>,
}

impl Selection<'_> {
    /// docker's `ancestor`: the container's image is the named image or one built on it.
    /// berth's images carry no parent links, so "built on it" means the image's layers
    /// start with all of the ancestor's layers.
    fn descends(&self, rec: &ContainerRecord, ancestors: &[Ancestor]) -> bool {
        if ancestors.iter().any(|a| a.id == rec.image) {
            return true;
        }
        let mut cache = self.layers.borrow_mut();
        let layers = cache.entry(rec.image.clone()).or_insert_with(|| {
            self.store
                .image_by_id(&rec.image)
                .map(|img| img.layers)
                .unwrap_or_default()
        });
        ancestors
            .iter()
            .any(|a| !a.layers.is_empty() && layers.starts_with(&a.layers))
    }

    /// Whether the container passes every filter; `health` is the word its health check
    /// reports ("none" without one).
    pub fn keeps(&self, rec: &ContainerRecord, obs: &Observed, health: &str) -> bool {
        let f = &self.filter.filters;
        let running = obs.status == Status::Running;
        !self.filter.matches_nothing
            && f.matches("status", obs.state_word())
            && f.matches("name", &rec.name)
            && f.matches("id", &rec.id)
            && f.matches_labels("label", &rec.spec.labels)
            && (!f.contains("health") || f.values("health").iter().any(|h| h == health))
            // berth publishes no ports yet.
            && !f.contains("publish")
            && !f.contains("expose")
            && (self.filter.exit_codes.is_empty()
                || (!running
                    && obs.started_at.is_some()
                    && obs
                        .exit_code
                        .is_some_and(|c| self.filter.exit_codes.contains(&c))))
            && self.before.is_none_or(|t| rec.created < t)
            && self.since.is_none_or(|t| rec.created > t)
            && self
                .ancestors
                .as_ref()
                .is_none_or(|a| self.descends(rec, a))
            && (!f.contains("volume")
                || rec.spec.mounts.iter().any(|m| {
                    f.values("volume").iter().any(|v| {
                        *v == m.destination
                            || std::path::Path::new(v) == m.source.as_path()
                            || m.volume.as_ref().is_some_and(|vol| *v == vol.name)
                    })
                }))
            && (!f.contains("network")
                || f.values("network").iter().any(|v| {
                    v == rec.spec.network.as_str()
                        || rec.spec.net.networks.iter().any(|e| e.network == *v)
                }))
    }
}

/// The word a container's health check reports: "starting", "healthy", "unhealthy", or
/// "none" without a check.
pub fn health_word(store: &Store, rec: &ContainerRecord, obs: &Observed) -> &'static str {
    if obs.status != Status::Running || obs.restarting {
        return "none";
    }
    match crate::runtime::health::read(store, rec).map(|h| h.status) {
        Some(s) if s == "healthy" => "healthy",
        Some(s) if s == "unhealthy" => "unhealthy",
        Some(_) => "starting",
        None => "none",
    }
}
