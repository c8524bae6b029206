#!/usr/bin/env python3
"""Check the report/ fact files of the bundled dataset (stdlib only).

    python3 tools/dataset/check_report.py [--dataset DIR] [--figures FIGURES.md]
                                          [--published published-statistics.tsv]

1. Well-formedness (resources/dataset/FORMAT.md, section report/): UTF-8, LF line ends, the
   header row exactly as specified, the right number of columns, no quoting, rows sorted by
   their first column (byte order), keys match [A-Za-z0-9._:-]+, primary keys unique, every
   foreign key resolves (source keys may be defined in register/sources.tsv too), counts are
   integers or empty, percents and values are decimals or empty, positions run 1..n.
2. Tallies against the report: every count and percent that FIGURES.md states (its evaluation
   table and its per-figure lines) is parsed from FIGURES.md itself -- nothing from the tallies
   is typed into this script -- and must appear in survey_tallies.tsv for the same group and
   question with exactly the printed percent; no tally may state a number FIGURES.md does not.
   A cell FIGURES.md marks "not stated" must be a row with empty count and percent.
3. Consistency notes: a printed percent that differs from count / respondents (rounded half
   up to one decimal) needs a note saying "as printed"; a single-choice question whose stated
   counts do not sum to the group's respondents needs a note saying so ("sum").
4. If the public facts file is available, every row of published-statistics.tsv must be
   re-keyed exactly once into published_statistics.tsv (subject, key, value, unit, as_of).

Exit status 0 when there are no errors; warnings do not fail the check.
"""

import argparse
import collections
import decimal
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))

SCHEMA = {
    'sources.tsv': 'source_key title publisher url date_read licence',
    'surveys.tsv': 'survey_key year title_zh title_ja title_ko title_en source_key',
    'survey_questions.tsv': 'survey_key question_key position kind text_zh text_ja text_ko text_en figures',
    'survey_options.tsv': 'survey_key question_key option_key position label_zh label_ja label_ko label_en',
    'survey_groups.tsv': 'survey_key group_key position respondents label_zh label_ja label_ko label_en source_key',
    'survey_tallies.tsv': 'survey_key group_key question_key option_key count percent source_key location note',
    'published_statistics.tsv': 'stat_key subject key value unit as_of source_key location note',
}
# columns that must not be empty
REQUIRED = {
    'sources.tsv': ['source_key', 'title'],
    'surveys.tsv': ['survey_key', 'year', 'title_zh', 'title_ja', 'title_ko', 'title_en', 'source_key'],
    'survey_questions.tsv': ['survey_key', 'question_key', 'position', 'kind', 'text_zh', 'text_ja', 'text_ko', 'text_en'],
    'survey_options.tsv': ['survey_key', 'question_key', 'option_key', 'position', 'label_zh', 'label_ja', 'label_ko', 'label_en'],
    'survey_groups.tsv': ['survey_key', 'group_key', 'position', 'respondents', 'label_zh', 'label_ja', 'label_ko', 'label_en', 'source_key'],
    'survey_tallies.tsv': ['survey_key', 'group_key', 'question_key', 'option_key', 'source_key', 'location'],
    'published_statistics.tsv': ['stat_key', 'subject', 'key', 'value', 'unit', 'source_key'],
}
KEY_COLS = {'source_key', 'survey_key', 'question_key', 'option_key', 'group_key', 'stat_key'}
KEY_RE = re.compile(r'^[A-Za-z0-9._:-]+$')
INT_RE = re.compile(r'^(0|[1-9][0-9]*)$')
DEC_RE = re.compile(r'^-?(0|[1-9][0-9]*)(\.[0-9]+)?$')
DATE_RE = re.compile(r'^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$')
FIG_RE = re.compile(r'^fig([0-9]+)$')

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def read_tsv(path, name, header):
    """Return a list of dicts; report format errors."""
    rows = []
    try:
        with open(path, 'rb') as fh:
            raw = fh.read()
    except OSError as e:
        err('%s: cannot read (%s)' % (name, e))
        return rows
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err('%s: not UTF-8 (%s)' % (name, e))
        return rows
    if text.startswith('\ufeff'):
        err('%s: starts with a byte-order mark' % name)
    if '\r' in text:
        err('%s: contains CR (line ends must be LF)' % name)
    if not text.endswith('\n'):
        err('%s: last line does not end with LF' % name)
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if not lines:
        err('%s: empty file' % name)
        return rows
    cols = header.split()
    if lines[0].split('\t') != cols:
        err('%s: header is %r, expected %r' % (name, lines[0], '\t'.join(cols)))
        return rows
    body = lines[1:]
    keys = [l.split('\t')[0].encode('utf-8') for l in body]
    if keys != sorted(keys):
        err('%s: rows are not sorted by their first column (byte order)' % name)
    if [l.encode('utf-8') for l in body] != sorted(l.encode('utf-8') for l in body):
        warn('%s: rows are sorted by first column but not as whole lines (re-runs may reorder ties)' % name)
    for n, line in enumerate(body, 2):
        fields = line.split('\t')
        if len(fields) != len(cols):
            err('%s:%d: %d columns, expected %d' % (name, n, len(fields), len(cols)))
            continue
        row = dict(zip(cols, fields))
        row['_line'] = n
        for c in REQUIRED.get(name, []):
            if row[c] == '':
                err('%s:%d: %s is empty' % (name, n, c))
        for c in cols:
            v = row[c]
            if v != v.strip():
                err('%s:%d: %s has leading/trailing white space' % (name, n, c))
            if v.startswith('"') and v.endswith('"') and len(v) > 1:
                err('%s:%d: %s looks quoted' % (name, n, c))
            if c in KEY_COLS and v and not KEY_RE.match(v):
                err('%s:%d: %s %r is not a key [A-Za-z0-9._:-]+' % (name, n, c, v))
        rows.append(row)
    return rows


