//! `build`: images from a Dockerfile (or Containerfile).
//!
//! - [`dockerfile`] reads the file into a syntax tree (stages of instructions, words kept as
//!   written) and expands `$VAR` words the way the builder asks it to; it knows nothing of
//!   images or containers.
//!
//! The builder runs every RUN step through the one start path (`runtime::start`), never a
//! sandbox of its own, and commits each filesystem-changing step as a layer with
//! `image::commit`.

pub mod dockerfile;
