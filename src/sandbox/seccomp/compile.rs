//! A profile, for a container holding some capabilities, turned into a seccomp program.
//!
//! Layout: the architecture is checked first (an architecture the program has no section
//! for kills the process: its syscall numbers mean other calls). Each section loads the
//! syscall number and walks a balanced binary tree of `>=` comparisons over the ranges of
//! numbers that share a verdict, down to a leaf that returns it, or, for a syscall whose
//! rules look at arguments, to that syscall's own block of comparisons. On x86_64 the x32
//! range (numbers with bit 30 set) is refused the same way: those numbers name other calls.
//!
//! The tree uses only the instructions the kernel can evaluate at load time (load of the
//! number or arch, compare, return), so it records every syscall whose verdict is a plain
//! allow and skips the program for those afterwards.

use std::collections::BTreeMap;

use anyhow::{Context as _, bail};
use caps::Capability;

use super::arch::{self, Arch};
use super::bpf::{ALU_AND_K, Asm, Insn, JEQ_K, JGE_K, JGT_K, LD_W_ABS, Label};
use super::{Arg, Filter, Profile};

/// What a rule does (SECCOMP_RET_* with its data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Allow,
    Errno(u16),
    KillThread,
    KillProcess,
    Trap,
    Log,
    Trace(u16),
}

impl Action {
    /// The program's return value for this action.
    pub fn ret(self) -> u32 {
        match self {
            Action::KillProcess => 0x8000_0000,
            Action::KillThread => 0,
            Action::Trap => 0x0003_0000,
            Action::Errno(e) => 0x0005_0000 | u32::from(e),
            Action::Trace(d) => 0x7ff0_0000 | u32::from(d),
            Action::Log => 0x7ffc_0000,
            Action::Allow => 0x7fff_0000,
        }
    }
}

pub fn action(name: &str, errno: Option<u32>) -> anyhow::Result<Action> {
    let data = match errno {
        None => libc::EPERM as u16,
        Some(e) => u16::try_from(e)
            .ok()
            .filter(|e| *e <= 4095)
            .with_context(|| format!("seccomp profile: errno {e} out of range"))?,
    };
    Ok(match name {
        "SCMP_ACT_ALLOW" => Action::Allow,
        "SCMP_ACT_ERRNO" => Action::Errno(data),
        "SCMP_ACT_KILL" | "SCMP_ACT_KILL_THREAD" => Action::KillThread,
        "SCMP_ACT_KILL_PROCESS" => Action::KillProcess,
        "SCMP_ACT_TRAP" => Action::Trap,
        "SCMP_ACT_LOG" => Action::Log,
        "SCMP_ACT_TRACE" => Action::Trace(data),
        other => bail!("seccomp profile: unsupported action {other:?}"),
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    /// `arg & value == value_two`.
    MaskedEq,
}

/// One comparison of a 64-bit syscall argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cond {
    pub index: u8,
    pub op: Op,
    pub value: u64,
    pub value_two: u64,
}

#[cfg(test)]
impl Cond {
    /// Whether an argument value satisfies the comparison (the meaning the program has).
    pub fn holds(&self, arg: u64) -> bool {
        match self.op {
            Op::Eq => arg == self.value,
            Op::Ne => arg != self.value,
            Op::Lt => arg < self.value,
            Op::Le => arg <= self.value,
            Op::Gt => arg > self.value,
            Op::Ge => arg >= self.value,
            Op::MaskedEq => arg & self.value == self.value_two,
        }
    }
}

pub fn compare(a: &Arg) -> anyhow::Result<Cond> {
    let op = match a.op.as_str() {
        "SCMP_CMP_NE" => Op::Ne,
        "SCMP_CMP_LT" => Op::Lt,
        "SCMP_CMP_LE" => Op::Le,
        "SCMP_CMP_EQ" => Op::Eq,
        "SCMP_CMP_GE" => Op::Ge,
        "SCMP_CMP_GT" => Op::Gt,
        "SCMP_CMP_MASKED_EQ" => Op::MaskedEq,
        other => bail!("seccomp profile: unknown operator {other:?}"),
    };
    if a.index > 5 {
        bail!("seccomp profile: argument index {} out of range", a.index);
    }
    Ok(Cond {
        index: a.index as u8,
        op,
        value: a.value,
        value_two: a.value_two,
    })
}

/// A rule's comparisons: all must hold; or, when several compare the same argument, any
/// one (as container engines read such rules: one rule per comparison).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conds {
    pub list: Vec<Cond>,
    pub any: bool,
}

