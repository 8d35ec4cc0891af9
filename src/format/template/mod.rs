//! Go templates for `--format`, with docker's functions and directives.
//!
//! One engine for every command: [`Template`] is a parsed Go template with docker's extra
//! functions (`json`, `upper`, `lower`, `title`, `join`, `split`, `truncate`, `pad`);
//! [`ListFormat`] adds docker's `--format` directives for listing commands (`table`,
//! `table TEMPLATE`, `json`) and lays rows out as docker does; [`render`] formats one value
//! (inspect, info).
//!
//! Two Go behaviours the template crate leaves to us: method calls with arguments
//! (`{{.Label "k"}}`: the parsed tree is rewritten into a call of a hidden function that
//! invokes the field's function value) and undefined functions failing at parse time.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use anyhow::{Context as _, anyhow};
use gotmpl::parse::{CommandNode, Expr, ListNode, Node, Parser, PipeNode, SmolStr};
use gotmpl::{FuncMap, MissingKey, TemplateError, Value};

/// The hidden function `{{.F args}}` is rewritten into: `__method "F" receiver args...`.
mod functions;
mod origins;
mod rewrite;

use functions::*;
use origins::*;
pub use origins::{from_json, to_json};
use rewrite::*;

const METHOD_CALL: &str = "__method";
const MAIN: &str = "main";

/// A parsed template: one tree, executed with docker's functions.
pub struct Template {
    data: gotmpl::Template,
    /// The same tree with docker's header functions, for the header row of a table.
    header: gotmpl::Template,
    /// Every field name the template mentions, anywhere in a chain (`.State.Status` gives
    /// State and Status): lets a command skip costly fields nobody asked for.
    fields: Vec<String>,
    /// The template hands dot itself somewhere (`{{json .}}`, `{{range .}}`, `$`): every
    /// field may be read.
    whole: bool,
    root_paths: Vec<Vec<String>>,
    /// Where the document being rendered by [`Template::execute_json`] had its keys and
    /// nulls; shared with this template's `json` function.
    origins: SharedOrigins,
    /// The fields and functions the template names, where: an execution error points at
    /// the one it concerns.
    sites: Vec<Site>,
}

/// A field chain or function name in the source, for error messages.
#[derive(Debug, Clone)]
struct Site {
    /// 1-based line, and Go's column: the byte offset within the line.
    line: usize,
    col: usize,
    /// As written: `.State.Status`, `$x.Name`, `printf`.
    text: String,
    /// The names it reads (`State`, `Status`) or calls (`printf`).
    names: Vec<String>,
}

impl Site {
    fn new(src: &str, pos: gotmpl::parse::Pos, text: String, names: Vec<String>) -> Site {
        let before = &src[..pos.offset.min(src.len())];
        let col = match before.rfind('\n') {
            Some(nl) => pos.offset - nl - 1,
            None => pos.offset,
        };
        Site {
            line: pos.line,
            col,
            text,
            names,
        }
    }
}

impl Template {
    /// Parse Go template text for data whose every field exists (listing rows): a missing
    /// field fails. Errors read as docker's: "template parsing error: ...".
    pub fn parse(src: &str) -> anyhow::Result<Template> {
        Template::parse_with(src, MissingKey::Error)
    }

    /// Parse Go template text for JSON documents (inspect, info), to run with
    /// [`Template::execute_json`]: as with docker's typed objects, a field the document's
    /// structure lacks fails, while a missing key of a map field (`.Config.Labels.nokey`)
    /// prints `<no value>`.
    pub fn parse_for_json(src: &str) -> anyhow::Result<Template> {
        Template::parse_with(src, MissingKey::Invalid)
    }

