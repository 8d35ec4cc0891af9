#!/usr/bin/env bash
# Commit benchmark: the median time of `berth commit` of a container whose changes are one
# 16 MB file and 500 small files, against a floor measured in the same run on the same
# machine: `tar c` of the very same upper directory to a file (reading the changes and
# writing them out once, nothing else). berth also extracts the layer into the store,
# hashes it, records its tar-split and writes the image, so the ratio says what that costs.
#
# Usage: bench/commit.sh [RUNS]      (default 20 runs of each; needs root)
#
# The two commands alternate run by run, so drift in machine load hits both alike. Each
# berth run commits the same container as a new tag; the image is removed again before the
# next run so every commit writes its layer (an identical layer would be found present).
set -euo pipefail

RUNS=${1:-20}
case $RUNS in '' | *[!0-9]*) echo "usage: $0 [RUNS]" >&2; exit 2 ;; esac
if [ "$(id -u)" -ne 0 ]; then
    echo "$0 needs root" >&2
    exit 1
fi
if [ -z "${EPOCHREALTIME:-}" ]; then
    echo "$0 needs bash 5 or newer (EPOCHREALTIME)" >&2
    exit 1
fi
BUSYBOX=/bin/busybox
[ -x "$BUSYBOX" ] || { echo "$BUSYBOX not found: apt-get install busybox-static" >&2; exit 1; }

cd "$(dirname "$0")/.."
echo "building the release binary..." >&2
cargo build --release --quiet
BERTH=$PWD/target/release/berth

TMP=$(mktemp -d /tmp/berth-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
export BERTH_ROOT=$TMP/root BERTH_RUNROOT=$TMP/run BERTH_CONFIG=$TMP/berth.toml
: >"$BERTH_CONFIG"

ROOTFS=$TMP/rootfs
mkdir -p "$ROOTFS"/{bin,dev,etc,proc,sys,tmp,root}
cp "$BUSYBOX" "$ROOTFS/bin/busybox"
for applet in $("$BUSYBOX" --list); do
    [ "$applet" = busybox ] || ln -s busybox "$ROOTFS/bin/$applet"
done
echo 'root:x:0:0:root:/root:/bin/sh' >"$ROOTFS/etc/passwd"
tar -C "$ROOTFS" -cf "$TMP/rootfs.tar" .
"$BERTH" import "$TMP/rootfs.tar" bb >/dev/null

"$BERTH" run --name work bb sh -c '
    dd if=/dev/urandom of=/big bs=1M count=16 2>/dev/null
    mkdir /files
    i=0; while [ $i -lt 500 ]; do echo "file $i" > /files/f$i; i=$((i+1)); done'
ID=$("$BERTH" inspect --format '{{.Id}}' work)
UPPER=$BERTH_ROOT/containers/$ID/upper
[ -d "$UPPER" ] || { echo "no upper dir at $UPPER (copy driver?)" >&2; exit 1; }

now_us() { local t=${EPOCHREALTIME/./}; echo "$t"; }
berth_t=() floor_t=()
for _ in 1 2; do "$BERTH" commit -q work warm:1; "$BERTH" rmi warm:1 >/dev/null; done
for ((r = 0; r < RUNS; r++)); do
    sync
    a=$(now_us); "$BERTH" commit -q work bench:1; b=$(now_us)
    berth_t+=($((b - a)))
    "$BERTH" rmi bench:1 >/dev/null
    sync
    a=$(now_us); tar -C "$UPPER" -cf "$TMP/floor.tar" .; b=$(now_us)
    floor_t+=($((b - a)))
    rm -f "$TMP/floor.tar"
done

median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
mb=$(median "${berth_t[@]}")
mf=$(median "${floor_t[@]}")
printf 'berth commit (16 MB + 500 files): median %d.%03d ms\n' $((mb / 1000)) $((mb % 1000))
printf 'floor tar c of the upper dir:     median %d.%03d ms\n' $((mf / 1000)) $((mf % 1000))
awk -v a="$mb" -v b="$mf" 'BEGIN { printf "ratio: %.2f\n", a / b }'
