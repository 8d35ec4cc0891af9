//! The monitor: a small process forked from berth that is the container init's parent for
//! the container's whole life, so no daemon is needed.
//!
//! It holds the container's run lock (liveness), reaps the init, records the exit status
//! and finish time atomically, writes stdout/stderr to `containers/<id>/container.log`
//! (see `logfile`), serves attach/stop/signal requests on `<runroot>/<id>.sock` (see
//! `wire`), and restarts the command as the restart policy says, with a doubling back-off.
//! It is single-threaded: one poll loop over a signalfd, the output pipes or pty, the
//! listening socket and its clients.

use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::time::{Duration, Instant};

use anyhow::{Context as _, anyhow};
use nix::sys::signal::{SigSet, SigmaskHow, Signal, sigprocmask};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::{ForkResult, Pid};

use super::io::input::{Flushed, InputQueue};
use super::io::logfile::{LineSplitter, LogWriter, Stream};
use super::io::wire::{self, Kind};
use crate::spec::exit::ExecFailed;
use crate::store::Store;
use crate::store::containers::{ContainerRecord, RunLock, RunState};

/// First restart delay; doubled after each restart, reset after a run of `STABLE`.
const BACKOFF_START: Duration = Duration::from_millis(100);
const BACKOFF_MAX: Duration = Duration::from_secs(60);
const STABLE: Duration = Duration::from_secs(10);

/// The monitor's socket for container `id`.
pub fn socket_path(store: &Store, id: &str) -> std::path::PathBuf {
    store.runroot.join(format!("{id}.sock"))
}

/// The container's log file: `--log-opt path=`, else `container.log` in its directory.
pub fn log_path(store: &Store, rec: &ContainerRecord) -> std::path::PathBuf {
    match &rec.spec.log.path {
        Some(p) => p.clone(),
        None => store.container_dir(&rec.id).join("container.log"),
    }
}

/// What the caller hands to the monitor besides the container.
#[derive(Default)]
pub struct Launch {
    /// Our end of a socket pair, already a listening client: the foreground `run`/`start -a`
    /// attaches through it without a race against early output.
    pub client: Option<UnixStream>,
    /// The caller's terminal size, for the container's pty.
    pub winsize: Option<rustix::termios::Winsize>,
}

/// Fork the monitor, which starts the container; returns once the command has been exec'd
/// (or with the reason it could not be: exec failures keep their 126/127 errno).
pub(super) fn start(
    store: &Store,
    rec: &ContainerRecord,
    lock: RunLock,
    rootless: bool,
    launch: Launch,
) -> anyhow::Result<()> {
    let (mut rx, tx) = std::io::pipe().context("creating a pipe")?;
    // berth is single-threaded; the child only continues our own code and ends with _exit.
    match crate::sys::process::fork().context("forking the container monitor")? {
        ForkResult::Child => {
            drop(rx);
            let mut m = Monitor::new(store, rec.clone(), rootless, launch, tx, lock);
            m.main();
            drop(m);
            // End the monitor without returning into the CLI's code.
            crate::sys::process::exit_now(0)
        }
        ForkResult::Parent { .. } => {
            drop(tx);
            drop(lock);
            let mut answer = String::new();
            rx.read_to_string(&mut answer)
                .context("waiting for the container to start")?;
            match answer.split_once(' ') {
                _ if answer == "ok" => Ok(()),
                Some(("exec", rest)) => {
                    let (errno, msg) = rest.split_once(' ').unwrap_or(("0", rest));
                    Err(ExecFailed {
                        msg: msg.to_string(),
                        errno: errno.parse().unwrap_or(0),
                    }
                    .into())
                }
                Some(("error", msg)) => Err(anyhow!(msg.to_string())),
                _ => Err(anyhow!(
                    "the container monitor died before the container started"
                )),
            }
        }
    }
}

struct Client {
    stream: UnixStream,
    listening: bool,
}

