//! Networks as root: the default bridge with NAT, published ports, firewall cleanup.
//! An "outside" host is a network namespace of the test's own (`ip netns`), joined to the
//! host by a veth on a /24 of 10.199.0.0/16; it has no route to berth's subnets, so only
//! NATed traffic gets answers. Nothing leaves the machine.

use std::process::Command;

use crate::common::*;

/// A test host: a network namespace with a veth to the host, `10.199.N.2` inside and
/// `10.199.N.1` on the host side. Removed on drop.
struct TestHost {
    ns: String,
    host_if: String,
    pub inside: String,
    pub outside: String,
}

fn ip(args: &[&str]) {
    let out = Command::new("ip").args(args).output().expect("running ip");
    assert!(
        out.status.success(),
        "ip {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

impl TestHost {
    fn new(tag: &str) -> TestHost {
        // A /24 per test process and tag, so parallel tests do not meet.
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let k = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let n = (std::process::id() as usize * 7 + k) % 250 + 1;
        let ns = format!("berth-t{}-{tag}", std::process::id());
        let host_if = format!("bt{}{}", std::process::id() % 100000, &tag[..1]);
        let _ = Command::new("ip").args(["netns", "del", &ns]).output();
        ip(&["netns", "add", &ns]);
        ip(&[
            "link", "add", &host_if, "type", "veth", "peer", "name", "eth0", "netns", &ns,
        ]);
        let outside = format!("10.199.{n}.1");
        let inside = format!("10.199.{n}.2");
        ip(&["addr", "add", &format!("{outside}/24"), "dev", &host_if]);
        ip(&["link", "set", &host_if, "up"]);
        ip(&[
            "-n",
            &ns,
            "addr",
            "add",
            &format!("{inside}/24"),
            "dev",
            "eth0",
        ]);
        ip(&["-n", &ns, "link", "set", "eth0", "up"]);
        ip(&["-n", &ns, "link", "set", "lo", "up"]);
        TestHost {
            ns,
            host_if,
            inside,
            outside,
        }
    }

    /// IPv6 on the link too: `fd00:199:N::1` on the host side, `fd00:199:N::2` inside
    /// (no duplicate address detection, so both are usable at once). Returns them.
    fn with_v6(&self) -> (String, String) {
        let n = self.outside.split('.').nth(2).unwrap_or("1");
        let (outside, inside) = (format!("fd00:199:{n}::1"), format!("fd00:199:{n}::2"));
        ip(&[
            "addr",
            "add",
            &format!("{outside}/64"),
            "dev",
            &self.host_if,
            "nodad",
        ]);
        ip(&[
            "-n",
            &self.ns,
            "addr",
            "add",
            &format!("{inside}/64"),
            "dev",
            "eth0",
            "nodad",
        ]);
        (outside, inside)
    }

    /// Run busybox in the namespace.
    fn busybox(&self, args: &[&str]) -> std::process::Output {
        Command::new("ip")
            .args(["netns", "exec", &self.ns, BUSYBOX])
            .args(args)
            .output()
            .expect("ip netns exec")
    }

    fn spawn_busybox(&self, args: &[&str]) -> std::process::Child {
        Command::new("ip")
            .args(["netns", "exec", &self.ns, BUSYBOX])
            .args(args)
            .spawn()
            .expect("ip netns exec")
    }
}

impl Drop for TestHost {
    fn drop(&mut self) {
        let _ = Command::new("ip")
            .args(["link", "del", &self.host_if])
            .output();
        let _ = Command::new("ip").args(["netns", "del", &self.ns]).output();
    }
}

fn net_env() -> Option<TestEnv> {
    if !require_root() || !require_busybox() || !require_cmd("ip") || !require_cmd("nft") {
        return None;
    }
    let env = TestEnv::new();
    env.import_busybox("bb");
    Some(env)
}

/// A TCP port free on the host now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("0.0.0.0:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("binding a free port")
}

/// What a TCP connection to `addr` reads, from the host itself (busybox nc, 5 s at most).
fn read_from(addr: &str, port: u16) -> String {
    let out = Command::new(BUSYBOX)
        .args(["timeout", "5", BUSYBOX, "nc", addr, &port.to_string()])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("busybox nc");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A container that answers `hello` on port 80 to every connection: a persistent server
/// (a child per connection), so no connection meets the gap a `while nc -l` loop leaves
/// between two listeners, which made a loaded machine refuse the next one.
const SERVER: &str = "exec nc -ll -p 80 -e echo hello";

/// A detached container `name` on network `net` serving [`SERVER`], its port 80 published
/// on host port `port`; its id, once it had time to listen.
fn serve_on(env: &TestEnv, net: &str, name: &str, port: u16) -> String {
    let id = env
        .berth(&["run", "-d", "--network", net, "--name", name, "-p"])
        .arg(format!("{port}:80"))
        .args(&["bb", "sh", "-c", SERVER])
        .success()
        .stdout();
    std::thread::sleep(std::time::Duration::from_millis(500));
    id.trim().to_string()
}

/// The berth0 table's text (empty when there is none).
fn berth0_rules() -> String {
    let out = Command::new("nft")
        .args(["list", "table", "ip", "berth-berth0"])
        .output()
        .expect("nft");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn default_bridge_reaches_a_test_host_through_nat() {
    let Some(env) = net_env() else { return };
    let host = TestHost::new("nat");
    // The test host answers with a line; it has no route back to berth's subnet, so the
    // answer arrives only if the container's address was masqueraded.
    let mut server = host.spawn_busybox(&[
        "timeout", "20", BUSYBOX, "nc", "-l", "-p", "9999", "-e", "echo", "outside",
    ]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let out = env
        .berth(&["run", "--rm", "bb", "sh", "-c"])
        .arg(format!(
            "ip route; ip -4 addr show eth0; echo | nc {} 9999",
            host.inside
        ))
        .success();
    let _ = server.kill();
    let _ = server.wait();
    let text = out.stdout();
    assert!(text.contains("default via 10.88.0.1"), "{out}");
    assert!(text.contains("inet 10.88."), "{out}");
    assert!(text.contains("outside"), "no answer through NAT\n{out}");
    // Forwarding is on now, and info says so.
    let out = env
        .berth(&["info", "--format", "{{.IPv4Forwarding}}"])
        .success();
    assert_eq!(out.stdout().trim(), "true", "{out}");
    // --network none and private keep their meaning: no interface but lo.
    for mode in ["none", "private"] {
        let out = env
            .berth(&["run", "--rm", "--network", mode, "bb", "ip", "-o", "link"])
            .success();
        assert!(!out.stdout().contains("eth0"), "{mode}: {out}");
    }
}

#[test]
fn published_port_answers_from_outside_localhost_and_hairpin() {
    let Some(env) = net_env() else { return };
    let host = TestHost::new("pub");
    let port = free_port();
    let id = env
        .berth(&["run", "-d", "--name", "web", "-p"])
        .arg(format!("{port}:80"))
        .args(&["bb", "sh", "-c", SERVER])
        .success()
        .stdout();
    let id = id.trim();
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert_eq!(
        read_from("127.0.0.1", port).trim(),
        "hello",
        "from 127.0.0.1"
    );
    // From the test host, to the host's address on its link.
    let out = host.busybox(&[
        "timeout",
        "5",
        BUSYBOX,
        "nc",
        &host.outside,
        &port.to_string(),
    ]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "hello",
        "from outside: {out:?}"
    );
    // Hairpin: another container through the host's address.
    let out = env
        .berth(&["run", "--rm", "bb", "sh", "-c"])
        .arg(format!("nc {} {port} </dev/null", host.outside))
        .success();
    assert_eq!(out.stdout().trim(), "hello", "hairpin: {out}");
    // port and ps show it.
    let out = env.berth(&["port", "web"]).success();
    assert_eq!(out.stdout().trim(), format!("80/tcp -> 0.0.0.0:{port}"));
    let out = env.berth(&["port", "web", "80"]).success();
    assert_eq!(out.stdout().trim(), format!("0.0.0.0:{port}"));
    env.berth(&["port", "web", "81"]).run().berth_error();
    let out = env.berth(&["ps", "--format", "{{.Ports}}"]).success();
    assert!(
        out.stdout().contains(&format!("0.0.0.0:{port}->80/tcp")),
        "{out}"
    );
    assert!(berth0_rules().contains(&format!("dport {port} fib daddr type local dnat")));
    // The port is taken now: a second container cannot have it.
    env.berth(&["run", "--rm", "-p"])
        .arg(format!("{port}:80"))
        .args(&["bb", "true"])
        .run()
        .berth_error()
        .stderr_contains("already allocated");
    env.berth(&["rm", "-f", id]).success();
    assert!(
        !berth0_rules().contains(&format!("dport {port} ")),
        "rule left after rm -f"
    );
}

#[test]
fn publish_all_uses_exposed_ports_and_a_taken_port_fails_at_start() {
    let Some(env) = net_env() else { return };
    env.berth(&[
        "run", "-d", "--name", "all", "-P", "--expose", "80", "bb", "sh", "-c", SERVER,
    ])
    .success();
    std::thread::sleep(std::time::Duration::from_millis(500));
    let out = env.berth(&["port", "all", "80/tcp"]).success();
    let port: u16 = out
        .stdout()
        .trim()
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in {out}"));
    assert_eq!(read_from("127.0.0.1", port).trim(), "hello");
    env.berth(&["rm", "-f", "all"]).success();
    // A port something else on the host holds.
    let held = std::net::TcpListener::bind("0.0.0.0:0").unwrap();
    let taken = held.local_addr().unwrap().port();
    let out = env
        .berth(&["run", "--rm", "-p"])
        .arg(format!("{taken}:80"))
        .args(&["bb", "true"])
        .run()
        .berth_error();
    assert_eq!(out.stderr().lines().count(), 1, "{out}");
    drop(held);
}

#[test]
fn firewall_is_cleaned_after_the_monitor_is_killed() {
    let Some(env) = net_env() else { return };
    let port = free_port();
    env.berth(&["run", "-d", "--name", "killed", "-p"])
        .arg(format!("{port}:80"))
        .args(&["bb", "sleep", "1000"])
        .success();
    assert!(berth0_rules().contains(&format!("dport {port} fib daddr type local dnat")));
    let pid = env
        .berth(&["inspect", "-f", "{{.State.Pid}}", "killed"])
        .success()
        .stdout();
    let status = std::fs::read_to_string(format!("/proc/{}/status", pid.trim())).unwrap();
    let monitor: i32 = status
        .lines()
        .find_map(|l| l.strip_prefix("PPid:"))
        .and_then(|p| p.trim().parse().ok())
        .unwrap();
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(monitor),
        nix::sys::signal::SIGKILL,
    )
    .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    // The next command that touches the network sweeps the dead container's rules.
    env.berth(&["run", "--rm", "bb", "true"]).success();
    assert!(
        !berth0_rules().contains(&format!("dport {port} ")),
        "rule left after kill -9"
    );
    env.berth(&["rm", "-f", "killed"]).success();
}

#[test]
fn rootless_refuses_user_networks_and_ports_without_a_network() {
    if !require_rootless() || !require_busybox() {
        return;
    }
    let env = TestEnv::rootless();
    env.import_busybox("bb");
    // Rootless, ports are published by the user-mode network (usernet.rs); a container
    // with loopback only has nothing to publish them on.
    env.berth(&[
        "run",
        "--rm",
        "--network",
        "private",
        "-p",
        "8080:80",
        "bb",
        "true",
    ])
    .run()
    .berth_error();
    env.berth(&["run", "--rm", "--network", "some-net", "bb", "true"])
        .run()
        .berth_error();
}

#[test]
fn bad_network_flags_are_one_line_and_125() {
    let Some(env) = net_env() else { return };
    for args in [
        &["-p", "70000:80"][..],
        &["-p", "1-3:1-2"],
        &["--network", "no-such-net"],
        &["--network", "host", "-p", "80"],
        &["--ip", "1.2.3"],
        &["--mac-address", "zz"],
        &["--add-host", "nocolon"],
        &["--dns", "x"],
        &["--network", "ns:relative"],
        &["--link", "no-such-container"],
    ] {
        let out = env
            .berth(&["run", "--rm"])
            .args(args)
            .args(&["bb", "true"])
            .run()
            .berth_error();
        assert_eq!(out.stderr().lines().count(), 1, "{args:?}: {out}");
    }
}

/// A network name unique to this test process.
fn net_name(tag: &str) -> String {
    format!("t{}-{tag}", std::process::id())
}

/// The bridge of network `name`, from inspect.
fn bridge_of(env: &TestEnv, name: &str) -> String {
    env.berth(&[
        "network",
        "inspect",
        "-f",
        "{{index .Options \"com.docker.network.bridge.name\"}}",
        name,
    ])
    .success()
    .stdout()
    .trim()
    .to_string()
}

fn table_exists(bridge: &str) -> bool {
    Command::new("nft")
        .args(["list", "table", "ip", &format!("berth-{bridge}")])
        .output()
        .expect("nft")
        .status
        .success()
}

fn link_exists(name: &str) -> bool {
    std::path::Path::new("/sys/class/net").join(name).exists()
}

#[test]
fn user_networks_resolve_names_and_not_across_networks() {
    let Some(env) = net_env() else { return };
    let (a, b) = (net_name("ra"), net_name("rb"));
    env.berth(&["network", "create", &a]).success();
    env.berth(&["network", "create", &b]).success();
    let one = env
        .berth(&[
            "run",
            "-d",
            "--name",
            "one",
            "--network",
            &a,
            "--network-alias",
            "db",
        ])
        .args(&["bb", "sleep", "1000"])
        .success()
        .stdout();
    // By name, alias and short id, from a peer on the same network.
    for target in ["one", "db", &one.trim()[..12]] {
        env.berth(&[
            "run",
            "--rm",
            "--network",
            &a,
            "bb",
            "ping",
            "-c1",
            "-W2",
            target,
        ])
        .success();
    }
    // Not from another network.
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--network",
            &b,
            "bb",
            "ping",
            "-c1",
            "-W1",
            "one",
        ])
        .run();
    assert_ne!(out.code(), Some(0), "one resolved across networks\n{out}");
    // A peer that comes later appears in the running container's /etc/hosts, and goes.
    env.berth(&[
        "run",
        "-d",
        "--name",
        "two",
        "--network",
        &a,
        "bb",
        "sleep",
        "1000",
    ])
    .success();
    env.berth(&["exec", "one", "ping", "-c1", "-W2", "two"])
        .success();
    env.berth(&["rm", "-f", "two"]).success();
    let hosts = env
        .berth(&["exec", "one", "cat", "/etc/hosts"])
        .success()
        .stdout();
    assert!(
        !hosts.contains(" two") && !hosts.contains("\ttwo"),
        "{hosts}"
    );
    env.berth(&["rm", "-f", "one"]).success();
    env.berth(&["network", "rm", &a, &b]).success();
}

#[test]
fn network_commands_list_inspect_and_remove() {
    let Some(env) = net_env() else { return };
    let n = net_name("cmd");
    env.berth(&[
        "network",
        "create",
        "--subnet",
        "10.231.7.0/24",
        "--label",
        "tier=web",
        &n,
    ])
    .success();
    env.berth(&["network", "create", &n]).run().berth_error();
    env.berth(&["network", "exists", &n]).success();
    env.berth(&["network", "exists", "podman"]).success();
    env.berth(&["network", "exists", "no-such"])
        .run()
        .failure_code(1);
    let out = env
        .berth(&[
            "network",
            "ls",
            "--filter",
            "label=tier=web",
            "--format",
            "{{.Name}} {{.Driver}}",
        ])
        .success();
    assert_eq!(out.stdout().trim(), format!("{n} bridge"));
    let out = env
        .berth(&["network", "ls", "--filter", "type=builtin", "-q"])
        .success();
    assert_eq!(out.stdout_lines().len(), 1, "{out}");
    let out = env
        .berth(&[
            "network",
            "inspect",
            "-f",
            "{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}",
            &n,
        ])
        .success();
    assert_eq!(out.stdout().trim(), "10.231.7.0/24 10.231.7.1");
    // A container on it: an address from its subnet, NetworkSettings in inspect.
    env.berth(&[
        "run",
        "-d",
        "--name",
        "on",
        "--network",
        &n,
        "--ip",
        "10.231.7.9",
    ])
    .args(&["bb", "sleep", "1000"])
    .success();
    let out = env
        .berth(&[
            "inspect",
            "-f",
            "{{.NetworkSettings.IPAddress}} {{.HostConfig.NetworkMode}}",
            "on",
        ])
        .success();
    assert_eq!(out.stdout().trim(), format!("10.231.7.9 {n}"));
    let bridge = bridge_of(&env, &n);
    assert!(link_exists(&bridge) && table_exists(&bridge));
    // In use: refused, then forced (the container goes too).
    env.berth(&["network", "rm", &n]).run().berth_error();
    env.berth(&["network", "rm", "bridge"]).run().berth_error();
    env.berth(&["network", "rm", "-f", &n]).success();
    env.berth(&["container", "exists", "on"])
        .run()
        .failure_code(1);
    assert!(!link_exists(&bridge), "bridge {bridge} left");
    assert!(!table_exists(&bridge), "table of {bridge} left");
    // prune removes what nothing uses.
    env.berth(&["network", "create", &net_name("p1")]).success();
    let out = env.berth(&["network", "prune", "-f"]).success();
    assert!(out.stdout().contains(&net_name("p1")), "{out}");
    env.berth(&["network", "exists", &net_name("p1")])
        .run()
        .failure_code(1);
    // A network that is not there: 1, as docker and podman (a missing one decides it).
    env.berth(&["network", "rm", "-f", &net_name("p1")])
        .run()
        .failure_code(1);
    env.berth(&["network", "rm", "bridge", &net_name("p1")])
        .run()
        .failure_code(1);
    let out = env.berth(&["network", "ls", "--noheading"]).success();
    assert!(!out.stdout().contains("NETWORK ID"), "{out}");
    assert!(out.stdout().contains("bridge"), "{out}");
    // system prune takes the unused networks too, as docker's.
    env.berth(&["network", "create", &net_name("p2")]).success();
    let out = env.berth(&["system", "prune", "-f"]).success();
    assert!(
        out.stdout()
            .contains(&format!("Deleted Networks:\n{}\n", net_name("p2"))),
        "{out}"
    );
    env.berth(&["network", "exists", &net_name("p2")])
        .run()
        .failure_code(1);
}

#[test]
fn connect_and_disconnect_a_running_container() {
    let Some(env) = net_env() else { return };
    let (a, b) = (net_name("ca"), net_name("cb"));
    env.berth(&["network", "create", &a]).success();
    env.berth(&["network", "create", &b]).success();
    env.berth(&[
        "run",
        "-d",
        "--name",
        "c1",
        "--network",
        &a,
        "bb",
        "sleep",
        "1000",
    ])
    .success();
    env.berth(&[
        "run",
        "-d",
        "--name",
        "c2",
        "--network",
        &b,
        "bb",
        "sleep",
        "1000",
    ])
    .success();
    env.berth(&["exec", "c1", "ping", "-c1", "-W1", "c2"])
        .run()
        .failure_code(1);
    env.berth(&["network", "connect", "--alias", "second", &b, "c1"])
        .success();
    env.berth(&["exec", "c1", "ping", "-c1", "-W2", "c2"])
        .success();
    env.berth(&["exec", "c2", "ping", "-c1", "-W2", "second"])
        .success();
    let out = env
        .berth(&["exec", "c1", "ip", "-o", "-4", "addr"])
        .success();
    assert!(out.stdout().contains("eth1"), "{out}");
    env.berth(&["network", "connect", &b, "c1"])
        .run()
        .berth_error();
    env.berth(&["network", "disconnect", &b, "c1"]).success();
    let out = env.berth(&["exec", "c1", "ip", "-o", "link"]).success();
    assert!(!out.stdout().contains("eth1"), "{out}");
    env.berth(&["exec", "c2", "ping", "-c1", "-W1", "c1"])
        .run()
        .failure_code(1);
    env.berth(&["network", "disconnect", &b, "c1"])
        .run()
        .berth_error();
    env.berth(&["rm", "-f", "c1", "c2"]).success();
    env.berth(&["network", "rm", &a, &b]).success();
}

#[test]
fn links_give_hosts_entries_and_environment() {
    let Some(env) = net_env() else { return };
    env.berth(&[
        "run", "-d", "--name", "db", "--expose", "5432", "-e", "FOO=bar",
    ])
    .args(&["bb", "sleep", "1000"])
    .success();
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--link",
            "db:mydb",
            "bb",
            "sh",
            "-c",
            "env; cat /etc/hosts; ping -c1 -W2 mydb",
        ])
        .success();
    let text = out.stdout();
    assert!(text.contains("MYDB_PORT_5432_TCP_ADDR=10.88."), "{out}");
    assert!(text.contains("MYDB_PORT=tcp://10.88."), "{out}");
    assert!(text.contains("MYDB_ENV_FOO=bar"), "{out}");
    assert!(text.contains("\tmydb db "), "{out}");
    env.berth(&["rm", "-f", "db"]).success();
}

