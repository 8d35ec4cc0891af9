//! Helpers shared by the `--userns` tests (security_userns, security_keepid,
//! security_rootless_auto): uid_map lines, subordinate ranges.

// Each test crate uses only some of these.
#![allow(dead_code)]

/// The first line of a uid_map as (inside, outside, count).
pub fn map_line(text: &str) -> (u32, u32, u32) {
    let f: Vec<u32> = text
        .split_whitespace()
        .take(3)
        .map(|x| x.parse().unwrap())
        .collect();
    (f[0], f[1], f[2])
}

/// `user`'s (start, count) in /etc/subuid or /etc/subgid.
pub fn sub_range(file: &str, user: &str) -> (u32, u32) {
    std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() == 3 && f[0] == user).then(|| (f[1].parse().unwrap(), f[2].parse().unwrap()))
        })
        .unwrap_or_else(|| panic!("{file} has no entry for {user}"))
}
