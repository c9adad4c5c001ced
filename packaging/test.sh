#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs what is missing, builds, and runs the whole test suite (offscreen, no display needed).
set -eu
cd "$(dirname "$0")/.."
sh packaging/install-deps.sh
sh packaging/build.sh
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -j 2
