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
import os
import re
import sys

from reportcheck.tables import (DATE_RE, DEC_RE, FIG_RE, INT_RE, ROOT, SCHEMA, check_positions, err, errors,
                                 read_tsv, round1, same_decimal, unique, warn, warnings)
from reportcheck.figures import parse_figures


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
