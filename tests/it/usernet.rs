//! Rootless networking through berth's user-mode network stack: a rootless container
//! reaches servers on the host (through the gateway, the host's loopback) and on a test
//! host in a network namespace of its own, resolves names over UDP, and is refused where
//! the host refuses. Nothing leaves the machine.

use crate::common;

use std::net::{Ipv4Addr, UdpSocket};
use std::os::unix::fs::PermissionsExt;
use std::process::{Child, Command, Stdio};

use common::*;

/// The user may open /dev/net/tun (stock hosts: mode 0666; scripts/test.sh sets it so).
fn require_tun() -> bool {
    match std::fs::metadata("/dev/net/tun") {
        Ok(m) if m.permissions().mode() & 0o006 == 0o006 => true,
        Ok(_) => unmet(
            "/dev/net/tun is not open to users (chmod 0666 /dev/net/tun, as stock hosts have it)",
        ),
        Err(e) => unmet(&format!("/dev/net/tun: {e}")),
    }
}

/// A rootless env with the busybox image as `bb`, when everything the tests need is there.
fn rootless_env() -> Option<TestEnv> {
    if !(require_root()
        && require_rootless()
        && require_busybox()
        && require_tun()
        && require_cmd("ip"))
    {
        return None;
    }
    let env = TestEnv::rootless();
    env.import_busybox("bb");
    Some(env)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `run --rm bb sh -c SCRIPT` on the default network, which must succeed.
fn sh(env: &TestEnv, script: &str) -> Output {
    env.berth(&["run", "--rm", "bb", "sh", "-c", script])
        .success()
}

/// busybox httpd serving `dir` on `addr:port`, in the network namespace `netns` if given.
struct Httpd(Child);

impl Httpd {
    fn start(netns: Option<&str>, addr: Ipv4Addr, port: u16, dir: &std::path::Path) -> Httpd {
        let mut cmd = match netns {
            Some(ns) => {
                let mut c = Command::new("ip");
                c.args(["netns", "exec", ns, BUSYBOX]);
                c
            }
            None => Command::new(BUSYBOX),
        };
        cmd.args(["httpd", "-f", "-p", &format!("{addr}:{port}"), "-h"])
            .arg(dir)
            .stdout(Stdio::null());
        let child = cmd.spawn().expect("starting busybox httpd");
        // Up once it accepts (in its namespace: probe through the route to it).
        let end = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::net::TcpStream::connect((addr, port)).is_err() {
            assert!(std::time::Instant::now() < end, "httpd never came up");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        Httpd(child)
    }
}

impl Drop for Httpd {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A test host: a network namespace joined to the host by a veth pair, the host side
/// `10.231.N.1/30`, the namespace side `10.231.N.2/30`. Removed on drop.
struct TestHost {
    name: String,
    addr: Ipv4Addr,
}

impl TestHost {
    fn new(n: u8) -> TestHost {
        let name = format!("berth-ut{}-{n}", std::process::id());
        let host_if = format!("bu{}h{n}", std::process::id() % 100000);
        let ns_if = format!("bu{}n{n}", std::process::id() % 100000);
        let run = |args: &[&str]| {
            let st = Command::new("ip").args(args).status().unwrap();
            assert!(st.success(), "ip {args:?} failed");
        };
        run(&["netns", "add", &name]);
        let th = TestHost {
            name: name.clone(),
            addr: Ipv4Addr::new(10, 231, n, 2),
        };
        run(&[
            "link", "add", &host_if, "type", "veth", "peer", "name", &ns_if,
        ]);
        run(&["link", "set", &ns_if, "netns", &name]);
        run(&["addr", "add", &format!("10.231.{n}.1/30"), "dev", &host_if]);
        run(&["link", "set", &host_if, "up"]);
        let ns = |args: &[&str]| {
            let mut full = vec!["netns", "exec", &name, "ip"];
            full.extend_from_slice(args);
            run(&full);
        };
        ns(&["addr", "add", &format!("10.231.{n}.2/30"), "dev", &ns_if]);
        ns(&["link", "set", &ns_if, "up"]);
        ns(&["link", "set", "lo", "up"]);
        th
    }
}

impl Drop for TestHost {
    fn drop(&mut self) {
        // Deleting the namespace deletes its veth end, and with it the host's.
        let _ = Command::new("ip")
            .args(["netns", "del", &self.name])
            .status();
    }
}

#[test]
fn rootless_container_fetches_from_the_host_and_a_test_host() {
    let Some(env) = rootless_env() else { return };
    let dir = env.mkdir("www");
    env.write_file("www/file.txt", "served by the host\n");
    let port = free_port();
    let _host = Httpd::start(None, Ipv4Addr::LOCALHOST, port, &dir);
    let th = TestHost::new(1);
    let _remote = Httpd::start(Some(&th.name), th.addr, 8080, &dir);

    let script = format!(
        "wget -qO- http://10.0.2.2:{port}/file.txt && wget -qO- http://{}:8080/file.txt",
        th.addr
    );
    env.berth(&["run", "--rm", "bb", "sh", "-c", &script])
        .success()
        .stdout_contains("served by the host\nserved by the host\n");
    // Detached, through the monitor, the same.
    let out = env
        .berth(&[
            "run",
            "-d",
            "bb",
            "sh",
            "-c",
            &format!("{script}; sleep 30"),
        ])
        .success();
    let id = out.stdout().trim().to_owned();
    let end = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let logs = env.berth(&["logs", &id]).success().stdout();
        if logs.matches("served by the host").count() == 2 {
            break;
        }
        assert!(std::time::Instant::now() < end, "logs: {logs}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    env.berth(&["rm", "-f", &id]).success();
}

#[test]
fn rootless_container_sees_its_network_and_refused_ports_are_refused() {
    let Some(env) = rootless_env() else { return };
    let out = sh(
        &env,
        "ip -4 addr show eth0; ip route; cat /etc/resolv.conf; \
         wget -qO- http://10.0.2.2:1/ ; echo wget=$?",
    );
    let text = out.stdout();
    assert!(text.contains("inet 10.0.2.100/24"), "{text}");
    assert!(text.contains("default via 10.0.2.2 dev eth0"), "{text}");
    assert!(text.contains("nameserver 10.0.2.3"), "{text}");
    assert!(text.contains("wget=1"), "{text}");
    assert!(
        out.stderr().contains("refused"),
        "a closed port is a reset: {}",
        out.stderr()
    );
    // `--network private` stays loopback only.
    env.berth(&["run", "--rm", "--network", "private", "bb", "ip", "link"])
        .success()
        .stdout_contains("lo:");
    let out = env
        .berth(&["run", "--rm", "--network", "private", "bb", "ip", "link"])
        .success();
    assert!(!out.stdout().contains("eth0"), "{}", out.stdout());
}

/// Answer every DNS query on `sock` with one A record, `answer`.
fn dns_responder(sock: UdpSocket, answer: Ipv4Addr) {
    let mut buf = [0u8; 512];
    while let Ok((n, from)) = sock.recv_from(&mut buf) {
        if n < 12 {
            continue;
        }
        // The question ends after its name (a run of labels) and type and class.
        let mut end = 12;
        while end < n && buf[end] != 0 {
            end += 1 + buf[end] as usize;
        }
        end += 5;
        if end > n {
            continue;
        }
        let mut reply = buf[..end].to_vec();
        reply[2] = 0x81; // response, recursion desired
        reply[3] = 0x80; // recursion available, no error
        reply[6..8].copy_from_slice(&1u16.to_be_bytes()); // one answer
        reply[8..12].fill(0);
        // The name by pointer to the question's, type A, class IN, TTL 60, 4 bytes.
        reply.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4]);
        reply.extend_from_slice(&answer.octets());
        let _ = sock.send_to(&reply, from);
    }
}

#[test]
fn rootless_container_resolves_a_name_over_udp() {
    let Some(env) = rootless_env() else { return };
    let th = TestHost::new(2);
    // The resolver lives in the test host's namespace: a thread that enters it.
    let ns = format!("/run/netns/{}", th.name);
    let addr = th.addr;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let f = std::fs::File::open(&ns).unwrap();
        nix::sched::setns(f, nix::sched::CloneFlags::CLONE_NEWNET).unwrap();
        let sock = UdpSocket::bind((addr, 53)).unwrap();
        let _ = sock.set_read_timeout(Some(std::time::Duration::from_secs(60)));
        tx.send(()).unwrap();
        dns_responder(sock, Ipv4Addr::new(192, 0, 2, 77));
    });
    rx.recv().unwrap();
    env.berth(&[
        "run",
        "--rm",
        "bb",
        "nslookup",
        "probe.berth.test",
        &addr.to_string(),
    ])
    .success()
    .stdout_contains("192.0.2.77");
}

