#!/bin/sh
# SPDX-License-Identifier: MIT
# Configures and builds CS Workbench in ./build (Ninja, ccache when present).
set -eu
cd "$(dirname "$0")/.."
launcher=""
if command -v ccache >/dev/null 2>&1; then
    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi
if [ ! -f build/build.ninja ]; then
    # shellcheck disable=SC2086
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $launcher
fi
cmake --build build --parallel "$(nproc)" "$@"
