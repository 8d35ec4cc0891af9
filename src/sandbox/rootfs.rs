//! Building the container's root: the overlay (or private copy), then each planned mount,
//! every destination resolved inside the new root, then pivot_root.
//!
//! Destinations are opened with openat2(RESOLVE_IN_ROOT) from a handle on the new root and
//! mounted through /proc/self/fd/N, so a symlink planted in an image (`/proc -> /`,
//! `etc/hosts -> /etc/shadow`) can never redirect a mount onto the host.

use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::Path;

use anyhow::{Context as _, bail};
use nix::mount::{MntFlags, MsFlags, mount, umount2};
use rustix::fs::{Mode, OFlags, ResolveFlags, openat2};

use super::plan::{MountFlags, MountOp, Rootfs, SandboxPlan};

const RESOLVE: ResolveFlags = ResolveFlags::IN_ROOT.union(ResolveFlags::NO_MAGICLINKS);

/// Standard device nodes: (name, major, minor).
const DEVICES: [(&str, u64, u64); 6] = [
    ("null", 1, 3),
    ("zero", 1, 5),
    ("full", 1, 7),
    ("random", 1, 8),
    ("urandom", 1, 9),
    ("tty", 5, 0),
];

fn fd_path(fd: &impl AsRawFd) -> String {
    format!("/proc/self/fd/{}", fd.as_raw_fd())
}

/// Mount the root filesystem at its target and return an O_PATH handle on it.
pub fn mount_root(rootfs: &Rootfs) -> anyhow::Result<OwnedFd> {
    match rootfs {
        Rootfs::Overlay {
            lowers,
            upper,
            work,
            target,
        } => mount_overlay(lowers, upper, work, target)?,
        Rootfs::Dir { path } => {
            // pivot_root needs a mount point: bind the copy onto itself.
            mount(
                Some(path),
                path,
                None::<&str>,
                MsFlags::MS_BIND | MsFlags::MS_REC,
                None::<&str>,
            )
            .with_context(|| format!("bind-mounting {}", path.display()))?;
        }
    }
    open_dir_path(rootfs.target())
}

