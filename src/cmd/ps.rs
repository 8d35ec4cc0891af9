//! `berth ps`: containers as docker lists them, with `--filter`, `--format` and `-s`.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use anyhow::Context as _;
use gotmpl::Value;

use super::container_filter::ContainerFilter;
use crate::context::Context;
use crate::format::template::{ListFormat, method, row, text};
use crate::runtime::state::{Observed, observe, status_text};
use crate::store::Store;
use crate::store::containers::{ContainerRecord, Status};

#[derive(Debug, clap::Args)]
#[command(mut_args = crate::cli::bool_values)]
pub struct Args {
    /// Show all containers (default shows just running)
    #[arg(short = 'a', long)]
    pub all: bool,

    /// Only display container IDs
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Show the latest created container (includes all states)
    #[arg(short = 'l', long)]
    pub latest: bool,

    /// Show n last created containers (includes all states)
    #[arg(
        short = 'n',
        long = "last",
        value_name = "N",
        allow_negative_numbers = true
    )]
    pub last: Option<i64>,

    /// Don't truncate output
    #[arg(long)]
    pub no_trunc: bool,

    /// Display total file sizes
    #[arg(short = 's', long)]
    pub size: bool,

    /// Filter output based on conditions provided (status, name, id, label, ancestor,
    /// exited, before, since, volume, network, health, publish, expose, is-task, isolation);
    /// ancestor=IMAGE also matches images whose layers start with IMAGE's layers
    #[arg(short = 'f', long = "filter", value_name = "FILTER")]
    pub filter: Vec<String>,

    /// Format output using a custom template: 'table', 'table TEMPLATE', 'json' (one JSON
    /// array) or a Go template such as '{{.ID}} {{.Names}}' ('{{json .}}': one object a line)
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Do not print the header row of a table
    #[arg(long, alias = "noheading", visible_alias = "no-heading")]
    pub noheading: bool,

    /// Sort by command, created, id, image, names, runningfor, size or status
    #[arg(long, value_name = "KEY", default_value = "created", value_parser = SORT_KEYS)]
    pub sort: String,

    /// Show the containers' namespaces (the inode of each, and the init's pid)
    #[arg(long = "namespace", visible_alias = "ns")]
    pub namespace: bool,

    /// Also list containers that other tools made in the store (berth has none: every
    /// container in its store is its own)
    #[arg(long)]
    pub external: bool,

    /// Accepted for podman's scripts: berth's state is always current
    #[arg(long)]
    pub sync: bool,
}

const SORT_KEYS: [&str; 8] = [
    "command",
    "created",
    "id",
    "image",
    "names",
    "runningfor",
    "size",
    "status",
];

/// podman's table for `--namespace`.
const NAMESPACE_TABLE: &str = r"{{.ID}}\t{{.Names}}\t{{.Pid}}\t{{.Namespaces.Cgroup}}\t{{.Namespaces.IPC}}\t{{.Namespaces.MNT}}\t{{.Namespaces.NET}}\t{{.Namespaces.PIDNS}}\t{{.Namespaces.User}}\t{{.Namespaces.UTS}}";

const DEFAULT_TABLE: &str =
    r"{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}";

/// Column headers as docker prints them, by field.
const HEADERS: &[(&str, &str)] = &[
    ("ID", "CONTAINER ID"),
    ("Image", "IMAGE"),
    ("Command", "COMMAND"),
    ("CreatedAt", "CREATED AT"),
    ("RunningFor", "CREATED"),
    ("Ports", "PORTS"),
    ("State", "STATE"),
    ("Status", "STATUS"),
    ("Size", "SIZE"),
    ("Names", "NAMES"),
    ("Labels", "LABELS"),
    ("Label", "LABEL"),
    ("Mounts", "MOUNTS"),
    ("LocalVolumes", "LOCAL VOLUMES"),
    ("Networks", "NETWORKS"),
    ("Pid", "PID"),
    ("Namespaces.Cgroup", "CGROUPNS"),
    ("Namespaces.IPC", "IPC"),
    ("Namespaces.MNT", "MNT"),
    ("Namespaces.NET", "NET"),
    ("Namespaces.PIDNS", "PIDNS"),
    ("Namespaces.User", "USERNS"),
    ("Namespaces.UTS", "UTS"),
    ("ImageID", "IMAGE ID"),
    ("ExitCode", "EXIT CODE"),
    ("Restarts", "RESTARTS"),
];

