#!/usr/bin/env python3
"""Times the SQL each benchmark ran (written by `query_benchmark --dump-sql DIR`, bound values
written in) in the sqlite3 shell on the same file, and prints it beside the benchmark's own
time: the floor, and how far above it the application is.

usage: bench-floor.py QUERIES.json SQL_DIR DATABASE_DIR
"""
import json
import re
import subprocess
import sys
from pathlib import Path

RUN_TIME = re.compile(r"^Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)", re.M)


def shell_time(database, sql, reps):
    """Best of `reps` runs: the sum of the shell's own timer over the file's statements."""
    best = None
    for _ in range(reps):
        run = subprocess.run(["sqlite3", "-readonly", str(database)],
                             input=".timer on\n" + sql, capture_output=True, text=True)
        if run.returncode != 0 or "Error" in run.stderr:
            reason = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "failed"
            return None, reason
        real = sum(float(m.group(1)) for m in RUN_TIME.finditer(run.stdout + run.stderr))
        best = real if best is None else min(best, real)
    return best * 1000, None


def main():
    queries, sql_dir, database_dir = sys.argv[1:4]
    results = json.load(open(queries))["benchmarks"]
    print(f"{'benchmark':<34} {'pairings':>9} {'wall ms':>9} {'CPU ms':>9} "
          f"{'sqlite3 ms':>10} {'ratio':>6}")
    for bench in results:
        name = bench["name"].split("/real_time")[0].split("/process_time")[0]
        case, size = name.rsplit("/", 1)
        wall = bench["real_time"]
        cpu = bench["cpu_time"]
        sql_file = Path(sql_dir) / f"{case.replace('/', '_')}@{size}.sql"
        database = Path(database_dir) / f"sistercities-bench-{size}.sqlite"
        floor, why = None, "no SQL recorded"
        if sql_file.exists() and database.exists():
            sql = sql_file.read_text()
            reps = 3 if wall > 200 else 7
            floor, why = shell_time(database, sql, reps)
        if floor:
            print(f"{case:<34} {size:>9} {wall:>9.2f} {cpu:>9.2f} {floor:>10.2f} "
                  f"{wall / floor:>6.2f}")
        else:
            print(f"{case:<34} {size:>9} {wall:>9.2f} {cpu:>9.2f} {'-':>10} {'-':>6}  ({why})")


if __name__ == "__main__":
    main()
