//! seccomp: profiles in docker's seccomp profile format, berth's default profile, their
//! compilation to a classic BPF program (berth's own: `compile` and `bpf`), a cache of
//! compiled programs, and loading a program in the container init.
//!
//! The default profile (default.json, in the same format) allows the syscalls a container
//! needs and refuses everything else with EPERM, new syscalls included: kernel modules,
//! keyrings, kexec, io_uring (its submissions bypass the filter), mounts and namespaces
//! without CAP_SYS_ADMIN, clock setting, ... `clone` with namespace flags fails with EPERM,
//! `clone3` with ENOSYS (so libcs fall back to `clone`), `personality` only accepts the
//! harmless personas, and `socket` refuses AF_VSOCK. Holding the capability lifts a
//! restriction. docs/seccomp.md compares it with the reference profile.

mod arch;
mod bpf;
mod compile;

use std::path::Path;

use anyhow::{Context as _, bail};
use caps::Capability;
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
    compile::action(&p.default_action, p.default_errno_ret)?;
    for a in p
        .architectures
        .iter()
        .chain(p.arch_map.iter().map(|m| &m.architecture))
    {
        arch(a)?;
    }
    for r in &p.syscalls {
        compile::action(&r.action, r.errno_ret)?;
        for a in r.args.iter().flatten() {
            compile::compare(a)?;
        }
        for f in r.includes.iter().chain(r.excludes.iter()) {
            if let Some(v) = &f.min_kernel
                && compile::parse_version(v).is_none()
            {
                bail!("seccomp profile: invalid minKernel {v:?}");
            }
        }
        if r.names.is_empty() && r.name.is_none() {
            bail!("seccomp profile: a syscalls entry names no syscall");
        }
    }
    Ok(p)
}

fn arch(name: &str) -> anyhow::Result<()> {
    if arch::PROFILE_NAMES.contains(&name) {
        Ok(())
    } else {
        bail!("seccomp profile: unknown architecture {name:?}")
    }
}

/// Compile `profile` for a container holding `caps` into a BPF program (the bytes
/// `seccomp(2)` reads).
pub fn compile(profile: &Profile, caps: &[Capability]) -> anyhow::Result<Vec<u8>> {
    let resolved = compile::resolve(profile, caps)?;
    Ok(bpf::to_bytes(&compile::program(&resolved)?))
}

/// berth's default profile, as data in docker's format.
pub fn default_profile() -> Profile {
    // The file is part of the binary and checked by the tests: it parses.
    parse(DEFAULT_PROFILE).expect("the built-in seccomp profile parses")
}

const DEFAULT_PROFILE: &str = include_str!("default.json");

/// Bump when the compilation changes (for every profile, custom ones included).
const COMPILER_VERSION: &str = "berth-bpf-1";

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
    // The profile's own text: a changed default profile misses the cache by itself. The
    // kernel release: rules may depend on it (minKernel).
    h.update(profile_json.unwrap_or(DEFAULT_PROFILE).as_bytes());
    h.update(std::env::consts::ARCH.as_bytes());
    h.update(COMPILER_VERSION.as_bytes());
    h.update(rustix::system::uname().release().to_bytes());
    let mut names: Vec<String> = caps.iter().map(|c| c.to_string()).collect();
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
    crate::sys::process::load_seccomp(bpf).context("loading the seccomp filter")
}

#[cfg(test)]
mod tests;
