# Placement under a delegated cgroup, as when berth is the ExecStart= of a service with
# Delegate=yes: the container must land below the unit's cgroup, not beside it.
#   root: a unit cgroup marked delegated by its owner (the trusted.delegate xattr a service
#         manager sets), berth started as its only process;
#   user: a unit the user made inside the subtree delegated to them (user@1000.service
#         does the same for `systemctl --user` units), berth started in its leaf.
if [ "$mode" = root ]; then
    unit=/sys/fs/cgroup/berth-vm-test.service
    mkdir -p "$unit"
    setfattr -n trusted.delegate -v 1 "$unit"
    leaf=$unit
else
    unit=$BERTH_VM_DELEGATED/berth-vm-test.service
    leaf=$unit/main
    mkdir -p "$leaf"
fi
# As a unit's ExecStart= runs it: in the foreground, berth the unit's only process.
sh -c "echo \$\$ >$leaf/cgroup.procs && exec berth run --rm --name unit img sleep 1000" \
    >/dev/null 2>"$tmp/unit.err" &
runner=$!
pid=0
for _ in $(seq 200); do
    pid=$(b inspect -f '{{.State.Pid}}' unit 2>/dev/null)
    [ "${pid:-0}" -gt 0 ] 2>/dev/null && break
    kill -0 $runner 2>/dev/null || break
    sleep 0.1
done
if [ "${pid:-0}" -gt 0 ] 2>/dev/null; then
    cg=$(cg_of unit)
    case "$cg" in
    "$unit"/berth-?*) where=0 ;;
    *) where=1 ;;
    esac
    result delegated-unit $where "$cg (want below $unit)"
else
    result delegated-unit 1 "$(cat "$tmp/unit.err")"
fi
b rm -f unit >/dev/null 2>&1
wait $runner 2>/dev/null
