#!/usr/bin/env bash
# Rootless networking benchmark: berth's user-mode network (the monitor's stack) against
# slirp4netns and pasta on the same transfers, as the unprivileged user, in one run:
#   download   a rootless namespace fetches 512 MiB over HTTP from a server on the host
#              (busybox wget from python3's server on 0.0.0.0, reached through each
#              stack's gateway address, which each maps to the host's loopback)
#   connects   200 sequential HTTP requests (a connection each) to the same server
#   upload     the namespace sends 512 MiB to a sink on the host (busybox nc to python3,
#              which closes once it has all of it)
#   published  a host client fetches 512 MiB over HTTP from busybox httpd in the namespace
#              through a published port (berth -p, pasta -t, slirp4netns add_hostfwd), a
#              sparse file on the tmpfs
#   start      `berth run --rm IMG true` with the network against --network private
# Floors measured in the same run: the same download and requests on the host itself
# (loopback, no stack), and each helper's own start (`pasta -- true`) subtracted from its
# figures, as berth's `run --rm IMG true` is from berth's.
#
# Usage: bench/usernet.sh [RUNS]      (default 3 runs of each; needs root, the test user
#        berthtest with subordinate ids, python3; installs slirp4netns and passt)
#        BERTH=/path/to/berth bench/usernet.sh    times another binary
#
# The store lives on a tmpfs mounted for the run (see docs/DESIGN.md on the disk).
set -euo pipefail

RUNS=${1:-3}
case $RUNS in '' | *[!0-9]* | 0) echo "usage: $0 [RUNS]" >&2; exit 2 ;; esac
cd "$(dirname "$0")/.."
. bench/common.sh
need_root_bash5_busybox
USER_NAME=${BENCH_USER:-berthtest}
id -u "$USER_NAME" >/dev/null 2>&1 || { echo "user $USER_NAME missing: run scripts/test.sh once" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 needed for the host server" >&2; exit 1; }
if ! command -v slirp4netns >/dev/null || ! command -v pasta >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slirp4netns passt >/dev/null
fi
chmod 0666 /dev/net/tun
release_berth

TMP=$(mktemp -d /tmp/berth-bench.XXXXXX)
chmod 755 "$TMP"
mount -t tmpfs -o size=1g,mode=0755 tmpfs "$TMP"
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    [ -n "${NSPID:-}" ] && kill "$NSPID" 2>/dev/null || true
    [ -n "${SLIRP:-}" ] && kill "$SLIRP" 2>/dev/null || true
    unmount_below "$TMP/"
    umount -l "$TMP" 2>/dev/null || true
    rmdir "$TMP" 2>/dev/null || true
}
trap cleanup EXIT
mkdir -p "$TMP/run" "$TMP/store"
chown "$USER_NAME" "$TMP/run" "$TMP/store"
chmod 700 "$TMP/run"
BERTH_BIN=$TMP/berth
cp "$BERTH" "$BERTH_BIN"
chmod 755 "$BERTH_BIN"

as_user() {
    runuser -u "$USER_NAME" -- env XDG_RUNTIME_DIR="$TMP/run" HOME="$TMP/run" \
        BERTH_ROOT="$TMP/store/root" BERTH_RUNROOT="$TMP/store/rr" BERTH_CONFIG=/dev/null "$@"
}

busybox_rootfs "$TMP/rootfs"
chmod 644 "$TMP/rootfs.tar"
as_user "$BERTH_BIN" import "$TMP/rootfs.tar" bb >/dev/null

PORT=18765
SIZE_MB=512
python3 - "$PORT" "$SIZE_MB" <<'EOF' &
import http.server, socketserver, sys
port, size = int(sys.argv[1]), int(sys.argv[2]) << 20
chunk = b"\0" * (1 << 20)
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        n = size if self.path == "/big" else 2
        self.send_response(200)
        self.send_header("Content-Length", str(n))
        self.end_headers()
        while n > 0:
            w = min(n, len(chunk))
            self.wfile.write(chunk[:w])
            n -= w
    def log_message(self, *a):
        pass
class S(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
S(("0.0.0.0", port), H).serve_forever()
EOF
PIDS+=($!)
for _ in $(seq 50); do busybox wget -q -O /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null && break; sleep 0.1; done

# The upload sink: takes SIZE_MB MiB per connection, then closes it.
UPPORT=18766
python3 - "$UPPORT" "$SIZE_MB" <<'EOF2' &
import socket, sys, threading
port, size = int(sys.argv[1]), int(sys.argv[2]) << 20
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("0.0.0.0", port)); s.listen(16)
def sink(c):
    n = 0
    while n < size:
        b = c.recv(1 << 20)
        if not b:
            break
        n += len(b)
    c.close()
while True:
    c, _ = s.accept()
    threading.Thread(target=sink, args=(c,), daemon=True).start()
EOF2
PIDS+=($!)

