//! The parsed tree: method calls with arguments rewritten into calls of a hidden function,
//! the functions and fields it uses collected for the checks made at parse time.

use super::*;

#[derive(Default)]
pub(super) struct Walk {
    pub(super) functions: Vec<String>,
    pub(super) fields: Vec<String>,
    pub(super) whole: bool,
    /// Field paths read from the data's root (`.A.B`, `$.A.B`), checked by
    /// [`Template::execute_json`].
    pub(super) root_paths: Vec<Vec<String>>,
    /// Above zero inside range/with/define bodies, where dot is not the root.
    pub(super) moved_dot: u32,
    /// The source, to place [`Site`]s in.
    pub(super) src: String,
    pub(super) sites: Vec<Site>,
}

impl Walk {
    pub(super) fn list(&mut self, list: &mut ListNode) {
        for node in &mut list.nodes {
            self.node(node);
        }
    }

    pub(super) fn node(&mut self, node: &mut Node) {
        match node {
            Node::List(l) => self.list(l),
            Node::Action(a) => self.pipe(&mut a.pipe),
            Node::If(b) => {
                self.pipe(&mut b.pipe);
                self.list(&mut b.body);
                if let Some(e) = &mut b.else_body {
                    self.list(e);
                }
            }
            // Inside range and with, dot is something else: paths there are not the root's.
            Node::Range(b) | Node::With(b) => {
                self.pipe(&mut b.pipe);
                self.moved_dot += 1;
                self.list(&mut b.body);
                self.moved_dot -= 1;
                if let Some(e) = &mut b.else_body {
                    self.list(e);
                }
            }
            Node::Template(t) => {
                if let Some(p) = &mut t.pipe {
                    self.pipe(p);
                }
            }
            Node::Define(d) => {
                self.moved_dot += 1;
                self.list(&mut d.body);
                self.moved_dot -= 1;
            }
            Node::Text(_) | Node::Break(_) | Node::Continue(_) => {}
        }
    }

    pub(super) fn pipe(&mut self, pipe: &mut PipeNode) {
        for cmd in &mut pipe.commands {
            self.command(cmd);
        }
    }

    pub(super) fn command(&mut self, cmd: &mut CommandNode) {
        if cmd.args.len() > 1
            && let Some((name, call)) = method_call(&cmd.args[0])
        {
            // The method is a field read; its receiver counts as used only past dot itself.
            self.fields.push(name);
            let mut args = call;
            args.extend(cmd.args.drain(1..));
            cmd.args = args;
            if !matches!(cmd.args[2], Expr::Dot(_)) {
                self.expr(&mut cmd.args[2]);
            }
            for arg in &mut cmd.args[3..] {
                self.expr(arg);
            }
            return;
        }
        for arg in &mut cmd.args {
            self.expr(arg);
        }
    }

    pub(super) fn expr(&mut self, e: &mut Expr) {
        match e {
            Expr::Identifier(pos, name) if name.as_str() != METHOD_CALL => {
                self.functions.push(name.to_string());
                let site = Site::new(&self.src, *pos, name.to_string(), vec![name.to_string()]);
                self.sites.push(site);
            }
            Expr::Dot(_) => self.whole = true,
            Expr::Variable(_, name, fields) if name.as_str() == "$" && fields.is_empty() => {
                self.whole = true;
            }
            Expr::Field(..) | Expr::Variable(..) => self.path(e),
            Expr::Chain(_, inner, fields) => {
                self.fields.extend(fields.iter().map(|f| f.to_string()));
                self.expr(inner);
            }
            Expr::Pipe(_, p) => self.pipe(p),
            _ => {}
        }
    }
}

impl Walk {
    /// A field path: its names are used; read from the root, it is checked too.
    pub(super) fn path(&mut self, e: &Expr) {
        let (root, fields, pos, var) = match e {
            Expr::Field(pos, fields) => (self.moved_dot == 0, fields, pos, ""),
            Expr::Variable(pos, name, fields) => (name.as_str() == "$", fields, pos, name.as_str()),
            _ => return,
        };
        let names: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
        let text = format!("{var}.{}", names.join("."));
        self.sites
            .push(Site::new(&self.src, *pos, text, names.clone()));
        self.fields.extend(names.iter().cloned());
        if root && !names.is_empty() {
            self.root_paths.push(names);
        }
    }
}

/// `.A.B` used as a command with arguments: `__method "B" .A` (and the name B).
pub(super) fn method_call(first: &Expr) -> Option<(String, Vec<Expr>)> {
    let (pos, receiver, name) = match first {
        Expr::Field(pos, fields) => {
            let (name, rest) = fields.split_last()?;
            let receiver = if rest.is_empty() {
                Expr::Dot(*pos)
            } else {
                Expr::Field(*pos, rest.to_vec())
            };
            (*pos, receiver, name.clone())
        }
        Expr::Variable(pos, var, fields) => {
            let (name, rest) = fields.split_last()?;
            (
                *pos,
                Expr::Variable(*pos, var.clone(), rest.to_vec()),
                name.clone(),
            )
        }
        _ => return None,
    };
    Some((
        name.to_string(),
        vec![
            Expr::Identifier(pos, SmolStr::new(METHOD_CALL)),
            Expr::String(pos, Arc::from(name.as_str())),
            receiver,
        ],
    ))
}

pub(super) fn is_builtin(name: &str) -> bool {
    matches!(
        name,
        "and"
            | "or"
            | "not"
            | "len"
            | "index"
            | "slice"
            | "print"
            | "printf"
            | "println"
            | "eq"
            | "ne"
            | "lt"
            | "le"
            | "gt"
            | "ge"
            | "call"
            | "html"
            | "js"
            | "urlquery"
    )
}
