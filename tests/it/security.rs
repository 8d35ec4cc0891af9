//! Secure defaults, checked from inside containers (/proc/self/status, mountinfo, syscalls
//! that must fail), as root and rootless; the options that relax or tighten them; and the
//! refusal of bad security input.

use crate::common;

use std::path::Path;

use common::*;

/// Run `script` in a fresh container with `flags`; returns stdout.
fn sh(env: &TestEnv, flags: &[&str], script: &str) -> String {
    let mut args = vec!["run", "--rm"];
    args.extend_from_slice(flags);
    args.extend_from_slice(&["bb", "sh", "-c", script]);
    env.berth(&args).success().stdout()
}

/// The 14 default capabilities as /proc/self/status shows them.
const DEFAULT_CAPS: &str = "00000000a80425fb";

#[test]
fn defaults_seen_from_inside() {
    for env in TestEnv::all_with_busybox() {
        let st = sh(&env, &[], "cat /proc/self/status");
        for key in ["CapEff", "CapPrm", "CapBnd"] {
            assert_eq!(
                status_field(&st, key),
                DEFAULT_CAPS,
                "{key} {}",
                env.label()
            );
        }
        assert_eq!(status_field(&st, "CapInh"), "0000000000000000");
        assert_eq!(status_field(&st, "CapAmb"), "0000000000000000");
        assert_eq!(status_field(&st, "NoNewPrivs"), "1", "{}", env.label());
        assert_eq!(status_field(&st, "Seccomp"), "2", "{}", env.label());

        // Blocked syscalls fail with EPERM: namespaces, mounts.
        let out = sh(
            &env,
            &[],
            "unshare -U true 2>&1; echo rc=$?; unshare -n true 2>&1; echo rc=$?; \
             mount -t tmpfs none /mnt 2>&1; echo rc=$?",
        );
        assert!(
            out.matches("Operation not permitted").count() >= 2,
            "{} {out}",
            env.label()
        );
        assert!(!out.contains("rc=0"), "{} {out}", env.label());

        // A user other than root holds no capability.
        let st = sh(&env, &["-u", "1000"], "cat /proc/self/status");
        assert_eq!(status_field(&st, "CapEff"), "0000000000000000");
        assert_eq!(status_field(&st, "CapBnd"), DEFAULT_CAPS);
    }
}

#[test]
fn masked_and_read_only_paths() {
    for env in TestEnv::all_with_busybox() {
        let out = sh(
            &env,
            &[],
            "wc -c < /proc/keys; wc -c < /proc/timer_list; ls /sys/firmware | wc -l; \
             echo 1 > /proc/sys/kernel/sysrq 2>/dev/null && echo wrote-sysrq; \
             echo 1 > /proc/sysrq-trigger 2>/dev/null && echo wrote-trigger; \
             touch /sys/berth-probe 2>/dev/null && echo wrote-sys; \
             cat /proc/self/mountinfo",
        );
        let mut lines = out.lines();
        assert_eq!(lines.next(), Some("0"), "/proc/keys {}\n{out}", env.label());
        assert_eq!(lines.next(), Some("0"), "/proc/timer_list\n{out}");
        assert_eq!(lines.next(), Some("0"), "/sys/firmware\n{out}");
        assert!(!out.contains("wrote-"), "{} {out}", env.label());
        let ro = |mnt: &str| {
            out.lines().any(|l| {
                let f: Vec<&str> = l.split(' ').collect();
                f.get(4) == Some(&mnt) && f.get(5).is_some_and(|o| o.split(',').any(|x| x == "ro"))
            })
        };
        for mnt in [
            "/proc/sys",
            "/proc/sysrq-trigger",
            "/proc/irq",
            "/proc/bus",
            "/sys",
        ] {
            // Paths this kernel does not have (no magic sysrq) are not made.
            if Path::new(mnt).exists() {
                assert!(ro(mnt), "{mnt} is not read-only ({})\n{out}", env.label());
            }
        }
    }
}

