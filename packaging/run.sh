#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs what is missing, builds, and opens CS Workbench on a demo book (build/demo.sqlite).
set -eu
cd "$(dirname "$0")/.."
sh packaging/install-deps.sh
sh packaging/build.sh
if [ ! -f build/demo.sqlite ]; then
    ./build/app/csw/csw --book build/demo.sqlite demo --accounts 300 --months 24 --seed 1
fi
exec ./build/app/csworkbench/csworkbench build/demo.sqlite "$@"
