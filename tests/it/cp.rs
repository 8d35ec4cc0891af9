//! `cp`: docker's path rules in both directions, `-` streams, running and stopped
//! containers, owners with and without `-a`, bind mounts, every storage driver, and a
//! container that tries to trick `cp` through its own symlinks (swapped in during the copy
//! too) or a hostile tar.

use crate::common::*;

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// A host tree: work/src/{top.txt, dir/{a.txt, sub/b.txt}}.
fn host_tree(env: &TestEnv) -> PathBuf {
    env.write_file("src/top.txt", "top\n");
    env.write_file("src/dir/a.txt", "a\n");
    env.write_file("src/dir/sub/b.txt", "b\n");
    for d in ["src", "src/dir", "src/dir/sub"] {
        env.chown_to_user(&env.work().join(d));
    }
    env.work().join("src")
}

fn p(path: &Path) -> String {
    path.display().to_string()
}

/// `cat` inside a container (running: exec; stopped: a copy out to stdout as a tar).
fn cat(env: &TestEnv, ctr: &str, path: &str) -> String {
    env.berth(&["exec", ctr, "cat", path]).success().stdout()
}

/// A file's content read with `cp CTR:PATH -` (works where `exec` does not: rootless
/// fuse-overlayfs).
fn cp_cat(env: &TestEnv, ctr: &str, path: &str) -> String {
    let out = env.berth(&["cp", &format!("{ctr}:{path}"), "-"]).success();
    let mut a = tar::Archive::new(&out.stdout[..]);
    let mut entry = a.entries().unwrap().next().unwrap().unwrap();
    let mut s = String::new();
    std::io::Read::read_to_string(&mut entry, &mut s).unwrap();
    s
}

fn cp(env: &TestEnv, args: &[&str]) -> Output {
    env.berth(&[&["cp"][..], args].concat()).run()
}

/// The names in a tar.
fn tar_names(data: &[u8]) -> Vec<String> {
    let mut a = tar::Archive::new(data);
    a.entries()
        .unwrap()
        .map(|e| e.unwrap().path().unwrap().display().to_string())
        .collect()
}

