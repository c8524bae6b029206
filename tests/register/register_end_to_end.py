#!/usr/bin/env python3
"""The compiled register checked against its fact files, independently of the dataset compiler.

Reads tools/dataset/harvest/*.tsv and resources/dataset/register/*.tsv with the standard library,
creates a fresh database with `sistercities-cli init`, reads it back through the CLI's JSON and
through Python's own sqlite3, and compares:

1. pair counts and dated counts per country pair (CN-JP, CN-KR, JP-KR): fact files = CLI output;
2. every harvest row with a URL reached the register (a pairing_sources row cites its page) or is
   listed in tools/dataset/rekey_log.txt as left out;
3. a sample of pairs per source (each harvest file, each shared fact file): fact file row ->
   database row (sqlite3) -> CLI JSON (date and the chosen source's URL);
4. check-report for figures 3 and 4: the register's value, the difference and the pairs lacking,
   recomputed from `pairings --format json`.
Exit status 1 with a list of every difference.
"""
import argparse
import collections
import csv
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    head = rows[0]
    return [dict(zip(head, r)) for r in rows[1:] if any(r)]


def cli(args, db):
    out = subprocess.run([ARGS.cli, '--db', db] + args, check=True, capture_output=True, text=True)
    return out.stdout


def group_of(c1, c2):
    s = {c1, c2}
    for g in (('CN', 'JP'), ('CN', 'KR'), ('JP', 'KR')):
        if s == set(g):
            return '%s-%s' % g
    return 'other'


ap = argparse.ArgumentParser()
ap.add_argument('--cli', required=True)
ap.add_argument('--repo', required=True)
ARGS = ap.parse_args()
REG = os.path.join(ARGS.repo, 'resources', 'dataset', 'register')
HARVEST = os.path.join(ARGS.repo, 'tools', 'dataset', 'harvest')

cities = {r['city_key']: r for r in read_tsv(os.path.join(REG, 'cities.tsv'))}
pairings = {r['pairing_key']: r for r in read_tsv(os.path.join(REG, 'pairings.tsv'))}
sources = {r['source_key']: r for r in read_tsv(os.path.join(REG, 'sources.tsv'))}
psources = read_tsv(os.path.join(REG, 'pairing_sources.tsv'))
by_url = collections.defaultdict(set)
for k, s in sources.items():
    if s['url']:
        by_url[s['url']].add(k)
cited = collections.defaultdict(set)  # source_key -> pairing keys
for r in psources:
    cited[r['source_key']].add(r['pairing_key'])

