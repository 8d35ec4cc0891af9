//! `cp`: copying files between a container and the host, in both directions.
//!
//! Two processes, a tar stream between them. The container side runs in a forked helper
//! that opens the container's root ([`view`]) and never leaves it: it resolves the
//! container path there ([`paths`]) and either writes the tree as a tar ([`tree`]) or
//! applies one with the hostile-tar unpacker (`image::unpack`). The host side stays the
//! calling process, with the caller's own identity: what it writes on the host belongs to
//! the caller (with `-a`, as root, the ids in the stream), and nothing the container holds
//! is ever opened by a process outside it. Neither side loads anything from the container
//! (no NSS lookups, no libraries, no programs): owners travel as numbers.

mod paths;
pub mod tree;
mod view;

use std::io::{Read, Write};
use std::os::fd::OwnedFd;

use anyhow::{Context as _, anyhow};

use crate::image::unpack::{CopyOwners, CopyRules, Limits, UnpackError};
use crate::store::Store;
use crate::store::containers::ContainerRecord;

pub use paths::Source;

/// The flags of `cp`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Keep owners (`-a`).
    pub archive: bool,
    /// Follow a symlink given as the source (`-L`).
    pub follow: bool,
    /// Replace directories by non-directories and the reverse.
    pub overwrite: bool,
}

/// The host side of a copy.
#[derive(Debug, Clone)]
pub enum Host {
    /// An absolute host path, as written (a trailing `/` or `/.` kept).
    Path(String),
    /// `-`: a tar on stdin (copying in) or stdout (copying out).
    Stream,
}

/// Copy from the host into the container; returns the bytes of file content copied.
pub fn copy_in(
    store: &Store,
    rec: &ContainerRecord,
    rootless: bool,
    from: &Host,
    dest: &str,
    opts: Options,
) -> anyhow::Result<u64> {
    let shown = format!("{}:{dest}", rec.name);
    let owners = match opts.archive {
        true => CopyOwners::Keep,
        false => CopyOwners::Force(0, 0),
    };
    let host_root = host_root()?;
    let source = match from {
        Host::Path(p) => {
            let src = Source::parse(p, p.clone());
            let (obj, is_dir) = paths::open_source(&host_root, &src, opts.follow)?;
            Some((src, obj, is_dir))
        }
        Host::Stream => None,
    };
    drop(host_root);
    let (rx, tx) = std::io::pipe().context("creating a pipe")?;
    let helper = match Helper::fork()? {
        Fork::Parent(h) => h,
        Fork::Child(report) => report.run(|| {
            drop(tx);
            let view = view::open(store, rec, rootless)?;
            let landing = match &source {
                Some((src, _, is_dir)) => {
                    paths::landing(&view.root, dest, &shown, *is_dir, &src.top())?
                }
                None => paths::existing_dir(&view.root, dest, &shown)?,
            };
            let input: Box<dyn Read> = match &source {
                Some(_) => Box::new(rx),
                None => Box::new(std::io::stdin().lock()),
            };
            extract(input, landing, owners, opts.overwrite)?;
            Ok(())
        }),
    };
    let written = match &source {
        Some((src, obj, _)) => {
            let mut w = tree::TreeWriter::new(std::io::BufWriter::with_capacity(1 << 17, tx));
            let r = w.append(obj, std::path::Path::new(&src.top()));
            let r = r.and_then(|()| {
                let bytes = w.bytes;
                w.finish()?.flush().map(|()| bytes)
            });
            r.with_context(|| format!("reading {}", src.shown))
        }
        None => {
            drop(tx);
            Ok(0)
        }
    };
    helper.finish(written)
}

/// Copy from the container to the host; returns the bytes of file content copied.
pub fn copy_out(
    store: &Store,
    rec: &ContainerRecord,
    rootless: bool,
    src: &str,
    to: &Host,
    opts: Options,
) -> anyhow::Result<u64> {
    let src = Source::parse(src, format!("{}:{src}", rec.name));
    let (mut rx, tx) = std::io::pipe().context("creating a pipe")?;
    let to_stdout = matches!(to, Host::Stream);
    let helper = match Helper::fork()? {
        Fork::Parent(h) => h,
        Fork::Child(report) => report.run(|| {
            drop(rx);
            let view = view::open(store, rec, rootless)?;
            let (obj, is_dir) = paths::open_source(&view.root, &src, opts.follow)?;
            let out: Box<dyn Write> = match to_stdout {
                true => Box::new(std::io::stdout().lock()),
                false => {
                    let mut tx = tx;
                    tx.write_all(&[u8::from(is_dir)])?;
                    Box::new(tx)
                }
            };
            let mut w = tree::TreeWriter::new(std::io::BufWriter::with_capacity(1 << 17, out));
            w.append(&obj, std::path::Path::new(&src.top()))
                .with_context(|| format!("reading {}", src.shown))?;
            w.finish()?.flush()?;
            Ok(())
        }),
    };
    let copied = match to {
        Host::Stream => {
            drop(tx);
            Ok(0)
        }
        Host::Path(dest) => {
            drop(tx);
            (|| {
                let mut kind = [0u8; 1];
                if rx.read_exact(&mut kind).is_err() {
                    // The helper failed before its first byte: its message says why.
                    return Ok(0);
                }
                let owners = match opts.archive && rustix::process::geteuid().is_root() {
                    true => CopyOwners::Keep,
                    false => CopyOwners::Caller,
                };
                let landing = paths::landing(&host_root()?, dest, dest, kind[0] == 1, &src.top())?;
                extract(rx, landing, owners, opts.overwrite)
            })()
        }
    };
    helper.finish(copied)
}

