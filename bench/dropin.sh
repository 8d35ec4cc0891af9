#!/usr/bin/env bash
# What scripts run most, against a floor of the same records read plainly: N containers
# (created, not started) in a store on tmpfs (/dev/shm), then the median wall time of
#   floor:   cat of every container record file plus `ls` of the store's directories
#   ps:      ps -a
#   json:    ps -a --format json
#   inspect: inspect of all N containers in one call
#   images:  images
#   info:    info --format '{{.Store.GraphRoot}}'
#   help:    ps --help (the help text is reshaped on the way out)
# each as a ratio to the floor measured in the same run.
#
# Usage: bench/dropin.sh [N] [RUNS]      (default 200 containers, 20 runs; needs root)
set -euo pipefail

N=${1:-200}
RUNS=${2:-20}
for v in "$N" "$RUNS"; do
    case $v in '' | *[!0-9]*) echo "usage: $0 [N] [RUNS]" >&2; exit 2 ;; esac
done
cd "$(dirname "$0")/.."
. bench/common.sh
need_root_bash5_busybox
release_berth

TMP=$(mktemp -d /dev/shm/berth-bench.XXXXXX)
trap 'unmount_below "$TMP"; rm -rf "$TMP"' EXIT
B=("$BERTH" --root "$TMP/root" --runroot "$TMP/run")
busybox_rootfs "$TMP/rootfs"
"${B[@]}" import "$TMP/rootfs.tar" bb >/dev/null
echo "creating $N containers..." >&2
for i in $(seq 1 "$N"); do
    "${B[@]}" create --name "c$i" -l "n=$i" bb true >/dev/null
done
NAMES=$(seq -f 'c%g' 1 "$N")

floor() {
    find "$TMP/root" "$TMP/run" -name '*.json' -type f -exec cat {} + >/dev/null
    ls -lR "$TMP/root/containers" >/dev/null 2>&1 || true
}
run_case() {
    case $1 in
    floor) floor ;;
    ps) "${B[@]}" ps -a >/dev/null ;;
    json) "${B[@]}" ps -a --format json >/dev/null ;;
    # shellcheck disable=SC2086 # one word per name
    inspect) "${B[@]}" inspect $NAMES >/dev/null ;;
    images) "${B[@]}" images >/dev/null ;;
    info) "${B[@]}" info --format '{{.Store.GraphRoot}}' >/dev/null ;;
    help) "${B[@]}" ps --help >/dev/null ;;
    esac
}

CASES=(floor ps json inspect images info help)
declare -A TIMES
for c in "${CASES[@]}"; do run_case "$c"; done # warm the page cache
for _ in $(seq 1 "$RUNS"); do
    # Alternate the cases run by run, so drift in machine load hits all alike.
    for c in "${CASES[@]}"; do
        t0=$EPOCHREALTIME
        run_case "$c"
        t1=$EPOCHREALTIME
        TIMES[$c]+="$(( (${t1/./} - ${t0/./}) )) "
    done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
FLOOR=$(echo "${TIMES[floor]}" | median)
echo "$N containers on tmpfs, $RUNS runs each (median wall time; floor: cat of the records)"
printf '%-8s %10s %10s\n' case ms ratio
for c in "${CASES[@]}"; do
    m=$(echo "${TIMES[$c]}" | median)
    awk -v c="$c" -v m="$m" -v f="$FLOOR" 'BEGIN {printf "%-8s %10.2f %9.2fx\n", c, m/1000, m/f}'
done