pub fn exec(args: Args, ctx: &Context) -> anyhow::Result<u8> {
    // Everything the user typed is checked before the store is read.
    let filter = ContainerFilter::parse(&args.filter)?;
    let format = match (&args.format, args.quiet) {
        (Some(_), true) => {
            crate::format::notice(
                "WARNING: Ignoring custom format, because both --format and --quiet are set.",
            );
            None
        }
        (None, false) if args.namespace => {
            Some(parse_format(&format!("table {NAMESPACE_TABLE}"), false)?)
        }
        (f, false) => Some(parse_format(f.as_deref().unwrap_or(""), args.size)?),
        (None, true) => None,
    };
    let want_size = args.size || format.as_ref().is_some_and(|f| f.uses("Size"));

    let store = ctx.store()?;
    let mut rows: Vec<(ContainerRecord, Observed)> = store
        .containers()?
        .into_iter()
        .map(|rec| {
            let obs = observe(&store, &rec);
            (rec, obs)
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.0.created));

    let limit = match (args.latest, args.last) {
        (true, _) => Some(1),
        (false, Some(n)) if n >= 0 => Some(n as usize),
        _ => None,
    };
    let all = args.all || limit.is_some() || filter.names_status();
    let selection = filter.resolve(&store)?;
    rows.retain(|(rec, obs)| {
        (all || obs.status == Status::Running)
            && selection.keeps(
                rec,
                obs,
                super::container_filter::health_word(&store, rec, obs),
            )
    });
    if let Some(n) = limit {
        rows.truncate(n);
    }
    sort_rows(&mut rows, &args.sort);

    let Some(mut format) = format else {
        for (rec, _) in &rows {
            crate::format::line(short(&rec.id, args.no_trunc))?;
        }
        return Ok(0);
    };
    if args.noheading {
        format = format.without_heading();
    }
    let podman_fields = |field: &str| format.uses(field) || format.is_json_array();
    let mut fields = Fields {
        podman_fields: &podman_fields,
        store: &store,
        no_trunc: args.no_trunc,
        want_size,
        now: jiff::Timestamp::now(),
        // Reading the system zone costs a file parse; only CreatedAt needs it.
        zone: if format.needs("CreatedAt") {
            jiff::tz::TimeZone::system()
        } else {
            jiff::tz::TimeZone::UTC
        },
        image_sizes: HashMap::new(),
    };
    let need = |field: &str| format.needs(field);
    let out: Vec<Value> = rows
        .iter()
        .map(|(rec, obs)| fields.row(rec, obs, &need))
        .collect();
    format.print(HEADERS, out)?;
    Ok(0)
}

/// podman's `--sort`: newest first by creation (the default), else ascending by the key.
fn sort_rows(rows: &mut [(ContainerRecord, Observed)], key: &str) {
    match key {
        "command" => rows.sort_by(|a, b| a.0.spec.argv.cmp(&b.0.spec.argv)),
        "id" => rows.sort_by(|a, b| a.0.id.cmp(&b.0.id)),
        "image" => rows.sort_by(|a, b| a.0.image_name.cmp(&b.0.image_name)),
        "names" => rows.sort_by(|a, b| a.0.name.cmp(&b.0.name)),
        "status" => rows.sort_by(|a, b| a.1.state_word().cmp(b.1.state_word())),
        // The writable layer's size is costly to measure; the image id is the stable order
        // among equals when sizes are not asked for.
        "size" => rows.sort_by(|a, b| a.0.image.cmp(&b.0.image)),
        _ => rows.sort_by_key(|r| std::cmp::Reverse(r.0.created)),
    }
}

/// docker's format for `ps`: `-s` adds a SIZE column to tables.
fn parse_format(given: &str, size: bool) -> anyhow::Result<ListFormat> {
    let with_size;
    let given = if size && (given.is_empty() || given.starts_with("table")) {
        with_size = if given.trim().is_empty() || given.trim() == "table" {
            format!("table {DEFAULT_TABLE}\\t{{{{.Size}}}}")
        } else {
            format!("{given}\\t{{{{.Size}}}}")
        };
        with_size.as_str()
    } else {
        given
    };
    let format = ListFormat::parse(given, DEFAULT_TABLE)?;
    format
        .check(&sample_row())
        .context("template parsing error")?;
    Ok(format)
}

/// The IMAGE column: the name as given, except that an image given by its full id shows
/// as a short id, as docker does.
fn image_name(name: &str, no_trunc: bool) -> &str {
    let hex = name.strip_prefix("sha256:").unwrap_or(name);
    if !no_trunc && hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        &hex[..12]
    } else {
        name
    }
}

fn short(id: &str, no_trunc: bool) -> &str {
    if no_trunc {
        id
    } else {
        &id[..id.len().min(12)]
    }
}

