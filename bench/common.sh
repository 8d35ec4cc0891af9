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
