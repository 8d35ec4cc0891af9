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

/// Like [`clone_fork`], but the child is born in the cgroup2 directory `cgroup` (clone3
/// with CLONE_INTO_CGROUP): no later move between cgroups, which costs an RCU grace period.
/// `Err(ENOSYS)` or `Err(E2BIG)` on kernels before 5.7, where the caller clones and moves.
pub fn clone_into_cgroup(
    flags: CloneFlags,
    cgroup: std::os::fd::BorrowedFd<'_>,
) -> nix::Result<Cloned> {
    use std::os::fd::AsRawFd as _;
    let args = linux_raw_sys::general::clone_args {
        flags: flags.bits() as u64 | linux_raw_sys::general::CLONE_INTO_CGROUP,
        pidfd: 0,
        child_tid: 0,
        parent_tid: 0,
        exit_signal: libc::SIGCHLD as u64,
        stack: 0,
        stack_size: 0,
        tls: 0,
        set_tid: 0,
        set_tid_size: 0,
        cgroup: cgroup.as_raw_fd() as u64,
    };
    // SAFETY: as for clone_fork: without CLONE_VM and with no stack, clone3 behaves like
    // fork(2), and berth is single-threaded here. `args` is valid for its size.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_clone3,
            &args as *const linux_raw_sys::general::clone_args,
            std::mem::size_of::<linux_raw_sys::general::clone_args>(),
        )
    };
    match ret {
        -1 => Err(nix::errno::Errno::last()),
        0 => Ok(Cloned::Child),
        pid => Ok(Cloned::Parent(Pid::from_raw(pid as i32))),
    }
}
