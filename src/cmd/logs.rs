//! `berth logs`.

use crate::context::Context;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Follow log output until the container stops
    #[arg(short = 'f', long)]
    pub follow: bool,

    /// Show timestamps
    #[arg(short = 't', long)]
    pub timestamps: bool,

    /// Number of lines to show from the end of the logs ("all" for every line)
    #[arg(short = 'n', long, value_name = "N", default_value = "all")]
    pub tail: String,

    /// Show logs since a time (RFC 3339, Unix seconds, or relative like 10m)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub since: Option<String>,

    /// Show logs before a time (RFC 3339, Unix seconds, or relative like 10m, ahead of
    /// now; with -f, stop following then)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub until: Option<String>,

    /// Show the extra attributes recorded with each line (berth records none: the lines
    /// are shown as they are)
    #[arg(long)]
    pub details: bool,

    /// The containers (several: each line after its container's short id)
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    use crate::runtime::io::logs;
    let now = jiff::Timestamp::now();
    let tail = match args.tail.as_str() {
        "all" => None,
        n => match n.parse::<i64>() {
            Ok(v) if v < 0 => None,
            Ok(v) => Some(v as usize),
            Err(_) => anyhow::bail!("invalid --tail {n:?}: a number or \"all\" is expected"),
        },
    };
    let opts = logs::Options {
        follow: args.follow,
        timestamps: args.timestamps,
        tail,
        since: args
            .since
            .as_deref()
            .map(|s| logs::parse_time(s, now, true))
            .transpose()?,
        until: args
            .until
            .as_deref()
            .map(|s| logs::parse_time(s, now, false))
            .transpose()?,
    };
    let store = ctx.store()?;
    let recs = (args.containers.iter())
        .map(|c| store.find_container(c))
        .collect::<Result<Vec<_>, _>>()?;
    logs::show_many(&store, &recs, &opts)?;
    Ok(0)
}
