//! `--userns`: whether a container gets a user namespace of its own, and with which ids.
//!
//! - `host` (the default): no user namespace of its own. As root the container's ids are
//!   the host's; rootless it shares the namespace berth enters for the user (see
//!   [`super::userns`]).
//! - `auto[:size=N]`: a user namespace mapping container ids `0..N` (without `size=` as
//!   many as the image needs, see `runtime::autosize`) to a host range of its own, taken
//!   from the subordinate ids of the user `containers`
//!   in /etc/subuid and /etc/subgid, never overlapping another container's. The range is
//!   chosen at create time while holding the id-range lock and stored in the container
//!   record; removing the record frees it. Image files keep their stored owners as seen
//!   from inside (the layers are mounted id-mapped), files written to bind mounts belong
//!   to the range on the host. Rootless, the range is carved from berth's own namespace
//!   (the user's subordinate ids) instead, and the layers are shifted copies, as for
//!   keep-id (see [`super::keepid`]).
//!
//! The namespace is entered last before the process switches to its user: every mount is
//! made by berth's root first, so a container root can change no mount of its own.

use std::os::fd::{AsFd, OwnedFd};
use std::path::Path;

use anyhow::{Context as _, bail};

use super::userns::{SubRange, parse_subid};
use crate::spec::userns::{IdMap, SIZE_FROM_IMAGE, Userns};

/// The user whose subordinate ranges `--userns=auto` hands out.
pub const POOL_USER: &str = "containers";
/// The most ids `auto` gives without `size=N` (the image's estimate may ask for fewer).
pub const DEFAULT_SIZE: u32 = 65536;
/// The host uid that container uid `uid` stands for, if the range holds it.
pub fn host_uid(map: &IdMap, uid: u32) -> Option<u32> {
    (uid < map.size).then(|| map.uid + uid)
}

/// The host gid that container gid `gid` stands for, if the range holds it.
pub fn host_gid(map: &IdMap, gid: u32) -> Option<u32> {
    (gid < map.size).then(|| map.gid + gid)
}

/// A devpts root belongs to the root of the namespace that mounted it, the host's here:
/// hand it to the container's root, as /dev/pts is root's in any other container.
pub fn own_devpts_root(dir: &OwnedFd, map: &IdMap) -> anyhow::Result<()> {
    rustix::fs::fchown(
        dir,
        Some(rustix::fs::Uid::from_raw(map.uid)),
        Some(rustix::fs::Gid::from_raw(map.gid)),
    )
    .context("handing /dev/pts to the container's root")
}

/// Validate a `--userns` value; `rootless`: berth runs unprivileged.
pub fn parse(value: &str, rootless: bool) -> anyhow::Result<Userns> {
    let (mode, opts) = value.split_once(':').unwrap_or((value, ""));
    match mode {
        "" | "host" if opts.is_empty() => Ok(Userns::Host),
        "auto" => {
            let mut size = SIZE_FROM_IMAGE;
            for opt in opts.split(',').filter(|o| !o.is_empty()) {
                match opt.split_once('=') {
                    Some(("size", n)) => {
                        size = n.parse().ok().filter(|n| *n > 0).with_context(|| {
                            format!("invalid --userns {value:?}: size must be a positive number")
                        })?;
                    }
                    _ => bail!("invalid --userns {value:?}: auto takes only size=N"),
                }
            }
            Ok(Userns::Auto { size })
        }
        "keep-id" if !rootless => bail!(
            "--userns=keep-id is for rootless berth: as root the container's ids already are \
             the host's (use -u UID:GID, or --userns=auto for a range of its own)"
        ),
        "keep-id" => {
            let (uid, gid) = super::keepid::parse_options(value, opts)?;
            Ok(Userns::KeepId { uid, gid })
        }
        _ => bail!("invalid --userns {value:?}: use host, auto[:size=N] or keep-id[:uid=N,gid=N]"),
    }
}

