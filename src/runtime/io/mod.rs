//! A container's streams: attaching to the monitor's socket and the wire format spoken on
//! it, the terminal and stdin on berth's side, and the container log (written by the
//! monitor, read by `logs`).

pub mod attach;
pub mod input;
pub mod logfile;
pub mod logs;
pub mod tty;
pub mod wire;