impl Conds {
    pub fn new(list: Vec<Cond>) -> Conds {
        let mut indexes: Vec<u8> = list.iter().map(|c| c.index).collect();
        indexes.sort_unstable();
        indexes.dedup();
        let any = indexes.len() < list.len();
        Conds { list, any }
    }

    #[cfg(test)]
    pub fn hold(&self, args: &[u64; 6]) -> bool {
        let holds = |c: &Cond| c.holds(args[usize::from(c.index)]);
        if self.list.is_empty() {
            true
        } else if self.any {
            self.list.iter().any(holds)
        } else {
            self.list.iter().all(holds)
        }
    }
}

/// The rules of one syscall, in profile order: the first whose comparisons hold decides.
type Rules = Vec<(Conds, Action)>;

/// One architecture's part of the program.
pub struct Section {
    pub arch: &'static Arch,
    pub syscalls: BTreeMap<u32, Rules>,
}

/// A profile resolved for a container: the default and each covered architecture's rules.
pub struct Resolved {
    pub default: Action,
    pub sections: Vec<Section>,
}

#[cfg(test)]
impl Resolved {
    /// The verdict for a syscall, read from the rules (what the program must return).
    pub fn verdict(&self, audit: u32, nr: u32, args: &[u64; 6]) -> u32 {
        let Some(s) = self.sections.iter().find(|s| s.arch.audit == audit) else {
            return Action::KillProcess.ret();
        };
        if let Some(bit) = s.arch.x32_bit
            && nr & bit != 0
            && nr != u32::MAX
        {
            return Action::KillProcess.ret();
        }
        s.syscalls
            .get(&nr)
            .and_then(|rules| rules.iter().find(|(c, _)| c.hold(args)))
            .map_or(self.default, |(_, a)| *a)
            .ret()
    }
}

/// The host kernel's (major, minor), for `includes.minKernel`.
fn kernel_version() -> (u32, u32) {
    let uname = rustix::system::uname();
    parse_version(&uname.release().to_string_lossy()).unwrap_or((0, 0))
}

pub fn parse_version(s: &str) -> Option<(u32, u32)> {
    let mut parts = s.split(|c: char| !c.is_ascii_digit());
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next().unwrap_or("0").parse().ok()?;
    Some((major, minor))
}

fn cap_names(caps: &[Capability]) -> Vec<String> {
    caps.iter().map(|c| c.to_string()).collect()
}

/// Whether a profile rule applies to a container holding `caps` on this machine.
pub fn applies(rule: &super::Rule, caps: &[String], kernel: (u32, u32)) -> bool {
    let native = arch::native_short_names();
    if let Some(f) = &rule.includes
        && !(f.caps.iter().all(|c| caps.contains(c))
            && (f.arches.is_empty() || f.arches.iter().any(|a| native.contains(&a.as_str())))
            && included_kernel(f, kernel))
    {
        return false;
    }
    if let Some(f) = &rule.excludes
        && (f.caps.iter().any(|c| caps.contains(c))
            || f.arches.iter().any(|a| native.contains(&a.as_str()))
            || f.min_kernel
                .as_deref()
                .and_then(parse_version)
                .is_some_and(|v| kernel >= v))
    {
        return false;
    }
    true
}

fn included_kernel(f: &Filter, kernel: (u32, u32)) -> bool {
    f.min_kernel
        .as_deref()
        .and_then(parse_version)
        .is_none_or(|v| kernel >= v)
}

