#!/usr/bin/env bash
# berth's VM test bed: boots Debian's cloud kernel under qemu (software emulation) with an
# initramfs holding busybox, the berth binary and its libraries, a busybox test image and a
# guest script, mounts cgroup2 with every controller enabled, runs the script as root and
# as an unprivileged user with a delegated subtree, and prints the serial console.
#
#   vm/run.sh [BERTH_BINARY] [GUEST_SCRIPT]
#
# Defaults: target/release/berth and vm/guest-tests.sh, which runs the checks in vm/checks/
# as root and as the user. Checks print lines `RESULT <name> ok|FAIL <detail>`; the console ends with `BERTH-VM-END` once the guest is
# done. Exit status: 0 when the guest got to the end, 1 otherwise (the checks themselves are
# judged by whoever reads the RESULT lines: tests/vm.rs).
#
# Needs: qemu-system-x86_64 (package qemu-system-x86), busybox-static, setfattr (attr), apt-get and
# dpkg-deb (to fetch the kernel package once into $BERTH_VM_CACHE, default
# /var/cache/berth-vm; nothing is installed on the host).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
berth=$(realpath "${1:-$here/../target/release/berth}")
guest_script=$(realpath "${2:-$here/guest-tests.sh}")
cache=${BERTH_VM_CACHE:-/var/cache/berth-vm}
# Boots in seconds; the guest's tests under emulation take a minute or two.
timeout_s=${BERTH_VM_TIMEOUT:-900}

die() { echo "vm/run.sh: $*" >&2; exit 2; }
[ -x "$berth" ] || die "no berth binary at $berth (build it first)"
[ -r "$guest_script" ] || die "no guest script at $guest_script"
command -v qemu-system-x86_64 >/dev/null || die "qemu-system-x86_64 not found (package qemu-system-x86)"
[ -x /bin/busybox ] || die "/bin/busybox not found (package busybox-static)"

# --- the kernel: Debian's cloud flavour, extracted from its package ------------------------
resolve_kernel() {
    apt-cache depends linux-image-cloud-amd64 2>/dev/null |
        awk '/Depends: linux-image-[0-9]/ { print $2; exit }'
}
kernel_pkg=$(resolve_kernel)
if [ -z "$kernel_pkg" ]; then
    apt-get update -qq >&2
    kernel_pkg=$(resolve_kernel)
fi
[ -n "$kernel_pkg" ] || die "cannot resolve linux-image-cloud-amd64 (run apt-get update)"
kdir=$cache/$kernel_pkg
if [ ! -e "$kdir/.complete" ]; then
    mkdir -p "$cache"
    dl=$(mktemp -d "$cache/.dl-XXXXXX")
    (cd "$dl" && apt-get download -q -o APT::Sandbox::User=root "$kernel_pkg" >&2)
    mkdir -p "$dl/x"
    dpkg-deb -x "$dl"/*.deb "$dl/x"
    rm -rf "$kdir"
    mkdir -p "$kdir"
    mv "$dl/x/boot" "$dl/x/lib" "$kdir/"
    rm -rf "$dl"
    touch "$kdir/.complete"
fi
vmlinuz=$(ls "$kdir"/boot/vmlinuz-*)
modules=$(ls -d "$kdir"/lib/modules/*)

# --- the initramfs ---------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/berth-vm-XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root"/{bin,sbin,usr/bin,etc,proc,sys,dev,tmp,run,root,home/tester,lib/modules,var/tmp}
cp /bin/busybox "$root/bin/busybox"
for applet in $(/bin/busybox --list); do
    [ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
done
# berth, setfattr (to mark a cgroup delegated, as a service manager does) and the shared
# libraries they link (same paths as on the host).
command -v setfattr >/dev/null || die "setfattr not found (package attr)"
cp "$berth" "$root/usr/bin/berth"
cp "$(command -v setfattr)" "$root/usr/bin/setfattr"
ldd "$berth" "$(command -v setfattr)" | awk '/=> \// { print $3 } /^\t\/.*ld-linux/ { print $1 }' | while read -r lib; do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
done
# Modules the guest loads, in dependency order (the package has no modules.dep): overlay
# for container roots, virtio for the test disk.
for m in fs/overlayfs/overlay drivers/virtio/virtio_ring drivers/virtio/virtio \
    drivers/virtio/virtio_pci_legacy_dev drivers/virtio/virtio_pci_modern_dev \
    drivers/virtio/virtio_pci drivers/block/virtio_blk; do
    cp "$modules/kernel/$m.ko" "$root/lib/modules/"
    echo "$(basename "$m").ko" >>"$root/lib/modules/load-order"
done
printf 'root:x:0:0:root:/root:/bin/sh\ntester:x:1000:1000:tester:/home/tester:/bin/sh\n' \
    >"$root/etc/passwd"
printf 'root:x:0:\ntester:x:1000:\n' >"$root/etc/group"
chown 1000:1000 "$root/home/tester"
chmod 1777 "$root/tmp" "$root/var/tmp"

# The test image: busybox with its applets, a passwd naming tester, a /tmp.
img=$work/img
mkdir -p "$img"/{bin,etc,tmp,root}
cp /bin/busybox "$img/bin/busybox"
for applet in $(/bin/busybox --list); do
    [ -e "$img/bin/$applet" ] || ln -s busybox "$img/bin/$applet"
done
cp "$root/etc/passwd" "$root/etc/group" "$img/etc/"
chmod 1777 "$img/tmp"
tar -C "$img" -cf "$root/image.tar" .

cp "$here/init" "$root/init"
cp "$guest_script" "$root/guest.sh"
mkdir -p "$root/checks"
cp "$here"/checks/*.sh "$root/checks/"
chmod 755 "$root/init" "$root/guest.sh"
(cd "$root" && find . | /bin/busybox cpio -o -H newc 2>/dev/null | gzip -1) >"$work/initrd.gz"

# --- boot ------------------------------------------------------------------------------------
# KVM exists on these machines but is unusable, so: TCG. The guest powers off when done.
# A small disk, so per-device I/O limits have a device to name (/dev/vda in the guest).
truncate -s 16M "$work/disk.img"
console=$work/console.log
set +e
timeout "$timeout_s" qemu-system-x86_64 -accel tcg -m 1536 -smp 2 -nographic -no-reboot \
    -nic none -drive "file=$work/disk.img,if=virtio,format=raw" \
    -kernel "$vmlinuz" -initrd "$work/initrd.gz" \
    -append "console=ttyS0 panic=-1 quiet loglevel=3 rdinit=/init" \
    </dev/null | tee "$console"
set -e
grep -q '^BERTH-VM-END' "$console"