#[test]
fn container_mode_shares_the_network_namespace() {
    let Some(env) = net_env() else { return };
    env.berth(&["run", "-d", "--name", "srv", "bb", "sh", "-c", SERVER])
        .success();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--network",
            "container:srv",
            "bb",
            "sh",
            "-c",
            "nc 127.0.0.1 80 </dev/null",
        ])
        .success();
    assert_eq!(out.stdout().trim(), "hello", "{out}");
    env.berth(&["rm", "-f", "srv"]).success();
    env.berth(&["run", "--rm", "--network", "container:srv", "bb", "true"])
        .run()
        .berth_error();
}

#[test]
fn dns_options_shape_resolv_conf() {
    let Some(env) = net_env() else { return };
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--dns",
            "10.1.2.3",
            "--dns-search",
            "corp.test",
            "--dns-option",
            "ndots:3",
        ])
        .args(&[
            "--add-host",
            "gw:host-gateway",
            "bb",
            "sh",
            "-c",
            "cat /etc/resolv.conf /etc/hosts",
        ])
        .success();
    let text = out.stdout();
    assert!(text.contains("nameserver 10.1.2.3\n"), "{out}");
    assert!(text.contains("search corp.test\n"), "{out}");
    assert!(text.contains("options ndots:3\n"), "{out}");
    assert!(text.contains("10.88.0.1\tgw\n"), "{out}");
    // --no-hosts keeps the image's (empty) file.
    let out = env
        .berth(&["run", "--rm", "--no-hosts", "bb", "cat", "/etc/hosts"])
        .success();
    assert_eq!(out.stdout(), "", "{out}");
}

