//! Everything between clone and execve. No store and no clap here.

pub mod userns;
