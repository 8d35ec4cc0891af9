//! Loads a seccomp program (a file of `struct sock_filter` records, as berth caches them)
//! in fresh child processes and prints the median time the `seccomp()` call took, in
//! microseconds. bench/seccomp.sh runs it on the programs two berth builds produce.
//!
//! Usage: seccomp-load FILE [RUNS]

// A benchmark tool: its output is its result.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::Read;
use std::time::Instant;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(file), runs) = (args.next(), args.next()) else {
        eprintln!("usage: seccomp-load FILE [RUNS]");
        return std::process::ExitCode::from(2);
    };
    let runs: usize = runs.map_or(200, |r| r.parse().expect("RUNS is a number"));
    let prog = std::fs::read(&file).expect("reading the program");
    assert!(
        !prog.is_empty() && prog.len().is_multiple_of(8),
        "not a BPF program"
    );
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let mut fds = [0; 2];
        // SAFETY: pipe() fills two fds.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        // SAFETY: the child only makes raw syscalls and _exit()s.
        let pid = unsafe { libc::fork() };
        if pid == 0 {
            let fprog = libc::sock_fprog {
                len: (prog.len() / 8) as u16,
                filter: prog.as_ptr() as *mut libc::sock_filter,
            };
            // SAFETY: integer arguments, and a pointer to a program that outlives the call.
            unsafe {
                libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
                let t0 = Instant::now();
                let rc = libc::syscall(
                    libc::SYS_seccomp,
                    libc::SECCOMP_SET_MODE_FILTER,
                    0,
                    &fprog as *const libc::sock_fprog,
                );
                let ns: u64 = if rc == 0 {
                    t0.elapsed().as_nanos() as u64
                } else {
                    0
                };
                libc::write(fds[1], ns.to_ne_bytes().as_ptr().cast(), 8);
                libc::_exit(0);
            }
        }
        // SAFETY: closing our copy of the write end.
        unsafe { libc::close(fds[1]) };
        let mut buf = [0u8; 8];
        // SAFETY: fds[0] is ours; File takes it over.
        let mut r = unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fds[0]) };
        r.read_exact(&mut buf).expect("reading the child's time");
        // SAFETY: reaping our child.
        unsafe { libc::waitpid(pid, std::ptr::null_mut(), 0) };
        let ns = u64::from_ne_bytes(buf);
        assert!(ns > 0, "the kernel refused the program");
        times.push(ns);
    }
    times.sort_unstable();
    println!("{:.1}", times[runs / 2] as f64 / 1000.0);
    std::process::ExitCode::SUCCESS
}
