//! Reading a small file of a container's tree (/etc/passwd, /etc/group ...), which its
//! image or its own processes wrote: hostile input. The file is resolved inside the root
//! (a link cannot lead out of it), must be a regular file (a FIFO would block, a device
//! such as /dev/zero never ends), and is read up to a cap, so a bad file costs an error,
//! never berth's memory or time.

use std::io::Read;
use std::os::fd::AsFd;

use anyhow::{Context as _, bail};
use rustix::fs::{FileType, Mode, OFlags, ResolveFlags, openat2};
use rustix::io::Errno;

/// The largest file read; /etc/passwd of a big system is well below it.
pub const MAX_SIZE: u64 = 4 << 20;

const RESOLVE: ResolveFlags = ResolveFlags::IN_ROOT.union(ResolveFlags::NO_MAGICLINKS);

/// The text of `path` (relative to `root`, which it cannot leave), `None` when it does
/// not exist. Anything but a regular file of at most [`MAX_SIZE`] bytes is an error.
pub fn read(root: impl AsFd, path: &str) -> anyhow::Result<Option<String>> {
    let shown = format!("/{}", path.trim_start_matches('/'));
    // O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer; it is
    // refused below like any other file that is not regular.
    let flags = OFlags::RDONLY | OFlags::CLOEXEC | OFlags::NONBLOCK | OFlags::NOCTTY;
    let fd = match openat2(
        root,
        path.trim_start_matches('/'),
        flags,
        Mode::empty(),
        RESOLVE,
    ) {
        Ok(fd) => fd,
        Err(Errno::NOENT) => return Ok(None),
        Err(Errno::LOOP) => bail!("reading the container's {shown}: too many symbolic links"),
        Err(e) => return Err(e).with_context(|| format!("opening the container's {shown}")),
    };
    let st = rustix::fs::fstat(&fd).with_context(|| format!("reading the container's {shown}"))?;
    if FileType::from_raw_mode(st.st_mode) != FileType::RegularFile {
        bail!("the container's {shown} is not a regular file");
    }
    if st.st_size as u64 > MAX_SIZE {
        bail!(
            "the container's {shown} is larger than {} MiB",
            MAX_SIZE >> 20
        );
    }
    let mut bytes = Vec::with_capacity(st.st_size as usize);
    // The cap holds even if the file grows after fstat.
    std::fs::File::from(fd)
        .take(MAX_SIZE + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("reading the container's {shown}"))?;
    if bytes.len() as u64 > MAX_SIZE {
        bail!(
            "the container's {shown} is larger than {} MiB",
            MAX_SIZE >> 20
        );
    }
    Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
}

/// The container's /etc/passwd and /etc/group, for a process already in its root (`/`);
/// a missing file reads as empty.
pub fn passwd_and_group() -> anyhow::Result<(String, String)> {
    let root = rustix::fs::open(
        "/",
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .context("opening /")?;
    let read = |path| Ok::<_, anyhow::Error>(read(&root, path)?.unwrap_or_default());
    Ok((read("etc/passwd")?, read("etc/group")?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root(dir: &std::path::Path) -> std::os::fd::OwnedFd {
        rustix::fs::open(dir, OFlags::PATH | OFlags::DIRECTORY, Mode::empty()).unwrap()
    }

    #[test]
    fn reads_regular_files_and_refuses_the_rest() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        std::fs::create_dir(d.join("etc")).unwrap();
        std::fs::write(d.join("etc/passwd"), "root:x:0:0::/:/bin/sh\n").unwrap();
        let r = root(d);
        assert_eq!(
            read(&r, "/etc/passwd").unwrap().as_deref(),
            Some("root:x:0:0::/:/bin/sh\n")
        );
        assert_eq!(read(&r, "etc/group").unwrap(), None);

        // Links stay inside the root: /etc/shadow of the tree, not of the host.
        std::os::unix::fs::symlink("/etc/passwd", d.join("etc/link")).unwrap();
        assert!(read(&r, "etc/link").unwrap().unwrap().starts_with("root:"));
        std::os::unix::fs::symlink("/../../../../etc/hostname", d.join("etc/out")).unwrap();
        assert_eq!(read(&r, "etc/out").unwrap(), None);

        std::os::unix::fs::symlink("loop2", d.join("etc/loop1")).unwrap();
        std::os::unix::fs::symlink("loop1", d.join("etc/loop2")).unwrap();
        let e = read(&r, "etc/loop1").unwrap_err().to_string();
        assert!(e.contains("symbolic links"), "{e}");

        nix::unistd::mkfifo(&d.join("etc/fifo"), nix::sys::stat::Mode::S_IRWXU).unwrap();
        let e = read(&r, "etc/fifo").unwrap_err().to_string();
        assert!(e.contains("not a regular file"), "{e}");
        std::fs::create_dir(d.join("etc/dir")).unwrap();
        assert!(read(&r, "etc/dir").is_err());

        let big = std::fs::File::create(d.join("etc/big")).unwrap();
        big.set_len(MAX_SIZE + 1).unwrap();
        let e = read(&r, "etc/big").unwrap_err().to_string();
        assert!(e.contains("larger than"), "{e}");
    }
}
