//! containers.conf's `[containers]` defaults laid under a container's flags: what the
//! command line did not say, the host's file says (podman's rule). Flags always win.

use anyhow::Context as _;

use crate::config::containers_conf::Containers;
use crate::context::Context;
use crate::runtime::create::CreateRequest;

/// Apply the host's containers.conf to `req` (built from the flags alone). Reads the files
/// only now, on create; an invalid file is an error naming it.
pub fn apply(req: &mut CreateRequest, ctx: &Context) -> anyhow::Result<()> {
    let conf = ctx
        .config
        .containers_conf(ctx.rootless)
        .map_err(anyhow::Error::msg)?;
    apply_keys(req, &conf.containers, ctx.rootless)
}

fn apply_keys(req: &mut CreateRequest, c: &Containers, rootless: bool) -> anyhow::Result<()> {
    let bad = |key: &str| format!("containers.conf {key}");
    let sec = &mut req.security;
    for u in c.default_ulimits.iter().flatten() {
        let limit =
            super::flags_security::parse_ulimit(u).with_context(|| bad("default_ulimits"))?;
        if sec.ulimits.iter().any(|l| l.name == limit.name) {
            continue;
        }
        super::flags_security::check_raise(u, &limit).with_context(|| bad("default_ulimits"))?;
        sec.ulimits.push(limit);
    }
    if let Some(caps) = &c.default_capabilities {
        for cap in caps {
            crate::sandbox::security::parse_cap(cap)
                .with_context(|| bad("default_capabilities"))?;
        }
        sec.default_capabilities = Some(caps.clone());
    }
    let private_net = req.network.as_ref().is_none_or(|n| n.own_namespace());
    for s in c.default_sysctls.iter().flatten() {
        let Some((k, v)) = s.split_once('=') else {
            anyhow::bail!(
                "{}: invalid entry {s:?}: use NAME=VALUE",
                bad("default_sysctls")
            );
        };
        let (k, v) = (k.trim(), v.trim());
        // As podman: a net.* default is left out where the network is the host's.
        if !crate::sandbox::security::sysctl_allowed(k, private_net) {
            log::debug!("containers.conf sysctl {k} skipped for this container");
            continue;
        }
        sec.sysctls
            .entry(k.to_owned())
            .or_insert_with(|| v.to_owned());
    }
    let r = &mut req.resources;
    if let Some(n) = c.pids_limit
        && n > 0
        && r.pids_limit.is_none()
        && !r.cgroups_disabled
    {
        r.pids_limit = Some(n);
        // A default is dropped, not refused, where berth cannot set limits (rootless
        // without a delegated cgroup), as podman does.
        if crate::cgroups::check(r, rootless).is_err() {
            r.pids_limit = None;
        }
    }
    if let Some(tz) = c.tz.as_deref().filter(|t| !t.is_empty())
        && req.timezone.is_none()
    {
        let tz = super::flags_lifecycle::check_timezone(tz).with_context(|| bad("tz"))?;
        req.timezone = Some(tz);
    }
    if let Some(n) = c.log_size_max
        && n > 0
        && req.log.max_size.is_none()
    {
        req.log.max_size = Some(n as u64);
    }
    Ok(())
}