    fn parse_with(src: &str, missing: MissingKey) -> anyhow::Result<Template> {
        // The crate's parser stops quietly at a top-level {{end}} or {{else}}, where Go
        // fails: a sentinel text after the source shows whether all of it was read.
        let guarded = format!("{src}{SENTINEL}");
        let parsed = Parser::new(&guarded, "{{", "}}")
            .and_then(Parser::parse)
            .map_err(|e| anyhow!("template parsing error: {e}"))?;
        let (mut tree, defines) = parsed;
        strip_sentinel(&mut tree)?;
        let mut walk = Walk {
            src: src.to_owned(),
            ..Walk::default()
        };
        walk.list(&mut tree);
        let mut defines: Vec<(String, ListNode)> = defines
            .into_iter()
            .map(|mut d| {
                walk.moved_dot += 1;
                walk.list(&mut d.body);
                walk.moved_dot -= 1;
                (d.name.to_string(), d.body)
            })
            .collect();
        let origins = SharedOrigins::default();
        let data_funcs = data_functions(&origins);
        // Go refuses an unknown function when parsing, before any output.
        if let Some(name) = walk
            .functions
            .iter()
            .find(|f| !data_funcs.contains_key(f.as_str()) && !is_builtin(f))
        {
            return Err(anyhow!(
                "template parsing error: template: :1: function \"{name}\" not defined"
            ));
        }
        defines.push((MAIN.to_owned(), tree));
        let build = |funcs: FuncMap, missing: MissingKey| {
            defines.iter().fold(
                gotmpl::Template::new("").funcs(funcs).missing_key(missing),
                |t, (name, tree)| t.add_parse_tree(name, tree.clone()),
            )
        };
        Ok(Template {
            data: build(data_funcs, missing),
            header: build(header_functions(), MissingKey::ZeroValue),
            fields: walk.fields,
            whole: walk.whole,
            root_paths: walk.root_paths,
            origins,
            sites: walk.sites,
        })
    }

    /// Whether the template names this field anywhere (`uses("Size")`).
    pub fn uses(&self, field: &str) -> bool {
        self.fields.iter().any(|f| f == field)
    }

    /// Whether the field may be read: named, or dot handed over whole.
    pub fn needs(&self, field: &str) -> bool {
        self.whole || self.uses(field)
    }

    /// Execute against one value.
    pub fn execute(&self, data: &Value) -> anyhow::Result<String> {
        self.data
            .execute_template_to_string(MAIN, data)
            .map_err(|e| self.exec_error(e))
    }

    /// Execute against a JSON document, after checking the field paths read from its root
    /// against its structure.
    pub fn execute_json(&self, doc: &serde_json::Value) -> anyhow::Result<String> {
        for path in &self.root_paths {
            if let Err(key) = check_path(doc, path) {
                let e = self.exec_error(TemplateError::MissingKey { key });
                return Err(anyhow!("template parsing error: {e}"));
            }
        }
        let mut origins = Origins::default();
        let data = from_json_in(doc, None, &mut origins);
        *self.origins.lock() = origins;
        let out = self.execute(&data);
        *self.origins.lock() = Origins::default();
        out
    }

    fn execute_header(&self, headers: &Value) -> String {
        // docker ignores failures of the header row: the header is what rendered.
        self.header
            .execute_template_to_string(MAIN, headers)
            .unwrap_or_default()
    }
}

const SENTINEL: &str = "\u{1}berth-template-end";

fn strip_sentinel(tree: &mut ListNode) -> anyhow::Result<()> {
    let unexpected =
        || anyhow!("template parsing error: template: unexpected {{{{end}}}} or {{{{else}}}}");
    let Some(Node::Text(last)) = tree.nodes.last_mut() else {
        return Err(unexpected());
    };
    let Some(text) = last.text.strip_suffix(SENTINEL) else {
        return Err(unexpected());
    };
    if text.is_empty() {
        tree.nodes.pop();
    } else {
        last.text = Arc::from(text);
    }
    Ok(())
}