/// Where the container's stdio goes while it runs.
struct Stdio {
    out: Option<OwnedFd>,
    err: Option<OwnedFd>,
    /// Our write end of the container's stdin pipe (for -i without -t).
    stdin: Option<OwnedFd>,
    pty: Option<OwnedFd>,
    /// Client input the container has not taken yet (for the stdin pipe or the pty).
    input: InputQueue,
    /// A client closed stdin while input still waited: close once it is written.
    close_stdin: bool,
    /// The fuse-overlayfs daemon serving the container's root, if any; lives as long as
    /// the container.
    /// The fuse daemon and the network reservation, until the command has exited.
    held: super::prepare::Held,
    /// The container's user-mode network stack, if it has one.
    net: Option<crate::network::usermode::Stack>,
}

enum Event {
    BackoffOver,
    StoppedWhileWaiting,
}

struct Monitor<'a> {
    store: &'a Store,
    rec: ContainerRecord,
    rootless: bool,
    launch: Launch,
    report: Option<std::io::PipeWriter>,
    clients: Vec<Client>,
    listener: Option<UnixListener>,
    log: LogWriter,
    /// `stop`/`kill` asked for the end: no restart, and `unless-stopped` stays down.
    stopped_by_user: bool,
    /// The monitor itself was told to end (SIGTERM, e.g. systemd at shutdown): no
    /// restart now, but `unless-stopped` comes back at the next boot.
    no_restart: bool,
    pid: Option<Pid>,
    lock: Option<RunLock>,
    /// The running command's cgroup: read for OOM kills and removed after each run.
    cgroup: Option<crate::cgroups::Cgroup>,
}

