//! berth's `--init` program: PID 1 of a container started with `--init`.
//!
//! Not a module of berth: a program of its own, without the standard library or libc,
//! compiled by build.rs and embedded in berth. The container init runs it from a sealed
//! memfd (`init::become_init`), so PID 1 of the container never runs the host's berth
//! binary: its /proc/1/exe leads to a copy nobody can write, and its memory holds nothing
//! of berth's.
//!
//! It starts with every signal blocked and the command already forked as its child (pid
//! in `BERTH_INIT_PID`), which waits until this program closes the descriptors it
//! inherited: so the command starts only once PID 1 is non-dumpable. Then it forwards every
//! catchable signal to the command, reaps every process that ends up as its child, and
//! exits with the command's status (128+N if a signal N killed it) once the command is gone.

#![no_std]
#![no_main]

use core::arch::{asm, global_asm};

#[cfg(target_arch = "x86_64")]
mod nr {
    pub const CLOSE: usize = 3;
    pub const KILL: usize = 62;
    pub const WAIT4: usize = 61;
    pub const RT_SIGTIMEDWAIT: usize = 128;
    pub const PRCTL: usize = 157;
    pub const EXIT_GROUP: usize = 231;
    pub const CLOSE_RANGE: usize = 436;
}

#[cfg(target_arch = "aarch64")]
mod nr {
    pub const CLOSE: usize = 57;
    pub const KILL: usize = 129;
    pub const WAIT4: usize = 260;
    pub const RT_SIGTIMEDWAIT: usize = 137;
    pub const PRCTL: usize = 167;
    pub const EXIT_GROUP: usize = 94;
    pub const CLOSE_RANGE: usize = 436;
}

// The entry point: the stack pointer holds argc, then argv, NULL, envp, NULL.
#[cfg(target_arch = "x86_64")]
global_asm!(
    ".globl _start",
    "_start:",
    "xor ebp, ebp",
    "mov rdi, rsp",
    "and rsp, -16",
    "call {main}",
    "ud2",
    main = sym main,
);

#[cfg(target_arch = "aarch64")]
global_asm!(
    ".globl _start",
    "_start:",
    "mov x29, xzr",
    "mov x30, xzr",
    "mov x0, sp",
    "bl {main}",
    "brk #0",
    main = sym main,
);

/// A raw system call with up to four arguments; a negative result is `-errno`.
///
/// # Safety
/// The arguments must be what system call `n` expects (pointers valid for it).
#[cfg(target_arch = "x86_64")]
unsafe fn syscall(n: usize, a: usize, b: usize, c: usize, d: usize) -> isize {
    let ret: isize;
    // SAFETY: the caller passes arguments valid for the call; `syscall` clobbers rcx and
    // r11 only, and touches no memory but what the arguments point at.
    unsafe {
        asm!(
            "syscall",
            inlateout("rax") n as isize => ret,
            in("rdi") a,
            in("rsi") b,
            in("rdx") c,
            in("r10") d,
            lateout("rcx") _,
            lateout("r11") _,
            options(nostack),
        );
    }
    ret
}

/// A raw system call with up to four arguments; a negative result is `-errno`.
///
/// # Safety
/// The arguments must be what system call `n` expects (pointers valid for it).
#[cfg(target_arch = "aarch64")]
unsafe fn syscall(n: usize, a: usize, b: usize, c: usize, d: usize) -> isize {
    let ret: isize;
    // SAFETY: the caller passes arguments valid for the call; `svc 0` returns in x0 and
    // touches no memory but what the arguments point at.
    unsafe {
        asm!(
            "svc 0",
            in("x8") n,
            inlateout("x0") a as isize => ret,
            in("x1") b,
            in("x2") c,
            in("x3") d,
            options(nostack),
        );
    }
    ret
}

const PR_SET_DUMPABLE: usize = 4;
const PR_SET_NAME: usize = 15;
const SIGCHLD: isize = 17;
const WNOHANG: usize = 1;
const EINTR: isize = 4;
const EAGAIN: isize = 11;

fn exit(code: i32) -> ! {
    // SAFETY: exit_group takes a plain integer and does not return.
    unsafe { syscall(nr::EXIT_GROUP, code as usize, 0, 0, 0) };
    loop {}
}

