//! The "overlay" storage driver: the kernel's overlayfs, mounted by the container init
//! (`sandbox::rootfs`). Here only the probe that tells whether this host lets berth mount it.

use anyhow::Context as _;

use super::ProbeDirs;

/// Mount the probe's two-layer overlay with the options containers use.
pub(super) fn probe_mount(d: &ProbeDirs) -> anyhow::Result<()> {
    let top_first: Vec<String> = d
        .lowers
        .iter()
        .rev()
        .map(|l| l.display().to_string())
        .collect();
    let opts = format!(
        "lowerdir={},upperdir={},workdir={},userxattr",
        top_first.join(":"),
        d.upper.display(),
        d.work.display()
    );
    nix::mount::mount(
        Some("overlay"),
        &d.target,
        Some("overlay"),
        nix::mount::MsFlags::empty(),
        Some(opts.as_str()),
    )
    .context("mounting overlay")
}
