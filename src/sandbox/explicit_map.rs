//! `--uidmap`/`--gidmap CONTAINER:HOST:SIZE`: a user namespace with the maps given.
//!
//! HOST ids are the ids of the namespace berth works in: the host's as root, berth's own
//! rootless (0 the user, `1..` the subordinate ids). The container runs like a keep-id or
//! rootless auto one: the maps make a [`IdMaps`] namespace, entered last, and the image's
//! layers are seen through id-shifted copies, so their files keep their owners as seen
//! inside.

use anyhow::bail;

use crate::spec::userns::{IdMaps, MapLine};

/// The kernel takes at most this many lines in a uid_map or gid_map.
const MAX_LINES: usize = 340;

/// The maps `--uidmap` and `--gidmap` ask for; `None` when neither is given. One of them
/// alone serves for both, as it does elsewhere.
pub fn parse(uidmap: &[String], gidmap: &[String]) -> anyhow::Result<Option<IdMaps>> {
    let uid_map = lines("--uidmap", uidmap)?;
    let gid_map = lines("--gidmap", gidmap)?;
    Ok(match (uid_map.is_empty(), gid_map.is_empty()) {
        (true, true) => None,
        (false, true) => Some(IdMaps {
            gid_map: uid_map.clone(),
            uid_map,
        }),
        (true, false) => Some(IdMaps {
            uid_map: gid_map.clone(),
            gid_map,
        }),
        (false, false) => Some(IdMaps { uid_map, gid_map }),
    })
}

fn lines(flag: &str, values: &[String]) -> anyhow::Result<Vec<MapLine>> {
    if values.len() > MAX_LINES {
        bail!("{flag}: at most {MAX_LINES} ranges");
    }
    let mut out: Vec<MapLine> = Vec::new();
    for v in values {
        let f: Vec<&str> = v.split(':').collect();
        let nums: Vec<u32> = f.iter().filter_map(|s| s.parse().ok()).collect();
        let (&[inside, outside, count], 3) = (&nums[..], f.len()) else {
            bail!("invalid {flag} {v:?}: use CONTAINER:HOST:SIZE (three numbers)");
        };
        if count == 0 {
            bail!("invalid {flag} {v:?}: SIZE must be above 0");
        }
        let end = |start: u32| u64::from(start) + u64::from(count);
        // The kernel keeps (uid_t)-1 for "no id".
        if end(inside) > u64::from(u32::MAX) || end(outside) > u64::from(u32::MAX) {
            bail!("invalid {flag} {v:?}: the range goes beyond the largest id");
        }
        let line = MapLine {
            inside,
            outside,
            count,
        };
        // The kernel refuses a map whose ranges overlap on either side.
        let overlap = |a: u32, n: u32, b: u32, m: u32| {
            u64::from(a) < u64::from(b) + u64::from(m) && u64::from(b) < u64::from(a) + u64::from(n)
        };
        if out.iter().any(|o| {
            overlap(inside, count, o.inside, o.count) || overlap(outside, count, o.outside, o.count)
        }) {
            bail!("invalid {flag} {v:?}: it overlaps another range");
        }
        out.push(line);
    }
    Ok(out)
}

/// Rootless: every HOST id must be one of berth's namespace, whose maps are the texts
/// given (/proc/self/uid_map and gid_map; as real root they hold every id).
pub fn check_within(n: &IdMaps, own_uid_map: &str, own_gid_map: &str) -> anyhow::Result<()> {
    let size = |text: &str| -> u64 {
        (text.lines())
            .filter_map(|l| l.split_whitespace().nth(2)?.parse::<u64>().ok())
            .sum()
    };
    for (flag, lines, own) in [
        ("--uidmap", &n.uid_map, own_uid_map),
        ("--gidmap", &n.gid_map, own_gid_map),
    ] {
        let ids = size(own);
        if let Some(l) = lines
            .iter()
            .find(|l| u64::from(l.outside) + u64::from(l.count) > ids)
        {
            bail!(
                "invalid {flag} {}:{}:{}: host ids must lie within your {ids} ids (your own \
                 and your subordinate ids in /etc/subuid and /etc/subgid, numbered from 0)",
                l.inside,
                l.outside,
                l.count
            );
        }
    }
    Ok(())
}

/// inspect's form: `CONTAINER:HOST:SIZE` per range.
pub fn show(lines: &[MapLine]) -> Vec<String> {
    (lines.iter())
        .map(|l| format!("{}:{}:{}", l.inside, l.outside, l.count))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn maps_parse_and_one_serves_for_both() {
        assert_eq!(parse(&[], &[]).unwrap(), None);
        let n = parse(&strings(&["0:100000:1000", "1000:5000:1"]), &[])
            .unwrap()
            .unwrap();
        assert_eq!(show(&n.uid_map), ["0:100000:1000", "1000:5000:1"]);
        assert_eq!(n.gid_map, n.uid_map);
        let n = parse(&strings(&["0:1:10"]), &strings(&["0:2:10"]))
            .unwrap()
            .unwrap();
        assert_eq!(
            (show(&n.uid_map), show(&n.gid_map)),
            (vec!["0:1:10".to_string()], vec!["0:2:10".to_string()])
        );
        let n = parse(&[], &strings(&["0:7:1"])).unwrap().unwrap();
        assert_eq!(show(&n.uid_map), ["0:7:1"]);
    }

    #[test]
    fn bad_maps_are_refused() {
        for bad in [
            &["0:100000"][..],
            &["a:b:c"],
            &["0:1:0"],
            &["0:1:2:3"],
            &["-1:1:2"],
            &["0:4294967290:10"],
            &["0:1000:10", "5:2000:10"],
            &["0:1000:10", "20:1005:10"],
        ] {
            assert!(parse(&strings(bad), &[]).is_err(), "{bad:?}");
            assert!(parse(&[], &strings(bad)).is_err(), "{bad:?}");
        }
        assert!(parse(&strings(&["0:1000:10", "10:1010:10"]), &[]).is_ok());
    }

    #[test]
    fn host_ids_must_be_berths() {
        let n = parse(&strings(&["0:1:65536"]), &[]).unwrap().unwrap();
        let own = "0 1000 1\n1 100000 65536\n";
        assert!(check_within(&n, own, own).is_ok());
        let n = parse(&strings(&["0:1:65537"]), &[]).unwrap().unwrap();
        let e = check_within(&n, own, own).unwrap_err().to_string();
        assert!(e.contains("within your 65537 ids"), "{e}");
        assert!(check_within(&n, "0 0 4294967295\n", "0 0 4294967295\n").is_ok());
    }
}
