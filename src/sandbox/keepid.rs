//! `--userns=keep-id[:uid=N,gid=N]` (rootless): inside the container the user's own ids
//! (or the given ones) stand for the user on the host, container root and the other ids
//! for the user's subordinate ids.
//!
//! Rootless berth works in a namespace of its own where 0 is the user and `1..S` the
//! subordinate ids (see [`super::userns`]). A keep-id container gets a user namespace
//! nested in it whose map permutes those ids: container `[0, uid)` -> `[1, uid + 1)`,
//! container `uid` -> 0, the rest 1:1 above. Image files keep their owners as seen from
//! inside because the container's overlay is built on copies of the layers with owners
//! shifted through the same map (the store's shifted-layer cache, `store::shifted`): the
//! kernel cannot id-map the layers' own file system for an unprivileged user.
//!
//! The namespace is entered last, after every mount, as for `--userns=auto`: it owns none
//! of the container's other namespaces, so the container's root can change no mount.

use std::os::fd::{AsFd, OwnedFd};

use anyhow::{Context as _, bail};
use rustix::fs::{Mode, OFlags, ResolveFlags, openat2};

use super::userns::{SubRange, parse_subid};
use crate::spec::userns::{KeepId, MapLine};

/// The map of a container's user namespace nested in berth's rootless one (keep-id's, or
/// a rootless auto range), in ids of berth's namespace; or explicit maps (`--uidmap`), in
/// ids of the namespace berth works in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nested {
    pub uid_map: Vec<MapLine>,
    pub gid_map: Vec<MapLine>,
}

impl Nested {
    /// A rootless `--userns=auto` range: container ids `0..size` from `uid`/`gid` on.
    pub fn of_range(map: &crate::spec::userns::IdMap) -> Nested {
        let line = |outside| {
            vec![MapLine {
                inside: 0,
                outside,
                count: map.size,
            }]
        };
        Nested {
            uid_map: line(map.uid),
            gid_map: line(map.gid),
        }
    }

    /// What a file stored with owner `uid` (the image's id, which is also berth's id for
    /// it) must be owned by so the container sees `uid`. Ids the container cannot map
    /// keep their stored value.
    pub fn shift_uid(&self, uid: u32) -> u32 {
        to_outside(&self.uid_map, uid).unwrap_or(uid)
    }
    pub fn shift_gid(&self, gid: u32) -> u32 {
        to_outside(&self.gid_map, gid).unwrap_or(gid)
    }

    /// The owner the container sees for a file stored with `uid` (the inverse of
    /// [`Nested::shift_uid`]); ids outside its map show as the overflow id.
    pub fn unshift_uid(&self, uid: u32) -> u32 {
        to_inside(&self.uid_map, uid).unwrap_or(OVERFLOW_ID)
    }
    pub fn unshift_gid(&self, gid: u32) -> u32 {
        to_inside(&self.gid_map, gid).unwrap_or(OVERFLOW_ID)
    }

    /// Names the pair of maps: shifted layer copies are shared by containers with equal
    /// maps.
    pub fn key(&self) -> String {
        use sha2::Digest as _;
        let text = format!(
            "uid\n{}gid\n{}",
            map_text(&self.uid_map),
            map_text(&self.gid_map)
        );
        hex::encode(&sha2::Sha256::digest(text.as_bytes())[..8])
    }
}

impl crate::spec::userns::IdShift for Nested {
    fn key(&self) -> String {
        Nested::key(self)
    }
    fn uid(&self, id: u32) -> u32 {
        self.shift_uid(id)
    }
    fn gid(&self, id: u32) -> u32 {
        self.shift_gid(id)
    }
}

/// The nested namespace a container's options ask for: keep-id's, a rootless auto
/// range's, or `--uidmap`'s; `None` for the others.
pub fn nested(opts: &crate::spec::security::SecurityOpts) -> Option<Nested> {
    match (&opts.keep_id, &opts.nested_range) {
        (Some(k), _) => Some(k.nested()),
        (None, Some(range)) => Some(Nested::of_range(range)),
        (None, None) => opts.id_maps.as_ref().map(|m| Nested {
            uid_map: m.uid_map.clone(),
            gid_map: m.gid_map.clone(),
        }),
    }
}