#[test]
fn rootless_build_run_steps_fetch_from_the_host() {
    let Some(env) = rootless_env() else { return };
    let dir = env.mkdir("www");
    env.write_file("www/file.txt", "fetched during the build\n");
    let port = free_port();
    let _host = Httpd::start(None, Ipv4Addr::LOCALHOST, port, &dir);
    let ctx = env.mkdir("ctx");
    env.write_file(
        "ctx/Dockerfile",
        format!("FROM bb\nRUN wget -qO /got http://10.0.2.2:{port}/file.txt\n"),
    );
    env.berth(&["build", "-q", "-t", "fetched", &ctx.display().to_string()])
        .success();
    env.berth(&["run", "--rm", "fetched", "cat", "/got"])
        .success()
        .stdout_contains("fetched during the build\n");
    // `--network none` keeps a step off the network: the same fetch fails.
    env.write_file(
        "ctx/Dockerfile",
        format!("FROM bb\nRUN wget -qO /got2 http://10.0.2.2:{port}/file.txt\n"),
    );
    let out = env
        .berth(&[
            "build",
            "-q",
            "--network",
            "none",
            &ctx.display().to_string(),
        ])
        .run();
    assert_ne!(out.code(), Some(0), "{out}");
}

#[test]
fn rootless_published_port_reaches_the_container_and_low_ports_are_refused() {
    let Some(env) = rootless_env() else { return };
    let port = free_port();
    let out = env
        .berth(&[
            "run",
            "-d",
            "-p",
            &format!("127.0.0.1:{port}:80"),
            "bb",
            "sh",
            "-c",
            "mkdir /www && echo served from inside > /www/i.txt && httpd -f -p 80 -h /www",
        ])
        .success();
    let id = out.stdout().trim().to_owned();
    let url = format!("http://127.0.0.1:{port}/i.txt");
    let end = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let got = Command::new(BUSYBOX)
            .args(["wget", "-q", "-O", "-", &url])
            .output()
            .unwrap();
        if String::from_utf8_lossy(&got.stdout) == "served from inside\n" {
            break;
        }
        assert!(std::time::Instant::now() < end, "{url}: {got:?}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    // `port` and the PORTS column show it, as rootful.
    env.berth(&["port", &id])
        .success()
        .stdout_contains(&format!("80/tcp -> 127.0.0.1:{port}"));
    env.berth(&["ps", "--format", "{{.Ports}}"])
        .success()
        .stdout_contains(&format!("127.0.0.1:{port}->80/tcp"));
    env.berth(&["rm", "-f", &id]).success();
    // The port is free again once the container is gone.
    wait_until_free(port, None);
    // A port below net.ipv4.ip_unprivileged_port_start: one line and 125.
    let start: u16 = std::fs::read_to_string("/proc/sys/net/ipv4/ip_unprivileged_port_start")
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    if start > 1 {
        let out = env
            .berth(&[
                "run",
                "--rm",
                "-p",
                &format!("{}:80", start - 1),
                "bb",
                "true",
            ])
            .failure_code(125);
        assert!(
            out.stderr().contains("ip_unprivileged_port_start"),
            "{}",
            out.stderr()
        );
    }
}

#[test]
fn rootless_kill_9_of_the_monitor_frees_the_published_port() {
    let Some(env) = rootless_env() else { return };
    let port = free_port();
    let out = env
        .berth(&[
            "run",
            "-d",
            "-p",
            &format!("127.0.0.1:{port}:80"),
            "bb",
            "sleep",
            "1000",
        ])
        .success();
    let id = out.stdout().trim().to_owned();
    let pid = init_pid(&env, &id);
    assert!(
        std::net::TcpListener::bind(("127.0.0.1", port)).is_err(),
        "the port is published"
    );
    let monitor = parent_of(pid);
    // Idle, with the stack and a published port, the monitor's own memory (its anonymous
    // pages; the binary's file pages are shared, and large in a debug build) is small.
    let idle = rss_kib(monitor, "RssAnon:");
    assert!(idle < 4 * 1024, "idle monitor: {idle} KiB of its own");
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(monitor),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    // The forwarder and the container die with it: the port and the init are gone.
    wait_until_free(port, Some(pid));
    env.berth(&["rm", "-f", &id]).success();
}

/// Wait until `port` on 127.0.0.1 can be bound again and process `pid` is gone.
#[track_caller]
fn wait_until_free(port: u16, pid: Option<i32>) {
    let end = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::net::TcpListener::bind(("127.0.0.1", port)).is_err()
        || pid.is_some_and(|p| std::path::Path::new(&format!("/proc/{p}")).exists())
    {
        assert!(
            std::time::Instant::now() < end,
            "port {port} or process {pid:?} left behind"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// The resident memory of process `pid` of a kind (`VmRSS:`, `RssAnon:`), in KiB.
fn rss_kib(pid: i32, kind: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status.lines().find(|l| l.starts_with(kind)).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[test]
fn rootless_monitor_memory_stays_bounded_under_1000_connections() {
    let Some(env) = rootless_env() else { return };
    // A host server that accepts and holds every connection.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().flatten() {
            held.push(s);
            let _ = tx.send(held.len());
        }
    });
    let script = format!(
        "i=0; while [ $i -lt 1000 ]; do sleep 600 | nc 10.0.2.2 {port} & i=$((i+1)); done; \
         sleep 600"
    );
    let out = env
        .berth(&["run", "-d", "bb", "sh", "-c", &script])
        .success();
    let id = out.stdout().trim().to_owned();
    let pid = init_pid(&env, &id);
    let monitor = parent_of(pid);
    let end = std::time::Instant::now() + std::time::Duration::from_secs(90);
    let mut open = 0;
    while open < 1000 {
        match rx.recv_timeout(std::time::Duration::from_secs(1)) {
            Ok(n) => open = n,
            Err(_) => assert!(
                std::time::Instant::now() < end,
                "only {open} connections reached the host"
            ),
        }
    }
    let rss = rss_kib(monitor, "VmRSS:");
    env.berth(&["rm", "-f", &id]).success();
    // Buffers are allocated per flow but only touched by data: 1,000 idle connections
    // cost the monitor little.
    assert!(
        rss < 64 * 1024,
        "monitor RSS {rss} KiB with 1000 connections open"
    );
}

/// The pid of container `id`'s init.
fn init_pid(env: &TestEnv, id: &str) -> i32 {
    (env.berth(&["inspect", "-f", "{{.State.Pid}}", id])
        .success()
        .stdout())
    .trim()
    .parse()
    .unwrap()
}

#[test]
fn rootless_containers_on_a_user_network_reach_each_other_by_name() {
    let Some(env) = rootless_env() else { return };
    env.berth(&["network", "create", "unet"]).success();
    env.berth(&["network", "ls", "--format", "{{.Name}}"])
        .success()
        .stdout_contains("unet\n");
    let out = env
        .berth(&[
            "run",
            "-d",
            "--name",
            "srv",
            "--network",
            "unet",
            "--network-alias",
            "web",
            "bb",
            "sh",
            "-c",
            "mkdir /www && echo hello from srv > /www/i.txt && httpd -f -p 80 -h /www",
        ])
        .success();
    let id = out.stdout().trim().to_owned();
    let ip = env
        .berth(&[
            "inspect",
            "-f",
            "{{.NetworkSettings.Networks.unet.IPAddress}}",
            &id,
        ])
        .success()
        .stdout()
        .trim()
        .to_owned();
    assert!(ip.starts_with("10.89."), "address on unet: {ip:?}");
    // By name and by alias, from a foreground container and through a monitor alike;
    // the client sees its own address on the network.
    let fetch = "i=0; until wget -qO- http://srv/i.txt; do i=$((i+1)); \
                 [ $i -gt 100 ] && exit 1; sleep 0.1; done; wget -qO- http://web/i.txt; \
                 ip -4 addr show eth0";
    let out = env
        .berth(&["run", "--rm", "--network", "unet", "bb", "sh", "-c", fetch])
        .success();
    let text = out.stdout();
    assert_eq!(text.matches("hello from srv").count(), 2, "{text}");
    assert!(text.contains("inet 10.89."), "{text}");
    // The server's /etc/hosts names it; a container on the default network reaches
    // nothing on unet.
    let out = sh(
        &env,
        &format!("wget -T 3 -qO- http://{ip}/i.txt; echo wget=$?"),
    );
    assert!(out.stdout().contains("wget=1"), "{}", out.stdout());
    env.berth(&["rm", "-f", &id]).success();
    env.berth(&["network", "rm", "unet"]).success();
}

#[test]
fn rootless_pasta_and_slirp4netns_serve_the_namespace_when_installed() {
    let Some(env) = rootless_env() else { return };
    if !(require_cmd("pasta") && require_cmd("slirp4netns")) {
        return;
    }
    let dir = env.mkdir("www");
    env.write_file("www/file.txt", "through a helper\n");
    let port = free_port();
    let _host = Httpd::start(None, Ipv4Addr::LOCALHOST, port, &dir);
    // slirp4netns: the host's loopback is 10.0.2.2 once allowed (podman's default is
    // not to), DNS is slirp4netns's own.
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--network",
            "slirp4netns:allow_host_loopback=true,mtu=1500",
            "bb",
            "sh",
            "-c",
            &format!(
                "ip link show tap0; cat /etc/resolv.conf; wget -qO- http://10.0.2.2:{port}/file.txt"
            ),
        ])
        .success();
    let text = out.stdout();
    assert!(text.contains("mtu 1500"), "{text}");
    assert!(text.contains("nameserver 10.0.2.3"), "{text}");
    assert!(text.contains("through a helper"), "{text}");
    // Without allow_host_loopback the host's loopback is out of reach.
    env.berth(&[
        "run",
        "--rm",
        "--network",
        "slirp4netns",
        "bb",
        "sh",
        "-c",
        &format!("! wget -T 3 -qO- http://10.0.2.2:{port}/file.txt"),
    ])
    .success();
    // pasta: the namespace copies the host's addresses and routes; its gateway leads to
    // the host's loopback. Detached too, through the monitor, and nothing stays behind.
    let gw = std::fs::read_to_string("/proc/net/route")
        .unwrap()
        .lines()
        .skip(1)
        .find_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (f.get(1) == Some(&"00000000"))
                .then(|| u32::from_str_radix(f[2], 16).ok())
                .flatten()
        })
        .map(|g| Ipv4Addr::from(u32::from_be(g)));
    let Some(gw) = gw else {
        unmet("pasta needs a default route on the host");
        return;
    };
    let fetch = format!("wget -qO- http://{gw}:{port}/file.txt");
    env.berth(&[
        "run",
        "--rm",
        "--network",
        "pasta",
        "bb",
        "sh",
        "-c",
        &fetch,
    ])
    .success()
    .stdout_contains("through a helper\n");
    let before = helper_pids();
    let out = env
        .berth(&[
            "run",
            "-d",
            "--network",
            "pasta",
            "bb",
            "sh",
            "-c",
            &format!("{fetch}; sleep 30"),
        ])
        .success();
    let id = out.stdout().trim().to_owned();
    let end = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !env
        .berth(&["logs", &id])
        .success()
        .stdout()
        .contains("through a helper")
    {
        assert!(std::time::Instant::now() < end, "no fetch through pasta");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let helpers = || {
        let mut now = helper_pids();
        now.retain(|p| !before.contains(p));
        now
    };
    assert!(!helpers().is_empty(), "pasta serves the container");
    env.berth(&["rm", "-f", &id]).success();
    let end = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !helpers().is_empty() {
        assert!(std::time::Instant::now() < end, "pasta left behind");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Where `tool` is on this process's PATH.
fn which(tool: &str) -> Result<std::path::PathBuf, ()> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    (std::env::split_paths(&path))
        .map(|d| d.join(tool))
        .find(|p| p.is_file())
        .ok_or(())
}

/// The pasta and slirp4netns processes running now.
fn helper_pids() -> Vec<i32> {
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(p) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let cmd = std::fs::read(format!("/proc/{p}/cmdline")).unwrap_or_default();
        let args: Vec<&[u8]> = cmd.split(|b| *b == 0).collect();
        let prog = args
            .first()
            .map(|a| String::from_utf8_lossy(a).into_owned());
        if prog.is_some_and(|p| p.ends_with("pasta") || p.ends_with("slirp4netns")) {
            out.push(p);
        }
    }
    out
}

