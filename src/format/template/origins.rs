//! JSON data as template data and back: which maps were JSON objects (their key order)
//! and which empty values were JSON null, so `{{json .}}` prints what the document held.

use super::*;

/// Where the maps and lists of a JSON document came from, so `{{json ...}}` gives them
/// back as the document has them: object keys in the document's order (docker marshals a
/// structure in field order, while template maps are sorted), and a list or map field that
/// was null (printed `[]` or `map[]` as Go prints nil ones) as `null`. Values are known by
/// the address of their shared storage, which the document keeps alive while it renders.
#[derive(Default)]
pub(super) struct Origins {
    pub(super) key_order: HashMap<usize, Vec<Arc<str>>>,
    pub(super) null: HashSet<usize>,
}

#[derive(Default, Clone)]
pub(super) struct SharedOrigins(Arc<Mutex<Origins>>);

impl SharedOrigins {
    pub(super) fn lock(&self) -> std::sync::MutexGuard<'_, Origins> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

pub(super) fn map_addr(m: &Arc<BTreeMap<Arc<str>, Value>>) -> usize {
    Arc::as_ptr(m) as usize
}

pub(super) fn list_addr(l: &Arc<[Value]>) -> usize {
    Arc::as_ptr(l).cast::<Value>() as usize
}

/// JSON data as template data. Objects become maps (keys sorted, as Go prints maps).
pub fn from_json(v: &serde_json::Value) -> Value {
    from_json_in(v, None, &mut Origins::default())
}

/// [`from_json`] for a value under `key`, noting in `origins` what the maps and lists were.
pub(super) fn from_json_in(
    v: &serde_json::Value,
    key: Option<&str>,
    origins: &mut Origins,
) -> Value {
    use serde_json::Value as J;
    match v {
        J::Null => match key {
            Some(k) if LIST_FIELDS.contains(&k) => {
                let list: Arc<[Value]> = Arc::from(Vec::new());
                origins.null.insert(list_addr(&list));
                Value::List(list)
            }
            Some(k) if MAP_FIELDS.contains(&k) => {
                let map = Arc::new(BTreeMap::new());
                origins.null.insert(map_addr(&map));
                Value::Map(map)
            }
            _ => Value::Nil,
        },
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => Value::Int(i),
            (None, Some(u)) => Value::Uint(u),
            _ => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        J::String(s) => Value::String(Arc::from(s.as_str())),
        J::Array(a) => Value::List(a.iter().map(|x| from_json_in(x, None, origins)).collect()),
        J::Object(o) => {
            let map = Arc::new(
                o.iter()
                    .map(|(k, v)| (Arc::from(k.as_str()), from_json_in(v, Some(k), origins)))
                    .collect::<BTreeMap<Arc<str>, Value>>(),
            );
            origins.key_order.insert(
                map_addr(&map),
                o.keys().map(|k| Arc::from(k.as_str())).collect(),
            );
            Value::Map(map)
        }
    }
}

/// Template data as JSON, for `{{json .}}`. Function values (methods) are left out, as
/// docker's JSON of a listing row holds only plain fields.
pub fn to_json(v: &Value) -> serde_json::Value {
    to_json_in(v, &Origins::default())
}

/// [`to_json`] restoring the document order and nulls `origins` noted.
pub(super) fn to_json_in(v: &Value, origins: &Origins) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        Value::Nil | Value::Function(_) => J::Null,
        Value::Bool(b) => J::Bool(*b),
        Value::Int(i) => J::from(*i),
        Value::Uint(u) => J::from(*u),
        Value::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
        Value::String(s) => J::String(s.to_string()),
        Value::List(l) if origins.null.contains(&list_addr(l)) => J::Null,
        Value::List(l) => J::Array(l.iter().map(|x| to_json_in(x, origins)).collect()),
        Value::Map(m) if origins.null.contains(&map_addr(m)) => J::Null,
        Value::Map(m) => {
            let plain = |(k, v): (&Arc<str>, &Value)| {
                (!v.is_function()).then(|| (k.to_string(), to_json_in(v, origins)))
            };
            match origins.key_order.get(&map_addr(m)) {
                Some(order) => J::Object(
                    order
                        .iter()
                        .filter_map(|k| m.get_key_value(k))
                        .filter_map(plain)
                        .collect(),
                ),
                None => J::Object(m.iter().filter_map(plain).collect()),
            }
        }
    }
}
