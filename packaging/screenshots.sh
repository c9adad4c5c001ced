#!/bin/sh
# SPDX-License-Identifier: MIT
# Makes the README's screenshots under Xvfb at 1280x720 (a laptop's screen): the welcome page
# and every view, in English and in Japanese, each of a demo book made in that language, with
# an account and a VOC entry selected. Usage: packaging/screenshots.sh [BUILD_DIR] [OUT_DIR]
# Needs xvfb-run, xdotool and ImageMagick (Debian: xvfb xdotool imagemagick fonts-noto-cjk).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=${2:-$root/docs/screenshots}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
export CSW_TODAY=2026-11-23

# shoot NAME LANG CLICK_Y WAIT [ARGS…]: starts the window with ARGS, clicks at (200, CLICK_Y)
# unless it is 0, waits, and saves the screen as OUT/NAME-LANG.png in 256 colours.
shoot() {
    name=$1 lang=$2 y=$3 wait=$4
    shift 4
    rm -rf "$work/home" && mkdir -p "$work/home"
    cat > "$work/inner.sh" <<INNER
HOME="$work/home" XDG_CONFIG_HOME="$work/home/xdg" XDG_DATA_HOME="$work/home/xdg" \
    "$build/app/csworkbench/csworkbench" $* &
app=\$!
sleep 6
id=\$(xdotool search --name 'CS Workbench' | head -1)
xdotool windowsize \$id 1280 720 windowmove \$id 0 0
sleep 1
[ "$y" = 0 ] || xdotool mousemove 200 $y click 1
sleep $wait
import -window root "$work/shot.png"
kill \$app
INNER
    xvfb-run -a -s "-screen 0 1280x720x24" sh "$work/inner.sh" >/dev/null 2>&1
    convert "$work/shot.png" -colors 256 "PNG8:$out/$name-$lang.png"
    echo "$out/$name-$lang.png"
}

for lang in en ja; do
    case $lang in
        en) export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en ;;
        ja) export LANG=ja_JP.UTF-8 LC_ALL=ja_JP.UTF-8 LANGUAGE=ja ;;
    esac
    book="$work/demo-$lang.sqlite"
    "$build/app/csw/csw" --book "$book" demo --accounts 2000 --language $lang >/dev/null
    "$build/app/csw/csw" --book "$book" task remind >/dev/null
    shoot welcome $lang 0 1
    shoot myday $lang 0 2 --view 1 "$book"
    shoot accounts $lang 190 2 --view 2 "$book"
    shoot voc $lang 240 2 --view 3 "$book"
    shoot portfolio $lang 0 8 --view 4 "$book"
done
