//! `run`/`create`'s health check flags, docker's and podman's names: laid over the image's
//! HEALTHCHECK field by field.

use crate::spec::health::{HealthCheck, OnFailure};

// No doc comment: clap would take it for the about text of every command that flattens this.
#[derive(Debug, Clone, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct HealthFlags {
    /// Command to run to check health (a shell command; 'none' disables the image's)
    #[arg(long, value_name = "COMMAND")]
    pub health_cmd: Option<String>,

    /// Time between running the check (ms|s|m|h), default 30s
    #[arg(long, value_name = "DURATION")]
    pub health_interval: Option<String>,

    /// Maximum time to allow one check to run (ms|s|m|h), default 30s
    #[arg(long, value_name = "DURATION")]
    pub health_timeout: Option<String>,

    /// Consecutive failures needed to report unhealthy, default 3
    #[arg(long, value_name = "N")]
    pub health_retries: Option<u32>,

    /// Start period for the container to initialize before failures count (ms|s|m|h)
    #[arg(long, value_name = "DURATION")]
    pub health_start_period: Option<String>,

    /// Time between checks during the start period (ms|s|m|h)
    #[arg(long, value_name = "DURATION")]
    pub health_start_interval: Option<String>,

    /// What to do when the container turns unhealthy: none, kill, restart, stop
    #[arg(long, value_enum, value_name = "ACTION")]
    pub health_on_failure: Option<OnFailure>,

    /// Disable any container-specified HEALTHCHECK
    #[arg(long)]
    pub no_healthcheck: bool,
}

impl HealthFlags {
    /// The flags as a partial check (zero fields inherit the image's); `None` without any.
    pub fn to_check(&self) -> anyhow::Result<Option<HealthCheck>> {
        let duration = |flag: &str, value: &Option<String>| -> anyhow::Result<i64> {
            let Some(v) = value else { return Ok(0) };
            let d = crate::build::dockerfile::duration::health_interval(flag, v)
                .map_err(|e| anyhow::anyhow!("invalid --{flag} {v:?}: {e}"))?;
            Ok(i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
        };
        let test = match (self.no_healthcheck, self.health_cmd.as_deref()) {
            (true, Some(c)) if !c.eq_ignore_ascii_case("none") => {
                anyhow::bail!("--no-healthcheck conflicts with --health-cmd")
            }
            (true, _) => vec!["NONE".to_owned()],
            (false, Some(c)) if c.eq_ignore_ascii_case("none") => vec!["NONE".to_owned()],
            (false, Some("")) => anyhow::bail!("--health-cmd needs a command"),
            (false, Some(c)) => match serde_json::from_str::<Vec<String>>(c) {
                // podman's JSON form: ["CMD", "prog", "arg"] or ["CMD-SHELL", "..."].
                Ok(v) if v.first().is_some_and(|k| k == "CMD" || k == "CMD-SHELL") => v,
                Ok(v) if !v.is_empty() => [vec!["CMD".to_owned()], v].concat(),
                _ => vec!["CMD-SHELL".to_owned(), c.to_owned()],
            },
            (false, None) => Vec::new(),
        };
        let check = HealthCheck {
            test,
            interval: duration("health-interval", &self.health_interval)?,
            timeout: duration("health-timeout", &self.health_timeout)?,
            start_period: duration("health-start-period", &self.health_start_period)?,
            start_interval: duration("health-start-interval", &self.health_start_interval)?,
            retries: self.health_retries.map_or(0, i64::from),
            on_failure: self.health_on_failure.unwrap_or_default(),
        };
        Ok((check != HealthCheck::default()).then_some(check))
    }
}
