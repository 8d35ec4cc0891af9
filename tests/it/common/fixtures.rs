//! The busybox image fixture and small helpers that read what a container left behind.

use std::io::Write;
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::*;

// ---------------------------------------------------------------------------------------------
// busybox image fixture

/// Owner of the fixture file `/srv/owned-by-1234` (uid and gid), to check that owners other
/// than root survive import and rootless runs.
pub const ODD_OWNER: u32 = 1234;
/// Path of that file inside the image.
pub const ODD_OWNED_FILE: &str = "/srv/owned-by-1234";

/// The applets busybox provides, one name per line of `busybox --list`.
pub fn busybox_applets() -> &'static [String] {
    static APPLETS: OnceLock<Vec<String>> = OnceLock::new();
    APPLETS.get_or_init(|| {
        let out = Command::new(BUSYBOX)
            .arg("--list")
            .output()
            .unwrap_or_else(|e| panic!("running {BUSYBOX} --list: {e}"));
        assert!(out.status.success(), "{BUSYBOX} --list failed");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::trim)
            .filter(|a| !a.is_empty() && *a != "busybox" && !a.contains('/'))
            .map(str::to_owned)
            .collect()
    })
}

/// The busybox image as an uncompressed tar, built once per test process.
///
/// Contents: /bin/busybox (static) and a symlink in /bin for every applet (sh, ls, cat, id,
/// sleep, ...); /etc/passwd and /etc/group with root (0), nobody (65534) and tester (1000,
/// group tester 1000); /root (0700), /home/tester (owned by 1000); /tmp (1777); empty
/// /proc, /sys, /dev, /etc/hosts, /etc/hostname and /etc/resolv.conf placeholders;
/// `/srv/owned-by-1234` owned by 1234:1234 (mode 0640, contents "owned\n").
/// Needs [`require_busybox`].
pub fn busybox_tar() -> &'static [u8] {
    static TAR: OnceLock<Vec<u8>> = OnceLock::new();
    TAR.get_or_init(build_busybox_tar)
}

fn build_busybox_tar() -> Vec<u8> {
    let busybox = std::fs::read(BUSYBOX)
        .unwrap_or_else(|e| panic!("reading {BUSYBOX}: {e} (call require_busybox() first)"));
    let mut b = tar::Builder::new(Vec::new());
    let dirs: &[(&str, u32, u32)] = &[
        ("bin", 0o755, 0),
        ("dev", 0o755, 0),
        ("etc", 0o755, 0),
        ("home", 0o755, 0),
        ("home/tester", 0o755, 1000),
        ("proc", 0o555, 0),
        ("root", 0o700, 0),
        ("srv", 0o755, 0),
        ("sys", 0o555, 0),
        ("tmp", 0o1777, 0),
        ("usr", 0o755, 0),
        ("usr/bin", 0o755, 0),
        ("var", 0o755, 0),
    ];
    for &(path, mode, owner) in dirs {
        let mut h = header(tar::EntryType::Directory, mode, owner);
        b.append_data(&mut h, format!("{path}/"), std::io::empty())
            .expect("tar dir");
    }
    let mut h = header(tar::EntryType::Regular, 0o755, 0);
    h.set_size(busybox.len() as u64);
    b.append_data(&mut h, "bin/busybox", busybox.as_slice())
        .expect("tar busybox");
    for applet in busybox_applets() {
        let mut h = header(tar::EntryType::Symlink, 0o777, 0);
        b.append_link(&mut h, format!("bin/{applet}"), "busybox")
            .expect("tar symlink");
    }
    let files: &[(&str, u32, u32, &str)] = &[
        (
            "etc/passwd",
            0o644,
            0,
            "root:x:0:0:root:/root:/bin/sh\n\
             nobody:x:65534:65534:nobody:/nonexistent:/bin/false\n\
             tester:x:1000:1000:tester:/home/tester:/bin/sh\n",
        ),
        (
            "etc/group",
            0o644,
            0,
            "root:x:0:\nnobody:x:65534:\ntester:x:1000:\n",
        ),
        ("etc/hosts", 0o644, 0, ""),
        ("etc/hostname", 0o644, 0, ""),
        ("etc/resolv.conf", 0o644, 0, ""),
        ("srv/owned-by-1234", 0o640, ODD_OWNER, "owned\n"),
    ];
    for &(path, mode, owner, data) in files {
        let mut h = header(tar::EntryType::Regular, mode, owner);
        h.set_size(data.len() as u64);
        b.append_data(&mut h, path, data.as_bytes())
            .expect("tar file");
    }
    b.into_inner().expect("finishing the busybox tar")
}

