#!/usr/bin/env bash
# Speed and memory, measured (never by ctest): Google Benchmark over generated registers of
# 10,000, 100,000 and 1,000,000 pairings, each query beside the same SQL run by the sqlite3
# shell on the same file (the floor) as a ratio; then whole-process timings: start-up to the
# first painted window, peak memory while scrolling the largest register, and `figures export`
# of all 17 figures beside a pandas + matplotlib script drawing the same figures.
# Results go to stdout and to $out (default build-bench/results); docs/PERFORMANCE.md keeps
# the numbers of a reference run.
#
#   scripts/bench.sh                  everything (the 1M register takes a few minutes to make)
#   SIZES=10000,100000 scripts/bench.sh   smaller registers only
#   FILTER='count/' scripts/bench.sh      only the benchmarks whose name matches
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
# Needed by this script only, never by the build or the tests. The peer runs on Debian's own
# python3 (/usr/bin/python3), where python3-pandas and python3-matplotlib are installed.
bench_packages=(time sqlite3 python3-pandas python3-matplotlib)
missing=()
for package in "${bench_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

sizes=${SIZES:-10000,100000,1000000}
filter=${FILTER:-.}
build=${BUILD:-build-bench}
out=${OUT:-$build/results}
export SISTERCITIES_BENCH_DIR=${SISTERCITIES_BENCH_DIR:-${TMPDIR:-/tmp}}
export SISTERCITIES_BENCH_SIZES=$sizes
export QT_QPA_PLATFORM=offscreen
# A new build folder is a Release build; an existing one (BUILD=build) keeps its own type.
if [ -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" >/dev/null
else
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" --target query_benchmark gui_probe sistercities-cli
echo "== Build type: $(grep -m1 CMAKE_BUILD_TYPE: "$build/CMakeCache.txt" | cut -d= -f2)"
mkdir -p "$out"
cli=$build/app/sistercities-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"

# measure LABEL COMMAND...: whole process wall, CPU (user + sys) and peak memory.
measure() {
    local label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" > "$work/stdout"
    read -r wall user sys peak < "$work/t"
    printf '%-52s %7.2f s wall %7.2f s CPU %8d KiB peak  %s\n' "$label" "$wall" \
        "$(echo "$user + $sys" | bc)" "$peak" "$(head -c 120 "$work/stdout" | tr '\n' ' ')"
}

echo "== Registers (sistercities-cli generate, seed 1)"
for n in ${sizes//,/ }; do
    db=$SISTERCITIES_BENCH_DIR/sistercities-bench-$n.sqlite
    if [ ! -f "$db" ]; then
        measure "generate --pairings $n" $cli generate --db "$db" --pairings "$n" --seed 1
    fi
    printf '%-52s %s\n' "$(basename "$db")" "$(du -h "$db" | cut -f1)"
done

echo "== Queries (Google Benchmark; wall and process CPU per call)"
"$build/tests/query_benchmark" --benchmark_filter="$filter" --benchmark_min_time="${MIN_TIME:-0.3}" \
    --benchmark_format=console --benchmark_out="$out/queries.json" --benchmark_out_format=json
"$build/tests/query_benchmark" --dump-sql "$out/sql"

echo "== The same SQL in the sqlite3 shell (the floor), and the ratio"
python3 scripts/bench-floor.py "$out/queries.json" "$out/sql" "$SISTERCITIES_BENCH_DIR" \
    | tee "$out/floor.txt"

echo "== Whole process"
bundled=$work/bundled.sqlite
measure "init (bundled dataset)" $cli init --db "$bundled"
largest=${sizes##*,}
large=$SISTERCITIES_BENCH_DIR/sistercities-bench-$largest.sqlite
for run in 1 2 3; do
    measure "start-up to first paint (bundled) #$run" "$build/tests/gui_probe" startup --db "$bundled"
done
for run in 1 2; do
    measure "start-up to first paint ($largest) #$run" "$build/tests/gui_probe" startup --db "$large"
done
measure "scroll the pairings table to the end ($largest)" "$build/tests/gui_probe" scroll --db "$large"
measure "pairings --count ($largest)" $cli --db "$large" --read-only pairings --count
measure "pairings --country CN --country JP --from 1979 --to 2000 --count ($largest)" \
    $cli --db "$large" --read-only pairings --country CN --country JP --from 1979 --to 2000 --count
measure "pairings --search ningbao --count ($largest)" \
    $cli --db "$large" --read-only pairings --search ningbao --count

echo "== All 17 figures as PNG, 1200x800: sistercities-cli beside pandas + matplotlib"
$cli --db "$bundled" export --out "$work/pairings.csv" >/dev/null 2>&1
mkdir -p "$work/survey"
for n in $(seq 9 17); do
    $cli --db "$bundled" figures data --id "fig$n" --format csv > "$work/survey/fig$n.csv"
done
# Alternating runs, so that a change in the machine's load falls on both alike.
for run in 1 2 3; do
    measure "figures export, all (bundled) #$run" \
        $cli --db "$bundled" --lang en figures export --format png --width 1200 --height 800 \
        --dpi 100 --out "$work/app$run"
    measure "pandas + matplotlib peer (bundled) #$run" \
        /usr/bin/python3 scripts/figures-peer.py "$work/pairings.csv" \
        resources/dataset/register/divisions.tsv "$work/survey" "$work/peer$run"
done
ls "$work/app1" | grep -c '\.png$' | xargs printf 'PNG files written by the application: %s\n'
ls "$work/peer1" | grep -c '\.png$' | xargs printf 'PNG files written by the peer: %s\n'
