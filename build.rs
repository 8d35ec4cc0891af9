//! Build-time facts and artifacts:
//! - `BERTH_GIT_COMMIT` and `BERTH_RUSTC_VERSION` for `berth version`;
//! - `$OUT_DIR/hello`: the program of the built-in `hello-world` image, a tiny static Linux
//!   ELF executable assembled here byte by byte (no downloaded binary, no external assembler)
//!   for the target architecture;
//! - `$OUT_DIR/init`: berth's `--init` program (src/sys/pid1.rs), a static executable without
//!   the standard library or libc, compiled here by the same rustc and linker as berth.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    emit_git_commit();
    emit_rustc_version();
    emit_link_args();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR is set by cargo"));
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let elf = match hello_elf(&arch, HELLO_MESSAGE.as_bytes()) {
        Ok(elf) => elf,
        Err(msg) => panic!("{msg}"),
    };
    std::fs::write(out.join("hello"), elf).expect("writing $OUT_DIR/hello");
    build_init(&out, &arch);
}

/// Compile src/sys/pid1.rs into `$OUT_DIR/init`: no standard library, no libc, no start
/// files, linked static at a fixed address (nothing to relocate), symbols stripped.
fn build_init(out: &std::path::Path, arch: &str) {
    println!("cargo:rerun-if-changed=src/sys/pid1.rs");
    if !matches!(arch, "x86_64" | "aarch64") {
        panic!(
            "berth's --init program (src/sys/pid1.rs) knows the system calls of x86_64 and \
             aarch64, not of target architecture {arch:?}; add them there"
        );
    }
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let target = std::env::var("TARGET").expect("TARGET is set by cargo");
    let mut cmd = Command::new(rustc);
    const FLAGS: &[&str] = &[
        "--edition=2024",
        "--crate-type=bin",
        "--crate-name=berth_init",
        "-Copt-level=s",
        "-Cpanic=abort",
        "-Cdebuginfo=0",
        "-Cstrip=symbols",
        "-Crelocation-model=static",
        "-Ctarget-feature=+crt-static",
        "-Clink-arg=-nostartfiles",
        "-Clink-arg=-nostdlib",
        "-Clink-arg=-Wl,--build-id=none",
    ];
    cmd.args(FLAGS).args(["--target", &target]);
    if let Some(linker) = std::env::var_os("RUSTC_LINKER") {
        let mut arg = std::ffi::OsString::from("linker=");
        arg.push(linker);
        cmd.arg("-C").arg(arg);
    }
    cmd.arg("-o").arg(out.join("init")).arg("src/sys/pid1.rs");
    let status = cmd.status().expect("running rustc for src/sys/pid1.rs");
    assert!(status.success(), "compiling src/sys/pid1.rs failed");
}

/// Link berth as a position-dependent executable (`-no-pie`): its code and data get their
/// final addresses at link time, so the dynamic loader relocates nothing in them. In a
/// position-independent executable it rewrote every pointer of `.data.rel.ro` (about
/// 380 kB: vtables, static tables, format pieces) into private pages of each process,
/// which the container monitor, a long-lived fork of the command, kept for the
/// container's life: most of its memory (docs/DESIGN.md "The monitor's memory"). The
/// shared libraries, heap and stack stay randomised.
fn emit_link_args() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}

fn emit_git_commit() {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    // Rebuild the version string when HEAD moves: HEAD itself (branch switch) and the file of
    // the branch it points to (a commit), or packed-refs.
    let git = dir.join(".git");
    if git.join("HEAD").is_file() {
        println!("cargo:rerun-if-changed={}", git.join("HEAD").display());
        if let Ok(head) = std::fs::read_to_string(git.join("HEAD"))
            && let Some(r) = head.trim().strip_prefix("ref: ")
        {
            let ref_file = git.join(r);
            if ref_file.is_file() {
                println!("cargo:rerun-if-changed={}", ref_file.display());
            }
        }
        if git.join("packed-refs").is_file() {
            println!(
                "cargo:rerun-if-changed={}",
                git.join("packed-refs").display()
            );
        }
    }
    let commit = run(Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(&dir))
    .unwrap_or_default();
    println!("cargo:rustc-env=BERTH_GIT_COMMIT={commit}");
}

fn emit_rustc_version() {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let version = run(Command::new(rustc).arg("--version")).unwrap_or_default();
    println!("cargo:rustc-env=BERTH_RUSTC_VERSION={version}");
}