impl<'a> Monitor<'a> {
    fn new(
        store: &'a Store,
        rec: ContainerRecord,
        rootless: bool,
        mut launch: Launch,
        report: std::io::PipeWriter,
        lock: RunLock,
    ) -> Monitor<'a> {
        let clients = launch
            .client
            .take()
            .map(|stream| Client {
                stream,
                listening: true,
            })
            .into_iter()
            .collect();
        Monitor {
            store,
            rec,
            rootless,
            launch,
            report: Some(report),
            clients,
            listener: None,
            log: LogWriter::null(),
            stopped_by_user: false,
            no_restart: false,
            pid: None,
            lock: Some(lock),
            cgroup: None,
        }
    }

    fn say(&mut self, msg: &str) {
        if let Some(mut r) = self.report.take() {
            let _ = r.write_all(msg.as_bytes());
        }
    }

    fn main(&mut self) {
        // Names us in `ps`.
        let _ = nix::sys::prctl::set_name(c"berth-monitor");
        let _ = nix::unistd::setsid();
        detach_stdio();
        let mut mask = SigSet::empty();
        for s in super::wait::RELAYED {
            mask.add(s);
        }
        mask.add(Signal::SIGCHLD);
        if sigprocmask(SigmaskHow::SIG_BLOCK, Some(&mask), None).is_err() {
            self.say("error cannot block signals in the monitor");
            return;
        }
        let sfd = match SignalFd::with_flags(&mask, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK)
        {
            Ok(s) => s,
            Err(e) => {
                self.say(&format!("error creating a signalfd: {e}"));
                return;
            }
        };
        if let Err(e) = self.open_files() {
            self.say(&format!("error {e:#}"));
            return;
        }
        let mut backoff = BACKOFF_START;
        let mut restarts = self.rec.last.restart_count;
        if self.rec.spec.restart.name == crate::spec::RestartName::No {
            restarts = 0;
        }
        // The health check's helper: checks on the interval while this monitor lives.
        let _watcher = self.spawn_health_watcher();
        loop {
            let started = jiff::Timestamp::now();
            let began = Instant::now();
            // Each run starts "starting".
            super::health::reset(self.store, &self.rec.id);
            let stdio = match self.launch_once(started, restarts) {
                Ok(s) => s,
                Err(e) => {
                    self.record_failure(&e);
                    let msg = match e.downcast_ref::<ExecFailed>() {
                        Some(x) => format!("exec {} {}", x.errno, x.msg),
                        None => format!("error {e:#}"),
                    };
                    self.say(&msg);
                    self.finish(None);
                    return;
                }
            };
            self.say("ok");
            trim_memory();
            let status = self.serve(&sfd, stdio);
            let code = super::wait::exit_code(status) as i32;
            self.rec.last.oom_killed = self.cgroup.take().is_some_and(|cg| {
                let oom = cg.oom_killed();
                cg.remove();
                oom
            });
            let again = self.rec.spec.restart.restarts(
                code,
                restarts,
                self.stopped_by_user || self.no_restart,
            );
            self.record_exit(started, code, restarts);
            if !again {
                self.finish(Some(code));
                return;
            }
            self.end_sessions(code);
            if began.elapsed() >= STABLE {
                backoff = BACKOFF_START;
            }
            let _ = self.store.write_run_state(
                &self.rec.id,
                &RunState {
                    pid: 0,
                    started_at: started,
                    monitor: std::process::id() as i32,
                    restarting: true,
                    restart_count: restarts,
                    paused: false,
                },
            );
            match self.wait_backoff(&sfd, backoff) {
                Event::StoppedWhileWaiting => {
                    self.finish(None);
                    return;
                }
                Event::BackoffOver => {}
            }
            backoff = (backoff * 2).min(BACKOFF_MAX);
            restarts += 1;
        }
    }

    fn open_files(&mut self) -> anyhow::Result<()> {
        if self.rec.spec.log.writes_file() {
            let log_path = log_path(self.store, &self.rec);
            self.log = LogWriter::open(&log_path, &self.rec.spec.log)?;
        }
        let sock = socket_path(self.store, &self.rec.id);
        // We hold the run lock: a socket file left here belongs to a dead monitor.
        let _ = std::fs::remove_file(&sock);
        let listener = wire::with_short_path(&sock, |p| UnixListener::bind(p))
            .with_context(|| format!("listening on {}", sock.display()))?;
        listener.set_nonblocking(true)?;
        self.listener = Some(listener);
        Ok(())
    }

    /// Spawn the container init with its stdio wired to us.
    fn launch_once(&mut self, started: jiff::Timestamp, restarts: u32) -> anyhow::Result<Stdio> {
        let spec = &self.rec.spec;
        let (plan, held) = super::prepare::prepare(self.store, &self.rec, self.rootless)?;
        let published = super::wait::usermode_ports(self.store, &self.rec, &held)?;
        let mut stdio = Stdio {
            out: None,
            err: None,
            stdin: None,
            pty: None,
            input: InputQueue::default(),
            close_stdin: false,
            held,
            net: None,
        };
        // The child inherits fds 0-2 from us: point them at the pipes for the clone.
        let mut child_ends: Vec<(i32, OwnedFd)> = Vec::new();
        if !spec.tty {
            let (r, w) = std::io::pipe().context("creating the stdout pipe")?;
            stdio.out = Some(r.into());
            child_ends.push((1, w.into()));
            let (r, w) = std::io::pipe().context("creating the stderr pipe")?;
            stdio.err = Some(r.into());
            child_ends.push((2, w.into()));
            if spec.open_stdin {
                let (r, w) = std::io::pipe().context("creating the stdin pipe")?;
                stdio.stdin = Some(w.into());
                child_ends.push((0, r.into()));
            }
        }
        for (target, fd) in &child_ends {
            let _ = crate::sys::fd::dup_onto_stdio(fd, *target);
        }
        drop(child_ends);
        let winsize = self.launch.winsize;
        let spawned = crate::sandbox::spawn(&plan, &mut |master| {
            if let Some(ws) = winsize {
                let _ = rustix::termios::tcsetwinsize(master, ws);
            }
            Ok(())
        });
        // Our own copies of the child's ends must go, or we never see end-of-file.
        detach_stdio();
        let spawned = spawned?;
        if let Some(net) = &stdio.held.net {
            net.started(spawned.pid.as_raw());
        }
        stdio.pty = spawned.pty;
        stdio.held.net_helper = spawned.net_helper;
        stdio.net = super::wait::usermode_stack(spawned.tap, published, spawned.pid, &stdio.held)?;
        self.cgroup = spawned.cgroup;
        self.pid = Some(spawned.pid);
        // Never block on the container: not reading its output, not writing its input.
        for fd in [&stdio.out, &stdio.err, &stdio.pty, &stdio.stdin]
            .into_iter()
            .flatten()
        {
            let _ = rustix::fs::fcntl_setfl(fd, rustix::fs::OFlags::NONBLOCK);
        }
        self.store.write_run_state(
            &self.rec.id,
            &RunState {
                pid: spawned.pid.as_raw(),
                started_at: started,
                monitor: std::process::id() as i32,
                restarting: false,
                restart_count: restarts,
                paused: false,
            },
        )?;
        super::state::write_pidfile(&self.rec, spawned.pid.as_raw());
        Ok(stdio)
    }

    /// Relay until the init exits; returns its wait status.
    fn serve(&mut self, sfd: &SignalFd, mut stdio: Stdio) -> WaitStatus {
        let Some(pid) = self.pid else {
            return WaitStatus::Exited(Pid::from_raw(0), crate::spec::exit::EXIT_BERTH as i32);
        };
        let mut serving = Serving {
            out: LineSplitter::new(Stream::Stdout),
            err: LineSplitter::new(Stream::Stderr),
            monitor: self,
            stdio: &mut stdio,
        };
        let status = super::wait::wait(sfd, pid, &mut serving).unwrap_or_else(|e| {
            // The init can no longer be watched: end it rather than leave it unrecorded.
            log::debug!("monitor: {e:#}");
            let _ = nix::sys::signal::kill(pid, Signal::SIGKILL);
            let _ = waitpid(pid, None);
            WaitStatus::Exited(pid, crate::spec::exit::EXIT_BERTH as i32)
        });
        self.pid = None;
        status
    }

    /// During the restart back-off: serve clients (a stop ends the wait for good).
    fn wait_backoff(&mut self, sfd: &SignalFd, delay: Duration) -> Event {
        let end = Instant::now() + delay;
        let mut none = Stdio {
            out: None,
            err: None,
            stdin: None,
            pty: None,
            input: InputQueue::default(),
            close_stdin: false,
            held: Default::default(),
            net: None,
        };
        loop {
            if self.stopped_by_user || self.no_restart {
                return Event::StoppedWhileWaiting;
            }
            let left = end.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Event::BackoffOver;
            }
            let mut fds: Vec<i32> = vec![sfd.as_raw_fd()];
            if let Some(l) = &self.listener {
                fds.push(l.as_raw_fd());
            }
            fds.extend(self.clients.iter().map(|c| c.stream.as_raw_fd()));
            let ms = left.as_millis().clamp(1, 60_000) as u16;
            let ready = crate::sys::fd::poll_ready(&fds, None, nix::poll::PollTimeout::from(ms));
            for fd in ready {
                if fd == sfd.as_raw_fd() {
                    // A termination signal while waiting means: stay down.
                    while let Ok(Some(info)) = sfd.read_signal() {
                        if info.ssi_signo as i32 != libc::SIGCHLD {
                            self.no_restart = true;
                        }
                    }
                    self.reap_strays();
                } else if self.listener.as_ref().is_some_and(|l| l.as_raw_fd() == fd) {
                    self.accept();
                } else {
                    self.on_client(fd, &mut none);
                }
            }
        }
    }

    /// Copy what is readable now from `src`; false at end of stream.
    fn pump(&mut self, src: &Option<OwnedFd>, kind: Kind, split: &mut LineSplitter) -> bool {
        let Some(src) = src else { return false };
        let mut buf = [0u8; 8192];
        loop {
            match rustix::io::read(src, &mut buf) {
                Ok(0) => return false,
                Ok(n) => {
                    split.feed(&buf[..n], &mut self.log);
                    self.broadcast(kind, &buf[..n]);
                }
                Err(rustix::io::Errno::AGAIN) => return true,
                Err(rustix::io::Errno::INTR) => {}
                // EIO: the pty's last holder closed it.
                Err(_) => return false,
            }
        }
    }

    /// After the init is gone: take the rest of the output still in the pipes.
    fn drain(&mut self, stdio: &mut Stdio, out: &mut LineSplitter, err: &mut LineSplitter) {
        let deadline = Instant::now() + Duration::from_millis(500);
        while (stdio.out.is_some() || stdio.err.is_some() || stdio.pty.is_some())
            && Instant::now() < deadline
        {
            let mut any = false;
            if stdio.out.is_some() && !self.pump(&stdio.out, Kind::Stdout, out) {
                stdio.out = None;
                any = true;
            }
            if stdio.err.is_some() && !self.pump(&stdio.err, Kind::Stderr, err) {
                stdio.err = None;
                any = true;
            }
            if stdio.pty.is_some() && !self.pump(&stdio.pty, Kind::Stdout, out) {
                stdio.pty = None;
                any = true;
            }
            if !any {
                std::thread::sleep(Duration::from_millis(2));
            }
        }
        out.finish(&mut self.log);
        err.finish(&mut self.log);
    }

    fn broadcast(&mut self, kind: Kind, data: &[u8]) {
        self.clients
            .retain_mut(|c| !c.listening || wire::send(&mut c.stream, kind, data).is_ok());
    }

    fn accept(&mut self) {
        let Some(l) = &self.listener else { return };
        while let Ok((stream, _)) = l.accept() {
            let _ = stream.set_nonblocking(false);
            // A client that stalls mid-frame must not stall the container's output.
            let _ = stream.set_read_timeout(Some(Duration::from_secs(1)));
            let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
            self.clients.push(Client {
                stream,
                listening: false,
            });
        }
    }

    fn on_client(&mut self, fd: i32, stdio: &mut Stdio) {
        let Some(i) = self.clients.iter().position(|c| c.stream.as_raw_fd() == fd) else {
            return;
        };
        let frame = wire::recv(&mut self.clients[i].stream);
        let (kind, payload) = match frame {
            Ok(Some(f)) => f,
            Ok(None) | Err(_) => {
                self.clients.remove(i);
                return;
            }
        };
        match kind {
            Kind::Listen => self.clients[i].listening = true,
            Kind::Stdin => {
                if input_target(stdio).is_some() {
                    stdio.input.push(&payload);
                    self.flush_input(stdio);
                }
            }
            Kind::StdinClose => {
                stdio.close_stdin = true;
                self.flush_input(stdio);
            }
            Kind::Resize => {
                if let (Some(pty), Some(p)) = (&stdio.pty, payload.get(..4)) {
                    let ws = rustix::termios::Winsize {
                        ws_row: u16::from_le_bytes([p[0], p[1]]),
                        ws_col: u16::from_le_bytes([p[2], p[3]]),
                        ws_xpixel: 0,
                        ws_ypixel: 0,
                    };
                    let _ = rustix::termios::tcsetwinsize(pty, ws);
                }
            }
            Kind::Stop => {
                self.stopped_by_user = true;
                let _ = wire::send(&mut self.clients[i].stream, Kind::Ack, &[]);
            }
            Kind::Signal => {
                if let (Some(pid), Some(sig)) = (self.pid, wire::i32_payload(&payload))
                    && let Ok(sig) = Signal::try_from(sig)
                {
                    let _ = nix::sys::signal::kill(pid, sig);
                }
            }
            Kind::Stdout | Kind::Stderr | Kind::Exit | Kind::Ack => {
                self.clients.remove(i);
            }
        }
    }

    /// Write what the container takes of the waiting input, without blocking; close its
    /// stdin once a requested close is due.
    fn flush_input(&mut self, stdio: &mut Stdio) {
        // The fields by name: the queue is written while the target is borrowed.
        let target = stdio.pty.as_ref().or(stdio.stdin.as_ref());
        let flushed = match target.map(|f| f.as_fd()) {
            Some(fd) => stdio.input.flush(fd),
            None => {
                stdio.input.clear();
                Flushed::Gone
            }
        };
        if flushed == Flushed::Gone || (flushed == Flushed::Empty && stdio.close_stdin) {
            stdio.stdin = None;
        }
    }

    /// `berth healthcheck watch ID` on this store, ended with the monitor (parent-death
    /// signal); none without a health check.
    fn spawn_health_watcher(&self) -> Option<std::process::Child> {
        self.rec.spec.healthcheck.as_ref().filter(|h| h.enabled())?;
        let mut cmd = std::process::Command::new("/proc/self/exe");
        cmd.arg("--root")
            .arg(&self.store.root)
            .arg("--runroot")
            .arg(&self.store.runroot)
            .args(["healthcheck", "watch", &self.rec.id])
            // Inside berth's user namespace: it and what it runs (restart, stop) are
            // rootless berths that entered already.
            .env(
                crate::spec::userns::ENTERED_USERNS_ENV,
                if self.rootless { "1" } else { "0" },
            )
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        crate::sys::process::spawn_dying_with_parent(&mut cmd);
        match cmd.spawn() {
            Ok(child) => Some(child),
            Err(e) => {
                log::debug!("monitor: starting the health check helper: {e}");
                None
            }
        }
    }

    fn reap_strays(&mut self) {
        while let Ok(st) = waitpid(None, Some(WaitPidFlag::WNOHANG)) {
            if st == WaitStatus::StillAlive {
                break;
            }
        }
    }

    /// Store the exit in the record (atomically replaced) before anyone can see the
    /// container stopped.
    fn record_exit(&mut self, started: jiff::Timestamp, code: i32, restarts: u32) {
        let last = crate::store::containers::LastRun {
            started_at: Some(started),
            finished_at: Some(jiff::Timestamp::now()),
            exit_code: Some(code),
            error: String::new(),
            restart_count: restarts,
            stopped_by_user: self.stopped_by_user,
            // Set from the cgroup right after the command ended.
            oom_killed: self.rec.last.oom_killed,
        };
        super::events::died(self.store, &self.rec, code, self.rec.last.oom_killed);
        self.save_last(last);
    }

    fn record_failure(&mut self, e: &anyhow::Error) {
        let last = crate::store::containers::LastRun {
            error: format!("{e:#}"),
            started_at: None,
            ..self.rec.last.clone()
        };
        self.save_last(last);
    }

    /// Store the last run in the record (under the store lock: `rename` may write it too)
    /// before anyone can see the container stopped.
    fn save_last(&mut self, last: crate::store::containers::LastRun) {
        self.rec.last = last.clone();
        if self.rec.spec.auto_remove {
            return;
        }
        match self.store.update_container(&self.rec.id, |r| {
            r.last = last;
            Ok(())
        }) {
            Ok(fresh) => self.rec = fresh,
            Err(e) => log::debug!("recording the exit of {}: {e}", self.rec.id),
        }
    }

    /// The container is done for good: clean up, let go of the run lock, then tell the
    /// attached clients.
    fn finish(&mut self, code: Option<i32>) {
        if let (Some(lock), Some(code)) = (&self.lock, code) {
            lock.leave_exit_code(code);
        }
        let _ = std::fs::remove_file(socket_path(self.store, &self.rec.id));
        self.listener = None;
        let mut doomed = Vec::new();
        if self.rec.spec.auto_remove {
            // A rename meanwhile changed the name to release.
            if let Ok(fresh) = self.store.load_container(&self.rec.id) {
                self.rec = fresh;
            }
            match self.store.detach_container(&self.rec) {
                Ok(paths) => {
                    super::events::container(self.store, &self.rec, "destroy");
                    doomed = paths
                }
                Err(e) => log::debug!("removing {}: {e}", self.rec.id),
            }
        } else {
            self.store.clear_run_state(&self.rec.id);
        }
        // Stopped from here on: whoever the exit status reaches may start it again at once.
        self.lock = None;
        if let Some(code) = code {
            self.end_sessions(code);
        }
        self.clients.clear();
        for p in doomed {
            let _ = crate::store::containers::remove_tree(&p);
        }
    }

    fn end_sessions(&mut self, code: i32) {
        for c in &mut self.clients {
            if c.listening {
                let _ = wire::send(&mut c.stream, Kind::Exit, &code.to_le_bytes());
            }
        }
        self.clients.retain(|c| !c.listening);
    }
}

