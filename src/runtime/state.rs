//! What a container is doing now, derived from its record, its run lock and the runtime
//! state file; and docker's words for it ("Up 3 seconds", "Exited (0) 2 minutes ago").

use crate::store::Store;
use crate::store::containers::{ContainerRecord, Status};

/// Exit status reported for a container whose monitor was killed: the kernel killed the
/// init with SIGKILL (its parent-death signal), so 128 + 9 is the truth.
pub const MONITOR_KILLED_EXIT: i32 = 137;

#[derive(Debug, Clone)]
pub struct Observed {
    pub status: Status,
    /// The init's pid while running, else 0.
    pub pid: i32,
    pub started_at: Option<jiff::Timestamp>,
    pub finished_at: Option<jiff::Timestamp>,
    pub exit_code: Option<i32>,
    /// Why the last start failed, or that the monitor was killed.
    pub error: String,
    /// The monitor waits to start the command again (restart policy back-off).
    pub restarting: bool,
    /// Its cgroup is frozen (`pause`).
    pub paused: bool,
    pub restart_count: u32,
    pub monitor_pid: i32,
}

impl Observed {
    /// docker's state word, as inspect's State.Status and ps's .State give it: a container
    /// waiting to be restarted by its policy is "restarting", a frozen one "paused".
    pub fn state_word(&self) -> &'static str {
        if self.restarting {
            "restarting"
        } else if self.paused {
            "paused"
        } else {
            self.status.as_str()
        }
    }
}

/// `--pidfile`: the container's pid, written each time it starts. A failure is reported,
/// not fatal: the container runs.
pub fn write_pidfile(rec: &ContainerRecord, pid: i32) {
    if let Some(path) = &rec.spec.pidfile
        && let Err(e) = crate::store::atomic::write(path, pid.to_string().as_bytes())
    {
        log::warn!("writing the pid file {}: {e}", path.display());
    }
}

pub fn observe(store: &Store, rec: &ContainerRecord) -> Observed {
    let status = store.status(rec);
    let state = store.read_run_state(&rec.id);
    let mut obs = Observed {
        status,
        pid: 0,
        started_at: rec.last.started_at,
        finished_at: rec.last.finished_at,
        exit_code: rec.last.exit_code,
        error: rec.last.error.clone(),
        restarting: false,
        paused: false,
        restart_count: rec.last.restart_count,
        monitor_pid: 0,
    };
    match (status, state) {
        (Status::Running, Some(st)) => {
            obs.pid = st.pid;
            obs.started_at = Some(st.started_at);
            obs.finished_at = if st.restarting { obs.finished_at } else { None };
            obs.exit_code = if st.restarting { obs.exit_code } else { None };
            obs.restarting = st.restarting;
            obs.paused = st.paused && !st.restarting;
            obs.restart_count = st.restart_count;
            obs.monitor_pid = st.monitor;
        }
        // The run lock is free but the runtime state was never cleared: the process that
        // owned the container died without recording the end. Its init died with it.
        (_, Some(st)) if !store.is_running(&rec.id) => {
            obs.status = Status::Exited;
            obs.started_at = Some(st.started_at);
            obs.finished_at = None;
            obs.exit_code = Some(MONITOR_KILLED_EXIT);
            obs.error = "the process that ran the container (its monitor) was killed".into();
            obs.restart_count = st.restart_count;
        }
        _ => {}
    }
    obs
}

/// The STATUS column of `ps`.
pub fn status_text(_rec: &ContainerRecord, obs: &Observed, now: jiff::Timestamp) -> String {
    let since = |t: jiff::Timestamp| {
        std::time::Duration::try_from(now.duration_since(t)).unwrap_or_default()
    };
    match obs.status {
        Status::Running if obs.restarting => {
            // docker's: the status the last run ended with, and since when.
            let code = obs.exit_code.unwrap_or(0);
            match obs.finished_at {
                Some(t) => format!(
                    "Restarting ({code}) {} ago",
                    crate::units::human_duration(since(t))
                ),
                None => format!("Restarting ({code})"),
            }
        }
        Status::Running => {
            let up = match obs.started_at {
                Some(t) => format!("Up {}", crate::units::human_duration(since(t))),
                None => "Up".into(),
            };
            match obs.paused {
                true => format!("{up} (Paused)"),
                false => up,
            }
        }
        Status::Created => "Created".into(),
        Status::Exited => {
            let code = obs.exit_code.unwrap_or(-1);
            match obs.finished_at {
                Some(t) => format!(
                    "Exited ({code}) {} ago",
                    crate::units::human_duration(since(t))
                ),
                None => format!("Exited ({code})"),
            }
        }
    }
}
