#!/usr/bin/env python3
"""Times the SQL each benchmark ran (written by `query_benchmark --dump-sql DIR`, bound values
written in) in the sqlite3 shell on the same file, and prints it beside the benchmark's own
time. For the figures and maps the floor is not the application's SQL but the best SQL written
here by hand for the same answer (the same categories, totals and source list, each of them
computed once, in one statement): `floor_sql` below; the application's own statements in the
shell are printed beside it ("app SQL"). For the other cases the floor is the application's SQL.
On a file of schema 9 or later the figures' floor reads the tallies (figure_tally_*, kept by
triggers): `tally_floor` below; where a year axis may be read two ways (the years inside its
bounds, or the dated pairs less the years outside) both are timed and the better one is the
floor. On an older file, `pairs_floor`, the best SQL over the pairs.

usage: bench-floor.py QUERIES.json SQL_DIR DATABASE_DIR
"""
import json
import re
import subprocess
import sys
from pathlib import Path

RUN_TIME = re.compile(r"^Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)", re.M)

# The figures of a generated register (figures 9-17 read a survey it lacks), as the catalog
# defines them: home country, partner, measure, first and last year.
FIGURES = {
    "figure/fig1": ("CN", None, "country", None, None),
    "figure/fig2": ("CN", None, "cumulative", None, 2017),
    "figure/fig3": ("CN", "JP", "years", 1973, 2017),
    "figure/fig4": ("CN", "KR", "years", 1992, 2017),
    "figure/fig5": ("CN", None, "division", None, None),
    "figure/fig6": ("CN", "JP", "division", None, None),
    "figure/fig7": ("CN", "JP", "region", None, None),
    "figure/fig8": ("CN", "KR", "division", None, None),
    "map/map-cn-provinces": ("CN", None, "division", None, None),
}
UNVERIFIED = "sum(verification = 'unverified')"


def ranges(home, partner):
    """Disjoint ranges of the pairs and the side of the home country in each."""
    if partner:
        return [(f"country_a = '{home}' AND country_b = '{partner}'", "a", "b"),
                (f"country_a = '{partner}' AND country_b = '{home}'", "b", "a")]
    return [(f"country_a = '{home}'", "a", "b"),
            (f"country_b = '{home}' AND country_a IS NOT '{home}'", "b", "a")]


def union(parts):
    return " UNION ALL ".join(parts)


