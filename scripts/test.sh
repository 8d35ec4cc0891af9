#!/usr/bin/env bash
# berth's test command (the README's second set-up command; .ci/run calls it too).
#
# 1. installs the Debian packages the tests use, when missing;
# 2. creates the unprivileged test user `berthtest` with /etc/subuid and /etc/subgid ranges,
#    when missing (the harness runs every rootless test as this user);
# 3. runs the checks: rustfmt, clippy (warnings are errors), the release build, all tests.
#
# Idempotent and quick when everything is already in place. Needs root: packages, the test
# user, and the tests themselves (namespaces, mounts, switching to the test user).
# Extra arguments are passed to `cargo test` (e.g. a test name filter).
set -euo pipefail

cd "$(dirname "$0")/.."

TEST_USER=berthtest
# What the tests use. qemu-system-x86 boots the cgroup v2 test VM (vm/run.sh fetches the
# kernel package itself, into a cache, without installing it).
PACKAGES=(build-essential busybox-static uidmap fuse-overlayfs qemu-system-x86)
# The VM test bed marks a cgroup delegated with setfattr.
PACKAGES+=(attr)
# Network tests: test hosts in `ip netns`, and `nft` to read berth's firewall tables;
# pasta (package passt) and slirp4netns for `--network pasta|slirp4netns` (opt-in helpers
# berth runs when asked; the default network needs neither) and the rootless bench.
PACKAGES+=(iproute2 nftables passt slirp4netns)
# Registry and archive interop tests: a real registry, htpasswd, certificates, skopeo.
PACKAGES+=(skopeo docker-registry apache2-utils openssl)

say() { printf '==> %s\n' "$*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
    echo "scripts/test.sh must run as root (it installs packages, creates the test user" >&2
    echo "and runs the tests as root and as that user); try: sudo $0" >&2
    exit 1
fi
if ! command -v cargo >/dev/null 2>&1; then
    echo "cargo not found on PATH: install Rust 1.89 or newer (https://rustup.rs)" >&2
    exit 1
fi

# --- packages ----------------------------------------------------------------------------
missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if [ "${#missing[@]}" -gt 0 ]; then
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- /dev/net/tun -------------------------------------------------------------------------
# Rootless containers get their network through a tap the user opens: stock Debian has the
# device open to everyone (0666); some hosts make it 0600.
if [ -c /dev/net/tun ]; then
    chmod 0666 /dev/net/tun
fi

# --- the unprivileged test user ----------------------------------------------------------
if ! id -u "$TEST_USER" >/dev/null 2>&1; then
    say "creating user $TEST_USER"
    useradd --create-home --shell /bin/sh "$TEST_USER"
fi
# A range of 65536 subordinate ids that overlaps no other entry (useradd may have added one
# already, from /etc/login.defs).
for f in /etc/subuid /etc/subgid; do
    touch "$f"
    if ! grep -q "^$TEST_USER:" "$f" && ! grep -q "^$(id -u "$TEST_USER"):" "$f"; then
        start=$(awk -F: 'BEGIN { next_free = 100000 }
            NF >= 3 && $2 + $3 > next_free { next_free = $2 + $3 }
            END { print next_free }' "$f")
        say "adding $TEST_USER:$start:65536 to $f"
        echo "$TEST_USER:$start:65536" >>"$f"
    fi
done

# The pool `--userns=auto` hands container ranges out of: subordinate ids of the (login-less)
# user name "containers", the same start in both files, after every other entry.
if ! grep -q '^containers:' /etc/subuid || ! grep -q '^containers:' /etc/subgid; then
    start=$(cat /etc/subuid /etc/subgid | awk -F: 'BEGIN { n = 1000000 }
        NF >= 3 && $2 + $3 > n { n = $2 + $3 } END { print n }')
    for f in /etc/subuid /etc/subgid; do
        sed -i '/^containers:/d' "$f"
        say "adding containers:$start:1000000 to $f"
        echo "containers:$start:1000000" >>"$f"
    done
fi

# A second user WITHOUT subordinate ids, for the single-id mapping tests. useradd may add
# ranges on its own (login.defs), so any are removed.
SOLO_USER=berthsolo
if ! id -u "$SOLO_USER" >/dev/null 2>&1; then
    say "creating user $SOLO_USER"
    useradd --create-home --shell /bin/sh "$SOLO_USER"
fi
for f in /etc/subuid /etc/subgid; do
    sed -i "/^$SOLO_USER:/d;/^$(id -u "$SOLO_USER"):/d" "$f"
done

# --- /dev/fuse for the rootless fuse-overlayfs tests ------------------------------------
# Debian's udev rule makes it 0666; machines without udev leave the kernel's 0600.
if [ -c /dev/fuse ] && [ "$(stat -c %a /dev/fuse)" != 666 ]; then
    say "opening /dev/fuse to unprivileged users (mode 0666, as udev does)"
    chmod 0666 /dev/fuse
fi

# --- checks ------------------------------------------------------------------------------
say "cargo fmt --all --check"
cargo fmt --all --check
say "cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets --quiet -- -D warnings
say "cargo build --release"
cargo build --release --quiet
say "cargo test"
cargo test --quiet --no-fail-fast "$@"
say "all checks passed"
