#!/usr/bin/env bash
# Pull and archive benchmark against floors measured in the same run.
#
# Builds a two-layer image of at least 200 MB from this machine's own files (layer 1: many
# small files from /usr/share; layer 2: large files from /usr/lib), serves it from a local
# docker-registry, then alternates, RUNS times each:
#   floor  sha256sum of each gzip blob, then gzip -dc BLOB | tar -x, layer after layer
#   pull   berth pull into an empty store (cold: nothing shared)
# and reports the medians and their ratio. Then `berth save` against `tar -c` of the same
# extracted trees, and `berth load` against extracting the same layer tars with tar -x.
#
# Everything happens on a scratch ext4 filesystem on a loop device (journaled, no discard):
# the root filesystem here has discard, where unlink costs ~1.2 ms and creating many files
# right after deleting many is ~15x slower, which would swamp both sides.
#
# Usage: bench/pull.sh [RUNS]     (default 3; needs root, docker-registry, skopeo, jq)
# BERTH_BIN=PATH uses that binary instead of building the release one.
set -euo pipefail

RUNS=${1:-3}
case $RUNS in '' | *[!0-9]*) echo "usage: $0 [RUNS]" >&2; exit 2 ;; esac
[ "$(id -u)" -eq 0 ] || { echo "$0 needs root (loop mount)" >&2; exit 1; }
for c in docker-registry skopeo jq mkfs.ext4 losetup; do
    command -v "$c" >/dev/null || { echo "$0 needs $c" >&2; exit 1; }
done

cd "$(dirname "$0")/.."
if [ -n "${BERTH_BIN:-}" ]; then
    BERTH=$BERTH_BIN # a binary built already (BERTH_BIN=target/release/berth)
else
    echo "building the release binary..." >&2
    cargo build --release --quiet
    BERTH=$PWD/target/release/berth
fi

TMP=$(mktemp -d /var/tmp/berth-bench-pull.XXXXXX)
MNT=$TMP/fs
REG_PID=
cleanup() {
    [ -n "$REG_PID" ] && kill "$REG_PID" 2>/dev/null || true
    mountpoint -q "$MNT" && umount "$MNT"
    rm -rf "$TMP"
}
trap cleanup EXIT

truncate -s 16G "$TMP/fs.img"
mkfs.ext4 -q -F "$TMP/fs.img"
mkdir -p "$MNT"
mount -o loop "$TMP/fs.img" "$MNT"
W=$MNT/work
mkdir -p "$W"

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# --- the image: an OCI layout made by hand ---------------------------------------------------
echo "making the image..." >&2
LAYOUT=$W/layout
mkdir -p "$LAYOUT/blobs/sha256"
(cd / && find usr/share -type f -size -64k | sort | awk 'NR <= 30000') >"$W/small.list"
(cd / && find usr/lib/x86_64-linux-gnu -type f -size +3M | sort | awk 'NR <= 40') >"$W/large.list"
diff_ids=()
layers_json=
total_raw=0
for l in small large; do
    tar -C / -cf "$W/$l.tar" --files-from "$W/$l.list"
    total_raw=$((total_raw + $(stat -c %s "$W/$l.tar")))
    diff_ids+=("sha256:$(sha256sum "$W/$l.tar" | cut -d' ' -f1)")
    gzip -6 -c "$W/$l.tar" >"$W/$l.tar.gz"
    d=$(sha256sum "$W/$l.tar.gz" | cut -d' ' -f1)
    mv "$W/$l.tar.gz" "$LAYOUT/blobs/sha256/$d"
    rm "$W/$l.tar"
    sz=$(stat -c %s "$LAYOUT/blobs/sha256/$d")
    layers_json+="${layers_json:+,}{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:$d\",\"size\":$sz}"
    echo "$d" >>"$W/blobs.list"
done
config=$(printf '{"architecture":"amd64","os":"linux","config":{"Cmd":["/bin/sh"]},"rootfs":{"type":"layers","diff_ids":["%s","%s"]},"history":[{"created_by":"small files"},{"created_by":"large files"}]}' "${diff_ids[0]}" "${diff_ids[1]}")
cd_=$(printf %s "$config" | sha256sum | cut -d' ' -f1)
printf %s "$config" >"$LAYOUT/blobs/sha256/$cd_"
manifest=$(printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%d},"layers":[%s]}' "$cd_" "${#config}" "$layers_json")
md=$(printf %s "$manifest" | sha256sum | cut -d' ' -f1)
printf %s "$manifest" >"$LAYOUT/blobs/sha256/$md"
printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%d}]}' "$md" "${#manifest}" >"$LAYOUT/index.json"
echo '{"imageLayoutVersion":"1.0.0"}' >"$LAYOUT/oci-layout"
total_gz=$(cat "$W/blobs.list" | while read -r d; do stat -c %s "$LAYOUT/blobs/sha256/$d"; done | paste -sd+ | bc)
echo "image: $(wc -l <"$W/small.list") + $(wc -l <"$W/large.list") files, $((total_raw / 1048576)) MiB of tar, $((total_gz / 1048576)) MiB gzip" >&2

