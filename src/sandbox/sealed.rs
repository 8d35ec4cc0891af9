//! Running berth from a sealed in-memory copy of its own binary, for commands whose
//! processes enter a running container (`exec`).
//!
//! A process that joins a container's pid namespace is visible there until its execve, and
//! its /proc/PID/exe leads to the binary it runs. That binary must not be the host's: a
//! container process able to reach it could overwrite it (CVE-2019-5736) or run it again
//! from inside. So the command re-executes itself, before it does anything else, from a
//! memfd holding a copy of the binary, sealed against writes, shrinking and growing and
//! against further seal changes. The copy costs one in-kernel copy of the binary and one
//! execve, paid by `exec` only: `run` does not re-execute (see docs/DESIGN.md on why the
//! container init needs no copy).

use std::ffi::CString;
use std::fs::File;
use std::os::unix::ffi::OsStrExt;

use anyhow::Context as _;

use crate::sys::fd::SEALS;

/// Whether `exe` is a memfd carrying every seal of [`SEALS`].
fn is_sealed(exe: &File) -> bool {
    rustix::fs::fcntl_get_seals(exe).is_ok_and(|s| s.contains(SEALS))
}

/// Re-execute the running command from a sealed copy of its binary, with the same
/// arguments and environment; returns at once when it already runs from one. Returns an
/// error only when the copy could not be made or executed (a kernel refusing executable
/// memfds, `vm.memfd_noexec=2`): the caller decides whether to go on without it.
pub fn reexec() -> anyhow::Result<()> {
    let mut exe = File::open("/proc/self/exe").context("opening /proc/self/exe")?;
    if is_sealed(&exe) {
        // Named after the file it was run from ("3", from /dev/fd/3) until now.
        let _ = rustix::thread::set_name(c"berth");
        return Ok(());
    }
    let copy = crate::sys::fd::sealed_memfd(c"berth", &mut exe)
        .context("making a sealed copy of berth in a memfd")?;
    let to_c = |s: &std::ffi::OsStr| CString::new(s.as_bytes()).ok();
    let args: Vec<CString> = std::env::args_os().filter_map(|a| to_c(&a)).collect();
    let env: Vec<CString> = std::env::vars_os()
        .filter_map(|(k, v)| {
            let mut kv = k.as_bytes().to_vec();
            kv.push(b'=');
            kv.extend_from_slice(v.as_bytes());
            CString::new(kv).ok()
        })
        .collect();
    log::debug!("re-executing from a sealed copy of berth");
    let err = nix::unistd::execveat(&copy, c"", &args, &env, nix::fcntl::AtFlags::AT_EMPTY_PATH)
        .unwrap_err();
    Err(err).context("executing the sealed copy of berth")
}