/// Give back what the monitor inherited from the berth command but does not use while it
/// waits: code pages (they are only page-cache mappings and fault back in on use, now
/// without fault-around, so only the few pages the relay loop runs stay resident) and free
/// heap. This keeps a long-lived monitor at its working set.
fn trim_memory() {
    crate::sys::mem::trim_resident();
}

/// The monitor's side of the wait for the init: its output into the log and to attached
/// clients, their input to the container, the socket.
struct Serving<'m, 'a> {
    monitor: &'m mut Monitor<'a>,
    stdio: &'m mut Stdio,
    out: LineSplitter,
    err: LineSplitter,
}

impl super::wait::Served for Serving<'_, '_> {
    fn poll_fds(&self, fds: &mut Vec<i32>) -> Option<i32> {
        let (m, stdio) = (&self.monitor, &self.stdio);
        for fd in [&stdio.out, &stdio.err, &stdio.pty].into_iter().flatten() {
            fds.push(fd.as_raw_fd());
        }
        if let Some(l) = &m.listener {
            fds.push(l.as_raw_fd());
        }
        // With the input buffer full, attached clients' frames wait in their sockets.
        let full = stdio.input.is_full();
        fds.extend(
            m.clients
                .iter()
                .filter(|c| !(full && c.listening))
                .map(|c| c.stream.as_raw_fd()),
        );
        input_target(stdio)
            .filter(|_| !stdio.input.is_empty())
            .map(|fd| fd.as_raw_fd())
    }

