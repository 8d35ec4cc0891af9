//! The one place berth talks to the kernel below the safe wrappers of rustix and nix:
//! fork and clone, descriptors, signals, prctl, rlimits, mounts, bpf and a few ioctls. Each
//! raw call sits behind a safe function whose `// SAFETY:` note says why it is sound; the
//! rest of the crate is built with `unsafe` refused (`#![deny(unsafe_code)]` in lib.rs).
//!
//! Submodules by job: `process` (fork, clone, exit, prctl, rlimits, seccomp), `fd`
//! (dup onto stdio, close_range, OFD locks, poll, descriptors passed over a socket), `signal`
//! (handlers), `mount` (mount_setattr), `ns` (namespace ioctls), `net` (loopback, sockets),
//! `bpf` (the bpf syscall), `mem` (trimming the monitor) and `title` (the process title).
//!
//! `pid1.rs` here is no module: it is berth's `--init` program, a program of its own
//! without the standard library, compiled by build.rs and embedded (see `crate::init`).

pub mod bpf;
pub mod fd;
pub mod mem;
pub mod mount;
pub mod net;
pub mod ns;
pub mod process;
pub mod signal;
pub mod title;