/// The architectures the program covers: this machine's, and its 32-bit companion when
/// the profile names it (in `architectures`, or as a sub-architecture of this machine's).
fn covered(profile: &Profile) -> Vec<&'static Arch> {
    let (native, compat) = arch::native();
    let mut names: Vec<&str> = profile.architectures.iter().map(String::as_str).collect();
    for m in &profile.arch_map {
        if m.architecture == native.name {
            names.extend(m.sub_architectures.iter().flatten().map(String::as_str));
        }
    }
    let mut out = vec![native];
    if let Some(c) = compat
        && names.contains(&c.name)
    {
        out.push(c);
    }
    out
}

/// Resolve `profile` for a container holding `caps`.
pub fn resolve(profile: &Profile, caps: &[Capability]) -> anyhow::Result<Resolved> {
    let default = action(&profile.default_action, profile.default_errno_ret)?;
    let caps = cap_names(caps);
    let kernel = kernel_version();
    let mut sections: Vec<Section> = covered(profile)
        .into_iter()
        .map(|arch| Section {
            arch,
            syscalls: BTreeMap::new(),
        })
        .collect();
    for rule in &profile.syscalls {
        let act = action(&rule.action, rule.errno_ret)?;
        // A rule that does what the default does changes nothing (and must not shadow a
        // later rule of the same syscall).
        if act == default || !applies(rule, &caps, kernel) {
            continue;
        }
        let conds = Conds::new(
            rule.args
                .iter()
                .flatten()
                .map(compare)
                .collect::<anyhow::Result<_>>()?,
        );
        for s in &mut sections {
            for name in rule.names.iter().chain(rule.name.iter()) {
                // Names this architecture does not have are skipped.
                if let Some(nr) = (s.arch.number)(name) {
                    s.syscalls.entry(nr).or_default().push((conds.clone(), act));
                }
            }
        }
    }
    Ok(Resolved { default, sections })
}

/// Where a range of syscall numbers leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leaf {
    Ret(u32),
    /// The block of the syscall with this number.
    Rules(u32),
}

/// The number line of a section cut into ranges `(first number, leaf)`, adjacent ranges
/// with the same plain verdict merged.
fn ranges(s: &Section, default: Action) -> Vec<(u32, Leaf)> {
    let dflt = Leaf::Ret(default.ret());
    let mut points = vec![(0, dflt)];
    for (nr, rules) in &s.syscalls {
        let leaf = match rules.first() {
            Some((c, a)) if c.list.is_empty() => Leaf::Ret(a.ret()),
            _ => Leaf::Rules(*nr),
        };
        points.push((*nr, leaf));
        points.push((nr + 1, dflt));
    }
    if let Some(bit) = s.arch.x32_bit {
        points.push((bit, Leaf::Ret(Action::KillProcess.ret())));
        points.push((u32::MAX, dflt));
    }
    // Starts ascend; a start pushed twice (the default after a syscall and the next
    // syscall) keeps the later leaf.
    let mut out: Vec<(u32, Leaf)> = Vec::with_capacity(points.len());
    for (start, leaf) in points {
        if out.last().is_some_and(|(s, _)| *s == start) {
            out.pop();
        }
        if out
            .last()
            .is_some_and(|(_, l)| *l == leaf && matches!(leaf, Leaf::Ret(_)))
        {
            continue;
        }
        out.push((start, leaf));
    }
    out
}

/// Offsets of `seccomp_data` fields.
const NR: u32 = 0;
const ARCH: u32 = 4;
fn arg_halves(index: u8) -> (u32, u32) {
    let base = 16 + 8 * u32::from(index);
    if cfg!(target_endian = "little") {
        (base, base + 4)
    } else {
        (base + 4, base)
    }
}

