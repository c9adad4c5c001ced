#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs the README's two commands on a fresh, minimal Debian bookworm (debootstrap's minbase: no
# compiler, cmake or git) in a chroot: `sh packaging/test.sh` must install what is missing, build
# and pass every test; `sh packaging/run.sh` must then open the app on the demo book (checked by
# its still running, off screen, after 30 seconds). About 30-40 minutes on 2 cores: run it when a
# dependency changes, not in every CI run. As root (debootstrap and chroot need it).
#   sh packaging/fresh-check.sh [FOLDER]     the chroot is made in FOLDER (default: a new temp one)
set -eu
cd "$(dirname "$0")/.."
root=${1:-$(mktemp -d /tmp/csw-fresh.XXXXXX)}
mirror=${CSW_DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" -ne 0 ]; then
    echo "fresh-check: run as root (debootstrap and chroot need it)" >&2
    exit 2
fi
if ! command -v debootstrap >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
fi

if [ ! -x "$root/bin/sh" ]; then
    echo "fresh-check: debootstrap --variant=minbase bookworm $root"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
        { tail -20 "$root.debootstrap.log"; exit 1; }
fi

# The project as committed (no build folder, no ccache: a first build).
rm -rf "$root/src"
mkdir -p "$root/src"
git archive HEAD | tar -x -C "$root/src"

mounted=""
cleanup() {
    for m in $mounted; do umount -l "$root$m" 2>/dev/null || true; done
}
trap cleanup EXIT
for m in /proc /sys /dev /dev/pts; do
    mount --bind "$m" "$root$m"
    mounted="$m $mounted"
done
cp /etc/resolv.conf "$root/etc/resolv.conf"

echo "fresh-check: sh packaging/test.sh (install, build, every test)"
start=$(date +%s)
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 CI=true \
    sh -c 'cd /src && sh packaging/test.sh' >"$root.test.log" 2>&1 ||
    { tail -40 "$root.test.log"; echo "fresh-check: packaging/test.sh FAILED (log: $root.test.log)"; exit 1; }
tested=$(date +%s)
tail -3 "$root.test.log"

echo "fresh-check: sh packaging/run.sh (the demo book in the window, off screen)"
set +e
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    timeout 30 sh -c 'cd /src && sh packaging/run.sh' >"$root.run.log" 2>&1
rc=$?
set -e
if [ "$rc" -ne 124 ]; then
    tail -20 "$root.run.log"
    echo "fresh-check: packaging/run.sh ended with $rc before 30 s (log: $root.run.log)"
    exit 1
fi
echo "fresh-check: passed — test.sh $((tested - start)) s, run.sh opened the app and kept it open"
