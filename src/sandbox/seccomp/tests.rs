//! The emitted programs run through a classic-BPF interpreter and compared, for every
//! syscall number of each architecture and the argument cases of the profile, with the
//! verdict the profile's rules give when read directly.

use caps::Capability;

use super::arch::{self, Arch};
use super::bpf::interp;
use super::compile::{self, Action, Conds};
use super::*;

const ALLOW: u32 = 0x7fff_0000;
const KILL_PROCESS: u32 = 0x8000_0000;
fn errno(e: i32) -> u32 {
    0x0005_0000 | e as u32
}

/// The profile's rules for one architecture, read directly: for each applicable rule
/// whose action is not the default, the numbers it names, its comparisons and action.
struct Reference {
    default: Action,
    x32_bit: Option<u32>,
    rules: Vec<(Vec<u32>, Conds, Action)>,
}

impl Reference {
    fn new(profile: &Profile, caps: &[Capability], a: &Arch) -> Reference {
        let default = compile::action(&profile.default_action, profile.default_errno_ret).unwrap();
        let caps: Vec<String> = caps.iter().map(|c| c.to_string()).collect();
        let mut rules = Vec::new();
        for rule in &profile.syscalls {
            let act = compile::action(&rule.action, rule.errno_ret).unwrap();
            if act == default || !compile::applies(rule, &caps, (6, 1)) {
                continue;
            }
            let numbers = rule.names.iter().chain(rule.name.iter());
            let numbers = numbers.filter_map(|n| (a.number)(n)).collect();
            let conds = rule.args.iter().flatten();
            let conds = Conds::new(conds.map(|x| compile::compare(x).unwrap()).collect());
            rules.push((numbers, conds, act));
        }
        Reference {
            default,
            x32_bit: a.x32_bit,
            rules,
        }
    }

    /// The first rule naming the syscall whose comparisons hold decides, else the default.
    fn verdict(&self, nr: u32, args: &[u64; 6]) -> u32 {
        if self.x32_bit.is_some_and(|b| nr & b != 0) && nr != u32::MAX {
            return KILL_PROCESS;
        }
        self.rules
            .iter()
            .find(|(numbers, conds, _)| numbers.contains(&nr) && conds.hold(args))
            .map_or(self.default, |(_, _, act)| *act)
            .ret()
    }
}

/// Argument values worth trying for `profile`: each compared value, its neighbours, and
/// values that differ only in the high or low half.
fn arg_cases(profile: &Profile) -> Vec<u64> {
    let mut v = vec![0, 1, u64::MAX, 1 << 32, 0xffff_ffff];
    for r in &profile.syscalls {
        for a in r.args.iter().flatten() {
            for x in [a.value, a.value_two, a.value | a.value_two] {
                v.extend([
                    x,
                    x.wrapping_add(1),
                    x.wrapping_sub(1),
                    x ^ (1 << 32),
                    x ^ 1,
                    x | (1 << 40),
                    x | 0x4000_0000,
                ]);
            }
        }
    }
    v.sort_unstable();
    v.dedup();
    v
}

