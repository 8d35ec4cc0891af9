//! A classic-BPF assembler for seccomp programs: instructions, forward labels, and the layout
//! pass that turns jumps too far for an 8-bit offset into a short jump to an unconditional
//! one. It knows nothing of syscalls or profiles.

use anyhow::bail;

/// One classic BPF instruction (`struct sock_filter`), as the kernel reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C)]
pub struct Insn {
    pub code: u16,
    pub jt: u8,
    pub jf: u8,
    pub k: u32,
}

// Opcodes used (class | size/op | mode/source), from linux/filter.h.
/// `A = *(u32 *)(data + k)`.
pub const LD_W_ABS: u16 = 0x20;
/// `A &= k`.
pub const ALU_AND_K: u16 = 0x54;
/// `pc += k`.
pub const JA: u16 = 0x05;
/// `pc += (A == k) ? jt : jf`.
pub const JEQ_K: u16 = 0x15;
/// `pc += (A > k) ? jt : jf`.
pub const JGT_K: u16 = 0x25;
/// `pc += (A >= k) ? jt : jf`.
pub const JGE_K: u16 = 0x35;
/// `return k`.
pub const RET_K: u16 = 0x06;

/// The kernel's limit on a classic BPF program (BPF_MAXINSNS).
pub const MAX_INSNS: usize = 4096;

/// A place in the program that jumps go to; placed once, after the jumps to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label(usize);

enum Node {
    Stmt(Insn),
    Jump {
        code: u16,
        k: u32,
        jt: Label,
        jf: Label,
    },
    Place(Label),
}

/// A program under construction. Classic BPF only jumps forward, so every label must be
/// placed after the jumps to it.
#[derive(Default)]
pub struct Asm {
    nodes: Vec<Node>,
    labels: usize,
}

impl Asm {
    pub fn label(&mut self) -> Label {
        self.labels += 1;
        Label(self.labels - 1)
    }

    pub fn place(&mut self, l: Label) {
        self.nodes.push(Node::Place(l));
    }

    pub fn stmt(&mut self, code: u16, k: u32) {
        self.nodes.push(Node::Stmt(Insn {
            code,
            jt: 0,
            jf: 0,
            k,
        }));
    }

    pub fn ret(&mut self, k: u32) {
        self.stmt(RET_K, k);
    }

    pub fn jump(&mut self, code: u16, k: u32, jt: Label, jf: Label) {
        self.nodes.push(Node::Jump { code, k, jt, jf });
    }

    /// Lay the program out. A conditional jump whose target is more than 255 instructions
    /// away gets an unconditional jump (32-bit offset) right after it to bounce through;
    /// each bounce lengthens the program and may push other jumps out of reach, so the
    /// layout repeats until no jump needs a new one (offsets only grow: it ends).
    pub fn finish(self) -> anyhow::Result<Vec<Insn>> {
        let jumps = self.nodes.len();
        // Per node: does its true / false branch bounce?
        let mut far = vec![(false, false); jumps];
        loop {
            let (addr, label_addr) = self.layout(&far)?;
            let mut changed = false;
            for (i, node) in self.nodes.iter().enumerate() {
                if let Node::Jump { jt, jf, .. } = node {
                    let base = addr[i] + 1;
                    for (branch, target) in [(0, jt), (1, jf)] {
                        let flag = if branch == 0 {
                            &mut far[i].0
                        } else {
                            &mut far[i].1
                        };
                        if !*flag && label_addr[target.0] - base > 255 {
                            *flag = true;
                            changed = true;
                        }
                    }
                }
            }
            if changed {
                continue;
            }
            return Ok(self.emit(&far, &addr, &label_addr));
        }
    }

    /// The address of every node and every label for the given bounces.
    fn layout(&self, far: &[(bool, bool)]) -> anyhow::Result<(Vec<usize>, Vec<usize>)> {
        let mut addr = Vec::with_capacity(self.nodes.len());
        let mut label_addr = vec![usize::MAX; self.labels];
        let mut pc = 0;
        for (i, node) in self.nodes.iter().enumerate() {
            addr.push(pc);
            pc += match node {
                Node::Place(l) => {
                    label_addr[l.0] = pc;
                    0
                }
                Node::Jump { .. } => 1 + usize::from(far[i].0) + usize::from(far[i].1),
                Node::Stmt(_) => 1,
            };
        }
        if pc > MAX_INSNS {
            bail!(
                "the seccomp program needs {pc} instructions, more than the kernel's {MAX_INSNS}"
            );
        }
        // Every jump must go forward to a placed label.
        for (i, node) in self.nodes.iter().enumerate() {
            let targets: &[Label] = match node {
                Node::Jump { jt, jf, .. } => &[*jt, *jf],
                _ => &[],
            };
            for t in targets {
                if label_addr[t.0] == usize::MAX || label_addr[t.0] <= addr[i] {
                    bail!("seccomp program: a jump to a label that is not placed after it");
                }
            }
        }
        Ok((addr, label_addr))
    }

