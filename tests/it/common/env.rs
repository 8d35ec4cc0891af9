//! The test environment: a private store per `TestEnv`, the `Berth` command builder and its
//! `Output`.

use std::ffi::{OsStr, OsString};
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::*;

/// The unprivileged user the rootless tests run as (created by scripts/test.sh).
pub const TEST_USER: &str = "berthtest";

/// Path of the binary under test.
pub fn berth_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_berth"))
}

/// The binary as the unprivileged test user can reach it. A checkout under /root (mode 0700)
/// hides target/ from that user, so then the binary is hard-linked (or copied) into a
/// world-readable dir under the temp dir, once per build.
pub fn berth_bin_for_users() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let bin = berth_bin();
        if world_reachable(&bin) {
            return bin;
        }
        let meta =
            std::fs::metadata(&bin).unwrap_or_else(|e| panic!("stat {}: {e}", bin.display()));
        let base = std::env::temp_dir().join("berth-test-bin");
        let dir = base.join(format!("{}-{}-{}", meta.dev(), meta.ino(), meta.mtime()));
        let target = dir.join("berth");
        remove_stale_links(&base, &dir);
        if !target.exists() {
            std::fs::create_dir_all(&dir)
                .unwrap_or_else(|e| panic!("mkdir {}: {e}", dir.display()));
            set_mode(&base, 0o755);
            set_mode(&dir, 0o755);
            // Link or copy under a temp name, then rename: parallel test processes race here.
            let tmp = dir.join(format!(".berth-{}", std::process::id()));
            if std::fs::hard_link(&bin, &tmp).is_err() {
                std::fs::copy(&bin, &tmp)
                    .unwrap_or_else(|e| panic!("copy {} to {}: {e}", bin.display(), tmp.display()));
            }
            std::fs::rename(&tmp, &target)
                .unwrap_or_else(|e| panic!("rename to {}: {e}", target.display()));
        }
        set_mode(&target, 0o755);
        target
    })
    .clone()
}

/// Links to binaries of earlier builds keep their data alive; drop those not used for an
/// hour (a concurrent test run of another build may still use a recent one).
fn remove_stale_links(base: &Path, keep: &Path) {
    let Ok(rd) = std::fs::read_dir(base) else {
        return;
    };
    for entry in rd.flatten() {
        let path = entry.path();
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().unwrap_or_default() > Duration::from_secs(3600));
        if path != keep && old {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

/// Every ancestor is searchable by others and the file is executable by others.
pub fn world_reachable(path: &Path) -> bool {
    let exec_by_other = |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.mode() & 0o001 != 0);
    exec_by_other(path) && path.ancestors().skip(1).all(exec_by_other)
}

pub(crate) const PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
pub(crate) const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);

// ---------------------------------------------------------------------------------------------
// TestEnv

/// Who runs the binary.
#[derive(Debug, Clone)]
pub enum Mode {
    /// The test process's own user (root in CI).
    Root,
    /// An unprivileged user, switched to with setpriv.
    User { name: String, uid: u32, gid: u32 },
}

/// A private store and runtime dir, plus the user that berth runs as.
pub struct TestEnv {
    dir: PathBuf,
    mode: Mode,
    /// Extra variables for every command of this env.
    envs: Vec<(OsString, OsString)>,
}

impl TestEnv {
    /// An env where berth runs as the test process's user (root in CI).
    pub fn new() -> TestEnv {
        TestEnv::with_mode(Mode::Root)
    }

    /// An env where berth runs as the unprivileged `berthtest` user. Call
    /// [`require_rootless`] first.
    pub fn rootless() -> TestEnv {
        TestEnv::as_user(TEST_USER)
    }

