#!/bin/sh
# SPDX-License-Identifier: MIT
# Makes the README's screenshots under Xvfb: every view, in English and Japanese, of a demo
# book. Usage: packaging/screenshots.sh [BUILD_DIR] [OUT_DIR]   (needs xvfb-run)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=${2:-$root/docs/screenshots}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
export CSW_TODAY=2026-11-23 XDG_CONFIG_HOME="$work/xdg" XDG_DATA_HOME="$work/xdg"
"$build/app/csw/csw" --book "$work/demo.sqlite" demo --accounts 3000 >/dev/null
for lang in en ja; do
    case $lang in
        en) locale=C.UTF-8 ;;
        ja) locale=ja_JP.UTF-8 ;;
    esac
    for view in 1 2 3 4; do
        names="myday accounts voc portfolio"
        name=$(echo "$names" | cut -d' ' -f"$view")
        LANG=$locale LANGUAGE=$lang xvfb-run -a -s "-screen 0 1400x900x24" \
            "$build/app/csworkbench/csworkbench" --view "$view" \
            --screenshot "$out/$name-$lang.png" "$work/demo.sqlite" >/dev/null 2>&1
        echo "$out/$name-$lang.png"
    done
done
