#!/usr/bin/env python3
"""Self-check of resources/dataset/register/ (stdlib only). Exit status 1 on any error."""
import collections
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
REG = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, 'resources', 'dataset', 'register')
# places renamed as a whole, as the harvest records them (tools/dataset/harvest/places-renamed.tsv)
RENAMED = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'harvest', 'places-renamed.tsv')
HEADERS = {
    'sources.tsv': 'source_key title publisher url date_read licence',
    'countries.tsv': 'code name_zh name_ja name_ko name_en source_key',
    'divisions.tsv': 'code country name_zh name_ja name_ko name_en region source_key',
    'cities.tsv': 'city_key country division parent_key level name_native name_zh name_ja name_ko name_en source_key',
    'pairings.tsv': 'pairing_key city_a city_b established precision status kind date_basis note source_key verification '
                    'ended end_reason successor end_source_key',
    'pairing_sources.tsv': 'pairing_key source_key established relation note',
    'unplaced.tsv': 'city_key reason',
}
errors = []


def err(m):
    errors.append(m)


def load(name):
    path = os.path.join(REG, name)
    raw = open(path, 'rb').read()
    if b'\r' in raw:
        err('%s: CR characters' % name)
    lines = raw.decode('utf-8').split('\n')
    if lines[-1] != '':
        err('%s: no final newline' % name)
    lines = lines[:-1]
    head = lines[0].split('\t')
    if head != HEADERS[name].split():
        err('%s: header %r' % (name, head))
    rows = []
    for i, l in enumerate(lines[1:], 2):
        f = l.split('\t')
        if len(f) != len(head):
            err('%s:%d: %d fields' % (name, i, len(f)))
            continue
        rows.append(dict(zip(head, f)))
    keys = [l.split('\t')[0].encode('utf-8') for l in lines[1:]]
    if keys != sorted(keys):
        err('%s: rows not sorted by first column' % name)
    return rows


T = {n: load(n) for n in HEADERS}
KEY = re.compile(r'^[A-Za-z0-9._:-]+$')
src = {r['source_key'] for r in T['sources.tsv']} | {'report-2018'}
for n in ('sources.tsv', 'countries.tsv', 'divisions.tsv', 'cities.tsv', 'pairings.tsv', 'unplaced.tsv'):
    ks = [list(r.values())[0] for r in T[n]]
    if len(ks) != len(set(ks)):
        err('%s: duplicate keys' % n)
    for k in ks:
        if not KEY.match(k):
            err('%s: bad key %r' % (n, k))
for n in ('countries.tsv', 'divisions.tsv', 'cities.tsv', 'pairings.tsv', 'pairing_sources.tsv'):
    for r in T[n]:
        if n == 'pairings.tsv' and r['end_source_key'] and r['end_source_key'] not in src:
            err('pairings.tsv: unknown end_source_key %s' % r['end_source_key'])
        if r['source_key'] not in src:
            err('%s: unknown source_key %s' % (n, r['source_key']))
countries = {r['code']: r for r in T['countries.tsv']}
for r in T['countries.tsv']:
    if not all(r[k] for k in ('name_zh', 'name_ja', 'name_ko', 'name_en')):
        err('country %s: a name is empty' % r['code'])
divs = {r['code']: r for r in T['divisions.tsv']}
for r in T['divisions.tsv']:
    if not all(r[k] for k in ('name_zh', 'name_ja', 'name_ko', 'name_en')):
        err('division %s: a name is empty' % r['code'])
    if r['country'] == 'CN' and r['region'] not in ('east', 'central', 'west'):
        err('division %s: no region' % r['code'])
    if r['country'] != 'CN' and r['region']:
        err('division %s: region outside China' % r['code'])
cnt = collections.Counter(r['country'] for r in T['divisions.tsv'])
if (cnt['CN'], cnt['JP'], cnt['KR']) != (31, 47, 17):
    err('division counts %s' % dict(cnt))
cities = {r['city_key']: r for r in T['cities.tsv']}
LEVELS = {'province', 'prefecture', 'county', 'district', 'municipality', 'other'}
for k, r in cities.items():
    if not r['name_native']:
        err('city %s: no name_native' % k)
    if r['country'] not in countries:
        err('city %s: country %s not in countries.tsv' % (k, r['country']))
    if r['division'] and (r['division'] not in divs or divs[r['division']]['country'] != r['country']):
        err('city %s: bad division %s' % (k, r['division']))
    if r['parent_key'] and r['parent_key'] not in cities:
        err('city %s: parent %s missing' % (k, r['parent_key']))
    if r['level'] not in LEVELS:
        err('city %s: level %r' % (k, r['level']))
