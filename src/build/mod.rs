//! `build`: images from a Dockerfile (or Containerfile).
//!
//! - [`context`] opens the build context (a directory in place, or an unpacked tar), applies
//!   its ignore file, resolves COPY/ADD sources inside it, and writes them as a tar stream
//!   or digests them for the cache.
//! - [`dockerfile`] reads the file into a syntax tree (stages of instructions, words kept as
//!   written) and expands `$VAR` words the way the builder asks it to; it knows nothing of
//!   images or containers.
//!
//! The builder runs every RUN step through the one start path (`runtime::start`), never a
//! sandbox of its own, and commits each filesystem-changing step as a layer with
//! `image::commit`.

pub mod cache;
pub mod context;
mod copy_step;
pub mod dockerfile;
pub mod executor;
mod mounts;
pub mod options;
mod run_step;
