#!/usr/bin/env bash
# Import cost, measured whole-process: sistercities-cli import of N generated pairings (each
# naming two new cities) against sqlite3's own .import of the same file into a plain table and
# sqlite3 inserting the same rows into the register's tables, for N = 20,000, 100,000 and
# 1,000,000 (or the sizes given: scripts/bench-import.sh 5000 50000); and an import of N cities.
# Wall time, CPU time (user + sys: other work on the machine inflates the wall time, not this)
# and peak memory; docs/PERFORMANCE.md keeps the numbers of a reference run.
# The floor is measured twice: sqlite3 inserting into the register's tables with their indexes in
# place, and the same with the secondary indexes dropped first and built after the rows (what the
# import's bulk path does, done by sqlite3 itself: the best a set-based load can do).
# With PostgreSQL installed, BENCH_PG_ROWS rows (default 100000; 0: none) are also imported into a
# throw-away cluster (tests/support/with-postgres.sh) beside psql's \copy of the same file into a
# plain table.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
missing=()
command -v /usr/bin/time >/dev/null || missing+=(time)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
# SISTERCITIES_CLI=path measures a program built already (e.g. build/app/sistercities-cli).
cli=${SISTERCITIES_CLI:-}
if [ -z "$cli" ]; then
    cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build build-bench --parallel "$(nproc)" --target sistercities-cli
    cli=build-bench/app/sistercities-cli
fi

sizes=("$@")
[ "${#sizes[@]}" -eq 0 ] && sizes=(20000 100000 1000000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {
    local label=$1; shift
    /usr/bin/time -f "%e s wall, %U+%S s cpu, %M KiB peak" -o "$work/t" "$@" > /dev/null 2>&1
    printf '%-56s %s\n' "$label" "$(cat "$work/t")"
}

for n in "${sizes[@]}"; do
    file="$work/pairings-$n.csv"
    awk -v n="$n" 'BEGIN {
        print "a_country,a_city,b_country,b_city,established,source"
        for (i = 0; i < n; i++)
            printf "CN,Bench City %d,JP,Bench Town %d,%d,Bench source\n", i, i, 1950 + i % 70
    }' > "$file"
    echo "== $n rows ($(du -h "$file" | cut -f1))"
    rm -f "$work/plain.sqlite"
    measure "sqlite3 .import into a plain table" \
        sqlite3 "$work/plain.sqlite" ".mode csv" ".import $file plain"
    rm -f "$work/register.sqlite"* "$work/sql.sqlite" "$work/floor.sqlite"
    $cli init --db "$work/register.sqlite" --empty > /dev/null
    cp "$work/register.sqlite" "$work/dry.sqlite"
    cp "$work/register.sqlite" "$work/sql.sqlite"
    cp "$work/register.sqlite" "$work/floor.sqlite"
    # What SQLite's inserts alone cost in the register's tables (two cities and a pairing a row,
    # with their indexes and constraints), done by sqlite3 without any check or lookup.
    inserts=(
        "INSERT INTO sources (title) VALUES ('Bench source')"
        "INSERT INTO cities (country, level, name_native, search_text, source_id)
         SELECT a_country, 'other', a_city, char(31) || lower(a_city) || char(31),
                (SELECT max(id) FROM sources) FROM raw ORDER BY rowid"
        "INSERT INTO cities (country, level, name_native, search_text, source_id)
         SELECT b_country, 'other', b_city, char(31) || lower(b_city) || char(31),
                (SELECT max(id) FROM sources) FROM raw ORDER BY rowid"
        "INSERT INTO pairings (city_a, city_b, established, established_year, precision,
                               status, source_id)
         SELECT rowid, rowid + (SELECT count(*) FROM raw), established,
                CAST(established AS INTEGER), 'year', 'active', (SELECT max(id) FROM sources)
         FROM raw ORDER BY rowid")
    measure "sqlite3: same rows into the register's tables" sqlite3 "$work/sql.sqlite" \
        ".mode csv" ".import $file raw" "PRAGMA foreign_keys = ON" "BEGIN" "${inserts[@]}" \
        "DROP TABLE raw" "COMMIT"
    secondary="FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('cities', 'pairings')
               AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY rowid"
    sqlite3 "$work/floor.sqlite" "SELECT 'DROP INDEX ' || name || ';' $secondary" > "$work/drop.sql"
    sqlite3 "$work/floor.sqlite" "SELECT sql || ';' $secondary" > "$work/create.sql"
    measure "sqlite3: the same, indexes built after the rows" sqlite3 "$work/floor.sqlite" \
        ".mode csv" ".import $file raw" "PRAGMA foreign_keys = ON" "BEGIN" \
        ".read $work/drop.sql" "${inserts[@]}" ".read $work/create.sql" "DROP TABLE raw" "COMMIT"
    measure "sistercities-cli import --dry-run" $cli --db "$work/dry.sqlite" import --dry-run "$file"
    measure "sistercities-cli import" $cli --db "$work/register.sqlite" import "$file"
    echo "pairings imported: $($cli --db "$work/register.sqlite" pairings --count)"

    cities="$work/cities-$n.csv"
    awk -v n="$n" 'BEGIN {
        print "country,level,name_native,name_en,source"
        for (i = 0; i < n; i++)
            printf "KR,municipality,벤치시 %d,Bench City %d,Bench source\n", i, i
    }' > "$cities"
    rm -f "$work/cities.sqlite"*
    $cli init --db "$work/cities.sqlite" --empty > /dev/null
    measure "sistercities-cli import --table cities ($n cities)" \
        $cli --db "$work/cities.sqlite" import --table cities "$cities"
done

# PostgreSQL: the import into a database made by init --empty on a throw-away cluster, beside
# psql's \copy of the same rows into a plain table (no index, no constraint). The server's own
# CPU time is not the client's: the wall time is the figure to compare here.
pg_rows=${BENCH_PG_ROWS:-100000}
if [ "$pg_rows" -gt 0 ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    file="$work/pg-pairings-$pg_rows.csv"
    awk -v n="$pg_rows" 'BEGIN {
        print "a_country,a_city,b_country,b_city,established,source"
        for (i = 0; i < n; i++)
            printf "CN,Bench City %d,JP,Bench Town %d,%d,Bench source\n", i, i, 1950 + i % 70
    }' > "$file"
    chmod 755 "$work"
    chmod 644 "$file"
    export cli file pg_rows work
    export -f measure
    echo "== PostgreSQL, $pg_rows rows"
    bash tests/support/with-postgres.sh bash -c '
        set -euo pipefail
        admin=$SISTERCITIES_TEST_PG
        psql -X -q -d "$admin" -c "CREATE DATABASE bench OWNER sc_owner" > /dev/null
        psql -X -q -d "$admin" -c "CREATE DATABASE plain OWNER sc_owner" > /dev/null
        db=${admin/sc_admin@/sc_owner@}
        db=${db%/postgres}
        psql -X -q -d "$db/plain" -c "CREATE TABLE plain (a_country text, a_city text,
            b_country text, b_city text, established text, source text)" > /dev/null
        measure "psql \copy into a plain table" \
            psql -X -q -d "$db/plain" -c "\copy plain FROM $file WITH (FORMAT csv, HEADER)"
        $cli init --db "$db/bench" --empty > /dev/null
        measure "sistercities-cli import (PostgreSQL)" $cli --db "$db/bench" import "$file"
        echo "pairings imported: $($cli --db "$db/bench" pairings --count)"
    '
fi