def tally_floor(home, partner, measure, first, last, outside=False):
    """The same tagged rows as pairs_floor, read from the tallies of schema 9."""
    dated = measure in ("years", "cumulative")
    scope = (f"scope_a = '{min(home, partner)}' AND scope_b = '{max(home, partner)}'" if partner
             else f"scope_a = '{home}' AND scope_b = ''")
    pairs = (f"country_lo = '{min(home, partner)}' AND country_hi = '{max(home, partner)}'"
             if partner else f"(country_lo = '{home}' OR country_hi = '{home}')")
    sides = (f"((country_a = '{home}' AND country_b = '{partner}') OR (country_a = '{partner}'"
             f" AND country_b = '{home}'))" if partner
             else f"(country_a = '{home}' OR country_b = '{home}')")
    bounds = (f" AND year >= {first}" if first else "") + (f" AND year <= {last}" if last else "")
    if not dated:
        sources = f"SELECT source_id AS k, n, u FROM figure_tally_sources WHERE {scope}"
    elif not outside:
        sources = (f"SELECT source_id AS k, n, 0 AS u FROM figure_tally_source_years"
                   f" WHERE {scope}{bounds}")
    else:
        out = [f"SELECT source_id AS k, d AS n, 0 AS u FROM figure_tally_sources WHERE {scope}"
               f" AND d > 0"]
        if first:
            out.append(f"SELECT source_id, -n, 0 FROM figure_tally_source_years WHERE {scope}"
                       f" AND year < {first}")
        if last:
            out.append(f"SELECT source_id, -n, 0 FROM figure_tally_source_years WHERE {scope}"
                       f" AND year > {last}")
        sources = union(out)
    home_side = f"CASE WHEN country_a = '{home}' THEN %s_a ELSE %s_b END"
    if measure == "country":
        cats = (f"SELECT CASE WHEN country_lo = '{home}' THEN country_hi ELSE country_lo END"
                f" AS k, n FROM figure_tally_years WHERE {pairs}")
    elif dated:
        cats = f"SELECT year AS k, n FROM figure_tally_years WHERE {pairs} AND year >= 0{bounds}"
    elif measure == "division":
        cats = (f"SELECT {home_side % ('division', 'division')} AS k, n"
                f" FROM figure_tally_divisions WHERE {sides}")
    else:
        cats = ("SELECT NULLIF(CASE WHEN country_a = 'CN' THEN region_a WHEN country_b = 'CN'"
                f" THEN region_b END, '') AS k, n FROM figure_tally_divisions WHERE {sides}")
    out = [f"WITH s AS MATERIALIZED ({sources}), c AS ({cats})"]
    if measure == "division":
        out.append(f"SELECT 'c', d.code, COALESCE(t.n, 0), NULL, NULL FROM divisions d LEFT JOIN"
                   f" (SELECT k, sum(n) AS n FROM c GROUP BY k) t ON t.k = d.code"
                   f" WHERE d.country = '{home}'")
        out.append("UNION ALL SELECT 'o', NULL, (SELECT sum(n) FROM s) - (SELECT sum(c.n) FROM c"
                   f" JOIN divisions d ON d.code = c.k AND d.country = '{home}'), NULL, NULL")
    elif measure == "region":
        out.append("SELECT 'c', k, sum(n), NULL, NULL FROM c WHERE k IS NOT NULL GROUP BY k")
        out.append("UNION ALL SELECT 'o', NULL, (SELECT sum(n) FROM s) - (SELECT sum(n) FROM c"
                   " WHERE k IS NOT NULL), NULL, NULL")
    else:
        out.append("SELECT 'c', k, sum(n), NULL, NULL FROM c GROUP BY k")
    if dated:
        out.append(f"UNION ALL SELECT 'o', NULL, (SELECT sum(n) FROM figure_tally_years"
                   f" WHERE {pairs} AND year = -1), NULL, NULL")
    else:
        out.append("UNION ALL SELECT 'u', NULL, (SELECT sum(u) FROM s), NULL, NULL")
    out.append("UNION ALL SELECT 's', t.k, t.n, src.title, src.url FROM (SELECT k, sum(n) AS n"
               " FROM s GROUP BY k HAVING sum(n) > 0) t JOIN sources src ON src.id = t.k;")
    return "\n".join(out)


def tally_links_floor():
    between = ("country_a IN ('CN', 'JP', 'KR') AND country_b IN ('CN', 'JP', 'KR')"
               " AND country_a <> country_b")
    return (f"SELECT 'l', CASE WHEN a <> '' AND b <> '' THEN min(a, b) END, CASE WHEN a <> ''"
            f" AND b <> '' THEN max(a, b) END, sum(n) FROM (SELECT division_a AS a, division_b"
            f" AS b, n FROM figure_tally_divisions WHERE {between}) GROUP BY 2, 3\n"
            f"UNION ALL SELECT 'u', NULL, NULL, sum(u) FROM figure_tally_sources"
            f" WHERE scope_a = '' AND scope_b = ''\n"
            f"UNION ALL SELECT 's', t.source_id, src.title, t.n FROM figure_tally_sources t"
            f" JOIN sources src ON src.id = t.source_id WHERE t.scope_a = '' AND t.scope_b = '';")


