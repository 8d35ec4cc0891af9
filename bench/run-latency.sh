#!/usr/bin/env bash
# Start latency benchmark: the median time of `berth run --rm IMG true` (as root: on the
# default bridge) and of `berth run --rm --network none IMG true` against a floor measured
# in the same run on the same machine, `unshare -fpmiun chroot ROOTFS /bin/true`
# (namespaces and a chroot, nothing else). IMG is busybox imported into a temporary store;
# ROOTFS is the very same root filesystem as a plain directory.
#
# Usage: bench/run-latency.sh [RUNS]      (default 200 runs of each; needs root)
#
# With BERTH_BASELINE=/path/to/another/berth, that binary (an older build, say) is timed in
# the same alternation against its own store, so a change is judged by two ratios taken in
# one run rather than by figures from different moments.
#
# With BERTH_DETACH=1, berth (and the baseline) run `run -d --rm IMG true` instead: the
# time until the detached container's monitor reports the command started.
#
# The two commands alternate run by run, so drift in machine load hits both alike. Prints
# the median and 90th percentile of each and the ratio of the medians.
set -euo pipefail

RUNS=${1:-200}
WARMUP=10
case $RUNS in '' | *[!0-9]*) echo "usage: $0 [RUNS]" >&2; exit 2 ;; esac

if [ "$(id -u)" -ne 0 ]; then
    echo "$0 needs root (the floor uses unshare, and berth runs rootful here)" >&2
    exit 1
fi
if [ -z "${EPOCHREALTIME:-}" ]; then
    echo "$0 needs bash 5 or newer (EPOCHREALTIME)" >&2
    exit 1
fi
BUSYBOX=/bin/busybox
if ! [ -x "$BUSYBOX" ]; then
    echo "$BUSYBOX not found: apt-get install busybox-static" >&2
    exit 1
fi

cd "$(dirname "$0")/.."
. bench/common.sh
echo "building the release binary..." >&2
[ -n "${BERTH_NO_BUILD:-}" ] || cargo build --release --quiet
BERTH=$PWD/target/release/berth

TMP=$(mktemp -d /tmp/berth-bench.XXXXXX)
cleanup() {
    # Unmount anything a failed run left below TMP (deepest first), then remove it.
    unmount_below "$TMP"
    rm -rf "$TMP"
}
trap cleanup EXIT

# --- the busybox root filesystem, as a dir (floor) and as an image (berth) ---------------
ROOTFS=$TMP/rootfs
busybox_rootfs "$ROOTFS"

B=("$BERTH" --root "$TMP/store" --runroot "$TMP/run")
"${B[@]}" import "$ROOTFS.tar" bench-busybox >/dev/null

RUN_ARGS=(run --rm bench-busybox true)
[ -z "${BERTH_DETACH:-}" ] || RUN_ARGS=(run -d --rm bench-busybox true)
BERTH_CMD=("${B[@]}" "${RUN_ARGS[@]}")
NONE_CMD=("${B[@]}" "${RUN_ARGS[@]:0:2}" --network none "${RUN_ARGS[@]:2}")
BASE_CMD=()
if [ -n "${BERTH_BASELINE:-}" ]; then
    if ! [ -x "$BERTH_BASELINE" ]; then
        echo "BERTH_BASELINE=$BERTH_BASELINE is not an executable" >&2
        exit 1
    fi
    BB=("$BERTH_BASELINE" --root "$TMP/store-base" --runroot "$TMP/run-base")
    "${BB[@]}" import "$ROOTFS.tar" bench-busybox >/dev/null
    BASE_CMD=("${BB[@]}" "${RUN_ARGS[@]}")
    if ! err=$("${BASE_CMD[@]}" 2>&1); then
        echo "baseline berth run failed: $err" >&2
        exit 1
    fi
fi
FLOOR_CMD=(unshare -fpmiun chroot "$ROOTFS" /bin/true)