/// The fields podman's `ps` has beside docker's.
const PODMAN_FIELDS: &[&str] = &[
    "Pid",
    "Namespaces",
    "ImageID",
    "ExitCode",
    "Exited",
    "Restarts",
    "AutoRemove",
];

/// Builds template rows: one map per container with docker's `ps` fields.
struct Fields<'a> {
    /// Whether a podman field is in the row: named by the template, or the format is
    /// podman's `json`.
    podman_fields: &'a dyn Fn(&str) -> bool,
    store: &'a Store,
    no_trunc: bool,
    want_size: bool,
    now: jiff::Timestamp,
    zone: jiff::tz::TimeZone,
    image_sizes: HashMap<String, u64>,
}

impl Fields<'_> {
    /// The row for one container, with only the fields `need` names: a template that
    /// reads two fields does not pay for the others on every container.
    fn row(&mut self, rec: &ContainerRecord, obs: &Observed, need: &dyn Fn(&str) -> bool) -> Value {
        let size = match (need("Size"), self.want_size) {
            (false, _) => None,
            (true, true) => Some(self.size(rec)),
            (true, false) => Some("0B".to_owned()),
        };
        let no_trunc = self.no_trunc;
        let mut map = BTreeMap::new();
        let podman_fields = self.podman_fields;
        let mut put = |name: &str, value: &dyn Fn() -> Value| {
            // podman's fields join a whole row (`{{json .}}`) only in podman's `json`:
            // docker's rows keep docker's fields.
            let whole_row_only = PODMAN_FIELDS.contains(&name) && !podman_fields(name);
            if need(name) && !whole_row_only {
                map.insert(Arc::from(name), value());
            }
        };
        put("ID", &|| text(short(&rec.id, no_trunc)));
        put("Image", &|| text(image_name(&rec.image_name, no_trunc)));
        put("Command", &|| {
            let command = rec.spec.argv.join(" ");
            text(go_quote(&if no_trunc {
                command
            } else {
                ellipsis(&command, 20)
            }))
        });
        put("CreatedAt", &|| {
            text(crate::format::go_time(rec.created, &self.zone))
        });
        put("RunningFor", &|| {
            text(crate::format::time_ago_from(rec.created, self.now))
        });
        put("Ports", &|| {
            text(crate::runtime::net::ports_column(
                &crate::runtime::net::published(self.store, &rec.id),
            ))
        });
        put("State", &|| text(obs.state_word()));
        put("Status", &|| {
            // podman's STATUS: "Up 5 seconds (healthy)".
            let status = status_text(rec, obs, self.now);
            match super::container_filter::health_word(self.store, rec, obs) {
                "none" => text(status),
                health => text(format!("{status} ({health})")),
            }
        });
        put("Size", &|| text(size.clone().unwrap_or_default()));
        put("Names", &|| text(rec.name.as_str()));
        put("Labels", &|| {
            text(
                rec.spec
                    .labels
                    .iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
                    .join(","),
            )
        });
        put("Label", &|| label_method(Arc::new(rec.spec.labels.clone())));
        put("Mounts", &|| {
            text(
                rec.spec
                    .mounts
                    .iter()
                    .map(|m| {
                        let name = match &m.volume {
                            Some(v) => v.name.clone(),
                            None => m.source.display().to_string(),
                        };
                        if no_trunc { name } else { ellipsis(&name, 15) }
                    })
                    .collect::<Vec<_>>()
                    .join(","),
            )
        });
        put("LocalVolumes", &|| text("0"));
        put("Networks", &|| {
            let nets = &rec.spec.net.networks;
            text(match nets.is_empty() {
                true => rec.spec.network.as_str().to_string(),
                false => (nets.iter().map(|e| e.network.as_str()))
                    .collect::<Vec<_>>()
                    .join(","),
            })
        });
        // podman's fields beside docker's.
        put("Pid", &|| Value::Int(obs.pid.into()));
        put("Namespaces", &|| namespaces(obs.pid));
        put("ImageID", &|| text(short(image_hex(&rec.image), no_trunc)));
        put("ExitCode", &|| {
            Value::Int(obs.exit_code.unwrap_or(0).into())
        });
        put("Exited", &|| {
            Value::Bool(obs.status != Status::Running && obs.started_at.is_some())
        });
        put("Restarts", &|| Value::Uint(obs.restart_count.into()));
        put("AutoRemove", &|| Value::Bool(rec.spec.auto_remove));
        Value::Map(Arc::new(map))
    }

    /// docker's SIZE: "12B (virtual 4.2MB)"; the virtual part counts the image too.
    fn size(&mut self, rec: &ContainerRecord) -> String {
        let rw = crate::runtime::size::writable_size(self.store, rec);
        let store = self.store;
        let image = *self
            .image_sizes
            .entry(rec.image.clone())
            .or_insert_with(|| store.image_by_id(&rec.image).map_or(0, |i| i.size));
        let rw_text = crate::units::human_size(rw);
        if rw + image > 0 {
            format!(
                "{rw_text} (virtual {})",
                crate::units::human_size(rw + image)
            )
        } else {
            rw_text
        }
    }
}