fn run(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// What `berth run hello-world` prints. Keep it true to what berth does.
const HELLO_MESSAGE: &str = "
Hello from berth!
This message shows that your installation appears to be working correctly.

To generate this message, berth took the following steps:
 1. The berth command looked up the \"hello-world\" image in its local store. This image
    is built into berth itself, so it was added to the store without any download.
 2. berth created a container from it: a writable root filesystem over the image, in new
    mount, PID, UTS, IPC, network and cgroup namespaces (and a user namespace when you
    are not root).
 3. berth started the program that prints this message inside that container. No daemon
    was involved: the berth process you started did all of this itself.
 4. berth streamed the program's output to your terminal, and it exits with the
    program's exit status.

To try something more ambitious, make an image from any root filesystem tarball and
run a shell in it:
 $ berth import rootfs.tar myimage
 $ berth run -it --rm myimage sh

For more, see `berth --help` and `berth run --help`.

";

/// A static ELF executable for `arch` that writes `msg` to stdout and exits with status 0.
///
/// Layout: ELF header, two program headers (one PT_LOAD mapping the whole file read+execute
/// at 0x400000, one PT_GNU_STACK asking for a non-executable stack), the code, the message.
fn hello_elf(arch: &str, msg: &[u8]) -> Result<Vec<u8>, String> {
    const EHDR: usize = 64;
    const PHDR: usize = 56;
    const BASE: u64 = 0x40_0000;
    let len = u32::try_from(msg.len()).map_err(|_| "hello message too long".to_owned())?;
    let code_off = EHDR + 2 * PHDR;
    let (machine, align, code) = match arch {
        "x86_64" => (62u16, 0x1000u64, x86_64_code(len)),
        "aarch64" => (183u16, 0x10000u64, aarch64_code(len)?),
        other => {
            return Err(format!(
                "berth's built-in hello-world program can be assembled for x86_64 and aarch64, \
                 not for target architecture {other:?}; add an encoding for it in build.rs"
            ));
        }
    };
    let total = (code_off + code.len() + msg.len()) as u64;
    let entry = BASE + code_off as u64;

    let mut f = Vec::with_capacity(total as usize);
    // e_ident: magic, 64-bit, little-endian, version 1, System V ABI, padding.
    f.extend_from_slice(&[0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    f.extend_from_slice(&2u16.to_le_bytes()); // e_type: ET_EXEC
    f.extend_from_slice(&machine.to_le_bytes()); // e_machine
    f.extend_from_slice(&1u32.to_le_bytes()); // e_version
    f.extend_from_slice(&entry.to_le_bytes()); // e_entry
    f.extend_from_slice(&(EHDR as u64).to_le_bytes()); // e_phoff
    f.extend_from_slice(&0u64.to_le_bytes()); // e_shoff: no sections
    f.extend_from_slice(&0u32.to_le_bytes()); // e_flags
    f.extend_from_slice(&(EHDR as u16).to_le_bytes()); // e_ehsize
    f.extend_from_slice(&(PHDR as u16).to_le_bytes()); // e_phentsize
    f.extend_from_slice(&2u16.to_le_bytes()); // e_phnum
    f.extend_from_slice(&64u16.to_le_bytes()); // e_shentsize
    f.extend_from_slice(&0u16.to_le_bytes()); // e_shnum
    f.extend_from_slice(&0u16.to_le_bytes()); // e_shstrndx
    debug_assert_eq!(f.len(), EHDR);
    // PT_LOAD, flags R+X, the whole file.
    program_header(&mut f, 1, 5, 0, BASE, total, align);
    // PT_GNU_STACK, flags R+W: the stack is not executable.
    program_header(&mut f, 0x6474_e551, 6, 0, 0, 0, 16);
    debug_assert_eq!(f.len(), code_off);
    f.extend_from_slice(&code);
    f.extend_from_slice(msg);
    Ok(f)
}

fn program_header(
    f: &mut Vec<u8>,
    kind: u32,
    flags: u32,
    off: u64,
    vaddr: u64,
    size: u64,
    align: u64,
) {
    f.extend_from_slice(&kind.to_le_bytes()); // p_type
    f.extend_from_slice(&flags.to_le_bytes()); // p_flags
    f.extend_from_slice(&off.to_le_bytes()); // p_offset
    f.extend_from_slice(&vaddr.to_le_bytes()); // p_vaddr
    f.extend_from_slice(&vaddr.to_le_bytes()); // p_paddr
    f.extend_from_slice(&size.to_le_bytes()); // p_filesz
    f.extend_from_slice(&size.to_le_bytes()); // p_memsz
    f.extend_from_slice(&align.to_le_bytes()); // p_align
}

/// write(1, msg, len); exit_group(0). The message follows the code directly.
fn x86_64_code(len: u32) -> Vec<u8> {
    let mut c = Vec::new();
    c.extend_from_slice(&[0xb8, 1, 0, 0, 0]); // mov eax, 1 (SYS_write)
    c.extend_from_slice(&[0xbf, 1, 0, 0, 0]); // mov edi, 1 (stdout)
    // lea rsi, [rip + disp32]: rip is the end of this instruction; the message starts after
    // the remaining 16 bytes of code (mov edx 5, syscall 2, mov eax 5, xor edi 2, syscall 2).
    c.extend_from_slice(&[0x48, 0x8d, 0x35]);
    c.extend_from_slice(&16i32.to_le_bytes());
    c.push(0xba); // mov edx, len
    c.extend_from_slice(&len.to_le_bytes());
    c.extend_from_slice(&[0x0f, 0x05]); // syscall
    c.extend_from_slice(&[0xb8, 231, 0, 0, 0]); // mov eax, 231 (SYS_exit_group)
    c.extend_from_slice(&[0x31, 0xff]); // xor edi, edi
    c.extend_from_slice(&[0x0f, 0x05]); // syscall
    debug_assert_eq!(c.len(), 33);
    c
}

/// The same program in AArch64: eight fixed-width instructions, then the message.
fn aarch64_code(len: u32) -> Result<Vec<u8>, String> {
    if len > 0xffff {
        return Err("hello message must fit a 16-bit immediate on aarch64".to_owned());
    }
    let movz = |rd: u32, imm: u32| 0xd280_0000 | (imm << 5) | rd; // movz xRd, #imm
    // adr x1, msg: the message is 6 instructions (24 bytes) after the adr itself.
    let adr_x1 = 0x1000_0000 | ((24 >> 2) << 5) | 1;
    let svc0 = 0xd400_0001;
    let insns = [
        movz(8, 64),  // x8 = SYS_write
        movz(0, 1),   // x0 = stdout
        adr_x1,       // x1 = msg
        movz(2, len), // x2 = len
        svc0,
        movz(8, 94), // x8 = SYS_exit_group
        movz(0, 0),  // x0 = 0
        svc0,
    ];
    Ok(insns.iter().flat_map(|i: &u32| i.to_le_bytes()).collect())
}
