#!/usr/bin/env bash
# What the figures' tallies (schema 9) cost the write path on PostgreSQL, side by side in one
# throw-away cluster (tests/support/with-postgres.sh):
#   - 500 pairings inserted, then 500 updated (year and source), one statement each, in one
#     transaction rolled back (psql \timing of a DO block: the server's time);
#   - an import of ROWS new pairs (default 20,000; each row two new cities) into init --empty.
# For each CLI given (LABEL=PATH: e.g. a build of main without tallies, and this tree's), and
# with --row-trigger also this tree's database with the tallies kept by the first version's row
# trigger (taken from commit c3d3b03) instead of its statement triggers.
#
#   scripts/bench-tally-writes.sh [--rows N] [--row-trigger] LABEL=CLI...
set -euo pipefail
cd "$(dirname "$0")/.."

rows=20000
row_trigger=0
clis=()
while [ $# -gt 0 ]; do
    case "$1" in
    --rows) rows=$2; shift 2 ;;
    --row-trigger) row_trigger=1; shift ;;
    *) clis+=("$1"); shift ;;
    esac
done
[ ${#clis[@]} -gt 0 ] || { echo "usage: $0 [--rows N] [--row-trigger] LABEL=CLI..." >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/sc-tally-writes.XXXXXX")
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
awk -v n="$rows" 'BEGIN {
    print "a_country,a_city,b_country,b_city,established,source"
    for (i = 0; i < n; i++)
        printf "CN,Bench City %d,JP,Bench Town %d,%d,Bench source\n", i, i, 1950 + i % 70
}' > "$work/import.csv"
# The first version's row trigger, for --row-trigger: its two functions and its trigger.
git show c3d3b03:resources/schema/postgresql/009_figure_tallies.sql |
    sed -n '/^CREATE FUNCTION sc_pairings_tally_change/,/FOR EACH ROW EXECUTE/p' > "$work/row.sql"
chmod 644 "$work"/*
export work rows row_trigger

cat > "$work/inner.sh" <<'INNER'
set -euo pipefail
admin=$SISTERCITIES_TEST_PG
base=${admin/sc_admin@/sc_owner@}
base=${base%/postgres}
n=0
newdb() {
    n=$((n + 1))
    psql -X -q -d "$admin" -c "CREATE DATABASE b$n OWNER sc_owner" > /dev/null
    db="$base/b$n"
}
rowTrigger() {
    psql -X -q -v ON_ERROR_STOP=1 -d "$1" -c "DROP TRIGGER pairings_tally_insert ON pairings;
        DROP TRIGGER pairings_tally_update ON pairings;
        DROP TRIGGER pairings_tally_delete ON pairings;" -f "$work/row.sql" > /dev/null
}
# Server time of 500 single-row inserts, then 500 single-row updates, rolled back.
edits() {
    psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$work/edits.sql" |
        grep -o "Time: [0-9.]* ms" | sed -n '2,3p' | tr '\n' ' '
}
run() { # label cli rowtrigger
    local label=$1 cli=$2 row=$3
    newdb
    "$cli" --db "$db" init > /dev/null
    [ "$row" = 1 ] && rowTrigger "$db"
    echo "$label: 500 inserts, 500 updates: $(edits "$db")"
    newdb
    "$cli" --db "$db" init --empty > /dev/null
    [ "$row" = 1 ] && rowTrigger "$db"
    /usr/bin/time -o "$work/time.txt" -f "$label: import of $rows rows: wall %e s, client CPU %U+%S s" \
        "$cli" --db "$db" import "$work/import.csv" > /dev/null 2>&1
    cat "$work/time.txt"
}
for entry in "$@"; do
    run "${entry%%=*}" "${entry#*=}" 0
done
if [ "$row_trigger" = 1 ]; then
    last=${*: -1}
    run "${last%%=*} with the row trigger" "${last#*=}" 1
fi
INNER

cat > "$work/edits.sql" <<'SQL'
CREATE TEMP TABLE todo AS SELECT row_number() OVER () AS i, a.id AS a, b.id AS b
    FROM (SELECT id FROM cities WHERE country = 'CN' ORDER BY id LIMIT 60) a,
         (SELECT id FROM cities WHERE country = 'JP' ORDER BY id LIMIT 60) b
    WHERE NOT EXISTS (SELECT 1 FROM pairings p WHERE LEAST(p.city_a, p.city_b) = LEAST(a.id, b.id)
        AND GREATEST(p.city_a, p.city_b) = GREATEST(a.id, b.id))
    LIMIT 500;
BEGIN;
\timing on
SELECT 1;
DO $$ DECLARE r record; s bigint := (SELECT min(id) FROM sources); BEGIN
    FOR r IN SELECT * FROM todo LOOP
        INSERT INTO pairings (city_a, city_b, source_id, established, precision,
            established_year) VALUES (r.a, r.b, s, (1980 + r.i % 40)::text, 'year',
            1980 + r.i % 40);
    END LOOP; END $$;
DO $$ DECLARE r record; s bigint := (SELECT max(id) FROM sources); BEGIN
    FOR r IN SELECT id FROM pairings ORDER BY id LIMIT 500 LOOP
        UPDATE pairings SET source_id = s, established = '2001', precision = 'year',
            established_year = 2001 WHERE id = r.id;
    END LOOP; END $$;
\timing off
ROLLBACK;
SQL
chmod 644 "$work"/*
bash tests/support/with-postgres.sh bash "$work/inner.sh" "${clis[@]}"