/// Emit `cond`: on to `pass` when it holds, to `fail` when not.
fn emit_cond(asm: &mut Asm, c: &Cond, pass: Label, fail: Label) {
    let (lo_off, hi_off) = arg_halves(c.index);
    let (hi, lo) = ((c.value >> 32) as u32, c.value as u32);
    match c.op {
        Op::Ne | Op::Lt | Op::Le => {
            let inverse = match c.op {
                Op::Ne => Op::Eq,
                Op::Lt => Op::Ge,
                _ => Op::Gt,
            };
            emit_cond(asm, &Cond { op: inverse, ..*c }, fail, pass);
        }
        Op::Eq => {
            let n = asm.label();
            asm.stmt(LD_W_ABS, hi_off);
            asm.jump(JEQ_K, hi, n, fail);
            asm.place(n);
            asm.stmt(LD_W_ABS, lo_off);
            asm.jump(JEQ_K, lo, pass, fail);
        }
        Op::Gt | Op::Ge => {
            let (n1, n2) = (asm.label(), asm.label());
            asm.stmt(LD_W_ABS, hi_off);
            asm.jump(JGT_K, hi, pass, n1);
            asm.place(n1);
            asm.jump(JEQ_K, hi, n2, fail);
            asm.place(n2);
            asm.stmt(LD_W_ABS, lo_off);
            let op = if c.op == Op::Gt { JGT_K } else { JGE_K };
            asm.jump(op, lo, pass, fail);
        }
        Op::MaskedEq => {
            let (mhi, mlo) = ((c.value >> 32) as u32, c.value as u32);
            let (dhi, dlo) = ((c.value_two >> 32) as u32, c.value_two as u32);
            // The high half cannot differ when neither mask nor datum has bits there.
            if mhi != 0 || dhi != 0 {
                let n = asm.label();
                asm.stmt(LD_W_ABS, hi_off);
                asm.stmt(ALU_AND_K, mhi);
                asm.jump(JEQ_K, dhi, n, fail);
                asm.place(n);
            }
            asm.stmt(LD_W_ABS, lo_off);
            asm.stmt(ALU_AND_K, mlo);
            asm.jump(JEQ_K, dlo, pass, fail);
        }
    }
}

/// The block of one syscall with argument rules: each rule in order, the default last.
fn emit_rules(asm: &mut Asm, rules: &Rules, default: Action) {
    for (conds, act) in rules {
        if conds.list.is_empty() {
            // Holds always: later rules cannot be reached.
            asm.ret(act.ret());
            return;
        }
        let next_rule = asm.label();
        let take = asm.label();
        for (i, c) in conds.list.iter().enumerate() {
            let last = i + 1 == conds.list.len();
            let after = if last { take } else { asm.label() };
            if conds.any {
                // Any comparison: a hold takes the rule, a failure tries the next one.
                let fail = if last { next_rule } else { after };
                emit_cond(asm, c, take, fail);
            } else {
                emit_cond(asm, c, after, next_rule);
            }
            if !last {
                asm.place(after);
            }
        }
        asm.place(take);
        asm.ret(act.ret());
        asm.place(next_rule);
    }
    asm.ret(default.ret());
}

fn emit_tree(asm: &mut Asm, ranges: &[(u32, Leaf)], s: &Section, default: Action) {
    if let [(_, leaf)] = ranges {
        match leaf {
            Leaf::Ret(k) => asm.ret(*k),
            Leaf::Rules(nr) => emit_rules(asm, &s.syscalls[nr], default),
        }
        return;
    }
    let mid = ranges.len() / 2;
    let (high, low) = (asm.label(), asm.label());
    asm.jump(JGE_K, ranges[mid].0, high, low);
    asm.place(low);
    emit_tree(asm, &ranges[..mid], s, default);
    asm.place(high);
    emit_tree(asm, &ranges[mid..], s, default);
}

/// The program for a resolved profile.
pub fn program(r: &Resolved) -> anyhow::Result<Vec<Insn>> {
    let mut asm = Asm::default();
    let starts: Vec<Label> = r.sections.iter().map(|_| asm.label()).collect();
    asm.stmt(LD_W_ABS, ARCH);
    for (s, start) in r.sections.iter().zip(&starts) {
        let other = asm.label();
        asm.jump(JEQ_K, s.arch.audit, *start, other);
        asm.place(other);
    }
    asm.ret(Action::KillProcess.ret());
    for (s, start) in r.sections.iter().zip(starts) {
        asm.place(start);
        asm.stmt(LD_W_ABS, NR);
        emit_tree(&mut asm, &ranges(s, r.default), s, r.default);
    }
    asm.finish()
}
