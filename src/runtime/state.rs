//! What a container is doing now, derived from its record, its run lock and the runtime
//! state file; and docker's words for it ("Up 3 seconds", "Exited (0) 2 minutes ago").

use crate::store::Store;
use crate::store::containers::{ContainerRecord, Status};

#[derive(Debug, Clone)]
pub struct Observed {
    pub status: Status,
    /// The init's pid while running, else 0.
    pub pid: i32,
    pub started_at: Option<jiff::Timestamp>,
}

pub fn observe(store: &Store, rec: &ContainerRecord) -> Observed {
    let status = store.status(rec);
    if status == Status::Running
        && let Some(st) = store.read_run_state(&rec.id)
    {
        return Observed {
            status,
            pid: st.pid,
            started_at: Some(st.started_at),
        };
    }
    Observed {
        status,
        pid: 0,
        started_at: rec.last.started_at,
    }
}

/// The STATUS column of `ps`.
pub fn status_text(rec: &ContainerRecord, obs: &Observed, now: jiff::Timestamp) -> String {
    let since = |t: jiff::Timestamp| {
        std::time::Duration::try_from(now.duration_since(t)).unwrap_or_default()
    };
    match obs.status {
        Status::Running => match obs.started_at {
            Some(t) => format!("Up {}", crate::format::human_duration(since(t))),
            None => "Up".into(),
        },
        Status::Created => "Created".into(),
        Status::Exited => {
            let code = rec.last.exit_code.unwrap_or(-1);
            match rec.last.finished_at {
                Some(t) => format!(
                    "Exited ({code}) {} ago",
                    crate::format::human_duration(since(t))
                ),
                None => format!("Exited ({code})"),
            }
        }
    }
}
