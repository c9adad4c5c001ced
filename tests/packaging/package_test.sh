#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds the .deb with cpack, checks its contents and metadata, and runs the programs from the
# unpacked package: csw answers in Japanese, csworkbench opens a book and keeps running.
# Usage: tests/packaging/package_test.sh BUILD_DIR
set -eu
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
fail() { echo "package test: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb")"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
for path in /usr/bin/csworkbench /usr/bin/csw \
    /usr/share/applications/io.github.csworkbench.CSWorkbench.desktop \
    /usr/share/metainfo/io.github.csworkbench.CSWorkbench.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/csworkbench.svg \
    /usr/share/csworkbench/translations/csworkbench_ja.qm; do
    grep -qx "$path" "$work/contents" || fail "$path is not in the package"
done
if grep -q '/bench_\|/tst_\|/fuzz_' "$work/contents"; then fail "test programs in the package"; fi
depends=$(dpkg-deb -f "$deb" Depends)
echo "depends: $depends"
for lib in libqt6widgets6 libqt6sql6-sqlite libqt6charts6 libsqlite3; do
    echo "$depends" | grep -q "$lib" || fail "Depends lacks $lib"
done

dpkg-deb -x "$deb" "$work/root"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.csworkbench.CSWorkbench.metainfo.xml" \
    || fail "the AppStream metainfo does not validate"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$work/root/usr/share/applications/io.github.csworkbench.CSWorkbench.desktop" \
        || fail "the desktop entry does not validate"
fi

bin="$work/root/usr/bin"
"$bin/csw" --version | grep -q "0\.1\.0" || fail "csw --version"
LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=ja "$bin/csw" --help >"$work/help.txt" 2>&1 || true
grep -q 'アカウント' "$work/help.txt" || fail "the installed csw does not speak Japanese"
CSW_TODAY=2026-11-23 "$bin/csw" --book "$work/book.sqlite" demo --accounts 50 >/dev/null || fail "csw demo"
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/xdg" XDG_DATA_HOME="$work/xdg" \
    "$bin/csworkbench" "$work/book.sqlite" >"$work/gui.log" 2>&1 &
gui=$!
sleep 4
kill -0 "$gui" 2>/dev/null || { cat "$work/gui.log"; fail "csworkbench did not keep running"; }
kill "$gui"
wait "$gui" 2>/dev/null || true
echo "package test: ok"
