"""The harvest's scripts, and pinyin -> hangul after the Korean transcription rules for Mandarin."""

import re


HAN = re.compile(r'[\u3400-\u9fff\uf900-\ufaff]')
HANGUL = re.compile(r'[\uac00-\ud7a3]')
LATIN = re.compile(r'[A-Za-z]')

# ---------------------------------------------------------------------------------------------
# pinyin -> hangul, after the Korean transcription rules for Mandarin (외래어 표기법, 중국어),
# with the spellings common in Korean pages as variants (샤 beside 사, 챠 beside 차, 쑤 / 수, and the
# informal 오우 beside 어우 and 옹 beside 웅: 하이코우 for Haikou, 우롱 for Wulong).

_CHO = {'b': [7], 'p': [17], 'm': [6], 'f': [17], 'd': [3], 't': [16], 'n': [2], 'l': [5], 'g': [0],
        'k': [15], 'h': [18], 'j': [12], 'q': [14], 'x': [9], 'zh': [12], 'ch': [14], 'sh': [9],
        'r': [5], 'z': [13, 12], 'c': [14], 's': [10, 9], '': [11]}
# jungseong indexes: a0 ae1 ya2 yae3 eo4 e5 yeo6 ye7 o8 wa9 wae10 oe11 yo12 u13 wo14 we15 wi16
# yu17 eu18 ui19 i20 ; jongseong: n=4, ng=21, l=8.  A final is a list of syllables (vowel, final);
# the first takes the initial, the others are written with ㅇ.
_FIN = {
    'a': [[(0, 0)]], 'o': [[(8, 0)]], 'e': [[(4, 0)]], 'ai': [[(0, 0), (20, 0)]], 'ei': [[(5, 0), (20, 0)]],
    'ao': [[(0, 0), (8, 0)]], 'ou': [[(4, 0), (13, 0)], [(8, 0), (13, 0)]], 'an': [[(0, 4)]], 'en': [[(4, 4)]], 'ang': [[(0, 21)]],
    'eng': [[(4, 21)]], 'er': [[(4, 8)]], 'ong': [[(13, 21)], [(8, 21)]], 'i': [[(20, 0)]], 'ia': [[(2, 0)]],
    'ie': [[(7, 0)]], 'iao': [[(2, 0), (8, 0)]], 'iu': [[(17, 0)]], 'ian': [[(7, 4)]], 'in': [[(20, 4)]],
    'iang': [[(2, 21)]], 'ing': [[(20, 21)]], 'iong': [[(17, 21)]], 'u': [[(13, 0)]], 'ua': [[(9, 0)]],
    'uo': [[(14, 0)]], 'uai': [[(9, 0), (20, 0)]], 'ui': [[(13, 0), (20, 0)], [(15, 0), (20, 0)]],
    'uan': [[(9, 4)]], 'un': [[(13, 4)], [(14, 4)]], 'uang': [[(9, 21)]], 'ueng': [[(14, 21)]],
    'v': [[(16, 0)]], 've': [[(15, 0)]], 'van': [[(16, 0), (0, 4)]], 'vn': [[(16, 4)]],
}
# y-vowel -> plain vowel after ㅈ ㅊ ㅉ (and, as a variant, after ㅅ)
_PLAIN = {2: 0, 7: 5, 17: 13, 6: 4, 12: 8}
_YFORM = {0: 2, 5: 7, 13: 17, 4: 6, 8: 12}


def _syl(cho, jung, jong):
    return chr(0xAC00 + (cho * 21 + jung) * 28 + jong)


def _split_pinyin(p):
    for ini in ('zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r',
                'z', 'c', 's'):
        if p.startswith(ini):
            return ini, p[len(ini):]
    return '', p


def pinyin_to_hangul(p):
    """Hangul spellings of one toneless pinyin syllable (ü written v or u after j q x y)."""
    p = p.replace('ü', 'v')
    ini, fin = _split_pinyin(p)
    if ini == '':
        # zero initial: y / w spellings
        m = {'yi': 'i', 'ya': 'ia', 'ye': 'ie', 'yao': 'iao', 'you': 'iu', 'yan': 'ian', 'yin': 'in',
             'yang': 'iang', 'ying': 'ing', 'yong': 'iong', 'yu': 'v', 'yue': 've', 'yuan': 'van', 'yun': 'vn',
             'wu': 'u', 'wa': 'ua', 'wo': 'uo', 'wai': 'uai', 'wei': 'ui', 'wan': 'uan', 'wen': 'un',
             'wang': 'uang', 'weng': 'ueng'}
        fin = m.get(p, p)
        if fin == 'ui':
            return {'웨이'}
        if fin == 'un':
            return {'원'}
    elif ini in ('j', 'q', 'x') and fin.startswith('u'):
        fin = 'v' + fin[1:]
    if ini in ('zh', 'ch', 'sh', 'r', 'z', 'c', 's') and fin == 'i':
        outs = set()
        for c in _CHO[ini]:
            outs.add(_syl(c, 18, 0))
        return outs
    if ini in ('b', 'p', 'm', 'f') and fin == 'o':
        fin = 'o'
    finals = _FIN.get(fin)
    if finals is None:
        return set()
    outs = set()
    for c in _CHO[ini]:
        for parts in finals:
            v0, j0 = parts[0]
            vs = {v0}
            if c in (12, 13, 14) and v0 in _PLAIN:
                vs = {_PLAIN[v0], v0}
            elif c in (9, 10, 12, 13, 14) and v0 in _YFORM and fin in ('a', 'ao', 'an', 'ang', 'e', 'ou', 'u', 'o'):
                vs = {v0, _YFORM[v0]}
            elif c == 9 and v0 in _PLAIN:
                vs = {v0, _PLAIN[v0]}
            rest = ''.join(_syl(11, v, j) for v, j in parts[1:])
            for v in vs:
                outs.add(_syl(c, v, j0) + rest)
    return outs
