#!/bin/sh
# Runs inside the test VM (see vm/run.sh and vm/init) as root. Every vm/checks/NN-*.sh file
# runs twice: as root, then as the unprivileged user `tester` (uid 1000) whose shell root
# has moved into the delegated subtree $BERTH_VM_DELEGATED. Each check prints
#   RESULT <root|user>-<name> ok|FAIL <detail>

# Sourced into a subshell per file, so one file's failure cannot stop the others.
checks='for f in /checks/[0-9]*.sh; do (. /checks/lib.sh; . "$f"); done'

# Root: a store on tmpfs (xattrs, d_type).
(
    export mode=root HOME=/root BERTH_ROOT=/tmp/root-store BERTH_RUNROOT=/run/berth
    eval "$checks"
)

# The user: a login-like environment.
mkdir -p /tmp/xdg-1000 /tmp/user-store
chown 1000:1000 /tmp/xdg-1000 /tmp/user-store
chmod 700 /tmp/xdg-1000
echo "$checks" >/tmp/user-checks.sh
sh -c "echo \$\$ >$BERTH_VM_DELEGATED/session/cgroup.procs; exec su tester -s /bin/sh -c '
    export mode=user HOME=/home/tester XDG_RUNTIME_DIR=/tmp/xdg-1000 PATH=/usr/bin:/bin
    export BERTH_ROOT=/tmp/user-store/root BERTH_RUNROOT=/tmp/user-store/run
    export BERTH_VM_DELEGATED=$BERTH_VM_DELEGATED
    . /tmp/user-checks.sh'"