/// Regression (issue 12, hole 4): the masks follow docker's current list, /proc/interrupts
/// among them; `--security-opt unmask=PATH[:PATH]` lifts some, `unmask=ALL` every mask
/// and read-only path, and `mask=PATH[:PATH]` adds some (after the volumes are mounted).
#[test]
fn masks_follow_the_current_list_and_security_opts() {
    for env in TestEnv::all_with_busybox() {
        let what = env.label();
        let out = sh(&env, &[], "wc -c < /proc/interrupts");
        assert_eq!(out.trim(), "0", "/proc/interrupts is masked ({what})");

        let out = sh(
            &env,
            &["--security-opt", "unmask=/proc/interrupts:/proc/sys"],
            "wc -c < /proc/interrupts; wc -c < /proc/keys; cat /proc/self/mountinfo",
        );
        let mut lines = out.lines();
        let interrupts: u64 = lines.next().unwrap().trim().parse().unwrap();
        assert!(
            interrupts > 0,
            "unmasked /proc/interrupts is read ({what})\n{out}"
        );
        assert_eq!(lines.next(), Some("0"), "/proc/keys stays masked ({what})");
        assert!(
            !out.contains(" /proc/sys "),
            "/proc/sys unmasked ({what})\n{out}"
        );
        assert!(
            out.contains(" /proc/irq "),
            "/proc/irq still read-only ({what})\n{out}"
        );

        let out = sh(
            &env,
            &["--security-opt", "unmask=ALL"],
            "cat /proc/self/mountinfo",
        );
        for path in [
            " /proc/keys ",
            " /proc/interrupts ",
            " /proc/sys ",
            " /sys/firmware ",
        ] {
            assert!(
                !out.contains(path),
                "{path} after unmask=ALL ({what})\n{out}"
            );
        }

        let data = env.mkdir("masked-volume");
        std::fs::write(data.join("secret"), "s").unwrap();
        env.chown_to_user(&data);
        let vol = format!("{}:/data", data.display());
        let out = sh(
            &env,
            &["-v", &vol, "--security-opt", "mask=/data:/proc/cpuinfo"],
            "ls -A /data | wc -l; wc -c < /proc/cpuinfo; echo x > /data/new; echo rc=$?",
        );
        let mut lines = out.lines();
        assert_eq!(lines.next(), Some("0"), "/data is masked ({what})\n{out}");
        assert_eq!(
            lines.next(),
            Some("0"),
            "/proc/cpuinfo is masked ({what})\n{out}"
        );
        assert!(
            !out.contains("rc=0"),
            "a masked directory is read-only ({what})\n{out}"
        );

        for bad in ["mask=relative/path", "unmask=", "mask=/a/../proc"] {
            env.berth(&["run", "--rm", "--security-opt", bad, "bb", "true"])
                .failure_code(125)
                .berth_error()
                .stderr_contains("--security-opt");
        }
    }
}

#[test]
fn capability_flags() {
    for env in TestEnv::all_with_busybox() {
        let st = sh(&env, &["--cap-drop", "ALL"], "cat /proc/self/status");
        assert_eq!(status_field(&st, "CapEff"), "0000000000000000");
        assert_eq!(status_field(&st, "CapBnd"), "0000000000000000");
        let st = sh(
            &env,
            &["--cap-drop", "chown", "--cap-add", "NET_ADMIN"],
            "cat /proc/self/status",
        );
        let eff = u64::from_str_radix(&status_field(&st, "CapEff"), 16).unwrap();
        assert_eq!(eff & 1, 0, "CAP_CHOWN dropped");
        assert_ne!(eff & (1 << 12), 0, "CAP_NET_ADMIN added");
        // chown is refused without CAP_CHOWN.
        let out = sh(
            &env,
            &["--cap-drop", "CHOWN"],
            "touch /tmp/f; chown 1:1 /tmp/f 2>&1; echo rc=$?",
        );
        assert!(out.contains("rc=1"), "{out}");
        // A non-root user gets added capabilities as ambient ones.
        let st = sh(
            &env,
            &["-u", "1000", "--cap-add", "NET_BIND_SERVICE"],
            "cat /proc/self/status",
        );
        assert_eq!(status_field(&st, "CapAmb"), "0000000000000400");
        assert_eq!(status_field(&st, "CapEff"), "0000000000000400");
    }
}

