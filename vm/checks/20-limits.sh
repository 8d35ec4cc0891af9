# Resource limits bite on cgroup v2, as root and as the user with a delegated subtree.

# Memory: a process over its limit is OOM-killed; berth reports 137 and OOMKilled.
b run --name hog -m 16m --memory-swap 16m img sh -c 'x=a; while true; do x=$x$x; done' \
    >/dev/null 2>"$tmp/hog.err"
code=$?
[ "$code" -eq 137 ]
result oom $? "exit $code $(cat "$tmp/hog.err")"
oom=$(b inspect -f '{{.State.OOMKilled}}' hog 2>&1)
[ "$oom" = true ]
result oom-inspect $? "OOMKilled=$oom"
b rm hog >/dev/null 2>&1

# pids.max: a fork loop stops at the limit (31 tasks without it).
n=$(b run --rm --pids-limit 8 img sh -c \
    "sh -c 'n=0; while [ \$n -lt 30 ]; do sleep 5 & n=\$((n+1)); done' 2>/dev/null; \
     set -- /proc/[0-9]*; echo \$#" 2>&1)
[ "$n" -le 8 ] 2>/dev/null && [ "$n" -ge 5 ]
result pids $? "tasks: $n"

# The mapped values land in the v2 files.
if started lim -m 64m --cpu-shares 512 --blkio-weight 500 --pids-limit 50 --cpus 0.5; then
    cg=$(cg_of lim)
    file_is memory-max "$cg/memory.max" 67108864
    file_is cpu-weight "$cg/cpu.weight" 20
    file_is cpu-max "$cg/cpu.max" "50000 100000"
    file_is pids-max "$cg/pids.max" 50
    if [ -e "$cg/io.bfq.weight" ]; then
        file_is io-weight "$cg/io.bfq.weight" "default 500"
    else
        file_is io-weight "$cg/io.weight" "default 4950"
    fi
    b update --pids-limit 30 -m 128m lim >/dev/null 2>"$tmp/update.err"
    file_is update "$cg/pids.max" 30
    b rm -f lim >/dev/null 2>&1
    [ ! -d "$cg" ]
    result cgroup-removed $? "$cg"
else
    for c in memory-max cpu-weight cpu-max pids-max io-weight update cgroup-removed; do
        result $c 1 "$(cat "$tmp/lim.err")"
    done
fi

# The container sees its own cgroup2 at /sys/fs/cgroup, read-only: its limits, no writes.
got=$(b run --rm -m 64m --cpus 0.5 img sh -c 'cat /sys/fs/cgroup/memory.max /sys/fs/cgroup/cpu.max; \
    (echo 1 > /sys/fs/cgroup/memory.max) 2>/dev/null && echo wrote; \
    mkdir /sys/fs/cgroup/x 2>/dev/null && echo made' 2>&1 | tr '\n' ' ')
[ "$got" = "67108864 50000 100000 " ]
result sys-fs-cgroup $? "/sys/fs/cgroup in the container: $got"

# --cpus 0.5: a busy loop gets about half a CPU (loose bounds: emulated CPUs are noisy).
if b run -d --name busy --cpus 0.5 img sh -c 'while :; do :; done' >/dev/null 2>"$tmp/busy.err"; then
    cg=$(cg_of busy)
    sleep 1
    u1=$(sed -n 's/^usage_usec //p' "$cg/cpu.stat")
    t1=$(cut -d' ' -f1 /proc/uptime)
    sleep 4
    u2=$(sed -n 's/^usage_usec //p' "$cg/cpu.stat")
    t2=$(cut -d' ' -f1 /proc/uptime)
    # uptime is in seconds with two decimals: centiseconds * 10000 = microseconds.
    wall=$(( ($(echo "$t2" | tr -d .) - $(echo "$t1" | tr -d .)) * 10000 ))
    pct=$(( (u2 - u1) * 100 / wall ))
    [ "$pct" -ge 30 ] && [ "$pct" -le 65 ]
    result cpu-half $? "busy loop got ${pct}% of a CPU under --cpus 0.5"
    b rm -f busy >/dev/null 2>&1
else
    result cpu-half 1 "$(cat "$tmp/busy.err")"
fi