# The gateway address each namespace reaches the host's loopback through.
PASTA_GW=$(ip -4 route show default | awk '{print $3; exit}')

# Seconds (fractional) that "$@" takes; a failed command stops the bench.
elapsed() {
    local s=$EPOCHREALTIME
    if ! "$@" >/dev/null 2>"$TMP/err"; then
        echo "failed: $* : $(cat "$TMP/err")" >&2
        kill $$
    fi
    echo "$EPOCHREALTIME - $s" | bc -l
}
DL='wget -q -O /dev/null http://GW:'$PORT'/big'
UP='head -c '$((SIZE_MB << 20))' /dev/zero | nc GW '$UPPORT
# In the namespace: httpd serving a sparse file of SIZE_MB MiB on port 8080 (each run's
# own directory under $TMP, on the tmpfs).
SERVE='mkdir -p /tmp/www && dd if=/dev/zero of=/tmp/www/big bs=1 count=0 seek='$((SIZE_MB << 20))' 2>/dev/null && echo ok > /tmp/www/ok && exec httpd -f -p 8080 -h /tmp/www'
# One host port per stack: slirp4netns holds its forward for the whole run.
PUBPORT=18767 PASTAPORT=18768 SLIRPPORT=18769
# Fetch through the published port $1 once the server answers; the fetch alone is timed.
pub_fetch() {
    local i
    for i in $(seq 100); do busybox wget -q -O /dev/null "http://127.0.0.1:$1/ok" 2>/dev/null && break; sleep 0.05; done
    elapsed busybox wget -q -O /dev/null "http://127.0.0.1:$1/big"
}
pub_berth() {
    local id t
    id=$(as_user "$BERTH_BIN" run -d -p "127.0.0.1:$PUBPORT:8080" bb sh -c "$SERVE")
    t=$(pub_fetch "$PUBPORT")
    as_user "$BERTH_BIN" rm -f "$id" >/dev/null
    echo "$t"
}
pub_pasta() {
    local p t
    as_user pasta --config-net -q -t "127.0.0.1/$PASTAPORT:8080" -- busybox sh -c "${SERVE//\/tmp\/www/$TMP/run/pwww}" &
    p=$!
    t=$(pub_fetch "$PASTAPORT")
    pkill -u "$USER_NAME" -x httpd 2>/dev/null || true
    wait "$p" 2>/dev/null || true
    echo "$t"
}
pub_slirp() {
    local t
    in_slirp_bg "${SERVE//\/tmp\/www/$TMP/run/swww}"
    t=$(pub_fetch "$SLIRPPORT")
    pkill -u "$USER_NAME" -x httpd 2>/dev/null || true
    echo "$t"
}
CONN='i=0; while [ $i -lt 200 ]; do wget -q -O /dev/null http://GW:'$PORT'/; i=$((i+1)); done'

# slirp4netns: a user+net namespace kept by a sleeper, slirp4netns attached to it.
as_user unshare --user --map-root-user --net sh -c 'sleep 100000' &
SLEEPER=$!
PIDS+=($SLEEPER)
sleep 0.3
NSPID=$(pgrep -n -u "$USER_NAME" -x -f 'sleep 100000')
as_user slirp4netns --configure --mtu=65520 --api-socket "$TMP/run/slirp.sock" "$NSPID" tap0 >/dev/null 2>&1 &
PIDS+=($!)
sleep 1
# runuser does not pass its signals on: the helper itself is killed at the end.
SLIRP=$(pgrep -n -u "$USER_NAME" -x slirp4netns)
in_slirp() { as_user nsenter -t "$NSPID" -U -n --preserve-credentials busybox sh -c "${1//GW/10.0.2.2}"; }
in_slirp_bg() { as_user nsenter -t "$NSPID" -U -n --preserve-credentials busybox sh -c "$1" >/dev/null 2>&1 & }
# slirp4netns's published port, through its API socket.
python3 - "$TMP/run/slirp.sock" "$SLIRPPORT" <<'EOF2'
import json, socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])
s.sendall(json.dumps({"execute": "add_hostfwd", "arguments": {"proto": "tcp",
    "host_addr": "127.0.0.1", "host_port": int(sys.argv[2]), "guest_port": 8080}}).encode())
reply = s.recv(4096)
if b"error" in reply:
    sys.exit("slirp4netns add_hostfwd: " + reply.decode())
EOF2
in_pasta() { as_user pasta --config-net -q -- busybox sh -c "${1//GW/$PASTA_GW}"; }
in_berth() { as_user "$BERTH_BIN" run --rm bb sh -c "${1//GW/10.0.2.2}"; }
on_host() { busybox sh -c "${1//GW/127.0.0.1}"; }

