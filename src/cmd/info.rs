//! `berth info`: where berth keeps its state and what this host lets it do.

use serde::Serialize;

use crate::context::Context;
use crate::format;
use crate::host::Host;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format: "json" for scripts, or a Go template such as '{{.Driver}}' or
    /// '{{json .}}' (default: human-readable text)
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,
}

/// Field names follow docker's `info --format json` where one exists (Containers, Images,
/// Driver, KernelVersion, OperatingSystem, OSType, Architecture, NCPU, MemTotal,
/// CgroupVersion); the rest are berth's own.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Info {
    version: &'static str,
    rootless: bool,
    store_root: String,
    run_root: String,
    config_file: String,
    config_file_exists: bool,
    /// The storage driver new containers get: configured, or as probed on this boot.
    driver: String,
    images: usize,
    containers: usize,
    kernel_version: String,
    operating_system: String,
    #[serde(rename = "OSType")]
    os_type: &'static str,
    architecture: &'static str,
    #[serde(rename = "NCPU")]
    ncpu: usize,
    mem_total: u64,
    /// "1" or "2": the cgroup version resource limits use; "" without cgroups.
    cgroup_version: &'static str,
    /// "unified", "hybrid" (v1 with a v2 mount beside it), "legacy" or "none".
    cgroup_layout: &'static str,
    cgroup_controllers: Vec<String>,
    overlay: bool,
    fuse_overlayfs: Option<String>,
    user_namespaces: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_namespaces_reason: Option<String>,
    newuidmap: Option<String>,
    seccomp: bool,
    /// `net.ipv4.ip_forward` (docker's field): berth turns it on with its first bridge.
    #[serde(rename = "IPv4Forwarding")]
    ipv4_forwarding: bool,
    /// The registries.conf files read, in order (podman's files; berth.toml's
    /// `[registries]` comes first).
    registries_conf_files: Vec<String>,
    /// Where short names are looked up.
    search_registries: Vec<String>,
    /// The containers.conf files read, in order (their `[containers]` defaults apply to
    /// new containers under the flags).
    containers_conf_files: Vec<String>,
    /// podman's `.Host.*` and `.Store.*` template fields.
    host: PodmanHost,
    store: PodmanStore,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct PodmanHost {
    #[serde(rename = "OCIRuntime")]
    oci_runtime: NameOnly,
    network_backend: &'static str,
    cgroup_manager: String,
    cgroup_version: String,
    security: Security,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct NameOnly {
    name: &'static str,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Security {
    rootless: bool,
    seccomp_enabled: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct PodmanStore {
    graph_root: String,
    run_root: String,
    graph_driver_name: String,
    image_store: Count,
    container_store: Count,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Count {
    number: usize,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let wanted = args.format.as_deref().unwrap_or("");
    let template = match wanted.trim() {
        "" | "json" => None,
        _ => Some(format::template::Template::parse_for_json(wanted)?),
    };
    let info = gather(ctx);
    if let Some(t) = template {
        let value = serde_json::to_value(&info)?;
        let mut text = t.execute_json(&value)?;
        text.push('\n');
        format::raw(text.as_bytes())?;
    } else if wanted.trim() == "json" {
        format::json(&info)?;
    } else {
        print_text(&info)?;
    }
    Ok(0)
}

fn gather(ctx: &Context) -> Info {
    let host = Host::default();
    let config_file = match std::env::var_os("BERTH_CONFIG") {
        Some(p) => Some(p.into()),
        None => crate::config::config_path(ctx.rootless).ok(),
    };
    let userns = host.userns_support();
    let layout = host.cgroup_layout();
    let (images, containers) = crate::store::counts(&ctx.root, &ctx.runroot);
    let driver =
        crate::runtime::driver::current(ctx.config.storage.driver.as_deref(), &ctx.runroot);
    let registries = &ctx.config.registries;
    // An invalid registries.conf is reported by the commands that need it; info shows what
    // could be read.
    let conf = registries.conf().ok();
    let search_registries = match (&registries.search, conf.and_then(|c| c.search.clone())) {
        (berth, _) if !berth.is_empty() => berth.clone(),
        (_, Some(conf)) => conf,
        _ => vec![crate::registry::reference::DOCKER_HUB.to_owned()],
    };
    let seccomp = host.seccomp_available();
    let cgroup_version = layout.version();
    Info {
        registries_conf_files: conf
            .map(|c| c.files.iter().map(|f| f.display().to_string()).collect())
            .unwrap_or_default(),
        search_registries,
        containers_conf_files: ctx
            .config
            .containers_conf(ctx.rootless)
            .map(|c| c.files.iter().map(|f| f.display().to_string()).collect())
            .unwrap_or_default(),
        host: PodmanHost {
            oci_runtime: NameOnly { name: "berth" },
            network_backend: "berth",
            cgroup_manager: ctx.cgroup_manager.clone(),
            cgroup_version: format!("v{cgroup_version}"),
            security: Security {
                rootless: ctx.rootless,
                seccomp_enabled: seccomp,
            },
        },
        store: PodmanStore {
            graph_root: ctx.root.display().to_string(),
            run_root: ctx.runroot.display().to_string(),
            graph_driver_name: driver.clone(),
            image_store: Count { number: images },
            container_store: Count { number: containers },
        },
        version: env!("CARGO_PKG_VERSION"),
        rootless: ctx.rootless,
        store_root: ctx.root.display().to_string(),
        run_root: ctx.runroot.display().to_string(),
        config_file_exists: config_file
            .as_ref()
            .is_some_and(|p: &std::path::PathBuf| p.is_file()),
        config_file: config_file
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        driver,
        images,
        containers,
        kernel_version: Host::kernel_release(),
        operating_system: host.os_name().unwrap_or_default(),
        os_type: std::env::consts::OS,
        architecture: std::env::consts::ARCH,
        ncpu: std::thread::available_parallelism().map_or(1, |n| n.get()),
        mem_total: host.mem_total().unwrap_or(0),
        cgroup_version,
        cgroup_layout: layout.name(),
        cgroup_controllers: host.cgroup_controllers(),
        overlay: host.overlay_available(),
        fuse_overlayfs: crate::host::which("fuse-overlayfs").map(|p| p.display().to_string()),
        user_namespaces: userns.available,
        user_namespaces_reason: userns.reason,
        newuidmap: crate::host::which("newuidmap").map(|p| p.display().to_string()),
        seccomp,
        ipv4_forwarding: crate::network::attach::forwarding_on(),
    }
}

/// A list of files for the text output: comma-separated, or "none".
fn or_none(files: &[String]) -> String {
    match files {
        [] => "none".to_owned(),
        _ => files.join(", "),
    }
}

fn print_text(i: &Info) -> anyhow::Result<()> {
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let found = |p: &Option<String>| match p {
        Some(p) => format!("yes ({p})"),
        None => "no".to_owned(),
    };
    format::key_values(
        "",
        &[
            ("Version:", i.version.to_owned()),
            ("Rootless:", i.rootless.to_string()),
        ],
    )?;
    format::key_values(
        "Storage:",
        &[
            ("Root:", i.store_root.clone()),
            ("Run root:", i.run_root.clone()),
            (
                "Config file:",
                if i.config_file_exists {
                    i.config_file.clone()
                } else {
                    format!("{} (not present)", i.config_file)
                },
            ),
            ("containers.conf:", or_none(&i.containers_conf_files)),
            ("Driver:", i.driver.clone()),
            ("Images:", i.images.to_string()),
            ("Containers:", i.containers.to_string()),
        ],
    )?;
    format::key_values(
        "Registries:",
        &[
            ("Search:", i.search_registries.join(", ")),
            ("registries.conf:", or_none(&i.registries_conf_files)),
        ],
    )?;
    let cgroup = match i.cgroup_layout {
        "none" => "none".to_owned(),
        layout => format!("{} ({layout})", i.cgroup_version),
    };
    format::key_values(
        "Host:",
        &[
            ("Kernel version:", i.kernel_version.clone()),
            ("Operating system:", i.operating_system.clone()),
            ("Architecture:", i.architecture.to_owned()),
            ("CPUs:", i.ncpu.to_string()),
            ("Total memory:", crate::units::bytes_size(i.mem_total)),
            ("Cgroup version:", cgroup),
            ("Cgroup controllers:", i.cgroup_controllers.join(" ")),
        ],
    )?;
    let userns = match &i.user_namespaces_reason {
        Some(r) if !i.user_namespaces => format!("no ({r})"),
        _ => yes_no(i.user_namespaces),
    };
    format::key_values(
        "Features:",
        &[
            ("Overlay:", yes_no(i.overlay)),
            ("fuse-overlayfs:", found(&i.fuse_overlayfs)),
            ("User namespaces:", userns),
            ("newuidmap:", found(&i.newuidmap)),
            ("Seccomp:", yes_no(i.seccomp)),
            ("IPv4 forwarding:", yes_no(i.ipv4_forwarding)),
        ],
    )?;
    Ok(())
}