/// Run the program for `profile` and `caps` on every syscall number of every covered
/// architecture (and the argument cases on the syscalls with argument rules), the x32
/// range and a foreign architecture, comparing each verdict with `reference`.
fn check_everything(profile: &Profile, caps: &[Capability]) -> Vec<bpf::Insn> {
    let resolved = compile::resolve(profile, caps).unwrap();
    let prog = compile::program(&resolved).unwrap();
    let cases = arg_cases(profile);
    let pairs = profile
        .syscalls
        .iter()
        .any(|r| r.args.as_ref().is_some_and(|a| a.len() > 1));
    for s in &resolved.sections {
        let a = s.arch;
        let reference = Reference::new(profile, caps, a);
        let mut numbers: Vec<u32> = (0..=a.max + 64).collect();
        numbers.extend([0x3fff_ffff, u32::MAX, u32::MAX - 1]);
        if let Some(bit) = a.x32_bit {
            numbers.extend((0..=a.max + 64).map(|n| n | bit));
        }
        for nr in numbers {
            let mut tries = vec![[0u64; 6]];
            if s.syscalls.contains_key(&nr) {
                for i in 0..6 {
                    for v in &cases {
                        let mut args = [0u64; 6];
                        args[i] = *v;
                        tries.push(args);
                    }
                }
                // Two arguments at once, for rules comparing several.
                for v in cases.iter().filter(|_| pairs) {
                    for w in &cases {
                        tries.push([*v, *w, *v, *w, *v, *w]);
                        tries.push([*v, *w, *w, *v, *w, *v]);
                    }
                }
            }
            for args in tries {
                let got = interp::run(&prog, &interp::data(nr, a.audit, args));
                let want = reference.verdict(nr, &args);
                assert_eq!(got, Ok(want), "{} nr {nr:#x} args {args:x?}", a.name);
                assert_eq!(resolved.verdict(a.audit, nr, &args), want);
            }
        }
    }
    // An architecture without a section.
    for audit in [0, 0x4000_0028, 0xc000_00f3, 0x8000_0016] {
        if resolved.sections.iter().all(|s| s.arch.audit != audit) {
            let got = interp::run(&prog, &interp::data(0, audit, [0; 6]));
            assert_eq!(got, Ok(KILL_PROCESS), "arch {audit:#x}");
        }
    }
    prog
}

/// The verdict of the default program for the native architecture.
fn native_verdict(caps: &[Capability], name: &str, args: [u64; 6]) -> u32 {
    let prog = compile::program(&compile::resolve(&default_profile(), caps).unwrap()).unwrap();
    let native = arch::native().0;
    let nr = (native.number)(name).unwrap_or_else(|| panic!("{name} unknown"));
    interp::run(&prog, &interp::data(nr, native.audit, args)).unwrap()
}

#[test]
fn default_program_matches_the_profile_for_every_syscall() {
    let p = default_profile();
    check_everything(&p, &crate::sandbox::caps::DEFAULT);
    check_everything(&p, &[]);
    let all: Vec<Capability> = caps::all().into_iter().collect();
    check_everything(&p, &all);
}

#[test]
fn default_profile_restricts_what_it_should() {
    let d = &crate::sandbox::caps::DEFAULT;
    let v = |name, args| native_verdict(d, name, args);
    for name in [
        "read",
        "write",
        "execve",
        "futex",
        "openat",
        "fchmodat2",
        "ptrace",
    ] {
        assert_eq!(v(name, [0; 6]), ALLOW, "{name}");
    }
    for name in [
        "io_uring_setup",
        "io_uring_enter",
        "io_uring_register",
        "mount",
        "kexec_load",
        "keyctl",
        "add_key",
        "unshare",
        "setns",
        "bpf",
        "userfaultfd",
        "open_tree_attr",
        "lsm_set_self_attr",
    ] {
        assert_eq!(v(name, [0; 6]), errno(libc::EPERM), "{name}");
    }
    assert_eq!(v("clone3", [0; 6]), errno(libc::ENOSYS));
    assert_eq!(v("clone", [libc::SIGCHLD as u64, 0, 0, 0, 0, 0]), ALLOW);
    let newuser = libc::CLONE_NEWUSER as u64 | libc::SIGCHLD as u64;
    assert_eq!(v("clone", [newuser, 0, 0, 0, 0, 0]), errno(libc::EPERM));
    assert_eq!(v("personality", [8, 0, 0, 0, 0, 0]), ALLOW);
    assert_eq!(v("personality", [0xffff_ffff, 0, 0, 0, 0, 0]), ALLOW);
    assert_eq!(
        v("personality", [0x40000, 0, 0, 0, 0, 0]),
        errno(libc::EPERM)
    );
    assert_eq!(v("socket", [libc::AF_INET as u64, 0, 0, 0, 0, 0]), ALLOW);
    assert_eq!(v("socket", [40, 0, 0, 0, 0, 0]), errno(libc::EPERM));
    // A capability lifts its restriction.
    let admin = [Capability::CAP_SYS_ADMIN];
    assert_eq!(native_verdict(&admin, "mount", [0; 6]), ALLOW);
    assert_eq!(native_verdict(&admin, "clone3", [0; 6]), ALLOW);
    assert_eq!(
        native_verdict(&admin, "clone", [newuser, 0, 0, 0, 0, 0]),
        ALLOW
    );
    assert_eq!(
        native_verdict(&admin, "io_uring_setup", [0; 6]),
        errno(libc::EPERM)
    );
}