# Warm up: the first start of the store pays one-time probes.
in_berth true >/dev/null 2>&1
as_user "$BERTH_BIN" run --rm --network private bb true >/dev/null 2>&1
declare -A T
add() { T[$1]=$(echo "${T[$1]:-0} + $2" | bc -l); }
for ((r = 0; r < RUNS; r++)); do
    add host_dl "$(elapsed on_host "$DL")"
    add host_conn "$(elapsed on_host "$CONN")"
    add berth_true "$(elapsed in_berth true)"
    add berth_private "$(elapsed as_user "$BERTH_BIN" run --rm --network private bb true)"
    add berth_dl "$(elapsed in_berth "$DL")"
    add berth_conn "$(elapsed in_berth "$CONN")"
    add berth_up "$(elapsed in_berth "$UP")"
    add berth_pub "$(pub_berth)"
    add slirp_dl "$(elapsed in_slirp "$DL")"
    add slirp_up "$(elapsed in_slirp "$UP")"
    add slirp_pub "$(pub_slirp)"
    add host_up "$(elapsed on_host "$UP")"
    add pasta_up "$(elapsed in_pasta "$UP")"
    add pasta_pub "$(pub_pasta)"
    add slirp_conn "$(elapsed in_slirp "$CONN")"
    add pasta_true "$(elapsed in_pasta true)"
    add pasta_dl "$(elapsed in_pasta "$DL")"
    add pasta_conn "$(elapsed in_pasta "$CONN")"
done
avg() { echo "${T[$1]} / $RUNS" | bc -l; }
net() { # a transfer's own time: minus its namespace's start
    local t
    t=$(echo "$(avg "$1") - ${2:-0}" | bc -l)
    echo "if ($t < 0.001) 0.001 else $t" | bc -l
}
B0=$(avg berth_true); P0=$(avg pasta_true)
hd=$(net host_dl); bd=$(net berth_dl "$B0"); sd=$(net slirp_dl); pd=$(net pasta_dl "$P0")
hc=$(net host_conn); bc_=$(net berth_conn "$B0"); sc=$(net slirp_conn); pc=$(net pasta_conn "$P0")
bu=$(net berth_up "$B0"); su=$(net slirp_up); pu=$(net pasta_up "$P0"); hu=$(net host_up)
bp=$(net berth_pub); sp=$(net slirp_pub); pp=$(net pasta_pub)
mbs() { echo "$SIZE_MB / $1" | bc -l; }
cps() { echo "200 / $1" | bc -l; }
printf '%-34s %12s %12s %12s %12s\n' "" host berth slirp4netns pasta
printf '%-34s %12.0f %12.0f %12.0f %12.0f\n' "download MB/s (${SIZE_MB} MiB)" "$(mbs "$hd")" "$(mbs "$bd")" "$(mbs "$sd")" "$(mbs "$pd")"
printf '%-34s %12.0f %12.0f %12.0f %12.0f\n' "upload MB/s (${SIZE_MB} MiB)" "$(mbs "$hu")" "$(mbs "$bu")" "$(mbs "$su")" "$(mbs "$pu")"
printf '%-34s %12s %12.0f %12.0f %12.0f\n' "published port MB/s (${SIZE_MB} MiB)" - "$(mbs "$bp")" "$(mbs "$sp")" "$(mbs "$pp")"
printf '%-34s %12.0f %12.0f %12.0f %12.0f\n' "connections/s (200 requests)" "$(cps "$hc")" "$(cps "$bc_")" "$(cps "$sc")" "$(cps "$pc")"
echo
printf 'download: berth/slirp4netns %.2fx  berth/pasta %.2fx  berth/host %.2fx (throughput ratios)\n' \
    "$(echo "$sd / $bd" | bc -l)" "$(echo "$pd / $bd" | bc -l)" "$(echo "$hd / $bd" | bc -l)"
printf 'upload:   berth/slirp4netns %.2fx  berth/pasta %.2fx  berth/host %.2fx (throughput ratios)\n' \
    "$(echo "$su / $bu" | bc -l)" "$(echo "$pu / $bu" | bc -l)" "$(echo "$hu / $bu" | bc -l)"
printf 'published port: berth/slirp4netns %.2fx  berth/pasta %.2fx (throughput ratios)\n' \
    "$(echo "$sp / $bp" | bc -l)" "$(echo "$pp / $bp" | bc -l)"
printf 'connects: berth/slirp4netns %.2fx  berth/pasta %.2fx  berth/host %.2fx (rate ratios)\n' \
    "$(echo "$sc / $bc_" | bc -l)" "$(echo "$pc / $bc_" | bc -l)" "$(echo "$hc / $bc_" | bc -l)"
printf 'run --rm bb true rootless: %.1f ms with the network, %.1f ms --network private: %.2fx\n' \
    "$(echo "$B0 * 1000" | bc -l)" "$(echo "$(avg berth_private) * 1000" | bc -l)" \
    "$(echo "$B0 / $(avg berth_private)" | bc -l)"