#[test]
fn fifty_parallel_starts_get_distinct_addresses() {
    let Some(env) = net_env() else { return };
    let n = net_name("par");
    env.berth(&["network", "create", &n]).success();
    std::thread::scope(|s| {
        for i in 0..50 {
            let (env, n) = (&env, &n);
            s.spawn(move || {
                env.berth(&[
                    "run",
                    "-d",
                    "--name",
                    &format!("p{i}"),
                    "--network",
                    n,
                    "bb",
                    "sleep",
                    "1000",
                ])
                .success();
            });
        }
    });
    let out = env
        .berth(&[
            "network",
            "inspect",
            "-f",
            "{{range .Containers}}{{.IPv4Address}} {{end}}",
            &n,
        ])
        .success();
    let text = out.stdout();
    let addrs: std::collections::BTreeSet<&str> = text.split_whitespace().collect();
    let count = text.split_whitespace().count();
    assert_eq!(count, 50, "{out}");
    assert_eq!(addrs.len(), 50, "duplicate addresses: {out}");
    // Every one reachable by name from a peer.
    env.berth(&[
        "run",
        "--rm",
        "--network",
        &n,
        "bb",
        "sh",
        "-c",
        "for i in 0 17 49; do ping -c1 -W2 p$i || exit 1; done",
    ])
    .success();
    let names: Vec<String> = (0..50).map(|i| format!("p{i}")).collect();
    env.berth(&["rm", "-f"]).args(&names).success();
    env.berth(&["network", "rm", &n]).success();
}

