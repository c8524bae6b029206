#!/usr/bin/env bash
# Speed and memory, measured: Google Benchmark for the queries behind the tables, and
# whole-process timings (wall time and peak memory) of the command-line tool. Results go to
# stdout; docs/PERFORMANCE.md keeps the numbers of a reference run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
if ! command -v /usr/bin/time >/dev/null; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get install -y --no-install-recommends time
fi
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DSISTERCITIES_BUILD_BENCHMARKS=ON
cmake --build build-bench --parallel "$(nproc)" --target query_benchmark sistercities-cli

echo "== Google Benchmark: queries on 500,000 pairings (database built on first run)"
build-bench/tests/query_benchmark --benchmark_min_time=0.2

large="${TMPDIR:-/tmp}/sistercities-bench-20000-500000.sqlite"
cli=build-bench/app/sistercities-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {
    local label=$1; shift
    /usr/bin/time -f "%e s wall, %M KiB peak" -o "$work/t" "$@" > /dev/null
    printf '%-58s %s\n' "$label" "$(cat "$work/t")"
}

echo "== Whole process"
measure "init (bundled dataset)" $cli init --db "$work/bundled.sqlite"
measure "pairings --count (bundled)" $cli --db "$work/bundled.sqlite" pairings --count
measure "pairings --format csv (bundled, all rows)" $cli --db "$work/bundled.sqlite" pairings --format csv
measure "pairings --count (500k)" $cli --db "$large" --read-only pairings --count
measure "pairings --country CN --country JP --from 1979 --to 2000 --count (500k)" \
    $cli --db "$large" --read-only pairings --country CN --country JP --from 1979 --to 2000 --count
measure "pairings --search 测试市123 --count (500k)" $cli --db "$large" --read-only pairings --search 测试市123 --count
measure "pairings --format csv (500k, all rows)" $cli --db "$large" --read-only pairings --format csv
