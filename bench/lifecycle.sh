#!/usr/bin/env bash
# Lifecycle benchmark: medians of
#   - `berth run -d IMG sleep 1000`          (target < 20 ms)
#   - `berth exec CTR true`                  (target < 20 ms)
#   - `berth ps -a` with 1000 containers     (target < 50 ms)
#   - `berth stop -t 1` of a container that ignores SIGTERM (sleep as PID 1): ~1 s + kill
#   - the monitor's resident memory (VmRSS)  (target < 2 MiB)
# with floors measured in the same run: `unshare -fpmiun chroot ROOTFS /bin/true` for
# starting, `nsenter -t PID -a true` for entering a container.
#
# Usage: bench/lifecycle.sh [RUNS]     (default 30 runs of each; needs root)
set -euo pipefail

RUNS=${1:-30}
CONTAINERS=${BENCH_CONTAINERS:-1000}
case $RUNS in '' | *[!0-9]*) echo "usage: $0 [RUNS]" >&2; exit 2 ;; esac
if [ "$(id -u)" -ne 0 ]; then
    echo "$0 needs root (the floors use unshare and nsenter)" >&2
    exit 1
fi
if [ -z "${EPOCHREALTIME:-}" ]; then
    echo "$0 needs bash 5 or newer (EPOCHREALTIME)" >&2
    exit 1
fi
BUSYBOX=/bin/busybox
[ -x "$BUSYBOX" ] || { echo "$BUSYBOX not found: apt-get install busybox-static" >&2; exit 1; }

cd "$(dirname "$0")/.."
. bench/common.sh
echo "building the release binary..." >&2
cargo build --release --quiet
BERTH=$PWD/target/release/berth

TMP=$(mktemp -d /tmp/berth-bench.XXXXXX)
B=("$BERTH" --root "$TMP/store" --runroot "$TMP/run")
cleanup() {
    "${B[@]}" ps -aq --no-trunc 2>/dev/null | xargs -r "${B[@]}" rm -f >/dev/null 2>&1 || true
    unmount_below "$TMP"
    rm -rf "$TMP"
}
trap cleanup EXIT

ROOTFS=$TMP/rootfs
busybox_rootfs "$ROOTFS"
"${B[@]}" import "$ROOTFS.tar" bench-busybox >/dev/null

elapsed_us() {
    local s0=${1%.*} u0=${1#*.} s1=${2%.*} u1=${2#*.}
    echo $(((s1 - s0) * 1000000 + (10#$u1 - 10#$u0)))
}
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# time_into FILE CMD...: append the microseconds CMD took (its output discarded).
time_into() {
    local f=$1 t0 t1
    shift
    t0=$EPOCHREALTIME
    "$@" >/dev/null
    t1=$EPOCHREALTIME
    elapsed_us "$t0" "$t1" >>"$f"
}

# --- run -d, against the start floor --------------------------------------------------------
echo "run -d: $RUNS runs (and the floor)..." >&2
for ((i = 0; i < RUNS; i++)); do
    time_into "$TMP/rund.us" "${B[@]}" run -d bench-busybox sleep 1000
    time_into "$TMP/floor-start.us" unshare -fpmiun chroot "$ROOTFS" /bin/true
done

# --- monitor RSS: every monitor started above ----------------------------------------------
for id in $("${B[@]}" ps -q --no-trunc); do
    pid=$("${B[@]}" inspect --format '{{.State.Pid}}' "$id")
    mon=$(awk '{ print $4 }' "/proc/$pid/stat")
    awk '/^VmRSS:/ { print $2 }' "/proc/$mon/status" >>"$TMP/rss.kb"
done

# --- exec, against nsenter -----------------------------------------------------------------
mapfile -t RUNNING < <("${B[@]}" ps -q --no-trunc)
CTR=${RUNNING[0]}
CPID=$("${B[@]}" inspect --format '{{.State.Pid}}' "$CTR")
echo "exec: $RUNS runs (and the floor)..." >&2
for ((i = 0; i < RUNS; i++)); do
    time_into "$TMP/exec.us" "${B[@]}" exec "$CTR" true
    time_into "$TMP/floor-exec.us" nsenter -t "$CPID" -a true
done

# --- stop -t 1 of a container that ignores SIGTERM ------------------------------------------
STOPS=$(( RUNS - 1 < 5 ? RUNS - 1 : 5 ))
echo "stop -t 1: $STOPS runs..." >&2
for ((i = 0; i < STOPS; i++)); do
    time_into "$TMP/stop.us" "${B[@]}" stop -t 1 "${RUNNING[i + 1]}"
done
"${B[@]}" ps -aq --no-trunc | xargs -r "${B[@]}" rm -f >/dev/null

# --- ps -a over 1000 containers ------------------------------------------------------------
echo "creating $CONTAINERS containers..." >&2
for ((i = 0; i < CONTAINERS; i++)); do
    "${B[@]}" create bench-busybox true >/dev/null
done
for ((i = 0; i < 5; i++)); do "${B[@]}" ps -a >/dev/null; done
echo "ps -a: $RUNS runs..." >&2
for ((i = 0; i < RUNS; i++)); do
    time_into "$TMP/ps.us" "${B[@]}" ps -a
done
n=$("${B[@]}" ps -aq | wc -l)

rund=$(median "$TMP/rund.us")
fstart=$(median "$TMP/floor-start.us")
ex=$(median "$TMP/exec.us")
fexec=$(median "$TMP/floor-exec.us")
st=$(median "$TMP/stop.us")
ps=$(median "$TMP/ps.us")
rss=$(median "$TMP/rss.kb")
rssmax=$(sort -n "$TMP/rss.kb" | tail -n 1)

echo
echo "host: $(nproc) CPUs, kernel $(uname -r); medians of $RUNS runs"
printf '%-40s %8s ms   floor %6s ms (unshare+chroot)   %sx\n' "run -d IMG sleep 1000" "$(ms "$rund")" "$(ms "$fstart")" "$(ratio "$rund" "$fstart")"
printf '%-40s %8s ms   floor %6s ms (nsenter -a)       %sx\n' "exec CTR true" "$(ms "$ex")" "$(ms "$fexec")" "$(ratio "$ex" "$fexec")"
printf '%-40s %8s ms\n' "ps -a with $n containers" "$(ms "$ps")"
printf '%-40s %8s ms   (grace 1000 ms)\n' "stop -t 1, SIGTERM ignored ($STOPS runs)" "$(ms "$st")"
printf '%-40s %8s KiB  max %s KiB (target < 2048)\n' "monitor VmRSS" "$rss" "$rssmax"
