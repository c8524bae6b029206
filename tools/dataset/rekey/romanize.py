"""Revised Romanization of Korean computed from the hangul (syllable table plus the common assimilations)."""


# ---------------------------------------------------------------------------------------------
# Hangul -> Revised Romanization (syllable table with the common sound changes)

CHO = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h']
JUNG = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we',
        'wi', 'yu', 'eu', 'ui', 'i']
# final consonant before a consonant / at the end
JONG = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p',
        't', 't', 'ng', 't', 't', 'k', 't', 'p', 't']
# final consonant carried over before a vowel (initial ㅇ)
JONG_V = ['', 'g', 'kk', 'ks', 'n', 'nj', 'nh', 'd', 'r', 'lg', 'lm', 'lb', 'ls', 'lt', 'lp', 'lh', 'm',
          'b', 'bs', 's', 'ss', 'ng', 'j', 'ch', 'k', 't', 'p', 'h']


def romanize(hangul):
    syl = []
    for ch in hangul:
        o = ord(ch) - 0xAC00
        if 0 <= o < 11172:
            syl.append((o // 588, (o % 588) // 28, o % 28))
        else:
            syl.append(ch)
    out = []
    for i, s in enumerate(syl):
        if isinstance(s, str):
            out.append(s)
            continue
        cho, jung, jong = s
        prev = syl[i - 1] if i > 0 and not isinstance(syl[i - 1], str) else None
        nxt = syl[i + 1] if i + 1 < len(syl) and not isinstance(syl[i + 1], str) else None
        c = CHO[cho]
        if prev is not None:
            pj = prev[2]
            if cho == 5:  # ㄹ initial
                if pj in (4, 8):  # ㄴ/ㄹ + ㄹ -> ll
                    c = 'l'
                elif pj in (16, 21, 1):  # ㅁ/ㅇ/ㄱ + ㄹ -> n
                    c = 'n'
            elif cho == 2 and pj == 8:  # ㄹ + ㄴ -> ll
                c = 'l'
            elif cho == 11:  # initial ㅇ: previous final already carried over
                c = ''
        f = ''
        if jong:
            if nxt is not None and nxt[0] == 11:
                f = JONG_V[jong]
            elif nxt is not None and nxt[0] == 5 and jong == 4:
                f = 'l'
            elif nxt is not None and nxt[0] == 5 and jong == 1:
                f = 'ng'
            elif nxt is not None and nxt[0] in (2, 6) and jong == 1:
                f = 'ng'
            else:
                f = JONG[jong]
        out.append(c + JUNG[jung] + f)
    return ''.join(out)