#[test]
fn x32_numbers_and_foreign_architectures_are_refused() {
    let prog = compile::program(
        &compile::resolve(&default_profile(), &crate::sandbox::caps::DEFAULT).unwrap(),
    )
    .unwrap();
    let native = arch::native().0;
    let read = (native.number)("read").unwrap();
    if let Some(bit) = native.x32_bit {
        let got = interp::run(&prog, &interp::data(read | bit, native.audit, [0; 6]));
        assert_eq!(got, Ok(KILL_PROCESS));
    }
    // The 32-bit companion is covered (the profile names it), with its own numbers.
    let compat = arch::native().1.unwrap();
    let getpid = (compat.number)("getpid").unwrap();
    assert_eq!(
        interp::run(&prog, &interp::data(getpid, compat.audit, [0; 6])),
        Ok(ALLOW)
    );
    // Without naming it, a profile covers the native architecture alone.
    let p = parse(r#"{"defaultAction":"SCMP_ACT_ALLOW"}"#).unwrap();
    let prog = compile::program(&compile::resolve(&p, &[]).unwrap()).unwrap();
    assert_eq!(
        interp::run(&prog, &interp::data(getpid, compat.audit, [0; 6])),
        Ok(KILL_PROCESS)
    );
}

/// A profile with every action, operator and rule shape: several conditions ANDed, the
/// same argument compared twice (ORed), several rules of one syscall, 64-bit values.
const EVERY_SHAPE: &str = r#"{
  "defaultAction": "SCMP_ACT_ALLOW",
  "syscalls": [
    {"names": ["mkdir", "mkdirat", "no_such_syscall"], "action": "SCMP_ACT_ERRNO", "errnoRet": 13},
    {"names": ["getpid"], "action": "SCMP_ACT_KILL"},
    {"names": ["getppid"], "action": "SCMP_ACT_KILL_PROCESS"},
    {"names": ["getuid"], "action": "SCMP_ACT_TRAP"},
    {"names": ["getgid"], "action": "SCMP_ACT_LOG"},
    {"names": ["geteuid"], "action": "SCMP_ACT_TRACE", "errnoRet": 7},
    {"names": ["read"], "action": "SCMP_ACT_ERRNO",
     "args": [{"index": 0, "value": 5, "op": "SCMP_CMP_EQ"},
              {"index": 2, "value": 4294967296, "op": "SCMP_CMP_GT"}]},
    {"names": ["read"], "action": "SCMP_ACT_KILL",
     "args": [{"index": 1, "value": 18446744073709551615, "op": "SCMP_CMP_EQ"}]},
    {"names": ["write"], "action": "SCMP_ACT_ERRNO", "errnoRet": 22,
     "args": [{"index": 0, "value": 3, "op": "SCMP_CMP_LT"},
              {"index": 1, "value": 8589934593, "op": "SCMP_CMP_LE"},
              {"index": 3, "value": 4294967297, "op": "SCMP_CMP_GE"},
              {"index": 4, "value": 9, "op": "SCMP_CMP_NE"},
              {"index": 5, "value": 1095216660480, "valueTwo": 4294967296, "op": "SCMP_CMP_MASKED_EQ"}]},
    {"names": ["close"], "action": "SCMP_ACT_ERRNO",
     "args": [{"index": 0, "value": 100, "op": "SCMP_CMP_EQ"},
              {"index": 0, "value": 200, "op": "SCMP_CMP_EQ"}]},
    {"names": ["socket"], "action": "SCMP_ACT_ERRNO",
     "args": [{"index": 0, "value": 40, "op": "SCMP_CMP_EQ"}]},
    {"names": ["socket"], "action": "SCMP_ACT_ALLOW"},
    {"names": ["socket"], "action": "SCMP_ACT_KILL"}
  ]
}"#;