#[test]
fn security_opts_and_privileged() {
    for env in TestEnv::all_with_busybox() {
        let st = sh(
            &env,
            &["--security-opt", "seccomp=unconfined"],
            "cat /proc/self/status",
        );
        assert_eq!(status_field(&st, "Seccomp"), "0");
        let st = sh(
            &env,
            &["--security-opt", "no-new-privileges=false"],
            "cat /proc/self/status",
        );
        assert_eq!(status_field(&st, "NoNewPrivs"), "0");
        assert_eq!(status_field(&st, "Seccomp"), "2", "still filtered");

        // A profile in docker's format: everything allowed but mkdir.
        let profile = env.write_file(
            "no-mkdir.json",
            r#"{"defaultAction":"SCMP_ACT_ALLOW",
                "syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO",
                             "errnoRet":13}]}"#,
        );
        let opt = format!("seccomp={}", profile.display());
        let out = sh(
            &env,
            &["--security-opt", &opt],
            "mkdir /tmp/x 2>&1; echo rc=$?; unshare -n true 2>&1; echo rc=$?",
        );
        assert!(out.contains("Permission denied"), "errnoRet 13 {out}");

        let out = sh(
            &env,
            &["--privileged"],
            "grep -E 'CapEff|Seccomp:' /proc/self/status; cat /proc/self/mountinfo",
        );
        assert!(!out.contains(&format!("CapEff:\t{DEFAULT_CAPS}")), "{out}");
        assert!(out.contains("Seccomp:\t0"), "{out}");
        for path in [" /proc/keys ", " /proc/sys ", " /proc/timer_list "] {
            assert!(!out.contains(path), "{path} masked when privileged\n{out}");
        }
    }
}

#[test]
fn ulimits_and_sysctls() {
    for env in TestEnv::all_with_busybox() {
        // Lowering works everywhere (raising above the hard limit needs CAP_SYS_RESOURCE).
        let out = sh(
            &env,
            &["--ulimit", "nofile=100:200"],
            "ulimit -n; ulimit -Hn",
        );
        assert_eq!(
            out.lines().collect::<Vec<_>>(),
            ["100", "200"],
            "{}",
            env.label()
        );
        let out = sh(
            &env,
            &[
                "--sysctl",
                "kernel.shmmax=123456789",
                "--sysctl",
                "net.ipv4.ip_forward=1",
            ],
            "cat /proc/sys/kernel/shmmax /proc/sys/net/ipv4/ip_forward",
        );
        assert_eq!(
            out.lines().collect::<Vec<_>>(),
            ["123456789", "1"],
            "{}",
            env.label()
        );
    }
}

#[test]
fn device_flag_adds_a_node() {
    for env in TestEnv::all_with_busybox() {
        let out = sh(
            &env,
            &["--device", "/dev/zero:/dev/myzero"],
            "ls -l /dev/myzero; head -c 4 /dev/myzero | wc -c",
        );
        assert!(out.starts_with('c'), "{} {out}", env.label());
        assert!(out.contains("1,") && out.trim_end().ends_with('4'), "{out}");
    }
}

#[test]
fn nothing_of_the_host_is_reachable() {
    for env in TestEnv::all_with_busybox() {
        // Only stdio is open in the container's init, and no process of the runner is
        // visible (its /proc/<pid>/exe would lead to the berth binary).
        let out = sh(
            &env,
            &[],
            "ls /proc/1/fd; for p in /proc/[0-9]*; do readlink $p/exe; done",
        );
        let fds: Vec<&str> = out.lines().take_while(|l| l.len() == 1).collect();
        assert_eq!(fds, ["0", "1", "2"], "{} {out}", env.label());
        assert!(!out.contains("berth"), "{} {out}", env.label());
        // A working directory or command naming an inherited fd finds nothing.
        env.berth(&["run", "--rm", "-w", "/proc/self/fd/5", "bb", "pwd"])
            .run()
            .berth_error();
        env.berth(&["run", "--rm", "bb", "/proc/self/fd/5"])
            .failure_code(127);
    }
}