today = datetime.date.today()
seen = set()
PREC = {4: 'year', 7: 'month', 10: 'day'}
pk = set()
for r in T['pairings.tsv']:
    a, b = r['city_a'], r['city_b']
    pk.add(r['pairing_key'])
    for c in (a, b):
        if c not in cities:
            err('pairing %s: city %s missing' % (r['pairing_key'], c))
    if a == b:
        err('pairing %s: self-pair' % r['pairing_key'])
    p = frozenset((a, b))
    if p in seen:
        err('pairing %s: pair appears twice' % r['pairing_key'])
    seen.add(p)
    if a in cities and b in cities and cities[b]['country'] == 'CN' and cities[a]['country'] != 'CN':
        err('pairing %s: Chinese side is not city_a' % r['pairing_key'])
    if r['status'] not in ('active', 'dormant', 'ended'):
        err('pairing %s: status %r' % (r['pairing_key'], r['status']))
    if r['kind'] not in ('', 'sister', 'friendship', 'friendship-exchange'):
        err('pairing %s: kind %r' % (r['pairing_key'], r['kind']))
for n in ('pairings.tsv', 'pairing_sources.tsv'):
    for r in T[n]:
        d = r['established']
        if not d:
            if n == 'pairings.tsv' and r['precision']:
                err('%s %s: precision without date' % (n, r['pairing_key']))
            continue
        try:
            fmt = {4: '%Y', 7: '%Y-%m', 10: '%Y-%m-%d'}[len(d)]
            dt = datetime.datetime.strptime(d, fmt).date()
        except (KeyError, ValueError):
            err('%s %s: bad date %r' % (n, r['pairing_key'], d))
            continue
        if dt > today:
            err('%s %s: date in the future %s' % (n, r['pairing_key'], d))
        if n == 'pairings.tsv' and r['precision'] != PREC[len(d)]:
            err('%s %s: precision %r for %s' % (n, r['pairing_key'], r['precision'], d))
ps_keys = collections.Counter((r['pairing_key'], r['source_key']) for r in T['pairing_sources.tsv'])
for (p, s), c in ps_keys.items():
    if p not in pk:
        err('pairing_sources: unknown pairing %s' % p)
    if c > 1:
        err('pairing_sources: %s/%s listed %d times' % (p, s, c))
for r in T['pairings.tsv']:
    if (r['pairing_key'], r['source_key']) not in ps_keys:
        err('pairing %s: its source_key is not in pairing_sources' % r['pairing_key'])

# ---- the compiler's hard checks (core/DatasetCompiler does the same; see docs/DATA.md)
urls = {r['source_key']: r['url'] for r in T['sources.tsv']}
report_src = os.path.join(os.path.dirname(REG), 'report', 'sources.tsv')
if os.path.exists(report_src):
    for line in open(report_src, encoding='utf-8').read().split('\n')[1:]:
        f = line.split('\t')
        if len(f) >= 4:
            urls[f[0]] = f[3]
        if len(f) >= 4:
            src.add(f[0])
with_url = {r['pairing_key'] for r in T['pairing_sources.tsv'] if urls.get(r['source_key'])}
for r in T['pairings.tsv']:
    if r['pairing_key'] not in with_url:
        err('pairing %s: no source with a URL' % r['pairing_key'])
    if r['verification'] not in ('verified', 'unverified'):
        err('pairing %s: verification %r' % (r['pairing_key'], r['verification']))
    if r['end_reason'] not in ('', 'suspended', 'dissolved', 'renamed'):
        err('pairing %s: end_reason %r' % (r['pairing_key'], r['end_reason']))
    if r['successor'] and r['successor'] not in cities:
        err('pairing %s: successor %s missing' % (r['pairing_key'], r['successor']))
    if r['successor'] and r['end_reason'] != 'renamed':
        # a successor continues a renamed or merged party (FORMAT.md: status `renamed`)
        err('pairing %s: successor %s but end_reason %r' % (r['pairing_key'], r['successor'], r['end_reason']))
    if (r['ended'] or r['successor']) and not r['end_source_key']:
        err('pairing %s: a status change without its source' % r['pairing_key'])
    china = 'CN' in (cities.get(r['city_a'], {}).get('country'), cities.get(r['city_b'], {}).get('country'))
    for d in (r['established'], r['ended']):
        # China's pairs date from 1973 (the report's first pair); Japan-Korea pairs are older
        if d and (d[:4] > str(today.year) or (china and d[:4] < '1973')):
            err('pairing %s: date %s outside %s-today' % (r['pairing_key'], d, '1973' if china else ''))
# the same two places under two keys (scripts, spellings): same country, division and parent,
# and the same name once the level suffix is dropped
SUFFIX = re.compile(r'(特别行政区|自治州|市|区|県|县|省|시|군|구|도)$')


def identity(k):
    c = cities[k]
    return (c['country'], c['division'], c['parent_key'], SUFFIX.sub('', c['name_native']))