/// The command's pid from the environment entry `BERTH_INIT_PID=N`, or 0. The entry is
/// wiped once read, so /proc/1/environ shows nothing of berth's.
///
/// # Safety
/// `sp` is the process's initial stack pointer as the kernel set it up.
unsafe fn command_pid(sp: *const usize) -> i32 {
    const KEY: &[u8] = b"BERTH_INIT_PID=";
    // SAFETY: the kernel lays out argc, argv[argc] and NULL, then envp up to a NULL, each
    // entry a NUL-terminated string in writable memory of ours; reads and writes stay
    // within those strings.
    unsafe {
        let argc = *sp;
        let mut env = sp.add(argc + 2) as *const *const u8;
        while !(*env).is_null() {
            let s = *env;
            let mut i = 0;
            while i < KEY.len() && *s.add(i) == KEY[i] {
                i += 1;
            }
            if i == KEY.len() {
                let mut pid: i32 = 0;
                let mut p = s.add(i);
                while (*p).is_ascii_digit() {
                    pid = pid.wrapping_mul(10).wrapping_add((*p - b'0') as i32);
                    p = p.add(1);
                }
                let mut w = s as *mut u8;
                while *w != 0 {
                    core::ptr::write_volatile(w, 0);
                    w = w.add(1);
                }
                return pid;
            }
            env = env.add(1);
        }
    }
    0
}

/// The exit status of a wait status, as a shell gives it.
fn status_code(status: i32) -> i32 {
    let sig = status & 0x7f;
    if sig == 0 {
        (status >> 8) & 0xff
    } else {
        128 + sig
    }
}

/// Reap every child that has ended; exit with the command's status when it is one.
fn reap(command: i32) {
    loop {
        let mut status: i32 = 0;
        // SAFETY: wait4 writes one int through the pointer, which is valid; no rusage.
        let pid = unsafe {
            syscall(
                nr::WAIT4,
                usize::MAX, // -1: any child
                &mut status as *mut i32 as usize,
                WNOHANG,
                0,
            )
        };
        if pid <= 0 {
            return;
        }
        if pid as i32 == command {
            exit(status_code(status));
        }
    }
}

extern "C" fn main(sp: *const usize) -> ! {
    // First: nothing in the container may read this process's memory or trace it, and
    // its /proc files stay closed to the container.
    // SAFETY: prctl(PR_SET_DUMPABLE, 0) takes plain integers.
    unsafe { syscall(nr::PRCTL, PR_SET_DUMPABLE, 0, 0, 0) };
    // Named after what it is, not after the memfd it runs from.
    // SAFETY: PR_SET_NAME reads a NUL-terminated string of at most 16 bytes.
    unsafe {
        syscall(
            nr::PRCTL,
            PR_SET_NAME,
            c"berth-init".as_ptr() as usize,
            0,
            0,
        )
    };
    // SAFETY: `sp` is our initial stack pointer, passed by `_start`.
    let command = unsafe { command_pid(sp) };
    if command <= 0 {
        exit(125);
    }
    // Closing what berth left open (the pipe the command waits on among them) lets the
    // command go on to its execve.
    // SAFETY: close_range and close take plain integers; no descriptor here is in use.
    unsafe {
        if syscall(nr::CLOSE_RANGE, 3, u32::MAX as usize, 0, 0) < 0 {
            for fd in 3..1024 {
                syscall(nr::CLOSE, fd, 0, 0, 0);
            }
        }
    }
    let all: u64 = !0;
    loop {
        // SAFETY: the set is a valid 8-byte signal set; no info or timeout is asked for.
        let sig = unsafe { syscall(nr::RT_SIGTIMEDWAIT, &all as *const u64 as usize, 0, 0, 8) };
        if sig == -EINTR || sig == -EAGAIN {
            continue;
        }
        if sig < 0 {
            // Waiting for signals is refused (a seccomp profile): stay a reaper.
            loop {
                let mut status: i32 = 0;
                // SAFETY: as in `reap`, blocking.
                let pid = unsafe {
                    syscall(
                        nr::WAIT4,
                        usize::MAX,
                        &mut status as *mut i32 as usize,
                        0,
                        0,
                    )
                };
                if pid as i32 == command || pid == -10 {
                    // The command ended (or we have no child left: ECHILD).
                    exit(if pid > 0 { status_code(status) } else { 125 });
                }
            }
        }
        if sig == SIGCHLD {
            reap(command);
        } else {
            // SAFETY: kill takes plain integers.
            unsafe { syscall(nr::KILL, command as usize, sig as usize, 0, 0) };
        }
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    exit(125)
}
