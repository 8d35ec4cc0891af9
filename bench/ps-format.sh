#!/usr/bin/env bash
# Listing cost of `ps` output: N containers in a temporary store, then the CPU time (user+sys,
# less noisy than wall time on a shared machine) and median wall time of
#   floor:   ps -a -q                 (read every record and its run lock, print ids)
#   default: ps -a                    (the table through the template engine)
#   names:   ps -a --format {{.Names}}
#   json:    ps -a --format json      (every field of every row)
#   filter:  ps -a --filter label=n=1 (regex and label filters over all records)
# each as a ratio to the floor, so the cost of formatting shows apart from the store's.
#
# Usage: bench/ps-format.sh [N] [RUNS]     (default 1000 containers, 30 runs each; needs
# hyperfine and python3)
set -euo pipefail

N=${1:-1000}
RUNS=${2:-30}
for v in "$N" "$RUNS"; do
    case $v in '' | *[!0-9]*) echo "usage: $0 [N] [RUNS]" >&2; exit 2 ;; esac
done

cd "$(dirname "$0")/.."
echo "building the release binary..." >&2
cargo build --release --quiet
BERTH=$PWD/target/release/berth

TMP=$(mktemp -d /tmp/berth-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
B=("$BERTH" --root "$TMP/root" --runroot "$TMP/run")

echo "creating $N containers..." >&2
for i in $(seq 1 "$N"); do
    "${B[@]}" create -l "n=$i" hello-world >/dev/null
done

command -v hyperfine >/dev/null || { echo "$0 needs hyperfine" >&2; exit 1; }
CASES=(floor default names json filter)
CMDS=()
for c in "${CASES[@]}"; do
    case $c in
    floor) a="ps -a -q" ;;
    default) a="ps -a" ;;
    names) a="ps -a --format {{.Names}}" ;;
    json) a="ps -a --format json" ;;
    filter) a="ps -a --filter label=n=1" ;;
    esac
    CMDS+=("${B[*]} $a")
done
hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$TMP/ps.json" "${CMDS[@]}" >/dev/null

echo "ps over $N containers, $RUNS runs each (wall: median; cpu: mean user+sys of berth)"
python3 - "$TMP/ps.json" "${CASES[@]}" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
names = sys.argv[2:]
floor = res[0]["user"] + res[0]["system"]
print(f"{'case':8} {'cpu_ms':>8} {'wall_ms':>8} {'cpu/floor':>10}")
for name, r in zip(names, res):
    cpu = r["user"] + r["system"]
    print(f"{name:8} {cpu*1000:8.1f} {r['median']*1000:8.1f} {cpu/floor:9.2f}x")
PY