fn open_dir_path(path: &Path) -> anyhow::Result<OwnedFd> {
    rustix::fs::open(
        path,
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening {}", path.display()))
}

/// Overlay options are limited to one page; layer paths are made relative to their common
/// parent directory (we chdir there first) so deep images still fit.
pub fn overlay_options(
    lowers: &[std::path::PathBuf],
    upper: &Path,
    work: &Path,
) -> (Option<std::path::PathBuf>, String) {
    let base = lowers
        .first()
        .and_then(|l| l.parent())
        .and_then(|p| p.parent())
        .map(Path::to_path_buf);
    let rel = |p: &Path| -> String {
        match &base {
            Some(b) => p
                .strip_prefix(b)
                .map(|r| r.display().to_string())
                .unwrap_or_else(|_| p.display().to_string()),
            None => p.display().to_string(),
        }
    };
    // overlay wants the topmost layer first.
    let lower: Vec<String> = lowers.iter().rev().map(|l| rel(l)).collect();
    let opts = format!(
        "lowerdir={},upperdir={},workdir={},userxattr",
        lower.join(":"),
        upper.display(),
        work.display()
    );
    (base, opts)
}

/// The writable overlay of a container at `target` (`cp` into a stopped container).
pub fn mount_overlay(
    lowers: &[std::path::PathBuf],
    upper: &Path,
    work: &Path,
    target: &Path,
) -> anyhow::Result<()> {
    let (base, opts) = overlay_options(lowers, upper, work);
    if let Some(b) = &base {
        nix::unistd::chdir(b).with_context(|| format!("entering {}", b.display()))?;
    }
    mount(
        Some("overlay"),
        target,
        Some("overlay"),
        MsFlags::empty(),
        Some(opts.as_str()),
    )
    .with_context(|| format!("mounting the overlay root at {}", target.display()))
}

/// A read-only overlay of `lowers` (lowest first) at `target`, for looking at a container's
/// files from outside it.
pub fn mount_read_only_overlay(lowers: &[std::path::PathBuf], target: &Path) -> anyhow::Result<()> {
    let top_first: Vec<String> = lowers
        .iter()
        .rev()
        .map(|l| l.display().to_string())
        .collect();
    let opts = format!("lowerdir={},userxattr", top_first.join(":"));
    mount(
        Some("overlay"),
        target,
        Some("overlay"),
        MsFlags::MS_RDONLY,
        Some(opts.as_str()),
    )
    .with_context(|| format!("mounting a read-only view at {}", target.display()))
}

/// Mount a small tmpfs on `etc.dir` (private to this mount namespace) holding the
/// container's hosts, hostname and resolv.conf.
pub fn write_etc_files(etc: &super::plan::EtcFiles) -> anyhow::Result<()> {
    mount(
        Some("tmpfs"),
        &etc.dir,
        Some("tmpfs"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
        Some("size=256k,mode=755"),
    )
    .with_context(|| format!("mounting a tmpfs on {}", etc.dir.display()))?;
    for name in super::plan::EtcFiles::NAMES {
        let path = etc.dir.join(name);
        std::fs::write(&path, etc.content(name))
            .with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// Resolve `path` inside the root, creating missing directories on the way.
fn mkdir_in_root(root: &OwnedFd, path: &str) -> anyhow::Result<OwnedFd> {
    let comps: Vec<&str> = path
        .split('/')
        .filter(|c| !c.is_empty() && *c != ".")
        .collect();
    if comps.contains(&"..") {
        bail!("mount destination {path:?} must not contain \"..\"");
    }
    let open = |prefix: &str| {
        openat2(
            root,
            if prefix.is_empty() { "." } else { prefix },
            OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
            RESOLVE,
        )
    };
    if let Ok(fd) = open(&comps.join("/")) {
        return Ok(fd);
    }
    let mut dir = open("").context("opening the container root")?;
    for (i, comp) in comps.iter().enumerate() {
        let prefix = comps[..=i].join("/");
        match open(&prefix) {
            Ok(fd) => dir = fd,
            Err(rustix::io::Errno::NOENT) => {
                let parent = openat2(
                    root,
                    if i == 0 {
                        ".".to_string()
                    } else {
                        comps[..i].join("/")
                    },
                    OFlags::DIRECTORY | OFlags::CLOEXEC,
                    Mode::empty(),
                    RESOLVE,
                )
                .with_context(|| format!("opening the parent of /{prefix}"))?;
                match rustix::fs::mkdirat(&parent, *comp, Mode::from_raw_mode(0o755)) {
                    Ok(()) | Err(rustix::io::Errno::EXIST) => {}
                    Err(e) => return Err(e).with_context(|| format!("creating /{prefix}")),
                }
                dir = open(&prefix).with_context(|| format!("opening /{prefix}"))?;
            }
            Err(e) => return Err(e).with_context(|| format!("opening /{prefix}")),
        }
    }
    Ok(dir)
}

/// Like [`mkdir_in_root`], but a descriptor that can create entries (O_PATH cannot).
pub(super) fn dir_in_root(root: &OwnedFd, path: &str) -> anyhow::Result<OwnedFd> {
    let dir = mkdir_in_root(root, path)?;
    openat2(
        &dir,
        ".",
        OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
        ResolveFlags::empty(),
    )
    .with_context(|| format!("opening /{}", path.trim_start_matches('/')))
}

/// Resolve a file inside the root, creating an empty one (and its parents) when missing.
fn file_in_root(root: &OwnedFd, path: &str) -> anyhow::Result<OwnedFd> {
    let trimmed = path.trim_end_matches('/');
    let (parent, name) = trimmed.rsplit_once('/').unwrap_or(("", trimmed));
    if name.is_empty() || name == ".." || name == "." {
        bail!("invalid mount destination {path:?}");
    }
    let existing = openat2(
        root,
        trimmed.trim_start_matches('/'),
        OFlags::PATH | OFlags::CLOEXEC,
        Mode::empty(),
        RESOLVE,
    );
    if let Ok(fd) = existing {
        return Ok(fd);
    }
    let dir = dir_in_root(root, parent)?;
    let created = rustix::fs::openat(
        &dir,
        name,
        OFlags::CREATE | OFlags::WRONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::from_raw_mode(0o644),
    )
    .with_context(|| format!("creating the mount point {path}"))?;
    drop(created);
    openat2(
        root,
        trimmed.trim_start_matches('/'),
        OFlags::PATH | OFlags::CLOEXEC,
        Mode::empty(),
        RESOLVE,
    )
    .with_context(|| format!("opening the mount point {path}"))
}

fn ms_flags(f: MountFlags) -> MsFlags {
    let mut ms = MsFlags::empty();
    ms.set(MsFlags::MS_NOSUID, f.nosuid);
    ms.set(MsFlags::MS_NODEV, f.nodev);
    ms.set(MsFlags::MS_NOEXEC, f.noexec);
    ms
}

/// The group of terminals in the images of every common distribution.
const TTY_GID: u32 = 5;

fn mount_fs(
    root: &OwnedFd,
    fstype: &str,
    dest: &str,
    flags: MsFlags,
    data: Option<&str>,
) -> anyhow::Result<()> {
    let target = mkdir_in_root(root, dest)?;
    mount(
        Some(fstype),
        fd_path(&target).as_str(),
        Some(fstype),
        flags,
        data,
    )
    .with_context(|| format!("mounting {fstype} on {dest}"))
}

/// Apply one planned mount inside the new root.
pub fn apply(root: &OwnedFd, op: &MountOp, plan: &SandboxPlan) -> anyhow::Result<()> {
    let nsd = MsFlags::MS_NOSUID | MsFlags::MS_NODEV;
    match op {
        MountOp::Proc { dest } => {
            mount_fs(root, "proc", dest, nsd | MsFlags::MS_NOEXEC, None)?;
        }
        MountOp::Tmpfs { dest, flags, data } => {
            mount_fs(root, "tmpfs", dest, ms_flags(*flags), Some(data))?;
        }
        MountOp::UserTmpfs {
            dest,
            flags,
            read_only,
            data,
        } => {
            let mut ms = ms_flags(*flags);
            ms.set(MsFlags::MS_RDONLY, *read_only);
            mount_fs(root, "tmpfs", dest, ms, Some(data))?;
        }
        MountOp::Devpts { dest } => {
            let flags = MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC;
            let plain = "newinstance,ptmxmode=0666,mode=0620";
            // A pty's group is the container's tty group, 5: under `--userns=auto` the
            // host id that stands for it (devpts is mounted before the namespace is
            // entered, so `gid=` names a host id); in a namespace nested in rootless
            // berth's (keep-id, rootless auto), the id of berth's namespace that does.
            let nested = super::keepid::nested(&plan.security);
            let with_gid = match (&plan.security.id_map, &nested) {
                (_, Some(n)) => format!("{plain},gid={}", n.shift_gid(TTY_GID)).into(),
                (None, None) => {
                    std::borrow::Cow::Borrowed("newinstance,ptmxmode=0666,mode=0620,gid=5")
                }
                (Some(map), None) => match super::idmap::host_gid(map, TTY_GID) {
                    Some(gid) => format!("{plain},gid={gid}").into(),
                    None => plain.into(),
                },
            };
            // gid 5 (tty) is not mapped when rootless without subordinate ids.
            if mount_fs(root, "devpts", dest, flags, Some(&with_gid)).is_err() {
                mount_fs(root, "devpts", dest, flags, Some(plain))?;
            }
            if let Some(map) = &plan.security.id_map {
                super::idmap::own_devpts_root(&dir_in_root(root, dest)?, map)?;
            }
            if let Some(n) = &nested {
                super::keepid::own_devpts_root(&dir_in_root(root, dest)?, n)?;
            }
        }
        MountOp::Mqueue { dest } => {
            mount_fs(root, "mqueue", dest, nsd | MsFlags::MS_NOEXEC, None)?;
        }
        MountOp::Sysfs { dest } => {
            let flags = nsd | MsFlags::MS_NOEXEC | MsFlags::MS_RDONLY;
            mount_fs(root, "sysfs", dest, flags, None)?;
        }
        MountOp::DevNodes => make_devices(root, plan.rootless)?,
        MountOp::HostDevices => host_devices(root, Path::new("/dev"), "/dev", plan.rootless)?,
        MountOp::Symlink { target, link } => {
            let (parent, name) = link.rsplit_once('/').unwrap_or(("", link));
            let dir = dir_in_root(root, parent)?;
            match rustix::fs::symlinkat(*target, &dir, name) {
                Ok(()) | Err(rustix::io::Errno::EXIST) => {}
                Err(e) => return Err(e).with_context(|| format!("creating symlink {link}")),
            }
        }
        MountOp::Bind {
            source,
            dest,
            read_only,
            file,
        } => bind(root, source, dest, *read_only, *file)?,
        MountOp::Mask { path } => mask(root, path)?,
        MountOp::ReadOnly { path } => read_only_path(root, path)?,
        MountOp::Device {
            source,
            dest,
            kind,
            major,
            minor,
        } => {
            if plan.rootless {
                bind(root, source, dest, false, true)?;
            } else {
                let (parent, name) = dest.rsplit_once('/').unwrap_or(("", dest));
                let dir = dir_in_root(root, parent)?;
                let ft = if *kind == 'b' {
                    rustix::fs::FileType::BlockDevice
                } else {
                    rustix::fs::FileType::CharacterDevice
                };
                make_node(&dir, name, ft, *major, *minor)
                    .with_context(|| format!("creating device {dest}"))?;
            }
        }
    }
    Ok(())
}

/// An existing path inside the root, not followed out of it; `None` when absent.
fn existing_in_root(root: &OwnedFd, path: &str) -> anyhow::Result<Option<OwnedFd>> {
    match openat2(
        root,
        path.trim_start_matches('/'),
        OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
        RESOLVE,
    ) {
        Ok(fd) => Ok(Some(fd)),
        Err(rustix::io::Errno::NOENT) => Ok(None),
        Err(e) => Err(e).with_context(|| format!("opening {path}")),
    }
}

fn mask(root: &OwnedFd, path: &str) -> anyhow::Result<()> {
    let Some(target) = existing_in_root(root, path)? else {
        return Ok(());
    };
    let is_dir = rustix::fs::fstat(&target)
        .map(|st| {
            rustix::fs::FileType::from_raw_mode(st.st_mode) == rustix::fs::FileType::Directory
        })
        .unwrap_or(false);
    let (source, fstype, flags, data) = if is_dir {
        (
            "tmpfs",
            Some("tmpfs"),
            MsFlags::MS_RDONLY,
            Some("size=0k,mode=555"),
        )
    } else {
        ("/dev/null", None, MsFlags::MS_BIND, None)
    };
    mount(Some(source), fd_path(&target).as_str(), fstype, flags, data)
        .with_context(|| format!("masking {path}"))
}

fn read_only_path(root: &OwnedFd, path: &str) -> anyhow::Result<()> {
    let Some(target) = existing_in_root(root, path)? else {
        return Ok(());
    };
    let at = fd_path(&target);
    mount(
        Some(at.as_str()),
        at.as_str(),
        None::<&str>,
        MsFlags::MS_BIND | MsFlags::MS_REC,
        None::<&str>,
    )
    .with_context(|| format!("binding {path} onto itself"))?;
    let Some(mounted) = existing_in_root(root, path)? else {
        bail!("{path} vanished while being made read-only");
    };
    remount_read_only(&fd_path(&mounted)).with_context(|| format!("making {path} read-only"))
}

/// Bind `source` on `dest` inside the root when `dest` exists there (`cp` on a stopped
/// container: its bind mounts, where its start made their destinations). True when bound.
pub fn bind_if_present(
    root: &OwnedFd,
    source: &Path,
    dest: &str,
    read_only: bool,
) -> anyhow::Result<bool> {
    let Some(target) = existing_in_root(root, dest)? else {
        return Ok(false);
    };
    bind_on(root, &target, source, dest, read_only)?;
    Ok(true)
}

fn make_node(
    dir: &OwnedFd,
    name: &str,
    ft: rustix::fs::FileType,
    major: u64,
    minor: u64,
) -> anyhow::Result<()> {
    match rustix::fs::mknodat(
        dir,
        name,
        ft,
        Mode::from_raw_mode(0o666),
        rustix::fs::makedev(major as u32, minor as u32),
    ) {
        Ok(()) | Err(rustix::io::Errno::EXIST) => {}
        Err(e) => return Err(e.into()),
    }
    // mknod honours the umask; the nodes must be usable by every user.
    let node = rustix::fs::openat(
        dir,
        name,
        OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    rustix::fs::chmod(fd_path(&node).as_str(), Mode::from_raw_mode(0o666))?;
    Ok(())
}

fn bind(
    root: &OwnedFd,
    source: &Path,
    dest: &str,
    read_only: bool,
    file: bool,
) -> anyhow::Result<()> {
    let target = if file {
        file_in_root(root, dest)?
    } else {
        mkdir_in_root(root, dest)?
    };
    bind_on(root, &target, source, dest, read_only)
}

/// Bind `source` on the handle `target` of `dest` inside the root, read-only if asked.
fn bind_on(
    root: &OwnedFd,
    target: &OwnedFd,
    source: &Path,
    dest: &str,
    read_only: bool,
) -> anyhow::Result<()> {
    mount(
        Some(source),
        fd_path(target).as_str(),
        None::<&str>,
        MsFlags::MS_BIND | MsFlags::MS_REC,
        None::<&str>,
    )
    .with_context(|| format!("bind-mounting {} on {dest}", source.display()))?;
    if read_only {
        // The old handle still names the directory under the new mount (a /proc/self/fd
        // link does not cross mounts); resolve again to reach the bind mount itself.
        let mounted = openat2(
            root,
            dest.trim_start_matches('/'),
            OFlags::PATH | OFlags::CLOEXEC,
            Mode::empty(),
            RESOLVE,
        )
        .with_context(|| format!("reopening {dest}"))?;
        remount_read_only(&fd_path(&mounted))
            .with_context(|| format!("making {dest} read-only"))?;
    }
    Ok(())
}

/// Remount a bind mount read-only, keeping the flags the kernel locks in a user namespace
/// (a remount that tried to clear nosuid/nodev/noexec there would fail with EPERM).
fn remount_read_only(target: &str) -> anyhow::Result<()> {
    let st = nix::sys::statvfs::statvfs(target)?;
    let f = st.flags();
    use nix::sys::statvfs::FsFlags;
    let mut ms = MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY;
    for (fs, m) in [
        (FsFlags::ST_NOSUID, MsFlags::MS_NOSUID),
        (FsFlags::ST_NODEV, MsFlags::MS_NODEV),
        (FsFlags::ST_NOEXEC, MsFlags::MS_NOEXEC),
        (FsFlags::ST_NOATIME, MsFlags::MS_NOATIME),
        (FsFlags::ST_NODIRATIME, MsFlags::MS_NODIRATIME),
        (FsFlags::ST_RELATIME, MsFlags::MS_RELATIME),
    ] {
        if f.contains(fs) {
            ms |= m;
        }
    }
    mount(None::<&str>, target, None::<&str>, ms, None::<&str>)?;
    Ok(())
}

fn make_devices(root: &OwnedFd, rootless: bool) -> anyhow::Result<()> {
    let dev = dir_in_root(root, "dev")?;
    for (name, major, minor) in DEVICES {
        if rootless {
            // A user namespace may not create device nodes: bind the host's instead.
            bind(
                root,
                &Path::new("/dev").join(name),
                &format!("/dev/{name}"),
                false,
                true,
            )?;
        } else {
            make_node(
                &dev,
                name,
                rustix::fs::FileType::CharacterDevice,
                major,
                minor,
            )
            .with_context(|| format!("creating /dev/{name}"))?;
        }
    }
    Ok(())
}

/// Directories of the host's /dev a privileged container does not take: it has its own
/// pts, shm and mqueue, and fd is a link into its own /proc.
const HOST_DEV_SKIPPED: [&str; 7] = ["pts", "shm", "fd", "mqueue", ".lxc", ".lxd-mounts", ".udev"];

/// Give the container every device node under the host's `dir` (still reachable: this
/// runs before pivot_root), at the same path under its /dev. Nodes it already has (the
/// standard set) are kept.
fn host_devices(root: &OwnedFd, dir: &Path, dest: &str, rootless: bool) -> anyhow::Result<()> {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let entries = std::fs::read_dir(dir).with_context(|| format!("listing {}", dir.display()))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("listing {}", dir.display()))?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Ok(ft) = entry.file_type() else { continue };
        let inside = format!("{dest}/{name}");
        if ft.is_dir() {
            if !HOST_DEV_SKIPPED.contains(&name) {
                host_devices(root, &entry.path(), &inside, rootless)?;
            }
            continue;
        }
        // The host's console is the host's, as docker leaves it out too.
        if !(ft.is_char_device() || ft.is_block_device()) || (dest == "/dev" && name == "console") {
            continue;
        }
        if existing_in_root(root, &inside)?.is_some() {
            continue;
        }
        if rootless {
            // A user namespace may not create device nodes; a bind of the host's node
            // works as far as the host's permissions allow.
            bind(root, &entry.path(), &inside, false, true)?;
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        let parent = dir_in_root(root, dest)?;
        let kind = if ft.is_block_device() {
            rustix::fs::FileType::BlockDevice
        } else {
            rustix::fs::FileType::CharacterDevice
        };
        let rdev = meta.rdev();
        rustix::fs::mknodat(
            &parent,
            name,
            kind,
            Mode::from_raw_mode(meta.mode() & 0o7777),
            rdev,
        )
        .with_context(|| format!("creating device {inside}"))?;
        // Same owner and mode as on the host (mknod honours the umask).
        rustix::fs::chownat(
            &parent,
            name,
            Some(rustix::fs::Uid::from_raw(meta.uid())),
            Some(rustix::fs::Gid::from_raw(meta.gid())),
            rustix::fs::AtFlags::SYMLINK_NOFOLLOW,
        )
        .with_context(|| format!("setting the owner of {inside}"))?;
        rustix::fs::chmodat(
            &parent,
            name,
            Mode::from_raw_mode(meta.mode() & 0o7777),
            rustix::fs::AtFlags::empty(),
        )
        .with_context(|| format!("setting the mode of {inside}"))?;
    }
    Ok(())
}

/// Make `root` the process's `/` and detach the old root entirely.
pub fn pivot(root: &OwnedFd) -> anyhow::Result<()> {
    rustix::process::fchdir(root.as_fd()).context("entering the new root")?;
    // pivot_root(".", ".") stacks the old root under the new one; unmounting "." then
    // removes the old root without needing a directory for it inside the image.
    rustix::process::pivot_root(".", ".").context("pivot_root")?;
    umount2(".", MntFlags::MNT_DETACH).context("detaching the old root")?;
    nix::unistd::chdir("/").context("entering /")?;
    Ok(())
}

/// Remount `/` read-only (after every mount inside it is in place).
pub fn make_root_read_only() -> anyhow::Result<()> {
    remount_read_only("/").context("making the root filesystem read-only")
}
