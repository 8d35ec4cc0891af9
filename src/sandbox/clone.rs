//! The one place that clones a process into new namespaces.

use nix::sched::CloneFlags;
use nix::unistd::Pid;

pub enum Cloned {
    Parent(Pid),
    Child,
}

/// Clone the calling process with `flags` (namespaces), fork-style: the child continues from
/// this call on a copy-on-write copy of the caller's stack and returns `Cloned::Child`.
///
/// The child must finish with `_exit` or `execve`, never by returning to the caller's caller
/// state in a way that runs the parent's destructors twice; `sandbox::spawn` guarantees that.
pub fn clone_fork(flags: CloneFlags) -> nix::Result<Cloned> {
    let flags = flags.bits() as libc::c_ulong | libc::SIGCHLD as libc::c_ulong;
    // SAFETY: raw clone without CLONE_VM and with a null stack behaves like fork(2): the child
    // gets a private copy of the address space. berth is single-threaded whenever it clones
    // (no thread is ever started on the run path), so no lock can be held by a thread that
    // does not exist in the child.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_clone,
            flags,
            std::ptr::null_mut::<libc::c_void>(),
            std::ptr::null_mut::<libc::c_int>(),
            std::ptr::null_mut::<libc::c_int>(),
            0usize,
        )
    };
    match ret {
        -1 => Err(nix::errno::Errno::last()),
        0 => Ok(Cloned::Child),
        pid => Ok(Cloned::Parent(Pid::from_raw(pid as i32))),
    }
}