    /// An env where berth runs as `user` (the test process must be root).
    pub fn as_user(user: &str) -> TestEnv {
        assert!(
            is_root(),
            "TestEnv::as_user({user}) needs root: call require_rootless() first"
        );
        let pw = nix::unistd::User::from_name(user)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("user {user} does not exist: call require_user() first"));
        TestEnv::with_mode(Mode::User {
            name: user.to_owned(),
            uid: pw.uid.as_raw(),
            gid: pw.gid.as_raw(),
        })
    }

    /// One env per privilege context whose requirements are met: as root, then rootless.
    /// Locally the missing ones are skipped with a message; in CI a missing one fails.
    pub fn all() -> Vec<TestEnv> {
        let mut envs = Vec::new();
        if require_root() {
            envs.push(TestEnv::new());
            if require_rootless() {
                envs.push(TestEnv::rootless());
            }
        }
        envs
    }

    /// [`TestEnv::all`], each with the busybox image imported as `bb`; none without
    /// busybox (skipped locally, a failure in CI).
    pub fn all_with_busybox() -> Vec<TestEnv> {
        if !require_busybox() {
            return Vec::new();
        }
        let envs = TestEnv::all();
        for env in &envs {
            env.import_busybox("bb");
        }
        envs
    }

    fn with_mode(mode: Mode) -> TestEnv {
        let base = std::env::var_os("BERTH_TEST_TMPDIR")
            .map(PathBuf::from)
            .unwrap_or_else(std::env::temp_dir);
        let dir = tempfile::Builder::new()
            .prefix("berth-test-")
            .tempdir_in(&base)
            .unwrap_or_else(|e| panic!("creating a temp dir in {}: {e}", base.display()))
            .keep();
        let env = TestEnv {
            dir,
            mode,
            envs: Vec::new(),
        };
        // The unprivileged user must reach the dir; everything below it is theirs.
        set_mode(&env.dir, 0o755);
        for sub in ["root", "runroot", "home", "xdg-run", "work"] {
            let p = env.dir.join(sub);
            std::fs::create_dir(&p).unwrap_or_else(|e| panic!("mkdir {}: {e}", p.display()));
        }
        set_mode(&env.dir.join("xdg-run"), 0o700);
        // berth reads the host's containers.conf files (a host with skopeo has one in
        // /usr/share): tests see an empty one instead unless they ask for more.
        let conf = env.dir.join("containers.conf");
        std::fs::write(&conf, "").unwrap_or_else(|e| panic!("write {}: {e}", conf.display()));
        set_mode(&conf, 0o644);
        env.chown_to_user(&env.dir);
        for sub in ["root", "runroot", "home", "xdg-run", "work"] {
            env.chown_to_user(&env.dir.join(sub));
        }
        env
    }

    /// Give `path` (not recursive) to the env's user; no-op for the root mode.
    pub fn chown_to_user(&self, path: &Path) {
        if let Mode::User { uid, gid, .. } = self.mode {
            std::os::unix::fs::lchown(path, Some(uid), Some(gid))
                .unwrap_or_else(|e| panic!("chown {}: {e}", path.display()));
        }
    }

    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    pub fn is_rootless(&self) -> bool {
        matches!(self.mode, Mode::User { .. })
    }

    /// A short label for assertion messages: "root" or "rootless(berthtest)".
    pub fn label(&self) -> String {
        match &self.mode {
            Mode::Root => "root".to_owned(),
            Mode::User { name, .. } => format!("rootless({name})"),
        }
    }

    /// The env's temp dir (everything lives below it).
    pub fn dir(&self) -> &Path {
        &self.dir
    }
    /// The store root passed to berth.
    pub fn root(&self) -> PathBuf {
        self.dir.join("root")
    }
    /// The runtime dir passed to berth.
    pub fn runroot(&self) -> PathBuf {
        self.dir.join("runroot")
    }
    /// HOME of the berth process.
    pub fn home(&self) -> PathBuf {
        self.dir.join("home")
    }
    /// A scratch dir owned by the env's user, for tarballs, volumes, env files.
    pub fn work(&self) -> PathBuf {
        self.dir.join("work")
    }
    /// The config file berth reads (BERTH_CONFIG); absent unless a test writes it.
    pub fn config_path(&self) -> PathBuf {
        self.dir.join("berth.toml")
    }

    /// Write a file under `work()` (readable by everyone, owned by the env's user).
    pub fn write_file(&self, name: &str, data: impl AsRef<[u8]>) -> PathBuf {
        let path = self.work().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .unwrap_or_else(|e| panic!("mkdir {}: {e}", parent.display()));
        }
        std::fs::write(&path, data).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        set_mode(&path, 0o644);
        self.chown_to_user(&path);
        path
    }

    /// Make a dir under `work()` owned by the env's user.
    pub fn mkdir(&self, name: &str) -> PathBuf {
        let path = self.work().join(name);
        std::fs::create_dir_all(&path).unwrap_or_else(|e| panic!("mkdir {}: {e}", path.display()));
        self.chown_to_user(&path);
        path
    }

    /// Set a variable for every later command of this env.
    pub fn set_env(&mut self, key: impl AsRef<OsStr>, val: impl AsRef<OsStr>) {
        self.envs
            .push((key.as_ref().to_owned(), val.as_ref().to_owned()));
    }

    /// The environment every berth process of this env starts with.
    fn base_env(&self) -> Vec<(OsString, OsString)> {
        let mut v: Vec<(OsString, OsString)> = vec![
            ("PATH".into(), PATH.into()),
            ("HOME".into(), self.home().into()),
            ("XDG_RUNTIME_DIR".into(), self.dir.join("xdg-run").into()),
            ("XDG_CONFIG_HOME".into(), self.home().join(".config").into()),
            (
                "XDG_DATA_HOME".into(),
                self.home().join(".local/share").into(),
            ),
            ("BERTH_ROOT".into(), self.root().into()),
            ("BERTH_RUNROOT".into(), self.runroot().into()),
            ("BERTH_CONFIG".into(), self.config_path().into()),
            (
                "CONTAINERS_CONF".into(),
                self.dir.join("containers.conf").into(),
            ),
            ("LANG".into(), "C.UTF-8".into()),
        ];
        if let Mode::User { name, .. } = &self.mode {
            v.push(("USER".into(), name.into()));
            v.push(("LOGNAME".into(), name.into()));
        } else {
            v.push(("USER".into(), "root".into()));
        }
        v.extend(self.envs.iter().cloned());
        v
    }

    /// A `berth ARGS...` command, run by [`Berth::run`], [`Berth::success`] or
    /// [`Berth::failure_code`].
    pub fn berth<S: AsRef<OsStr>>(&self, args: &[S]) -> Berth {
        Berth {
            label: self.label(),
            mode: self.mode.clone(),
            program: berth_bin(),
            args: args.iter().map(|a| a.as_ref().to_owned()).collect(),
            envs: self.base_env(),
            cwd: self.work(),
            stdin: None,
            timeout: DEFAULT_TIMEOUT,
        }
    }

    /// Any other program run the same way as berth (same user, same environment), e.g.
    /// `env.cmd("sh", &["-c", "..."])`.
    pub fn cmd<S: AsRef<OsStr>>(&self, program: impl AsRef<OsStr>, args: &[S]) -> Berth {
        let mut b = self.berth(args);
        b.program = PathBuf::from(program.as_ref());
        b
    }

    /// Import the busybox fixture image (see [`busybox_tar`]) as `name` and return its id
    /// exactly as `berth import` printed it.
    pub fn import_busybox(&self, name: &str) -> String {
        let tar = self.work().join("busybox-fixture.tar");
        if !tar.exists() {
            std::fs::write(&tar, busybox_tar())
                .unwrap_or_else(|e| panic!("write {}: {e}", tar.display()));
            set_mode(&tar, 0o644);
            self.chown_to_user(&tar);
        }
        let out = self
            .berth(&[OsStr::new("import"), tar.as_os_str(), OsStr::new(name)])
            .success();
        let id = out
            .stdout()
            .trim()
            .lines()
            .last()
            .unwrap_or("")
            .trim()
            .to_owned();
        assert!(!id.is_empty(), "berth import printed no image id\n{out}");
        id
    }
}

