//! `berth port`: published ports of a container.

use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,

    /// Only this private port (PORT[/PROTO])
    #[arg(value_name = "PRIVATE_PORT")]
    pub port: Option<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let store = ctx.store()?;
    let rec = store.find_container(&args.container)?;
    let ports = crate::runtime::net::published(&store, &rec.id);
    let Some(want) = &args.port else {
        for p in &ports {
            crate::format::line(&format!(
                "{}/{} -> {}:{}",
                p.container_port,
                p.protocol.as_str(),
                crate::runtime::net::host_ip_text(p),
                p.host_port
            ))?;
        }
        return Ok(0);
    };
    let (num, proto) = want.split_once('/').unwrap_or((want, "tcp"));
    let num: u16 = num
        .parse()
        .map_err(|_| anyhow::anyhow!("invalid port {want:?}"))?;
    let found: Vec<_> = (ports.iter())
        .filter(|p| p.container_port == num && p.protocol.as_str() == proto)
        .collect();
    if found.is_empty() {
        anyhow::bail!("no public port '{num}/{proto}' published for {}", rec.name);
    }
    for p in found {
        crate::format::line(&format!(
            "{}:{}",
            crate::runtime::net::host_ip_text(p),
            p.host_port
        ))?;
    }
    Ok(0)
}
