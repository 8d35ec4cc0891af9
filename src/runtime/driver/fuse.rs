//! The "fuse-overlayfs" storage driver: where the kernel's overlayfs cannot be mounted but
//! the fuse-overlayfs program is installed, the same layers and upper dir are served by it.
//!
//! The process that starts the container moves into a private mount namespace of its own,
//! runs the file system daemon there in the foreground (so it stays outside the container's
//! pid namespace and dies with us: PDEATHSIG), and clones the container from that namespace,
//! which therefore starts with the mount in place. Nothing is mounted on the host, so there
//! is nothing to clean up when berth is killed.

use std::io::{Read, Seek};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use nix::mount::{MntFlags, MsFlags};

use crate::sandbox::plan::Rootfs;
use crate::spec::userns::IdMap;

pub const DRIVER: &str = "fuse-overlayfs";
const PROGRAM: &str = "fuse-overlayfs";
/// A healthy daemon mounts within milliseconds; this only bounds a hung one.
const MOUNT_TIMEOUT: Duration = Duration::from_secs(10);

/// The fuse-overlayfs program found on PATH, if any.
pub fn program() -> Option<PathBuf> {
    crate::host::which(PROGRAM)
}

/// A mounted fuse-overlayfs; unmounted and its daemon stopped when dropped.
#[derive(Debug)]
pub struct FuseMount {
    daemon: Child,
    target: PathBuf,
}

impl Drop for FuseMount {
    fn drop(&mut self) {
        let _ = nix::mount::umount2(&self.target, MntFlags::MNT_DETACH);
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// For a container on the fuse-overlayfs driver: mount its root in a private mount
/// namespace of this process and return the mounted tree as the root to plan with. Must
/// run right before the sandbox is spawned; the returned guard must live until the
/// container has exited. Other drivers' roots come back as they are.
pub fn serve(
    driver: &str,
    rootfs: Rootfs,
    id_map: Option<IdMap>,
) -> anyhow::Result<(Rootfs, Option<FuseMount>)> {
    let Rootfs::Overlay {
        lowers,
        upper,
        work,
        target,
    } = &rootfs
    else {
        return Ok((rootfs, None));
    };
    if driver != DRIVER {
        return Ok((rootfs, None));
    }
    enter_private_mount_namespace()?;
    match std::fs::create_dir(target) {
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
            return Err(e).with_context(|| format!("creating {}", target.display()));
        }
        _ => {}
    }
    // `--userns=auto`: the daemon shows the stored owners shifted into the container's
    // range and stores what the range writes as the image's ids, as an id-mapped mount
    // does on the overlay driver (the kernel cannot id-map a FUSE mount).
    let shift = id_map.map(|m| {
        format!(
            "uidmapping=0:{}:{},gidmapping=0:{}:{}",
            m.uid, m.size, m.gid, m.size
        )
    });
    let mounted = mount_shifted(lowers, Some((upper, work)), target, shift.as_deref())?;
    let path = target.clone();
    Ok((Rootfs::Dir { path }, Some(mounted)))
}

/// Give this process its own mount namespace whose mounts never propagate to the host.
pub fn enter_private_mount_namespace() -> anyhow::Result<()> {
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
        .context("creating a private mount namespace")?;
    nix::mount::mount(
        None::<&str>,
        "/",
        None::<&str>,
        MsFlags::MS_REC | MsFlags::MS_PRIVATE,
        None::<&str>,
    )
    .context("making mounts private")
}

/// Mount `lowers` (lowest first) and, when given, a writable (upper, work) pair at `target`
/// with fuse-overlayfs; read-only without an upper. The caller's mount namespace should be
/// private, since the mount lasts as long as the returned guard.
pub fn mount(
    lowers: &[PathBuf],
    upper: Option<(&PathBuf, &PathBuf)>,
    target: &Path,
) -> anyhow::Result<FuseMount> {
    mount_shifted(lowers, upper, target, None)
}

/// [`mount`] with the daemon's `uidmapping=`/`gidmapping=` options, when given.
fn mount_shifted(
    lowers: &[PathBuf],
    upper: Option<(&PathBuf, &PathBuf)>,
    target: &Path,
    shift: Option<&str>,
) -> anyhow::Result<FuseMount> {
    let Some(program) = program() else {
        bail!("the {PROGRAM} program is not installed (package fuse-overlayfs)");
    };
    let mut dirs: Vec<&Path> = lowers.iter().map(PathBuf::as_path).collect();
    if let Some((u, w)) = upper {
        dirs.extend([u.as_path(), w.as_path()]);
    }
    // Options are comma- and colon-separated: name the dirs relative to their common base
    // (the daemon's working directory), so only the store's own names appear in them.
    let base = common_base(&dirs)
        .with_context(|| format!("layers of {} share no base directory", target.display()))?;
    let rel = |p: &Path| -> anyhow::Result<String> {
        let r = p.strip_prefix(&base).unwrap_or(p).display().to_string();
        if r.contains([',', ':']) {
            bail!(
                "{} cannot be given to {PROGRAM}: it contains ',' or ':'",
                p.display()
            );
        }
        Ok(r)
    };
    let top_first = lowers
        .iter()
        .rev()
        .map(|l| rel(l))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut opts = format!("lowerdir={}", top_first.join(":"));
    if let Some((u, w)) = upper {
        opts.push_str(&format!(",upperdir={},workdir={}", rel(u)?, rel(w)?));
    }
    if let Some(shift) = shift {
        opts.push(',');
        opts.push_str(shift);
    }

    let before = rustix::fs::stat(target)
        .with_context(|| format!("looking at {}", target.display()))?
        .st_dev;
    // Its complaints are kept in memory and shown only if the mount fails; a pipe nobody
    // reads could block or kill the daemon later.
    let log = rustix::fs::memfd_create("fuse-overlayfs-log", rustix::fs::MemfdFlags::CLOEXEC)
        .context("creating a log for fuse-overlayfs")?;
    let mut log = std::fs::File::from(log);
    let mut cmd = Command::new(&program);
    cmd.arg("-f")
        .arg("-o")
        .arg(&opts)
        .arg(target)
        .current_dir(&base)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log.try_clone().context("sharing the fuse-overlayfs log")?);
    crate::sys::process::spawn_dying_with_parent(&mut cmd);
    let daemon = cmd
        .spawn()
        .with_context(|| format!("starting {}", program.display()))?;
    let mut mounted = FuseMount {
        daemon,
        target: target.to_path_buf(),
    };