def pairs_floor(home, partner, measure, first, last):
    """One statement: tagged rows 'c' (category, count), 'o' (omitted), 'u' (unverified), 's'
    (source id, count, title, url, publisher), each range read in the order of an index."""
    dated = measure in ("years", "cumulative")
    years = ""
    if dated:
        years = " AND established_year IS NOT NULL"
        years += f" AND established_year >= {first}" if first else ""
        years += f" AND established_year <= {last}" if last else ""
    rs = ranges(home, partner)
    sources = union(f"SELECT source_id AS k, count(*) AS n"
                    f"{'' if dated else ', ' + UNVERIFIED + ' AS u'} FROM pairings"
                    f" WHERE {r}{years} GROUP BY source_id" for r, _, _ in rs)
    if measure == "country":
        cats = union(f"SELECT country_{o} AS k, count(*) AS n FROM pairings WHERE {r}"
                     f" GROUP BY country_{o}" for r, _, o in rs)
    elif dated:
        cats = union(f"SELECT established_year AS k, count(*) AS n FROM pairings WHERE {r}{years}"
                     f" GROUP BY country_a, country_b, established_year" for r, _, _ in rs)
    elif measure == "division":
        cats = union(f"SELECT division_{h} AS k, count(*) AS n FROM pairings WHERE {r}"
                     f" GROUP BY country_{o}, division_{h}" for r, h, o in rs)
    else:
        cats = union(f"SELECT region_{h} AS k, count(*) AS n FROM pairings WHERE {r}"
                     f" GROUP BY country_{o}, division_{h}, region_{h}" for r, h, o in rs)
    out = [f"WITH s AS MATERIALIZED ({sources}), c AS ({cats})"]
    if measure == "division":
        out.append(f"SELECT 'c', d.code, COALESCE(t.n, 0), NULL, NULL FROM divisions d LEFT JOIN"
                   f" (SELECT k, sum(n) AS n FROM c GROUP BY k) t ON t.k = d.code"
                   f" WHERE d.country = '{home}'")
        out.append("UNION ALL SELECT 'o', NULL, (SELECT sum(n) FROM s) - (SELECT sum(c.n) FROM c"
                   f" JOIN divisions d ON d.code = c.k AND d.country = '{home}'), NULL, NULL")
    elif measure == "region":
        out.append("SELECT 'c', k, sum(n), NULL, NULL FROM c WHERE k IS NOT NULL GROUP BY k")
        out.append("UNION ALL SELECT 'o', NULL, (SELECT sum(n) FROM s) - (SELECT sum(n) FROM c"
                   " WHERE k IS NOT NULL), NULL, NULL")
    else:
        out.append("SELECT 'c', k, sum(n), NULL, NULL FROM c GROUP BY k")
    if dated:
        undated = union(f"SELECT count(*) AS n FROM pairings WHERE {r}"
                        f" AND established_year IS NULL" for r, _, _ in rs)
        out.append(f"UNION ALL SELECT 'o', NULL, (SELECT sum(n) FROM ({undated})), NULL, NULL")
    else:
        out.append("UNION ALL SELECT 'u', NULL, (SELECT sum(u) FROM s), NULL, NULL")
    out.append("UNION ALL SELECT 's', t.k, t.n, src.title, src.url FROM (SELECT k, sum(n) AS n"
               " FROM s GROUP BY k) t JOIN sources src ON src.id = t.k;")
    return "\n".join(out)


def links_floor():
    """The link map: links between two of CN, JP, KR per two divisions, the undrawn pairs, the
    sources of every pair (from pairings_source) and the unverified ones."""
    between = ("country_a IN ('CN', 'JP', 'KR') AND country_b IN ('CN', 'JP', 'KR')"
               " AND country_a <> country_b")
    return (f"SELECT 'l', min(a, b), max(a, b), sum(n) FROM (SELECT division_a AS a, division_b"
            f" AS b, count(*) AS n FROM pairings WHERE {between} GROUP BY country_a, country_b,"
            f" division_a, region_a, division_b) GROUP BY 2, 3\n"
            f"UNION ALL SELECT 'u', NULL, NULL, count(*) FROM pairings"
            f" WHERE verification = 'unverified'\n"
            f"UNION ALL SELECT 's', t.k, src.title, t.n FROM (SELECT source_id AS k, count(*)"
            f" AS n FROM pairings GROUP BY source_id) t JOIN sources src ON src.id = t.k;")