#[test]
fn macvlan_and_internal_networks() {
    let Some(env) = net_env() else { return };
    // A veth end of the test's own as macvlan's parent: nothing reaches a real link.
    let parent = format!("bm{}", std::process::id() % 100000);
    let peer = format!("{parent}p");
    ip(&[
        "link", "add", &parent, "type", "veth", "peer", "name", &peer,
    ]);
    ip(&["link", "set", &parent, "up"]);
    ip(&["link", "set", &peer, "up"]);
    let mv = net_name("mv");
    env.berth(&["network", "create", "-d", "macvlan", "-o"])
        .arg(format!("parent={parent}"))
        .args(&["--subnet", "10.232.9.0/24", &mv])
        .success();
    env.berth(&[
        "run",
        "-d",
        "--name",
        "m1",
        "--network",
        &mv,
        "bb",
        "sleep",
        "1000",
    ])
    .success();
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--network",
            &mv,
            "bb",
            "sh",
            "-c",
            "ip -4 -o addr; ping -c1 -W2 m1",
        ])
        .run();
    env.berth(&["rm", "-f", "m1"]).success();
    env.berth(&["network", "rm", &mv]).success();
    let _ = Command::new("ip").args(["link", "del", &parent]).output();
    assert_eq!(out.code(), Some(0), "{out}");
    assert!(out.stdout().contains("inet 10.232.9."), "{out}");
    // --internal: no default route, so nothing beyond the bridge.
    let int = net_name("int");
    env.berth(&["network", "create", "--internal", &int])
        .success();
    let out = env
        .berth(&["run", "--rm", "--network", &int, "bb", "ip", "route"])
        .success();
    assert!(!out.stdout().contains("default"), "{out}");
    env.berth(&["network", "rm", &int]).success();
}

