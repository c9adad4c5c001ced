#!/bin/sh
# SPDX-License-Identifier: MIT
# Configures and builds CS Workbench in ./build (Ninja, ccache when present).
set -eu
cd "$(dirname "$0")/.."
launcher=""
if command -v ccache >/dev/null 2>&1; then
    # One cache for every clone of the project on this machine (CI builds a fresh clone):
    # paths under the checkout are hashed relative to it, and not the build folder itself.
    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=env;CCACHE_BASEDIR=$(pwd);CCACHE_NOHASHDIR=1;ccache"
fi
if [ ! -f build/build.ninja ]; then
    # shellcheck disable=SC2086
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $launcher
fi
cmake --build build --parallel "$(nproc)" "$@"