    let started = Instant::now();
    let mut pause = Duration::from_micros(200);
    loop {
        if let Some(status) = mounted
            .daemon
            .try_wait()
            .context("watching fuse-overlayfs")?
        {
            let mut text = String::new();
            let _ = log.rewind();
            let _ = log.read_to_string(&mut text);
            let reason = text
                .lines()
                .filter(|l| !l.starts_with("unknown argument ignored"))
                .collect::<Vec<_>>()
                .join("; ");
            bail!(
                "{PROGRAM} could not mount {} ({status}): {}",
                target.display(),
                if reason.is_empty() {
                    "no message"
                } else {
                    &reason
                }
            );
        }
        let now = rustix::fs::stat(target)
            .with_context(|| format!("looking at {}", target.display()))?
            .st_dev;
        if now != before {
            return Ok(mounted);
        }
        if started.elapsed() > MOUNT_TIMEOUT {
            bail!(
                "{PROGRAM} did not mount {} within {} seconds",
                target.display(),
                MOUNT_TIMEOUT.as_secs()
            );
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// The deepest directory that contains every one of `dirs`.
fn common_base(dirs: &[&Path]) -> Option<PathBuf> {
    let first = dirs.first()?;
    first
        .ancestors()
        .skip(1)
        .find(|a| dirs.iter().all(|d| d.starts_with(a)))
        .map(Path::to_path_buf)
}

/// Mount the probe's two-layer overlay through fuse-overlayfs and write through it.
pub(super) fn probe_mount(d: &super::ProbeDirs) -> anyhow::Result<()> {
    let mounted = mount(&d.lowers, Some((&d.upper, &d.work)), &d.target)?;
    // Writing through it proves the upper dir works, not just the mount.
    std::fs::write(d.target.join("probe"), b"ok").context("writing through fuse-overlayfs")?;
    drop(mounted);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_base_is_the_deepest_shared_parent() {
        let a = Path::new("/s/layers/aa/diff");
        let b = Path::new("/s/layers/bb/diff");
        let u = Path::new("/s/containers/c1/upper");
        assert_eq!(common_base(&[a, b]), Some(PathBuf::from("/s/layers")));
        assert_eq!(common_base(&[a, b, u]), Some(PathBuf::from("/s")));
        assert_eq!(common_base(&[a]), Some(PathBuf::from("/s/layers/aa")));
        assert_eq!(common_base(&[]), None);
    }
}