#[test]
fn every_action_and_operator_matches_the_profile() {
    let p = parse(EVERY_SHAPE).unwrap();
    check_everything(&p, &[]);
    let native = arch::native().0;
    let prog = compile::program(&compile::resolve(&p, &[]).unwrap()).unwrap();
    let run = |name: &str, args: [u64; 6]| {
        let nr = (native.number)(name).unwrap();
        interp::run(&prog, &interp::data(nr, native.audit, args)).unwrap()
    };
    assert_eq!(run("mkdirat", [0; 6]), errno(13));
    assert_eq!(run("getpid", [0; 6]), Action::KillThread.ret());
    assert_eq!(run("getppid", [0; 6]), KILL_PROCESS);
    assert_eq!(run("getuid", [0; 6]), Action::Trap.ret());
    assert_eq!(run("getgid", [0; 6]), Action::Log.ret());
    assert_eq!(run("geteuid", [0; 6]), Action::Trace(7).ret());
    assert_eq!(run("read", [5, 0, 1 << 32, 0, 0, 0]), ALLOW, "GT is strict");
    assert_eq!(
        run("read", [5, 0, (1 << 32) + 1, 0, 0, 0]),
        errno(libc::EPERM)
    );
    assert_eq!(run("read", [6, 0, (1 << 32) + 1, 0, 0, 0]), ALLOW);
    assert_eq!(
        run("read", [0, u64::MAX, 0, 0, 0, 0]),
        Action::KillThread.ret()
    );
    assert_eq!(run("close", [100, 0, 0, 0, 0, 0]), errno(libc::EPERM));
    assert_eq!(run("close", [200, 0, 0, 0, 0, 0]), errno(libc::EPERM));
    assert_eq!(run("close", [300, 0, 0, 0, 0, 0]), ALLOW);
    assert_eq!(run("socket", [40, 0, 0, 0, 0, 0]), errno(libc::EPERM));
    // The rule doing what the default does is dropped: the one after it decides.
    assert_eq!(run("socket", [2, 0, 0, 0, 0, 0]), Action::KillThread.ret());
    let w = [2, 8589934593, 0, 4294967297, 0, 0xff_0000_0000 & (1 << 32)];
    assert_eq!(run("write", w), errno(22));
    assert_eq!(run("write", [3, 1, 0, 4294967297, 0, 1 << 32]), ALLOW);
    assert_eq!(
        run("write", [2, 8589934594, 0, 4294967297, 0, 1 << 32]),
        ALLOW
    );
    assert_eq!(run("write", [2, 1, 0, 4294967296, 0, 1 << 32]), ALLOW);
    assert_eq!(run("write", [2, 1, 0, 1 << 33, 9, 1 << 32]), ALLOW);
    assert_eq!(run("write", [2, 1, 0, 1 << 33, 8, 3 << 32]), ALLOW);
}

#[test]
fn long_jumps_in_a_large_program() {
    // Argument rules on many syscalls make blocks too long for 8-bit jump offsets.
    let mut rules = Vec::new();
    for name in [
        "read", "write", "openat", "close", "mmap", "futex", "ioctl", "fcntl",
    ] {
        for v in 0..12u64 {
            rules.push(format!(
                r#"{{"names":["{name}"],"action":"SCMP_ACT_ALLOW",
                    "args":[{{"index":1,"value":{},"op":"SCMP_CMP_EQ"}},
                            {{"index":2,"value":{v},"op":"SCMP_CMP_GE"}}]}}"#,
                v << 33
            ));
        }
    }
    let json = format!(
        r#"{{"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{}]}}"#,
        rules.join(",")
    );
    let p = parse(&json).unwrap();
    let prog = check_everything(&p, &[]);
    assert!(prog.len() > 600, "{} instructions", prog.len());
    assert!(
        prog.iter().any(|i| i.code == bpf::JA),
        "no long jump emitted"
    );
}