impl Template {
    /// An execution error as Go words it, at the field or function it concerns where that
    /// is known: `template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"`.
    fn exec_error(&self, e: TemplateError) -> anyhow::Error {
        let names = |n: &str| self.sites.iter().find(|s| s.names.iter().any(|x| x == n));
        let (site, message) = match &e {
            TemplateError::MissingKey { key } => {
                (names(key), format!("map has no entry for key \"{key}\""))
            }
            TemplateError::ArgCount { name, .. } | TemplateError::UndefinedFunction(name) => {
                (names(name), e.to_string())
            }
            TemplateError::Exec(msg) => {
                // Our functions start their messages with their name ("truncate: ..."), the
                // method call names its field ("... non-function .Names").
                let site = self.sites.iter().find(|s| {
                    msg.starts_with(&format!("{}:", s.text))
                        || s.names.last().is_some_and(|n| {
                            msg.ends_with(&format!(" .{n}")) || msg.contains(&format!("field {n} "))
                        })
                });
                (site, msg.clone())
            }
            _ => (None, e.to_string()),
        };
        match site {
            Some(s) => anyhow!(
                "template: :{}:{}: executing \"\" at <{}>: {message}",
                s.line,
                s.col,
                s.text
            ),
            None => anyhow!("template: executing: {message}"),
        }
    }
}

/// Render one JSON document with a Go template (`inspect --format`, `info --format`): the
/// text exactly as the template produced it, without a trailing newline.
pub fn render(tmpl: &str, value: &serde_json::Value) -> anyhow::Result<String> {
    Template::parse_for_json(tmpl)?.execute_json(value)
}

/// Object fields whose keys are data, not structure (docker types them as Go maps): a
/// missing key there is no error.
const MAP_FIELDS: &[&str] = &[
    "Labels",
    "ExposedPorts",
    "Volumes",
    "Data",
    "Networks",
    "Ports",
    "PortBindings",
    "Options",
    "DriverOpts",
    "Annotations",
    "Sysctls",
    "StorageOpt",
    "Tmpfs",
];

/// Follow `path` through the document's objects: a key missing from a structure (any
/// object but a [`MAP_FIELDS`] one) fails as docker's `map has no entry for key`.
fn check_path(doc: &serde_json::Value, path: &[String]) -> Result<(), String> {
    let mut at = doc;
    let mut parent: Option<&str> = None;
    for key in path {
        let serde_json::Value::Object(obj) = at else {
            return Ok(());
        };
        if parent.is_some_and(|p| MAP_FIELDS.contains(&p)) {
            return Ok(());
        }
        match obj.get(key.as_str()) {
            Some(next) => at = next,
            None => return Err(key.clone()),
        }
        parent = Some(key);
    }
    Ok(())
}

/// A listing command's `--format`: docker's directives resolved and the template parsed.
///
/// - `""` or `table`: the command's default table;
/// - `table TEMPLATE`: rows from TEMPLATE under a header row, aligned in columns;
/// - `json`: one JSON array of the rows, as podman prints it (`{{json .}}` gives one
///   object per line, as docker's `json` does);
/// - anything else: TEMPLATE, one line per row.
///
/// In the text, `\t` and `\n` (backslash sequences as typed) become a tab and a newline.
pub struct ListFormat {
    template: Template,
    table: bool,
    /// `json`: the rows as one JSON array.
    array: bool,
    /// `--noheading`: a table without its header row.
    heading: bool,
}

impl ListFormat {
    /// `default_table` is the command's own table template without the `table` word.
    pub fn parse(format: &str, default_table: &str) -> anyhow::Result<ListFormat> {
        let array = format.trim() == "json";
        let (table, text) = if format.is_empty() || format.trim() == "table" {
            (true, default_table)
        } else if let Some(rest) = format.strip_prefix("table") {
            (true, rest)
        } else if array {
            (false, "{{json .}}")
        } else {
            (false, format)
        };
        let text = text
            .trim_matches(' ')
            .replace("\\t", "\t")
            .replace("\\n", "\n");
        Ok(ListFormat {
            template: Template::parse(&text)?,
            table,
            array,
            heading: true,
        })
    }

    /// `--noheading`: leave out a table's header row.
    pub fn without_heading(mut self) -> ListFormat {
        self.heading = false;
        self
    }

    /// `json`: one array of the rows.
    pub fn is_json_array(&self) -> bool {
        self.array
    }

