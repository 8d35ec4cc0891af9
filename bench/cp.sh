#!/usr/bin/env bash
# cp benchmark: `berth cp` of a 100 MB, 10,000-file tree into and out of a container
# (running, and stopped) against `tar -c | tar -x` of the same tree (the floor), with the
# ratios, all in one run. Target: within 1.5x of the floor.
#
# Scratch: a tmpfs mounted for the run holds the trees and berth's store, so the numbers
# are the copy's own and not the root file system's (ext4 without a journal here, where
# creating many files within a minute of deleting many is ~15x slower).
#
# Usage: bench/cp.sh [RUNS]   (default 5; median of RUNS; needs root)
#   FILES=N SIZE=BYTES        the tree (default 10000 files of 10240 bytes, 100 per dir)
set -euo pipefail

RUNS=${1:-5}
FILES=${FILES:-10000}
SIZE=${SIZE:-10240}
case $RUNS$FILES$SIZE in '' | *[!0-9]*) echo "usage: $0 [RUNS]" >&2; exit 2 ;; esac
if [ "$(id -u)" -ne 0 ]; then
    echo "$0 needs root (it mounts a tmpfs)" >&2
    exit 1
fi
BUSYBOX=/bin/busybox
[ -x "$BUSYBOX" ] || { echo "$BUSYBOX not found: apt-get install busybox-static" >&2; exit 1; }

cd "$(dirname "$0")/.."
echo "building the release binary..." >&2
[ -n "${BERTH_NO_BUILD:-}" ] || cargo build --release --quiet
BERTH=${BERTH:-$PWD/target/release/berth}

SCRATCH=$(mktemp -d /tmp/berth-cp-bench.XXXXXX)
mount -t tmpfs -o size=3g tmpfs "$SCRATCH"
cleanup() {
    "$BERTH" rm -f cpbench-run cpbench-stopped >/dev/null 2>&1 || true
    umount -l "$SCRATCH" 2>/dev/null || true
    rmdir "$SCRATCH" 2>/dev/null || true
}
trap cleanup EXIT
export BERTH_ROOT=$SCRATCH/root BERTH_RUNROOT=$SCRATCH/run
mkdir -p "$BERTH_ROOT" "$BERTH_RUNROOT"

# The image: busybox alone.
mkdir -p "$SCRATCH/img/bin" "$SCRATCH/img/tmp"
cp "$BUSYBOX" "$SCRATCH/img/bin/busybox"
for a in sh sleep rm; do ln -s busybox "$SCRATCH/img/bin/$a"; done
tar -C "$SCRATCH/img" -cf "$SCRATCH/img.tar" .
"$BERTH" import "$SCRATCH/img.tar" cpbench >/dev/null

# The tree: FILES files of SIZE random bytes, 100 per directory.
python3 - "$SCRATCH/src/tree" "$FILES" "$SIZE" <<'PY'
import os, sys
root, files, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for i in range(files):
    d = os.path.join(root, "d%03d" % (i // 100))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "f%05d" % i), "wb") as f:
        f.write(os.urandom(size))
PY
echo "tree: $(du -sh "$SCRATCH/src/tree" | cut -f1), $(find "$SCRATCH/src/tree" -type f | wc -l) files" >&2

"$BERTH" run -d --name cpbench-run cpbench sleep 100000 >/dev/null
"$BERTH" create --name cpbench-stopped cpbench sleep 1 >/dev/null
echo "storage driver: $("$BERTH" inspect -f '{{.Driver}}' cpbench-run 2>/dev/null || echo '?')" >&2

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# time_ms CMD...: the command's wall time in ms.
time_ms() {
    local t0 t1
    t0=$(now)
    "$@"
    t1=$(now)
    echo $(( (t1 - t0) / 1000000 ))
}

floor() { mkdir "$1" && tar -C "$SCRATCH/src" -cf - tree | tar -C "$1" -xf -; }

declare -A T
for i in $(seq "$RUNS"); do
    T[floor]+="$(time_ms floor "$SCRATCH/floor-$i") "
    rm -rf "$SCRATCH/floor-$i"
    for c in run stopped; do
        T[in-$c]+="$(time_ms "$BERTH" cp "$SCRATCH/src/tree" "cpbench-$c:/tmp/in-$i") "
        T[out-$c]+="$(time_ms "$BERTH" cp "cpbench-$c:/tmp/in-$i" "$SCRATCH/out-$c-$i") "
        rm -rf "$SCRATCH/out-$c-$i"
    done
    "$BERTH" exec cpbench-run rm -rf "/tmp/in-$i"
done
# The copies into the stopped container stay in its upper dir: check one made it whole.
"$BERTH" cp "cpbench-stopped:/tmp/in-1" "$SCRATCH/check" 
diff -r "$SCRATCH/src/tree" "$SCRATCH/check" >/dev/null && echo "contents: identical" >&2

F=$(for x in ${T[floor]}; do echo "$x"; done | median)
printf '%-34s %8s %8s\n' "case (median of $RUNS)" "ms" "ratio"
printf '%-34s %8d %8s\n' "tar -c | tar -x (floor)" "$F" "1.00"
for k in in-run out-run in-stopped out-stopped; do
    m=$(for x in ${T[$k]}; do echo "$x"; done | median)
    printf '%-34s %8d %8s\n' "berth cp ${k/-/ (}) " "$m" "$(awk -v a="$m" -v b="$F" 'BEGIN {printf "%.2f", a / b}')"
done