#[test]
fn ipc_and_uts_join_another_container_or_the_host() {
    let Some(env) = net_env() else { return };
    env.berth(&[
        "run", "-d", "--name", "nsa", "-h", "alpha", "bb", "sleep", "1000",
    ])
    .success();
    let pid = env
        .berth(&["inspect", "-f", "{{.State.Pid}}", "nsa"])
        .success()
        .stdout();
    let ns = |pid: &str, kind: &str| std::fs::read_link(format!("/proc/{pid}/ns/{kind}")).unwrap();
    let out = env
        .berth(&[
            "run",
            "--rm",
            "--ipc",
            "container:nsa",
            "--uts",
            "container:nsa",
            "bb",
            "sh",
            "-c",
            "hostname; readlink /proc/self/ns/ipc",
        ])
        .success();
    assert!(out.stdout().starts_with("alpha\n"), "{out}");
    assert!(
        out.stdout()
            .contains(&ns(pid.trim(), "ipc").display().to_string()),
        "{out}"
    );
    // --uts host: the host's name (a -h with it is refused: network_ns).
    let host = nix::unistd::gethostname().unwrap().into_string().unwrap();
    let out = env
        .berth(&["run", "--rm", "--uts", "host", "bb", "hostname"])
        .success();
    assert_eq!(out.stdout().trim(), host);
    assert_eq!(
        nix::unistd::gethostname().unwrap().into_string().unwrap(),
        host
    );
    env.berth(&["run", "--rm", "--ipc", "bogus", "bb", "true"])
        .run()
        .berth_error();
    env.berth(&["rm", "-f", "nsa"]).success();
}

