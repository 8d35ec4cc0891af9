# Placement under a delegated cgroup, as when berth is the ExecStart= of a service with
# Delegate=yes: the container must land below the unit's cgroup, not beside it.
#   root: a unit cgroup marked delegated by its owner (the trusted.delegate xattr a service
#         manager sets), berth started as its only process;
#   user: a unit the user made inside the subtree delegated to them (user@1000.service
#         does the same for `systemctl --user` units), berth started in its leaf.
# Every case gets a unit of its own, as every start of a service does.
new_unit() { # name: sets $unit and $leaf (where the unit's processes start)
    if [ "$mode" = root ]; then
        unit=/sys/fs/cgroup/$1.service
        mkdir -p "$unit"
        setfattr -n trusted.delegate -v 1 "$unit"
        leaf=$unit
    else
        unit=$BERTH_VM_DELEGATED/$1.service
        leaf=$unit/main
        mkdir -p "$leaf"
    fi
}
# in_unit CMD: run the shell command CMD as the unit's ExecStart= would.
in_unit() {
    sh -c "echo \$\$ >$leaf/cgroup.procs && $1"
}
below_unit() { # check name, container name: its cgroup is in the unit's subtree
    cg=$(cg_of "$2")
    case "$cg" in
    "$unit"/berth-?*) where=0 ;;
    *) where=1 ;;
    esac
    result "$1" $where "$cg (want below $unit)"
}

# In the foreground, berth the unit's only process.
new_unit berth-vm-test
in_unit "exec berth run --network none --rm --name unit img sleep 1000" >/dev/null 2>"$tmp/unit.err" &
runner=$!
pid=0
for _ in $(seq 200); do
    pid=$(b inspect -f '{{.State.Pid}}' unit 2>/dev/null)
    [ "${pid:-0}" -gt 0 ] 2>/dev/null && break
    kill -0 $runner 2>/dev/null || break
    sleep 0.1
done
if [ "${pid:-0}" -gt 0 ] 2>/dev/null; then
    below_unit delegated-unit unit
else
    result delegated-unit 1 "$(cat "$tmp/unit.err")"
fi
b rm -f unit >/dev/null 2>&1
wait $runner 2>/dev/null

# Detached (a Type=forking unit): the CLI exits, the monitor it forked stays in the unit
# with the container; stop and rm work on it from outside the unit.
new_unit berth-vm-detached
if in_unit "exec berth run --network none -d --name unitd img sleep 1000" >/dev/null 2>"$tmp/unitd.err"; then
    below_unit delegated-run-d unitd
    b stop -t 1 unitd >/dev/null 2>"$tmp/unitd.stop"
    st=$(b inspect -f '{{.State.Status}}' unitd 2>&1)
    [ "$st" = exited ] && [ ! -d "$cg" ]
    result delegated-stop $? "status $st, cgroup $cg $([ -d "$cg" ] && echo left) $(cat "$tmp/unitd.stop")"
    b rm unitd >/dev/null 2>"$tmp/unitd.rm"
    ! b inspect unitd >/dev/null 2>&1
    result delegated-rm $? "$(cat "$tmp/unitd.rm")"
else
    for c in delegated-run-d delegated-stop delegated-rm; do
        result $c 1 "$(cat "$tmp/unitd.err")"
    done
fi

# create, then start, both from the unit (a script as ExecStart=); rm -f from outside.
new_unit berth-vm-started
if in_unit "berth create --network none --name unitc img sleep 1000 >/dev/null && exec berth start unitc" \
    >/dev/null 2>"$tmp/unitc.err"; then
    below_unit delegated-start unitc
    b rm -f unitc >/dev/null 2>"$tmp/unitc.rm"
    [ ! -d "$cg" ] && ! b inspect unitc >/dev/null 2>&1
    result delegated-rm-f $? "cgroup $cg $([ -d "$cg" ] && echo left) $(cat "$tmp/unitc.rm")"
else
    for c in delegated-start delegated-rm-f; do result $c 1 "$(cat "$tmp/unitc.err")"; done
fi
