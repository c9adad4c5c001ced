#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds the CSV reader's fuzz target with clang and runs it for SECONDS (default 30) from the
# seed corpus. Usage: tests/fuzz/run.sh BUILD_DIR [SECONDS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$1
seconds=${2:-30}
if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang++ is not installed (packaging/install-deps.sh installs it)" >&2
    exit 1
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j 2 >"$build/build.log" 2>&1 || { tail -30 "$build/build.log" >&2; exit 1; }
corpus="$build/corpus"
mkdir -p "$corpus"
cp "$here"/corpus/* "$corpus"/
status=0
"$build/fuzz_csv_reader" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/" -print_final_stats=1 "$corpus" >"$build/fuzz.log" 2>&1 || status=$?
tail -12 "$build/fuzz.log"
exit "$status"
