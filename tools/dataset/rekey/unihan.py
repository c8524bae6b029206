"""Unihan: reading Debian's database and matching Han characters across scripts (variants, readings, pinyin)."""

import bz2
import collections
import io
import itertools
import os
import zipfile

from .common import HERE, norm_latin, read_tsv


# ---------------------------------------------------------------------------------------------
# Unihan


def open_unihan(name):
    for base in ('/usr/share/unicode', '/usr/share/unicode-data'):
        p = os.path.join(base, name)
        if os.path.exists(p + '.bz2'):
            return io.TextIOWrapper(bz2.open(p + '.bz2'), encoding='utf-8')
        if os.path.exists(p):
            return open(p, encoding='utf-8')
        z = os.path.join(base, 'Unihan.zip')
        if os.path.exists(z):
            return io.TextIOWrapper(zipfile.ZipFile(z).open(name), encoding='utf-8')
    raise SystemExit('Unihan file %s not found (install unicode-data)' % name)


def load_unihan(name, fields):
    d = collections.defaultdict(dict)
    with open_unihan(name) as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            cp, fld, val = line.rstrip('\n').split('\t', 2)
            if fld in fields:
                d[chr(int(cp[2:], 16))][fld] = val
    return d


def add_hangul_readings(R, path=os.path.join(HERE, 'exonyms.tsv')):
    """Sino-Korean readings of the few characters Unihan gives none (圳 of 深圳, 嶗 of 嶗山),
    each read from a stored page cited in exonyms.tsv (kind 'hangul-reading'), so that a Korean
    page's 심천시 or 노산구 finds its place.  Never overrides a kHangul reading Unihan has.
    Returns {character: readings added}."""
    added = {}
    for r in read_tsv(path):
        if r['kind'] != 'hangul-reading':
            continue
        c, readings = r['name_zh'], r['name_ko'].split('|')
        if len(c) != 1 or not all(readings) or R.get(c, {}).get('kHangul'):
            continue
        R[c]['kHangul'] = ' '.join(readings)
        added[c] = readings
    return added


def cps(val):
    return [chr(int(x.split('<')[0][2:], 16)) for x in val.split()]


class Han:
    def __init__(self):
        self.V = load_unihan('Unihan_Variants.txt', {
            'kSimplifiedVariant', 'kTraditionalVariant', 'kSemanticVariant', 'kZVariant',
            'kSpecializedSemanticVariant'})
        self.R = load_unihan('Unihan_Readings.txt', {
            'kMandarin', 'kHanyuPinyin', 'kXHC1983', 'kTGHZ2013', 'kJapaneseOn', 'kHangul'})
        self.extra_hangul = add_hangul_readings(self.R)
        self.simp2trad = collections.defaultdict(set)
        for c, d in self.V.items():
            for s in cps(d.get('kSimplifiedVariant', '')):
                if s != c:
                    self.simp2trad[s].add(c)
        self._eq = {}

    def readings(self, c, primary=False):
        """Mandarin readings of c (tone marks and ü stripped): kMandarin only, or all."""
        r = self.R.get(c, {})
        out = []
        for f in (('kMandarin',) if primary else ('kMandarin', 'kHanyuPinyin', 'kXHC1983', 'kTGHZ2013')):
            v = r.get(f)
            if not v:
                continue
            for tok in v.split():
                for p in tok.split(':')[-1].split(','):
                    p = norm_latin(p)
                    if p and p not in out:
                        out.append(p)
        return out

    def first_reading(self, c):
        r = self.readings(c)
        return r[0] if r else ''

    def on(self, c):
        return set(self.R.get(c, {}).get('kJapaneseOn', '').split())

    def variant_fold(self, c):
        """Simplified forms of c reachable through Unihan variant fields."""
        v = self.V.get(c, {})
        out = set(cps(v.get('kSimplifiedVariant', '')))
        for f in ('kSemanticVariant', 'kZVariant', 'kSpecializedSemanticVariant'):
            for t in cps(v.get(f, '')):
                s = cps(self.V.get(t, {}).get('kSimplifiedVariant', ''))
                out |= set(s) if s else {t}
        return out

    def equiv(self, j, c):
        """Is the Japanese/traditional character j a form of the simplified character c?"""
        if j == c:
            return True
        k = (j, c)
        if k in self._eq:
            return self._eq[k]
        ok = c in self.variant_fold(j)
        if not ok:
            # shinjitai forms (広, 県, 沢 ...) have no variant entry in Unihan: accept c when one
            # of c's traditional forms (or c itself) shares both a Mandarin and a Japanese On
            # reading with j.  Only ever used to compare whole names inside a known list.
            mj, oj = set(self.readings(j)), self.on(j)
            if mj and oj:
                for t in self.simp2trad.get(c, set()) | {c}:
                    if set(self.readings(t)) & mj and self.on(t) & oj:
                        ok = True
                        break
        self._eq[k] = ok
        return ok

    def name_eq(self, ja, zh, strict=False):
        if len(ja) != len(zh):
            return False
        if strict:
            return all(a == b or b in self.variant_fold(a) for a, b in zip(ja, zh))
        return all(self.equiv(a, b) for a, b in zip(ja, zh))

    def pinyin_set(self, s, limit=4096, primary=False):
        lists = []
        for c in s:
            r = self.readings(c, primary)
            if not r:
                return set()
            lists.append(r)
        n = 1
        for l in lists:
            n *= len(l)
        if n > limit:
            lists = [l[:1] for l in lists]
        return {''.join(p) for p in itertools.product(*lists)}

    def to_simplified(self, s):
        """Mechanical simplification of a Japanese name, or '' when a character has no
        unambiguous simplified form in Unihan and is not itself a GB 2312 character."""
        out = []
        for c in s:
            if '\u3040' <= c <= '\u30ff':
                return ''
            try:
                c.encode('gb2312')
                out.append(c)  # already a character of simplified Chinese: keep it
                continue
            except UnicodeEncodeError:
                pass
            f = [x for x in cps(self.V.get(c, {}).get('kSimplifiedVariant', '')) if x != c]
            if len(f) == 1:
                c = f[0]
            elif len(f) > 1:
                return ''
            try:
                c.encode('gb2312')
            except UnicodeEncodeError:
                return ''
            out.append(c)
        return ''.join(out)
