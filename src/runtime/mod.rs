//! Container lifecycle over the store and the sandbox: create, run, remove.

pub mod attach;
pub mod autosize;
pub mod boot;
pub mod control;
pub mod copy;
pub mod create;
pub mod driver;
pub mod exec;
pub mod export;
pub mod fuse;
pub mod input;
pub mod inspect;
pub mod logfile;
pub mod logs;
pub mod monitor;
pub mod names;
pub mod pause;
pub mod remove;
pub mod run;
pub mod size;
pub mod state;
pub mod stats;
pub mod top;
pub mod tty;
pub mod wire;
