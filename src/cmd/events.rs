//! `berth events`: the journal every state change appends to (see `store::events`),
//! replayed from `--since` and followed with inotify until `--until` or Ctrl-C.

use std::time::Duration;

use anyhow::anyhow;
use serde_json::json;

use crate::context::Context;
use crate::format::filter::Filters;
use crate::store::events::Event;

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Show all events created since timestamp (RFC 3339, Unix seconds, or a duration
    /// before now such as 10m)
    #[arg(long)]
    pub since: Option<String>,
    /// Stream events until this timestamp
    #[arg(long)]
    pub until: Option<String>,
    /// Filter output (type=, event=, container=, image=, volume=, network=, label=)
    #[arg(short = 'f', long = "filter", value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Format the output using the given Go template ('json' for one object per line)
    #[arg(long)]
    pub format: Option<String>,
    /// Follow new events (false: print the past ones and exit)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    pub stream: bool,
}

const FILTERS: &[&str] = &[
    "type",
    "event",
    "action",
    "container",
    "image",
    "volume",
    "network",
    "label",
];

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    let filters = Filters::parse(&args.filter, FILTERS)?;
    let since = args.since.as_deref().map(time_arg).transpose()?;
    let until = args.until.as_deref().map(time_arg).transpose()?;
    let template = match args.format.as_deref().map(str::trim) {
        None | Some("") => None,
        Some("json") => Some(crate::format::template::Template::parse_for_json(
            "{{json .}}",
        )?),
        Some(f) => Some(crate::format::template::Template::parse_for_json(f)?),
    };
    let store = ctx.store()?;
    let mut reader = store.event_reader()?;
    // docker shows only new events unless asked for the past.
    let replay = since.is_some() || until.is_some() || !args.stream;
    if !replay {
        reader.skip_to_end()?;
    }
    let _signals = crate::registry::interrupt::catch();
    loop {
        for ev in reader.next_ready()? {
            let t = ev.timestamp();
            if since.is_some_and(|s| t < s) {
                continue;
            }
            if until.is_some_and(|u| t > u) {
                return Ok(0);
            }
            if matches(&filters, &ev) {
                print(&ev, template.as_ref())?;
            }
        }
        if !args.stream {
            return Ok(0);
        }
        let now = jiff::Timestamp::now();
        let wait = match until {
            Some(u) if now >= u => return Ok(0),
            Some(u) => Some(
                Duration::try_from(u - now)
                    .unwrap_or_default()
                    .min(Duration::from_secs(1)),
            ),
            None => Some(Duration::from_secs(1)),
        };
        if crate::registry::interrupt::interrupted() {
            return Ok(0);
        }
        reader.wait(wait)?;
    }
}

/// RFC 3339, Unix seconds (with a fraction), or a duration before now.
fn time_arg(v: &str) -> anyhow::Result<jiff::Timestamp> {
    if let Ok(secs) = v.parse::<f64>()
        && secs.is_finite()
        && secs >= 0.0
    {
        return jiff::Timestamp::from_nanosecond((secs * 1e9) as i128)
            .map_err(|e| anyhow!("invalid time {v:?}: {e}"));
    }
    super::images::parse_until(v).map_err(|_| {
        anyhow!("invalid time {v:?}: use RFC 3339, Unix seconds, or a duration such as 10m")
    })
}

fn matches(f: &Filters, ev: &Event) -> bool {
    let attr = |k: &str| ev.actor.attributes.get(k).map(String::as_str).unwrap_or("");
    let id = ev.actor.id.as_str();
    let of = |kind: &str, key: &str| {
        let wanted = f.values(key);
        wanted.is_empty()
            || (ev.kind == kind
                && wanted.iter().any(|w| {
                    w == attr("name")
                        || (!w.is_empty() && id.starts_with(w.as_str()))
                        || (kind == "image" && w == attr("image"))
                }))
    };
    let container_image = f
        .values("image")
        .iter()
        .any(|w| ev.kind == "container" && w == attr("image"));
    (f.values("type").is_empty() || f.values("type").contains(&ev.kind))
        && (f.values("event").is_empty() && f.values("action").is_empty()
            || f.values("event")
                .iter()
                .chain(f.values("action"))
                .any(|a| *a == ev.action || ev.action.split(':').next() == Some(a.as_str())))
        && of("container", "container")
        && (of("image", "image") || container_image)
        && of("volume", "volume")
        && of("network", "network")
        && f.matches_labels("label", &ev.actor.attributes)
}

fn print(ev: &Event, template: Option<&crate::format::template::Template>) -> anyhow::Result<()> {
    let line = match template {
        Some(t) => {
            let mut v = json!({
                "Type": ev.kind,
                "Action": ev.action,
                "Actor": { "ID": ev.actor.id, "Attributes": ev.actor.attributes },
                "Scope": ev.scope,
                "Time": ev.time,
                "TimeNano": ev.time_nano,
            });
            if ev.kind == "container" {
                v["Status"] = json!(ev.action);
                v["ID"] = json!(ev.actor.id);
                v["From"] = json!(ev.actor.attributes.get("image"));
            }
            t.execute_json(&v)?
        }
        None => {
            let attrs: Vec<String> = ev
                .actor
                .attributes
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            let when = ev
                .timestamp()
                .to_zoned(jiff::tz::TimeZone::system())
                .strftime("%Y-%m-%dT%H:%M:%S.%N%:z");
            match attrs.is_empty() {
                true => format!("{when} {} {} {}", ev.kind, ev.action, ev.actor.id),
                false => format!(
                    "{when} {} {} {} ({})",
                    ev.kind,
                    ev.action,
                    ev.actor.id,
                    attrs.join(", ")
                ),
            }
        }
    };
    let mut out = crate::format::terminal_safe(&line).into_owned();
    out.push('\n');
    crate::format::raw(out.as_bytes())?;
    Ok(())
}
