//! Choosing how container root filesystems are assembled: overlayfs where the kernel lets
//! us mount it, else a private copy. The probe runs once per boot (its answer is cached in
//! the runtime dir, which a reboot clears) and a fallback is announced on stderr.

use std::path::Path;

use anyhow::Context as _;

use crate::sandbox::clone::{Cloned, clone_fork};

/// The driver to use for new containers.
pub fn choose(configured: Option<&str>, root: &Path, runroot: &Path) -> anyhow::Result<String> {
    if let Some(d) = configured {
        if d == "fuse-overlayfs" {
            anyhow::bail!(
                "storage driver fuse-overlayfs is not supported yet; use overlay or copy"
            );
        }
        return Ok(d.to_string());
    }
    let cache = runroot.join("storage-driver");
    if let Ok(d) = std::fs::read_to_string(&cache) {
        let d = d.trim();
        if matches!(d, "overlay" | "copy") {
            return Ok(d.to_string());
        }
    }
    let driver = match probe_overlay(&root.join("tmp")) {
        Ok(()) => "overlay",
        Err(e) => {
            crate::format::notice(&format!(
                "overlayfs cannot be mounted here ({e:#}); containers get a copied root \
                 filesystem instead (slower to create, uses more disk)"
            ));
            "copy"
        }
    };
    let _ = std::fs::write(&cache, driver);
    Ok(driver.to_string())
}

/// The driver `choose` would pick, without probing: the configured one, the one probed
/// earlier on this boot, or "auto" when no container was created yet.
pub fn current(configured: Option<&str>, runroot: &Path) -> String {
    if let Some(d) = configured {
        return d.to_string();
    }
    match std::fs::read_to_string(runroot.join("storage-driver")) {
        Ok(d) if matches!(d.trim(), "overlay" | "copy") => d.trim().to_string(),
        _ => "auto (overlay when it can be mounted, else copy)".to_string(),
    }
}

/// Try an overlay mount with our options in a throwaway mount namespace.
fn probe_overlay(tmp: &Path) -> anyhow::Result<()> {
    let dir = tempfile::Builder::new()
        .prefix(".probe-")
        .tempdir_in(tmp)
        .context("creating a probe directory")?;
    for d in ["l1", "l2", "u", "w", "m"] {
        std::fs::create_dir(dir.path().join(d))?;
    }
    let p = |d: &str| dir.path().join(d).display().to_string();
    let opts = format!(
        "lowerdir={}:{},upperdir={},workdir={},userxattr",
        p("l2"),
        p("l1"),
        p("u"),
        p("w")
    );
    let target = p("m");
    match clone_fork(nix::sched::CloneFlags::CLONE_NEWNS).context("probing overlayfs")? {
        Cloned::Child => {
            let ok = nix::mount::mount(
                Some("overlay"),
                target.as_str(),
                Some("overlay"),
                nix::mount::MsFlags::empty(),
                Some(opts.as_str()),
            );
            let code = match ok {
                Ok(()) => 0,
                Err(e) => e as i32,
            };
            // SAFETY: leave the probe child without running the parent's destructors.
            unsafe { libc::_exit(code) }
        }
        Cloned::Parent(pid) => match nix::sys::wait::waitpid(pid, None)? {
            nix::sys::wait::WaitStatus::Exited(_, 0) => Ok(()),
            nix::sys::wait::WaitStatus::Exited(_, errno) => {
                Err(std::io::Error::from_raw_os_error(errno)).context("mounting overlay")
            }
            other => anyhow::bail!("overlay probe ended with {other:?}"),
        },
    }
}
