//! Declared test requirements: root, users, tools. Each `require_*` returns false and prints
//! "skipped: <reason>" locally, and panics under `BERTH_TEST_REQUIRE_ALL=1`.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::*;

// ---------------------------------------------------------------------------------------------
// Requirements

fn require_all() -> bool {
    std::env::var_os("BERTH_TEST_REQUIRE_ALL").is_some_and(|v| v == "1")
}

/// Report an unmet requirement: skip locally, fail under `BERTH_TEST_REQUIRE_ALL=1`.
pub fn unmet(reason: &str) -> bool {
    let test = std::thread::current()
        .name()
        .unwrap_or("<unnamed>")
        .to_owned();
    if require_all() {
        panic!("requirement not met in {test}: {reason} (BERTH_TEST_REQUIRE_ALL=1)");
    }
    println!("skipped: {reason}");
    eprintln!("skipped {test}: {reason}");
    false
}

pub fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

/// The test process must be real root.
pub fn require_root() -> bool {
    is_root() || unmet("needs root")
}

/// The user without subordinate ids (created by scripts/test.sh), for single-id mapping.
pub const SOLO_USER: &str = "berthsolo";

/// [`SOLO_USER`] exists and has no /etc/subuid or /etc/subgid entry; needs root.
pub fn require_solo_user() -> bool {
    if !require_root() {
        return false;
    }
    let Some(pw) = nix::unistd::User::from_name(SOLO_USER).ok().flatten() else {
        return unmet(&format!(
            "user {SOLO_USER} does not exist (run scripts/test.sh)"
        ));
    };
    for file in ["/etc/subuid", "/etc/subgid"] {
        if has_subid_entry(Path::new(file), SOLO_USER, pw.uid.as_raw()) {
            return unmet(&format!(
                "{file} has an entry for {SOLO_USER}; it must have none"
            ));
        }
    }
    true
}

/// `user` exists and has /etc/subuid and /etc/subgid entries; needs root to switch to it.
pub fn require_user(user: &str) -> bool {
    if !require_root() {
        return false;
    }
    let Some(pw) = nix::unistd::User::from_name(user).ok().flatten() else {
        return unmet(&format!("user {user} does not exist (run scripts/test.sh)"));
    };
    for file in ["/etc/subuid", "/etc/subgid"] {
        if !has_subid_entry(Path::new(file), user, pw.uid.as_raw()) {
            return unmet(&format!("{file} has no entry for {user}"));
        }
    }
    true
}

fn has_subid_entry(file: &Path, user: &str, uid: u32) -> bool {
    let Ok(text) = std::fs::read_to_string(file) else {
        return false;
    };
    let uid = uid.to_string();
    text.lines()
        .filter_map(|l| l.split(':').next())
        .any(|owner| owner == user || owner == uid)
}

/// Everything the rootless tests need: root (to switch users), the test user with subordinate
/// ids, and newuidmap/newgidmap.
pub fn require_rootless() -> bool {
    require_user(TEST_USER) && require_cmd("newuidmap") && require_cmd("newgidmap")
}

/// `cmd` is found on PATH.
pub fn require_cmd(cmd: &str) -> bool {
    find_in_path(cmd).is_some() || unmet(&format!("command {cmd} not found on PATH"))
}

pub fn find_in_path(cmd: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_else(|| PATH.into());
    std::env::split_paths(&path)
        .chain(std::env::split_paths(PATH))
        .map(|d| d.join(cmd))
        .find(|p| {
            p.metadata()
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}

/// Where the static busybox comes from (apt package busybox-static).
pub const BUSYBOX: &str = "/bin/busybox";

/// /bin/busybox exists and is statically linked (a dynamic one would not run in the image).
pub fn require_busybox() -> bool {
    match std::fs::read(BUSYBOX) {
        Err(e) => unmet(&format!("{BUSYBOX}: {e} (apt-get install busybox-static)")),
        Ok(data) => match elf_is_static(&data) {
            Some(true) => true,
            Some(false) => unmet(&format!(
                "{BUSYBOX} is dynamically linked (apt-get install busybox-static)"
            )),
            None => unmet(&format!("{BUSYBOX} is not a 64-bit ELF executable")),
        },
    }
}

/// `Some(true)` when a 64-bit little-endian ELF has no PT_INTERP program header.
pub fn elf_is_static(data: &[u8]) -> Option<bool> {
    if data.len() < 64 || &data[..4] != b"\x7fELF" || data[4] != 2 || data[5] != 1 {
        return None;
    }
    let u16_at = |o: usize| Some(u16::from_le_bytes(data.get(o..o + 2)?.try_into().ok()?));
    let u32_at = |o: usize| Some(u32::from_le_bytes(data.get(o..o + 4)?.try_into().ok()?));
    let u64_at = |o: usize| Some(u64::from_le_bytes(data.get(o..o + 8)?.try_into().ok()?));
    let phoff = usize::try_from(u64_at(0x20)?).ok()?;
    let phentsize = usize::from(u16_at(0x36)?);
    let phnum = usize::from(u16_at(0x38)?);
    const PT_INTERP: u32 = 3;
    for i in 0..phnum {
        if u32_at(phoff + i * phentsize)? == PT_INTERP {
            return Some(false);
        }
    }
    Some(true)
}
