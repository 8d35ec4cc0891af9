//! berth's integration tests: one binary (so the suite links once), one module per area.
//! Every test runs the real `berth` binary through the harness in `common`.

mod common;

mod archive;
mod build;
mod cli_surface;
mod commit;
mod containers;
mod cp;
mod devices;
mod dropin;
mod events;
mod exec_security;
mod exists;
mod format;
mod generated_files;
mod harness;
mod housekeeping;
mod images;
mod layering;
mod layers;
mod lifecycle;
mod limits;
mod mount_flags;
mod network;
mod network_ns;
mod ps;
mod registry;
mod registry_tty;
mod security;
mod security_hostile;
mod security_keepid;
mod security_rootless_auto;
mod security_userns;
mod stats;
mod storage_drivers;
mod store;
mod terminal;
mod usernet;
mod userns_auto;
mod userns_maps;
mod vm;
mod volumes;