/// The first `size` ids of `pool` that no range in `taken` overlaps.
pub fn first_free(pool: SubRange, taken: &[(u32, u32)], size: u32) -> Option<u32> {
    let end = u64::from(pool.start) + u64::from(pool.count);
    let mut start = u64::from(pool.start);
    let mut taken: Vec<(u64, u64)> = taken
        .iter()
        .map(|(s, n)| (u64::from(*s), u64::from(*s) + u64::from(*n)))
        .collect();
    taken.sort();
    for (s, e) in taken {
        if s >= start + u64::from(size) {
            break;
        }
        if e > start {
            start = e;
        }
    }
    (start + u64::from(size) <= end).then_some(start as u32)
}

/// Pick the host ranges for an `auto` container of `size` ids, given the ranges already
/// taken (uid start, gid start, size) and the pool files' text.
pub fn choose(subuid: &str, subgid: &str, taken: &[IdMap], size: u32) -> anyhow::Result<IdMap> {
    let pools = (
        parse_subid(subuid, POOL_USER, u32::MAX),
        parse_subid(subgid, POOL_USER, u32::MAX),
    );
    let (Some(upool), Some(gpool)) = pools else {
        bail!(
            "--userns=auto needs subordinate ids for the user {POOL_USER:?} in /etc/subuid \
             and /etc/subgid (e.g. \"{POOL_USER}:2147483647:2147483648\")"
        );
    };
    let uids: Vec<(u32, u32)> = taken.iter().map(|m| (m.uid, m.size)).collect();
    let gids: Vec<(u32, u32)> = taken.iter().map(|m| (m.gid, m.size)).collect();
    match (
        first_free(upool, &uids, size),
        first_free(gpool, &gids, size),
    ) {
        (Some(uid), Some(gid)) => Ok(IdMap { uid, gid, size }),
        _ => bail!(
            "--userns=auto: no free range of {size} ids is left in the subordinate ids of \
             {POOL_USER:?} ({} uids from {}): remove containers or widen the range",
            upool.count,
            upool.start
        ),
    }
}

/// A user namespace with `map`, as a handle, made by a helper process that unshares it
/// and waits until we have written its maps and opened it.
pub fn make_namespace(map: &IdMap) -> anyhow::Result<OwnedFd> {
    make_namespace_from(&map.uid_map(), &map.gid_map())
}

/// A user namespace with the given uid_map and gid_map texts, as a handle.
pub fn make_namespace_from(uid_map: &str, gid_map: &str) -> anyhow::Result<OwnedFd> {
    use std::io::{Read, Write};
    let (mut ready_rx, mut ready_tx) = std::io::pipe().context("creating a pipe")?;
    let (mut done_rx, done_tx) = std::io::pipe().context("creating a pipe")?;
    // The container init is single-threaded; the helper only unshares, writes one byte and
    // waits for end of file, then _exits.
    let helper = match crate::sys::process::fork().context("forking the namespace helper")? {
        nix::unistd::ForkResult::Child => {
            drop(ready_rx);
            drop(done_tx);
            // The /proc at hand is the host's (the container's is not mounted yet): our pid
            // there is what /proc/self names, not what fork returned in the new pid space.
            let me = std::fs::read_link("/proc/self")
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            let ok = !me.is_empty()
                && nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWUSER).is_ok();
            let _ = ready_tx.write_all(if ok { me.as_bytes() } else { b"" });
            drop(ready_tx);
            let mut b = [0u8; 1];
            let _ = done_rx.read(&mut b);
            // End the helper without running the parent's destructors.
            crate::sys::process::exit_now(0)
        }
        nix::unistd::ForkResult::Parent { child } => child,
    };
    drop(ready_tx);
    drop(done_rx);
    let made = (|| {
        let mut me = String::new();
        ready_rx
            .read_to_string(&mut me)
            .context("waiting for the namespace helper")?;
        if me.is_empty() || !me.bytes().all(|b| b.is_ascii_digit()) {
            bail!("the namespace helper could not create a user namespace");
        }
        let proc_dir = format!("/proc/{me}");
        std::fs::write(format!("{proc_dir}/uid_map"), uid_map)
            .with_context(|| format!("writing the uid map {:?}", uid_map.trim()))?;
        std::fs::write(format!("{proc_dir}/gid_map"), gid_map)
            .with_context(|| format!("writing the gid map {:?}", gid_map.trim()))?;
        rustix::fs::open(
            format!("{proc_dir}/ns/user"),
            rustix::fs::OFlags::RDONLY | rustix::fs::OFlags::CLOEXEC,
            rustix::fs::Mode::empty(),
        )
        .context("opening the container's user namespace")
    })();
    drop(done_tx);
    let _ = nix::sys::wait::waitpid(helper, None);
    made
}

