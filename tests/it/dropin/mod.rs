//! berth as a drop-in for podman and docker in scripts (issue 17): the clean-up and
//! start-up lines CI jobs run, their exit statuses and output shapes; the global flags;
//! registries.conf, auth.json and containers.conf; health checks.

mod auth;
mod containers_conf;
mod globals;
mod health;
mod help;
mod registries;
mod runflags;
mod scripts;
