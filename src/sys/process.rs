//! Creating and ending processes, and the per-process kernel settings made with prctl and
//! setrlimit.

use nix::sched::CloneFlags;
use nix::unistd::{ForkResult, Pid};

/// Fork the calling process.
///
/// Contract: berth runs no second thread when it forks (no thread is ever started on the
/// paths that fork: run, start, exec, rm and the container init), so the child, which gets
/// only the calling thread, can never wait on a lock another thread held; the child ends
/// with [`exit_now`] or an exec.
pub fn fork() -> nix::Result<ForkResult> {
    #[allow(clippy::disallowed_methods)]
    // SAFETY: fork(2) copies the address space; it is unsound only when another thread may
    // hold a lock the child then needs, and by the contract above there is no other thread.
    unsafe {
        nix::unistd::fork()
    }
}

/// The side of a clone this process is on.
pub enum Cloned {
    Parent(Pid),
    Child,
}

/// Clone the calling process with `flags` (namespaces), fork-style: the child continues from
/// this call on a copy-on-write copy of the caller's stack and returns `Cloned::Child`.
///
/// The child must finish with [`exit_now`] or `execve`, never by returning to the caller's
/// caller state in a way that runs the parent's destructors twice; `sandbox::spawn`
/// guarantees that. The contract of [`fork`] holds here too.
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
    cloned(ret)
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
    cloned(ret)
}

fn cloned(ret: libc::c_long) -> nix::Result<Cloned> {
    match ret {
        -1 => Err(nix::errno::Errno::last()),
        0 => Ok(Cloned::Child),
        pid => Ok(Cloned::Parent(Pid::from_raw(pid as i32))),
    }
}

/// End this process at once with `code`: no destructors, no atexit handlers, no flushing
/// of std's buffers. What a forked or cloned child uses, since those belong to the
/// parent's copy of the process state.
pub fn exit_now(code: i32) -> ! {
    // SAFETY: _exit(2) has no preconditions; it never returns.
    unsafe { libc::_exit(code) }
}

/// Have the kernel SIGKILL this process when its parent dies. Changing ids clears it.
pub fn die_with_parent() {
    let _ = nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL);
}

/// [`die_with_parent`] in a child forked by process `parent`, closing its race: a parent
/// that died before the signal was asked for sends none, so the child looks whether its
/// parent is still `parent` after asking. False: the parent is gone, the child should
/// exit now.
pub fn die_with(parent: nix::unistd::Pid) -> bool {
    die_with_parent();
    nix::unistd::getppid() == parent
}

/// [`die_with_parent`] for the child `cmd` spawns, between its fork and its exec.
pub fn spawn_dying_with_parent(cmd: &mut std::process::Command) {
    use std::os::unix::process::CommandExt as _;
    // SAFETY: the closure runs in the forked child before exec and makes only prctl, an
    // async-signal-safe system call; it touches no lock and allocates nothing.
    unsafe {
        cmd.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

/// A resource limit: `(soft, hard)`.
pub fn rlimit(resource: libc::__rlimit_resource_t) -> std::io::Result<(u64, u64)> {
    let mut cur = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes into the valid struct we pass.
    if unsafe { libc::getrlimit(resource, &mut cur) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok((cur.rlim_cur, cur.rlim_max))
}

/// Set a resource limit of this process.
pub fn set_rlimit(
    resource: libc::__rlimit_resource_t,
    soft: u64,
    hard: u64,
) -> std::io::Result<()> {
    let lim = libc::rlimit {
        rlim_cur: soft,
        rlim_max: hard,
    };
    // SAFETY: setrlimit reads the valid struct we pass.
    if unsafe { libc::setrlimit(resource, &lim) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// Install a seccomp filter on this process: `bpf` is whole `sock_filter` records (8 bytes
/// each, at most `u16::MAX` of them); anything else is refused before the kernel sees it.
/// No flags (no TSYNC): the container init is single-threaded when it loads the program.
pub fn load_seccomp(bpf: &[u8]) -> std::io::Result<()> {
    if bpf.is_empty() || !bpf.len().is_multiple_of(8) || bpf.len() / 8 > u16::MAX as usize {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("invalid seccomp program of {} bytes", bpf.len()),
        ));
    }
    let prog = libc::sock_fprog {
        len: (bpf.len() / 8) as u16,
        filter: bpf.as_ptr() as *mut libc::sock_filter,
    };
    // SAFETY: `prog` points at `bpf`, a whole number of sock_filter records that outlive the
    // call (checked above); the kernel only reads and copies the program.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_seccomp,
            libc::SECCOMP_SET_MODE_FILTER,
            0,
            &prog as *const libc::sock_fprog,
        )
    };
    if ret != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The forwarder's race (issue 16): a child whose parent died before it asked for
    /// the death signal must find out. In forked processes, so the test process keeps
    /// its own death signal; the children make only system calls.
    #[test]
    fn a_child_whose_parent_died_first_finds_out() {
        let (r, w) = rustix::pipe::pipe().unwrap();
        match fork().unwrap() {
            ForkResult::Parent { child } => {
                drop(w);
                let _ = nix::sys::wait::waitpid(child, None);
                let mut got = Vec::new();
                let mut b = [0u8; 8];
                while let Ok(n @ 1..) = rustix::io::read(&r, &mut b) {
                    got.extend_from_slice(&b[..n]);
                }
                // The middle process's parent was alive ('a'); the grandchild's was not
                // by the time it asked ('g').
                assert_eq!(got, b"ag");
            }
            ForkResult::Child => {
                let test = nix::unistd::getppid();
                let say = |c: &[u8]| {
                    let _ = rustix::io::write(&w, c);
                };
                say(if die_with(test) { b"a" } else { b"x" });
                let middle = nix::unistd::getpid();
                if let Ok(ForkResult::Child) = fork() {
                    // Let the middle process die first, then ask.
                    for _ in 0..500 {
                        if nix::unistd::getppid() != middle {
                            break;
                        }
                        std::thread::sleep(std::time::Duration::from_millis(10));
                    }
                    say(if die_with(middle) { b"y" } else { b"g" });
                }
                exit_now(0)
            }
        }
    }
}