/// Rootless `--userns=auto`: the ranges of berth's own namespace a container may take
/// (uids, gids): every id but 0, which is the user. `None` outside a user namespace
/// (berth runs as real root).
pub fn own_pools() -> anyhow::Result<Option<(SubRange, SubRange)>> {
    let read = |f: &str| std::fs::read_to_string(f).with_context(|| format!("reading {f}"));
    let (uids, gids) = (read("/proc/self/uid_map")?, read("/proc/self/gid_map")?);
    Ok(pools_of(&uids, &gids))
}

fn pools_of(uid_map: &str, gid_map: &str) -> Option<(SubRange, SubRange)> {
    let total = |text: &str| -> Option<u64> {
        let lines: Vec<Vec<u64>> = text
            .lines()
            .map(|l| {
                l.split_whitespace()
                    .filter_map(|f| f.parse().ok())
                    .collect()
            })
            .collect();
        if lines.len() == 1 && lines[0] == [0, 0, 4_294_967_295] {
            return None;
        }
        Some(lines.iter().filter_map(|l| l.get(2)).sum())
    };
    let pool = |n: u64| SubRange {
        start: 1,
        count: u32::try_from(n.saturating_sub(1)).unwrap_or(u32::MAX),
    };
    Some((pool(total(uid_map)?), pool(total(gid_map)?)))
}

/// Pick a rootless auto container's range of `size` ids in berth's namespace, given the
/// ranges other containers of the user hold.
pub fn choose_nested(
    pools: (SubRange, SubRange),
    taken: &[crate::spec::userns::IdMap],
    size: u32,
) -> anyhow::Result<crate::spec::userns::IdMap> {
    use super::idmap::first_free;
    let (upool, gpool) = pools;
    if upool.count == 0 || gpool.count == 0 {
        bail!(
            "rootless --userns=auto needs subordinate ids for your user in /etc/subuid and \
             /etc/subgid: the container's ids are carved from them"
        );
    }
    let uids: Vec<(u32, u32)> = taken.iter().map(|m| (m.uid, m.size)).collect();
    let gids: Vec<(u32, u32)> = taken.iter().map(|m| (m.gid, m.size)).collect();
    match (
        first_free(upool, &uids, size),
        first_free(gpool, &gids, size),
    ) {
        (Some(uid), Some(gid)) => Ok(crate::spec::userns::IdMap { uid, gid, size }),
        _ => bail!(
            "--userns=auto: no free range of {size} ids is left in your {} subordinate ids \
             (other auto containers hold the rest): remove containers or use auto:size=N",
            upool.count
        ),
    }
}

/// The map lines for a container id `keep` given `ids` ids in berth's namespace (the user
/// plus the subordinate ids). Container ids `[0, min(keep, ids - 1))` come from
/// `1..`; when `keep` is beyond the subordinate range, the container ids between are
/// not mapped.
pub fn map_lines(keep: u32, ids: u32) -> Vec<MapLine> {
    let below = keep.min(ids.saturating_sub(1));
    let mut lines = Vec::new();
    if below > 0 {
        lines.push(MapLine {
            inside: 0,
            outside: 1,
            count: below,
        });
    }
    lines.push(MapLine {
        inside: keep,
        outside: 0,
        count: 1,
    });
    let above_start = u64::from(keep) + 1;
    if above_start < u64::from(ids) {
        lines.push(MapLine {
            inside: keep + 1,
            outside: keep + 1,
            count: ids - keep - 1,
        });
    }
    lines
}

/// The text of a /proc/PID/uid_map for `lines`.
pub fn map_text(lines: &[MapLine]) -> String {
    lines
        .iter()
        .map(|l| format!("{} {} {}\n", l.inside, l.outside, l.count))
        .collect()
}

/// The id a namespace shows for an id it does not map (nobody/nogroup).
const OVERFLOW_ID: u32 = 65534;

/// The container id that id `id` of berth's namespace is, if the map has it.
pub fn to_inside(lines: &[MapLine], id: u32) -> Option<u32> {
    lines.iter().find_map(|l| {
        let off = id.checked_sub(l.outside)?;
        (off < l.count).then(|| l.inside + off)
    })
}

/// The id of berth's namespace that container id `id` is, if the map has it.
pub fn to_outside(lines: &[MapLine], id: u32) -> Option<u32> {
    lines.iter().find_map(|l| {
        let off = id.checked_sub(l.inside)?;
        (off < l.count).then(|| l.outside + off)
    })
}