# --- the registry ---------------------------------------------------------------------------
cat >"$W/registry.yml" <<EOF
version: 0.1
log: {level: info}
storage:
  filesystem: {rootdirectory: $W/registry}
http:
  addr: 127.0.0.1:0
EOF
docker-registry serve "$W/registry.yml" >"$W/registry.log" 2>&1 &
REG_PID=$!
for _ in $(seq 100); do
    grep -q 'listening on' "$W/registry.log" && break
    sleep 0.1
done
PORT=$(grep -o 'listening on [0-9.:]*' "$W/registry.log" | awk -F: '{print $NF}')
[ -n "$PORT" ] || { cat "$W/registry.log" >&2; exit 1; }
HOST=127.0.0.1:$PORT
skopeo copy -q --dest-tls-verify=false "oci:$LAYOUT" "docker://$HOST/bench:1"
printf '[registries]\ninsecure = ["%s"]\n' "$HOST" >"$W/berth.toml"
export BERTH_CONFIG=$W/berth.toml

# --- cold pull vs floor, alternating --------------------------------------------------------
floor_t=()
pull_t=()
for i in $(seq "$RUNS"); do
    sync
    out=$W/floor-$i
    mkdir -p "$out"
    t0=$(now)
    while read -r d; do
        sha256sum "$LAYOUT/blobs/sha256/$d" >/dev/null
        gzip -dc "$LAYOUT/blobs/sha256/$d" | tar -x -C "$out"
    done <"$W/blobs.list"
    sync
    floor_t+=("$(elapsed "$t0")")

    root=$W/store-$i
    t0=$(now)
    "$BERTH" --root "$root" --runroot "$W/run-$i" pull -q "$HOST/bench:1" >/dev/null
    sync
    pull_t+=("$(elapsed "$t0")")
    echo "run $i: floor ${floor_t[-1]} s, pull ${pull_t[-1]} s" >&2
    # Old trees stay until the end: deleting them now would slow the next run's creates.
done
floor_m=$(printf '%s\n' "${floor_t[@]}" | median)
pull_m=$(printf '%s\n' "${pull_t[@]}" | median)

# --- save and load vs tar of the same bytes -------------------------------------------------
root=$W/store-1
img=$HOST/bench:1
save_t=()
tarc_t=()
load_t=()
tarx_t=()
layer_dirs=$(ls -d "$root"/layers/*/diff)
for i in $(seq "$RUNS"); do
    t0=$(now)
    "$BERTH" --root "$root" --runroot "$W/run-1" save -o "$W/saved-$i.tar" "$img"
    sync
    save_t+=("$(elapsed "$t0")")
    t0=$(now)
    for d in $layer_dirs; do tar -C "$d" -cf - .; done >"$W/tar-$i.tar"
    sync
    tarc_t+=("$(elapsed "$t0")")

    t0=$(now)
    "$BERTH" --root "$W/load-$i" --runroot "$W/run-l$i" load -q -i "$W/saved-$i.tar"
    sync
    load_t+=("$(elapsed "$t0")")
    out=$W/tarx-$i
    mkdir -p "$out"
    t0=$(now)
    n=0
    for l in $(tar -tf "$W/saved-$i.tar" | grep 'layer.tar$'); do
        n=$((n + 1))
        mkdir -p "$out/$n"
        tar -xOf "$W/saved-$i.tar" "$l" | tar -x -C "$out/$n"
    done
    sync
    tarx_t+=("$(elapsed "$t0")")
    echo "run $i: save ${save_t[-1]} s vs tar -c ${tarc_t[-1]} s; load ${load_t[-1]} s vs tar -x ${tarx_t[-1]} s" >&2
done
m() { printf '%s\n' "$@" | median; }
save_m=$(m "${save_t[@]}")
tarc_m=$(m "${tarc_t[@]}")
load_m=$(m "${load_t[@]}")
tarx_m=$(m "${tarx_t[@]}")

ratio() { echo "scale=2; $1 / $2" | bc; }
echo
echo "image: 2 layers, $((total_raw / 1048576)) MiB uncompressed, $((total_gz / 1048576)) MiB gzip; $RUNS runs, medians; scratch ext4 on a loop device"
printf 'cold pull  %6.2f s   floor (sha256 + gzip -dc | tar -x, sequential) %6.2f s   ratio %s\n' "$pull_m" "$floor_m" "$(ratio "$pull_m" "$floor_m")"
printf 'save       %6.2f s   floor (tar -c of the same trees)              %6.2f s   ratio %s\n' "$save_m" "$tarc_m" "$(ratio "$save_m" "$tarc_m")"
printf 'load       %6.2f s   floor (tar -x of the same layer tars)         %6.2f s   ratio %s\n' "$load_m" "$tarx_m" "$(ratio "$load_m" "$tarx_m")"
