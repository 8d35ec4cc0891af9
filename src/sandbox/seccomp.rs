//! seccomp: profiles in docker's seccomp profile format, berth's default profile, their
//! compilation to a BPF program (libseccomp), a cache of compiled programs, and loading
//! a program in the container init.
//!
//! The default profile has the effect of docker's default: every syscall is allowed except
//! those that reach outside the container (kernel modules, keyrings, kexec, mounts and
//! namespaces without CAP_SYS_ADMIN, clock setting, ...), which fail with EPERM; `clone`
//! with namespace flags fails with EPERM, `clone3` with ENOSYS (so libcs fall back to
//! `clone`), `personality` only accepts the harmless personas, and `socket` refuses
//! AF_VSOCK. Syscalls newer than libseccomp's table fail with EPERM. Holding the capability
//! lifts a restriction, as in docker.

use std::collections::BTreeSet;
use std::io::{Read, Seek};
use std::path::Path;

use anyhow::{Context as _, bail};
use caps::Capability;
use libseccomp::{
    ScmpAction, ScmpArch, ScmpArgCompare, ScmpCompareOp, ScmpFilterContext, ScmpSyscall,
};
use serde::Deserialize;

/// A profile in docker's format (the fields berth understands).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub default_action: String,
    #[serde(default)]
    pub default_errno_ret: Option<u32>,
    #[serde(default)]
    pub architectures: Vec<String>,
    #[serde(default)]
    pub arch_map: Vec<ArchMap>,
    #[serde(default)]
    pub syscalls: Vec<Rule>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArchMap {
    pub architecture: String,
    #[serde(default)]
    pub sub_architectures: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Rule {
    #[serde(default)]
    pub names: Vec<String>,
    /// The older single-name form.
    #[serde(default)]
    pub name: Option<String>,
    pub action: String,
    #[serde(default)]
    pub errno_ret: Option<u32>,
    #[serde(default)]
    pub args: Option<Vec<Arg>>,
    #[serde(default)]
    pub includes: Option<Filter>,
    #[serde(default)]
    pub excludes: Option<Filter>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Arg {
    pub index: u32,
    pub value: u64,
    #[serde(default)]
    pub value_two: u64,
    pub op: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Filter {
    #[serde(default)]
    pub caps: Vec<String>,
    #[serde(default)]
    pub arches: Vec<String>,
    #[serde(default)]
    pub min_kernel: Option<String>,
}

/// Parse and check a profile (every action, operator and architecture is known).
pub fn parse(json: &str) -> anyhow::Result<Profile> {
    let p: Profile = serde_json::from_str(json).context("malformed seccomp profile")?;
    action(&p.default_action, p.default_errno_ret)?;
    for a in p
        .architectures
        .iter()
        .chain(p.arch_map.iter().map(|m| &m.architecture))
    {
        arch(a)?;
    }
    for r in &p.syscalls {
        action(&r.action, r.errno_ret)?;
        for a in r.args.iter().flatten() {
            compare(a)?;
        }
        if r.names.is_empty() && r.name.is_none() {
            bail!("seccomp profile: a syscalls entry names no syscall");
        }
    }
    Ok(p)
}

fn action(name: &str, errno: Option<u32>) -> anyhow::Result<ScmpAction> {
    let errno = errno.map_or(libc::EPERM, |e| e as i32);
    Ok(match name {
        "SCMP_ACT_ALLOW" => ScmpAction::Allow,
        "SCMP_ACT_ERRNO" => ScmpAction::Errno(errno),
        "SCMP_ACT_KILL" | "SCMP_ACT_KILL_THREAD" => ScmpAction::KillThread,
        "SCMP_ACT_KILL_PROCESS" => ScmpAction::KillProcess,
        "SCMP_ACT_TRAP" => ScmpAction::Trap,
        "SCMP_ACT_LOG" => ScmpAction::Log,
        "SCMP_ACT_TRACE" => ScmpAction::Trace(errno as u16),
        other => bail!("seccomp profile: unsupported action {other:?}"),
    })
}

fn arch(name: &str) -> anyhow::Result<ScmpArch> {
    name.parse::<ScmpArch>()
        .map_err(|_| anyhow::anyhow!("seccomp profile: unknown architecture {name:?}"))
}

fn compare(a: &Arg) -> anyhow::Result<ScmpArgCompare> {
    let op = match a.op.as_str() {
        "SCMP_CMP_NE" => ScmpCompareOp::NotEqual,
        "SCMP_CMP_LT" => ScmpCompareOp::Less,
        "SCMP_CMP_LE" => ScmpCompareOp::LessOrEqual,
        "SCMP_CMP_EQ" => ScmpCompareOp::Equal,
        "SCMP_CMP_GE" => ScmpCompareOp::GreaterEqual,
        "SCMP_CMP_GT" => ScmpCompareOp::Greater,
        "SCMP_CMP_MASKED_EQ" => {
            return Ok(ScmpArgCompare::new(
                a.index,
                ScmpCompareOp::MaskedEqual(a.value),
                a.value_two,
            ));
        }
        other => bail!("seccomp profile: unknown operator {other:?}"),
    };
    if a.index > 5 {
        bail!("seccomp profile: argument index {} out of range", a.index);
    }
    Ok(ScmpArgCompare::new(a.index, op, a.value))
}

/// The architecture names docker's `includes.arches` uses for this machine.
fn native_arch_names() -> &'static [&'static str] {
    match std::env::consts::ARCH {
        "x86_64" => &["amd64"],
        "aarch64" => &["arm64"],
        "x86" => &["x86", "386"],
        "arm" => &["arm"],
        "riscv64" => &["riscv64"],
        "s390x" => &["s390x"],
        "powerpc64" => &["ppc64le"],
        _ => &[],
    }
}

fn cap_name(c: Capability) -> String {
    c.to_string()
}

fn matches(f: &Filter, caps: &[Capability]) -> bool {
    let names: Vec<String> = caps.iter().map(|c| cap_name(*c)).collect();
    f.caps.iter().all(|c| names.contains(c))
        && (f.arches.is_empty()
            || f.arches
                .iter()
                .any(|a| native_arch_names().contains(&a.as_str())))
}

fn excluded(f: &Filter, caps: &[Capability]) -> bool {
    let names: Vec<String> = caps.iter().map(|c| cap_name(*c)).collect();
    f.caps.iter().any(|c| names.contains(c))
        || f.arches
            .iter()
            .any(|a| native_arch_names().contains(&a.as_str()))
}

/// Compile `profile` for a container holding `caps` into a BPF program.
pub fn compile(profile: &Profile, caps: &[Capability]) -> anyhow::Result<Vec<u8>> {
    let default = action(&profile.default_action, profile.default_errno_ret)?;
    let mut ctx = ScmpFilterContext::new(default).context("creating a seccomp filter")?;
    // berth sets no_new_privs itself, as the container's options ask.
    ctx.set_ctl_nnp(false)?;
    // A binary tree of syscall numbers instead of a linear list: the kernel runs the program
    // for every syscall number when it loads it (to build its per-syscall cache) and on
    // every uncached syscall, so a shorter path costs less at start and at run time.
    ctx.set_ctl_optimize(2)?;
    let native = ScmpArch::native();
    let mut arches: Vec<ScmpArch> = Vec::new();
    for a in &profile.architectures {
        arches.push(arch(a)?);
    }
    for m in &profile.arch_map {
        if arch(&m.architecture)? == native {
            arches.push(native);
            for s in m.sub_architectures.iter().flatten() {
                arches.push(arch(s)?);
            }
        }
    }
    for a in arches {
        if a != native && !ctx.is_arch_present(a)? {
            ctx.add_arch(a)
                .with_context(|| format!("adding seccomp architecture {a:?}"))?;
        }
    }
    for rule in &profile.syscalls {
        if rule.includes.as_ref().is_some_and(|f| !matches(f, caps))
            || rule.excludes.as_ref().is_some_and(|f| excluded(f, caps))
        {
            continue;
        }
        let act = action(&rule.action, rule.errno_ret)?;
        if act == default {
            continue;
        }
        let args: Vec<ScmpArgCompare> = rule
            .args
            .iter()
            .flatten()
            .map(compare)
            .collect::<anyhow::Result<_>>()?;
        let distinct: BTreeSet<u32> = rule.args.iter().flatten().map(|a| a.index).collect();
        for name in rule.names.iter().chain(rule.name.iter()) {
            // Names this libseccomp does not know are skipped, as docker does.
            let Ok(sc) = ScmpSyscall::from_name(name) else {
                continue;
            };
            let added = if args.is_empty() {
                ctx.add_rule(act, sc)
            } else if distinct.len() == args.len() {
                ctx.add_rule_conditional(act, sc, &args)
            } else {
                // Several conditions on one argument: any of them, one rule each.
                args.iter()
                    .try_for_each(|a| ctx.add_rule_conditional(act, sc, &[*a]).map(drop))
                    .map(|()| &mut ctx)
            };
            added.with_context(|| format!("adding the seccomp rule for {name}"))?;
        }
    }
    let mut file = memfile()?;
    ctx.export_bpf(&file)
        .context("exporting the seccomp filter")?;
    file.rewind()?;
    let mut bpf = Vec::new();
    file.read_to_end(&mut bpf)?;
    Ok(bpf)
}

fn memfile() -> anyhow::Result<std::fs::File> {
    let fd = rustix::fs::memfd_create("berth-seccomp", rustix::fs::MemfdFlags::CLOEXEC)
        .context("creating a memfd")?;
    Ok(std::fs::File::from(fd))
}

/// Syscalls the default profile always refuses: they act on the host kernel as a whole.
const REFUSED: [&str; 25] = [
    "add_key",
    "afs_syscall",
    "create_module",
    "get_kernel_syms",
    "getpmsg",
    "kexec_file_load",
    "kexec_load",
    "keyctl",
    "migrate_pages",
    "move_pages",
    "nfsservctl",
    "pivot_root",
    "putpmsg",
    "query_module",
    "request_key",
    "security",
    "swapoff",
    "swapon",
    "_sysctl",
    "sysfs",
    "tuxcall",
    "uselib",
    "userfaultfd",
    "ustat",
    "vserver",
];

/// Syscalls the default profile allows only with a capability.
const NEED_CAP: [(Capability, &[&str]); 14] = [
    (
        Capability::CAP_SYS_ADMIN,
        &[
            "bpf",
            "clone",
            "clone3",
            "fanotify_init",
            "fsconfig",
            "fsmount",
            "fsopen",
            "fspick",
            "lookup_dcookie",
            "mount",
            "mount_setattr",
            "move_mount",
            "open_tree",
            "perf_event_open",
            "quotactl",
            "quotactl_fd",
            "setdomainname",
            "sethostname",
            "setns",
            "syslog",
            "umount",
            "umount2",
            "unshare",
        ],
    ),
    (Capability::CAP_SYS_BOOT, &["reboot"]),
    (Capability::CAP_SYS_CHROOT, &["chroot"]),
    (
        Capability::CAP_SYS_MODULE,
        &["delete_module", "init_module", "finit_module"],
    ),
    (Capability::CAP_SYS_PACCT, &["acct"]),
    (
        Capability::CAP_SYS_PTRACE,
        &["kcmp", "pidfd_getfd", "process_madvise"],
    ),
    (Capability::CAP_SYS_RAWIO, &["iopl", "ioperm"]),
    (
        Capability::CAP_SYS_TIME,
        &["settimeofday", "stime", "clock_settime", "clock_settime64"],
    ),
    (Capability::CAP_SYS_TTY_CONFIG, &["vhangup"]),
    (
        Capability::CAP_SYS_NICE,
        &[
            "get_mempolicy",
            "mbind",
            "set_mempolicy",
            "set_mempolicy_home_node",
        ],
    ),
    (Capability::CAP_SYSLOG, &["syslog"]),
    (Capability::CAP_BPF, &["bpf"]),
    (Capability::CAP_PERFMON, &["perf_event_open"]),
    (Capability::CAP_DAC_READ_SEARCH, &["open_by_handle_at"]),
];

/// Allowed only with some argument values (unless a capability lifts it).
const BY_ARGUMENT: [&str; 3] = ["clone", "personality", "socket"];

/// Namespace flags `clone` may not carry without CAP_SYS_ADMIN (NEWNS, NEWCGROUP, NEWUTS,
/// NEWIPC, NEWUSER, NEWPID, NEWNET).
const CLONE_NAMESPACE_FLAGS: u64 = 0x7E02_0000;
/// The personas a process may switch to: the default, and the ones that only change how
/// uname or addresses look (PER_LINUX32, UNAME26, their mix, and the query 0xffffffff).
const PERSONAS: [u64; 5] = [0x0, 0x8, 0x20000, 0x20008, 0xffff_ffff];
const AF_VSOCK: u64 = 40;

/// Every syscall name libseccomp knows for this machine's architectures.
fn known_syscalls(arches: &[ScmpArch]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for a in arches {
        for n in 0..1024 {
            if let Ok(name) = ScmpSyscall::from(n).get_name_by_arch(*a) {
                names.insert(name);
            }
        }
    }
    names
}

fn sub_arches() -> Vec<&'static str> {
    match std::env::consts::ARCH {
        "x86_64" => vec!["SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"],
        "aarch64" => vec!["SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM"],
        _ => vec![],
    }
}

fn allow(names: Vec<String>) -> Rule {
    Rule {
        names,
        action: "SCMP_ACT_ALLOW".into(),
        ..Default::default()
    }
}

fn with_cap(cap: Capability) -> Option<Filter> {
    Some(Filter {
        caps: vec![cap_name(cap)],
        ..Default::default()
    })
}

/// berth's default profile, as data in docker's format.
pub fn default_profile() -> Profile {
    let arch_names = sub_arches();
    let arches: Vec<ScmpArch> = arch_names.iter().filter_map(|a| arch(a).ok()).collect();
    let restricted: BTreeSet<&str> = REFUSED
        .iter()
        .copied()
        .chain(NEED_CAP.iter().flat_map(|(_, n)| n.iter().copied()))
        .chain(BY_ARGUMENT)
        .collect();
    let free: Vec<String> = known_syscalls(&arches)
        .into_iter()
        .filter(|n| !restricted.contains(n.as_str()))
        .collect();
    let mut syscalls = vec![allow(free)];
    for (cap, names) in NEED_CAP {
        syscalls.push(Rule {
            includes: with_cap(cap),
            ..allow(names.iter().map(|n| n.to_string()).collect())
        });
    }
    let arg = |index, value, value_two, op: &str| Arg {
        index,
        value,
        value_two,
        op: op.into(),
    };
    syscalls.push(Rule {
        args: Some(vec![arg(0, CLONE_NAMESPACE_FLAGS, 0, "SCMP_CMP_MASKED_EQ")]),
        excludes: with_cap(Capability::CAP_SYS_ADMIN),
        ..allow(vec!["clone".into()])
    });
    syscalls.push(Rule {
        names: vec!["clone3".into()],
        action: "SCMP_ACT_ERRNO".into(),
        errno_ret: Some(libc::ENOSYS as u32),
        excludes: with_cap(Capability::CAP_SYS_ADMIN),
        ..Default::default()
    });
    for p in PERSONAS {
        syscalls.push(Rule {
            args: Some(vec![arg(0, p, 0, "SCMP_CMP_EQ")]),
            ..allow(vec!["personality".into()])
        });
    }
    syscalls.push(Rule {
        args: Some(vec![arg(0, AF_VSOCK, 0, "SCMP_CMP_NE")]),
        ..allow(vec!["socket".into()])
    });
    Profile {
        default_action: "SCMP_ACT_ERRNO".into(),
        default_errno_ret: Some(libc::EPERM as u32),
        architectures: arch_names.iter().map(|a| a.to_string()).collect(),
        arch_map: Vec::new(),
        syscalls,
    }
}

/// Bump when the default profile changes, so cached programs of the old one are not used.
const DEFAULT_PROFILE_VERSION: &str = "berth-default-1";
/// Bump when the compilation changes (for every profile, custom ones included).
const COMPILER_VERSION: &str = "tree-1";

/// The compiled program for `profile_json` (`None`: the default profile) and `caps`,
/// from the cache under `cache_dir` when it was compiled before. Compiling the default
/// profile costs milliseconds; reading the cached program costs microseconds.
pub fn program(
    profile_json: Option<&str>,
    caps: &[Capability],
    cache_dir: &Path,
) -> anyhow::Result<Vec<u8>> {
    use sha2::Digest;
    let mut h = sha2::Sha256::new();
    h.update(profile_json.unwrap_or(DEFAULT_PROFILE_VERSION).as_bytes());
    h.update(std::env::consts::ARCH.as_bytes());
    h.update(COMPILER_VERSION.as_bytes());
    let mut names: Vec<String> = caps.iter().map(|c| cap_name(*c)).collect();
    names.sort();
    h.update(names.join(",").as_bytes());
    let key = hex::encode(h.finalize());
    let path = cache_dir.join(format!("seccomp-{}.bpf", &key[..32]));
    if let Ok(bpf) = std::fs::read(&path)
        && !bpf.is_empty()
        && bpf.len().is_multiple_of(8)
    {
        return Ok(bpf);
    }
    let profile = match profile_json {
        Some(json) => parse(json)?,
        None => default_profile(),
    };
    let bpf = compile(&profile, caps)?;
    // A cache write failure only costs the next start a compile.
    let _ = std::fs::create_dir_all(cache_dir).and_then(|()| {
        let tmp = tempfile::NamedTempFile::new_in(cache_dir)?;
        std::fs::write(tmp.path(), &bpf)?;
        tmp.persist(&path).map(drop).map_err(|e| e.error)
    });
    Ok(bpf)
}

/// Load a program into the calling process (the container init, just before exec).
pub fn load(bpf: &[u8]) -> anyhow::Result<()> {
    if bpf.is_empty() || !bpf.len().is_multiple_of(8) || bpf.len() / 8 > u16::MAX as usize {
        bail!("invalid seccomp program of {} bytes", bpf.len());
    }
    let prog = libc::sock_fprog {
        len: (bpf.len() / 8) as u16,
        filter: bpf.as_ptr() as *mut libc::sock_filter,
    };
    // SAFETY: `prog` points at `bpf`, a whole number of sock_filter records that outlive the
    // call; the kernel copies the program.
    let ret = unsafe {
        libc::prctl(
            libc::PR_SET_SECCOMP,
            libc::SECCOMP_MODE_FILTER,
            &prog as *const libc::sock_fprog,
            0,
            0,
        )
    };
    if ret != 0 {
        return Err(std::io::Error::last_os_error()).context("loading the seccomp filter");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(
            parse(
                r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["read"],
                "action":"SCMP_ACT_ERRNO","args":[{"index":0,"value":1,"op":"SCMP_CMP_ABOUT"}]}]}"#
            )
            .is_err()
        );
    }

    #[test]
    fn default_profile_restricts_what_it_should() {
        let p = default_profile();
        let free = &p.syscalls[0].names;
        assert!(free.iter().any(|n| n == "read") && free.iter().any(|n| n == "execve"));
        for n in [
            "mount",
            "kexec_load",
            "keyctl",
            "clone",
            "personality",
            "unshare",
        ] {
            assert!(!free.iter().any(|f| f == n), "{n} must not be free");
        }
    }

    #[test]
    fn capabilities_lift_restrictions() {
        let f = Filter {
            caps: vec!["CAP_SYS_ADMIN".into()],
            ..Default::default()
        };
        assert!(matches(&f, &[Capability::CAP_SYS_ADMIN]));
        assert!(!matches(&f, &[Capability::CAP_CHOWN]));
        assert!(excluded(&f, &[Capability::CAP_SYS_ADMIN]));
        assert!(!excluded(&f, &[]));
    }

    #[test]
    fn default_profile_compiles() {
        let bpf = compile(&default_profile(), &crate::sandbox::caps::DEFAULT).unwrap();
        assert!(!bpf.is_empty() && bpf.len().is_multiple_of(8));
    }
}
