#!/usr/bin/env bash
# Build benchmark: `berth build` of a 12-step Dockerfile (FROM busybox; ENV, WORKDIR, small
# RUN commands, a COPY of a 16 MB + 500-file context, CMD), measured three ways:
#   cold      every step runs (--no-cache)
#   cached    every step comes from the cache
#   last COPY the last COPY's file changed: that step and the CMD after it run again
# against a floor measured in the same run on the same machine: the same RUN commands as
# `berth run --rm` one after another, plus `tar c` of the context (the work the steps do,
# without committing anything).
#
# Usage: bench/build.sh [RUNS]      (default 10 runs of each; needs root)
#
# Everything (store, context) lives on a tmpfs mounted for the run, so the disk's delete
# costs (see docs/DESIGN.md) do not blur the figures. Measurements alternate, so drift in
# machine load hits all of them alike. BERTH=path uses that binary instead of building
# the release one.
set -euo pipefail

RUNS=${1:-10}
case $RUNS in '' | *[!0-9]*) echo "usage: $0 [RUNS]" >&2; exit 2 ;; esac
cd "$(dirname "$0")/.."
. bench/common.sh
need_root_bash5_busybox
release_berth

TMP=$(mktemp -d /tmp/berth-bench.XXXXXX)
mount -t tmpfs -o size=2g tmpfs "$TMP"
cleanup() {
    unmount_below "$TMP/"
    umount -l "$TMP" 2>/dev/null || true
    rmdir "$TMP" 2>/dev/null || true
}
trap cleanup EXIT
export BERTH_ROOT=$TMP/root BERTH_RUNROOT=$TMP/run BERTH_CONFIG=$TMP/berth.toml
: >"$BERTH_CONFIG"

busybox_rootfs "$TMP/rootfs"
"$BERTH" import "$TMP/rootfs.tar" bb >/dev/null

CTX=$TMP/ctx
mkdir -p "$CTX/files"
head -c $((16 << 20)) /dev/urandom >"$CTX/big"
for i in $(seq 0 499); do echo "file $i" >"$CTX/files/f$i"; done
echo v1 >"$CTX/last.txt"
cat >"$CTX/Dockerfile" <<'EOF'
FROM bb
ENV APP=/srv/app MODE=bench
WORKDIR /srv/app
RUN mkdir -p /srv/app/data && echo one > /srv/app/data/one
RUN echo "$MODE" > /srv/app/mode
RUN echo "app:x:100:100::/srv/app:/bin/sh" >> /etc/passwd && echo "app:x:100:" >> /etc/group
COPY big /srv/app/big
COPY files/ /srv/app/files/
RUN ls /srv/app/files | wc -l > /srv/app/count
RUN chown -R app:app /srv/app/data
COPY last.txt /srv/app/
CMD ["cat", "/srv/app/mode"]
EOF

now_us() { local t=${EPOCHREALTIME/./}; echo "$t"; }
floor() {
    "$BERTH" run --rm bb sh -c 'mkdir -p /srv/app/data && echo one > /srv/app/data/one'
    "$BERTH" run --rm bb sh -c 'echo bench > /tmp/mode'
    "$BERTH" run --rm bb sh -c 'echo "app:x:100:100::/srv/app:/bin/sh" >> /etc/passwd && echo "app:x:100:" >> /etc/group'
    "$BERTH" run --rm bb sh -c 'ls /bin | wc -l > /tmp/count'
    "$BERTH" run --rm bb sh -c 'mkdir -p /d && chown -R 0:0 /d'
    tar -C "$CTX" -cf "$TMP/floor.tar" .
    rm -f "$TMP/floor.tar"
}
build() { "$BERTH" build -q -t app "$@" "$CTX" >/dev/null; }

cold_t=() cached_t=() last_t=() floor_t=()
build --no-cache; build; floor # warm up
for ((r = 0; r < RUNS; r++)); do
    a=$(now_us); build --no-cache; b=$(now_us); cold_t+=($((b - a)))
    a=$(now_us); build; b=$(now_us); cached_t+=($((b - a)))
    echo "run $r at $EPOCHREALTIME" >"$CTX/last.txt" # never seen before: a miss
    a=$(now_us); build; b=$(now_us); last_t+=($((b - a)))
    a=$(now_us); floor; b=$(now_us); floor_t+=($((b - a)))
done

median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
show() { printf '%-34s median %4d.%03d ms\n' "$1" $(($2 / 1000)) $(($2 % 1000)); }
mc=$(median "${cold_t[@]}")
mh=$(median "${cached_t[@]}")
ml=$(median "${last_t[@]}")
mf=$(median "${floor_t[@]}")
show "build, cold (12 steps):" "$mc"
show "build, fully cached:" "$mh"
show "build, last COPY changed:" "$ml"
show "floor (5 x run --rm + tar c):" "$mf"
awk -v c="$mc" -v h="$mh" -v l="$ml" -v f="$mf" 'BEGIN {
    printf "ratios to the floor: cold %.2f, cached %.3f, last COPY %.2f\n", c / f, h / f, l / f
}'