def floor_sql(case, tallies=True):
    """The floor's alternatives for `case` (the best of them is the floor), or []."""
    if case == "map/map-links":
        return [tally_links_floor() if tallies else links_floor()]
    if case not in FIGURES:
        return []
    if not tallies:
        return [pairs_floor(*FIGURES[case])]
    home, partner, measure, first, last = FIGURES[case]
    if measure in ("years", "cumulative") and (first or last):
        return [tally_floor(*FIGURES[case]), tally_floor(*FIGURES[case], outside=True)]
    return [tally_floor(*FIGURES[case])]


def has_tallies(database):
    run = subprocess.run(["sqlite3", "-readonly", str(database), "SELECT count(*) FROM"
                          " sqlite_master WHERE name = 'figure_tally_sources'"],
                         capture_output=True, text=True)
    return run.stdout.strip() == "1"


def shell_time(database, sql, reps):
    """Best of `reps` runs: the sum of the shell's own timer over the statements, (real, CPU)."""
    best = None
    for _ in range(reps):
        run = subprocess.run(["sqlite3", "-readonly", str(database)],
                             input=".timer on\n" + sql, capture_output=True, text=True)
        if run.returncode != 0 or "Error" in run.stderr:
            reason = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "failed"
            return None, reason
        times = RUN_TIME.findall(run.stdout + run.stderr)
        real = sum(float(t[0]) for t in times) * 1000
        cpu = sum(float(t[1]) + float(t[2]) for t in times) * 1000
        best = (real, cpu) if best is None or cpu < best[1] else best
    return best, None


def main():
    queries, sql_dir, database_dir = sys.argv[1:4]
    results = json.load(open(queries))["benchmarks"]
    print(f"{'benchmark':<30} {'pairings':>9} {'wall ms':>8} {'CPU ms':>8} {'app SQL CPU':>11}"
          f" {'floor wall':>10} {'floor CPU':>9} {'CPU ratio':>9}")
    for bench in results:
        name = bench["name"].split("/real_time")[0].split("/process_time")[0]
        case, size = name.rsplit("/", 1)
        wall = bench["real_time"]
        cpu = bench["cpu_time"]
        sql_file = Path(sql_dir) / f"{case.replace('/', '_')}@{size}.sql"
        database = Path(database_dir) / f"sistercities-bench-{size}.sqlite"
        reps = 3 if wall > 200 else 7
        app, floor, why = None, None, "no SQL recorded"
        if database.exists() and sql_file.exists():
            app, why = shell_time(database, sql_file.read_text(), reps)
        hand = floor_sql(case, database.exists() and has_tallies(database))
        if database.exists() and hand:
            for sql in hand:
                timed, why = shell_time(database, sql, reps)
                if timed and (floor is None or timed[1] < floor[1]):
                    floor = timed
        elif app:
            floor = app
        app_cpu = f"{app[1]:>11.2f}" if app else f"{'-':>11}"
        if floor:
            print(f"{case:<30} {size:>9} {wall:>8.2f} {cpu:>8.2f} {app_cpu} {floor[0]:>10.2f}"
                  f" {floor[1]:>9.2f} {cpu / max(floor[1], 0.01):>9.2f}")
        else:
            print(f"{case:<30} {size:>9} {wall:>8.2f} {cpu:>8.2f} {app_cpu} {'-':>10} {'-':>9}"
                  f" {'-':>9}  ({why})")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--print":
        # --print CASE [pairs]: the floor over the tallies, or over the pairs.
        print("\n".join(floor_sql(sys.argv[2], sys.argv[3:] != ["pairs"])))
    else:
        main()
