"""Small helpers of the re-keying: hashes, slugs, Latin compare-forms, TSV/CSV reading and writing, the decision log."""

import collections
import csv
import hashlib
import os
import re
import unicodedata


HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tools/dataset
REPO = os.path.dirname(os.path.dirname(HERE))

# ---------------------------------------------------------------------------------------------
# small helpers


def h(s, n=8):
    return hashlib.sha1(s.encode('utf-8')).hexdigest()[:n]


def strip_accents(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def slug(s):
    s = strip_accents(s).lower().replace("'", '').replace('’', '')
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s


def norm_latin(s):
    """Compare-form of a romanised name: lower case, no accents, letters only."""
    s = strip_accents(s).lower()
    return re.sub(r'[^a-z]', '', s)


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    head = rows[0]
    return [dict(zip(head, r + [''] * (len(head) - len(r)))) for r in rows[1:] if any(r)]


def read_csv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


def write_tsv(path, header, rows):
    for r in rows:
        for v in r:
            if '\t' in v or '\n' in v or '\r' in v:
                raise ValueError('field with TAB/newline in %s: %r' % (path, r))
    rows = sorted(rows, key=lambda r: [x.encode('utf-8') for x in r])
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\t'.join(header) + '\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')


LOG = collections.defaultdict(list)


def log(section, msg):
    LOG[section].append(msg)


def split_dash(s):
    """'A – B' -> (A, B); else (None, s): a parent written before the place."""
    m = re.match(r'^(.*?)\s+–\s+(.*)$', s)
    if m:
        return m.group(1), m.group(2)
    return None, s


def split_dash_then_paren(s):
    """'A – B', then 'B (A)' on what is left: the parenthesis wins where both are written."""
    parent, s = split_dash(s)
    m = re.match(r'^(.*?)\s*\((.*?)\)$', s)
    if m:
        s, parent = m.group(1), m.group(2)
    return parent, s


def split_parent(s):
    """'A – B' and 'B (A)' -> (A, B); else ('', s)"""
    m = re.match(r'^(.*?)\s+–\s+(.*)$', s)
    if m:
        return m.group(1), m.group(2)
    m = re.match(r'^(.*?)\s*\((.*?)\)$', s)
    if m:
        return m.group(2), m.group(1)
    return '', s
