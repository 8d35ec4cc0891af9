//! The device allow-list of a cgroup v2 container: the v1 rule strings ("c 1:3 rwm") turned
//! into a `BPF_PROG_TYPE_CGROUP_DEVICE` program attached to the container's cgroup. The
//! kernel runs it on every open and mknod of a device node by a process in the cgroup; it
//! returns 1 to allow and 0 to refuse (EPERM). It applies on hybrid hosts too, where the
//! resource controllers are bound to v1 but the cgroup2 hierarchy still runs device
//! programs.
//!
//! The program is a handful of compare-and-jump instructions per rule, generated here: the
//! crates that assemble BPF bring a compiler toolchain (libbpf) or a whole runtime with
//! them, for a program of a few dozen instructions.

use std::os::fd::{AsFd, OwnedFd};
use std::path::Path;

use anyhow::{Context as _, bail};

/// Access bits of `bpf_cgroup_dev_ctx.access_type` (its high 16 bits).
const ACC_MKNOD: u32 = 1;
const ACC_READ: u32 = 2;
const ACC_WRITE: u32 = 4;
/// Device types (its low 16 bits).
const DEV_BLOCK: u32 = 1;
const DEV_CHAR: u32 = 2;

/// One allow rule: `None` fields match anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub kind: Option<u32>,
    pub major: Option<u32>,
    pub minor: Option<u32>,
    pub access: u32,
}

/// Parse a v1 rule string: `TYPE MAJOR:MINOR ACCESS`, TYPE one of a/b/c, `*` wildcards,
/// ACCESS letters of rwm.
pub fn parse_rule(text: &str) -> anyhow::Result<Rule> {
    let bad = || anyhow::anyhow!("invalid device rule {text:?}");
    let mut f = text.split_whitespace();
    let kind = match f.next().ok_or_else(bad)? {
        "a" => {
            return Ok(Rule {
                kind: None,
                major: None,
                minor: None,
                access: 7,
            });
        }
        "b" => Some(DEV_BLOCK),
        "c" => Some(DEV_CHAR),
        _ => return Err(bad()),
    };
    let (major, minor) = f.next().and_then(|n| n.split_once(':')).ok_or_else(bad)?;
    let number = |s: &str| -> anyhow::Result<Option<u32>> {
        if s == "*" {
            Ok(None)
        } else {
            s.parse().map(Some).map_err(|_| bad())
        }
    };
    let mut access = 0;
    for c in f.next().unwrap_or("rwm").chars() {
        access |= match c {
            'r' => ACC_READ,
            'w' => ACC_WRITE,
            'm' => ACC_MKNOD,
            _ => return Err(bad()),
        };
    }
    if f.next().is_some() {
        return Err(bad());
    }
    Ok(Rule {
        kind,
        major: number(major)?,
        minor: number(minor)?,
        access,
    })
}

pub use crate::sys::bpf::Insn;

// Opcodes used (class | size/op | mode/source), from linux/bpf.h.
const LDX_W: u8 = 0x61; // BPF_LDX | BPF_W | BPF_MEM
const ALU32_AND_K: u8 = 0x54; // BPF_ALU | BPF_AND | BPF_K
const ALU32_RSH_K: u8 = 0x74; // BPF_ALU | BPF_RSH | BPF_K
const MOV64_K: u8 = 0xb7; // BPF_ALU64 | BPF_MOV | BPF_K
const MOV32_X: u8 = 0xbc; // BPF_ALU | BPF_MOV | BPF_X
const JNE_K: u8 = 0x55; // BPF_JMP | BPF_JNE | BPF_K
const EXIT: u8 = 0x95; // BPF_JMP | BPF_EXIT

fn insn(code: u8, dst: u8, src: u8, off: i16, imm: i32) -> Insn {
    Insn {
        code,
        regs: dst | (src << 4),
        off,
        imm,
    }
}

