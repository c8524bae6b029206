"""Japanese names written in hangul: the Korean transcription of a municipality's romaji name."""

import re

from .hangul_pinyin import _syl


# ---------------------------------------------------------------------------------------------
# Japanese names written in hangul (야마구치현 야마구치시): the Korean transcription of the
# municipality's romaji name (jp-municipalities' city_en), after the Korean rules for Japanese
# (가/카 for an initial k, 쓰/츠 for tsu, no long vowels), with the common variants.

_JV = {'a': 0, 'i': 20, 'u': 13, 'e': 5, 'o': 8}
_JY = {'a': 2, 'u': 17, 'o': 12}  # ya yu yo
# consonant -> (initial choseong variants, medial choseong variants)
_JC = {'k': ([0, 15], [15]), 'g': ([0], [0]), 's': ([9], [9]), 'z': ([12], [12]), 'j': ([12], [12]),
       't': ([3, 16], [16]), 'd': ([3], [3]), 'n': ([2], [2]), 'h': ([18], [18]), 'f': ([18], [18]),
       'b': ([7], [7]), 'p': ([17], [17]), 'm': ([6], [6]), 'y': ([11], [11]), 'r': ([5], [5]),
       'w': ([11], [11]), '': ([11], [11]), 'ch': ([12, 14], [14]), 'sh': ([9], [9]), 'ts': ([10, 14], [10, 14])}


def _romaji_syllables(r):
    """'Yamaguchi' -> [('y','a'),('m','a'),('g','u'),('ch','i')], 'n' and 'Q' (っ) as tokens"""
    r = strip_long(r.lower())
    out, i = [], 0
    while i < len(r):
        c = r[i]
        if c in 'aiueo':
            out.append(('', '', c))
            i += 1
            continue
        if c == 'n' and (i + 1 == len(r) or r[i + 1] not in 'aiueoy'):
            out.append('N')
            i += 1
            continue
        if i + 1 < len(r) and r[i + 1] == c and c != 'n':
            out.append('Q')
            i += 1
            continue
        if c == 't' and r[i:i + 3] == 'tch':
            out.append('Q')
            i += 1
            continue
        for cons in ('ch', 'sh', 'ts', c):
            if r.startswith(cons, i):
                break
        j = i + len(cons)
        y = ''
        if j < len(r) and r[j] == 'y' and cons not in ('y',):
            y, j = 'y', j + 1
        if j < len(r) and r[j] in 'aiueo':
            out.append((cons, y, r[j]))
            i = j + 1
        else:
            return []
    return out


def strip_long(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r'[^a-z]', '', s.replace('ou', 'o').replace('oo', 'o').replace('uu', 'u').replace('ii', 'i'))


def romaji_to_hangul(r):
    syl = _romaji_syllables(r)
    if not syl:
        return set()
    forms = ['']
    for n, s in enumerate(syl):
        new = []
        for f in forms:
            if s in ('N', 'Q'):
                if not f:
                    continue
                o = ord(f[-1]) - 0xAC00
                if o % 28:
                    new.append(f)
                    continue
                new.append(f[:-1] + chr(ord(f[-1]) + (4 if s == 'N' else 19)))
                continue
            cons, y, v = s
            init = n == 0 or (n > 0 and syl[n - 1] in ('N',) and False)
            chos = _JC.get(cons, ([], []))[0 if n == 0 else 1]
            if cons in ('sh', 'ch', 'j') and v in 'auo':
                vs = [_JV[v], _JY[v]]
            elif y:
                vs = [_JY.get(v, _JV[v])]
            elif cons == 'y':
                vs = [_JY.get(v, _JV[v])]
            elif cons == 'w':
                vs = [9] if v == 'a' else [_JV[v]]
            elif cons in ('ts', 's', 'z') and v == 'u':
                vs = [18, 13]  # 쓰 / 스 beside 수
            elif cons == 'j' and v == 'i':
                vs = [20]
            else:
                vs = [_JV[v]]
            for c in chos:
                for vv in vs:
                    new.append(f + _syl(c, vv, 0))
        forms = new
        if len(forms) > 512:
            forms = forms[:512]
    return set(forms)


JP_SUFFIX_KO = [('현', '県'), ('부', '府'), ('도', '都'), ('시', '市'), ('정', '町'), ('초', '町'), ('마치', '町'),
                ('촌', '村'), ('무라', '村'), ('손', '村'), ('구', '区'), ('군', '郡')]


def jp_hangul_candidates(ref, hangul, pref_id=None, prefecture=False):
    """Japanese places whose romaji name transcribes to `hangul` (suffix checked against the
    Japanese name's last character) -> list of ('p', pref_id) / ('m', code)"""
    s = re.sub(r'[\(（].*?[\)）]', '', hangul).replace(' ', '')
    stems = [(s, '')]
    for suf, ja in JP_SUFFIX_KO:
        if s.endswith(suf) and len(s) > len(suf):
            stems.append((s[:-len(suf)], ja))
    out = []
    if prefecture or pref_id is None:
        for p, r in ref.jp_pref.items():
            base = re.sub(r' Prefecture$', '', r['prefecture_en'])
            forms = romaji_to_hangul(base)
            if p == '01':
                forms |= {'홋카이도'}
            for st, ja in stems:
                if st in forms and (not ja or r['prefecture_ja'].endswith(ja)):
                    out.append(('p', p))
                    break
        if prefecture:
            return out
    for k, r in ref.jp_muni.items():
        if r['special_district_ja'] or (pref_id and r['prefecture_id'] != pref_id):
            continue
        base = re.sub(r'\s*\(.*?\)$', '', r['city_en'].split(',')[0])
        forms = romaji_to_hangul(base)
        for st, ja in stems:
            if st in forms and (not ja or r['city_ja'].endswith(ja)):
                out.append(('m', k))
                break
    return out