#[test]
fn rootless_network_helpers_that_are_not_installed_are_one_line_and_125() {
    let Some(env) = rootless_env() else { return };
    // A PATH with what berth needs to start rootless, and neither helper.
    let bin = env.mkdir("bin");
    for tool in ["setpriv", "newuidmap", "newgidmap"] {
        if let Ok(p) = which(tool) {
            std::os::unix::fs::symlink(p, bin.join(tool)).unwrap();
        }
    }
    for mode in ["pasta", "slirp4netns:mtu=1500"] {
        let out = env
            .berth(&["run", "--rm", "--network", mode, "bb", "true"])
            .env("PATH", &bin)
            .failure_code(125);
        let err = out.stderr();
        assert!(err.contains("is not installed"), "{err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    // Bad options: one line too.
    env.berth(&[
        "run",
        "--rm",
        "--network",
        "slirp4netns:mtu=x",
        "bb",
        "true",
    ])
    .failure_code(125)
    .stderr_contains("mtu takes");
    env.berth(&["run", "--rm", "--network", "pasta,private", "bb", "true"])
        .failure_code(125);
}

/// Sets net.ipv4.ping_group_range for the test, and puts the host's value back.
struct PingRange(String);

const PING_RANGE: &str = "/proc/sys/net/ipv4/ping_group_range";

impl PingRange {
    fn set(range: &str) -> PingRange {
        let old = std::fs::read_to_string(PING_RANGE).unwrap();
        std::fs::write(PING_RANGE, range).unwrap();
        PingRange(old)
    }
}

impl Drop for PingRange {
    fn drop(&mut self) {
        let _ = std::fs::write(PING_RANGE, self.0.trim());
    }
}

#[test]
fn rootless_ping_goes_through_ping_sockets_where_the_host_allows_them() {
    let Some(env) = rootless_env() else { return };
    // A test host (answered by its kernel) and the gateway (the host's loopback): the
    // stack answers neither itself.
    let th = TestHost::new(3);
    let both = format!("ping -c 2 -W 5 {} && ping -c 1 -W 5 10.0.2.2", th.addr);
    {
        let _allowed = PingRange::set("0 2147483647");
        sh(&env, &both).stdout_contains("2 packets received");
    }
    // Not allowed: no reply, the ping fails (and nothing else does).
    let _denied = PingRange::set("1 0");
    let out = sh(&env, "ping -c 1 -W 2 10.0.2.2; echo ping=$?");
    assert!(out.stdout().contains("ping=1"), "{}", out.stdout());
}