#[test]
fn path_rules_into_a_stopped_container_then_out() {
    for env in TestEnv::all_with_busybox() {
        let src = host_tree(&env);
        env.berth(&["create", "--name", "ctr", "bb", "sleep", "1000"])
            .success();
        // Directory into an existing directory: it lands under its own name.
        cp(&env, &[&p(&src.join("dir")), "ctr:/tmp"]).success();
        // `/.`: its contents.
        cp(&env, &[&format!("{}/.", p(&src.join("dir"))), "ctr:/etc"]).success();
        // Directory to a new name; file onto file; file into directory; file to a new name.
        cp(&env, &[&p(&src.join("dir")), "ctr:/renamed"]).success();
        cp(&env, &[&p(&src.join("top.txt")), "ctr:/etc/a.txt"]).success();
        cp(&env, &[&p(&src.join("top.txt")), "ctr:/tmp/dir/"]).success();
        cp(&env, &[&p(&src.join("top.txt")), "ctr:/newname"]).success();
        env.berth(&["start", "ctr"]).success();
        assert_eq!(cat(&env, "ctr", "/tmp/dir/sub/b.txt"), "b\n");
        assert_eq!(cat(&env, "ctr", "/etc/sub/b.txt"), "b\n");
        assert_eq!(cat(&env, "ctr", "/renamed/a.txt"), "a\n");
        assert_eq!(cat(&env, "ctr", "/etc/a.txt"), "top\n");
        assert_eq!(cat(&env, "ctr", "/tmp/dir/top.txt"), "top\n");
        assert_eq!(cat(&env, "ctr", "/newname"), "top\n");
        env.berth(&["stop", "-t", "0", "ctr"]).success();

        // Errors: one line, 125.
        let missing = p(&src.join("nope"));
        cp(&env, &[&missing, "ctr:/tmp"])
            .berth_error()
            .stderr_contains("no such file or directory");
        cp(&env, &[&p(&src.join("top.txt")), "ctr:/nodir/x"])
            .berth_error()
            .stderr_contains("no such file or directory");
        cp(&env, &[&p(&src.join("top.txt")), "ctr:/notyet/"])
            .berth_error()
            .stderr_contains("no such directory");
        cp(&env, &[&p(&src.join("dir")), "ctr:/newname"])
            .berth_error()
            .stderr_contains("cannot overwrite non-directory");
        cp(
            &env,
            &[&format!("{}/", p(&src.join("top.txt"))), "ctr:/tmp"],
        )
        .berth_error()
        .stderr_contains("not a directory");
        cp(&env, &["ctr:/nope", &p(&env.work())])
            .berth_error()
            .stderr_contains("no such file or directory");
        cp(&env, &[&p(&src.join("top.txt")), "ghost:/tmp"]).berth_error();
        cp(&env, &["ctr:/etc", "ctr:/tmp"]).berth_error();
        cp(&env, &[&p(&src), &p(&env.work())]).berth_error();
        // A file does not replace a directory (nor the reverse) without --overwrite.
        env.write_file("over/tmp", "file named tmp\n");
        env.chown_to_user(&env.work().join("over"));
        cp(
            &env,
            &[&format!("{}/.", p(&env.work().join("over"))), "ctr:/"],
        )
        .berth_error()
        .stderr_contains("--overwrite");
        cp(
            &env,
            &[
                "--overwrite",
                &p(&env.work().join("over/tmp")),
                "ctr:/renamed",
            ],
        )
        .success();

        // Out, with the same rules on the host.
        let out = env.mkdir("out");
        cp(&env, &["ctr:/tmp/dir", &p(&out)]).success();
        assert_eq!(
            std::fs::read_to_string(out.join("dir/sub/b.txt")).unwrap(),
            "b\n"
        );
        cp(&env, &["ctr:/tmp/dir/.", &p(&out.join("contents"))]).success();
        assert_eq!(
            std::fs::read_to_string(out.join("contents/a.txt")).unwrap(),
            "a\n"
        );
        cp(&env, &["ctr:/newname", &p(&out.join("dir/a.txt"))]).success();
        assert_eq!(
            std::fs::read_to_string(out.join("dir/a.txt")).unwrap(),
            "top\n"
        );
        cp(&env, &["ctr:/tmp/dir", &p(&out.join("dir/a.txt"))])
            .berth_error()
            .stderr_contains("cannot overwrite non-directory");
        cp(
            &env,
            &["ctr:/newname", &format!("{}/", p(&out.join("absent")))],
        )
        .berth_error()
        .stderr_contains("no such directory");
        cp(&env, &["ctr:/newname", &p(&out.join("absent/x"))])
            .berth_error()
            .stderr_contains("no such file or directory");
        // Copied out files belong to the caller.
        let want = match env.mode() {
            Mode::User { uid, .. } => *uid,
            _ => 0,
        };
        assert_eq!(
            std::fs::metadata(out.join("dir/sub/b.txt")).unwrap().uid(),
            want
        );
        env.berth(&["rm", "-f", "ctr"]).success();
    }
}

