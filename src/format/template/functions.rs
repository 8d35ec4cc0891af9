//! docker's template functions (`json`, `upper`, `lower`, `title`, `join`, `split`,
//! `truncate`, `pad`, ...) and the header functions of `table` listings.

use super::*;

pub(super) type FnResult = gotmpl::Result<Value>;

pub(super) fn func(
    m: &mut FuncMap,
    name: &str,
    f: impl Fn(&[Value]) -> FnResult + Send + Sync + 'static,
) {
    m.insert(name.to_owned(), Arc::new(f));
}

pub(super) fn arity(name: &str, args: &[Value], n: usize) -> gotmpl::Result<()> {
    if args.len() == n {
        Ok(())
    } else {
        Err(TemplateError::ArgCount {
            name: name.to_owned(),
            expected: n,
            got: args.len(),
        })
    }
}

/// A string argument, as Go would print it.
pub(super) fn string_arg(v: &Value) -> String {
    match v {
        Value::String(s) => s.to_string(),
        other => other.to_string(),
    }
}

pub(super) fn int_arg(name: &str, v: &Value) -> gotmpl::Result<i64> {
    v.as_int().ok_or_else(|| {
        TemplateError::Exec(format!(
            "{name}: expected an integer, got {}",
            v.type_name()
        ))
    })
}

pub(super) fn data_functions(origins: &SharedOrigins) -> FuncMap {
    let mut m = FuncMap::new();
    let origins = origins.clone();
    func(&mut m, "json", move |a| {
        arity("json", a, 1)?;
        Ok(text(to_json_in(&a[0], &origins.lock()).to_string()))
    });
    func(&mut m, "upper", |a| {
        arity("upper", a, 1)?;
        Ok(text(string_arg(&a[0]).to_uppercase()))
    });
    func(&mut m, "lower", |a| {
        arity("lower", a, 1)?;
        Ok(text(string_arg(&a[0]).to_lowercase()))
    });
    func(&mut m, "title", |a| {
        arity("title", a, 1)?;
        Ok(text(title(&string_arg(&a[0]))))
    });
    func(&mut m, "split", |a| {
        arity("split", a, 2)?;
        let (s, sep) = (string_arg(&a[0]), string_arg(&a[1]));
        let parts: Vec<Value> = if sep.is_empty() {
            s.chars().map(|c| text(c.to_string())).collect()
        } else {
            s.split(sep.as_str()).map(text).collect()
        };
        Ok(Value::List(parts.into()))
    });
    func(&mut m, "join", |a| {
        arity("join", a, 2)?;
        let sep = string_arg(&a[1]);
        match &a[0] {
            Value::List(items) => Ok(text(
                items.iter().map(string_arg).collect::<Vec<_>>().join(&sep),
            )),
            Value::Nil => Ok(text("")),
            other => Err(TemplateError::TypeMismatch {
                expected: "list",
                got: other.type_name(),
            }),
        }
    });
    func(&mut m, "truncate", |a| {
        arity("truncate", a, 2)?;
        let s = string_arg(&a[0]);
        let n = usize::try_from(int_arg("truncate", &a[1])?).unwrap_or(0);
        // Go cuts bytes; never cut a character in two.
        let mut end = n.min(s.len());
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        Ok(text(&s[..end]))
    });
    func(&mut m, "pad", |a| {
        arity("pad", a, 3)?;
        let s = string_arg(&a[0]);
        if s.is_empty() {
            return Ok(text(""));
        }
        let count = |v: &Value| usize::try_from(int_arg("pad", v)?).map_err(|_| negative("pad"));
        let (before, after) = (count(&a[1])?, count(&a[2])?);
        Ok(text(format!(
            "{}{s}{}",
            " ".repeat(before),
            " ".repeat(after)
        )))
    });
    // A missing key of a map of strings (labels) reads as "", as Go's index on a
    // map[string]string gives; the crate's builtin gives nil for any map.
    func(&mut m, "index", |a| {
        if a.len() < 2 {
            return Err(TemplateError::ArgCount {
                name: "index".into(),
                expected: 2,
                got: a.len(),
            });
        }
        let mut v = a[0].clone();
        for key in &a[1..] {
            // An absent map (JSON null, such as an image without labels) reads as empty.
            if matches!(v, Value::Nil) {
                return Ok(text(""));
            }
            let next = v.index(key)?;
            v = match (&next, &v) {
                (Value::Nil, Value::Map(m))
                    if m.values().all(|x| matches!(x, Value::String(_))) =>
                {
                    text("")
                }
                _ => next,
            };
        }
        Ok(v)
    });
    func(&mut m, METHOD_CALL, |a| {
        let (name, receiver) = (string_arg(&a[0]), &a[1]);
        match receiver.field(&name) {
            Some(Value::Function(f)) => f(&a[2..]),
            Some(_) => Err(TemplateError::Exec(format!(
                "can't give argument to non-function .{name}"
            ))),
            None => Err(TemplateError::Exec(format!(
                "can't evaluate field {name} in type {}",
                receiver.type_name()
            ))),
        }
    });
    m
}

pub(super) fn negative(name: &str) -> TemplateError {
    TemplateError::Exec(format!("{name}: negative count"))
}

/// docker's functions while rendering a table's header row: each gives back its first
/// argument, so `{{upper .Names}}` heads its column with "NAMES".
pub(super) fn header_functions() -> FuncMap {
    let mut m = FuncMap::new();
    for name in [
        "json", "upper", "lower", "title", "split", "join", "truncate", "pad",
    ] {
        func(&mut m, name, |a| {
            Ok(a.first().cloned().unwrap_or(Value::Nil))
        });
    }
    func(&mut m, "index", |a| {
        Ok(a.first().cloned().unwrap_or(Value::Nil))
    });
    // `.Label "k"` heads its column with the header of the field itself.
    func(&mut m, METHOD_CALL, |a| {
        let name = string_arg(&a[0]);
        Ok(a[1].field(&name).cloned().unwrap_or_else(|| text("")))
    });
    m
}

/// Upper-case the first letter of each word, leaving the rest as it is.
pub(super) fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = !(c.is_alphanumeric() || c == '\'' || c == '_');
    }
    out
}
