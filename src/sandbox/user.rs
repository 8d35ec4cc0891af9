//! Resolving `-u user[:group]` against the container's own /etc/passwd and /etc/group.

use anyhow::bail;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedUser {
    pub uid: u32,
    pub gid: u32,
    /// Supplementary groups: those listing the user as a member.
    pub groups: Vec<u32>,
    pub home: String,
}

#[derive(Debug)]
struct PasswdEntry<'a> {
    name: &'a str,
    uid: u32,
    gid: u32,
    home: &'a str,
}

fn passwd_entries(text: &str) -> impl Iterator<Item = PasswdEntry<'_>> {
    text.lines().filter_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        if f.len() < 7 {
            return None;
        }
        Some(PasswdEntry {
            name: f[0],
            uid: f[2].parse().ok()?,
            gid: f[3].parse().ok()?,
            home: f[5],
        })
    })
}

fn group_entries(text: &str) -> impl Iterator<Item = (&str, u32, Vec<&str>)> {
    text.lines().filter_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        if f.len() < 4 {
            return None;
        }
        let members = f[3].split(',').filter(|m| !m.is_empty()).collect();
        Some((f[0], f[2].parse().ok()?, members))
    })
}

/// A user or group as given: a number is that id and is never looked up as a name (an
/// image's entry *named* `1000` must not turn `-u 1000` into its uid); only names are.
fn as_id(s: &str) -> Option<u32> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// Resolve a user spec. `passwd`/`group` are the file contents (empty when absent).
pub fn resolve(spec: &str, passwd: &str, group: &str) -> anyhow::Result<ResolvedUser> {
    let (user, grp) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let user = if user.is_empty() { "0" } else { user };
    let (uid, mut gid, home, name) = match as_id(user) {
        // The entry with that uid, if any, still gives the home and primary group.
        Some(uid) => match passwd_entries(passwd).find(|e| e.uid == uid) {
            Some(e) => (uid, e.gid, e.home.to_string(), Some(e.name)),
            None => (uid, 0, "/".to_string(), None),
        },
        None => match passwd_entries(passwd).find(|e| e.name == user) {
            Some(e) => (e.uid, e.gid, e.home.to_string(), Some(e.name)),
            None => bail!("unable to find user {user}: no matching entries in passwd file"),
        },
    };
    if let Some(g) = grp {
        gid = match as_id(g) {
            Some(id) => id,
            None => match group_entries(group).find(|(n, _, _)| *n == g) {
                Some((_, id, _)) => id,
                None => bail!("unable to find group {g}: no matching entries in group file"),
            },
        };
    }
    let mut groups: Vec<u32> = match name {
        // An explicit group replaces the supplementary list, as docker does.
        Some(n) if grp.is_none() => group_entries(group)
            .filter(|(_, _, members)| members.contains(&n))
            .map(|(_, id, _)| id)
            .collect(),
        _ => Vec::new(),
    };
    if !groups.contains(&gid) {
        groups.insert(0, gid);
    }
    Ok(ResolvedUser {
        uid,
        gid,
        groups,
        home,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSWD: &str = "root:x:0:0:root:/root:/bin/sh\n\
                          tester:x:1000:1000:Tester:/home/tester:/bin/sh\n\
                          broken line\n";
    const GROUP: &str = "root:x:0:\ntester:x:1000:\nwheel:x:10:tester,other\naudio:x:29:\n";

    #[test]
    fn default_is_root() {
        let u = resolve("", PASSWD, GROUP).unwrap();
        assert_eq!((u.uid, u.gid, u.home.as_str()), (0, 0, "/root"));
    }

    #[test]
    fn names_and_numbers() {
        let u = resolve("tester", PASSWD, GROUP).unwrap();
        assert_eq!((u.uid, u.gid), (1000, 1000));
        assert_eq!(u.groups, vec![1000, 10]);
        assert_eq!(u.home, "/home/tester");
        let u = resolve("1000", PASSWD, GROUP).unwrap();
        assert_eq!(u.uid, 1000);
        let u = resolve("4242", PASSWD, GROUP).unwrap();
        assert_eq!((u.uid, u.gid, u.home.as_str()), (4242, 0, "/"));
        let u = resolve("tester:audio", PASSWD, GROUP).unwrap();
        assert_eq!((u.gid, u.groups.clone()), (29, vec![29]));
        let u = resolve("1000:77", PASSWD, GROUP).unwrap();
        assert_eq!(u.gid, 77);
    }

    #[test]
    fn numbers_are_ids_never_names() {
        // Entries *named* like numbers, pointing at root: a number must stay that id.
        let passwd = "1000:x:0:0:evil:/root:/bin/sh\n\
                      tester:x:1000:1000:Tester:/home/tester:/bin/sh\n\
                      4242:x:0:0:evil:/root:/bin/sh\n";
        let group = "1000:x:0:\n77:x:0:\ntester:x:1000:\n";
        let u = resolve("1000", passwd, group).unwrap();
        assert_eq!(
            (u.uid, u.gid, u.home.as_str()),
            (1000, 1000, "/home/tester")
        );
        let u = resolve("4242", passwd, group).unwrap();
        assert_eq!((u.uid, u.gid, u.home.as_str()), (4242, 0, "/"));
        let u = resolve("4242:77", passwd, group).unwrap();
        assert_eq!((u.uid, u.gid, u.groups.clone()), (4242, 77, vec![77]));
        let u = resolve("tester:1000", passwd, group).unwrap();
        assert_eq!((u.uid, u.gid), (1000, 1000));
        // Not a plain number: a name, looked up as one.
        assert!(resolve("+1000", passwd, group).is_err());
    }

    #[test]
    fn unknown_names_fail() {
        let e = resolve("nobody", PASSWD, GROUP).unwrap_err().to_string();
        assert!(e.contains("unable to find user nobody"), "{e}");
        let e = resolve("tester:nogroup", PASSWD, GROUP)
            .unwrap_err()
            .to_string();
        assert!(e.contains("unable to find group nogroup"), "{e}");
    }
}