#[test]
fn reload_rebuilds_the_rules_of_the_named_containers() {
    let Some(env) = net_env() else { return };
    let net = net_name("rl");
    env.berth(&["network", "create", &net]).success();
    let bridge = bridge_of(&env, &net);
    let port = free_port();
    let id = serve_on(&env, &net, "rlw", port);
    let id = id.as_str();
    assert_eq!(read_from("127.0.0.1", port).trim(), "hello");
    // A firewall restart drops berth's table: the port goes dark until the reload.
    let gone = Command::new("nft")
        .args(["delete", "table", "ip", &format!("berth-{bridge}")])
        .status()
        .unwrap();
    assert!(gone.success());
    assert_eq!(read_from("127.0.0.1", port).trim(), "");
    let out = env.berth(&["network", "reload", "rlw"]).success();
    assert_eq!(out.stdout().trim(), id, "{out}");
    assert_eq!(read_from("127.0.0.1", port).trim(), "hello");
    let out = env.berth(&["network", "reload", "--all"]).success();
    assert_eq!(out.stdout().trim(), id, "{out}");
    assert_eq!(read_from("127.0.0.1", port).trim(), "hello");
    // Each failure is its own line and 125; the others still reload.
    env.berth(&["create", "--name", "rlstopped", "bb", "true"])
        .success();
    let out = env
        .berth(&["network", "reload", "rlw", "nosuch", "rlstopped"])
        .run()
        .failure_code(125);
    assert_eq!(out.stdout().trim(), id, "{out}");
    assert_eq!(out.stderr().lines().count(), 2, "{out}");
    env.berth(&["network", "reload"]).run().berth_error();
    env.berth(&["rm", "-f", "rlw", "rlstopped"]).success();
    env.berth(&["network", "rm", &net]).success();
}