/// Make `dir` show its files through the namespace `userns`: stored owner 0 appears as the
/// namespace's root, and what the namespace's ids write is stored as the image's ids.
/// The id-mapped copy is mounted over `dir` (in the container's private mount namespace).
pub fn idmap_dir(dir: &Path, userns: &OwnedFd) -> anyhow::Result<()> {
    use rustix::mount::{MoveMountFlags, OpenTreeFlags, move_mount, open_tree};
    let tree = open_tree(
        rustix::fs::CWD,
        dir,
        OpenTreeFlags::OPEN_TREE_CLONE | OpenTreeFlags::OPEN_TREE_CLOEXEC,
    )
    .with_context(|| format!("cloning the mount of {}", dir.display()))?;
    crate::sys::mount::set_idmap(tree.as_fd(), userns.as_fd())
        .with_context(|| format!("id-mapping {}", dir.display()))?;
    move_mount(
        tree.as_fd(),
        "",
        rustix::fs::CWD,
        dir,
        MoveMountFlags::MOVE_MOUNT_F_EMPTY_PATH,
    )
    .with_context(|| format!("mounting the id-mapped {}", dir.display()))
}

/// The container's user namespace, and the root's directories id-mapped through it: the
/// image's layers (and the container's upper and work dirs), or its private copy.
pub fn prepare_rootfs(rootfs: &super::plan::Rootfs, map: &IdMap) -> anyhow::Result<OwnedFd> {
    let userns = make_namespace(map)?;
    match rootfs {
        super::plan::Rootfs::Overlay {
            lowers,
            upper,
            work,
            ..
        } => {
            for l in lowers {
                idmap_dir(l, &userns)?;
            }
            // overlay wants upper and work on one mount: map their common parent.
            match (upper.parent(), work.parent()) {
                (Some(a), Some(b)) if a == b => idmap_dir(a, &userns)?,
                _ => {
                    idmap_dir(upper, &userns)?;
                    idmap_dir(work, &userns)?;
                }
            }
        }
        // fuse-overlayfs shifts the ids itself (runtime::driver::fuse), and the kernel cannot
        // id-map a FUSE mount.
        super::plan::Rootfs::Dir { path } if served_by_fuse(path) => {}
        super::plan::Rootfs::Dir { path } => idmap_dir(path, &userns)?,
    }
    act_as_container_root(map)?;
    Ok(userns)
}

fn served_by_fuse(dir: &Path) -> bool {
    const FUSE_SUPER_MAGIC: i64 = 0x6573_5546;
    // f_type's type differs between architectures.
    #[allow(clippy::unnecessary_cast)]
    rustix::fs::statfs(dir).is_ok_and(|s| s.f_type as i64 == FUSE_SUPER_MAGIC)
}

/// Files berth makes in the root from now on (mount points, device nodes), and those the
/// overlay makes on its own behalf (it keeps its mounter's credentials), must belong to
/// ids the id-mapped layers can store: berth's root is not one of them. So the file-system
/// ids become the container root's host ids, with the capabilities that change clears.
fn act_as_container_root(map: &IdMap) -> anyhow::Result<()> {
    act_as(map.uid, map.gid)
}

/// Make files as `uid:gid` from now on, keeping the capabilities the change clears.
pub(super) fn act_as(uid: u32, gid: u32) -> anyhow::Result<()> {
    use caps::CapSet;
    nix::unistd::setfsgid(nix::unistd::Gid::from_raw(gid));
    nix::unistd::setfsuid(nix::unistd::Uid::from_raw(uid));
    let permitted = caps::read(None, CapSet::Permitted)
        .map_err(|e| anyhow::anyhow!("reading the permitted capabilities: {e}"))?;
    caps::set(None, CapSet::Effective, &permitted)
        .map_err(|e| anyhow::anyhow!("restoring the effective capabilities: {e}"))
}

