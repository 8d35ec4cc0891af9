//! `berth stats`: a live table of containers' resource use, as docker shows it.

use std::collections::{BTreeMap, HashMap};
use std::io::IsTerminal as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use gotmpl::Value;

use crate::context::Context;
use crate::format::template::{ListFormat, text};
use crate::runtime::state::observe;
use crate::runtime::stats::Reading;
use crate::store::Store;
use crate::store::containers::{ContainerRecord, Status};

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Containers to show (default: every running container)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,

    /// Show all containers (default shows just running)
    #[arg(short = 'a', long)]
    pub all: bool,

    /// Disable streaming stats and only pull the first result
    #[arg(long)]
    pub no_stream: bool,

    /// Do not truncate output
    #[arg(long)]
    pub no_trunc: bool,

    /// Format output using a custom template: 'table', 'table TEMPLATE', 'json' or a Go
    /// template such as '{{.Name}} {{.CPUPerc}}'
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
}

const DEFAULT_TABLE: &str = r"{{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}";

/// Column headers as docker prints them, by field.
const HEADERS: &[(&str, &str)] = &[
    ("Container", "CONTAINER"),
    ("ID", "CONTAINER ID"),
    ("Name", "NAME"),
    ("CPUPerc", "CPU %"),
    ("MemUsage", "MEM USAGE / LIMIT"),
    ("MemPerc", "MEM %"),
    ("NetIO", "NET I/O"),
    ("BlockIO", "BLOCK I/O"),
    ("PIDs", "PIDS"),
];

/// How long apart the two readings of a CPU percentage are, and how often a stream redraws:
/// docker collects once a second.
const INTERVAL: Duration = Duration::from_secs(1);

/// The terminal sequences of a redraw: cursor home, clear to the end of each line and,
/// after the last line, to the end of the screen.
const HOME: &str = "\x1b[H";
const CLEAR_LINE: &str = "\x1b[K";
const CLEAR_BELOW: &str = "\x1b[J";
const CLEAR_SCREEN: &str = "\x1b[2J";

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let format = ListFormat::parse(args.format.as_deref().unwrap_or(""), DEFAULT_TABLE)?;
    format
        .check(&sample_row())
        .context("template parsing error")?;
    let store = ctx.store()?;
    let explicit = !args.containers.is_empty();
    // Containers named on the command line are resolved once, up front: an unknown one
    // fails before anything is printed.
    let named: Vec<(String, ContainerRecord)> = args
        .containers
        .iter()
        .map(|key| Ok((key.clone(), store.find_container(key)?)))
        .collect::<anyhow::Result<_>>()?;
    let mut screen = Screen::new(std::io::stdout().is_terminal() && !args.no_stream);
    let mut previous: HashMap<String, Reading> = HashMap::new();
    let mut first = true;
    loop {
        let started = Instant::now();
        let targets = if explicit {
            // A removed container keeps its row, stopped.
            named.clone()
        } else {
            listed(&store, args.all)?
        };
        let readings: Vec<(String, ContainerRecord, Reading, bool)> = targets
            .into_iter()
            .map(|(shown, rec)| {
                let (reading, running) = read(&store, &rec, ctx.rootless);
                (shown, rec, reading, running)
            })
            .collect();
        if first {
            // A CPU percentage needs a second reading; the first is only its base.
            first = false;
            remember(&mut previous, &readings);
            std::thread::sleep(INTERVAL.saturating_sub(started.elapsed()));
            continue;
        }
        let rows: Vec<Value> = readings
            .iter()
            .map(|(shown, rec, reading, running)| {
                let prev = previous.get(&rec.id);
                // A container that does not run uses no CPU; one seen for the first time
                // has no base reading yet.
                let cpu = if *running {
                    prev.and_then(|p| reading.cpu_percent(p))
                } else {
                    Some(0.0)
                };
                stats_row(shown, rec, reading, cpu, args.no_trunc)
            })
            .collect();
        let table = format.render(HEADERS, rows)?;
        screen.show(&table)?;
        let any_running = readings.iter().any(|r| r.3);
        remember(&mut previous, &readings);
        if args.no_stream || (explicit && !any_running) {
            return Ok(0);
        }
        std::thread::sleep(INTERVAL.saturating_sub(started.elapsed()));
    }
}