with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, 'fresh.sqlite')
    cli(['init'], db)
    listed = json.loads(cli(['pairings', '--format', 'json'], db))
    report = json.loads(cli(['check-report', '--format', 'json'], db))
    con = sqlite3.connect(db)
    id_of = dict(con.execute('SELECT pairing_key, id FROM pairings'))
    by_id = {p['id']: p for p in listed}

    # 1. counts and dated counts per country pair
    want, got = collections.Counter(), collections.Counter()
    for r in pairings.values():
        g = group_of(cities[r['city_a']]['country'], cities[r['city_b']]['country'])
        want[g] += 1
        want[g + ' dated'] += bool(r['established'])
        want[g + ' unverified'] += r['verification'] == 'unverified'
    for p in listed:
        g = group_of(p['a_country'], p['b_country'])
        got[g] += 1
        got[g + ' dated'] += bool(p['established'])
    got_unverified = collections.Counter()
    for key, ver, ca, cb in con.execute(
            'SELECT p.pairing_key, p.verification, a.country, b.country FROM pairings p '
            'JOIN cities a ON a.id = p.city_a JOIN cities b ON b.id = p.city_b'):
        got_unverified[group_of(ca, cb) + ' unverified'] += ver == 'unverified'
    for g in ('CN-JP', 'CN-KR', 'JP-KR', 'other'):
        for k in (g, g + ' dated'):
            if want[k] != got[k]:
                err('%s: fact files %d, CLI %d' % (k, want[k], got[k]))
        if want[g + ' unverified'] != got_unverified[g + ' unverified']:
            err('%s unverified: fact files %d, database %d' % (g, want[g + ' unverified'],
                                                              got_unverified[g + ' unverified']))
        print('%-6s %4d pairs, %4d dated (%.0f %%), %d unverified' % (
            g, got[g], got[g + ' dated'], 100.0 * got[g + ' dated'] / max(1, got[g]), want[g + ' unverified']))

    # 2. every harvest row reached the register or is logged as left out
    log = open(os.path.join(ARGS.repo, 'tools', 'dataset', 'rekey_log.txt'), encoding='utf-8').read()
    for fname in ('cn-jp.tsv', 'cn-kr.tsv', 'jp-kr.tsv'):
        path = os.path.join(HARVEST, fname)
        if not os.path.exists(path):
            continue
        for i, r in enumerate(read_tsv(path), 2):
            url = r['source_url'].strip()
            origin = 'harvest/%s:%d ' % (fname, i)
            keys = by_url.get(url, set())
            if url.startswith('http') and not keys:
                err('%s: its page %s is not among the sources' % (origin, url))
            if not any(cited[k] for k in keys) and origin not in log:
                err('%s: cited by no pairing and not listed as left out' % origin)

    # 3. a sample of pairs per source, end to end
    samples = collections.defaultdict(list)
    for r in psources:
        s = sources.get(r['source_key'])
        if not s or not s['url']:
            continue
        fam = ('clair' if 'clair.or.jp' in s['url'] else 'wikipedia' if 'wikipedia.org' in s['url'] else 'page')
        samples[fam].append(r)
    checked = 0
    for fam, rows in sorted(samples.items()):
        for r in rows[::max(1, len(rows) // 10)][:10]:
            p = pairings[r['pairing_key']]
            pid = id_of.get(r['pairing_key'])
            if pid is None:
                err('%s: pairing %s not in the database' % (fam, r['pairing_key']))
                continue
            row = con.execute('SELECT ps.established, s.url FROM pairing_sources ps JOIN sources s '
                              'ON s.id = ps.source_id WHERE ps.pairing_id = ? AND s.source_key = ?',
                              (pid, r['source_key'])).fetchone()
            if row is None or row[1] != sources[r['source_key']]['url'] or (row[0] or '') != r['established']:
                err('%s: pairing_sources row of %s / %s differs in the database: %r' % (
                    fam, r['pairing_key'], r['source_key'], row))
            shown = by_id.get(pid)
            if shown is None:
                err('%s: pairing %s not in the CLI output' % (fam, r['pairing_key']))
                continue
            if shown['established'] != p['established'] or shown['source'] != sources[p['source_key']]['url']:
                err('%s: CLI shows %s / %s for %s, the fact files %s / %s' % (
                    fam, shown['established'], shown['source'], r['pairing_key'], p['established'],
                    sources[p['source_key']]['url']))
            checked += 1
    if checked < 20:
        err('only %d sample pairs checked end to end' % checked)

    # 4. check-report, figures 3 and 4, recomputed from the listed pairs
    n_checked = 0
    for st in report:
        if st['subject'] not in ('cn_jp_new_pairs', 'cn_kr_new_pairs'):
            continue
        partner = 'JP' if st['subject'] == 'cn_jp_new_pairs' else 'KR'
        m = re.match(r'^(\d{4})(?:-(\d{4}))?$', st['key'])
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        n = sum(1 for p in listed if {p['a_country'], p['b_country']} == {'CN', partner} and p['established']
                and lo <= int(p['established'][:4]) <= hi and p['status'] != 'ended')
        if st['database'] != n:
            err('check-report %s %s: database %r, recomputed %d' % (st['figure'], st['key'], st['database'], n))
        if st['difference'] != n - st['published']:
            err('check-report %s %s: difference %r, recomputed %r' % (st['figure'], st['key'], st['difference'],
                                                                       n - st['published']))
        if st.get('lacking') != max(0, int(round(st['published'])) - n):
            err('check-report %s %s: lacking %r, recomputed %d' % (st['figure'], st['key'], st.get('lacking'),
                                                                    max(0, int(round(st['published'])) - n)))
        n_checked += 1
    if n_checked < 10:
        err('only %d statistics of figures 3 and 4 found in check-report' % n_checked)
    print('end to end: %d sample pairs, %d statistics of figures 3 and 4' % (checked, n_checked))

if errors:
    print('%d DIFFERENCES' % len(errors))
    for e in errors:
        print('  ' + e)
    sys.exit(1)
print('OK')
