//! Container lifecycle over the store and the sandbox: create, run, remove.
//!
//! `io/` carries a container's streams (attach, the terminal, stdin, the log and its
//! wire format); `driver/` assembles root filesystems (overlay, fuse-overlayfs, copy).

pub mod autosize;
pub mod boot;
pub mod commit;
pub mod control;
pub mod cp;
pub mod create;
pub mod driver;
pub mod error;
pub mod events;
pub mod exec;
pub mod export;
pub mod health;
pub mod housekeeping;
pub mod inspect;
pub mod io;
pub mod monitor;
pub mod names;
pub mod net;
pub mod pause;
pub mod prepare;
pub mod remove;
pub mod run;
pub mod size;
pub mod start;
pub mod state;
pub mod stats;
pub mod top;
pub mod update;
pub mod volume_options;
pub mod volumes;
pub mod wait;
