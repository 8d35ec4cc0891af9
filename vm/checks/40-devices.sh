# Device confinement on cgroup v2: the container's cgroup carries a BPF device program
# (as root); rootless containers are confined by their user namespace. Checked from inside.

# A node outside the allow-list (1:11, /dev/kmsg) may be created (as root; a user
# namespace refuses mknod) but not opened.
out=$(b run --rm img sh -c 'mknod /tmp/kmsg c 1 11 && echo berth > /tmp/kmsg' 2>&1)
[ $? -ne 0 ] && echo "$out" | grep -q 'Operation not permitted'
result devices-denied $? "$out"

# The standard nodes still work.
out=$(b run --rm img sh -c 'echo x > /dev/null && head -c 3 /dev/zero | wc -c' 2>&1)
[ "$(echo $out)" = 3 ]
result devices-standard $? "$out"

# --device adds a node and allows it (root: /dev/kmsg; a user may only pass what it can open).
if [ "$mode" = root ]; then dev=/dev/kmsg; else dev=/dev/null; fi
out=$(b run --rm --device "$dev:/dev/added" img sh -c 'echo berth-vm-check > /dev/added' 2>&1)
result device-flag $? "$out"