    pub fn is_table(&self) -> bool {
        self.table
    }

    /// Whether the template names this field (commands compute costly fields only then).
    pub fn uses(&self, field: &str) -> bool {
        self.template.uses(field)
    }

    /// Whether a row must carry this field: named, or the row is used whole (`{{json .}}`).
    /// Rows may leave out the others; [`ListFormat::check`] still sees a full sample row.
    pub fn needs(&self, field: &str) -> bool {
        self.template.needs(field)
    }

    /// Run the template once against a row of empty values, as docker does before listing:
    /// a misspelled field fails here even when there is nothing to list.
    pub fn check(&self, sample: &Value) -> anyhow::Result<()> {
        self.template.execute(sample).map(drop)
    }

    /// All rows laid out, each followed by a newline; under a header row and aligned in
    /// columns for a table. Nothing is printed: a failing row fails the whole listing.
    pub fn render<I>(&self, headers: &[(&str, &str)], rows: I) -> anyhow::Result<String>
    where
        I: IntoIterator<Item = Value>,
    {
        let mut text = String::new();
        if self.array {
            return json_array(&self.template, rows);
        }
        if self.table && self.heading {
            text.push_str(&self.template.execute_header(&header_row(headers)));
            text.push('\n');
        }
        for row in rows {
            text.push_str(&self.template.execute(&row)?);
            text.push('\n');
        }
        if !self.table {
            return Ok(text);
        }
        let mut out = Vec::with_capacity(text.len() + text.len() / 2);
        super::table::align(&mut out, text.as_bytes()).context("laying out the table")?;
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    /// [`ListFormat::render`], then print it.
    pub fn print<I>(&self, headers: &[(&str, &str)], rows: I) -> anyhow::Result<()>
    where
        I: IntoIterator<Item = Value>,
    {
        let text = self.render(headers, rows)?;
        super::raw(text.as_bytes())?;
        Ok(())
    }
}

/// The header row: each field's column title; a dotted field (`Namespaces.NET`) is a
/// field of a nested map, as the rows have it.
fn header_row(headers: &[(&str, &str)]) -> Value {
    let mut top: BTreeMap<Arc<str>, Value> = BTreeMap::new();
    let mut nested: BTreeMap<&str, BTreeMap<Arc<str>, Value>> = BTreeMap::new();
    for (field, title) in headers {
        let title = Value::String(Arc::from(*title));
        match field.split_once('.') {
            Some((outer, inner)) => {
                nested
                    .entry(outer)
                    .or_default()
                    .insert(Arc::from(inner), title);
            }
            None => {
                top.insert(Arc::from(*field), title);
            }
        }
    }
    for (outer, map) in nested {
        top.insert(Arc::from(outer), Value::Map(Arc::new(map)));
    }
    Value::Map(Arc::new(top))
}

/// The rows as a JSON array, indented as podman prints its listings.
fn json_array<I>(template: &Template, rows: I) -> anyhow::Result<String>
where
    I: IntoIterator<Item = Value>,
{
    let objects = rows
        .into_iter()
        .map(|row| {
            let line = template.execute(&row)?;
            serde_json::from_str(&line).context("a row that is no JSON object")
        })
        .collect::<anyhow::Result<Vec<serde_json::Value>>>()?;
    let mut out = Vec::new();
    let pretty = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, pretty);
    serde::Serialize::serialize(&objects, &mut ser)?;
    out.push(b'\n');
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// Build a template row from (field, value) pairs.
pub fn row<const N: usize>(fields: [(&str, Value); N]) -> Value {
    Value::Map(Arc::new(
        fields.into_iter().map(|(k, v)| (Arc::from(k), v)).collect(),
    ))
}

/// A string value.
pub fn text(s: impl Into<Arc<str>>) -> Value {
    Value::String(s.into())
}

/// A value that templates call with arguments, as a method: `{{.Label "k"}}`.
pub fn method(f: impl Fn(&[Value]) -> gotmpl::Result<Value> + Send + Sync + 'static) -> Value {
    Value::Function(Arc::new(f))
}

/// Object fields docker types as lists: a null one prints `[]`, as Go prints a nil slice.
const LIST_FIELDS: &[&str] = &[
    "Args",
    "Cmd",
    "Entrypoint",
    "Env",
    "OnBuild",
    "Shell",
    "Binds",
    "CapAdd",
    "CapDrop",
    "Capabilities",
    "Dns",
    "DnsOptions",
    "DnsSearch",
    "ExtraHosts",
    "GroupAdd",
    "Links",
    "SecurityOpt",
    "Devices",
    "DeviceRequests",
    "DeviceCgroupRules",
    "Ulimits",
    "BlkioWeightDevice",
    "BlkioDeviceReadBps",
    "BlkioDeviceWriteBps",
    "BlkioDeviceReadIOps",
    "BlkioDeviceWriteIOps",
    "ConsoleSize",
    "MaskedPaths",
    "ReadonlyPaths",
    "Mounts",
    "RepoTags",
    "RepoDigests",
    "Layers",
    "Aliases",
    "Warnings",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> serde_json::Value {
        serde_json::json!({
            "Name": "web",
            "Labels": {"a": "1", "b.c": "2"},
            "Env": ["A=1", "B=2"],
            "State": {"Status": "running", "Pid": 42, "Running": true},
            "Empty": null,
            "Cmd": null,
            "Tmpfs": null,
        })
    }

    fn r(t: &str) -> String {
        render(t, &data()).unwrap()
    }

    #[test]
    fn fields_and_functions() {
        assert_eq!(r("{{.Name}}"), "web");
        assert_eq!(r("{{.State.Status}} {{.State.Pid}}"), "running 42");
        assert_eq!(r("{{.Env}}"), "[A=1 B=2]");
        assert_eq!(r("{{.Labels}}"), "map[a:1 b.c:2]");
        assert_eq!(r(r#"{{index .Labels "b.c"}}"#), "2");
        assert_eq!(r(r#"[{{index .Labels "none"}}]"#), "[]");
        assert_eq!(r(r#"[{{index .Empty "none"}}]"#), "[]");
        assert_eq!(r("{{json .Env}}"), r#"["A=1","B=2"]"#);
        // Structures keep the document's key order; maps print sorted as text.
        assert_eq!(
            r("{{json .State}}"),
            r#"{"Status":"running","Pid":42,"Running":true}"#
        );
        assert!(r("{{json .}}").starts_with(r#"{"Name":"web","Labels":{"a":"1""#));
        assert_eq!(r("{{upper .Name}}{{lower \"AB\"}}"), "WEBab");
        assert_eq!(r(r#"{{title "hello big-world"}}"#), "Hello Big-World");
        assert_eq!(r(r#"{{join .Env ","}}"#), "A=1,B=2");
        assert_eq!(r(r#"{{join (split "a:b:c" ":") "-"}}"#), "a-b-c");
        assert_eq!(r(r#"{{truncate .Name 2}}|{{truncate .Name 10}}"#), "we|web");
        assert_eq!(r(r#"[{{pad .Name 1 2}}][{{pad "" 1 1}}]"#), "[ web  ][]");
        assert_eq!(r(r#"{{println .Name}}"#), "web\n");
        assert_eq!(
            r(r#"{{range $k, $v := .Labels}}{{$k}}={{$v}};{{end}}"#),
            "a=1;b.c=2;"
        );
        assert_eq!(r(r#"{{if .State.Running}}up{{else}}down{{end}}"#), "up");
        assert_eq!(r("{{.Empty}}"), "<no value>");
        // A null list or map field prints as Go prints a nil slice or map; its JSON is null.
        assert_eq!(r("{{.Cmd}} {{.Tmpfs}} {{len .Cmd}}"), "[] map[] 0");
        assert_eq!(r("{{json .Cmd}} {{json .Tmpfs}}"), "null null");
        assert_eq!(r("{{range .Cmd}}x{{else}}none{{end}}"), "none");
        // A map field's missing key prints <no value>; a structure's missing field fails.
        assert_eq!(r("{{.Labels.none}}"), "<no value>");
        assert!(render("{{.State.Nope}}", &data()).is_err());
        assert!(render("{{$.Nope}}", &data()).is_err());
        assert_eq!(r("{{with .State}}{{.Status}}{{end}}"), "running");
    }

    #[test]
    fn errors_before_output() {
        let e = render("{{.Name", &data()).unwrap_err().to_string();
        assert!(e.starts_with("template parsing error:"), "{e}");
        assert!(!e.contains('\n'), "{e}");
        let e = render("x{{nosuch .Name}}", &data())
            .unwrap_err()
            .to_string();
        assert!(e.contains(r#"function "nosuch" not defined"#), "{e}");
        for bad in ["a{{end}}b", "{{else}}", "{{if .Name}}x{{end}}{{end}}"] {
            let e = render(bad, &data()).unwrap_err().to_string();
            assert!(e.contains("unexpected"), "{bad}: {e}");
        }
        assert_eq!(r("a{{if .Name}}b{{end}}c"), "abc");
        assert_eq!(r("{{.Name -}}  "), "web");
        assert_eq!(r(""), "");
        let e = render("{{.Nope}}", &data()).unwrap_err().to_string();
        assert!(e.contains("Nope"), "{e}");
    }

    #[test]
    fn execution_errors_point_at_the_action() {
        let e = render("x {{.State.Nope}}", &data())
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            r#"template parsing error: template: :1:4: executing "" at <.State.Nope>: map has no entry for key "Nope""#
        );
        let t = Template::parse("a\n  {{.Names}} {{.Nope}}").unwrap();
        let e = t
            .execute(&row([("Names", text("w"))]))
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            r#"template: :2:15: executing "" at <.Nope>: map has no entry for key "Nope""#
        );
        let e = t.execute(&row([])).unwrap_err().to_string();
        assert!(e.contains(":2:4: executing \"\" at <.Names>"), "{e}");
        let e = render(r#"{{truncate .Name "x"}}"#, &data())
            .unwrap_err()
            .to_string();
        assert!(
            e.contains(":1:2: executing \"\" at <truncate>: truncate:"),
            "{e}"
        );
        let e = render(r#"{{upper .Name .Name}}"#, &data())
            .unwrap_err()
            .to_string();
        assert!(e.contains("at <upper>"), "{e}");
    }

    #[test]
    fn methods_with_arguments() {
        let labels = Arc::new(BTreeMap::from([("k".to_owned(), "v".to_owned())]));
        let row = row([
            ("Names", text("web")),
            (
                "Label",
                method(move |a| {
                    let key = a.first().map(string_arg).unwrap_or_default();
                    Ok(text(labels.get(&key).cloned().unwrap_or_default()))
                }),
            ),
        ]);
        let t = Template::parse(r#"{{.Label "k"}}/{{.Label "x"}}/{{.Names}}"#).unwrap();
        assert_eq!(t.execute(&row).unwrap(), "v//web");
        let t = Template::parse(r#"{{.Names "x"}}"#).unwrap();
        assert!(t.execute(&row).is_err());
        assert_eq!(to_json(&row).to_string(), r#"{"Names":"web"}"#);
    }

    #[test]
    fn table_directive() {
        let headers = [
            ("ID", "CONTAINER ID"),
            ("Names", "NAMES"),
            ("Label", "LABEL"),
        ];
        let rows = || {
            vec![
                row([("ID", text("0123456789ab")), ("Names", text("a"))]),
                row([("ID", text("ff")), ("Names", text("longer-name"))]),
            ]
        };
        let f = ListFormat::parse(r"table {{.ID}}\t{{upper .Names}}", "").unwrap();
        assert!(f.is_table());
        assert_eq!(
            f.render(&headers, rows()).unwrap(),
            "CONTAINER ID   NAMES\n0123456789ab   A\nff             LONGER-NAME\n"
        );
        let f = ListFormat::parse(r"{{.ID}}:{{.Names}}", "").unwrap();
        assert_eq!(
            f.render(&headers, rows()).unwrap(),
            "0123456789ab:a\nff:longer-name\n"
        );
        let f = ListFormat::parse("{{json .}}", "").unwrap();
        assert_eq!(
            f.render(&headers, rows()).unwrap().lines().next().unwrap(),
            r#"{"ID":"0123456789ab","Names":"a"}"#
        );
        let f = ListFormat::parse("json", "").unwrap();
        let array: serde_json::Value =
            serde_json::from_str(&f.render(&headers, rows()).unwrap()).unwrap();
        assert_eq!(array[0]["ID"], "0123456789ab");
        assert_eq!(array.as_array().unwrap().len(), 2);
        assert_eq!(f.render(&headers, Vec::new()).unwrap(), "[]\n");
        let f = ListFormat::parse("table", r"{{.Names}}")
            .unwrap()
            .without_heading();
        assert_eq!(f.render(&headers, Vec::new()).unwrap(), "");
        let f = ListFormat::parse("table", r"{{.Names}}\t{{.ID}}").unwrap();
        assert_eq!(
            f.render(&headers, Vec::new()).unwrap(),
            "NAMES     CONTAINER ID\n"
        );
    }

    #[test]
    fn uses_fields() {
        let f = ListFormat::parse(r"table {{.ID}}\t{{.Size}}", "").unwrap();
        assert!(f.uses("Size") && f.needs("ID"));
        assert!(!f.uses("Names") && !f.needs("Names"));
        let f = ListFormat::parse(r#"{{.Label "k"}}{{$.Names}}"#, "").unwrap();
        assert!(f.needs("Label") && f.needs("Names") && !f.needs("ID"));
        for whole in [
            "{{json .}}",
            "json",
            "{{range $k, $v := .}}{{end}}",
            "{{$}}",
        ] {
            let f = ListFormat::parse(whole, "").unwrap();
            assert!(f.needs("ID") && !f.uses("Size"), "{whole}");
        }
    }
}

#[cfg(test)]
mod go_conformance {
    use super::*;

    fn r(t: &str) -> Result<String, String> {
        let data = serde_json::json!({"Name": "web", "Env": ["A=1", "B=2"], "Empty": "", "N": 3});
        render(t, &data).map_err(|e| e.to_string())
    }

    #[test]
    fn go_constructs() {
        let ok = |t: &str, want: &str| assert_eq!(r(t).as_deref(), Ok(want), "{t}");
        ok("a {{- .Name -}} b", "awebb");
        ok("x{{/* comment */}}y", "xy");
        ok(r#"{{printf "%s-%d" .Name .N}}"#, "web-3");
        ok(r#"{{.Name | printf "%q"}}"#, "\"web\"");
        ok("{{len .Env}}", "2");
        ok("{{with .Empty}}x{{else}}y{{end}}", "y");
        ok(
            r#"{{define "t"}}<{{.}}>{{end}}{{template "t" .Name}}"#,
            "<web>",
        );
        ok("{{$x := .N}}{{$x}}", "3");
        ok("{{range $i, $e := .Env}}{{$i}}{{$e}};{{end}}", "0A=1;1B=2;");
        ok("{{range .Env}}{{break}}{{end}}done", "done");
        ok("}} alone", "}} alone");
        ok(r#"{{if and .Name (eq .N 3)}}yes{{end}}"#, "yes");
        ok(r#"{{slice .Name 1}}"#, "eb");
    }

    #[test]
    fn go_errors() {
        for bad in [
            "{{.Name}",
            "{{",
            "{{if}}{{end}}",
            r#"{{"abc}}"#,
            "{{range .Env}}",
            "{{if .Name}}x{{else}}y",
            "{{template \"nope\"}}",
            "{{$undefined}}",
        ] {
            let e = r(bad).expect_err(bad);
            assert!(!e.contains('\n'), "{bad}: {e}");
        }
    }
}
