# Shared by the bench scripts (sourced, not run).

# Unmount anything a run left below $1 (deepest first).
unmount_below() {
    awk -v t="$1" '$5 ~ "^"t {print $5}' /proc/self/mountinfo | sort -r |
        while read -r m; do umount -l "$m" 2>/dev/null || true; done
}

# Make a busybox root filesystem in the directory $1 (every applet linked) and its tar
# archive $1.tar, to import as an image.
busybox_rootfs() {
    local root=$1 applet
    mkdir -p "$root"/{bin,dev,etc,proc,sys,tmp,root}
    chmod 1777 "$root/tmp"
    cp /bin/busybox "$root/bin/busybox"
    for applet in $(/bin/busybox --list); do
        [ "$applet" = busybox ] || ln -s busybox "$root/bin/$applet"
    done
    echo 'root:x:0:0:root:/root:/bin/sh' >"$root/etc/passwd"
    echo 'root:x:0:' >"$root/etc/group"
    tar -C "$root" -cf "$root.tar" .
}

# Stop unless run as root under bash 5 or newer (EPOCHREALTIME) with /bin/busybox.
need_root_bash5_busybox() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "$0 needs root" >&2
        exit 1
    fi
    if [ -z "${EPOCHREALTIME:-}" ]; then
        echo "$0 needs bash 5 or newer (EPOCHREALTIME)" >&2
        exit 1
    fi
    [ -x /bin/busybox ] || { echo "/bin/busybox not found: apt-get install busybox-static" >&2; exit 1; }
}

# Set BERTH to the release binary (built first), unless BERTH is set already.
release_berth() {
    if [ -z "${BERTH:-}" ]; then
        echo "building the release binary..." >&2
        cargo build --release --quiet
        BERTH=$PWD/target/release/berth
    fi
}
