# More limits on cgroup v2, as root and as the user: where the cgroup is placed, the
# memory reservation and swap, cpuset, CPU quota/period, per-device I/O rates.

# The cgroup is created where it should be.
if started placed; then
    cg=$(cg_of placed)
    case "$mode:$cg" in
    root:/sys/fs/cgroup/berth/?*) where=0 ;;
    user:$BERTH_VM_DELEGATED/?*) where=0 ;;
    *) where=1 ;;
    esac
    result placement $where "$cg"
else
    result placement 1 "$(cat "$tmp/placed.err")"
fi

# --memory-reservation is memory.low; --memory-swap is memory plus swap, so swap.max is
# the difference; `update` changes memory.max in place.
if started mem -m 64m --memory-reservation 32m --memory-swap 96m; then
    cg=$(cg_of mem)
    file_is memory-low "$cg/memory.low" 33554432
    file_is memory-swap-max "$cg/memory.swap.max" 33554432
    b update --memory 48m mem >/dev/null 2>"$tmp/upd.err"
    file_is update-memory-max "$cg/memory.max" 50331648
else
    for c in memory-low memory-swap-max update-memory-max; do
        result $c 1 "$(cat "$tmp/mem.err")"
    done
fi

if started cpuset --cpuset-cpus 1 --cpuset-mems 0; then
    cg=$(cg_of cpuset)
    file_is cpuset-cpus "$cg/cpuset.cpus" 1
    file_is cpuset-mems "$cg/cpuset.mems" 0
else
    for c in cpuset-cpus cpuset-mems; do result $c 1 "$(cat "$tmp/cpuset.err")"; done
fi
if started quota --cpu-quota 25000 --cpu-period 50000; then
    file_is cpu-quota "$(cg_of quota)/cpu.max" "25000 50000"
else
    result cpu-quota 1 "$(cat "$tmp/quota.err")"
fi

# Per-device rates on the VM's virtio disk.
dev=$(cat /sys/block/vda/dev)
if started io --device-read-bps /dev/vda:1mb --device-write-bps /dev/vda:2mb; then
    file_is io-max "$(cg_of io)/io.max" "$dev rbps=1048576 wbps=2097152 riops=max wiops=max"
else
    result io-max 1 "$(cat "$tmp/io.err")"
fi

for c in placed mem cpuset quota io; do b rm -f "$c" >/dev/null 2>&1; done