/// The busybox image plus symlinks pointing out of the root filesystem.
fn image_with_links(links: &[(&str, &Path)]) -> Vec<u8> {
    let entries: Vec<(&str, ImageEntry)> = links
        .iter()
        .map(|(l, t)| (*l, ImageEntry::Link(t.to_str().unwrap())))
        .collect();
    busybox_with(&entries)
}

#[test]
fn symlinks_in_the_image_cannot_redirect_mounts_to_the_host() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        let proc_target = env.work().join("escaped-proc");
        let data_target = env.work().join("escaped-data");
        let etc_target = env.work().join("escaped-hosts");
        std::fs::write(&etc_target, "host file\n").unwrap();
        let tar = image_with_links(&[
            ("proc", &proc_target),
            ("data", &data_target),
            ("etc/hosts", &etc_target),
        ]);
        let tar_path = env.write_file("evil.tar", tar);
        env.berth(&["import", tar_path.to_str().unwrap(), "evil"])
            .success();
        let vol = env.mkdir("vol");
        std::fs::write(vol.join("payload"), "x").unwrap();
        let spec = format!("{}:/data", vol.display());
        // Whether the run succeeds or refuses, nothing may land on the host paths.
        let out = env
            .berth(&[
                "run",
                "--rm",
                "-v",
                &spec,
                "evil",
                "sh",
                "-c",
                "ls /data; head -1 /proc/self/status",
            ])
            .run();
        assert!(
            !proc_target.exists(),
            "proc followed out of the root\n{out}"
        );
        assert!(
            !data_target.exists(),
            "a bind mount followed out of the root\n{out}"
        );
        assert_eq!(
            std::fs::read_to_string(&etc_target).unwrap(),
            "host file\n",
            "/etc/hosts followed out of the root\n{out}"
        );
        assert!(
            mounts_under(env.work().as_path()).is_empty(),
            "a mount landed on the host: {:?}\n{out}",
            mounts_under(env.work().as_path())
        );
    }
}

