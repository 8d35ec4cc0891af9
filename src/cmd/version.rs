//! `berth version`.

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn exec(_args: Args) -> anyhow::Result<u8> {
    anyhow::bail!("berth version is not implemented yet")
}
