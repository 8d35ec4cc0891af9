//! A probe run inside containers: `syscall NR [ARG...]` makes the raw syscall NR with the
//! given integer arguments (decimal or 0x hex) and prints `ok` or `errno N`. The tests build
//! it statically with rustc (tests/security.rs), so it runs in any image.

unsafe extern "C" {
    fn syscall(nr: i64, ...) -> i64;
}

fn number(s: &str) -> u64 {
    let parsed = match s.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => s.parse(),
    };
    parsed.unwrap_or_else(|_| panic!("not a number: {s}"))
}

fn main() {
    let a: Vec<u64> = std::env::args().skip(1).map(|s| number(&s)).collect();
    let arg = |i: usize| a.get(i).copied().unwrap_or(0);
    // SAFETY: a probe: the caller picks syscalls and arguments that touch no memory of ours
    // (null or integer arguments).
    let rc = unsafe { syscall(arg(0) as i64, arg(1), arg(2), arg(3), arg(4), arg(5), arg(6)) };
    if rc == -1 {
        println!("errno {}", std::io::Error::last_os_error().raw_os_error().unwrap_or(0));
    } else {
        println!("ok");
    }
}