    fn on_writable(&mut self) {
        self.monitor.flush_input(self.stdio);
    }

    fn on_ready(&mut self, fd: i32) {
        let (m, stdio) = (&mut *self.monitor, &mut *self.stdio);
        if stdio.out.as_ref().is_some_and(|f| f.as_raw_fd() == fd) {
            if !m.pump(&stdio.out, Kind::Stdout, &mut self.out) {
                self.out.finish(&mut m.log);
                stdio.out = None;
            }
        } else if stdio.err.as_ref().is_some_and(|f| f.as_raw_fd() == fd) {
            if !m.pump(&stdio.err, Kind::Stderr, &mut self.err) {
                self.err.finish(&mut m.log);
                stdio.err = None;
            }
        } else if stdio.pty.as_ref().is_some_and(|f| f.as_raw_fd() == fd) {
            if !m.pump(&stdio.pty, Kind::Stdout, &mut self.out) {
                self.out.finish(&mut m.log);
                stdio.pty = None;
            }
        } else if m.listener.as_ref().is_some_and(|l| l.as_raw_fd() == fd) {
            m.accept();
        } else {
            m.on_client(fd, stdio);
        }
    }

    fn on_signal(&mut self, pid: Pid, sig: Signal) {
        if sig == Signal::SIGTERM || sig == Signal::SIGINT {
            // Stopping the monitor (a unit at shutdown) ends the container.
            self.monitor.no_restart = true;
        }
        let _ = nix::sys::signal::kill(pid, sig);
    }

    fn on_exit(&mut self) {
        self.monitor.drain(self.stdio, &mut self.out, &mut self.err);
    }

    fn net(&mut self) -> Option<&mut crate::network::usermode::Stack> {
        self.stdio.net.as_mut()
    }
}

/// Where client input goes: the pty, else the stdin pipe.
fn input_target(stdio: &Stdio) -> Option<std::os::fd::BorrowedFd<'_>> {
    stdio
        .pty
        .as_ref()
        .or(stdio.stdin.as_ref())
        .map(|f| f.as_fd())
}

/// Point fds 0-2 at /dev/null: the monitor has no terminal, and the container's ends of
/// its pipes must not stay open here.
pub fn detach_stdio() {
    if let Ok(null) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")
    {
        for fd in 0..3 {
            let _ = crate::sys::fd::dup_onto_stdio(&null, fd);
        }
    }
}
