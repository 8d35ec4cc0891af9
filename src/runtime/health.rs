//! Health checks, daemonless: the check is an exec into the running container (a `berth
//! exec` child, so it joins the container exactly as a user's exec does), its result is kept
//! beside the run state (`<runroot>/<id>.health.json`, docker's `State.Health` shape), and
//! the container's monitor runs `berth healthcheck watch` (a helper that dies with it) to
//! check on the interval and act on failure (`--health-on-failure`).

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use serde::{Deserialize, Serialize};

use crate::spec::health::{HealthCheck, OnFailure};
use crate::store::Store;
use crate::store::containers::ContainerRecord;

/// Results kept in the log, as docker keeps them.
const LOG_KEPT: usize = 5;
/// Output kept per result.
const OUTPUT_KEPT: usize = 4096;

/// docker's `State.Health`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase")]
pub struct HealthState {
    /// "starting", "healthy" or "unhealthy".
    pub status: String,
    pub failing_streak: u32,
    #[serde(default)]
    pub log: Vec<CheckResult>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase")]
pub struct CheckResult {
    pub start: jiff::Timestamp,
    pub end: jiff::Timestamp,
    pub exit_code: i32,
    pub output: String,
}

fn state_path(store: &Store, id: &str) -> PathBuf {
    store.runroot.join(format!("{id}.health.json"))
}

/// The recorded health of a running container with a check ("starting" before the first
/// result); `None` without a check.
pub fn read(store: &Store, rec: &ContainerRecord) -> Option<HealthState> {
    rec.spec.healthcheck.as_ref()?;
    let path = state_path(store, &rec.id);
    Some(
        std::fs::read(&path)
            .ok()
            .and_then(|d| serde_json::from_slice(&d).ok())
            .unwrap_or_else(|| HealthState {
                status: "starting".into(),
                ..Default::default()
            }),
    )
}

/// A new run starts over ("starting"); called by the monitor at each launch.
pub fn reset(store: &Store, id: &str) {
    let _ = std::fs::remove_file(state_path(store, id));
}

/// What one check found.
pub struct Outcome {
    pub state: HealthState,
    /// This result turned the container unhealthy (it was not before).
    pub turned_unhealthy: bool,
}

/// Run the container's check once, record the result and return the new state. `exe` is
/// berth's binary; the check runs as `berth exec` with this store.
pub fn check(store: &Store, rec: &ContainerRecord, exe: &Path) -> anyhow::Result<Outcome> {
    let Some(hc) = rec.spec.healthcheck.as_ref().filter(|h| h.enabled()) else {
        anyhow::bail!("container {} has no defined healthcheck", rec.name);
    };
    let result = run_once(store, rec, hc, exe)?;
    let started = store.read_run_state(&rec.id).map(|s| s.started_at);
    let in_start_period = started.is_some_and(|s| {
        let since = jiff::Timestamp::now().duration_since(s);
        since.unsigned_abs() < hc.start_period()
    });
    let before = read(store, rec).unwrap_or_default();
    let mut state = before.clone();
    if result.exit_code == 0 {
        state.status = "healthy".into();
        state.failing_streak = 0;
    } else if !in_start_period || state.status != "starting" {
        state.failing_streak += 1;
        if i64::from(state.failing_streak) >= hc.retries() {
            state.status = "unhealthy".into();
        }
    }
    state.log.push(result);
    let extra = state.log.len().saturating_sub(LOG_KEPT);
    state.log.drain(..extra);
    crate::store::atomic::write_json(&state_path(store, &rec.id), &state)
        .context("recording the health check's result")?;
    // docker's event on each change of status.
    if state.status != before.status && state.status != "starting" {
        store.emit(
            super::events::container_event(rec, &format!("health_status: {}", state.status))
                .attr("health_status", state.status.as_str()),
        );
    }
    Ok(Outcome {
        turned_unhealthy: state.status == "unhealthy" && before.status != "unhealthy",
        state,
    })
}

/// Exec the check, with its output in a file and the timeout enforced.
fn run_once(
    store: &Store,
    rec: &ContainerRecord,
    hc: &HealthCheck,
    exe: &Path,
) -> anyhow::Result<CheckResult> {
    let out_path = store.runroot.join(format!("{}.health.out", rec.id));
    let out = std::fs::File::create(&out_path)
        .with_context(|| format!("creating {}", out_path.display()))?;
    let start = jiff::Timestamp::now();
    let mut child = berth(store, exe)
        .arg("exec")
        .arg(&rec.id)
        .args(hc.argv())
        .stdin(Stdio::null())
        .stdout(out.try_clone()?)
        .stderr(out)
        .spawn()
        .context("starting the health check")?;
    let deadline = Instant::now() + hc.timeout();
    let mut pause = Duration::from_millis(2);
    let exit_code = loop {
        if let Some(st) = child.try_wait().context("waiting for the health check")? {
            break st.code().unwrap_or(-1);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            break -1;
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(50));
    };
    let mut output = String::new();
    if let Ok(f) = std::fs::File::open(&out_path) {
        let mut buf = Vec::new();
        let _ = f.take(OUTPUT_KEPT as u64).read_to_end(&mut buf);
        output = String::from_utf8_lossy(&buf).into_owned();
    }
    let _ = std::fs::remove_file(&out_path);
    if exit_code == -1 && output.is_empty() {
        output = format!(
            "Health check exceeded timeout ({})",
            crate::units::human_duration(hc.timeout())
        );
    }
    Ok(CheckResult {
        start,
        end: jiff::Timestamp::now(),
        exit_code,
        output,
    })
}

/// `berth` on this store: the same binary, root and run root.
fn berth(store: &Store, exe: &Path) -> Command {
    let mut cmd = Command::new(exe);
    cmd.arg("--root")
        .arg(&store.root)
        .arg("--runroot")
        .arg(&store.runroot);
    cmd
}

/// The monitor's helper: check on the interval while the container runs, act when it
/// turns unhealthy. Returns when the container is gone.
pub fn watch(store: &Store, id: &str, exe: &Path) -> anyhow::Result<()> {
    loop {
        let Ok(rec) = store.find_container(id) else {
            return Ok(());
        };
        let Some(hc) = rec.spec.healthcheck.clone().filter(HealthCheck::enabled) else {
            return Ok(());
        };
        let Some(run) = store
            .read_run_state(id)
            .filter(|r| r.pid > 0 && !r.restarting)
        else {
            // Between runs (a restart's back-off): look again soon.
            std::thread::sleep(Duration::from_millis(200));
            continue;
        };
        let since = jiff::Timestamp::now()
            .duration_since(run.started_at)
            .unsigned_abs();
        let wait = if since < hc.start_period() {
            hc.start_interval()
        } else {
            hc.interval()
        };
        std::thread::sleep(wait);
        if !store.is_running(id) {
            continue;
        }
        let outcome = check(store, &rec, exe)?;
        if outcome.turned_unhealthy {
            log::debug!("container {} turned unhealthy", rec.name);
            act(store, &rec, hc.on_failure, exe);
        }
    }
}

/// `--health-on-failure`: the action, as the user's own command would take it.
fn act(store: &Store, rec: &ContainerRecord, action: OnFailure, exe: &Path) {
    let verb = match action {
        OnFailure::None => return,
        OnFailure::Kill => "kill",
        OnFailure::Stop => "stop",
        OnFailure::Restart => "restart",
    };
    // `restart` outlives this helper (the monitor it serves ends with the stop).
    let spawned = berth(store, exe)
        .arg(verb)
        .arg(&rec.id)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    if let Ok(mut child) = spawned
        && action != OnFailure::Restart
    {
        let _ = child.wait();
    }
}
