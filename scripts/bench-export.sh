#!/usr/bin/env bash
# `sistercities-cli figures export` of every figure as PNG (1200 x 800 at 100 dpi) on the
# bundled dataset, beside its peer, scripts/figures-peer.py (pandas + matplotlib drawing the
# same figures from the `export` CSV and the survey's tallies), whole process, in one run: the
# two alternate RUNS times (default 5), so that a change in the machine's load falls on both
# alike. Prints wall and CPU (user + sys) of each run, the medians and the ratios (peer / ours).
# Ours runs twice a round: as a user runs it (two processes on two or more CPUs) and with
# --jobs 1 (one process), to show what the second process gains in wall time.
# docs/PERFORMANCE.md ("Figure export") keeps the numbers of a reference run.
#
#   scripts/bench-export.sh                   builds build-bench (Release) and measures it
#   SISTERCITIES_CLI=build/app/sistercities-cli scripts/bench-export.sh   a program built already
#   RUNS=3 PEER=path/to/figures-peer.py scripts/bench-export.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
# Needed by this script only, never by the build or the tests. The peer runs on Debian's own
# python3 (/usr/bin/python3), where python3-pandas and python3-matplotlib are installed.
missing=()
for package in time python3-pandas python3-matplotlib; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
peer=${PEER:-scripts/figures-peer.py}
[ -f "$peer" ] || { echo "bench-export.sh: no peer script at $peer (set PEER=...)" >&2; exit 2; }
cli=${SISTERCITIES_CLI:-}
if [ -z "$cli" ]; then
    cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build build-bench --parallel "$(nproc)" --target sistercities-cli
    cli=build-bench/app/sistercities-cli
fi
runs=${RUNS:-5}
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=$work/xdg && mkdir -m 700 "$XDG_RUNTIME_DIR"

echo "== $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "== $cli ($(grep -m1 CMAKE_BUILD_TYPE: "$(dirname "$(dirname "$cli")")/CMakeCache.txt" \
    2>/dev/null | cut -d= -f2 || echo '?') build); peer $peer on $(/usr/bin/python3 --version)"

# The peer's input, made once, outside the timings: the register as CSV, the survey's tallies.
bundled=$work/bundled.sqlite
$cli init --db "$bundled" >/dev/null 2>&1
$cli --db "$bundled" export --out "$work/pairings.csv" >/dev/null 2>&1
mkdir -p "$work/survey"
for n in $(seq 9 17); do
    $cli --db "$bundled" figures data --id "fig$n" --format csv > "$work/survey/fig$n.csv"
done

# measure NAME COMMAND...: appends "wall cpu" (seconds) to $work/NAME.
measure() {
    local name=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" > /dev/null 2> "$work/stderr" ||
        { cat "$work/stderr" >&2; exit 1; }
    read -r wall user sys peak < "$work/t"
    local cpu
    cpu=$(echo "$user + $sys" | bc)
    echo "$wall $cpu" >> "$work/$name"
    printf '%-34s %6.2f s wall %6.2f s CPU %7d KiB peak\n' "$name #$run" "$wall" "$cpu" "$peak"
}

for run in $(seq 1 "$runs"); do
    rm -rf "$work/app" "$work/peer"
    measure sistercities-cli $cli --db "$bundled" --lang en figures export --format png \
        --width 1200 --height 800 --dpi 100 --out "$work/app"
    rm -rf "$work/app1"
    measure "sistercities-cli --jobs 1" $cli --db "$bundled" --lang en figures export \
        --format png --width 1200 --height 800 --dpi 100 --jobs 1 --out "$work/app1"
    measure pandas+matplotlib /usr/bin/python3 "$peer" "$work/pairings.csv" \
        resources/dataset/register/divisions.tsv "$work/survey" "$work/peer"
done
printf 'PNG files: sistercities-cli %s, peer %s\n' "$(ls "$work/app" | grep -c '\.png$')" \
    "$(ls "$work/peer" | grep -c '\.png$')"

# median FILE COLUMN
median() { cut -d' ' -f"$2" "$1" | sort -g | awk '{ v[NR] = $1 } END {
    print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
app_wall=$(median "$work/sistercities-cli" 1); app_cpu=$(median "$work/sistercities-cli" 2)
peer_wall=$(median "$work/pandas+matplotlib" 1); peer_cpu=$(median "$work/pandas+matplotlib" 2)
echo "== Medians of $runs runs"
printf '%-34s %6.2f s wall %6.2f s CPU\n' sistercities-cli "$app_wall" "$app_cpu" \
    pandas+matplotlib "$peer_wall" "$peer_cpu"
one_wall=$(median "$work/sistercities-cli --jobs 1" 1)
one_cpu=$(median "$work/sistercities-cli --jobs 1" 2)
printf '%-34s %6.2f s wall %6.2f s CPU\n' "sistercities-cli --jobs 1" "$one_wall" "$one_cpu"
printf 'Ratio (peer / sistercities-cli): %.1fx in wall, %.1fx in CPU\n' \
    "$(echo "$peer_wall / $app_wall" | bc -l)" "$(echo "$peer_cpu / $app_cpu" | bc -l)"
printf 'Ratio (peer / sistercities-cli --jobs 1): %.1fx in wall, %.1fx in CPU\n' \
    "$(echo "$peer_wall / $one_wall" | bc -l)" "$(echo "$peer_cpu / $one_cpu" | bc -l)"
printf 'Two processes against one: %.2fx in wall\n' "$(echo "$one_wall / $app_wall" | bc -l)"
