//! Distribution API v2 client: references, credentials, the blocking HTTP client with the
//! bearer/basic auth dance, pull and push.
//!
//! Blocking on purpose (ureq): no async runtime and no threads left behind in a process
//! that later forks. Pull fans layer downloads out to plain threads and joins them all
//! before anything is committed.

pub mod auth;
pub mod client;
pub mod digests;
pub mod interrupt;
pub mod pull;
pub mod push;
pub mod reference;
pub mod resolve;
pub mod rules;

pub use client::{Client, RegistryError};
pub use reference::RemoteRef;

pub type Result<T> = std::result::Result<T, RegistryError>;