def unique(rows, name, cols):
    seen = {}
    for r in rows:
        k = tuple(r[c] for c in cols)
        if k in seen:
            err('%s:%d: duplicate %s %r (first at line %d)' % (name, r['_line'], '+'.join(cols), k, seen[k]))
        else:
            seen[k] = r['_line']
    return seen


def check_positions(rows, name, parent_cols):
    groups = collections.defaultdict(list)
    for r in rows:
        if not INT_RE.match(r['position']):
            err('%s:%d: position %r is not an integer' % (name, r['_line'], r['position']))
            continue
        groups[tuple(r[c] for c in parent_cols)].append(int(r['position']))
    for k, ps in groups.items():
        if sorted(ps) != list(range(1, len(ps) + 1)):
            err('%s: positions for %r are %r, expected 1..%d' % (name, k, sorted(ps), len(ps)))


def round1(count, n):
    """count / n in percent, rounded half up to one decimal, as a string."""
    q = decimal.Decimal(100 * count) / decimal.Decimal(n)
    return str(q.quantize(decimal.Decimal('0.1'), rounding=decimal.ROUND_HALF_UP))


def same_decimal(a, b):
    try:
        return decimal.Decimal(a) == decimal.Decimal(b)
    except decimal.InvalidOperation:
        return False


# --------------------------------------------------------------------------- FIGURES.md

SIDES = {'Chinese': 'cn', 'Japanese': 'jp'}
COUNTRIES = {'China': 'cn', 'Japan': 'jp', 'Korea': 'kr'}
PAIR_RE = re.compile(r'(\d+) \((\d+(?:\.\d+)?) %\)')