/// The program for `rules`: the first rule that matches allows; nothing matching refuses.
///
/// Registers: r1 the context, r2 the device type, r3 the access asked, r4 major, r5 minor,
/// r0 scratch and the verdict.
pub fn program(rules: &[Rule]) -> Vec<Insn> {
    let mut p = vec![
        insn(LDX_W, 2, 1, 0, 0),
        insn(ALU32_AND_K, 2, 0, 0, 0xffff),
        insn(LDX_W, 3, 1, 0, 0),
        insn(ALU32_RSH_K, 3, 0, 0, 16),
        insn(LDX_W, 4, 1, 4, 0),
        insn(LDX_W, 5, 1, 8, 0),
    ];
    for rule in rules {
        // Each test jumps past the rest of this rule's block when it fails.
        let mut tests: Vec<Vec<Insn>> = Vec::new();
        if let Some(kind) = rule.kind {
            tests.push(vec![insn(JNE_K, 2, 0, 0, kind as i32)]);
        }
        if rule.access & 7 != 7 {
            tests.push(vec![
                insn(MOV32_X, 0, 3, 0, 0),
                insn(ALU32_AND_K, 0, 0, 0, (!rule.access & 7) as i32),
                insn(JNE_K, 0, 0, 0, 0),
            ]);
        }
        if let Some(major) = rule.major {
            tests.push(vec![insn(JNE_K, 4, 0, 0, major as i32)]);
        }
        if let Some(minor) = rule.minor {
            tests.push(vec![insn(JNE_K, 5, 0, 0, minor as i32)]);
        }
        let mut block: Vec<Insn> = tests.into_iter().flatten().collect();
        block.extend([insn(MOV64_K, 0, 0, 0, 1), insn(EXIT, 0, 0, 0, 0)]);
        let len = block.len();
        for (i, ins) in block.iter_mut().enumerate() {
            if ins.code == JNE_K {
                ins.off = (len - i - 1) as i16;
            }
        }
        p.extend(block);
    }
    p.extend([insn(MOV64_K, 0, 0, 0, 0), insn(EXIT, 0, 0, 0, 0)]);
    p
}

fn load(insns: &[Insn]) -> anyhow::Result<OwnedFd> {
    // Without a log first: the verifier's log of a passing program is long and only slows
    // the load (and overflowing the buffer fails it with ENOSPC).
    let e = match crate::sys::bpf::load_cgroup_device(insns, &mut []) {
        Ok(fd) => return Ok(fd),
        Err(e) => e,
    };
    let mut log = vec![0u8; 1 << 16];
    let _ = crate::sys::bpf::load_cgroup_device(insns, &mut log);
    let end = log.iter().position(|b| *b == 0).unwrap_or(log.len());
    let verifier = String::from_utf8_lossy(&log[..end]);
    let tail: Vec<&str> = verifier.trim().lines().rev().take(3).collect();
    Err(e).with_context(|| {
        format!(
            "loading the device program into the kernel{}",
            if tail.is_empty() {
                String::new()
            } else {
                format!(
                    " (verifier: {})",
                    tail.into_iter().rev().collect::<Vec<_>>().join("; ")
                )
            }
        )
    })
}

