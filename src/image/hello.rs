//! The built-in `hello-world` image: one tiny static program, assembled by build.rs for the
//! target architecture, that prints what berth just did. Works offline on a fresh machine.

use std::io::Write as _;

/// The name the image is known by.
pub const NAME: &str = "hello-world";

/// The image's command.
pub const CMD: &[&str] = &["/hello"];

/// The program: a static ELF executable, no libc, two system calls.
pub const PROGRAM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/hello"));

/// Fixed modification time (2026-01-01T00:00:00Z) so the tar, and with it the image's layer
/// digest and id, is the same on every build of the same program.
const MTIME: u64 = 1_767_225_600;

/// The image's root filesystem as an uncompressed tar: `/hello` (mode 0755, root:root) and a
/// minimal `/etc/passwd` and `/etc/group` so `--user root` resolves.
pub fn rootfs_tar() -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    // Writing into a Vec cannot fail; these expects document that.
    append(&mut b, "etc/", tar::EntryType::Directory, 0o755, b"");
    append(
        &mut b,
        "etc/group",
        tar::EntryType::Regular,
        0o644,
        b"root:x:0:\n",
    );
    append(
        &mut b,
        "etc/passwd",
        tar::EntryType::Regular,
        0o644,
        b"root:x:0:0:root:/:/hello\n",
    );
    append(&mut b, "hello", tar::EntryType::Regular, 0o755, PROGRAM);
    let mut data = b.into_inner().expect("tar into a Vec");
    data.flush().expect("flush a Vec");
    data
}

fn append(b: &mut tar::Builder<Vec<u8>>, path: &str, kind: tar::EntryType, mode: u32, data: &[u8]) {
    let mut h = tar::Header::new_ustar();
    h.set_entry_type(kind);
    h.set_mode(mode);
    h.set_uid(0);
    h.set_gid(0);
    h.set_mtime(MTIME);
    h.set_size(data.len() as u64);
    b.append_data(&mut h, path, data).expect("tar into a Vec");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u16_at(d: &[u8], o: usize) -> u16 {
        u16::from_le_bytes(d[o..o + 2].try_into().unwrap())
    }
    fn u32_at(d: &[u8], o: usize) -> u32 {
        u32::from_le_bytes(d[o..o + 4].try_into().unwrap())
    }
    fn u64_at(d: &[u8], o: usize) -> u64 {
        u64::from_le_bytes(d[o..o + 8].try_into().unwrap())
    }

    #[test]
    fn elf_header_is_valid_for_this_target() {
        let d = PROGRAM;
        assert_eq!(&d[..4], b"\x7fELF");
        assert_eq!(d[4], 2, "64-bit");
        assert_eq!(d[5], 1, "little-endian");
        assert_eq!(u16_at(d, 16), 2, "ET_EXEC");
        let machine = u16_at(d, 18);
        match std::env::consts::ARCH {
            "x86_64" => assert_eq!(machine, 62),
            "aarch64" => assert_eq!(machine, 183),
            other => panic!("no hello program for {other}"),
        }
        let entry = u64_at(d, 24);
        let phoff = u64_at(d, 32) as usize;
        let phnum = u16_at(d, 56) as usize;
        assert_eq!(u16_at(d, 54), 56, "phentsize");
        let mut load = None;
        for i in 0..phnum {
            let ph = phoff + i * 56;
            if u32_at(d, ph) == 1 {
                load = Some((u64_at(d, ph + 8), u64_at(d, ph + 16), u64_at(d, ph + 32)));
            }
            // No PT_INTERP: the program is static.
            assert_ne!(u32_at(d, ph), 3);
        }
        let (offset, vaddr, filesz) = load.expect("a PT_LOAD header");
        assert_eq!(offset, 0);
        assert_eq!(
            filesz,
            d.len() as u64,
            "the load segment maps the whole file"
        );
        assert!(
            entry >= vaddr && entry < vaddr + filesz,
            "entry inside the segment"
        );
        let text = String::from_utf8_lossy(d);
        assert!(text.contains("Hello from berth!"));
        assert!(PROGRAM.len() < 4096, "stays tiny: {} bytes", PROGRAM.len());
    }

    #[test]
    fn program_runs_and_prints_the_greeting() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hello");
        std::fs::write(&path, PROGRAM).unwrap();
        std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        let out = std::process::Command::new(&path).output().unwrap();
        assert!(out.status.success(), "{:?}", out.status);
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.starts_with("\nHello from berth!\n"), "{text}");
        assert!(text.contains("berth run -it --rm myimage sh"), "{text}");
        assert!(out.stderr.is_empty());
    }

    #[test]
    fn tar_is_reproducible_and_has_the_program() {
        let tar_bytes = rootfs_tar();
        assert_eq!(tar_bytes, rootfs_tar());
        let mut archive = tar::Archive::new(tar_bytes.as_slice());
        let mut found = false;
        for entry in archive.entries().unwrap() {
            let mut entry = entry.unwrap();
            let h = entry.header().clone();
            assert_eq!((h.uid().unwrap(), h.gid().unwrap()), (0, 0));
            if entry.path().unwrap().to_str() == Some("hello") {
                assert_eq!(h.mode().unwrap(), 0o755);
                let mut data = Vec::new();
                std::io::Read::read_to_end(&mut entry, &mut data).unwrap();
                assert_eq!(data, PROGRAM);
                found = true;
            }
        }
        assert!(found);
        assert_eq!(CMD, ["/hello"]);
    }
}
