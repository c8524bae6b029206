"""Parsing FIGURES.md: the printed numbers the report tables must agree with."""

import re


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
