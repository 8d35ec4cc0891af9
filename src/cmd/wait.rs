//! `berth wait`: block until containers stop (or reach another `--condition`), then print
//! their exit codes (-1 for a condition other than stopping, as podman prints).

use std::time::Duration;

use anyhow::bail;

use super::targets::{Among, Select};
use crate::context::Context;
use crate::store::Store;
use crate::store::containers::ContainerRecord;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// The state to wait for: stopped (or exited), running, paused, healthy, unhealthy;
    /// several are alternatives
    #[arg(long, value_name = "STATE")]
    pub condition: Vec<String>,

    /// A container that does not exist is not an error
    #[arg(long)]
    pub ignore: bool,

    /// Time between checks of a condition other than stopped (docker duration or ms)
    #[arg(short = 'i', long, value_name = "INTERVAL", default_value = "250ms")]
    pub interval: String,

    #[command(flatten)]
    pub select: Select,
}

/// A state `--condition` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Condition {
    Stopped,
    Running,
    Paused,
    Healthy,
    Unhealthy,
}

fn parse_conditions(given: &[String]) -> anyhow::Result<Vec<Condition>> {
    given
        .iter()
        .flat_map(|g| g.split(','))
        .map(|c| {
            Ok(match c.trim() {
                "stopped" | "exited" => Condition::Stopped,
                "running" => Condition::Running,
                "paused" => Condition::Paused,
                "healthy" => Condition::Healthy,
                "unhealthy" => Condition::Unhealthy,
                other => bail!(
                    "invalid --condition {other:?}: use stopped, exited, running, paused, \
                     healthy or unhealthy"
                ),
            })
        })
        .collect()
}

/// podman's `--interval`: a bare number is milliseconds.
fn parse_interval(text: &str) -> anyhow::Result<Duration> {
    let d = match text.parse::<u64>() {
        Ok(ms) => Duration::from_millis(ms),
        Err(_) => crate::build::dockerfile::duration::parse(text)
            .ok_or_else(|| anyhow::anyhow!("invalid --interval {text:?}"))?,
    };
    if d.is_zero() {
        bail!("invalid --interval {text:?}: must be more than 0");
    }
    Ok(d)
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let conditions = parse_conditions(&args.condition)?;
    let interval = parse_interval(&args.interval)?;
    args.select.check()?;
    let store = ctx.store()?;
    let wait_one = |_: &str, rec: &ContainerRecord| {
        if conditions.iter().all(|c| *c == Condition::Stopped) {
            return crate::runtime::control::wait_exit(&store, rec).map(|code| code.to_string());
        }
        wait_for(&store, rec, &conditions, interval)
    };
    let named = !(args.select.all || args.select.latest || !args.select.filter.is_empty());
    if !(args.ignore && named && args.select.cidfile.is_empty()) {
        let (each, found) = args
            .select
            .select(&store, Among::Every, args.ignore, false)?;
        return each.finish(found, wait_one);
    }
    // podman's `wait --ignore`: a container that does not exist prints -1 in its place.
    let mut status = 0;
    for key in &args.select.containers {
        let (each, found) =
            super::each::Each::find_ignoring(&store, std::slice::from_ref(key), true, false);
        if found.is_empty() {
            crate::format::line("-1")?;
            continue;
        }
        status = super::each::merge_status(status, each.finish(found, wait_one)?);
    }
    Ok(status)
}

/// Poll until the container is in one of `conditions`: its exit code when that is
/// stopping, else -1.
fn wait_for(
    store: &Store,
    rec: &ContainerRecord,
    conditions: &[Condition],
    interval: Duration,
) -> anyhow::Result<String> {
    loop {
        // Gone meanwhile: the lookup's error names it.
        let rec = store.find_container(&rec.id)?;
        let obs = crate::runtime::state::observe(store, &rec);
        let health = super::container_filter::health_word(store, &rec, &obs);
        let running = obs.status == crate::store::containers::Status::Running;
        for c in conditions {
            let reached = match c {
                Condition::Stopped => !running && obs.started_at.is_some(),
                Condition::Running => running && !obs.paused && !obs.restarting,
                Condition::Paused => obs.paused,
                Condition::Healthy => health == "healthy",
                Condition::Unhealthy => health == "unhealthy",
            };
            if reached {
                return Ok(match c {
                    Condition::Stopped => obs.exit_code.unwrap_or(-1),
                    _ => -1,
                }
                .to_string());
            }
        }
        std::thread::sleep(interval);
    }
}