#[test]
fn the_tree_keeps_paths_short() {
    let resolved = compile::resolve(&default_profile(), &crate::sandbox::caps::DEFAULT).unwrap();
    let prog = compile::program(&resolved).unwrap();
    let native = &resolved.sections[0];
    // Instructions run for a syscall without argument rules: arch check, load, tree, ret.
    let steps = |nr: u32| {
        let (mut pc, mut n) = (0usize, 0);
        loop {
            let i = prog[pc];
            n += 1;
            pc += 1;
            let a = if n == 1 { native.arch.audit } else { nr };
            pc += match i.code {
                bpf::RET_K => return n,
                bpf::JGE_K => usize::from(if a >= i.k { i.jt } else { i.jf }),
                bpf::JEQ_K => usize::from(if a == i.k { i.jt } else { i.jf }),
                bpf::JA => i.k as usize,
                _ => 0,
            };
        }
    };
    let plain = (0..=native.arch.max).filter(|nr| {
        native
            .syscalls
            .get(nr)
            .is_none_or(|rules| rules[0].0.list.is_empty())
    });
    let worst = plain.map(steps).max().unwrap();
    assert!(worst <= 12, "{worst} instructions on the longest path");
    assert!(prog.len() < 1000, "{} instructions", prog.len());
}

#[test]
fn docker_format_parses_and_bad_input_is_refused() {
    let p = parse(
        r#"{"defaultAction":"SCMP_ACT_ERRNO","architectures":["SCMP_ARCH_X86_64"],
            "syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW"},
            {"names":["personality"],"action":"SCMP_ACT_ALLOW",
             "args":[{"index":0,"value":8,"op":"SCMP_CMP_EQ"}]}]}"#,
    )
    .unwrap();
    assert_eq!(p.syscalls.len(), 2);
    assert!(parse("{").is_err());
    assert!(parse(r#"{"defaultAction":"SCMP_ACT_EXPLODE"}"#).is_err());
    assert!(parse(r#"{"defaultAction":"SCMP_ACT_ERRNO","defaultErrnoRet":70000}"#).is_err());
    assert!(
        parse(r#"{"defaultAction":"SCMP_ACT_ALLOW","architectures":["SCMP_ARCH_VAX"]}"#).is_err()
    );
    assert!(
        parse(
            r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["read"],
            "action":"SCMP_ACT_ERRNO","args":[{"index":0,"value":1,"op":"SCMP_CMP_ABOUT"}]}]}"#
        )
        .is_err()
    );
    assert!(
        parse(
            r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["read"],
            "action":"SCMP_ACT_ERRNO","args":[{"index":6,"value":1,"op":"SCMP_CMP_EQ"}]}]}"#
        )
        .is_err()
    );
}

#[test]
fn min_kernel_and_capabilities_select_rules() {
    let rule = |includes: &str, excludes: &str| -> Rule {
        serde_json::from_str(&format!(
            r#"{{"names":["read"],"action":"SCMP_ACT_ALLOW","includes":{includes},"excludes":{excludes}}}"#
        ))
        .unwrap()
    };
    let admin = vec!["CAP_SYS_ADMIN".to_string()];
    let r = rule(r#"{"caps":["CAP_SYS_ADMIN"]}"#, "{}");
    assert!(compile::applies(&r, &admin, (6, 1)));
    assert!(!compile::applies(&r, &[], (6, 1)));
    let r = rule("{}", r#"{"caps":["CAP_SYS_ADMIN"]}"#);
    assert!(!compile::applies(&r, &admin, (6, 1)));
    assert!(compile::applies(&r, &[], (6, 1)));
    let r = rule(r#"{"minKernel":"5.10"}"#, "{}");
    assert!(compile::applies(&r, &[], (6, 1)));
    assert!(compile::applies(&r, &[], (5, 10)));
    assert!(!compile::applies(&r, &[], (5, 9)));
    assert_eq!(compile::parse_version("6.1.0-18-amd64"), Some((6, 1)));
    assert!(
        parse(
            r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["read"],
        "action":"SCMP_ACT_ERRNO","includes":{"minKernel":"new"}}]}"#
        )
        .is_err()
    );
}
