#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs every benchmark in tests/bench and prints one table of ratios, each against the
# baseline its benchmark measured in the same run, with the machine's core count.
# Usage: tests/bench/run-all.sh [BUILD_DIR] [--quick | --scale 1m]
#   --quick: smaller books (a few minutes; the ratios are less telling)
#   --scale 1m: the million-account targets (demo 1M vs 100k, the window and My Day on 1M,
#     KPIs 500k and 1M, rescoring 500k and 1M); about an hour on 2 cores, several GB of disk
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
quick=${2:-}
scale=${3:-}
bench="$build/tests/bench"
export CSW_TODAY=${CSW_TODAY:-2026-11-23}
log=$(mktemp)
trap 'rm -f "$log"' EXIT INT TERM

run() {
    name=$1
    shift
    echo "running $name $*" >&2
    if ! "$bench/$name" "$@" >>"$log" 2>&1; then
        echo "$name failed; its output:" >&2
        cat "$log" >&2
        exit 1
    fi
}

if [ "$quick" = "--scale" ] && [ "$scale" = "1m" ]; then
    run bench_book --small 100000 --large 1000000 --runs 1
    run bench_window --accounts 1000000 --runs 3
    run bench_kpis --small 500000 --large 1000000 --runs 2
    run bench_health --small 500000 --large 1000000 --runs 1
    run bench_import
elif [ "$quick" = "--quick" ]; then
    run bench_book --small 2000 --large 20000 --runs 1
    run bench_window --runs 1
    run bench_account_detail --runs 3
    run bench_health --runs 1
    run bench_kpis --runs 1
    run bench_voc --small 20000 --large 200000 --accounts 5000 --runs 1
    run bench_import --rows 20000 --runs 1
    run bench_team_book --accounts 5000 --runs 1
    run bench_concurrent_edits --writers 5 --edits 100
    run bench_change_fanout --accounts 5000 --changes 20
    run bench_segments --accounts 10000 --runs 1
    run bench_bulk --accounts 2000 --runs 1
else
    run bench_book
    run bench_window
    run bench_account_detail
    run bench_health
    run bench_kpis
    run bench_voc
    run bench_import
    run bench_team_book
    run bench_concurrent_edits
    run bench_change_fanout
    run bench_segments
    run bench_bulk
fi

echo "CS Workbench benchmarks, $(date +%Y-%m-%d), $(nproc) cores$( [ "$quick" = "--quick" ] && echo ', quick sizes')$( [ "$quick" = "--scale" ] && echo ", scale $scale")"
echo
printf '| %s | %s | %s | %s | %s |\n' measure value baseline ratio target
printf '|---|---|---|---|---|\n'
# Every benchmark prints its results as: measure  value  baseline  ratio  target.
grep -E '^[a-zA-Z`].* +[0-9.]+ (s|ms|MB) +[0-9.]+ (s|ms|MB) +[-+0-9.]+(x| MB) ' "$log" | grep -v '^measure' |
    sed -E 's/^(.*[^ ]) +([0-9.]+ (s|ms|MB)) +([0-9.]+ (s|ms|MB)) +([-+0-9.]+(x| MB)) +(.*)$/| \1 | \2 | \4 | \6 | \8 |/'
# The concurrent edits print a line per engine of their own (counts, not a timed ratio).
echo
grep -E '^(Concurrent edits|team |sqlite |target: 0 lost)' "$log" || true