#[test]
fn bad_security_input_fails_with_one_line() {
    let envs = TestEnv::all_with_busybox();
    let Some(env) = envs.first() else { return };
    let bad_json = env.write_file("bad.json", "{\"defaultAction\": ");
    let bad_action = env.write_file("bad-action.json", r#"{"defaultAction":"SCMP_ACT_BOOM"}"#);
    let bad_json_opt = format!("seccomp={}", bad_json.display());
    let bad_action_opt = format!("seccomp={}", bad_action.display());
    for flags in [
        &["--cap-add", "CAP_NOT_A_THING"][..],
        &["--cap-drop", "bogus"],
        &["--security-opt", &bad_json_opt],
        &["--security-opt", &bad_action_opt],
        &["--security-opt", "seccomp=/nonexistent/profile.json"],
        &["--security-opt", "label=disable:maybe"],
        &["--sysctl", "kernel.panic=1"],
        &["--sysctl", "vm.swappiness=1"],
        &["--network", "host", "--sysctl", "net.ipv4.ip_forward=1"],
        &["--device", "/dev/berth-no-such-device"],
        &["--ulimit", "nofile=abc"],
        &["--ulimit", "bogus=1"],
    ] {
        let mut args = vec!["run", "--rm"];
        args.extend_from_slice(flags);
        args.extend_from_slice(&["bb", "true"]);
        env.berth(&args).run().berth_error();
    }
    let ps = env.berth(&["ps", "-a", "-q"]).success();
    assert_eq!(ps.stdout().trim(), "", "a refused run left a container");
}

/// Error lines quote hostile text (tar paths, image names) with its control characters
/// escaped, so an image cannot rewrite the user's terminal through berth's messages.
#[test]
fn error_lines_escape_terminal_control_sequences() {
    if !require_busybox() {
        return;
    }
    let env = TestEnv::new();
    // A symlink without a target, named to clear the screen and retitle the terminal.
    let hostile = "evil\u{1b}]0;pwned\u{7}\u{1b}[2J\rX";
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(tar::EntryType::Symlink);
    h.set_mode(0o777);
    h.set_size(0);
    h.set_path(hostile).unwrap();
    h.set_cksum();
    let mut b = tar::Builder::new(Vec::new());
    b.append(&h, std::io::empty()).unwrap();
    let tar = env.write_file("hostile.tar", b.into_inner().unwrap());
    let out = env
        .berth(&[std::ffi::OsStr::new("import"), tar.as_os_str()])
        .run()
        .berth_error();
    let raw = out.stderr();
    assert!(
        !raw.contains(['\u{1b}', '\u{7}', '\r']),
        "raw control bytes reached the terminal: {raw:?}"
    );
    assert!(
        raw.contains("evil\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\rX"),
        "the path is not shown escaped: {raw:?}"
    );
    // An image name typed (or pasted) with escape sequences in it.
    let out = env
        .berth(&["run", "--rm", "no-such\u{1b}[31m-image", "true"])
        .run();
    assert_ne!(out.code(), Some(0), "{out}");
    assert!(!out.stderr().contains('\u{1b}'), "{:?}", out.stderr());
}

/// The hard limit of open files this test process runs with (berth inherits it).
fn own_hard_nofile() -> u64 {
    let limits = std::fs::read_to_string("/proc/self/limits").unwrap();
    let line = limits
        .lines()
        .find(|l| l.starts_with("Max open files"))
        .unwrap();
    line.split_whitespace().nth(4).unwrap().parse().unwrap()
}

/// Whether this process holds CAP_SYS_RESOURCE (then root may raise hard limits).
fn has_sys_resource() -> bool {
    let st = std::fs::read_to_string("/proc/self/status").unwrap();
    let eff = u64::from_str_radix(&status_field(&st, "CapEff"), 16).unwrap();
    eff & (1 << 24) != 0
}

#[test]
fn ulimits_below_the_hard_limit_hold_and_above_it_fail_once() {
    let hard = own_hard_nofile();
    for env in TestEnv::all_with_busybox() {
        let inside = sh(
            &env,
            &["--ulimit", &format!("nofile=50:{hard}")],
            "cat /proc/self/limits",
        );
        let line = inside
            .lines()
            .find(|l| l.starts_with("Max open files"))
            .unwrap_or_else(|| panic!("{} {inside}", env.label()));
        let fields: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(
            fields[3..5],
            ["50".to_string(), hard.to_string()],
            "{} {line}",
            env.label()
        );

        let above = format!("nofile={}", hard + 1);
        if !env.is_rootless() && has_sys_resource() {
            // Root with CAP_SYS_RESOURCE may raise it, and the container gets it.
            let inside = sh(&env, &["--ulimit", &above], "ulimit -Hn");
            assert_eq!(inside.trim(), (hard + 1).to_string(), "{}", env.label());
            continue;
        }
        for cmd in ["run", "create"] {
            let out = env
                .berth(&[cmd, "--ulimit", &above, "bb", "true"])
                .run()
                .berth_error();
            assert!(
                out.stderr().contains("CAP_SYS_RESOURCE"),
                "{} {out}",
                env.label()
            );
        }
        let ps = env.berth(&["ps", "-a", "-q"]).success();
        assert_eq!(ps.stdout().trim(), "", "a refused {above} left a container");
    }
}

/// `--privileged` gives the container the host's device nodes (as far as a rootless
/// user may bind them); without it only the standard set exists.
#[test]
fn privileged_sees_the_host_devices() {
    let host: Vec<&str> = ["/dev/kmsg", "/dev/loop-control"]
        .into_iter()
        .filter(|d| Path::new(d).exists())
        .collect();
    if host.is_empty() {
        unmet("the host has neither /dev/kmsg nor /dev/loop-control");
        return;
    }
    let script = host
        .iter()
        .map(|d| format!("test -c {d} && echo {d}"))
        .collect::<Vec<_>>()
        .join("; ");
    let script = format!("{script}; true");
    for env in TestEnv::all_with_busybox() {
        let seen = sh(&env, &["--privileged"], &script);
        assert_eq!(seen.lines().collect::<Vec<_>>(), host, "{}", env.label());
        let seen = sh(&env, &[], &script);
        assert_eq!(seen.trim(), "", "{} without --privileged", env.label());
        // The container's own pts, not the host's, and no host console.
        let out = sh(
            &env,
            &["--privileged"],
            "test -e /dev/console && echo console; ls /dev/pts",
        );
        assert!(!out.contains("console"), "{} {out}", env.label());
        assert_eq!(out.trim(), "ptmx", "{} {out}", env.label());
    }
}

/// The syscall probe (tests/probes/syscall.rs), built once as a static binary.
fn syscall_probe() -> &'static Path {
    static PROBE: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    PROBE.get_or_init(|| {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("syscall-probe");
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/probes/syscall.rs");
        let status = std::process::Command::new(std::env::var("RUSTC").unwrap_or("rustc".into()))
            .args([
                "--edition",
                "2024",
                "-C",
                "target-feature=+crt-static",
                "-C",
                "opt-level=1",
                "-o",
            ])
            .arg(&out)
            .arg(&src)
            .status()
            .expect("running rustc for the syscall probe");
        assert!(status.success(), "building the syscall probe");
        out
    })
}

