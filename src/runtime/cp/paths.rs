//! docker's path rules for `cp`, applied on a root handle: the container's root, or the
//! host's `/` for the host side. Every lookup is `openat2(RESOLVE_IN_ROOT |
//! RESOLVE_NO_MAGICLINKS)` from that handle, so `..` and symlinks (absolute ones too) in a
//! container path resolve as the container would, and never leave its root.

use std::ffi::{OsStr, OsString};
use std::os::fd::OwnedFd;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use anyhow::bail;
use rustix::fs::{FileType, Mode, OFlags, ResolveFlags};
use rustix::io::Errno;

const RESOLVE: ResolveFlags = ResolveFlags::IN_ROOT.union(ResolveFlags::NO_MAGICLINKS);

/// A source as written: `DIR/.` copies the contents, `DIR/` insists on a directory.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path without its trailing `/` or `/.`.
    pub path: String,
    pub contents_only: bool,
    pub asserts_dir: bool,
    /// How the path is shown in messages (`ctr:/path` or the host path).
    pub shown: String,
}

impl Source {
    pub fn parse(raw: &str, shown: String) -> Source {
        let contents_only = raw == "." || raw.ends_with("/.");
        let asserts_dir = contents_only || raw.ends_with('/');
        let mut path = raw.trim_end_matches("/.").trim_end_matches('/').to_string();
        if path.is_empty() || path == "." {
            path = if raw.starts_with('/') {
                "/".into()
            } else {
                ".".into()
            };
        }
        Source {
            path,
            contents_only,
            asserts_dir,
            shown,
        }
    }

    /// The name its top entry has in the tar: its base name, or `.` for its contents (and
    /// for a root, which has no name).
    pub fn top(&self) -> OsString {
        match Path::new(&self.path).file_name() {
            Some(n) if !self.contents_only => n.to_owned(),
            _ => OsString::from("."),
        }
    }
}

/// `openat2` in the root; retried while the kernel answers EAGAIN (a rename anywhere
/// raced a `..` lookup: it cannot prove the walk stayed inside, so it refuses it).
fn openat2_in(root: &OwnedFd, path: &str, flags: OFlags) -> Result<OwnedFd, Errno> {
    let rel = relative(path);
    let mut tries = 0;
    loop {
        match rustix::fs::openat2(root, rel.as_os_str(), flags, Mode::empty(), RESOLVE) {
            Err(Errno::AGAIN) if tries < 1000 => tries += 1,
            other => return other,
        }
    }
}

/// An `O_PATH` handle on `path` inside `root`; the last component followed only when
/// `follow` (`-L`).
pub fn open_object(root: &OwnedFd, path: &str, follow: bool) -> Result<OwnedFd, Errno> {
    let mut flags = OFlags::PATH | OFlags::CLOEXEC;
    if !follow {
        flags |= OFlags::NOFOLLOW;
    }
    openat2_in(root, path, flags)
}

/// The source object, checked against what its path asserts.
pub fn open_source(root: &OwnedFd, src: &Source, follow: bool) -> anyhow::Result<(OwnedFd, bool)> {
    // `DIR/` and `DIR/.` name the directory a symlink points at, as a shell does.
    let obj = match open_object(root, &src.path, follow || src.asserts_dir) {
        Ok(o) => o,
        Err(Errno::NOENT) => bail!("stat {}: no such file or directory", src.shown),
        Err(Errno::NOTDIR) => bail!("stat {}: not a directory", src.shown),
        Err(e) => bail!("stat {}: {e}", src.shown),
    };
    let is_dir = is_dir(&obj)?;
    if src.asserts_dir && !is_dir {
        bail!("stat {}: not a directory", src.shown);
    }
    Ok((obj, is_dir))
}

fn is_dir(obj: &OwnedFd) -> anyhow::Result<bool> {
    let st = rustix::fs::fstat(obj)?;
    Ok(FileType::from_raw_mode(st.st_mode) == FileType::Directory)
}

/// Where a copy lands: the directory to extract into, and the rename of its top entry.
pub struct Landing {
    pub dir: OwnedFd,
    pub dir_shown: PathBuf,
    pub rename: Option<(Option<OsString>, OsString)>,
}

