#!/usr/bin/env bash
# seccomp benchmark: berth's seccomp program against an older berth build's (OLD_BERTH).
#
#  (a) load time: the default program each build writes to its cache, loaded RUNS times
#      with seccomp(SECCOMP_SET_MODE_FILTER) in fresh processes (bench/seccomp_load.rs);
#      the median of each and their ratio;
#  (b) per-syscall cost: `dd if=/dev/zero of=/dev/null bs=1 count=N` (two syscalls per
#      byte) inside a container of each build, against the same busybox dd on the host
#      (the floor, no filter); the median of LOOPS runs of each and the ratios.
#
# Usage: bench/seccomp.sh [RUNS] [LOOPS]   (default 200 loads, 5 loops; needs root)
#   OLD_BERTH=PATH   the older binary; unset, revision OLD_REV (default f8e2660, the last
#                    one linking the C seccomp library, which must then be installed) is
#                    built once into /tmp/berth-old.
#   COUNT=N          bytes dd copies (default 2000000).
set -euo pipefail

RUNS=${1:-200}
LOOPS=${2:-5}
COUNT=${COUNT:-2000000}
OLD_REV=${OLD_REV:-f8e2660}
case $RUNS$LOOPS$COUNT in '' | *[!0-9]*) echo "usage: $0 [RUNS] [LOOPS]" >&2; exit 2 ;; esac
if [ "$(id -u)" -ne 0 ]; then
    echo "$0 needs root (berth runs rootful here)" >&2
    exit 1
fi
BUSYBOX=/bin/busybox
if ! [ -x "$BUSYBOX" ]; then
    echo "$BUSYBOX not found: apt-get install busybox-static" >&2
    exit 1
fi

cd "$(dirname "$0")/.."
echo "building the release binary and the loader..." >&2
cargo build --release --quiet
cargo build --release --quiet --example seccomp-load
NEW=$PWD/target/release/berth
LOADER=$PWD/target/release/examples/seccomp-load

OLD=${OLD_BERTH:-}
if [ -z "$OLD" ]; then
    OLD=/tmp/berth-old/berth
    if ! [ -x "$OLD" ]; then
        echo "building revision $OLD_REV into /tmp/berth-old (once)..." >&2
        rm -rf /tmp/berth-old
        mkdir -p /tmp/berth-old
        git worktree add --detach /tmp/berth-old/src "$OLD_REV" >/dev/null
        cargo build --release --quiet --manifest-path /tmp/berth-old/src/Cargo.toml \
            --target-dir /tmp/berth-old/target
        cp /tmp/berth-old/target/release/berth "$OLD"
        git worktree remove --force /tmp/berth-old/src
    fi
fi

TMP=$(mktemp -d /tmp/berth-bench.XXXXXX)
cleanup() {
    awk -v t="$TMP" '$5 ~ "^"t {print $5}' /proc/self/mountinfo | sort -r |
        while read -r m; do umount -l "$m" 2>/dev/null || true; done
    rm -rf "$TMP"
}
trap cleanup EXIT

# --- a busybox image, imported into one store per build -----------------------------------
ROOTFS=$TMP/rootfs
mkdir -p "$ROOTFS"/{bin,dev,etc,proc,sys,tmp,root}
cp "$BUSYBOX" "$ROOTFS/bin/busybox"
for applet in $("$BUSYBOX" --list); do
    [ "$applet" = busybox ] || ln -s busybox "$ROOTFS/bin/$applet"
done
echo 'root:x:0:0:root:/root:/bin/sh' >"$ROOTFS/etc/passwd"
echo 'root:x:0:' >"$ROOTFS/etc/group"
tar -C "$ROOTFS" -cf "$TMP/rootfs.tar" .

for build in old new; do
    bin=$OLD
    [ $build = new ] && bin=$NEW
    "$bin" --root "$TMP/$build/store" --runroot "$TMP/$build/run" import "$TMP/rootfs.tar" \
        bench-busybox >/dev/null
    "$bin" --root "$TMP/$build/store" --runroot "$TMP/$build/run" run --rm bench-busybox true
    prog=$(find "$TMP/$build" -name 'seccomp-*.bpf' | head -n 1)
    if [ -z "$prog" ]; then
        echo "the $build build left no cached seccomp program under $TMP/$build" >&2
        exit 1
    fi
    cp "$prog" "$TMP/$build.bpf"
done

# --- (a) load time ---------------------------------------------------------------------------
echo "loading each program $RUNS times..." >&2
old_us=$("$LOADER" "$TMP/old.bpf" "$RUNS")
new_us=$("$LOADER" "$TMP/new.bpf" "$RUNS")

# --- (b) syscall-heavy loop --------------------------------------------------------------------
DD="dd if=/dev/zero of=/dev/null bs=1 count=$COUNT"
: >"$TMP/host.us"
: >"$TMP/old.us"
: >"$TMP/new.us"
echo "running dd ($COUNT bytes) $LOOPS times on the host and in each build's container..." >&2
for ((i = 0; i < LOOPS; i++)); do
    # dd is timed from /proc/uptime by the shell that runs it (1/100 s: a loop of a second
    # or more keeps that under 1%), so container start does not count.
    $BUSYBOX sh -c "read a _ </proc/uptime; $BUSYBOX $DD 2>/dev/null; read b _ </proc/uptime; echo \$a \$b" |
        awk '{ printf "%d\n", ($2 - $1) * 1000000 }' >>"$TMP/host.us"
    for build in old new; do
        bin=$OLD
        [ $build = new ] && bin=$NEW
        "$bin" --root "$TMP/$build/store" --runroot "$TMP/$build/run" run --rm bench-busybox \
            sh -c "read a _ </proc/uptime; $DD 2>/dev/null; read b _ </proc/uptime; echo \$a \$b" |
            awk '{ printf "%d\n", ($2 - $1) * 1000000 }' >>"$TMP/$build.us"
    done
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
h=$(median "$TMP/host.us")
o=$(median "$TMP/old.us")
n=$(median "$TMP/new.us")

echo
echo "host: $(nproc) CPUs, kernel $(uname -r)"
echo "old: $OLD ($(($(stat -c %s "$TMP/old.bpf") / 8)) instructions)"
echo "new: $NEW ($(($(stat -c %s "$TMP/new.bpf") / 8)) instructions)"
echo
echo "(a) filter load time, median of $RUNS loads"
printf '    old %8s us   new %8s us   new/old %s\n' "$old_us" "$new_us" "$(ratio "$new_us" "$old_us")"
echo "(b) $DD, median of $LOOPS runs"
printf '    host (floor) %8s ms\n' "$(ms "$h")"
printf '    old in a container %8s ms   old/host %s\n' "$(ms "$o")" "$(ratio "$o" "$h")"
printf '    new in a container %8s ms   new/host %s\n' "$(ms "$n")" "$(ratio "$n" "$h")"