/// Run the probe for each `(syscall, args)` in one container with `flags`; one line each.
fn probe(env: &TestEnv, flags: &[&str], calls: &[(i64, &[u64])]) -> Vec<String> {
    let exe = env.write_file("probe", std::fs::read(syscall_probe()).unwrap());
    std::fs::set_permissions(&exe, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let script: Vec<String> = calls
        .iter()
        .map(|(nr, args)| {
            let args: Vec<String> = args.iter().map(|a| format!("{a:#x}")).collect();
            format!("/probe {nr} {}", args.join(" "))
        })
        .collect();
    let volume = format!("{}:/probe:ro", exe.display());
    let mut all = vec!["-v", &volume];
    all.extend_from_slice(flags);
    let out = sh(env, &all, &script.join("; "));
    let lines: Vec<String> = out.lines().map(str::to_string).collect();
    assert_eq!(lines.len(), calls.len(), "{} {out}", env.label());
    lines
}

fn errno(e: i32) -> String {
    format!("errno {e}")
}

/// berth's own seccomp program, probed with real syscalls: what the default profile allows
/// works, what it refuses fails with EPERM (io_uring among them), clone3 with ENOSYS.
#[test]
fn default_seccomp_profile_probed_from_inside() {
    for env in TestEnv::all_with_busybox() {
        let calls: &[(i64, &[u64])] = &[
            (libc::SYS_getpid, &[]),
            (libc::SYS_personality, &[0xffff_ffff]),
            (
                libc::SYS_socket,
                &[libc::AF_UNIX as u64, libc::SOCK_STREAM as u64],
            ),
            (libc::SYS_io_uring_setup, &[1, 0]),
            (libc::SYS_io_uring_enter, &[0, 0, 0, 0, 0]),
            (libc::SYS_io_uring_register, &[0, 0, 0, 0]),
            (libc::SYS_clone3, &[0, 0]),
            (libc::SYS_keyctl, &[0]),
            (libc::SYS_personality, &[0x40000]),
            (libc::SYS_socket, &[40, libc::SOCK_STREAM as u64]),
            (libc::SYS_unshare, &[libc::CLONE_NEWUSER as u64]),
            (
                libc::SYS_clone,
                &[(libc::CLONE_NEWUSER | libc::SIGCHLD) as u64],
            ),
            (1000, &[]),
        ];
        let got = probe(&env, &[], calls);
        let want = [
            "ok".to_string(),
            "ok".into(),
            "ok".into(),
            errno(libc::EPERM),
            errno(libc::EPERM),
            errno(libc::EPERM),
            errno(libc::ENOSYS),
            errno(libc::EPERM),
            errno(libc::EPERM),
            errno(libc::EPERM),
            errno(libc::EPERM),
            errno(libc::EPERM),
            errno(libc::EPERM),
        ];
        assert_eq!(got, want, "{}", env.label());

        // Without a filter the same calls reach the kernel: io_uring_setup faults on its
        // null parameters, clone3 finds its arguments invalid, syscall 1000 does not exist.
        let got = probe(
            &env,
            &["--security-opt", "seccomp=unconfined"],
            &[
                (libc::SYS_io_uring_setup, &[1, 0]),
                (libc::SYS_clone3, &[0, 0]),
                (1000, &[]),
            ],
        );
        assert_ne!(got[0], errno(libc::EPERM), "{}", env.label());
        assert_eq!(got[1], errno(libc::EINVAL), "{}", env.label());
        assert_eq!(got[2], errno(libc::ENOSYS), "{}", env.label());
    }
}

/// A profile in docker's format: per-rule errno, argument conditions, a default action
/// that allows; and berth's default profile itself, changed to allow io_uring.
#[test]
fn seccomp_profile_file_is_honoured() {
    for env in TestEnv::all_with_busybox() {
        let profile = env.write_file(
            "custom.json",
            r#"{"defaultAction":"SCMP_ACT_ALLOW",
                "syscalls":[
                  {"names":["getppid"],"action":"SCMP_ACT_ERRNO","errnoRet":42},
                  {"names":["personality"],"action":"SCMP_ACT_ERRNO","errnoRet":33,
                   "args":[{"index":0,"value":8,"op":"SCMP_CMP_EQ"}]},
                  {"names":["getpriority"],"action":"SCMP_ACT_ERRNO","errnoRet":34,
                   "args":[{"index":0,"value":1,"op":"SCMP_CMP_GE"},
                           {"index":1,"value":4294967296,"op":"SCMP_CMP_LT"}]}]}"#,
        );
        let opt = format!("seccomp={}", profile.display());
        let got = probe(
            &env,
            &["--security-opt", &opt],
            &[
                (libc::SYS_getppid, &[]),
                (libc::SYS_personality, &[8]),
                (libc::SYS_personality, &[0xffff_ffff]),
                (libc::SYS_getpriority, &[1, 0]),
                (libc::SYS_getpriority, &[1, 1 << 32]),
                (libc::SYS_getpriority, &[0, 0]),
                (libc::SYS_io_uring_setup, &[1, 0]),
            ],
        );
        assert_eq!(got[0], errno(42), "{}", env.label());
        assert_eq!(got[1], errno(33), "{}", env.label());
        assert_eq!(got[2], "ok", "{}", env.label());
        assert_eq!(got[3], errno(34), "{}", env.label());
        assert_eq!(got[4], "ok", "{}", env.label());
        assert_eq!(got[5], "ok", "{}", env.label());
        assert_ne!(got[6], errno(libc::EPERM), "default allow: {}", env.label());

        let default = include_str!("../../src/sandbox/seccomp/default.json");
        let with_uring = default.replacen(
            "\"names\": [\n        \"accept\",",
            "\"names\": [\n        \"io_uring_setup\",\n        \"accept\",",
            1,
        );
        assert_ne!(with_uring, default);
        let file = env.write_file("with-uring.json", with_uring);
        let opt = format!("seccomp={}", file.display());
        let got = probe(
            &env,
            &["--security-opt", &opt],
            &[
                (libc::SYS_io_uring_setup, &[1, 0]),
                (libc::SYS_keyctl, &[0]),
            ],
        );
        assert_ne!(got[0], errno(libc::EPERM), "{}", env.label());
        assert_eq!(got[1], errno(libc::EPERM), "{}", env.label());
    }
}