    fn emit(&self, far: &[(bool, bool)], addr: &[usize], label_addr: &[usize]) -> Vec<Insn> {
        let mut out = Vec::with_capacity(addr.last().copied().unwrap_or(0) + 1);
        // Offsets fit: layout() bounded the program to MAX_INSNS and finish() bounced every
        // conditional branch over 255.
        let offset = |from: usize, to: Label| (label_addr[to.0] - from) as u32;
        for (i, node) in self.nodes.iter().enumerate() {
            let base = addr[i] + 1;
            match node {
                Node::Place(_) => {}
                Node::Stmt(insn) => out.push(*insn),
                Node::Jump { code, k, jt, jf } => {
                    let (ft, ff) = far[i];
                    // Bounces sit right after the jump: the true branch's first.
                    let t_slot = base;
                    let f_slot = base + usize::from(ft);
                    let end = f_slot + usize::from(ff);
                    let jt_off = if ft { 0 } else { offset(base, *jt) };
                    let jf_off = if ff {
                        (f_slot - base) as u32
                    } else {
                        offset(base, *jf)
                    };
                    out.push(Insn {
                        code: *code,
                        jt: jt_off as u8,
                        jf: jf_off as u8,
                        k: *k,
                    });
                    for (bounce, slot, target) in [(ft, t_slot, jt), (ff, f_slot, jf)] {
                        if bounce {
                            out.push(Insn {
                                code: JA,
                                jt: 0,
                                jf: 0,
                                k: offset(slot + 1, *target),
                            });
                        }
                    }
                    debug_assert_eq!(out.len(), end);
                }
            }
        }
        out
    }
}

/// The program as the bytes `seccomp(2)` reads (and the cache stores).
pub fn to_bytes(prog: &[Insn]) -> Vec<u8> {
    let mut out = Vec::with_capacity(prog.len() * 8);
    for i in prog {
        out.extend_from_slice(&i.code.to_ne_bytes());
        out.push(i.jt);
        out.push(i.jf);
        out.extend_from_slice(&i.k.to_ne_bytes());
    }
    out
}

/// A classic-BPF interpreter for the instructions seccomp programs use here, to check the
/// emitted programs against the profile they came from.
#[cfg(test)]
pub mod interp {
    use super::*;

    /// `struct seccomp_data` as the program reads it.
    pub fn data(nr: u32, arch: u32, args: [u64; 6]) -> Vec<u8> {
        let mut d = Vec::with_capacity(64);
        d.extend_from_slice(&nr.to_ne_bytes());
        d.extend_from_slice(&arch.to_ne_bytes());
        d.extend_from_slice(&0u64.to_ne_bytes());
        for a in args {
            d.extend_from_slice(&a.to_ne_bytes());
        }
        d
    }

    /// Run `prog` on `data`; the returned value, or a description of what went wrong
    /// (what the kernel's checker would refuse).
    pub fn run(prog: &[Insn], data: &[u8]) -> Result<u32, String> {
        let mut a: u32 = 0;
        let mut pc = 0usize;
        loop {
            let i = prog.get(pc).ok_or(format!("ran off the end at {pc}"))?;
            pc += 1;
            let jump = |cond: bool| usize::from(if cond { i.jt } else { i.jf });
            match i.code {
                LD_W_ABS => {
                    let k = i.k as usize;
                    if !k.is_multiple_of(4) || k + 4 > data.len() {
                        return Err(format!("load out of bounds at {k}"));
                    }
                    a = u32::from_ne_bytes(data[k..k + 4].try_into().unwrap());
                }
                ALU_AND_K => a &= i.k,
                JA => pc += i.k as usize,
                JEQ_K => pc += jump(a == i.k),
                JGT_K => pc += jump(a > i.k),
                JGE_K => pc += jump(a >= i.k),
                RET_K => return Ok(i.k),
                other => return Err(format!("unknown opcode {other:#x}")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::interp::run;
    use super::*;

    #[test]
    fn far_targets_bounce_through_an_unconditional_jump() {
        let mut asm = Asm::default();
        let far = asm.label();
        let near = asm.label();
        asm.stmt(LD_W_ABS, 0);
        asm.jump(JEQ_K, 7, far, near);
        asm.place(near);
        for _ in 0..300 {
            asm.ret(1);
        }
        asm.place(far);
        asm.ret(2);
        let prog = asm.finish().unwrap();
        assert_eq!(prog.len(), 2 + 1 + 300 + 1);
        assert_eq!(prog[2].code, JA);
        let data = |nr: u32| interp::data(nr, 0, [0; 6]);
        assert_eq!(run(&prog, &data(7)), Ok(2));
        assert_eq!(run(&prog, &data(8)), Ok(1));
    }

    #[test]
    fn backward_or_unplaced_labels_are_refused() {
        let mut asm = Asm::default();
        let (a, b) = (asm.label(), asm.label());
        asm.jump(JEQ_K, 0, a, b);
        asm.place(a);
        asm.ret(0);
        assert!(asm.finish().is_err(), "b is never placed");
        let mut asm = Asm::default();
        let (a, b) = (asm.label(), asm.label());
        asm.place(a);
        asm.jump(JEQ_K, 0, a, b);
        asm.place(b);
        asm.ret(0);
        assert!(asm.finish().is_err(), "a is behind the jump");
    }
}
