#!/usr/bin/env bash
# Published-port benchmark: TCP throughput and connection rate from the host to a busybox
# server in a berth container reached through `-p HOSTPORT:PORT` at one of the host's own
# addresses (the DNAT path: berth's output rule, the bridge, the container's veth). The
# floor, measured in the same run: the same server in a plain network namespace joined to
# the host by a veth, reached at its own address (no bridge, no NAT); and the same servers
# in a berth container that joins that namespace (`--network ns:`), which tells the cost
# of the sandbox from the cost of berth's network path.
#
# Usage: bench/network.sh [MB] [CONNECTIONS]   (default 200 MB, 300 connections; root)
#
# Both servers are busybox nc (the same program either way); the client is python3. The
# transfers alternate so machine load hits both alike. Prints MB/s and connections/s of
# each and the ratios berth / floor (the issue's goal: >= 0.9).
set -euo pipefail

MB=${1:-200}
CONNS=${2:-300}
cd "$(dirname "$0")/.."
. bench/common.sh
need_root_bash5_busybox
command -v python3 >/dev/null || { echo "$0 needs python3 (the client)" >&2; exit 1; }
command -v ip >/dev/null || { echo "$0 needs ip (iproute2) for the floor's namespace" >&2; exit 1; }
release_berth

TMP=$(mktemp -d /tmp/berth-bench-net.XXXXXX)
NS=berth-bench-$$
cleanup() {
    "${B[@]}" rm -f bench-tput bench-conn bench-ns >/dev/null 2>&1 || true
    ip netns pids "$NS" 2>/dev/null | xargs -r kill 2>/dev/null || true
    ip netns del "$NS" 2>/dev/null || true
    unmount_below "$TMP"
    rm -rf "$TMP"
}
B=("$BERTH" --root "$TMP/store" --runroot "$TMP/run")
trap cleanup EXIT

busybox_rootfs "$TMP/rootfs"
"${B[@]}" import "$TMP/rootfs.tar" bench-busybox >/dev/null

# The floor: a namespace with a veth to the host, 10.198.0.2 inside.
ip netns add "$NS"
ip link add "bbn$$" type veth peer name eth0 netns "$NS"
ip addr add 10.198.0.1/24 dev "bbn$$"
ip link set "bbn$$" up
ip -n "$NS" addr add 10.198.0.2/24 dev eth0
ip -n "$NS" link set eth0 up
ip -n "$NS" link set lo up

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }
P1=$(free_port)
P2=$(free_port)
SINK='while :; do nc -l -p 5001 >/dev/null; done'
ACCEPT='nc -ll -p 5002 -e true'
"${B[@]}" run -d --name bench-tput -p "$P1:5001" bench-busybox sh -c "$SINK" >/dev/null
"${B[@]}" run -d --name bench-conn -p "$P2:5002" bench-busybox sh -c "$ACCEPT" >/dev/null
ip netns exec "$NS" /bin/busybox sh -c "$SINK" &
ip netns exec "$NS" /bin/busybox nc -ll -p 5002 -e true &
# The same servers in a berth container that joins the floor's namespace: the sandbox's
# own cost (seccomp, cgroup, pid namespace on every fork) without berth's network path.
"${B[@]}" run -d --name bench-ns --network "ns:/run/netns/$NS" bench-busybox \
    sh -c "nc -ll -p 5012 -e true & ${SINK/5001/5011}" >/dev/null
sleep 0.5
# The container is reached through the host's side of the test link: a local address.
HOST=10.198.0.1

client() {
    python3 - "$@" <<'EOF'
import socket, sys, time
mode, host, port, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
if mode == "tput":
    buf = b"\0" * (1 << 20)
    s = socket.create_connection((host, port))
    t = time.perf_counter()
    for _ in range(n):
        s.sendall(buf)
    s.shutdown(socket.SHUT_WR)
    s.recv(1)
    print(f"{n / (time.perf_counter() - t):.1f}")
else:
    t = time.perf_counter()
    for _ in range(n):
        s = socket.create_connection((host, port))
        s.recv(1)
        s.close()
    print(f"{n / (time.perf_counter() - t):.1f}")
EOF
}

best() { sort -g | tail -1; }
for round in 1 2 3; do
    client tput "$HOST" "$P1" "$MB" >>"$TMP/berth.tput"
    client tput 10.198.0.2 5001 "$MB" >>"$TMP/floor.tput"
    client conn "$HOST" "$P2" "$CONNS" >>"$TMP/berth.conn"
    client conn 10.198.0.2 5002 "$CONNS" >>"$TMP/floor.conn"
    client tput 10.198.0.2 5011 "$MB" >>"$TMP/sandbox.tput"
    client conn 10.198.0.2 5012 "$CONNS" >>"$TMP/sandbox.conn"
done
bt=$(best <"$TMP/berth.tput"); ft=$(best <"$TMP/floor.tput")
bc=$(best <"$TMP/berth.conn"); fc=$(best <"$TMP/floor.conn")
st=$(best <"$TMP/sandbox.tput"); sc=$(best <"$TMP/sandbox.conn")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "host: $(nproc) CPUs, kernel $(uname -r); best of 3 rounds, alternating"
printf '%-52s %10s MB/s\n' "published port (-p, DNAT via berth0)" "$bt"
printf '%-52s %10s MB/s\n' "floor: plain namespace over a veth" "$ft"
echo "throughput ratio (berth / floor): $(awk -v a="$bt" -v b="$ft" 'BEGIN { printf "%.2f", a / b }')x"
printf '%-52s %10s conn/s\n' "published port (-p, DNAT via berth0)" "$bc"
printf '%-52s %10s conn/s\n' "floor: plain namespace over a veth" "$fc"
echo "connection-rate ratio (berth / floor): $(awk -v a="$bc" -v b="$fc" 'BEGIN { printf "%.2f", a / b }')x"
printf '%-52s %10s MB/s %10s conn/s\n' "same sandbox, plain namespace (--network ns:)" "$st" "$sc"
echo "network path alone (berth / same sandbox): throughput $(ratio "$bt" "$st")x, connection rate $(ratio "$bc" "$sc")x"