impl Default for TestEnv {
    fn default() -> Self {
        TestEnv::new()
    }
}

impl Drop for TestEnv {
    fn drop(&mut self) {
        if std::env::var_os("BERTH_TEST_KEEP").is_some_and(|v| v == "1") {
            eprintln!("keeping {} ({})", self.dir.display(), self.label());
            return;
        }
        self.remove_containers();
        cleanup_dir(&self.dir);
    }
}

impl TestEnv {
    /// Containers a test left behind (detached, or a test that failed half-way) are removed
    /// through berth itself, so their processes and mounts go too.
    fn remove_containers(&self) {
        let has_containers = std::fs::read_dir(self.root().join("containers"))
            .is_ok_and(|mut rd| rd.next().is_some());
        if !has_containers {
            return;
        }
        let run = |args: &[&str]| {
            let b = self.berth(args).timeout(Duration::from_secs(30));
            // A panic here would abort the process while unwinding from a failed test.
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| b.run())).ok()
        };
        let Some(out) = run(&["ps", "-a", "-q", "--no-trunc"]) else {
            return;
        };
        let ids: Vec<String> = out.stdout().split_whitespace().map(str::to_owned).collect();
        if ids.is_empty() {
            return;
        }
        let mut args = vec!["rm", "-f"];
        args.extend(ids.iter().map(String::as_str));
        if let Some(out) = run(&args)
            && !out.status.success()
        {
            eprintln!("cleanup: removing containers failed\n{out}");
        }
    }
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .unwrap_or_else(|e| panic!("chmod {}: {e}", path.display()));
}