seen_id = {}
for r in T['pairings.tsv']:
    a, b = r['city_a'], r['city_b']
    if a not in cities or b not in cities or cities[a]['country'] not in ('CN', 'JP', 'KR') or not cities[a]['division']:
        continue
    i = frozenset((identity(a), identity(b)))
    if i in seen_id:
        err('pairings %s and %s: the same two places under different keys' % (seen_id[i], r['pairing_key']))
    seen_id[i] = r['pairing_key']
# after a merger or a renaming: a pair written under a place and under its recorded successor with
# the same partner.  The successions are those the register records (a pairing's `successor` when
# whatever its end_reason: the successor of the pairing's city of the successor's country) and
# the places renamed as a whole in the harvest's places-renamed.tsv (old and new name, each found
# among the register's cities of that country by its name, or its parent's name and its name).
pairs_of = {frozenset((r['city_a'], r['city_b'])): r['pairing_key'] for r in T['pairings.tsv']}
successor_of = {}
for r in T['pairings.tsv']:
    s = r['successor']
    if s and s in cities:
        old = r['city_b'] if cities[s]['country'] == cities.get(r['city_b'], {}).get('country') else r['city_a']
        if old != s:
            successor_of.setdefault(old, set()).add(s)


def full_names(k):
    c = cities[k]
    p = cities.get(c['parent_key'], {})
    return {n for n in (c['name_native'], c['name_zh'], c['name_ja'], c['name_ko']) if n} | \
        {p.get('name_native', '') + n for n in (c['name_native'], c['name_zh']) if n and p}


if os.path.exists(RENAMED):
    by_name = collections.defaultdict(set)
    for k in cities:
        for n in full_names(k):
            by_name[(cities[k]['country'], n)].add(k)
    for line in open(RENAMED, encoding='utf-8').read().split('\n')[1:]:
        f = line.split('\t')
        if len(f) < 7 or f[3] != 'renamed':
            continue
        for old in by_name.get((f[0], f[2].strip()), ()):
            successor_of.setdefault(old, set()).update(by_name.get((f[0], f[6].strip()), set()) - {old})
partners = collections.defaultdict(set)
for r in T['pairings.tsv']:
    partners[r['city_a']].add(r['city_b'])
    partners[r['city_b']].add(r['city_a'])
for old, succs in sorted(successor_of.items()):
    for s in sorted(succs):
        for p in sorted(partners[old] & partners[s]):
            err('pairings %s and %s: the same pair before and after a merger or renaming (%s, since %s)' % (
                pairs_of[frozenset((old, p))], pairs_of[frozenset((s, p))], old, s))
exceptions = {r['city_key']: r['reason'] for r in T['unplaced.tsv']}
for k, r in cities.items():
    if r['country'] in ('CN', 'JP', 'KR') and not r['division'] and k not in exceptions:
        err('city %s (%s): no division, and not on the exception list unplaced.tsv' % (k, r['name_native']))
for k, why in exceptions.items():
    if not why:
        err('unplaced.tsv %s: no reason given' % k)
    if k not in cities or cities[k]['division']:
        err('unplaced.tsv %s: not an unplaced city of the register (remove it from the list)' % k)

# ---- counts
print('cities by country:')
cc = collections.Counter(r['country'] for r in cities.values())
for c in sorted(cc):
    print('  %s %d' % (c, cc[c]))
print('  total %d' % len(cities))
group = collections.Counter()
dated = collections.Counter()
for r in T['pairings.tsv']:
    ca, cb = cities[r['city_a']]['country'], cities[r['city_b']]['country']
    g = ('CN-JP' if {ca, cb} == {'CN', 'JP'} else 'CN-KR' if {ca, cb} == {'CN', 'KR'} else
         'JP-KR' if {ca, cb} == {'JP', 'KR'} else 'other')
    group[g] += 1
    dated[(g, bool(r['established']))] += 1
print('pairings:')
for g in ('CN-JP', 'CN-KR', 'JP-KR', 'other'):
    print('  %-6s %4d  (dated %d, undated %d)' % (g, group[g], dated[(g, True)], dated[(g, False)]))
print('  total  %4d  (dated %d, undated %d)' % (sum(group.values()), sum(v for (g, d), v in dated.items() if d),
                                              sum(v for (g, d), v in dated.items() if not d)))
for g in ('CN-JP', 'CN-KR'):
    upto = sum(1 for r in T['pairings.tsv'] if r['established'] and r['established'][:4] <= '2017' and
               {cities[r['city_a']]['country'], cities[r['city_b']]['country']} == {'CN', g[3:]})
    print('  %s dated up to 2017: %d' % (g, upto))
nodiv = sorted(k for k, r in cities.items() if not r['division'] and r['country'] in ('CN', 'JP', 'KR'))
print('CN/JP/KR cities without a division: %d' % len(nodiv))
print('sources: %d, pairing_sources rows: %d' % (len(T['sources.tsv']), len(T['pairing_sources.tsv'])))
if errors:
    print('\n%d ERRORS' % len(errors))
    for e in errors[:50]:
        print('  ' + e)
    sys.exit(1)
print('OK: all checks passed')
