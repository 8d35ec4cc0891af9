//! `top`: run the host's `ps` and keep the rows of the container's processes (those in the
//! init's PID namespace).

use std::collections::HashSet;
use std::os::unix::fs::MetadataExt;

use anyhow::{Context as _, bail};

use crate::store::Store;
use crate::store::containers::ContainerRecord;

/// Host pids of every process in the container's PID namespace.
pub fn container_pids(init: i32) -> anyhow::Result<Vec<i32>> {
    let ns = std::fs::metadata(format!("/proc/{init}/ns/pid"))
        .with_context(|| format!("reading the PID namespace of pid {init}"))?;
    let mut pids = Vec::new();
    for entry in std::fs::read_dir("/proc")
        .context("reading /proc")?
        .flatten()
    {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<i32>().ok())
        else {
            continue;
        };
        if let Ok(m) = std::fs::metadata(format!("/proc/{pid}/ns/pid"))
            && m.ino() == ns.ino()
            && m.dev() == ns.dev()
        {
            pids.push(pid);
        }
    }
    pids.sort_unstable();
    Ok(pids)
}

/// The `ps` table (header and the container's rows).
pub fn top(store: &Store, rec: &ContainerRecord, ps_args: &[String]) -> anyhow::Result<String> {
    let pid = match store.read_run_state(&rec.id) {
        Some(st) if store.is_running(&rec.id) && st.pid > 1 => st.pid,
        _ => return Err(super::error::Error::NotRunning(rec.name.clone()).into()),
    };
    let pids: HashSet<i32> = container_pids(pid)?.into_iter().collect();
    let args: Vec<String> = if ps_args.is_empty() {
        vec!["-ef".into()]
    } else {
        ps_args.to_vec()
    };
    let out = std::process::Command::new("ps")
        .args(&args)
        .output()
        .context("running ps")?;
    if !out.status.success() {
        bail!(
            "ps {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default();
    let Some(col) = header.split_whitespace().position(|h| h == "PID") else {
        bail!("ps {}: the output has no PID column", args.join(" "));
    };
    let mut table = format!("{header}\n");
    for line in lines {
        let pid = line
            .split_whitespace()
            .nth(col)
            .and_then(|p| p.parse().ok());
        if pid.is_some_and(|p| pids.contains(&p)) {
            table.push_str(line);
            table.push('\n');
        }
    }
    Ok(table)
}