impl KeepId {
    /// The container's namespace.
    pub fn nested(&self) -> Nested {
        Nested {
            uid_map: self.uid_map.clone(),
            gid_map: self.gid_map.clone(),
        }
    }
    pub fn shift_uid(&self, uid: u32) -> u32 {
        to_outside(&self.uid_map, uid).unwrap_or(uid)
    }
    pub fn shift_gid(&self, gid: u32) -> u32 {
        to_outside(&self.gid_map, gid).unwrap_or(gid)
    }
}

/// The user berth runs as, seen from the host (before it enters its namespace).
#[derive(Debug, Clone)]
pub struct HostUser {
    pub uid: u32,
    pub gid: u32,
    pub name: String,
    pub group: String,
    pub home: String,
}

impl HostUser {
    /// The calling user; must be called before berth enters its rootless namespace.
    pub fn current() -> HostUser {
        let uid = nix::unistd::getuid();
        let gid = nix::unistd::getgid();
        let user = nix::unistd::User::from_uid(uid).ok().flatten();
        let name = user
            .as_ref()
            .map(|u| u.name.clone())
            .unwrap_or_else(|| uid.to_string());
        let home = user
            .as_ref()
            .map(|u| u.dir.display().to_string())
            .filter(|d| d.starts_with('/') && d.len() > 1)
            .unwrap_or_else(|| format!("/home/{name}"));
        let group = nix::unistd::Group::from_gid(gid)
            .ok()
            .flatten()
            .map(|g| g.name)
            .unwrap_or_else(|| name.clone());
        HostUser {
            uid: uid.as_raw(),
            gid: gid.as_raw(),
            name,
            group,
            home,
        }
    }
}

/// Resolve `keep-id[:uid=N,gid=N]` for `host`, whose subordinate ranges are in the
/// /etc/subuid and /etc/subgid texts given.
pub fn resolve(
    uid: Option<u32>,
    gid: Option<u32>,
    host: &HostUser,
    subuid: &str,
    subgid: &str,
) -> anyhow::Result<KeepId> {
    let ranges = (
        parse_subid(subuid, &host.name, host.uid),
        parse_subid(subgid, &host.name, host.uid),
    );
    let (Some(su), Some(sg)) = ranges else {
        bail!(
            "--userns=keep-id needs subordinate ids for {} in /etc/subuid and /etc/subgid: \
             without them the container's root and the image's other owners have no ids \
             (without keep-id the container's root already is your uid on the host)",
            host.name
        );
    };
    let (uid, gid) = (uid.unwrap_or(host.uid), gid.unwrap_or(host.gid));
    // berth's namespace: the user's id plus the subordinate ones.
    let (uids, gids) = (su.count.saturating_add(1), sg.count.saturating_add(1));
    Ok(KeepId {
        uid,
        gid,
        name: host.name.clone(),
        group: host.group.clone(),
        home: host.home.clone(),
        uid_map: map_lines(uid, uids),
        gid_map: map_lines(gid, gids),
    })
}

/// Parse the options of `keep-id:uid=N,gid=N`.
pub fn parse_options(value: &str, opts: &str) -> anyhow::Result<(Option<u32>, Option<u32>)> {
    let (mut uid, mut gid) = (None, None);
    for opt in opts.split(',').filter(|o| !o.is_empty()) {
        let (key, n) = opt.split_once('=').unwrap_or((opt, ""));
        let slot = match key {
            "uid" => &mut uid,
            "gid" => &mut gid,
            _ => bail!("invalid --userns {value:?}: keep-id takes only uid=N and gid=N"),
        };
        let id: u32 = n
            .parse()
            .ok()
            .filter(|n| *n != u32::MAX)
            .with_context(|| format!("invalid --userns {value:?}: {key} must be a number"))?;
        *slot = Some(id);
    }
    Ok((uid, gid))
}

/// In the container init, before any file of the container is made: the container's user
/// namespace (entered last, see [`super::idmap::enter`]), and file-system ids switched to
/// the container root's, so mount points, device nodes, the files of /etc and what the
/// overlay makes on its own behalf belong to the container's root, not to the user.
pub fn prepare(n: &Nested) -> anyhow::Result<OwnedFd> {
    let userns = super::idmap::make_namespace_from(&map_text(&n.uid_map), &map_text(&n.gid_map))?;
    super::idmap::act_as(n.shift_uid(0), n.shift_gid(0))?;
    Ok(userns)
}

