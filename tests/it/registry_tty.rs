//! Pull and push progress as a user sees it: bars (bytes, speed, ETA) when stderr is a
//! terminal (a pty the test owns, as a terminal emulator would), plain lines when it is a
//! pipe, nothing with -q. A slow relay in front of the real registry keeps the transfers
//! long enough for the bars to be drawn.

use crate::common;

use std::os::fd::{AsFd, OwnedFd};
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::registry::{Registry, SlowRelay, require_registry_tools};
use common::*;
use nix::pty::{Winsize, openpty};

/// berth running with stderr (and optionally stdin) on a pty of the test's own.
struct Term {
    master: OwnedFd,
    slave: OwnedFd,
    child: std::process::Child,
    seen: Vec<u8>,
    what: String,
}

impl Term {
    /// Start berth on a pty with TERM=xterm.
    fn start(env: &TestEnv, args: &[&str], stdin_too: bool) -> Term {
        Term::start_with(env, args, stdin_too, Some("xterm"))
    }

    fn start_with(env: &TestEnv, args: &[&str], stdin_too: bool, term: Option<&str>) -> Term {
        let size = Winsize {
            ws_row: 24,
            ws_col: 120,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        let pty = openpty(Some(&size), None).unwrap();
        let (master, slave) = (pty.master, pty.slave);
        if let Mode::User { uid, .. } = env.mode() {
            nix::unistd::fchown(&slave, Some(nix::unistd::Uid::from_raw(*uid)), None).unwrap();
        }
        let mut berth = env.berth(args);
        if let Some(t) = term {
            berth = berth.env("TERM", t);
        }
        let mut cmd = berth.command();
        cmd.stdin(if stdin_too {
            Stdio::from(slave.try_clone().unwrap())
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::from(slave.try_clone().unwrap()));
        let child = cmd.spawn().unwrap();
        Term {
            master,
            slave,
            child,
            seen: Vec::new(),
            what: format!("{}: berth {args:?}", env.label()),
        }
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.seen).into_owned()
    }

    /// Read until the terminal showed `needle`.
    fn wait_for(&mut self, needle: &str) {
        let end = Instant::now() + Duration::from_secs(60);
        while !self.text().contains(needle) {
            assert!(
                Instant::now() < end,
                "{}: no {needle:?} in:\n{}",
                self.what,
                self.text()
            );
            drain(&self.master, &mut self.seen, 20);
        }
    }

    fn type_line(&self, text: &str) {
        nix::unistd::write(&self.master, format!("{text}\n").as_bytes()).unwrap();
    }

    /// Wait for the exit; returns the status, stdout and what the terminal showed.
    fn finish(mut self) -> (std::process::ExitStatus, String, String) {
        let end = Instant::now() + Duration::from_secs(120);
        loop {
            drain(&self.master, &mut self.seen, 20);
            if self.child.try_wait().unwrap().is_some() {
                break;
            }
            assert!(Instant::now() < end, "{} hangs", self.what);
        }
        drain(&self.master, &mut self.seen, 100);
        let tty = self.text();
        let out = self.child.wait_with_output().unwrap();
        (
            out.status,
            String::from_utf8_lossy(&out.stdout).into_owned(),
            tty,
        )
    }
}

/// Run berth with stderr on a fresh pty; returns the status and what the terminal showed.
fn on_terminal(env: &TestEnv, args: &[&str]) -> (std::process::ExitStatus, String) {
    let (status, _, tty) = Term::start(env, args, false).finish();
    (status, tty)
}

/// Read what the pty master has, waiting up to `ms` for it.
fn drain(master: &OwnedFd, seen: &mut Vec<u8>, ms: u16) {
    loop {
        let mut fds = [nix::poll::PollFd::new(
            master.as_fd(),
            nix::poll::PollFlags::POLLIN,
        )];
        if nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(ms)).unwrap_or(0) == 0 {
            return;
        }
        let mut buf = [0u8; 4096];
        match nix::unistd::read(master, &mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => seen.extend_from_slice(&buf[..n]),
        }
    }
}

fn echo_on(fd: &OwnedFd) -> bool {
    nix::sys::termios::tcgetattr(fd)
        .unwrap()
        .local_flags
        .contains(nix::sys::termios::LocalFlags::ECHO)
}

fn short(digest: &str) -> &str {
    &digest["sha256:".len().."sha256:".len() + 12]
}

