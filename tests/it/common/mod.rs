//! Integration-test harness: runs the real `berth` binary against a private store.
//!
//! ```ignore
//! mod common;
//! use common::*;
//!
//! #[test]
//! fn images_lists_imported() {
//!     for env in TestEnv::all() {           // as root, then as `berthtest` (rootless)
//!         let id = env.import_busybox("bb");
//!         let out = env.berth(&["images", "-q"]).success();
//!         assert!(id.contains(out.stdout().trim()), "{}", env.label());
//!     }
//! }
//!
//! #[test]
//! fn needs_skopeo() {
//!     if !require_root() || !require_cmd("skopeo") { return; }
//!     ...
//! }
//! ```
//!
//! Requirements: `require_*` return false and print "skipped: <reason>" when something is
//! missing, but panic when `BERTH_TEST_REQUIRE_ALL=1` (set by `.ci/run`), so a missing tool
//! can never turn into a silent pass in CI.
//!
//! Isolation: every `TestEnv` has its own temp dir holding the store (`BERTH_ROOT`), the runtime
//! dir (`BERTH_RUNROOT`), a HOME and an XDG_RUNTIME_DIR, and points `BERTH_CONFIG` at a file
//! inside it, so the host's configuration and stores are never touched. The child process gets a
//! cleared environment plus those variables. Set `BERTH_TEST_KEEP=1` to keep the dirs for
//! debugging (their path is printed).
#![allow(dead_code, clippy::print_stdout, clippy::print_stderr)]

pub mod env;
pub mod fixtures;
pub mod registry;
pub mod requirements;
pub mod token;
pub mod userns;

pub use env::*;
pub use fixtures::*;
pub use requirements::*;
