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
       bench-floor.py --instructions QUERY_BENCHMARK DATABASE_DIR SIZE [REGEX]
         (instructions per call under callgrind: the application, its own SQL in the shell and
         the floor, where wall and CPU time are too noisy to compare)
       bench-floor.py --check CLI DATABASE   (each figure's floor gives the application's answer)
       bench-floor.py --print CASE [pairs]
"""
import json
import os
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


def tally_floor(home, partner, measure, first, last, outside=False, texts=True):
    """The same tagged rows as pairs_floor, read from the tallies of schema 9."""
    dated = measure in ("years", "cumulative")
    scope = (f"scope_a = '{min(home, partner)}' AND scope_b = '{max(home, partner)}'" if partner
             else f"scope_a = '{home}' AND scope_b = ''")
    # Disjoint ranges of each tally's key, read in UNION ALL: an OR of two keys costs SQLite a
    # temporary B-tree to drop the rows both hold.
    pairs = ([f"country_lo = '{min(home, partner)}' AND country_hi = '{max(home, partner)}'"]
             if partner else [f"country_lo = '{home}'",
                              f"country_hi = '{home}' AND country_lo <> '{home}'"])
    sides = ([f"country_a = '{home}' AND country_b = '{partner}'",
              f"country_a = '{partner}' AND country_b = '{home}'"] if partner
             else [f"country_a = '{home}'", f"country_b = '{home}' AND country_a <> '{home}'"])

    def each(select, where):
        return union(select.format(w=w) for w in where)

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
        cats = each(f"SELECT CASE WHEN country_lo = '{home}' THEN country_hi ELSE country_lo END"
                    " AS k, n FROM figure_tally_years WHERE {w}", pairs)
    elif dated:
        cats = each("SELECT year AS k, n FROM figure_tally_years WHERE {w} AND year >= 0"
                    + bounds, pairs)
    elif measure == "division":
        cats = each(f"SELECT {home_side % ('division', 'division')} AS k, n"
                    " FROM figure_tally_divisions WHERE {w}", sides)
    else:
        cats = each("SELECT NULLIF(CASE WHEN country_a = 'CN' THEN region_a WHEN country_b ="
                    " 'CN' THEN region_b END, '') AS k, n FROM figure_tally_divisions"
                    " WHERE {w}", sides)
    out = [f"WITH s AS MATERIALIZED ({sources}), c AS ({cats})"]
    if measure == "division":
        out.append(f"SELECT 'c', d.code, COALESCE(t.n, 0), NULL, NULL, NULL FROM divisions d LEFT JOIN"
                   f" (SELECT k, sum(n) AS n FROM c GROUP BY k) t ON t.k = d.code"
                   f" WHERE d.country = '{home}'")
        out.append("UNION ALL SELECT 'o', NULL, (SELECT sum(n) FROM s) - (SELECT sum(c.n) FROM c"
                   f" JOIN divisions d ON d.code = c.k AND d.country = '{home}'), NULL, NULL, NULL")
    elif measure == "region":
        out.append("SELECT 'c', k, sum(n), NULL, NULL, NULL FROM c WHERE k IS NOT NULL GROUP BY k")
        out.append("UNION ALL SELECT 'o', NULL, (SELECT sum(n) FROM s) - (SELECT sum(n) FROM c"
                   " WHERE k IS NOT NULL), NULL, NULL, NULL")
    else:
        out.append("SELECT 'c', k, sum(n), NULL, NULL, NULL FROM c GROUP BY k")
    if dated:
        undated = each("SELECT n FROM figure_tally_years WHERE {w} AND year = -1", pairs)
        out.append(f"UNION ALL SELECT 'o', NULL, (SELECT sum(n) FROM ({undated})), NULL, NULL,"
                   " NULL")
    else:
        out.append("UNION ALL SELECT 'u', NULL, (SELECT sum(u) FROM s), NULL, NULL, NULL")
    out.append(sources_list(" HAVING sum(n) > 0", texts))
    return "\n".join(out)


def sources_list(having, texts=True):
    """The sources list as the application hands it over: each source's pairs, title, URL and
    publisher, the most pairs first. Without `texts`, ids and counts only: what the
    application's own statement reads since the texts come from its SourceCatalog (kept per
    connection, read again only after a write), the stricter floor."""
    if not texts:
        return ("UNION ALL SELECT * FROM (SELECT 's', k, sum(n) AS n, NULL, NULL, NULL FROM s"
                f" WHERE k IS NOT NULL GROUP BY k{having} ORDER BY n DESC, k);")
    return ("UNION ALL SELECT * FROM (SELECT 's', t.k, t.n, src.title, src.url, src.publisher"
            f" FROM (SELECT k, sum(n) AS n FROM s GROUP BY k{having}) t"
            " JOIN sources src ON src.id = t.k ORDER BY t.n DESC, t.k);")


def tally_links_floor(texts=True):
    between = ("country_a IN ('CN', 'JP', 'KR') AND country_b IN ('CN', 'JP', 'KR')"
               " AND country_a <> country_b")
    # The links in the application's order (the most pairs first).
    sources = (f"UNION ALL SELECT * FROM (SELECT 's', t.source_id, t.n, src.title, src.url,"
               f" src.publisher FROM figure_tally_sources t JOIN sources src ON src.id ="
               f" t.source_id WHERE t.scope_a = '' AND t.scope_b = '' ORDER BY t.n DESC,"
               f" t.source_id);" if texts else
               f"UNION ALL SELECT * FROM (SELECT 's', source_id, n, NULL, NULL, NULL FROM"
               f" figure_tally_sources WHERE scope_a = '' AND scope_b = '' AND source_id IS NOT"
               f" NULL ORDER BY n DESC, source_id);")
    return (f"SELECT * FROM (SELECT 'l', CASE WHEN a <> '' AND b <> '' THEN min(a, b) END AS a,"
            f" CASE WHEN a <> '' AND b <> '' THEN max(a, b) END AS b, sum(n) AS n, NULL, NULL"
            f" FROM (SELECT division_a AS a, division_b AS b, n FROM figure_tally_divisions"
            f" WHERE {between}) GROUP BY 2, 3 ORDER BY 4 DESC, 2, 3)\n"
            f"UNION ALL SELECT 'u', NULL, NULL, sum(u), NULL, NULL FROM figure_tally_sources"
            f" WHERE scope_a = '' AND scope_b = ''\n" + sources)


def pairs_floor(home, partner, measure, first, last, texts=True):
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
        out.append(f"SELECT 'c', d.code, COALESCE(t.n, 0), NULL, NULL, NULL FROM divisions d LEFT JOIN"
                   f" (SELECT k, sum(n) AS n FROM c GROUP BY k) t ON t.k = d.code"
                   f" WHERE d.country = '{home}'")
        out.append("UNION ALL SELECT 'o', NULL, (SELECT sum(n) FROM s) - (SELECT sum(c.n) FROM c"
                   f" JOIN divisions d ON d.code = c.k AND d.country = '{home}'), NULL, NULL, NULL")
    elif measure == "region":
        out.append("SELECT 'c', k, sum(n), NULL, NULL, NULL FROM c WHERE k IS NOT NULL GROUP BY k")
        out.append("UNION ALL SELECT 'o', NULL, (SELECT sum(n) FROM s) - (SELECT sum(n) FROM c"
                   " WHERE k IS NOT NULL), NULL, NULL, NULL")
    else:
        out.append("SELECT 'c', k, sum(n), NULL, NULL, NULL FROM c GROUP BY k")
    if dated:
        undated = union(f"SELECT count(*) AS n FROM pairings WHERE {r}"
                        f" AND established_year IS NULL" for r, _, _ in rs)
        out.append(f"UNION ALL SELECT 'o', NULL, (SELECT sum(n) FROM ({undated})), NULL, NULL, NULL")
    else:
        out.append("UNION ALL SELECT 'u', NULL, (SELECT sum(u) FROM s), NULL, NULL, NULL")
    out.append(sources_list("", texts))
    return "\n".join(out)


def links_floor(texts=True):
    """The link map: links between two of CN, JP, KR per two divisions, the undrawn pairs, the
    sources of every pair (from pairings_source) and the unverified ones."""
    between = ("country_a IN ('CN', 'JP', 'KR') AND country_b IN ('CN', 'JP', 'KR')"
               " AND country_a <> country_b")
    return (f"SELECT 'l', min(a, b), max(a, b), sum(n) FROM (SELECT division_a AS a, division_b"
            f" AS b, count(*) AS n FROM pairings WHERE {between} GROUP BY country_a, country_b,"
            f" division_a, region_a, division_b) GROUP BY 2, 3\n"
            f"UNION ALL SELECT 'u', NULL, NULL, count(*) FROM pairings"
            f" WHERE verification = 'unverified'\n"
            + (f"UNION ALL SELECT 's', t.k, src.title, t.n FROM (SELECT source_id AS k, count(*)"
               f" AS n FROM pairings GROUP BY source_id) t JOIN sources src ON src.id = t.k;"
               if texts else f"UNION ALL SELECT 's', source_id, NULL, count(*) FROM pairings"
               f" WHERE source_id IS NOT NULL GROUP BY source_id;"))


# Name searches of one character whose answer is most of the register: the application's count
# builds the set of the matching cities once per subquery (three times); the best SQL found
# gathers their ids once into a temporary table with a primary key and counts over it
# (docs/PERFORMANCE.md, "Latin short searches"). The key and the next character (schema 11).
ONE_CHARACTER_SEARCHES = {"count/searchLatinOne": ("n", "o")}


def one_character_floor(key, after):
    found = (f"SELECT city_id FROM city_grams WHERE gram >= '{key}' AND gram < '{after}'")
    return ("DROP TABLE IF EXISTS temp.found; CREATE TEMP TABLE found (id INTEGER PRIMARY KEY); "
            f"INSERT OR IGNORE INTO found {found}; "
            "SELECT (SELECT count(*) FROM pairings p WHERE p.city_a IN found) + "
            "(SELECT count(*) FROM pairings p WHERE p.city_b IN found AND p.city_a NOT IN found);")


def floor_sql(case, tallies=True, texts=True):
    """The floor's alternatives for `case` (the best of them is the floor), or []. `texts`:
    the sources' title, URL and publisher with their ids and counts (the answer as the
    application hands it over); else ids and counts only (the stricter floor)."""
    if case in ONE_CHARACTER_SEARCHES:
        return [one_character_floor(*ONE_CHARACTER_SEARCHES[case])]
    if case == "map/map-links":
        return [tally_links_floor(texts) if tallies else links_floor(texts)]
    if case not in FIGURES:
        return []
    if not tallies:
        return [pairs_floor(*FIGURES[case], texts=texts)]
    home, partner, measure, first, last = FIGURES[case]
    if measure in ("years", "cumulative") and (first or last):
        return [tally_floor(*FIGURES[case], texts=texts),
                tally_floor(*FIGURES[case], outside=True, texts=texts)]
    return [tally_floor(*FIGURES[case], texts=texts)]


def has_tallies(database):
    run = subprocess.run(["sqlite3", "-readonly", str(database), "SELECT count(*) FROM"
                          " sqlite_master WHERE name = 'figure_tally_sources'"],
                         capture_output=True, text=True)
    return run.stdout.strip() == "1"


def shell_time(database, sql, reps):
    """The mean of `reps` runs of `sql` in one sqlite3 shell: the sum of the shell's own timer
    over the statements, (real, CPU) in ms. As the benchmark does, the connection is warm: the shell
    reads the schema and runs `sql` once untimed first (a new shell's first statement parses the
    schema, and its page cache starts empty, where the benchmark's has the pages of the calls
    before), and the rows are formatted as text but written to /dev/null."""
    script = ".output /dev/null\n" + sql + "\n.timer on\n" + ("\n" + sql) * reps
    run = subprocess.run(["sqlite3", "-readonly", str(database)], input=script,
                         capture_output=True, text=True)
    if run.returncode != 0 or "Error" in run.stderr:
        reason = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "failed"
        return None, reason
    times = RUN_TIME.findall(run.stdout + run.stderr)
    if not times or len(times) % reps:
        return None, "the shell's timer printed %d lines for %d runs" % (len(times), reps)
    # The mean, as Google Benchmark reports the application's: the best of a few runs of a
    # few milliseconds each was a third below the mean (fig8 at 100,000 pairings: 2.7 against
    # 4.1 ms, the shell process's own CPU per run), which made the ratio look twice as large.
    real = sum(float(t[0]) for t in times) * 1000 / reps
    cpu = sum(float(t[1]) + float(t[2]) for t in times) * 1000 / reps
    return (real, cpu), None


def main():
    queries, sql_dir, database_dir = sys.argv[1:4]
    results = json.load(open(queries))["benchmarks"]
    # Two floors for the figures: the answer with the sources' texts, as the application hands
    # it over, and the stricter one with their ids and counts only ("ids"), which is all the
    # application's own statement reads while its catalogue of the sources is current.
    print(f"{'benchmark':<30} {'pairings':>9} {'wall ms':>8} {'CPU ms':>8} {'app SQL CPU':>11}"
          f" {'floor wall':>10} {'floor CPU':>9} {'CPU ratio':>9} {'ids floor':>9}"
          f" {'ids ratio':>9}")
    for bench in results:
        name = bench["name"].split("/real_time")[0].split("/process_time")[0]
        case, size = name.rsplit("/", 1)
        wall = bench["real_time"]
        cpu = bench["cpu_time"]
        sql_file = Path(sql_dir) / f"{case.replace('/', '_')}@{size}.sql"
        database = Path(database_dir) / f"sistercities-bench-{size}.sqlite"
        reps = 5 if wall > 200 else 30
        app, floor, ids, why = None, None, None, "no SQL recorded"
        if database.exists() and sql_file.exists():
            app, why = shell_time(database, sql_file.read_text(), reps)
        tallies = database.exists() and has_tallies(database)
        hand = floor_sql(case, tallies)
        if database.exists() and hand:
            for sql in hand:
                timed, why = shell_time(database, sql, reps)
                if timed and (floor is None or timed[1] < floor[1]):
                    floor = timed
            for sql in floor_sql(case, tallies, texts=False):
                timed, why = shell_time(database, sql, reps)
                if timed and (ids is None or timed[1] < ids[1]):
                    ids = timed
        elif app:
            floor = app
        app_cpu = f"{app[1]:>11.2f}" if app else f"{'-':>11}"
        ids_cpu = (f"{ids[1]:>9.2f} {cpu / max(ids[1], 0.01):>9.2f}" if ids
                   else f"{'-':>9} {'-':>9}")
        if floor:
            print(f"{case:<30} {size:>9} {wall:>8.2f} {cpu:>8.2f} {app_cpu} {floor[0]:>10.2f}"
                  f" {floor[1]:>9.2f} {cpu / max(floor[1], 0.01):>9.2f} {ids_cpu}")
        else:
            print(f"{case:<30} {size:>9} {wall:>8.2f} {cpu:>8.2f} {app_cpu} {'-':>10} {'-':>9}"
                  f" {'-':>9}  ({why})")


def callgrind_total(out_file):
    """The instructions a callgrind output file counted."""
    text = Path(out_file).read_text()
    found = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
    return int(found.group(1)) if found else 0


def shell_instructions(database, sql, runs, work):
    """Instructions of `runs` warm runs of `sql` in the sqlite3 shell: a shell that runs it
    1 + runs times less one that runs it once (start-up, schema and the cold pages cancel)."""
    counts = []
    for n in (1, 1 + runs):
        out = Path(work) / f"shell.{n}.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                        "sqlite3", "-readonly", str(database)],
                       input=".output /dev/null\n" + (sql + "\n") * n, capture_output=True,
                       text=True, check=True)
        counts.append(callgrind_total(out))
    return (counts[1] - counts[0]) / runs


def instructions(benchmark, database_dir, size, pattern, runs=5):
    """Per case: the application's instructions per call (query_benchmark --repeat under
    callgrind, counting measuredRuns() only), its own SQL's and the floor's in the shell."""
    import tempfile
    work = tempfile.mkdtemp(prefix="bench-floor-")
    env = dict(os.environ, SISTERCITIES_BENCH_SIZES=str(size),
               SISTERCITIES_BENCH_DIR=database_dir)
    listed = subprocess.run([benchmark, "--repeat", pattern, "0"], capture_output=True,
                            text=True, env=env, check=True)
    names = listed.stdout.split()
    subprocess.run([benchmark, "--dump-sql", f"{work}/sql", pattern], capture_output=True,
                   env=env, check=True)
    parts = []
    for name in names:
        # One process a case: the measured calls only (measuredRuns), after one unmeasured.
        out = f"{work}/app.out"
        subprocess.run(["valgrind", "--tool=callgrind", "--collect-atstart=no",
                        "--toggle-collect=*measuredRuns*", f"--callgrind-out-file={out}",
                        benchmark, "--repeat", "^" + re.escape(name.rsplit("/", 1)[0]) + "$",
                        str(runs)], capture_output=True, text=True, env=env, check=True)
        parts.append(callgrind_total(out))
    database = Path(database_dir) / f"sistercities-bench-{size}.sqlite"
    tallies = has_tallies(database)
    print(f"{'instructions (M) per call':<30} {'pairings':>9} {'app':>8} {'app SQL':>8}"
          f" {'floor':>8} {'ratio':>6} {'ids floor':>9} {'ratio':>6}")
    for name, part in zip(names, parts):
        case = name.rsplit("/", 1)[0]
        app = part / runs / 1e6
        sql_file = Path(work) / "sql" / f"{case.replace('/', '_')}@{size}.sql"
        own = shell_instructions(database, sql_file.read_text(), runs, work) / 1e6
        floors = [shell_instructions(database, sql, runs, work) / 1e6
                  for sql in floor_sql(case, tallies)] or [own]
        floor = min(floors)
        ids = min([shell_instructions(database, sql, runs, work) / 1e6
                   for sql in floor_sql(case, tallies, texts=False)] or [own])
        print(f"{case:<30} {size:>9} {app:>8.2f} {own:>8.2f} {floor:>8.2f} {app / floor:>6.2f}"
              f" {ids:>9.2f} {app / ids:>6.2f}")


def check(cli, database):
    """Whether each figure's floor computes the application's answer: its categories and
    values, omitted pairs, unverified pairs (from the figure's note) and sources (id and count,
    in the figure's order), against `sistercities-cli figures data --format json`."""
    ok = True
    for case, (home, partner, measure, first, last) in FIGURES.items():
        if not case.startswith("figure/"):
            continue
        fig = case.split("/")[1]
        app = json.loads(subprocess.run([cli, "--db", str(database), "--read-only", "--lang",
                                         "en", "figures", "data", "--id", fig, "--format",
                                         "json"], capture_output=True, text=True,
                                        check=True).stdout)
        values = app["series"][0]["values"]
        if measure == "cumulative":
            values = [v - (values[i - 1] if i else 0) for i, v in enumerate(values)]
        want = {"c": {c["key"]: int(v) for c, v in zip(app["categories"], values)
                      if v or measure == "division"},
                "o": app["omitted"],
                "u": next((int(re.sub(r"\D", "", n.split(" of ")[0])) for n in app["notes"]
                           if "unverified" in n), 0),
                "s": [(s["id"], s["count"]) for s in app["sources"]]}
        tallies = has_tallies(database)
        for kind, sql in ([("texts", q) for q in floor_sql(case, tallies)]
                          + [("ids", q) for q in floor_sql(case, tallies, texts=False)]):
            rows = subprocess.run(["sqlite3", "-readonly", "-separator", "\t", str(database)],
                                  input=sql, capture_output=True, text=True,
                                  check=True).stdout.splitlines()
            got = {"c": {}, "o": 0, "u": 0, "s": []}
            for row in rows:
                tag, key, n = row.split("\t")[:3]
                if tag == "c" and (int(n or 0) or measure == "division"):
                    got["c"][key] = int(n)
                elif tag in ("o", "u"):
                    got[tag] = int(n or 0)
                elif tag == "s":
                    got["s"].append((int(key), int(n)))
            if measure in ("years", "cumulative"):
                got["u"] = want["u"]  # no note on a year axis: its undated pairs are omitted
            same = [k for k in want if want[k] == got[k]]
            print(f"{case:<14} {kind:<6} {'same answer' if len(same) == 4 else 'DIFFERS in '}"
                  f"{' '.join(k for k in want if k not in same)}")
            ok = ok and len(same) == 4
    return ok


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--check":
        # --check CLI DATABASE
        sys.exit(0 if check(sys.argv[2], Path(sys.argv[3])) else 1)
    elif len(sys.argv) >= 3 and sys.argv[1] == "--instructions":
        # --instructions QUERY_BENCHMARK DATABASE_DIR SIZE [REGEX]
        instructions(sys.argv[2], sys.argv[3], int(sys.argv[4]),
                     sys.argv[5] if len(sys.argv) > 5 else "^(figure/fig[1-8]|map/map-)")
    elif len(sys.argv) >= 3 and sys.argv[1] == "--print":
        # --print CASE [pairs] [ids]: the floor over the tallies, or over the pairs; with
        # `ids`, the stricter floor without the sources' texts.
        print("\n".join(floor_sql(sys.argv[2], "pairs" not in sys.argv[3:],
                                   texts="ids" not in sys.argv[3:])))
    else:
        main()
