//! A handle on a container's root for `cp`, opened in the forked helper (single-threaded,
//! non-dumpable, about to `_exit`), and the identity the copy works as.
//!
//! - Running (someone holds its run lock): the root is `/proc/PID/root` of its init, opened
//!   after a pidfd pins the process and checked alive afterwards (a recycled pid is never
//!   trusted). Rootless, the helper first joins the user namespace owning the container's
//!   mount namespace, as `exec` does. Paths below the root cross the container's own mounts
//!   (binds, tmpfs) as its processes see them.
//! - Stopped: the helper takes the run lock (a `start` meanwhile is refused, the upper dir
//!   is never mounted twice), enters berth's user namespace and a private mount namespace,
//!   mounts the container's writable root there as `start` would, and binds the
//!   container's bind mounts on their destinations where they exist.
//!
//! keep-id, auto and `--uidmap` containers: finally a namespace with the container's maps,
//! so owners read and written are the container's ids.

use std::fs::File;
use std::os::fd::{AsFd, OwnedFd};

use anyhow::Context as _;
use rustix::fs::{Mode, OFlags};

use crate::store::Store;
use crate::store::containers::{ContainerRecord, RunLock};

/// The open root; the guards keep it usable until the copy ends.
pub struct View {
    pub root: OwnedFd,
    _fuse: Option<super::super::driver::fuse::FuseMount>,
    _lock: Option<RunLock>,
}

/// Open the container's root. Call only in the helper: it changes the process's
/// namespaces and identity.
pub fn open(store: &Store, rec: &ContainerRecord, rootless: bool) -> anyhow::Result<View> {
    // A process in the container may share our user namespace: it must not be able to
    // ptrace the helper or open its descriptors.
    set_dumpable(false)?;
    let view = match store.try_run_lock(&rec.id)? {
        Some(lock) => stopped(store, rec, rootless, lock)?,
        None => running(store, rec)?,
    };
    if let Some(n) = crate::sandbox::keepid::nested(&rec.spec.security) {
        // Mapping the new namespace writes our child's /proc/PID/uid_map, which only a
        // dumpable process's child lets us open. Safe for this moment: every process of
        // such a container lives in a user namespace nested below ours and holds no
        // capability in ours, so the kernel refuses it access to us either way.
        set_dumpable(true)?;
        crate::sandbox::keepid::see_as_container(&n)?;
        set_dumpable(false)?;
    }
    // Changing ids cleared it.
    crate::sys::process::die_with_parent();
    Ok(view)
}

fn running(store: &Store, rec: &ContainerRecord) -> anyhow::Result<View> {
    let gone = || anyhow::anyhow!("container {} stopped during the copy", rec.name);
    let pid = store.read_run_state(&rec.id).ok_or_else(gone)?.pid;
    let pidfd = rustix::process::pidfd_open(
        rustix::process::Pid::from_raw(pid).ok_or_else(gone)?,
        rustix::process::PidfdFlags::empty(),
    )
    .map_err(|_| gone())?;
    // The pid is the init's as long as the container still runs with it.
    if !store.is_running(&rec.id) || store.read_run_state(&rec.id).map(|s| s.pid) != Some(pid) {
        return Err(gone());
    }
    let proc_dir = format!("/proc/{pid}");
    let mnt = File::open(format!("{proc_dir}/ns/mnt")).map_err(|_| gone())?;
    if let Some(owner) = crate::sys::ns::owner_userns(&mnt)
        && let Ok(ours) = File::open("/proc/self/ns/user")
        && !crate::sandbox::exec::same_ns(&owner, &ours)
    {
        nix::sched::setns(owner.as_fd(), nix::sched::CloneFlags::CLONE_NEWUSER)
            .context("joining the container's user namespace")?;
        crate::sandbox::idmap::become_root()?;
    }
    let root = rustix::fs::open(
        format!("{proc_dir}/root").as_str(),
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening the root of container {}", rec.name))?;
    // Still the same process: the root opened is the container's.
    let alive = rustix::event::poll(
        &mut [rustix::event::PollFd::new(
            &pidfd,
            rustix::event::PollFlags::IN,
        )],
        Some(&rustix::event::Timespec::default()),
    )
    .context("checking the container's init")?
        == 0;
    if !alive {
        return Err(gone());
    }
    Ok(View {
        root,
        _fuse: None,
        _lock: None,
    })
}

fn stopped(
    store: &Store,
    rec: &ContainerRecord,
    rootless: bool,
    lock: RunLock,
) -> anyhow::Result<View> {
    if rootless {
        crate::sandbox::userns::enter()?;
    }
    let dir = store.container_dir(&rec.id);
    let mut fuse = None;
    let target = if rec.driver == "copy" {
        dir.join("rootfs")
    } else {
        let image = store.image_by_id(&rec.image)?;
        let lowers = match crate::sandbox::keepid::nested(&rec.spec.security) {
            Some(n) => store.shifted_layer_dirs(&image, &n)?,
            None => store.image_layer_dirs(&image)?,
        };
        let view = super::super::export::view_dir(store, rec)?;
        super::super::driver::fuse::enter_private_mount_namespace()?;
        let (upper, work) = (dir.join("upper"), dir.join("work"));
        if rec.driver == super::super::driver::fuse::DRIVER {
            fuse = Some(super::super::driver::fuse::mount(
                &lowers,
                Some((&upper, &work)),
                &view,
            )?);
        } else {
            crate::sandbox::rootfs::mount_overlay(&lowers, &upper, &work, &view)?;
        }
        view
    };
    if rec.driver == "copy" {
        super::super::driver::fuse::enter_private_mount_namespace()?;
    }
    let root = rustix::fs::open(
        &target,
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening {}", target.display()))?;
    for m in &rec.spec.mounts {
        crate::sandbox::rootfs::bind_if_present(&root, &m.source, &m.destination, m.read_only)?;
    }
    Ok(View {
        root,
        _fuse: fuse,
        _lock: Some(lock),
    })
}

fn set_dumpable(on: bool) -> anyhow::Result<()> {
    use rustix::process::DumpableBehavior::{Dumpable, NotDumpable};
    rustix::process::set_dumpable_behavior(if on { Dumpable } else { NotDumpable })
        .context("setting whether the copy helper is dumpable")
}
