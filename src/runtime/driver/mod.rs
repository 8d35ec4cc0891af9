//! Choosing how container root filesystems are assembled: overlayfs where the kernel lets
//! us mount it, else fuse-overlayfs where it is installed and works, else a private copy.
//! The probe runs once per boot (its answer is cached in the runtime dir, which a reboot
//! clears) and a fallback is announced on stderr.

pub mod copy;
pub mod fuse;
mod overlay;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::sys::process::{Cloned, clone_fork};

/// Drivers that can be configured or cached, best first.
const KNOWN: [&str; 3] = ["overlay", fuse::DRIVER, "copy"];

/// The driver to use for new containers of `store`.
pub fn choose(configured: Option<&str>, store: &crate::store::Store) -> anyhow::Result<String> {
    let (root, runroot) = (store.root.as_path(), store.runroot.as_path());
    if let Some(d) = configured {
        if d == fuse::DRIVER && fuse::program().is_none() {
            anyhow::bail!(
                "storage.driver is fuse-overlayfs but the fuse-overlayfs program is not \
                 installed (package fuse-overlayfs)"
            );
        }
        return Ok(d.to_string());
    }
    let cache = runroot.join("storage-driver");
    if let Ok(d) = std::fs::read_to_string(&cache)
        && let Some(known) = KNOWN.iter().find(|k| **k == d.trim())
    {
        return Ok(known.to_string());
    }
    let tmp = root.join("tmp");
    let driver = match probe(&tmp, overlay::probe_mount) {
        Ok(()) => "overlay",
        Err(overlay) => match probe(&tmp, fuse::probe_mount) {
            Ok(()) => {
                crate::term::notice(&format!(
                    "overlayfs cannot be mounted here ({overlay:#}); containers use \
                     fuse-overlayfs instead"
                ));
                fuse::DRIVER
            }
            Err(fuse) => {
                crate::term::notice(&format!(
                    "overlayfs cannot be mounted here ({overlay:#}) and fuse-overlayfs \
                     cannot either ({fuse:#}); containers get a copied root filesystem \
                     instead (slower to create, uses more disk)"
                ));
                "copy"
            }
        },
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
        Ok(d) if KNOWN.contains(&d.trim()) => d.trim().to_string(),
        _ => "auto (overlay when it can be mounted, else fuse-overlayfs, else copy)".to_string(),
    }
}

/// Directories of a throwaway two-layer overlay.
pub(super) struct ProbeDirs {
    pub(super) lowers: Vec<PathBuf>,
    pub(super) upper: PathBuf,
    pub(super) work: PathBuf,
    pub(super) target: PathBuf,
}

/// Try `mount` on fresh probe directories, in a throwaway child with its own private
/// mount namespace; its error comes back through a pipe.
fn probe(tmp: &Path, mount: fn(&ProbeDirs) -> anyhow::Result<()>) -> anyhow::Result<()> {
    let dir = tempfile::Builder::new()
        .prefix(".probe-")
        .tempdir_in(tmp)
        .context("creating a probe directory")?;
    for d in ["l1", "l2", "u", "w", "m"] {
        std::fs::create_dir(dir.path().join(d))?;
    }
    let p = |d: &str| dir.path().join(d);
    let dirs = ProbeDirs {
        lowers: vec![p("l1"), p("l2")],
        upper: p("u"),
        work: p("w"),
        target: p("m"),
    };
    let (mut rx, mut tx) = std::io::pipe().context("creating a pipe")?;
    match clone_fork(nix::sched::CloneFlags::CLONE_NEWNS).context("probing the storage driver")? {
        Cloned::Child => {
            drop(rx);
            let result = nix::mount::mount(
                None::<&str>,
                "/",
                None::<&str>,
                nix::mount::MsFlags::MS_REC | nix::mount::MsFlags::MS_PRIVATE,
                None::<&str>,
            )
            .context("making mounts private")
            .and_then(|()| mount(&dirs));
            let code = match result {
                Ok(()) => 0,
                Err(e) => {
                    let _ = tx.write_all(format!("{e:#}").as_bytes());
                    1
                }
            };
            // Leave the probe child without running the parent's destructors.
            crate::sys::process::exit_now(code)
        }
        Cloned::Parent(pid) => {
            drop(tx);
            let mut reason = String::new();
            let _ = rx.read_to_string(&mut reason);
            match nix::sys::wait::waitpid(pid, None)? {
                nix::sys::wait::WaitStatus::Exited(_, 0) => Ok(()),
                nix::sys::wait::WaitStatus::Exited(..) => Err(anyhow::anyhow!(reason)),
                other => anyhow::bail!("the storage driver probe ended with {other:?}"),
            }
        }
    }
}