/// A devpts root belongs to the root of berth's namespace, the user: hand it to the
/// container's root, as /dev/pts is root's in any other container.
pub fn own_devpts_root(dir: &OwnedFd, n: &Nested) -> anyhow::Result<()> {
    rustix::fs::fchown(
        dir,
        Some(rustix::fs::Uid::from_raw(n.shift_uid(0))),
        Some(rustix::fs::Gid::from_raw(n.shift_gid(0))),
    )
    .context("handing /dev/pts to the container's root")
}

/// Look at files as the container does (`export`): from a namespace with its maps, as its
/// root, `stat` shows the owners the container sees.
pub fn see_as_container(n: &Nested) -> anyhow::Result<()> {
    let userns = super::idmap::make_namespace_from(&map_text(&n.uid_map), &map_text(&n.gid_map))?;
    super::idmap::enter(&userns)
}

const RESOLVE: ResolveFlags = ResolveFlags::IN_ROOT.union(ResolveFlags::NO_MAGICLINKS);

/// Give the user an entry in the container's /etc/passwd and /etc/group when the image
/// has none for its ids, and a home directory when it is missing. Written through the
/// container's root (an overlay: the copy is the container's, the layers stay as they
/// are), before anything else is mounted in it, every path resolved inside it.
pub fn add_user(root: &OwnedFd, k: &KeepId) -> anyhow::Result<()> {
    let etc = super::rootfs::dir_in_root(root, "etc")?;
    let passwd = read_in(root, "passwd")?;
    if !has_id(&passwd, 2, k.uid) {
        let line = format!(
            "{}:x:{}:{}:{}:{}:/bin/sh\n",
            k.name, k.uid, k.gid, k.name, k.home
        );
        append_in(&etc, "passwd", &passwd, &line)?;
    }
    let group = read_in(root, "group")?;
    if !has_id(&group, 2, k.gid) {
        append_in(
            &etc,
            "group",
            &group,
            &format!("{}:x:{}:\n", k.group, k.gid),
        )?;
    }
    let home = k.home.trim_start_matches('/');
    let exists = openat2(
        root,
        home,
        OFlags::PATH | OFlags::CLOEXEC,
        Mode::empty(),
        RESOLVE,
    );
    if !home.is_empty() && exists.is_err() {
        let dir = super::rootfs::dir_in_root(root, home)?;
        rustix::fs::fchown(
            &dir,
            Some(rustix::fs::Uid::from_raw(k.shift_uid(k.uid))),
            Some(rustix::fs::Gid::from_raw(k.shift_gid(k.gid))),
        )
        .with_context(|| format!("handing {} to the user", k.home))?;
        rustix::fs::fchmod(&dir, Mode::from_raw_mode(0o700))
            .with_context(|| format!("chmod {}", k.home))?;
    }
    Ok(())
}

/// Whether a passwd/group text has an entry whose field `field` is `id`.
fn has_id(text: &str, field: usize, id: u32) -> bool {
    text.lines()
        .any(|l| l.split(':').nth(field).and_then(|f| f.parse().ok()) == Some(id))
}

fn read_in(root: &OwnedFd, name: &str) -> anyhow::Result<String> {
    Ok(super::rootfile::read(root, &format!("etc/{name}"))?.unwrap_or_default())
}