/// Remove a test dir even when containers left mounts and files owned by subordinate ids
/// behind: unmount everything below it (deepest first), then delete the tree.
pub fn cleanup_dir(dir: &Path) {
    if is_root() {
        for mnt in mounts_under(dir).into_iter().rev() {
            if let Err(e) = nix::mount::umount2(&mnt, nix::mount::MntFlags::MNT_DETACH) {
                eprintln!("cleanup: umount {}: {e}", mnt.display());
            }
        }
    }
    if let Err(e) = std::fs::remove_dir_all(dir)
        && e.kind() != std::io::ErrorKind::NotFound
    {
        // Directories without write or search permission (as a non-root user): open them up
        // and try once more.
        make_removable(dir);
        if let Err(e) = std::fs::remove_dir_all(dir) {
            eprintln!("cleanup: removing {}: {e}", dir.display());
        }
    }
}

fn make_removable(dir: &Path) {
    let Ok(meta) = std::fs::symlink_metadata(dir) else {
        return;
    };
    if !meta.is_dir() {
        return;
    }
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    if let Ok(rd) = std::fs::read_dir(dir) {
        for entry in rd.flatten() {
            make_removable(&entry.path());
        }
    }
}

/// Mount points at or below `dir`, in mount order (parents before children).
pub fn mounts_under(dir: &Path) -> Vec<PathBuf> {
    let Ok(text) = std::fs::read_to_string("/proc/self/mountinfo") else {
        return Vec::new();
    };
    text.lines()
        .filter_map(|l| l.split(' ').nth(4))
        .map(|m| PathBuf::from(unescape_mountinfo(m)))
        .filter(|m| m.starts_with(dir))
        .collect()
}