fn image_hex(id: &str) -> &str {
    id.strip_prefix("sha256:").unwrap_or(id)
}

/// podman's `.Namespaces`: the inode number of each namespace the init is in ("" when
/// the container is not running).
fn namespaces(pid: i32) -> Value {
    let inode = |ns: &str| -> Value {
        if pid <= 0 {
            return text("");
        }
        let link = std::fs::read_link(format!("/proc/{pid}/ns/{ns}"));
        // "net:[4026531840]": the number between the brackets.
        let number = link.ok().and_then(|l| {
            let l = l.to_string_lossy().into_owned();
            Some(l.split_once('[')?.1.trim_end_matches(']').to_owned())
        });
        text(number.unwrap_or_default())
    };
    row([
        ("Cgroup", inode("cgroup")),
        ("IPC", inode("ipc")),
        ("MNT", inode("mnt")),
        ("NET", inode("net")),
        ("PIDNS", inode("pid")),
        ("User", inode("user")),
        ("UTS", inode("uts")),
    ])
}

/// `{{.Label "key"}}`: the label's value, or "".
fn label_method(labels: Arc<std::collections::BTreeMap<String, String>>) -> Value {
    method(move |args| {
        let key = match args {
            [Value::String(k)] => k,
            _ => {
                return Err(gotmpl::TemplateError::Exec(
                    "Label takes one string: {{.Label \"key\"}}".into(),
                ));
            }
        };
        Ok(text(labels.get(&**key).cloned().unwrap_or_default()))
    })
}

/// A row of empty fields to try the template on before listing.
fn sample_row() -> Value {
    let empty = || text("");
    row([
        ("ID", empty()),
        ("Image", empty()),
        ("Command", empty()),
        ("CreatedAt", empty()),
        ("RunningFor", empty()),
        ("Ports", empty()),
        ("State", empty()),
        ("Status", empty()),
        ("Size", empty()),
        ("Names", empty()),
        ("Labels", empty()),
        ("Label", label_method(Arc::default())),
        ("Mounts", empty()),
        ("LocalVolumes", empty()),
        ("Networks", empty()),
        ("Pid", Value::Int(0)),
        ("Namespaces", namespaces(0)),
        ("ImageID", empty()),
        ("ExitCode", Value::Int(0)),
        ("Exited", Value::Bool(false)),
        ("Restarts", Value::Uint(0)),
        ("AutoRemove", Value::Bool(false)),
    ])
}

/// Shorten to `max` characters with an ellipsis, as docker's ps does for COMMAND.
fn ellipsis(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out.push('…');
    out
}

/// Go's `strconv.Quote`: double quotes, with `"` and `\` and control characters escaped.
fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c == '\x7f' => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_like_go() {
        assert_eq!(go_quote("sleep 1000"), "\"sleep 1000\"");
        assert_eq!(go_quote("sh -c \"a\\b\"\n"), r#""sh -c \"a\\b\"\n""#);
        assert_eq!(go_quote("\x01é"), "\"\\x01é\"");
    }

    #[test]
    fn image_given_by_id_shows_short() {
        let id = format!("sha256:{}", "ab".repeat(32));
        assert_eq!(image_name(&id, false), "abababababab");
        assert_eq!(image_name(&id, true), id);
        assert_eq!(image_name("busybox:1.36", false), "busybox:1.36");
    }

    #[test]
    fn command_ellipsis() {
        assert_eq!(ellipsis("short", 20), "short");
        assert_eq!(
            ellipsis("sh -c 'while true; do sleep 1; done'", 20),
            "sh -c 'while true; …"
        );
    }

    #[test]
    fn size_column_joins_tables_only() {
        let f = parse_format("", true).unwrap();
        assert!(f.is_table() && f.uses("Size"));
        let f = parse_format("table {{.Names}}", true).unwrap();
        assert!(f.uses("Size"));
        let f = parse_format("{{.Names}}", true).unwrap();
        assert!(!f.uses("Size"));
        assert!(parse_format("{{.Nope}}", false).is_err());
    }
}