fn append_in(dir: &OwnedFd, name: &str, before: &str, line: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let fd = openat2(
        dir.as_fd(),
        name,
        OFlags::WRONLY | OFlags::APPEND | OFlags::CREATE | OFlags::CLOEXEC,
        Mode::from_raw_mode(0o644),
        RESOLVE,
    )
    .with_context(|| format!("opening the container's /etc/{name}"))?;
    let mut f = std::fs::File::from(fd);
    let sep = if before.is_empty() || before.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    f.write_all(format!("{sep}{line}").as_bytes())
        .with_context(|| format!("adding the user to the container's /etc/{name}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host() -> HostUser {
        HostUser {
            uid: 1001,
            gid: 1001,
            name: "alice".into(),
            group: "alice".into(),
            home: "/home/alice".into(),
        }
    }

    const SUB: &str = "alice:100000:65536\n";

    #[test]
    fn the_users_id_is_a_permutation_of_berths_namespace() {
        let k = resolve(None, None, &host(), SUB, SUB).unwrap();
        assert_eq!(
            map_text(&k.uid_map),
            "0 1 1001\n1001 0 1\n1002 1002 64535\n"
        );
        assert_eq!(
            k.shift_uid(0),
            1,
            "container root is the first subordinate id"
        );
        assert_eq!(k.shift_uid(1000), 1001);
        assert_eq!(k.shift_uid(1001), 0, "the user is the user");
        assert_eq!(k.shift_uid(1002), 1002);
        assert_eq!(k.shift_uid(65536), 65536);
        // Every id of berth's namespace is used exactly once.
        let mut seen: Vec<u32> = (0..65537).map(|i| k.shift_uid(i)).collect();
        seen.sort();
        assert_eq!(seen, (0..65537).collect::<Vec<_>>());
    }

    #[test]
    fn an_id_beyond_the_subordinate_range_maps_alone() {
        let k = resolve(Some(100_000), Some(5), &host(), SUB, SUB).unwrap();
        assert_eq!(map_text(&k.uid_map), "0 1 65536\n100000 0 1\n");
        assert_eq!(k.shift_uid(100_000), 0);
        assert_eq!(k.shift_uid(65535), 65536);
        assert_eq!(map_text(&k.gid_map), "0 1 5\n5 0 1\n6 6 65531\n");
        assert_eq!(
            map_lines(0, 10),
            [
                MapLine {
                    inside: 0,
                    outside: 0,
                    count: 1
                },
                MapLine {
                    inside: 1,
                    outside: 1,
                    count: 9
                }
            ]
        );
        assert_eq!(map_text(&map_lines(9, 10)), "0 1 9\n9 0 1\n");
    }

    #[test]
    fn no_subordinate_ids_is_refused() {
        let e = resolve(None, None, &host(), "", "")
            .unwrap_err()
            .to_string();
        assert!(e.contains("needs subordinate ids for alice"), "{e}");
    }

    #[test]
    fn rootless_auto_ranges_come_from_berths_namespace() {
        use crate::spec::userns::IdMap;
        let uid_map = "0 1001 1\n1 100000 65536\n";
        let pools = pools_of(uid_map, uid_map).unwrap();
        assert_eq!(
            pools.0,
            SubRange {
                start: 1,
                count: 65536
            }
        );
        assert_eq!(
            pools_of("0 0 4294967295\n", "0 0 4294967295\n"),
            None,
            "real root"
        );
        let a = choose_nested(pools, &[], 1000).unwrap();
        assert_eq!((a.uid, a.gid), (1, 1));
        let b = choose_nested(pools, &[a], 64536).unwrap();
        assert_eq!(b.uid, 1001);
        assert!(choose_nested(pools, &[a, b], 1000).is_err(), "exhausted");
        let solo = pools_of("0 1002 1\n", "0 1002 1\n").unwrap();
        assert!(choose_nested(solo, &[], 1).is_err(), "no subordinate ids");
        let n = Nested::of_range(&IdMap {
            uid: 1001,
            gid: 7,
            size: 1000,
        });
        assert_eq!(map_text(&n.uid_map), "0 1001 1000\n");
        assert_eq!(
            (n.shift_uid(0), n.shift_gid(999), n.shift_uid(1234)),
            (1001, 1006, 1234)
        );
    }

    #[test]
    fn options() {
        assert_eq!(parse_options("v", "").unwrap(), (None, None));
        assert_eq!(
            parse_options("v", "uid=5,gid=7").unwrap(),
            (Some(5), Some(7))
        );
        assert_eq!(parse_options("v", "gid=7").unwrap(), (None, Some(7)));
        for bad in ["uid=x", "uid=", "gid=-1", "size=3", "uid", "uid=4294967295"] {
            assert!(parse_options("v", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn keys_differ_by_map() {
        let a = resolve(None, None, &host(), SUB, SUB).unwrap().nested();
        let b = resolve(Some(1000), None, &host(), SUB, SUB)
            .unwrap()
            .nested();
        assert_ne!(a.key(), b.key());
        let again = resolve(None, None, &host(), SUB, SUB).unwrap().nested();
        assert_eq!(a.key(), again.key());
        assert_eq!(a.key().len(), 16);
        assert!(has_id(
            "root:x:0:0::/:/bin/sh\nx:x:1001:5::/:/bin/sh",
            2,
            1001
        ));
        assert!(!has_id("root:x:0:0::/:/bin/sh\n", 2, 1001));
    }
}