/// docker's destination rules. `dest` is the path as written, `shown` how to name it.
pub fn landing(
    root: &OwnedFd,
    dest: &str,
    shown: &str,
    src_is_dir: bool,
    src_top: &OsStr,
) -> anyhow::Result<Landing> {
    let asserts_dir = dest.ends_with('/') || dest.ends_with("/.") || dest == ".";
    let trimmed = dest.trim_end_matches("/.").trim_end_matches('/');
    let trimmed = if trimmed.is_empty() { "/" } else { trimmed };
    let contents = src_top == ".";
    let dir_of = |path: &str| -> Result<OwnedFd, Errno> {
        openat2_in(
            root,
            path,
            OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        )
    };
    // The destination itself, a symlink followed (inside the root).
    match open_object(root, trimmed, true) {
        Ok(obj) if is_dir(&obj)? => {
            let dir = dir_of(trimmed)?;
            Ok(Landing {
                dir,
                dir_shown: PathBuf::from(trimmed),
                rename: None,
            })
        }
        Ok(_) => {
            if asserts_dir {
                bail!("stat {shown}: not a directory");
            }
            if src_is_dir {
                bail!("cannot overwrite non-directory {shown:?} with a directory");
            }
            let (parent, name) = split(trimmed);
            Ok(Landing {
                dir: dir_of(&parent)?,
                dir_shown: PathBuf::from(parent),
                rename: Some((Some(src_top.to_owned()), name)),
            })
        }
        Err(Errno::NOENT) => {
            if asserts_dir && !src_is_dir {
                bail!("stat {shown}: no such directory");
            }
            let (parent, name) = split(trimmed);
            let dir = match dir_of(&parent) {
                Ok(d) => d,
                Err(Errno::NOENT) => bail!("stat {shown}: no such file or directory"),
                Err(Errno::NOTDIR) => bail!("stat {shown}: not a directory"),
                Err(e) => bail!("stat {shown}: {e}"),
            };
            let from = (!contents).then(|| src_top.to_owned());
            Ok(Landing {
                dir,
                dir_shown: PathBuf::from(parent),
                rename: Some((from, name)),
            })
        }
        Err(Errno::NOTDIR) => bail!("stat {shown}: not a directory"),
        Err(e) => bail!("stat {shown}: {e}"),
    }
}

/// A directory that must exist (`-` into a container: the tar lands in it).
pub fn existing_dir(root: &OwnedFd, dest: &str, shown: &str) -> anyhow::Result<Landing> {
    match open_object(root, dest, true) {
        Ok(obj) if is_dir(&obj)? => {}
        Ok(_) => bail!("destination {shown:?} must be a directory"),
        Err(Errno::NOENT) => bail!("stat {shown}: no such file or directory"),
        Err(e) => bail!("stat {shown}: {e}"),
    }
    landing(root, dest, shown, true, OsStr::new("."))
}

/// `path` relative to the root it is resolved in (`/` and `` are the root itself).
fn relative(path: &str) -> PathBuf {
    let p = path.trim_start_matches('/');
    PathBuf::from(if p.is_empty() { "." } else { p })
}

/// Parent directory and last name of a path without a trailing slash.
fn split(path: &str) -> (String, OsString) {
    let p = Path::new(path);
    let name = p
        .file_name()
        .map(OsStr::to_owned)
        .unwrap_or_else(|| OsString::from("."));
    let parent = match p.parent() {
        Some(par) if !par.as_os_str().is_empty() => par.as_os_str().as_bytes().to_vec(),
        _ if path.starts_with('/') => b"/".to_vec(),
        _ => b".".to_vec(),
    };
    (String::from_utf8_lossy(&parent).into_owned(), name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_suffixes_follow_docker() {
        let s = Source::parse("/etc/", "c:/etc/".into());
        assert_eq!(
            (s.path.as_str(), s.contents_only, s.asserts_dir),
            ("/etc", false, true)
        );
        assert_eq!(s.top(), "etc");
        let s = Source::parse("/etc/.", String::new());
        assert_eq!((s.path.as_str(), s.contents_only), ("/etc", true));
        assert_eq!(s.top(), ".");
        let s = Source::parse("/", String::new());
        assert_eq!((s.path.as_str(), s.top()), ("/", OsString::from(".")));
        let s = Source::parse("a/b", String::new());
        assert_eq!(
            (s.path.as_str(), s.asserts_dir, s.top()),
            ("a/b", false, "b".into())
        );
    }

    #[test]
    fn split_names_parent_and_base() {
        assert_eq!(split("/a/b"), ("/a".into(), "b".into()));
        assert_eq!(split("/a"), ("/".into(), "a".into()));
        assert_eq!(split("a"), (".".into(), "a".into()));
    }
}
