//! The architectures a seccomp program tells apart: their audit numbers, the names profiles
//! give them, and their syscall tables (name <-> number, from the `syscalls` crate, which
//! carries the kernel's tables for every architecture as plain Rust data).

use std::str::FromStr;

/// One architecture a program can hold a section for.
pub struct Arch {
    /// The profile's name (`SCMP_ARCH_X86_64`).
    pub name: &'static str,
    /// `seccomp_data.arch` (AUDIT_ARCH_*: the ELF machine, 64-bit and little-endian bits).
    pub audit: u32,
    /// The syscall number of a name, if this architecture has it.
    pub number: fn(&str) -> Option<u32>,
    /// The highest syscall number in the table (the tests try every number up to it).
    #[cfg_attr(not(test), allow(dead_code))]
    pub max: u32,
    /// The x32 ABI shares x86_64's audit number and sets this bit in the syscall number.
    pub x32_bit: Option<u32>,
}

const AUDIT_64BIT: u32 = 0x8000_0000;
const AUDIT_LE: u32 = 0x4000_0000;
#[cfg(target_arch = "x86_64")]
const EM_386: u32 = 3;
#[cfg(target_arch = "aarch64")]
const EM_ARM: u32 = 40;
#[cfg(target_arch = "x86_64")]
const EM_X86_64: u32 = 62;
#[cfg(target_arch = "aarch64")]
const EM_AARCH64: u32 = 183;

macro_rules! table {
    ($module:ident) => {
        (
            |name: &str| {
                syscalls::$module::Sysno::from_str(name)
                    .ok()
                    .map(|s| s.id() as u32)
            },
            syscalls::$module::Sysno::last().id() as u32,
        )
    };
}

#[cfg(target_arch = "x86_64")]
pub static X86_64: Arch = Arch {
    name: "SCMP_ARCH_X86_64",
    audit: EM_X86_64 | AUDIT_64BIT | AUDIT_LE,
    number: table!(x86_64).0,
    max: table!(x86_64).1,
    x32_bit: Some(0x4000_0000),
};

#[cfg(target_arch = "x86_64")]
pub static X86: Arch = Arch {
    name: "SCMP_ARCH_X86",
    audit: EM_386 | AUDIT_LE,
    number: table!(x86).0,
    max: table!(x86).1,
    x32_bit: None,
};

#[cfg(target_arch = "aarch64")]
pub static AARCH64: Arch = Arch {
    name: "SCMP_ARCH_AARCH64",
    audit: EM_AARCH64 | AUDIT_64BIT | AUDIT_LE,
    number: table!(aarch64).0,
    max: table!(aarch64).1,
    x32_bit: None,
};

#[cfg(target_arch = "aarch64")]
pub static ARM: Arch = Arch {
    name: "SCMP_ARCH_ARM",
    audit: EM_ARM | AUDIT_LE,
    number: table!(arm).0,
    max: table!(arm).1,
    x32_bit: None,
};

/// Every architecture name a profile may use. Those this machine cannot run are accepted
/// and ignored, as a profile written for several machines lists them all.
pub const PROFILE_NAMES: &[&str] = &[
    "SCMP_ARCH_X86",
    "SCMP_ARCH_X86_64",
    "SCMP_ARCH_X32",
    "SCMP_ARCH_ARM",
    "SCMP_ARCH_AARCH64",
    "SCMP_ARCH_MIPS",
    "SCMP_ARCH_MIPS64",
    "SCMP_ARCH_MIPS64N32",
    "SCMP_ARCH_MIPSEL",
    "SCMP_ARCH_MIPSEL64",
    "SCMP_ARCH_MIPSEL64N32",
    "SCMP_ARCH_PPC",
    "SCMP_ARCH_PPC64",
    "SCMP_ARCH_PPC64LE",
    "SCMP_ARCH_S390",
    "SCMP_ARCH_S390X",
    "SCMP_ARCH_PARISC",
    "SCMP_ARCH_PARISC64",
    "SCMP_ARCH_RISCV64",
    "SCMP_ARCH_LOONGARCH64",
    "SCMP_ARCH_M68K",
    "SCMP_ARCH_SH",
    "SCMP_ARCH_SHEB",
];

/// This machine's architecture and the 32-bit one its kernel can also run, which a
/// program covers when the profile names it. x32 is never covered: its syscalls are
/// refused (see `compile`).
pub fn native() -> (&'static Arch, Option<&'static Arch>) {
    #[cfg(target_arch = "x86_64")]
    return (&X86_64, Some(&X86));
    #[cfg(target_arch = "aarch64")]
    return (&AARCH64, Some(&ARM));
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    compile_error!("berth's seccomp programs cover x86_64 and aarch64 hosts");
}

/// The names a profile's `includes.arches` / `excludes.arches` use for this machine.
pub fn native_short_names() -> &'static [&'static str] {
    #[cfg(target_arch = "x86_64")]
    return &["amd64"];
    #[cfg(target_arch = "aarch64")]
    return &["arm64"];
}
