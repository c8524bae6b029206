"""The report's tables: their schema, reading them with format errors, uniqueness, positions, rounding."""

import collections
import decimal
import os
import re


HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tools/dataset
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