#[test]
fn running_container_streams_and_owners() {
    for env in TestEnv::all_with_busybox() {
        let src = host_tree(&env);
        env.berth(&["run", "-d", "--name", "run1", "bb", "sleep", "1000"])
            .success();
        // Into a running container; owned by its root without -a.
        cp(&env, &[&p(&src.join("dir")), "run1:/tmp"]).success();
        assert_eq!(cat(&env, "run1", "/tmp/dir/a.txt"), "a\n");
        let owner = env
            .berth(&["exec", "run1", "stat", "-c", "%u:%g", "/tmp/dir/a.txt"])
            .success()
            .stdout();
        assert_eq!(owner.trim(), "0:0");
        if !env.is_rootless() {
            // -a keeps the ids, both ways (as root).
            let f = env.write_file("owned", "o\n");
            std::os::unix::fs::chown(&f, Some(1234), Some(99)).unwrap();
            cp(&env, &["-a", &p(&f), "run1:/owned"]).success();
            let owner = env
                .berth(&["exec", "run1", "stat", "-c", "%u:%g", "/owned"])
                .success()
                .stdout();
            assert_eq!(owner.trim(), "1234:99");
            let back = env.work().join("back-a");
            cp(&env, &["-a", "run1:/owned", &p(&back)]).success();
            let m = std::fs::metadata(&back).unwrap();
            assert_eq!((m.uid(), m.gid()), (1234, 99));
        }
        // A tar on stdout, named by the source's base name.
        let out = env.berth(&["cp", "run1:/tmp/dir", "-"]).success();
        let names = tar_names(&out.stdout);
        assert!(names.contains(&"dir/sub/b.txt".to_string()), "{names:?}");
        // A tar on stdin lands in the destination directory.
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_size(3);
        h.set_mode(0o644);
        b.append_data(&mut h, "streamed/x.txt", &b"in\n"[..])
            .unwrap();
        let data = b.into_inner().unwrap();
        env.berth(&["cp", "-", "run1:/tmp"])
            .stdin(data.clone())
            .success();
        assert_eq!(cat(&env, "run1", "/tmp/streamed/x.txt"), "in\n");
        env.berth(&["cp", "-", "run1:/tmp/dir/a.txt"])
            .stdin(data)
            .run()
            .berth_error()
            .stderr_contains("must be a directory");
        env.berth(&["rm", "-f", "run1"]).success();
    }
}

#[test]
fn bind_mounts_are_reached_running_and_stopped() {
    for env in TestEnv::all_with_busybox() {
        let src = host_tree(&env);
        let data = env.mkdir("data");
        let ro = env.mkdir("ro");
        let v = format!("{}:/data", p(&data));
        let vro = format!("{}:/ro:ro", p(&ro));
        env.berth(&[
            "create", "--name", "bnd", "-v", &v, "-v", &vro, "bb", "sleep", "1000",
        ])
        .success();
        // A created container's destinations exist only once it started; start it once.
        env.berth(&["start", "bnd"]).success();
        env.berth(&["stop", "-t", "0", "bnd"]).success();
        cp(&env, &[&p(&src.join("top.txt")), "bnd:/data/stopped.txt"]).success();
        assert_eq!(
            std::fs::read_to_string(data.join("stopped.txt")).unwrap(),
            "top\n"
        );
        cp(&env, &[&p(&src.join("top.txt")), "bnd:/ro/x"]).berth_error();
        env.berth(&["start", "bnd"]).success();
        cp(&env, &[&p(&src.join("top.txt")), "bnd:/data/running.txt"]).success();
        assert_eq!(
            std::fs::read_to_string(data.join("running.txt")).unwrap(),
            "top\n"
        );
        cp(&env, &[&p(&src.join("top.txt")), "bnd:/ro/x"]).berth_error();
        std::fs::write(data.join("from-host"), "host\n").unwrap();
        let out = env.work().join("from-bind");
        cp(&env, &["bnd:/data/from-host", &p(&out)]).success();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "host\n");
        env.berth(&["rm", "-f", "bnd"]).success();
    }
}

