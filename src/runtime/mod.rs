//! Container lifecycle over the store and the sandbox: create, run, remove.

pub mod copy;
pub mod create;
pub mod driver;
pub mod names;
pub mod run;
pub mod spec;
pub mod tty;