# Check both work before timing anything.
if ! err=$("${BERTH_CMD[@]}" 2>&1); then
    echo "berth run failed: $err" >&2
    exit 1
fi
"${FLOOR_CMD[@]}"

# --- measure --------------------------------------------------------------------------------
# Microseconds between two EPOCHREALTIME readings ("seconds.micros").
elapsed_us() {
    local s0=${1%.*} u0=${1#*.} s1=${2%.*} u1=${2#*.}
    echo $(((s1 - s0) * 1000000 + (10#$u1 - 10#$u0)))
}

: >"$TMP/berth.us"
: >"$TMP/none.us"
: >"$TMP/floor.us"
: >"$TMP/base.us"
echo "warming up ($WARMUP runs each), then $RUNS runs each, alternating..." >&2
for ((i = 0; i < WARMUP + RUNS; i++)); do
    t0=$EPOCHREALTIME
    "${BERTH_CMD[@]}" >/dev/null
    t1=$EPOCHREALTIME
    "${FLOOR_CMD[@]}" >/dev/null
    t2=$EPOCHREALTIME
    if ((${#BASE_CMD[@]})); then
        "${BASE_CMD[@]}" >/dev/null
    fi
    t3=$EPOCHREALTIME
    "${NONE_CMD[@]}" >/dev/null
    t4=$EPOCHREALTIME
    if ((i >= WARMUP)); then
        elapsed_us "$t3" "$t4" >>"$TMP/none.us"
        elapsed_us "$t0" "$t1" >>"$TMP/berth.us"
        elapsed_us "$t1" "$t2" >>"$TMP/floor.us"
        if ((${#BASE_CMD[@]})); then elapsed_us "$t2" "$t3" >>"$TMP/base.us"; fi
    fi
done

# Percentile p (0-100) of the microsecond values in a file, nearest-rank method.
percentile() {
    sort -n "$1" | awk -v p="$2" '{ v[NR] = $1 }
        END { r = int((p / 100) * NR + 0.999999); if (r < 1) r = 1; print v[r] }'
}
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }

b50=$(percentile "$TMP/berth.us" 50)
b90=$(percentile "$TMP/berth.us" 90)
f50=$(percentile "$TMP/floor.us" 50)
f90=$(percentile "$TMP/floor.us" 90)
ratio=$(awk -v b="$b50" -v f="$f50" 'BEGIN { printf "%.2f", b / f }')

echo
echo "host: $(nproc) CPUs, kernel $(uname -r); $RUNS runs each"
printf '%-44s median %8s ms   p90 %8s ms\n' "berth ${RUN_ARGS[*]}" "$(ms "$b50")" "$(ms "$b90")"
printf '%-44s median %8s ms   p90 %8s ms\n' "unshare -fpmiun chroot ROOTFS /bin/true" "$(ms "$f50")" "$(ms "$f90")"
echo "ratio of medians (berth / floor): ${ratio}x"
n50=$(percentile "$TMP/none.us" 50)
n90=$(percentile "$TMP/none.us" 90)
printf '%-44s median %8s ms   p90 %8s ms\n' "berth run --rm --network none IMG true" "$(ms "$n50")" "$(ms "$n90")"
echo "ratio of medians (none / floor): $(awk -v b="$n50" -v f="$f50" 'BEGIN { printf "%.2f", b / f }')x"
echo "ratio of medians (default network / none): $(awk -v b="$b50" -v n="$n50" 'BEGIN { printf "%.2f", b / n }')x"
if ((${#BASE_CMD[@]})); then
    a50=$(percentile "$TMP/base.us" 50)
    a90=$(percentile "$TMP/base.us" 90)
    printf '%-44s median %8s ms   p90 %8s ms\n' "baseline ${RUN_ARGS[*]}" "$(ms "$a50")" "$(ms "$a90")"
    echo "ratio of medians (baseline / floor): $(awk -v b="$a50" -v f="$f50" 'BEGIN { printf "%.2f", b / f }')x"
fi