/// Enter the container's user namespace and become its root. Every mount is in place by
/// now; the namespace does not own the others, so no mount of the container can change.
pub fn enter(userns: &OwnedFd) -> anyhow::Result<()> {
    nix::sched::setns(userns.as_fd(), nix::sched::CloneFlags::CLONE_NEWUSER)
        .context("entering the container's user namespace")?;
    become_root()
}

/// After joining a container's user namespace: become its root, so that files are made as
/// ids the namespace maps (berth's own ids are not mapped in it).
pub fn become_root() -> anyhow::Result<()> {
    let root_gid = nix::unistd::Gid::from_raw(0);
    nix::unistd::setresgid(root_gid, root_gid, root_gid)
        .context("switching to the container's root group")?;
    let root_uid = nix::unistd::Uid::from_raw(0);
    nix::unistd::setresuid(root_uid, root_uid, root_uid)
        .context("switching to the container's root user")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values() {
        assert_eq!(parse("host", false).unwrap(), Userns::Host);
        assert_eq!(parse("", true).unwrap(), Userns::Host);
        assert_eq!(
            parse("auto", false).unwrap(),
            Userns::Auto {
                size: SIZE_FROM_IMAGE
            }
        );
        assert_eq!(
            parse("auto:size=1024", false).unwrap(),
            Userns::Auto { size: 1024 }
        );
        for bad in [
            "auto:size=0",
            "auto:size=x",
            "auto:uidmapping=0:1:2",
            "nope",
            "host:x",
        ] {
            assert!(parse(bad, false).is_err(), "{bad}");
        }
        assert_eq!(
            parse("auto:size=10", true).unwrap(),
            Userns::Auto { size: 10 },
            "rootless auto: a range of berth's own namespace"
        );
        assert!(parse("keep-id", false).is_err(), "keep-id as root");
        assert_eq!(
            parse("keep-id", true).unwrap(),
            Userns::KeepId {
                uid: None,
                gid: None
            }
        );
        assert_eq!(
            parse("keep-id:uid=5", true).unwrap().inspect_mode(),
            "keep-id:uid=5"
        );
        for bad in ["keep-id:uid=x", "keep-id:size=3", "keep-id:uid=1,what"] {
            assert!(parse(bad, true).is_err(), "{bad}");
        }
    }

    #[test]
    fn ranges_do_not_overlap() {
        let pool = SubRange {
            start: 100_000,
            count: 200_000,
        };
        assert_eq!(first_free(pool, &[], 65536), Some(100_000));
        assert_eq!(first_free(pool, &[(100_000, 65536)], 65536), Some(165_536));
        // A hole too small is skipped; one large enough is used.
        let taken = [(100_000, 1000), (102_000, 65536), (300_000 - 1000, 1000)];
        assert_eq!(first_free(pool, &taken, 1000), Some(101_000));
        assert_eq!(first_free(pool, &taken, 65536), Some(167_536));
        assert_eq!(first_free(pool, &taken, 200_000), None);
    }

    #[test]
    fn the_pool_comes_from_the_containers_user() {
        let sub = "berthtest:100000:65536\ncontainers:1000000:131072\n";
        let m = choose(sub, sub, &[], 65536).unwrap();
        assert_eq!((m.uid, m.gid, m.size), (1_000_000, 1_000_000, 65536));
        let m2 = choose(sub, sub, &[m], 65536).unwrap();
        assert_eq!(m2.uid, 1_065_536);
        assert!(choose(sub, sub, &[m, m2], 65536).is_err(), "pool exhausted");
        assert!(choose("x:1:2\n", "x:1:2\n", &[], 10).is_err(), "no pool");
        assert_eq!(m.uid_map(), "0 1000000 65536\n");
    }
}