#[test]
fn other_storage_drivers_and_keep_id() {
    for env in TestEnv::all_with_busybox() {
        let src = host_tree(&env);
        for driver in ["copy", "fuse-overlayfs"] {
            if driver == "fuse-overlayfs" && !fuse_usable(&env) {
                continue;
            }
            let conf = format!("[storage]\ndriver = \"{driver}\"\n");
            std::fs::write(env.config_path(), conf).unwrap();
            env.berth(&["create", "--name", "cpy", "bb", "sleep", "1000"])
                .success();
            cp(&env, &[&p(&src.join("dir")), "cpy:/tmp"]).success();
            env.berth(&["start", "cpy"]).success();
            assert_eq!(cp_cat(&env, "cpy", "/tmp/dir/a.txt"), "a\n", "{driver}");
            cp(&env, &[&p(&src.join("top.txt")), "cpy:/tmp/t"]).success();
            assert_eq!(cp_cat(&env, "cpy", "/tmp/t"), "top\n", "{driver}");
            env.berth(&["stop", "-t", "0", "cpy"]).success();
            let out = env.work().join(format!("out-{driver}"));
            cp(&env, &["cpy:/tmp/dir", &p(&out)]).success();
            assert_eq!(std::fs::read_to_string(out.join("a.txt")).unwrap(), "a\n");
            env.berth(&["rm", "-f", "cpy"]).success();
        }
        std::fs::remove_file(env.config_path()).unwrap();
        if env.is_rootless() && require_userns_pool().is_some() {
            for userns in ["keep-id", "auto"] {
                let flag = format!("--userns={userns}");
                env.berth(&["create", "--name", "uns", &flag, "bb", "sleep", "1000"])
                    .success();
                cp(&env, &[&p(&src.join("dir")), "uns:/tmp"]).success();
                env.berth(&["start", "uns"]).success();
                cp(&env, &[&p(&src.join("top.txt")), "uns:/tmp/t"]).success();
                for f in ["/tmp/dir/a.txt", "/tmp/t"] {
                    let owner = env
                        .berth(&["exec", "uns", "stat", "-c", "%u:%g", f])
                        .success()
                        .stdout();
                    assert_eq!(owner.trim(), "0:0", "{userns} {f}");
                }
                let out = env.work().join(format!("out-{userns}"));
                cp(&env, &["uns:/tmp/t", &p(&out)]).success();
                assert_eq!(std::fs::read_to_string(&out).unwrap(), "top\n");
                env.berth(&["rm", "-f", "uns"]).success();
            }
        }
    }
}

/// fuse-overlayfs is installed and /dev/fuse open to the env's user (else skipped, or a
/// failure in CI).
fn fuse_usable(env: &TestEnv) -> bool {
    if !require_cmd("fuse-overlayfs") {
        return false;
    }
    use std::os::unix::fs::PermissionsExt;
    let open_to_all = std::fs::metadata("/dev/fuse")
        .map(|m| m.permissions().mode() & 0o006 == 0o006)
        .unwrap_or(false);
    open_to_all || !env.is_rootless() || !unmet("/dev/fuse is not open to unprivileged users")
}

/// Creates `name` on the host's `/` side of a test, to prove it was never written.
fn host_marker(tag: &str) -> String {
    format!("berth-cp-{tag}-{}", std::process::id())
}

#[test]
fn container_symlinks_stay_inside_the_container() {
    for env in TestEnv::all_with_busybox() {
        let src = host_tree(&env);
        let name = host_marker("link");
        env.berth(&[
            "run",
            "-d",
            "--name",
            "sym",
            "bb",
            "sh",
            "-c",
            "mkdir -p /tmp/in /secret && echo container > /secret/s && \
             ln -s / /tmp/root && ln -s /secret/s /tmp/abs && ln -s ../../../../.. /tmp/up && \
             ln -s /etc/shadow /tmp/shadow && exec sleep 1000",
        ])
        .success();
        std::thread::sleep(std::time::Duration::from_millis(300));
        // In through an absolute symlink, a relative one climbing out, and `..`.
        let f = p(&src.join("top.txt"));
        cp(&env, &[&f, &format!("sym:/tmp/root/{name}")]).success();
        cp(&env, &[&f, &format!("sym:/tmp/up/{name}-up")]).success();
        cp(&env, &[&f, &format!("sym:/../../../{name}-dots")]).success();
        for n in [name.clone(), format!("{name}-up"), format!("{name}-dots")] {
            assert!(!Path::new("/").join(&n).exists(), "{n} written on the host");
            assert_eq!(cat(&env, "sym", &format!("/{n}")), "top\n");
        }
        // Out: a symlink is copied as a link; -L follows it inside the container only.
        let out = env.mkdir("links");
        cp(&env, &["sym:/tmp/root", &p(&out.join("root"))]).success();
        assert_eq!(
            std::fs::read_link(out.join("root")).unwrap(),
            Path::new("/")
        );
        cp(&env, &["-L", "sym:/tmp/abs", &p(&out.join("abs"))]).success();
        assert_eq!(
            std::fs::read_to_string(out.join("abs")).unwrap(),
            "container\n"
        );
        cp(&env, &["-L", "sym:/tmp/shadow", &p(&out.join("shadow"))])
            .berth_error()
            .stderr_contains("no such file or directory");
        cp(&env, &["sym:/tmp/up/etc/../secret/s", &p(&out.join("sym"))]).success();
        assert_eq!(
            std::fs::read_to_string(out.join("sym")).unwrap(),
            "container\n"
        );
        env.berth(&["rm", "-f", "sym"]).success();
    }
}