#[test]
fn dual_stack_networks_give_ipv6_addresses_nat_names_and_ports() {
    let Some(env) = net_env() else { return };
    if !std::path::Path::new("/proc/sys/net/ipv6").exists() {
        unmet("the kernel has no IPv6");
        return;
    }
    let host = TestHost::new("v6");
    let (outside6, inside6) = host.with_v6();
    let net = net_name("v6");
    let sub = format!("fd00:b0:{:x}::/64", std::process::id() % 0xffff);
    env.berth(&["network", "create", "--ipv6", "--subnet", &sub, &net])
        .success();
    let bridge = bridge_of(&env, &net);
    let shown = env
        .berth(&["network", "inspect", "-f", "{{.EnableIPv6}}", &net])
        .success();
    assert_eq!(shown.stdout().trim(), "true", "{shown}");
    let port = free_port();
    serve_on(&env, &net, "w6", port);
    let ip6 = env
        .berth(&[
            "inspect",
            "-f",
            &format!("{{{{(index .NetworkSettings.Networks \"{net}\").GlobalIPv6Address}}}}"),
            "w6",
        ])
        .success()
        .stdout()
        .trim()
        .to_string();
    let prefix = sub.trim_end_matches("::/64");
    assert!(ip6.starts_with(prefix), "{ip6} not in {sub}");
    std::thread::sleep(std::time::Duration::from_millis(500));
    // A peer: the name's IPv6 line, and the server over IPv6.
    let out = env
        .berth(&["run", "--rm", "--network", &net, "bb", "sh", "-c"])
        .arg(format!(
            "grep -c '^{ip6}\tw6' /etc/hosts; nc {ip6} 80 </dev/null; ip -6 route; cat /etc/hosts"
        ))
        .success();
    assert!(out.stdout().starts_with("1\nhello\n"), "{out}");
    assert!(out.stdout().contains("default via"), "{out}");
    // Outbound over IPv6 through NAT: the test host has no route to the subnet.
    let mut server = host.spawn_busybox(&["nc", "-l", "-p", "8081", "-e", "echo", "out6"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let out = env
        .berth(&["run", "--rm", "--network", &net, "bb", "sh", "-c"])
        .arg(format!("nc {inside6} 8081 </dev/null"))
        .success();
    let _ = server.kill();
    let _ = server.wait();
    assert_eq!(out.stdout().trim(), "out6", "{out}");
    // The published port from the test host, to the host's IPv6 address on its link.
    let out = host.busybox(&["timeout", "5", BUSYBOX, "nc", &outside6, &port.to_string()]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "hello",
        "over IPv6 from outside: {out:?}"
    );
    env.berth(&["rm", "-f", "w6"]).success();
    env.berth(&["network", "rm", &net]).success();
    let v6_table = Command::new("nft")
        .args(["list", "table", "ip6", &format!("berth-{bridge}")])
        .output()
        .unwrap();
    assert!(!v6_table.status.success(), "the ip6 table stayed");
    // What cannot be: one line and 125.
    for bad in [
        vec!["network", "create", "--subnet", "fd00::/20", "bad6"],
        vec![
            "network",
            "create",
            "--ipv6",
            "-d",
            "macvlan",
            "-o",
            "parent=lo",
            "--subnet",
            "10.198.0.0/24",
            "bad6",
        ],
        vec![
            "network",
            "create",
            "--subnet",
            "fd00:1::/64",
            "--subnet",
            "fd00:2::/64",
            "bad6",
        ],
    ] {
        env.berth(&bad).run().berth_error();
    }
}