/// mountinfo escapes space, tab, newline and backslash as `\ooo`.
pub fn unescape_mountinfo(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\'
            && i + 3 < b.len()
            && b[i + 1..i + 4].iter().all(|c| (b'0'..=b'7').contains(c))
        {
            out.push((b[i + 1] - b'0') * 64 + (b[i + 2] - b'0') * 8 + (b[i + 3] - b'0'));
            i += 4;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

// ---------------------------------------------------------------------------------------------
// Running commands

/// A command about to be run: berth (or another program) as the env's user.
pub struct Berth {
    label: String,
    mode: Mode,
    program: PathBuf,
    args: Vec<OsString>,
    envs: Vec<(OsString, OsString)>,
    cwd: PathBuf,
    stdin: Option<Vec<u8>>,
    timeout: Duration,
}

impl Berth {
    pub fn arg(mut self, a: impl AsRef<OsStr>) -> Self {
        self.args.push(a.as_ref().to_owned());
        self
    }
    pub fn args<S: AsRef<OsStr>>(mut self, args: &[S]) -> Self {
        self.args.extend(args.iter().map(|a| a.as_ref().to_owned()));
        self
    }
    /// Set (or override) one environment variable.
    pub fn env(mut self, key: impl AsRef<OsStr>, val: impl AsRef<OsStr>) -> Self {
        let key = key.as_ref().to_owned();
        self.envs.retain(|(k, _)| *k != key);
        self.envs.push((key, val.as_ref().to_owned()));
        self
    }
    /// Remove one environment variable (e.g. BERTH_ROOT to test the defaults).
    pub fn env_remove(mut self, key: impl AsRef<OsStr>) -> Self {
        self.envs.retain(|(k, _)| k != key.as_ref());
        self
    }
    /// Feed these bytes on stdin (otherwise stdin is /dev/null).
    pub fn stdin(mut self, data: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(data.into());
        self
    }
    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.cwd = dir.as_ref().to_owned();
        self
    }
    /// Kill the process and fail the test after this long (default 120 s).
    pub fn timeout(mut self, t: Duration) -> Self {
        self.timeout = t;
        self
    }

    /// The std Command that [`Berth::run`] would spawn, for tests that need their own stdio
    /// (a pty, a process to signal). Stdio is left at the std defaults.
    pub fn command(&self) -> Command {
        let mut cmd = match &self.mode {
            Mode::Root => Command::new(&self.program),
            Mode::User { name, .. } => {
                // setpriv execs the program, so the pid we hold is berth's own pid (signals
                // and kill-on-timeout reach it).
                let program = if self.program == berth_bin() {
                    berth_bin_for_users()
                } else {
                    self.program.clone()
                };
                let mut c = Command::new("setpriv");
                c.arg(format!("--reuid={name}"))
                    .arg(format!("--regid={name}"))
                    .arg("--init-groups")
                    .arg("--")
                    .arg(program);
                c
            }
        };
        cmd.args(&self.args)
            .env_clear()
            .envs(self.envs.iter().map(|(k, v)| (k, v)))
            .current_dir(&self.cwd);
        cmd
    }

    /// A shell-like rendering of the command for failure messages.
    pub fn describe(&self) -> String {
        let mut s = format!("[{}] ", self.label);
        for (k, v) in &self.envs {
            let k = k.to_string_lossy();
            if k.starts_with("BERTH_") {
                let _ = write!(s, "{k}={} ", shell_quote(&v.to_string_lossy()));
            }
        }
        s.push_str(&shell_quote(&self.program.to_string_lossy()));
        for a in &self.args {
            s.push(' ');
            s.push_str(&shell_quote(&a.to_string_lossy()));
        }
        s
    }

    /// Run to completion and return the output, whatever the status.
    pub fn run(self) -> Output {
        let describe = self.describe();
        let mut cmd = self.command();
        cmd.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("spawning {describe}: {e}"));
        let stdin_thread = self.stdin.map(|data| {
            let mut pipe = child.stdin.take().expect("stdin pipe");
            // A thread, so a child that does not read its stdin cannot deadlock the test.
            std::thread::spawn(move || {
                let _ = pipe.write_all(&data);
            })
        });
        let stdout_thread = read_in_thread(child.stdout.take().expect("stdout pipe"));
        let stderr_thread = read_in_thread(child.stderr.take().expect("stderr pipe"));
        let deadline = Instant::now() + self.timeout;
        let mut timed_out = false;
        let status = loop {
            match child.try_wait() {
                Ok(Some(st)) => break st,
                Ok(None) if Instant::now() >= deadline => {
                    timed_out = true;
                    let _ = child.kill();
                    break child.wait().expect("waiting for killed child");
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(e) => panic!("waiting for {describe}: {e}"),
            }
        };
        if let Some(t) = stdin_thread {
            let _ = t.join();
        }
        // A container process that inherited the pipes could hold them open after berth
        // exits; the readers end when the last holder closes them.
        let stdout = stdout_thread.join().unwrap_or_default();
        let stderr = stderr_thread.join().unwrap_or_default();
        let out = Output {
            describe,
            status,
            stdout,
            stderr,
        };
        if timed_out {
            panic!(
                "command timed out after {:?} and was killed\n{out}",
                self.timeout
            );
        }
        out
    }

    /// Run and assert exit status 0.
    #[track_caller]
    pub fn success(self) -> Output {
        self.run().success()
    }

    /// Run and assert this exit status.
    #[track_caller]
    pub fn failure_code(self, code: i32) -> Output {
        self.run().failure_code(code)
    }
}

fn read_in_thread(mut r: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        buf
    })
}

fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./=:,@%+".contains(&b))
    {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// A finished command: status and captured output, with asserting helpers whose failure
/// message shows the command, the status, stdout and stderr.
pub struct Output {
    pub describe: String,
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Output {
    /// The exit code, or None when the process died of a signal.
    pub fn code(&self) -> Option<i32> {
        self.status.code()
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
    /// stdout split into lines.
    pub fn stdout_lines(&self) -> Vec<String> {
        self.stdout().lines().map(str::to_owned).collect()
    }

    #[track_caller]
    pub fn success(self) -> Self {
        if !self.status.success() {
            panic!("expected success\n{self}");
        }
        self
    }

    #[track_caller]
    pub fn failure_code(self, code: i32) -> Self {
        if self.status.code() != Some(code) {
            panic!("expected exit status {code}\n{self}");
        }
        self
    }

    /// Assert that stdout contains `needle`.
    #[track_caller]
    pub fn stdout_contains(self, needle: &str) -> Self {
        if !self.stdout().contains(needle) {
            panic!("expected stdout to contain {needle:?}\n{self}");
        }
        self
    }

    /// Assert that stderr contains `needle`.
    #[track_caller]
    pub fn stderr_contains(self, needle: &str) -> Self {
        if !self.stderr().contains(needle) {
            panic!("expected stderr to contain {needle:?}\n{self}");
        }
        self
    }

    /// Assert berth's error contract: status 125 and exactly one line on stderr that
    /// starts with "Error: ", and no panic text.
    #[track_caller]
    pub fn berth_error(self) -> Self {
        self.error_status(125)
    }

    /// As [`Output::berth_error`], with another status (1 for a missing object, 2 for a
    /// container in the wrong state, as podman's).
    #[track_caller]
    pub fn error_status(self, code: i32) -> Self {
        let err = self.stderr();
        let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
        if self.status.code() != Some(code)
            || lines.len() != 1
            || !lines[0].starts_with("Error: ")
            || err.contains("panicked")
        {
            panic!("expected status {code} and one \"Error: ...\" line on stderr\n{self}");
        }
        self
    }
}

impl std::fmt::Display for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "command: {}", self.describe)?;
        writeln!(f, "status:  {}", self.status)?;
        writeln!(f, "--- stdout ---\n{}", self.stdout().trim_end())?;
        write!(f, "--- stderr ---\n{}\n---", self.stderr().trim_end())
    }
}

impl std::fmt::Debug for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

/// The parent pid of a process, from /proc.
pub fn parent_of(pid: i32) -> i32 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let after_comm = stat.rsplit(')').next().unwrap();
    after_comm
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap()
}