#[test]
fn a_symlink_swapped_in_during_the_copy_stays_inside() {
    for env in TestEnv::all_with_busybox() {
        let src = host_tree(&env);
        // A host file under `/` that a copy out through the link would pick up.
        let marker = host_marker("race");
        let host_file = HostFile(Path::new("/").join(&marker));
        std::fs::write(&host_file.0, "host\n").unwrap();
        env.berth(&[
            "run",
            "-d",
            "--name",
            "race",
            "bb",
            "sh",
            "-c",
            "mkdir -p /race/d/sub && echo in > /race/d/sub/f && ln -s / /race/l && exec sleep 1000",
        ])
        .success();
        let pid = wait_pid(&env, "race");
        std::thread::sleep(std::time::Duration::from_millis(300));
        // The container (its root, through its own mount) keeps exchanging the directory
        // and the symlink to /.
        let base = PathBuf::from(format!("/proc/{pid}/root/race"));
        let stop = Arc::new(AtomicBool::new(false));
        let swapper = {
            let stop = stop.clone();
            let (d, l) = (base.join("d"), base.join("l"));
            std::thread::spawn(move || {
                let mut n = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    let _ = rustix::fs::renameat_with(
                        rustix::fs::CWD,
                        &d,
                        rustix::fs::CWD,
                        &l,
                        rustix::fs::RenameFlags::EXCHANGE,
                    );
                    n += 1;
                }
                n
            })
        };
        let name = host_marker("race-in");
        let out = env.mkdir("race-out");
        for i in 0..30 {
            let _ = cp(
                &env,
                &[
                    &p(&src.join("top.txt")),
                    &format!("race:/race/d/sub/{name}"),
                ],
            );
            let _ = cp(
                &env,
                &[&p(&src.join("top.txt")), &format!("race:/race/l/{name}")],
            );
            let dest = out.join(i.to_string());
            let _ = cp(&env, &["race:/race/d", &p(&dest)]);
            let _ = cp(&env, &["race:/race/l/.", &p(&out.join(format!("l{i}")))]);
        }
        stop.store(true, Ordering::Relaxed);
        let swaps = swapper.join().unwrap();
        assert!(swaps > 100, "the swapper hardly ran ({swaps})");
        drop(host_file);
        assert!(!Path::new("/sub").join(&name).exists());
        assert!(!Path::new("/").join(&name).exists());
        // Nothing copied out is the host's.
        let found = std::process::Command::new("grep")
            .args(["-rl", "^host$", &p(&out)])
            .output()
            .unwrap();
        assert!(
            found.stdout.is_empty(),
            "host file copied out: {}",
            String::from_utf8_lossy(&found.stdout)
        );
        for entry in walk(&out) {
            assert_ne!(entry.file_name().unwrap().to_string_lossy(), marker);
        }
        env.berth(&["rm", "-f", "race"]).success();
    }
}