#[test]
fn bars_on_a_terminal_lines_on_a_pipe_silence_with_q() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = Registry::plain();
    // About 1.6 MB/s each way: the ~1 MB layer takes a visible moment.
    let relay = SlowRelay::new(&reg.host, 16 << 10);
    for env in TestEnv::all() {
        env.import_busybox("bb:1");
        std::fs::write(
            env.config_path(),
            format!("[registries]\ninsecure = [\"{}\"]\n", relay.host),
        )
        .unwrap();
        let label = env.label();
        // Push: one upload, drawn as a bar, then its line.
        let dest = format!("{}/pushed/bb:1", relay.host);
        let (st, tty) = on_terminal(&env, &["push", "bb:1", &dest]);
        assert!(st.success(), "{label}: push failed:\n{tty}");
        for want in ["Pushing", "ETA", "\x1b[", "Pushed", "1: digest: sha256:"] {
            assert!(tty.contains(want), "{label}: no {want:?} in:\n{tty}");
        }
        let manifest: serde_json::Value =
            serde_json::from_str(&reg.skopeo_inspect("pushed/bb:1", true)).unwrap();
        let layer = manifest["layers"][0]["digest"].as_str().unwrap().to_owned();
        assert!(tty.contains(short(&layer)), "{label}: no layer in:\n{tty}");
        // Pull into a fresh store: a bar while the layer arrives.
        let fresh = common::registry::fresh_like(&env);
        std::fs::copy(env.config_path(), fresh.config_path()).unwrap();
        let (st, tty) = on_terminal(&fresh, &["pull", &dest]);
        assert!(st.success(), "{label}: pull failed:\n{tty}");
        for want in [
            short(&layer),
            "ETA",
            "\x1b[",
            "Pull complete",
            "Digest: sha256:",
        ] {
            assert!(tty.contains(want), "{label}: no {want:?} in:\n{tty}");
        }
        // A terminal without cursor control (no TERM) gets the plain lines.
        let dest3 = format!("{}/pushed/bb:3", relay.host);
        let (st, _, tty) = Term::start_with(&env, &["push", "bb:1", &dest3], false, None).finish();
        assert!(st.success(), "{label}: {tty}");
        assert!(
            tty.contains(&format!("{}: Layer already exists", short(&layer)))
                && tty.contains("digest: sha256:")
                && !tty.contains('\x1b'),
            "{label}: {tty:?}"
        );
        // A pipe gets plain lines only; -q gets nothing.
        let dest2 = format!("{}/pushed/bb:2", relay.host);
        let out = env.berth(&["push", "bb:1", &dest2]).success();
        let err = out.stderr();
        assert!(
            err.contains(&format!("{}: Layer already exists", short(&layer)))
                && !err.contains("ETA")
                && !err.contains('\x1b'),
            "{label}: {err}"
        );
        let out = env
            .berth(&["push", "-q", "bb:1", &format!("{}/other/bb:1", relay.host)])
            .success();
        assert_eq!(out.stderr(), "", "{label}");
        let out = fresh
            .berth(&["pull", &format!("{}/other/bb:1", relay.host)])
            .success();
        assert!(
            out.stderr().contains("Already exists") && !out.stderr().contains('\x1b'),
            "{label}: {}",
            out.stderr()
        );
    }
}

#[test]
fn login_prompts_on_a_terminal_without_echo() {
    if !require_registry_tools() {
        return;
    }
    use common::registry::{PASSWORD, USER};
    let reg = Registry::tls_basic();
    for env in TestEnv::all() {
        let ca = reg.ca.as_ref().unwrap();
        std::fs::write(
            env.config_path(),
            format!("[registries.ca]\n\"{}\" = \"{}\"\n", reg.host, ca.display()),
        )
        .unwrap();
        let label = env.label();
        let mut term = Term::start(&env, &["login", &reg.host], true);
        term.wait_for("Username: ");
        assert!(echo_on(&term.slave), "{label}: the user name is echoed");
        term.type_line(USER);
        term.wait_for("Password: ");
        // Echo goes off before the prompt is shown.
        assert!(
            !echo_on(&term.slave),
            "{label}: echo is off for the password"
        );
        term.type_line(PASSWORD);
        // Keep both ends open past the exit, to look at the modes berth left behind.
        let (slave, _master) = (
            term.slave.try_clone().unwrap(),
            term.master.try_clone().unwrap(),
        );
        let (st, out, tty) = term.finish();
        assert!(st.success(), "{label}: {tty}");
        assert!(out.contains("Login Succeeded"), "{label}: {out}");
        assert!(
            !tty.contains(PASSWORD),
            "{label}: the password was echoed:\n{tty}"
        );
        assert!(echo_on(&slave), "{label}: echo restored");
        let auth: serde_json::Value = serde_json::from_slice(
            &std::fs::read(env.dir().join("xdg-run/containers/auth.json")).unwrap(),
        )
        .unwrap();
        assert!(
            auth["auths"][&reg.host]["auth"].is_string(),
            "{label}: {auth}"
        );
        // Not a terminal: one line, nothing asked.
        env.berth(&["login", "-u", USER, &reg.host])
            .run()
            .berth_error()
            .stderr_contains("not a terminal");
    }
}