/// Run `work` in a forked helper with handles on the roots of the stopped containers
/// `recs`, in order (build's COPY and ADD: the step's container, and the container of a
/// `--from` stage). The caller has already entered berth's user namespace (rootless), so
/// the helper does not enter again. `work` may start threads: the helper ends after it.
pub fn in_views(
    store: &Store,
    recs: &[&ContainerRecord],
    work: impl FnOnce(&[OwnedFd]) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let helper = match Helper::fork()? {
        Fork::Parent(h) => h,
        Fork::Child(report) => report.run(|| {
            let mut views = Vec::with_capacity(recs.len());
            for rec in recs {
                views.push(view::open(store, rec, false)?);
            }
            let roots: Vec<OwnedFd> = views
                .iter()
                .map(|v| v.root.try_clone())
                .collect::<std::io::Result<_>>()
                .context("duplicating a root handle")?;
            work(&roots)
        }),
    };
    helper.finish(Ok(0)).map(drop)
}

/// The host's `/`, for resolving the host side with the same code (the caller's own
/// files: any path the caller can reach).
fn host_root() -> anyhow::Result<OwnedFd> {
    rustix::fs::open(
        "/",
        rustix::fs::OFlags::PATH | rustix::fs::OFlags::DIRECTORY | rustix::fs::OFlags::CLOEXEC,
        rustix::fs::Mode::empty(),
    )
    .context("opening /")
}

fn extract(
    input: impl Read,
    landing: paths::Landing,
    owners: CopyOwners,
    overwrite: bool,
) -> anyhow::Result<u64> {
    let rules = CopyRules {
        owners,
        overwrite,
        rename: landing.rename,
        shown_dir: landing.dir_shown,
    };
    let root = pathrs::Root::from_fd(landing.dir);
    let input = std::io::BufReader::with_capacity(1 << 17, input);
    crate::image::unpack::unpack_copy(input, &root, &Limits::default(), &rules).map_err(|e| match e
    {
        UnpackError::Unsafe { path, reason } => {
            anyhow!("refusing the copy: entry {path:?} {reason}")
        }
        e => e.into(),
    })
}

/// The forked container side. Its error comes back on a pipe; a broken pipe is not one
/// (the other side failed and says why).
struct Helper {
    pid: nix::unistd::Pid,
    errors: std::io::PipeReader,
}

enum Fork {
    Parent(Helper),
    Child(Report),
}

/// The helper's end of the error pipe.
struct Report(std::io::PipeWriter);

impl Report {
    /// Do the helper's work and end the process.
    fn run(self, work: impl FnOnce() -> anyhow::Result<()>) -> ! {
        let mut tx = self.0;
        crate::sys::process::die_with_parent();
        let code = match work() {
            Ok(()) => 0,
            Err(e) if crate::term::is_broken_pipe(&e) => 1,
            Err(e) => {
                let _ = tx.write_all(format!("{e:#}").as_bytes());
                1
            }
        };
        crate::sys::process::exit_now(code)
    }
}

impl Helper {
    fn fork() -> anyhow::Result<Fork> {
        let (errors, err_tx) = std::io::pipe().context("creating a pipe")?;
        match crate::sys::process::clone_fork(nix::sched::CloneFlags::empty())
            .context("forking the copy helper")?
        {
            crate::sys::process::Cloned::Child => {
                drop(errors);
                Ok(Fork::Child(Report(err_tx)))
            }
            crate::sys::process::Cloned::Parent(pid) => Ok(Fork::Parent(Helper { pid, errors })),
        }
    }

    /// Wait for the helper; its error wins over ours unless it has none.
    fn finish(mut self, ours: anyhow::Result<u64>) -> anyhow::Result<u64> {
        let mut msg = String::new();
        let _ = self.errors.read_to_string(&mut msg);
        let status = nix::sys::wait::waitpid(self.pid, None).context("waiting for the copy")?;
        if !msg.is_empty() {
            return Err(anyhow!(msg));
        }
        let ours = ours?;
        match status {
            nix::sys::wait::WaitStatus::Exited(_, 0) => Ok(ours),
            other => Err(anyhow!("the copy helper failed ({other:?})")),
        }
    }
}