/// A file on the host's `/`, removed however the test ends.
struct HostFile(PathBuf);

impl Drop for HostFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let path = e.path();
            if e.file_type().map(|t| t.is_dir()).unwrap_or(false) {
                out.extend(walk(&path));
            }
            out.push(path);
        }
    }
    out
}

/// A tar of entries with raw names (bypassing the tar crate's checks).
/// Name, type, link target, content.
type RawEntry<'a> = (&'a [u8], tar::EntryType, &'a [u8], &'a [u8]);

fn raw_tar(entries: &[RawEntry<'_>]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (name, kind, link, data) in entries {
        let mut h = tar::Header::new_old();
        h.as_old_mut().name[..name.len()].copy_from_slice(name);
        h.set_entry_type(*kind);
        h.as_old_mut().linkname[..link.len()].copy_from_slice(link);
        h.set_mode(0o644);
        h.set_size(data.len() as u64);
        h.set_cksum();
        b.append(&h, *data).unwrap();
    }
    b.into_inner().unwrap()
}

#[test]
fn hostile_tar_on_stdin_is_refused_or_kept_inside() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&["create", "--name", "tarc", "bb", "sleep", "1000"])
            .success();
        let name = host_marker("tar");
        let dots = format!("../../../../{name}");
        env.berth(&["cp", "-", "tarc:/tmp"])
            .stdin(raw_tar(&[(
                dots.as_bytes(),
                tar::EntryType::Regular,
                b"",
                b"race",
            )]))
            .run()
            .berth_error()
            .stderr_contains("..");
        let abs = format!("/{name}");
        env.berth(&["cp", "-", "tarc:/tmp"])
            .stdin(raw_tar(&[(
                abs.as_bytes(),
                tar::EntryType::Regular,
                b"",
                b"race",
            )]))
            .run()
            .berth_error();
        // A symlink to / and then a file through it: inside the destination, never the host.
        let through = format!("ln/{name}");
        env.berth(&["cp", "-", "tarc:/tmp"])
            .stdin(raw_tar(&[
                (b"ln", tar::EntryType::Symlink, b"/", b""),
                (through.as_bytes(), tar::EntryType::Regular, b"", b"race"),
            ]))
            .run();
        // A hard link to a host file.
        env.berth(&["cp", "-", "tarc:/tmp"])
            .stdin(raw_tar(&[(
                b"hl",
                tar::EntryType::Link,
                b"../../../../etc/passwd",
                b"",
            )]))
            .run()
            .berth_error();
        assert!(!Path::new("/").join(&name).exists());
        env.berth(&["rm", "-f", "tarc"]).success();
    }
}

#[test]
fn nothing_from_the_container_is_loaded_or_run() {
    for env in TestEnv::all_with_busybox() {
        let src = host_tree(&env);
        // An image whose NSS config names a module and whose tar/sh would leave a mark.
        env.berth(&[
            "run",
            "--name",
            "nss",
            "bb",
            "sh",
            "-c",
            "echo 'passwd: evil' > /etc/nsswitch.conf; echo 'group: evil' >> /etc/nsswitch.conf; \
             mkdir -p /lib /usr/lib; echo garbage > /lib/libnss_evil.so.2; \
             cp /lib/libnss_evil.so.2 /usr/lib/libnss_evil.so.2; \
             printf '#!/bin/sh\\ntouch /pwned\\n' > /tar; chmod +x /tar; \
             rm /bin/sh.keep 2>/dev/null; true",
        ])
        .success();
        cp(&env, &["-a", &p(&src.join("dir")), "nss:/tmp"]).success();
        cp(&env, &["-a", "nss:/etc", &p(&env.work().join("etc-out"))]).success();
        cp(&env, &["nss:/pwned", &p(&env.work().join("pwned"))])
            .berth_error()
            .stderr_contains("no such file or directory");
        env.berth(&["rm", "-f", "nss"]).success();
    }
}