/// Confine the processes of the cgroup `dir` to the devices `rules` allow.
pub fn attach(dir: &Path, rules: &[String]) -> anyhow::Result<()> {
    let parsed = rules
        .iter()
        .map(|r| parse_rule(r))
        .collect::<anyhow::Result<Vec<_>>>()?;
    if parsed.len() > 2000 {
        bail!("too many device rules ({})", parsed.len());
    }
    let prog = load(&program(&parsed))?;
    let cgroup = std::fs::File::open(dir).with_context(|| format!("opening {}", dir.display()))?;
    crate::sys::bpf::attach_cgroup_device(cgroup.as_fd(), prog.as_fd())
        .with_context(|| format!("attaching the device program to {}", dir.display()))?;
    // The attachment holds the program; our descriptor can go.
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Run the program on one access, as the kernel would: a tiny interpreter of exactly
    /// the instructions `program` emits.
    fn run(p: &[Insn], kind: u32, major: u32, minor: u32, access: u32) -> u64 {
        let ctx = [(access << 16) | kind, major, minor];
        let mut r = [0u64; 11];
        let mut pc = 0usize;
        loop {
            let i = p[pc];
            let (dst, src) = ((i.regs & 0xf) as usize, (i.regs >> 4) as usize);
            pc += 1;
            match i.code {
                LDX_W => r[dst] = ctx[i.off as usize / 4] as u64,
                ALU32_AND_K => r[dst] = (r[dst] as u32 & i.imm as u32) as u64,
                ALU32_RSH_K => r[dst] = ((r[dst] as u32) >> i.imm) as u64,
                MOV64_K => r[dst] = i.imm as i64 as u64,
                MOV32_X => r[dst] = r[src] as u32 as u64,
                JNE_K => {
                    if r[dst] != i.imm as i64 as u64 {
                        pc += i.off as usize;
                    }
                }
                EXIT => return r[0],
                other => panic!("unexpected opcode {other:#x}"),
            }
        }
    }

    #[test]
    fn rules_parse_and_bad_ones_are_refused() {
        assert_eq!(
            parse_rule("c 1:3 rwm").unwrap(),
            Rule {
                kind: Some(DEV_CHAR),
                major: Some(1),
                minor: Some(3),
                access: 7
            }
        );
        assert_eq!(
            parse_rule("c 136:* rw").unwrap(),
            Rule {
                kind: Some(DEV_CHAR),
                major: Some(136),
                minor: None,
                access: 6
            }
        );
        assert_eq!(parse_rule("b *:* m").unwrap().access, ACC_MKNOD);
        assert_eq!(parse_rule("a").unwrap().kind, None);
        for bad in [
            "",
            "x 1:3 rwm",
            "c 1 rwm",
            "c 1:x r",
            "c 1:3 rwq",
            "c 1:3 r extra",
        ] {
            assert!(parse_rule(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_program_allows_exactly_the_rules() {
        let rules: Vec<Rule> = ["c *:* m", "c 1:3 rwm", "c 136:* rw", "b 8:0 r"]
            .iter()
            .map(|r| parse_rule(r).unwrap())
            .collect();
        let p = program(&rules);
        let (r, w, m) = (ACC_READ, ACC_WRITE, ACC_MKNOD);
        // /dev/null in every way.
        for a in [r, w, m] {
            assert_eq!(run(&p, DEV_CHAR, 1, 3, a), 1);
        }
        // Any char device may be created, not opened.
        assert_eq!(run(&p, DEV_CHAR, 1, 11, m), 1);
        assert_eq!(run(&p, DEV_CHAR, 1, 11, r), 0);
        assert_eq!(run(&p, DEV_CHAR, 1, 11, w), 0);
        // ptys by major, read and write only.
        assert_eq!(run(&p, DEV_CHAR, 136, 7, r), 1);
        assert_eq!(run(&p, DEV_CHAR, 136, 7, w), 1);
        // A block device: read only, no mknod (no "b *:* m" here).
        assert_eq!(run(&p, DEV_BLOCK, 8, 0, r), 1);
        assert_eq!(run(&p, DEV_BLOCK, 8, 0, w), 0);
        assert_eq!(run(&p, DEV_BLOCK, 8, 0, m), 0);
        assert_eq!(run(&p, DEV_BLOCK, 1, 3, r), 0, "type matters");
        // No rules: nothing.
        assert_eq!(run(&program(&[]), DEV_CHAR, 1, 3, r), 0);
        // "a": everything.
        let all = program(&[parse_rule("a").unwrap()]);
        assert_eq!(run(&all, DEV_BLOCK, 8, 0, w), 1);
    }
}
