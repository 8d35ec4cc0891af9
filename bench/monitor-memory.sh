#!/usr/bin/env bash
# Monitor memory benchmark: start N detached containers (`berth run -d IMG sleep 1000`)
# and print
#   - the PSS of a monitor (mean and max over the N, from /proc/PID/smaps_rollup),
#   - the PSS per container: its monitor's and its processes' together,
#   - the memory per container: the growth of the host's used memory (MemTotal -
#     MemAvailable) while the N started, divided by N: monitor, container init, kernel
#     objects (namespaces, mounts, cgroup, page tables) together,
# beside the floor measured in the same run: the PSS of N plain `sleep 1000` processes
# (what any process that stays alive to wait costs), with the ratios to it.
#
# Usage: bench/monitor-memory.sh [N]      (default 200; needs root)
#        BERTH=/path/to/berth bench/monitor-memory.sh    times another binary
#
# The used-memory figure moves with everything else the machine does meanwhile (a build
# next to it makes it useless); run it on a quiet machine. The PSS figures are not affected.
set -euo pipefail

N=${1:-200}
case $N in '' | *[!0-9]* | 0) echo "usage: $0 [N]" >&2; exit 2 ;; esac
if [ "$(id -u)" -ne 0 ]; then
    echo "$0 needs root (berth runs rootful here)" >&2
    exit 1
fi
BUSYBOX=/bin/busybox
[ -x "$BUSYBOX" ] || { echo "$BUSYBOX not found: apt-get install busybox-static" >&2; exit 1; }

cd "$(dirname "$0")/.."
. bench/common.sh
if [ -z "${BERTH:-}" ]; then
    echo "building the release binary..." >&2
    cargo build --release --quiet
    BERTH=$PWD/target/release/berth
fi

TMP=$(mktemp -d /tmp/berth-bench.XXXXXX)
B=("$BERTH" --root "$TMP/store" --runroot "$TMP/run")
SLEEPERS=()
cleanup() {
    for p in "${SLEEPERS[@]}"; do kill "$p" 2>/dev/null || true; done
    "${B[@]}" ps -aq --no-trunc 2>/dev/null | xargs -r "${B[@]}" rm -f >/dev/null 2>&1 || true
    unmount_below "$TMP"
    rm -rf "$TMP"
}
trap cleanup EXIT

busybox_rootfs "$TMP/rootfs"
"${B[@]}" import "$TMP/rootfs.tar" bench-busybox >/dev/null

used_kb() {
    awk '/^MemTotal:/ { t = $2 } /^MemAvailable:/ { a = $2 } END { print t - a }' /proc/meminfo
}
pss_kb() { awk '/^Pss:/ { print $2 }' "/proc/$1/smaps_rollup"; }
# Mean and max of the numbers on stdin, as "MEAN MAX".
mean_max() { awk '{ s += $1; if ($1 > m) m = $1 } END { printf "%.0f %d\n", s / NR, m }'; }

# --- the floor: N plain sleep processes ------------------------------------------------------
for ((i = 0; i < N; i++)); do
    sleep 1000 &
    SLEEPERS+=($!)
done
sleep 1
read -r floor _ < <(for p in "${SLEEPERS[@]}"; do pss_kb "$p"; done | mean_max)
for p in "${SLEEPERS[@]}"; do kill "$p" 2>/dev/null || true; done
wait 2>/dev/null || true
SLEEPERS=()
sleep 1

# --- N detached containers -------------------------------------------------------------------
echo "starting $N detached containers..." >&2
before=$(used_kb)
for ((i = 0; i < N; i++)); do
    "${B[@]}" run -d bench-busybox sleep 1000 >/dev/null
done
sleep 2
after=$(used_kb)

: >"$TMP/pss.kb"
: >"$TMP/procs.kb"
for id in $("${B[@]}" ps -q --no-trunc); do
    pid=$("${B[@]}" inspect --format '{{.State.Pid}}' "$id")
    mon=$(awk '{ print $4 }' "/proc/$pid/stat")
    pss_kb "$mon" >>"$TMP/pss.kb"
    # The monitor and every process of the container (its init's descendants included).
    echo $(($(pss_kb "$mon") + $(for p in $(ps -o pid= --ppid "$pid") "$pid"; do pss_kb "$p"; done |
        awk '{ s += $1 } END { print s + 0 }'))) >>"$TMP/procs.kb"
done
[ "$(wc -l <"$TMP/pss.kb")" -eq "$N" ] || { echo "not every container runs" >&2; exit 1; }
read -r mon_pss mon_max < <(mean_max <"$TMP/pss.kb")
per_ctr=$(((after - before) / N))
read -r procs _ < <(mean_max <"$TMP/procs.kb")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

echo
echo "host: $(nproc) CPUs, kernel $(uname -r); $N containers"
printf '%-44s %6s kB   max %6s kB   %5sx the floor\n' "monitor PSS (mean)" "$mon_pss" "$mon_max" "$(ratio "$mon_pss" "$floor")"
printf '%-44s %6s kB                 %5sx the floor\n' "PSS per container (monitor + its processes)" "$procs" "$(ratio "$procs" "$floor")"
printf '%-44s %6s kB                 %5sx the floor\n' "memory per container (used memory / N)" "$per_ctr" "$(ratio "$per_ctr" "$floor")"
printf '%-44s %6s kB\n' "floor: PSS of a plain sleep (N of them)" "$floor"
