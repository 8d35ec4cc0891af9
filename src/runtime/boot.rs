//! Bringing containers back after a reboot: `berth start --all --filter
//! restart-policy=always` selects them (run from contrib/berth-restart.service).

use anyhow::bail;

use crate::spec::RestartName;
use crate::store::containers::ContainerRecord;

#[derive(Debug, Default)]
pub struct Filter {
    policies: Vec<RestartName>,
    names: Vec<String>,
}

impl Filter {
    pub fn parse(items: &[String]) -> anyhow::Result<Filter> {
        let mut f = Filter::default();
        for item in items {
            let Some((key, value)) = item.split_once('=') else {
                bail!("invalid filter {item:?}: use KEY=VALUE");
            };
            match key {
                "restart-policy" => {
                    let p = crate::spec::RestartPolicy::parse(value).map_err(anyhow::Error::msg)?;
                    f.policies.push(p.name);
                }
                "name" => f.names.push(value.to_string()),
                other => bail!("invalid filter {other:?}: use restart-policy or name"),
            }
        }
        Ok(f)
    }

    /// Whether `start --all` starts this container. `unless-stopped` containers the user
    /// stopped stay down, as after a daemon restart.
    pub fn matches(&self, rec: &ContainerRecord) -> bool {
        let policy = rec.spec.restart.name;
        if !self.policies.is_empty() && !self.policies.contains(&policy) {
            return false;
        }
        if !self.names.is_empty() && !self.names.contains(&rec.name) {
            return false;
        }
        !(policy == RestartName::UnlessStopped && rec.last.stopped_by_user)
    }
}
