#!/usr/bin/env bash
# Volumes benchmark, all ratios against a floor measured in the same run:
#
# 1. start latency: `berth run --rm IMG true` plain, with a named volume (`-v NAME:/data`,
#    the volume exists), and with an anonymous one (`-v /data`: made, mounted and removed
#    each run), against `unshare -fpmiun chroot ROOTFS /bin/true`, alternating run by run;
# 2. listings: `volume ls` and `system df` with 200 volumes and 1,000 containers, against
#    `ls -l` of the store's containers directory (the floor of reading that many entries),
#    and in absolute milliseconds (the target: under 50 ms).
#
# Scratch: the store lives on a tmpfs mounted for the run, so the figures are berth's and
# not the root file system's (ext4 without a journal here, slow right after mass deletes).
# For `cp` see bench/cp.sh.
#
# Usage: bench/volumes.sh [RUNS]   (default 100 runs of each start; needs root)
set -euo pipefail

RUNS=${1:-100}
WARMUP=5
case $RUNS in '' | *[!0-9]*) echo "usage: $0 [RUNS]" >&2; exit 2 ;; esac

cd "$(dirname "$0")/.."
. bench/common.sh
need_root_bash5_busybox
release_berth

TMP=$(mktemp -d /tmp/berth-vol-bench.XXXXXX)
mount -t tmpfs -o size=2g tmpfs "$TMP"
cleanup() {
    unmount_below "$TMP"
    umount -l "$TMP" 2>/dev/null || true
    rm -rf "$TMP"
}
trap cleanup EXIT

ROOTFS=$TMP/rootfs
busybox_rootfs "$ROOTFS"
B=("$BERTH" --root "$TMP/store" --runroot "$TMP/run")
"${B[@]}" import "$ROOTFS.tar" bb >/dev/null
"${B[@]}" volume create named >/dev/null

elapsed_us() {
    local s0=${1%.*} u0=${1#*.} s1=${2%.*} u1=${2#*.}
    echo $(((s1 - s0) * 1000000 + (10#$u1 - 10#$u0)))
}
percentile() {
    sort -n "$1" | awk -v p="$2" '{ v[NR] = $1 }
        END { r = int((p / 100) * NR + 0.999999); if (r < 1) r = 1; print v[r] }'
}
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }

mkdir -p "$TMP/bind"
declare -A CMDS=(
    [floor]="unshare -fpmiun chroot $ROOTFS /bin/true"
    [plain]="${B[*]} run --rm bb true"
    [bind]="${B[*]} run --rm -v $TMP/bind:/data bb true"
    [named]="${B[*]} run --rm -v named:/data bb true"
    [anon]="${B[*]} run --rm -v /data bb true"
)
# A command as printed: without the store flags and the temporary paths.
shown() {
    local c=${CMDS[$1]#"${B[*]} "}
    c=${c//$TMP\/bind/HOSTDIR}
    echo "${c//$ROOTFS/ROOTFS}"
}
ORDER=(floor plain bind named anon)
for k in "${ORDER[@]}"; do : >"$TMP/$k.us"; done
echo "warming up ($WARMUP runs each), then $RUNS runs each, alternating..." >&2
for ((i = 0; i < WARMUP + RUNS; i++)); do
    for k in "${ORDER[@]}"; do
        t0=$EPOCHREALTIME
        ${CMDS[$k]} >/dev/null
        t1=$EPOCHREALTIME
        ((i < WARMUP)) || elapsed_us "$t0" "$t1" >>"$TMP/$k.us"
    done
done
f50=$(percentile "$TMP/floor.us" 50)
echo
echo "host: $(nproc) CPUs, kernel $(uname -r); $RUNS runs each; store on tmpfs"
for k in "${ORDER[@]}"; do
    m=$(percentile "$TMP/$k.us" 50)
    printf '%-6s %-42s median %7s ms  p90 %7s ms  %5sx floor\n' "$k" "$(shown "$k")" \
        "$(ms "$m")" "$(ms "$(percentile "$TMP/$k.us" 90)")" \
        "$(awk -v b="$m" -v f="$f50" 'BEGIN { printf "%.2f", b / f }')"
done
p50=$(percentile "$TMP/plain.us" 50)
for k in bind named anon; do
    echo "$k / plain: $(awk -v b="$(percentile "$TMP/$k.us" 50)" -v p="$p50" 'BEGIN { printf "%.2f", b / p }')x"
done
left=$("${B[@]}" volume ls -q | wc -l)
echo "volumes left after the anonymous runs: $left (expected 1)"

# --- listings with 200 volumes and 1,000 containers --------------------------------------
echo "creating 200 volumes and 1,000 containers..." >&2
for ((i = 0; i < 200; i++)); do "${B[@]}" volume create "v$i" >/dev/null; done
for ((i = 0; i < 1000; i++)); do
    "${B[@]}" create -v "v$((i % 200)):/data" bb true >/dev/null
done
time_ms() {
    local best=999999 t0 t1 us
    for _ in 1 2 3 4 5; do
        t0=$EPOCHREALTIME
        "$@" >/dev/null
        t1=$EPOCHREALTIME
        us=$(elapsed_us "$t0" "$t1")
        ((us < best)) && best=$us
    done
    echo "$best"
}
floor=$(time_ms ls -l "$TMP/store/containers")
for what in "volume ls" "volume ls --format {{.Name}}:{{.Links}}" "system df"; do
    # shellcheck disable=SC2086
    us=$(time_ms "${B[@]}" $what)
    printf '%-40s best of 5 %7s ms  %6sx floor (ls -l of 1,000 dirs: %s ms)\n' "$what" "$(ms "$us")" \
        "$(awk -v b="$us" -v f="$floor" 'BEGIN { printf "%.1f", b / f }')" "$(ms "$floor")"
done
