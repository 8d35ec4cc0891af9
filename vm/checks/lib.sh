# Sourced by vm/guest-tests.sh before each vm/checks/*.sh file, with $mode set to root or
# user: helpers that check files print `RESULT <mode>-<name> ok|FAIL <detail>`.
# The guest kernel has no bridge or nf_tables modules (the initramfs carries only overlay and
# virtio): containers run with --network none, as these checks are about cgroups.
b() {
    case "$1" in
    run | create) local cmd=$1; shift; berth "$cmd" --network none "$@" ;;
    *) berth "$@" ;;
    esac
}
result() {
    if [ "$2" -eq 0 ]; then echo "RESULT $mode-$1 ok $3"; else echo "RESULT $mode-$1 FAIL $3"; fi
}
tmp=$(mktemp -d)

# Where a running container's cgroup is, read from outside it.
cg_of() {
    pid=$(b inspect -f '{{.State.Pid}}' "$1")
    echo "/sys/fs/cgroup$(sed -n 's/^0:://p' /proc/$pid/cgroup)"
}

# A detached container with limits; prints nothing, fails the check when it cannot start.
started() { # name, flags...
    name=$1
    shift
    b run -d --name "$name" "$@" img sleep 1000 >/dev/null 2>"$tmp/$name.err"
}
file_is() { # check name, file, expected content
    got=$(cat "$2" 2>&1)
    [ "$got" = "$3" ]
    result "$1" $? "$2: $got (want $3)"
}