def parse_figures(path):
    """Parse the Survey section of FIGURES.md.

    Returns (respondents, stated) where respondents maps a group label
    ('cn-all', 'cn-jp', ...) to its n, and stated is a list of dicts:
      {side, n, fig or None, no_figure, cells: [(count|None, percent|None)], positional, origin}
    'positional' is True for the evaluation table, whose columns are the options in order.
    """
    with open(path, encoding='utf-8') as fh:
        text = fh.read()
    m = re.search(r'^## Survey.*?$(.*)', text, re.S | re.M)
    if not m:
        raise ValueError('no "## Survey" section')
    section = m.group(1)
    respondents = {}
    stated = []
    paragraphs = re.split(r'\n\s*\n', section)
    for para in paragraphs:
        flat = ' '.join(para.split())
        # the survey's size: "398 valid questionnaires: 133 from Chinese cities (67 about
        # China–Japan pairs, 66 about China–Korea pairs), 265 from Japanese cities (...)"
        mt = re.match(r'(\d+) valid questionnaires:', flat)
        if mt:
            respondents['total'] = int(mt.group(1))
            for ms in re.finditer(r'(\d+) from (\w+) cities \(([^)]*)\)', flat):
                side = COUNTRIES.get(ms.group(2)) or SIDES.get(ms.group(2))
                respondents['%s-all' % side] = int(ms.group(1))
                for mp in re.finditer(r'(\d+) about (\w+)[–-](\w+) pairs', ms.group(3)):
                    respondents['%s-%s' % (COUNTRIES[mp.group(2)], COUNTRIES[mp.group(3)])] = int(mp.group(1))
            continue
        # the evaluation table
        if flat.startswith('| group |'):
            lines = [l for l in para.split('\n') if l.startswith('|')]
            head = [c.strip() for c in lines[0].strip('|').split('|')]
            for line in lines[2:]:
                cells = [c.strip() for c in line.strip('|').split('|')]
                row = dict(zip(head, cells))
                side_word, _, which = row['group'].partition(' side, ')
                side = SIDES[side_word]
                figs = [int(f) for f in re.findall(r'\d+', row['fig'])]
                out = []
                for c in head[2:-1]:
                    cell = row[c]
                    mp = PAIR_RE.fullmatch(cell)
                    if mp:
                        out.append((mp.group(1), mp.group(2)))
                    elif cell.startswith('not stated'):
                        out.append((None, None))
                    else:
                        raise ValueError('cannot read table cell %r' % cell)
                if which == 'all':
                    partner = 'all'
                else:
                    partner = COUNTRIES[which.split('–')[1]]
                stated.append({'group': '%s-%s' % (side, partner), 'n': int(row['n']), 'fig': figs[0],
                               'no_figure': False, 'cells': out, 'positional': True,
                               'origin': 'table row %r' % row['group']})
            continue
        # a percentages-only paragraph (bilateral tension: "no figure, percentages only")
        if 'percentages only' in flat:
            for part in re.split(r'(?=(?:Chinese|Japanese) side —)', flat):
                ms = re.match(r'(Chinese|Japanese) side —', part)
                if not ms:
                    continue
                pcts = re.findall(r'(\d+\.\d+) %', part)
                stated.append({'group': '%s-all' % SIDES[ms.group(1)], 'n': None, 'fig': None,
                               'no_figure': 'no figure' in flat,
                               'cells': [(None, p) for p in pcts], 'positional': False,
                               'origin': 'percentages-only paragraph, %s side' % ms.group(1)})
            continue
        # a per-figure line: "... (fig 14, Chinese side, n = 133): a 111 (83.5 %); ..."
        pairs = PAIR_RE.findall(flat)
        if not pairs:
            continue
        mf = re.search(r'fig (\d+)', flat)
        ms = re.search(r'(Chinese|Japanese) side', flat)
        mn = re.search(r'n = (\d+)', flat)
        if not (mf and ms and mn):
            raise ValueError('cannot place numbers in paragraph: %s' % flat[:80])
        stated.append({'group': '%s-all' % SIDES[ms.group(1)], 'n': int(mn.group(1)), 'fig': int(mf.group(1)),
                       'no_figure': False, 'cells': list(pairs), 'positional': False,
                       'origin': 'fig %s line' % mf.group(1)})
    return respondents, stated


