//! The bottom layer: the plain data every other layer shares, and nothing of berth's
//! beneath it. What a container is (`ContainerSpec` with its mounts, network mode, restart
//! policy, resources, security and user-namespace options), an image's name (`Reference`) and
//! an image argument parsed once (`ImageRef`),
//! the log settings, and the exit-status contract. store, image, registry, sandbox, cgroups
//! and runtime depend on it; it depends on none of them (tests/layering.rs checks).
//!
//! Logic that acts on this data stays in the layer whose job it is: cgroups converts
//! `Resources` into cgroup files, sandbox applies `SecurityOpts`, runtime parses
//! `--log-opt` and rotates the log.

pub mod container;
pub mod exit;
pub mod health;
pub mod image_ref;
pub mod log;
pub mod network;
pub mod reference;
pub mod resources;
pub mod security;
pub mod userns;

pub use container::{
    BindMount, ContainerSpec, RestartName, RestartPolicy, TmpfsMount, VolumeSource,
};
pub use image_ref::ImageRef;
pub use network::NetworkMode;
pub use reference::Reference;