/// An entry that replaces (or adds to) the busybox fixture's.
pub enum ImageEntry<'a> {
    File(&'a str),
    Link(&'a str),
    Fifo,
}

/// The busybox fixture with `entries` in place of its own at those paths (a hostile
/// image); needs [`require_busybox`].
pub fn busybox_with(entries: &[(&str, ImageEntry)]) -> Vec<u8> {
    let mut out = tar::Builder::new(Vec::new());
    let mut ar = tar::Archive::new(busybox_tar());
    for e in ar.entries().unwrap() {
        let mut e = e.unwrap();
        let path = e.path().unwrap().into_owned();
        let name = path.to_string_lossy().trim_end_matches('/').to_string();
        if entries.iter().any(|(p, _)| *p == name) {
            continue;
        }
        let mut h = e.header().clone();
        match e.link_name().unwrap() {
            Some(target) => out.append_link(&mut h, &path, &target).unwrap(),
            None => out.append_data(&mut h, &path, &mut e).unwrap(),
        }
    }
    for (path, entry) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_mode(0o644);
        h.set_size(0);
        match entry {
            ImageEntry::File(data) => {
                h.set_entry_type(tar::EntryType::Regular);
                h.set_size(data.len() as u64);
                out.append_data(&mut h, path, data.as_bytes()).unwrap();
            }
            ImageEntry::Link(target) => {
                h.set_entry_type(tar::EntryType::Symlink);
                out.append_link(&mut h, path, target).unwrap();
            }
            ImageEntry::Fifo => {
                h.set_entry_type(tar::EntryType::Fifo);
                out.append_data(&mut h, path, std::io::empty()).unwrap();
            }
        }
    }
    out.into_inner().unwrap()
}

fn header(kind: tar::EntryType, mode: u32, owner: u32) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(kind);
    h.set_mode(mode);
    h.set_uid(u64::from(owner));
    h.set_gid(u64::from(owner));
    h.set_mtime(1_700_000_000);
    h.set_size(0);
    h
}

/// Unpack the busybox fixture into `dir` with /bin/tar (keeps owners when run as root), for
/// tests and benchmarks that need a plain rootfs directory.
pub fn unpack_busybox(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("mkdir {}: {e}", dir.display()));
    let mut child = Command::new("tar")
        .args(["-x", "-f", "-", "-C"])
        .arg(dir)
        .stdin(Stdio::piped())
        .spawn()
        .expect("spawning tar");
    child
        .stdin
        .take()
        .expect("tar stdin")
        .write_all(busybox_tar())
        .expect("feeding tar");
    assert!(
        child.wait().expect("waiting for tar").success(),
        "tar -x failed"
    );
}

/// Owner uid of a path as seen from the host (for checking subordinate-id mapping).
pub fn owner_uid(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .unwrap_or_else(|e| panic!("stat {}: {e}", path.display()))
        .uid()
}

/// The value of `key` in a /proc/PID/status text (`CapEff`, `Seccomp`, `NoNewPrivs`...).
pub fn status_field(status: &str, key: &str) -> String {
    status
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .unwrap_or_else(|| panic!("no {key} in\n{status}"))
        .trim()
        .to_string()
}

/// The `containers` pool `--userns=auto` hands ids out of, as (start, count): equal
/// entries in /etc/subuid and /etc/subgid (scripts/test.sh adds them); unmet without.
pub fn require_userns_pool() -> Option<(u32, u32)> {
    let mut found = Vec::new();
    for file in ["/etc/subuid", "/etc/subgid"] {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        found.push(text.lines().find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.len() != 3 || f[0] != "containers" {
                return None;
            }
            Some((f[1].parse::<u32>().ok()?, f[2].parse::<u32>().ok()?))
        }));
    }
    match (found[0], found[1]) {
        (Some(u), Some(g)) if u == g => Some(u),
        _ => {
            unmet(
                "no equal \"containers\" entries in /etc/subuid and /etc/subgid (run scripts/test.sh)",
            );
            None
        }
    }
}

/// The host pid of running container `name`'s init, once it has one.
pub fn wait_pid(env: &TestEnv, name: &str) -> i32 {
    let end = Instant::now() + Duration::from_secs(20);
    loop {
        let out = env
            .berth(&["inspect", "-f", "{{.State.Pid}}", name])
            .success();
        let pid: i32 = out.stdout().trim().parse().unwrap_or(0);
        if pid > 1 {
            return pid;
        }
        assert!(Instant::now() < end, "{name} never ran");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The storage drivers a test can force besides overlay: `copy` always, `fuse-overlayfs`
/// where it is installed and /dev/fuse exists.
pub fn fallback_drivers() -> Vec<&'static str> {
    let mut drivers = vec!["copy"];
    if super::require_cmd("fuse-overlayfs") && std::path::Path::new("/dev/fuse").exists() {
        drivers.push("fuse-overlayfs");
    }
    drivers
}