# --------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--dataset', default=os.path.join(ROOT, 'resources', 'dataset'))
    ap.add_argument('--figures', default='/work/shared/report/FIGURES.md')
    ap.add_argument('--published', default='/work/shared/data/published-statistics.tsv')
    ap.add_argument('--skip-figures', action='store_true', help='do not require FIGURES.md')
    args = ap.parse_args()

    rep = os.path.join(args.dataset, 'report')
    t = {}
    for name, header in SCHEMA.items():
        t[name] = read_tsv(os.path.join(rep, name), 'report/' + name, header)

    # ---- sources (unique across report/ and register/)
    src_rows = list(t['sources.tsv'])
    unique(t['sources.tsv'], 'report/sources.tsv', ['source_key'])
    reg_src = os.path.join(args.dataset, 'register', 'sources.tsv')
    source_keys = {r['source_key'] for r in src_rows}
    if os.path.exists(reg_src):
        reg_rows = read_tsv(reg_src, 'register/sources.tsv', SCHEMA['sources.tsv'])
        for r in reg_rows:
            if r['source_key'] in source_keys:
                err('source_key %r is defined in both report/ and register/sources.tsv' % r['source_key'])
        source_keys |= {r['source_key'] for r in reg_rows}
    if 'report-2018' not in {r['source_key'] for r in src_rows}:
        err('report/sources.tsv does not define report-2018')
    for r in src_rows:
        if r['date_read'] and not DATE_RE.match(r['date_read']):
            err('report/sources.tsv:%d: date_read %r is not YYYY[-MM[-DD]]' % (r['_line'], r['date_read']))
        if r['url'] and (' ' in r['url']):
            err('report/sources.tsv:%d: url contains a space' % r['_line'])

    def src_ok(name, r):
        if r['source_key'] and r['source_key'] not in source_keys:
            err('%s:%d: source_key %r is not defined' % (name, r['_line'], r['source_key']))

    # ---- surveys
    surveys = {r['survey_key']: r for r in t['surveys.tsv']}
    unique(t['surveys.tsv'], 'report/surveys.tsv', ['survey_key'])
    for r in t['surveys.tsv']:
        src_ok('report/surveys.tsv', r)
        if not re.match(r'^[0-9]{4}$', r['year']):
            err('report/surveys.tsv:%d: year %r' % (r['_line'], r['year']))

    # ---- questions
    qs = {}
    unique(t['survey_questions.tsv'], 'report/survey_questions.tsv', ['survey_key', 'question_key'])
    check_positions(t['survey_questions.tsv'], 'report/survey_questions.tsv', ['survey_key'])
    fig_to_q = {}
    for r in t['survey_questions.tsv']:
        name = 'report/survey_questions.tsv'
        if r['survey_key'] not in surveys:
            err('%s:%d: survey_key %r not in surveys.tsv' % (name, r['_line'], r['survey_key']))
        if r['kind'] not in ('single', 'multiple'):
            err('%s:%d: kind %r is not single/multiple' % (name, r['_line'], r['kind']))
        if r['figures']:
            for f in r['figures'].split(','):
                mf = FIG_RE.match(f)
                if not mf or not 1 <= int(mf.group(1)) <= 17:
                    err('%s:%d: figure id %r (expected fig1..fig17, comma-separated)' % (name, r['_line'], f))
                    continue
                k = (r['survey_key'], int(mf.group(1)))
                if k in fig_to_q:
                    err('%s:%d: %s is also listed for question %r' % (name, r['_line'], f, fig_to_q[k]))
                fig_to_q[k] = r['question_key']
        qs[(r['survey_key'], r['question_key'])] = r

    # ---- options
    opts = collections.defaultdict(dict)
    unique(t['survey_options.tsv'], 'report/survey_options.tsv', ['survey_key', 'question_key', 'option_key'])
    check_positions(t['survey_options.tsv'], 'report/survey_options.tsv', ['survey_key', 'question_key'])
    for r in t['survey_options.tsv']:
        k = (r['survey_key'], r['question_key'])
        if k not in qs:
            err('report/survey_options.tsv:%d: question %r not in survey_questions.tsv' % (r['_line'], k))
        opts[k][r['option_key']] = r
    for k in qs:
        if len(opts.get(k, {})) < 2:
            err('question %r has fewer than two options' % (k,))

    # ---- groups
    groups = {}
    unique(t['survey_groups.tsv'], 'report/survey_groups.tsv', ['survey_key', 'group_key'])
    check_positions(t['survey_groups.tsv'], 'report/survey_groups.tsv', ['survey_key'])
    for r in t['survey_groups.tsv']:
        src_ok('report/survey_groups.tsv', r)
        if r['survey_key'] not in surveys:
            err('report/survey_groups.tsv:%d: survey_key %r not in surveys.tsv' % (r['_line'], r['survey_key']))
        if not INT_RE.match(r['respondents']):
            err('report/survey_groups.tsv:%d: respondents %r is not an integer' % (r['_line'], r['respondents']))
            continue
        groups[(r['survey_key'], r['group_key'])] = r

    # ---- tallies
    name = 'report/survey_tallies.tsv'
    unique(t['survey_tallies.tsv'], name, ['survey_key', 'group_key', 'question_key', 'option_key'])
    by_gq = collections.defaultdict(list)
    for r in t['survey_tallies.tsv']:
        src_ok(name, r)
        gk, qk = (r['survey_key'], r['group_key']), (r['survey_key'], r['question_key'])
        if gk not in groups:
            err('%s:%d: group %r not in survey_groups.tsv' % (name, r['_line'], gk))
        if qk not in qs:
            err('%s:%d: question %r not in survey_questions.tsv' % (name, r['_line'], qk))
        elif r['option_key'] not in opts[qk]:
            err('%s:%d: option %r is not an option of %r' % (name, r['_line'], r['option_key'], qk))
        if r['count'] and not INT_RE.match(r['count']):
            err('%s:%d: count %r is neither an integer nor empty' % (name, r['_line'], r['count']))
        if r['percent'] and not DEC_RE.match(r['percent']):
            err('%s:%d: percent %r is neither a decimal nor empty' % (name, r['_line'], r['percent']))
        if r['percent'] and DEC_RE.match(r['percent']) and not 0 <= float(r['percent']) <= 100:
            err('%s:%d: percent %r out of 0..100' % (name, r['_line'], r['percent']))
        if not r['count'] and not r['percent'] and not r['note']:
            err('%s:%d: nothing stated and no note saying why' % (name, r['_line']))
        by_gq[(r['survey_key'], r['group_key'], r['question_key'])].append(r)

    # every option of every (group, question) that has results has a row
    for (s, g, q), rows in sorted(by_gq.items()):
        have = {r['option_key'] for r in rows}
        missing = set(opts.get((s, q), {})) - have
        if missing:
            err('%s: (%s, %s) has no row for option(s) %s' % (name, g, q, ', '.join(sorted(missing))))

    # consistency: printed percent vs count / respondents; sums of single-choice questions
    mismatches = 0
    for (s, g, q), rows in sorted(by_gq.items()):
        grp = groups.get((s, g))
        if not grp:
            continue
        n = int(grp['respondents'])
        for r in rows:
            if r['count'] and r['percent'] and INT_RE.match(r['count']) and DEC_RE.match(r['percent']):
                calc = round1(int(r['count']), n)
                if not same_decimal(calc, r['percent']):
                    mismatches += 1
                    msg = '%s:%d: (%s, %s, %s) %s/%d = %s %%, printed %s' % (
                        name, r['_line'], g, q, r['option_key'], r['count'], n, calc, r['percent'])
                    if 'as printed' in r['note']:
                        warn(msg + ' (noted)')
                    else:
                        err(msg + ' and the note does not say "as printed"')
            if r['count'] and INT_RE.match(r['count']) and int(r['count']) > n:
                err('%s:%d: count %s exceeds the group\'s %d respondents' % (name, r['_line'], r['count'], n))
        qrow = qs.get((s, q))
        counts = [r['count'] for r in rows]
        if qrow and qrow['kind'] == 'single' and counts and all(INT_RE.match(c or '') for c in counts):
            total = sum(int(c) for c in counts)
            if total != n:
                msg = '(%s, %s): stated counts sum to %d of %d' % (g, q, total, n)
                if all('sum' in r['note'] for r in rows):
                    warn(msg + ' (noted)')
                else:
                    err(msg + ' and not every row notes the sum')

    # ---- tallies against FIGURES.md
    fig_checked = 0
    if os.path.exists(args.figures):
        try:
            respondents, stated = parse_figures(args.figures)
        except (ValueError, KeyError, IndexError) as e:
            err('FIGURES.md: cannot parse (%s)' % e)
            respondents, stated = {}, []
        survey_keys = sorted(surveys)
        if len(survey_keys) != 1:
            err('expected exactly one survey to compare with FIGURES.md, found %r' % survey_keys)
        s = survey_keys[0] if survey_keys else ''
        # respondents
        for gkey, n in sorted(respondents.items()):
            if gkey == 'total':
                continue
            g = groups.get((s, gkey))
            if not g:
                err('FIGURES.md names group %r (n=%d) but survey_groups.tsv has no such group' % (gkey, n))
            elif int(g['respondents']) != n:
                err('group %r: respondents %s, FIGURES.md says %d' % (gkey, g['respondents'], n))
        if 'total' in respondents:
            tot = sum(n for k, n in respondents.items() if k.endswith('-all'))
            if tot != respondents['total']:
                err('FIGURES.md: sides sum to %d, not %d' % (tot, respondents['total']))
        # numbers
        expected = collections.defaultdict(collections.Counter)
        not_stated = collections.defaultdict(list)
        for st in stated:
            if st['no_figure']:
                cands = [qk for (sk, qk), r in qs.items() if sk == s and not r['figures']]
                if len(cands) != 1:
                    err('%s: expected one question without figures, found %r' % (st['origin'], cands))
                    continue
                q = cands[0]
            else:
                q = fig_to_q.get((s, st['fig']))
                if not q:
                    err('%s: no question lists fig%s' % (st['origin'], st['fig']))
                    continue
            g = st['group']
            if (s, g) not in groups:
                err('%s: group %r not in survey_groups.tsv' % (st['origin'], g))
                continue
            if st['n'] is not None and int(groups[(s, g)]['respondents']) != st['n']:
                err('%s: n = %d but group %r has %s respondents' % (st['origin'], st['n'], g, groups[(s, g)]['respondents']))
            if st['positional']:
                ordered = sorted(opts[(s, q)].values(), key=lambda r: int(r['position']))
                if len(ordered) != len(st['cells']):
                    err('%s: %d cells but question %r has %d options' % (st['origin'], len(st['cells']), q, len(ordered)))
                rows = {r['option_key']: r for r in by_gq.get((s, g, q), [])}
                for o, (c, p) in zip(ordered, st['cells']):
                    r = rows.get(o['option_key'])
                    fig_checked += 1
                    if r is None:
                        err('%s: no tally row for (%s, %s, %s)' % (st['origin'], g, q, o['option_key']))
                    elif r['count'] != (c or '') or not ((p is None and r['percent'] == '') or (p is not None and r['percent'] == p)):
                        err('%s: (%s, %s, %s) is count %r percent %r, FIGURES.md prints %r (%r %%)' % (
                            st['origin'], g, q, o['option_key'], r['count'], r['percent'], c, p))
                continue
            for c, p in st['cells']:
                fig_checked += 1
                if c is None and p is None:
                    not_stated[(g, q)].append(st['origin'])
                else:
                    expected[(g, q)][(c or '', p or '')] += 1
        for (g, q), want in sorted(expected.items()):
            rows = by_gq.get((s, g, q), [])
            have = collections.Counter((r['count'], r['percent']) for r in rows if r['count'] or r['percent'])
            for k in sorted(set(want) | set(have)):
                if want[k] != have[k]:
                    err('(%s, %s): FIGURES.md states count %r percent %r %d time(s), survey_tallies.tsv has it %d time(s)' % (
                        g, q, k[0], k[1], want[k], have[k]))
            if not rows:
                err('(%s, %s): FIGURES.md states results but survey_tallies.tsv has no rows' % (g, q))
        # no stated number in the tallies that FIGURES.md does not know
        table_gq = {(st['group'], fig_to_q.get((s, st['fig']))) for st in stated if st['positional']}
        for (sk, g, q), rows in sorted(by_gq.items()):
            if (g, q) in expected or (g, q) in table_gq:
                continue
            if any(r['count'] or r['percent'] for r in rows):
                err('(%s, %s): survey_tallies.tsv states numbers that FIGURES.md does not' % (g, q))
    elif args.skip_figures:
        warn('FIGURES.md not found at %s: tallies not compared with the report (--skip-figures)' % args.figures)
    else:
        err('FIGURES.md not found at %s (pass --figures PATH, or --skip-figures)' % args.figures)

    # ---- published statistics
    name = 'report/published_statistics.tsv'
    unique(t['published_statistics.tsv'], name, ['stat_key'])
    for r in t['published_statistics.tsv']:
        src_ok(name, r)
        if not DEC_RE.match(r['value']):
            err('%s:%d: value %r is not a decimal number' % (name, r['_line'], r['value']))
        if r['as_of'] and not DATE_RE.match(r['as_of']) or len(r['as_of']) == 4:
            err('%s:%d: as_of %r is not YYYY-MM-DD, YYYY-MM or empty' % (name, r['_line'], r['as_of']))
        if r['location'] and not r['location'].startswith('\u00a7'):
            err('%s:%d: location %r is not a section (\u00a7...)' % (name, r['_line'], r['location']))
    pub_checked = 0
    if os.path.exists(args.published):
        have = collections.Counter((r['subject'], r['key'], r['value'], r['unit'], r['as_of'])
                                   for r in t['published_statistics.tsv'])
        want = collections.Counter()
        with open(args.published, encoding='utf-8') as fh:
            head = fh.readline().rstrip('\n').split('\t')
            for line in fh:
                row = dict(zip(head, line.rstrip('\n').split('\t')))
                want[(row['subject'], row['key'], row['value'], row['unit'], row['as_of'])] += 1
                pub_checked += 1
        for k in sorted(set(want) | set(have)):
            if want[k] != have[k]:
                err('published statistic %r: %d in the public facts, %d in published_statistics.tsv' % (k, want[k], have[k]))
    else:
        warn('public facts not found at %s: published_statistics.tsv not compared' % args.published)

    # ---- report
    for name in SCHEMA:
        print('%-26s %3d rows' % ('report/' + name, len(t[name])))
    print('FIGURES.md numbers compared: %d cells; printed percents differing from count/n: %d' % (fig_checked, mismatches))
    print('public facts rows compared: %d' % pub_checked)
    for w in warnings:
        print('warning: ' + w)
    for e in errors:
        print('ERROR: ' + e)
    print('%d error(s), %d warning(s)' % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
