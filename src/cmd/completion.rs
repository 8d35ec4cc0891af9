//! `berth completion SHELL`: print a completion script generated from the CLI definition.

use crate::format;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell to generate the script for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn exec(args: Args) -> anyhow::Result<u8> {
    format::raw(&script(args.shell))?;
    Ok(0)
}

/// The completion script for `shell`, as checked in under completions/.
pub fn script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut cmd = crate::cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "berth", &mut out);
    out
}