/// The containers shown without names: running ones, or all with `-a`, newest first; the
/// CONTAINER column shows the full id.
fn listed(store: &Store, all: bool) -> anyhow::Result<Vec<(String, ContainerRecord)>> {
    let mut recs: Vec<ContainerRecord> = store
        .containers()?
        .into_iter()
        .filter(|rec| all || store.status(rec) == Status::Running)
        .collect();
    recs.sort_by_key(|r| std::cmp::Reverse(r.created));
    Ok(recs.into_iter().map(|r| (r.id.clone(), r)).collect())
}

/// A reading of the container as it is now, and whether it runs.
fn read(store: &Store, rec: &ContainerRecord, rootless: bool) -> (Reading, bool) {
    let obs = observe(store, rec);
    if obs.status == Status::Running && obs.pid > 0 {
        (crate::runtime::stats::read(rec, obs.pid, rootless), true)
    } else {
        (Reading::stopped(), false)
    }
}

fn remember(
    previous: &mut HashMap<String, Reading>,
    readings: &[(String, ContainerRecord, Reading, bool)],
) {
    previous.clear();
    for (_, rec, reading, _) in readings {
        previous.insert(rec.id.clone(), reading.clone());
    }
}

/// One row with docker's `stats` fields; "--" stands for a figure berth could not read.
fn stats_row(
    shown: &str,
    rec: &ContainerRecord,
    now: &Reading,
    cpu: Option<f64>,
    no_trunc: bool,
) -> Value {
    const UNKNOWN: &str = "--";
    let percent = |p: Option<f64>| p.map_or_else(|| UNKNOWN.to_owned(), |p| format!("{p:.2}%"));
    let pair = |v: Option<(u64, u64)>| {
        v.map_or_else(
            || UNKNOWN.to_owned(),
            |(a, b)| {
                format!(
                    "{} / {}",
                    crate::units::human_size(a),
                    crate::units::human_size(b)
                )
            },
        )
    };
    let mem_usage = match (now.memory, now.memory_limit) {
        (None, None) => format!("{UNKNOWN} / {UNKNOWN}"),
        (m, l) => format!(
            "{} / {}",
            m.map_or_else(|| UNKNOWN.to_owned(), crate::units::bytes_size),
            l.map_or_else(|| UNKNOWN.to_owned(), crate::units::bytes_size)
        ),
    };
    let mem_perc = match (now.memory, now.memory_limit) {
        (Some(_), Some(0)) => Some(0.0),
        (Some(m), Some(l)) => Some(m as f64 / l as f64 * 100.0),
        _ => None,
    };
    let id = if no_trunc {
        &rec.id[..]
    } else {
        &rec.id[..rec.id.len().min(12)]
    };
    let mut map = BTreeMap::new();
    let mut put = |k: &str, v: String| {
        map.insert(Arc::from(k), text(v));
    };
    put("Container", shown.to_owned());
    put("ID", id.to_owned());
    put("Name", rec.name.clone());
    put("CPUPerc", percent(cpu));
    put("MemUsage", mem_usage);
    put("MemPerc", percent(mem_perc));
    put("NetIO", pair(now.net_io));
    put("BlockIO", pair(now.block_io));
    put(
        "PIDs",
        now.pids
            .map_or_else(|| UNKNOWN.to_owned(), |p| p.to_string()),
    );
    Value::Map(Arc::new(map))
}

/// A row of empty fields (every field has a header) to try the template on before the
/// first reading.
fn sample_row() -> Value {
    Value::Map(Arc::new(
        HEADERS
            .iter()
            .map(|(field, _)| (Arc::from(*field), text("")))
            .collect(),
    ))
}

/// Where successive tables go: redrawn in place on a terminal, one after another otherwise.
struct Screen {
    redraw: bool,
    drawn: bool,
}

impl Screen {
    fn new(redraw: bool) -> Screen {
        Screen {
            redraw,
            drawn: false,
        }
    }

    fn show(&mut self, table: &str) -> anyhow::Result<()> {
        if !self.redraw {
            crate::format::raw(table.as_bytes())?;
            return Ok(());
        }
        let mut out = String::with_capacity(table.len() + 64);
        if !self.drawn {
            out.push_str(CLEAR_SCREEN);
            self.drawn = true;
        }
        out.push_str(HOME);
        for line in table.lines() {
            out.push_str(line);
            out.push_str(CLEAR_LINE);
            out.push('\n');
        }
        out.push_str(CLEAR_BELOW);
        crate::format::raw(out.as_bytes())?;
        Ok(())
    }
}
