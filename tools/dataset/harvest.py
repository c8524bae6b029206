"""Reading the harvest fact files (tools/dataset/harvest/*.tsv, see harvest/FORMAT.md) into the
register being re-keyed by rekey_register.py.  Python 3, standard library only.

The harvest writes a Chinese city as the page wrote it: in Chinese or Japanese characters
(大連市 / 大连市), in hangul -- either the Sino-Korean reading of the characters (북경시 = 北京市)
or the Korean transcription of the Mandarin sound (베이징시) -- or in Latin letters.  All four are
matched mechanically against cn-divisions: characters through Unihan variants, hangul through
Unihan's kHangul readings or through the pinyin -> hangul transcription table below, Latin letters
through pinyin.  A name that matches no place, or several, is not guessed: the row is left out
and listed in the decision log.
"""
import itertools
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


# ---------------------------------------------------------------------------------------------


def initial_sound_law(word):
    """두음법칙 on the first syllable of a Sino-Korean reading: 료 -> 요, 로 -> 노, 녀 -> 여."""
    o = ord(word[0]) - 0xAC00
    if not 0 <= o < 11172:
        return word
    cho, jung, jong = o // 588, (o % 588) // 28, o % 28
    iy = jung in (2, 3, 6, 7, 12, 17, 20)  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ
    if cho == 5:
        cho = 11 if iy else 2
    elif cho == 2 and iy:
        cho = 11
    return _syl(cho, jung, jong) + word[1:]


class ChineseNames:
    """Matches a Chinese place written in any script against cn-divisions (rekey_register.China)."""

    SUFFIX_KO = [('특별행정구', ''), ('자치구', ''), ('자치주', ''), ('신구', '新区'), ('시', '市'), ('성', '省'),
                 ('구', '区'), ('현', '县'), ('주', '州')]
    SUFFIX_EN = re.compile(r'\s+(city|gu|district|seong|province|county|new area)$', re.I)

    def __init__(self, cn, han, norm_latin=None, romanize=None):
        """norm_latin, romanize: rekey_register's compare-form of a Latin name and its Revised
        Romanization of hangul (passed in: that script imports this module)."""
        self.cn, self.han = cn, han
        self.norm_latin = norm_latin or (lambda s: re.sub(r'[^a-z]', '', s.lower()))
        self.romanize = romanize or (lambda s: s)
        self._ko = {}

    # -- hangul forms of a place's name stem
    def _variants(self, c):
        """c, its traditional forms and their semantic / z-variants (鎮 -> 鎭, which has kHangul)"""
        out = {c} | self.han.simp2trad.get(c, set())
        for t in list(out):
            v = self.han.V.get(t, {})
            for f in ('kSemanticVariant', 'kZVariant', 'kTraditionalVariant'):
                for x in v.get(f, '').split():
                    out.add(chr(int(x.split('<')[0][2:], 16)))
        return out

    def sino(self, s, limit=256):
        """Sino-Korean readings of a name in Chinese characters (慶州市 -> 경주시); other
        characters are kept.  Empty when a character has no kHangul reading."""
        parts = []
        for c in s:
            if not HAN.search(c):
                parts.append([c])
                continue
            rs = set()
            for t in self._variants(c):
                for tok in self.han.R.get(t, {}).get('kHangul', '').split():
                    rs.add(tok.split(':')[0])
            if not rs:
                return set()
            parts.append(sorted(rs))
        if len(list(itertools.islice(itertools.product(*parts), limit + 1))) > limit:
            return set()
        forms = {''.join(p) for p in itertools.product(*parts)}
        return forms | {initial_sound_law(f) for f in forms}

    def hangul_forms(self, key):
        if key in self._ko:
            return self._ko[key]
        name = self.cn.ent[key]['name']
        out = set()
        for s in {self.cn.stem(name), name}:
            sino = []
            for c in s:
                rs = set()
                for t in self._variants(c):
                    for tok in self.han.R.get(t, {}).get('kHangul', '').split():
                        rs.add(tok.split(':')[0])
                sino.append(sorted(rs))
            if all(sino) and len(list(itertools.islice(itertools.product(*sino), 257))) <= 256:
                forms = {''.join(p) for p in itertools.product(*sino)}
                out |= forms | {initial_sound_law(f) for f in forms}
            tr = []
            for c in s:
                rs = set()
                for py in self.han.readings(c):
                    rs |= pinyin_to_hangul(py)
                tr.append(sorted(rs))
            if all(tr) and len(list(itertools.islice(itertools.product(*tr), 1025))) <= 1024:
                out |= {''.join(p) for p in itertools.product(*tr)}
        self._ko[key] = out
        return out

    def _strip_ko(self, s):
        for suf, zh in self.SUFFIX_KO:
            if s.endswith(suf) and len(s) > len(suf):
                return s[:-len(suf)], zh
        return s, ''

    def _match_token(self, tok, keys):
        """One name (one script) among keys -> list of keys."""
        keys = list(keys)
        m = re.match(r'^([\uac00-\ud7a3]+)[\(（]([\uac00-\ud7a3]+)[\)）]([\uac00-\ud7a3]*)$', tok)
        if m:  # 보슈시(박주시), 창저우(상주)시: two hangul spellings of one name; both must agree
            r1 = self._match_token(m.group(1) + m.group(3), keys)
            r2 = self._match_token(m.group(2) + ('' if m.group(2)[-1] in '시구현성' else m.group(3)), keys)
            both = [k for k in r1 if k in r2]
            return both or (r1 if not r2 else r2 if not r1 else [])
        m = re.match(r'^(.*?)\s*[\(（]([\u3400-\u9fff]+)(?:\s+[\uac00-\ud7a3]+)?[\)）]\s*(.*)$', tok)
        if m:  # 옌지(延吉)시, 리청구(歷城), 칭다오(靑島 청도)시: the characters in brackets are the name
            suffix = self._strip_ko(m.group(1) + m.group(3))[1]
            tok = m.group(2) + ('' if m.group(2)[-1] in '市省区區県县' else suffix)
        m = re.match(r'^([\u3400-\u9fff]+)([\uac00-\ud7a3]+)$', tok)
        if m:  # 安陽시: characters with a hangul suffix
            tok = m.group(1) + self._strip_ko('가' + m.group(2))[1]
        if HAN.search(tok) and not HANGUL.search(tok):
            r = self.cn.match_ja(tok, keys)
            if not r:
                st = self.cn.stem(tok)
                r = [k for k in keys if self.han.name_eq(st, self.cn.stem(self.cn.ent[k]['name']))]
            return r
        if HANGUL.search(tok):
            s = tok.replace(' ', '')
            st, zh = self._strip_ko(s)
            r = [k for k in keys if st in self.hangul_forms(k) or s in self.hangul_forms(k)]
            if zh == '市':
                # 장수시 is a city (樟树市), not the province 江苏 whose reading it shares: a name
                # with 시 is a province only where the province itself is a 市 (상하이시)
                r = [k for k in r if self.cn.ent[k]['level'] != 'province' or self.cn.ent[k]['name'].endswith('市')]
            if len(r) > 1 and zh:
                lv = {'市': {'province', 'prefecture', 'county'}, '省': {'province'}, '区': {'district'},
                      '县': {'county'}, '新区': {'district', 'prefecture'}}.get(zh)
                r2 = [k for k in r if self.cn.ent[k]['level'] in lv] if lv else r
                r = r2 or r
            return r
        if LATIN.search(tok):
            t = re.sub(r'^(the\s+)?city\s+of\s+', '', tok.strip(), flags=re.I)  # "City of Shenzhen"
            t = re.sub(r'\s*\((former|province|city)\b[^)]*\)', '', t, flags=re.I)  # "(former Shanghai County)"
            # a province by its exonym (Shaanxi, not Shanxi: project-exonyms' English name)
            bare = self.norm_latin(re.sub(r'\s+(province|autonomous region)$', '', t, flags=re.I))
            r = [k for k in keys if self.cn.ent[k]['level'] == 'province' and bare in
                 {self.norm_latin(x) for x in self.cn.ref.ex[self.cn.ent[k]['div']]['name_en'].split('|') if x}]
            if len(r) == 1:
                return r
            alias = self.cn.alias.get(self.norm_latin(t))
            if alias:  # conventional names (Harbin, Qiqihar) from project-exonyms
                r = [k for k in keys if self.cn.ent[k]['name'] == alias]
                if r:
                    return r
            n = self.SUFFIX_EN.sub('', t)
            n = re.sub(r'[^A-Za-z]', '', n).lower()
            r = self.cn.by_pinyin(n, keys) if n else []
            m = re.match(r'^([A-Za-z]+)\s+(gu|si|gun|hyeon|seong)\b', t)
            if not r and m and len(keys) <= 400:
                # a Korean page romanising the Sino-Korean reading (Pungdae gu = 풍대구 = 豐臺/丰台区)
                n = m.group(1).lower()
                r = [k for k in keys if n in {self.romanize(f) for f in self.sino_forms(k)}]
            return r
        return []

    def sino_forms(self, key):
        """Sino-Korean readings (hangul) of a place's name stem"""
        return self.sino(self.cn.stem(self.cn.ent[key]['name']), limit=64)

    def province(self, raw):
        """-> GB 2-digit province code, or None"""
        s = (raw or '').strip()
        if not s:
            return None
        keys = list(self.cn.keys_in(levels={'province'}))
        if HAN.search(s) and not HANGUL.search(s):
            p = self.cn.province_ja(s)
            if p:
                return p
        r = self._match_token(s, keys)
        return self.cn.ent[r[0]]['prov'] if len(r) == 1 else None

    def resolve(self, raw, prov_raw):
        """-> (key or None, why-not)"""
        prov = self.province(prov_raw)
        s = re.sub(r',?\s*China$', '', raw.strip())
        s = re.sub(r'\s+([\(（])', r'\1', s)  # "옌청시 (盐城)": the bracket belongs to the name before it
        s = re.sub(r'[\(（]page:[^)）]*[\)）]', '', s).strip()  # "盐城市 (page: 我市; 盐城)": a harvest remark
        m = re.match(r'^(.*?)[\(（]\s*([\uac00-\ud7a3\s]+?)에\s*통합\s*[\)）]$', s)
        if m:  # "자오난시 (칭다오시 황다오구에 통합)": the page names the successor it merged into
            s = m.group(2).strip()
        if not HANGUL.search(s) and not LATIN.search(s):
            # "大連市 金州区": a space between two names in characters is not part of either
            s = re.sub(r'(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])', '', s)
            # "(現 X)": the page names the place's present name, which keys it (as in the shared facts)
            m = re.match(r'^(.*?)\s*[\(（]\s*現\s*(.*?)[\)）]\s*$', s)
            if m:
                outer, inner = m.group(1), m.group(2)
                s = (outer[:outer.index('市') + 1] + inner
                     if '市' in outer[:-1] and '市' not in inner[:-1] and not inner.endswith('市') else inner)
            # a remark in brackets ("宣城市 (旧宣州市)": the former name) is not part of the name
            s = re.sub(r'\s*[\(（][^)）]*[\)）]\s*$', '', s).strip()
            s = self.cn.alias.get(s, s)
            key = self.cn._resolve(s, prov, '', [])
            if not key and not re.search(r'([市省区县旗盟]|自治州)$', self.han.to_simplified(s) or s):
                # 瀋陽, 重慶, 成都, 福州: a city named without 市 (with no province stated, only
                # where exactly one place of cn-divisions has that name: _resolve never guesses)
                key = self.cn._resolve(s + '市', prov, '', [])
            if not key and (self.han.to_simplified(s) or s).endswith('州') and not s.endswith('自治州'):
                # 大理州, 黔南州: an autonomous prefecture by its short name (stem + 州)
                st = (self.han.to_simplified(s) or s)[:-1]
                hits = [k for k in self.cn.keys_in(prov=prov, levels={'prefecture'})
                        if self.cn.ent[k]['name'].startswith(st) and self.cn.ent[k]['name'].endswith('自治州')]
                if len(hits) == 1:
                    key = self.cn.place(hits[0])
            if not key and prov:
                # 荆州洪湖市: a county-level city after its prefecture-level city written without 市
                for i in range(2, len(s) - 1):
                    head = self.cn.match_ja(s[:i] + '市', self.cn.keys_in(prov=prov, levels={'prefecture'}))
                    if len(head) == 1:
                        r = self.cn.match_ja(s[i:], self.cn.descendants(head[0]))
                        if len(r) == 1:
                            key = self.cn.place(r[0])
                            break
            if key:
                return key, ''
            return None, 'no single match in cn-divisions%s' % ('' if prov else ' (province not stated or not matched)')
        if LATIN.search(s) and not HANGUL.search(s):
            m = re.search(r'[\(（]([\u3400-\u9fff]+)[\)）]', s)
            if m:
                return self.resolve(m.group(1), prov_raw)
            parts = [p.strip() for p in s.split(',') if p.strip()]
            tokens = list(reversed(parts))  # "Yiwu, Zhejiang" -> Zhejiang, Yiwu
        else:
            tokens = [t for t in re.split(r'\s+(?![^(]*\))', s) if t]
        scope = list(self.cn.keys_in(prov=prov))
        key = None
        for i, tok in enumerate(tokens):
            last = i == len(tokens) - 1
            if key is None:
                levels = ({'province', 'prefecture', 'county', 'district'} if last
                          else {'province', 'prefecture', 'county'})
                cands = [k for k in scope if self.cn.ent[k]['level'] in levels]
            elif self.cn.ent[key]['level'] == 'province':
                cands = [k for k in self.cn.keys_in(prov=self.cn.ent[key]['prov']) if k != key]
            else:
                cands = self.cn.descendants(key)
            r = self._match_token(tok, cands)
            if len(r) != 1 and key is None and last:
                # prefer the prefecture-level city to a county or district of the same reading
                r = [k for k in r if self.cn.ent[k]['level'] in ('province', 'prefecture')] or r
            if len(r) != 1:
                if key is not None and not last:
                    continue
                return None, '%s: %s' % (tok, 'ambiguous' if r else 'no match in cn-divisions')
            if key is not None and self.cn.ent[r[0]]['level'] == 'province':
                continue
            key = r[0]
        if key is None:
            return None, 'no name'
        return self.cn.place(key), ''


# ---------------------------------------------------------------------------------------------
# Korean and Japanese sides


def _kr_stem(kr, s):
    return kr.stem(s) if HANGUL.search(s) else s


def _kr_div_latin(ref, code, names=None):
    """Compare-forms of a first-level division's Latin names: its English names from
    project-exonyms and the Revised Romanization of its hangul names (Jeollabuk-do is 전라북도,
    Gyeongsangnam-do is 경상남도: the official list's own name, romanized, not a guess)."""
    ex = ref.ex[code]
    out = {re.sub(r'[^a-z]', '', x.lower()) for x in ex['name_en'].split('|') if x}
    if names is not None:
        for ko in [ex['name_ko']] + [a for a in ex['aliases'].split('|') if HANGUL.search(a)]:
            out.add(re.sub(r'[^a-z]', '', names.romanize(ko).lower()))
    return out


def resolve_kr(kr, ref, reg, div_raw, city_raw, src, names=None):
    """-> (key or None, why-not).  Hangul names go through Korea.resolve (which creates the city);
    a name in Latin letters or in Chinese characters is only matched to a Korean place already
    known in hangul (the Sino-Korean reading of 慶州市 is 경주시), never given a hangul name of
    its own."""
    div = re.sub(r'\s*\([^)]*\.[^)]*\)', '', (div_raw or '').strip())   # "(daegu.go.kr)"
    city = re.sub(r'\s*\([^)]*\.[^)]*\)', '', (city_raw or '').strip())
    m = re.match(r'^[A-Za-z\s.-]+[\(（]([\uac00-\ud7a3\s]+)[\)）]$', city)
    if m:  # "Yeonje (연제구)": the page gives the hangul in brackets
        city = m.group(1).strip()
    city = re.sub(r'\s*[\(（][^)）]*[A-Za-z\u30a0-\u30ff][^)）]*[\)）]', '', city)  # "(Gangnam District)", "(キョンジュ)"
    div = re.sub(r',\s*Korea$', '', div)
    code = ref.kr_alias.get(div)
    if code is None and names and HAN.search(div) and not HANGUL.search(div):
        readings = names.sino(div)
        hits = sorted({c for a, c in ref.kr_alias.items() if a in readings} |
                      {c for c, r in ref.kr_div.items() if div in (r['name_ja'], r['name_zh'])
                       or names.han.name_eq(div, r['name_zh'])})
        code = hits[0] if len(hits) == 1 else None
    if code is None and div and HAN.search(div) and not HANGUL.search(div):
        # 首尔市 for 首尔特别市: the same name without its kind of division
        bare = re.compile(r'(特别自治道|特別自治道|特别自治市|特別自治市|特别市|特別市|广域市|広域市|市)$')
        hits = sorted(c for c, r in ref.kr_div.items()
                      if bare.sub('', div) in (bare.sub('', r['name_zh']), bare.sub('', r['name_ja'])))
        code = hits[0] if len(hits) == 1 else None
    if HAN.search(city) and not HANGUL.search(city):
        # a first-level division in its Japanese or Chinese form (ソウル特別市, 慶尚南道)
        hits = sorted(c for c, r in ref.kr_div.items() if city in (r['name_ja'], r['name_zh']))
        if len(hits) == 1 and (code is None or hits[0] == code):
            return kr.place_div(hits[0]), ''
    if names and HAN.search(city) and not HANGUL.search(city):
        readings = names.sino(city)
        # 釜山市, 仁川市: the Sino-Korean reading names a metropolitan city by its stem (부산시 ->
        # 부산광역시); 濟州市 is the city inside 제주특별자치도, not the province
        stems = {_kr_stem(kr, x) for x in readings if x.endswith('시') and not x.endswith(('구', '군'))}
        hits = sorted(c for c, r in ref.kr_div.items() if r['name_ko'].endswith('광역시')
                      and _kr_stem(kr, r['name_ko']) in stems and (code is None or c == code))
        if len(hits) == 1:
            return kr.place_div(hits[0]), ''
        hits = sorted({c for a, c in ref.kr_alias.items() if a in readings and (code is None or c == code)})
        if len(hits) == 1:
            return kr.place_div(hits[0]), ''
        if code is None:
            return None, 'Korean province %r not stated or not recognised' % div_raw
        cands = sorted(k for k, c in reg.cities.items() if c['country'] == 'KR' and c['division'] == code
                       and c['name_ko'] and c['name_ko'] in readings)
        if len(cands) == 1:
            return cands[0], ''
        return None, '%s: %s' % (city_raw, 'ambiguous' if cands else 'no place of that Sino-Korean reading known in hangul')
    if code is None and div:
        n = re.sub(r'[^a-z]', '', div.lower())
        hits = [c for c, r in ref.kr_div.items() if n in _kr_div_latin(ref, c, names)
                or n == re.sub(r'[^a-z]', '', r['name_ko'])]
        code = hits[0] if len(hits) == 1 else None
    # the city names a first-level division itself (서울시 in 서울특별시, 인천시, Daegu)
    if HANGUL.search(city):
        st = _kr_stem(kr, city)
        # (제주시 is a city inside 제주특별자치도, not the province itself)
        hits = [c for c, r in ref.kr_div.items() if _kr_stem(kr, r['name_ko']) == st
                and (code is None or c == code) and not city.endswith(('구', '군'))
                and not (c == 'KR-49' and city.endswith('시'))]
        if len(hits) == 1 and (city.endswith('시') or city.endswith('도') or city == st):
            return kr.place_div(hits[0]), ''
    else:
        n = re.sub(r'[^a-z]', '', city.lower())
        hits = [c for c, r in ref.kr_div.items() if n in _kr_div_latin(ref, c, names)]
        if len(hits) == 1 and (code is None or hits[0] == code):
            return kr.place_div(hits[0]), ''
    if code is None:
        return None, 'Korean province %r not stated or not recognised' % div_raw
    if HANGUL.search(city) and not LATIN.search(city):
        try:
            return kr.resolve(ref.ex[code]['name_ko'], city, src)[0], ''
        except SystemExit as e:
            return None, str(e)
    # Latin letters: a place of this province already known by its hangul name
    m = re.match(r'^(.*?)[\s-]*(gu|gun|si|city|county|district)?$', city.strip(), re.I)
    stem = re.sub(r'[^a-z]', '', (m.group(1) if m else city).lower())
    tag = (m.group(2) or '').lower() if m else ''
    tag = {'city': 'si', 'county': 'gun', 'district': 'gu'}.get(tag, tag)
    cands = [k for k, f in sorted(kr.known.items()) if stem in f and reg.cities.get(k, {}).get('division') == code
             and (not tag or k.endswith('-' + tag))]
    if len(cands) == 1:
        return cands[0], ''
    return None, '%s: %s' % (city_raw, 'ambiguous' if cands else 'no place of that romanization known in hangul')


def resolve_jp(jp, ref, pref_ja, muni, han=None):
    """-> (key or None, why-not, note).  Names in hangul go through their romaji; names in
    simplified characters (新潟县) through Unihan variants."""
    pref = re.sub(r'[\(（].*?[\)）]', '', (pref_ja or '').strip())
    muni = muni.strip()
    m = re.search(r'[\(（]([\u3400-\u9fff\u3040-\u30ff]+)[\)）]', muni)
    if m and LATIN.search(muni):  # "Toda (戸田市)": the Japanese name in brackets
        muni = m.group(1)
    elif LATIN.search(muni) and not HAN.search(muni) and not HANGUL.search(muni):
        # a romaji name: a municipality of the stated prefecture whose English name it is
        n = re.sub(r'[^a-z]', '', strip_long(re.sub(r'\s*\(.*?\)|\s+City$', '', muni)))
        pid = jp.pref_by_ja.get(pref)
        hits = [k for k, r in ref.jp_muni.items() if (not pid or r['prefecture_id'] == pid)
                and not r['special_district_ja']
                and strip_long(re.sub(r'\s*\(.*?\)$', '', r['city_en'].split(',')[0])) == n]
        if len(hits) != 1:
            return None, '%s: %s' % (muni, 'ambiguous' if hits else 'no municipality of that romaji name'), ''
        return jp.place(hits[0]), '', 'Japanese name written in Latin letters on the page'
    if pref and pref not in jp.pref_by_ja:
        if HANGUL.search(pref):
            hits = jp_hangul_candidates(ref, pref, prefecture=True)
        elif han:
            hits = [('p', p) for p, r in ref.jp_pref.items() if han.name_eq(pref, r['prefecture_ja'])]
        else:
            hits = []
        if len(hits) != 1:
            return None, 'prefecture %r not matched' % pref_ja, ''
        pref = ref.jp_pref[hits[0][1]]['prefecture_ja']
    if HANGUL.search(muni):
        pid = jp.pref_by_ja.get(pref)
        if pref and (muni == pref_ja.strip() or jp_hangul_candidates(ref, muni, prefecture=True) == [('p', pid)]):
            return jp.place_pref(pid), '', ''
        hits = jp_hangul_candidates(ref, muni, pid)
        if not pid:
            hits = [h for h in hits if h[0] == 'm'] or hits
        if len(hits) != 1:
            return None, '%s: %s' % (muni, 'ambiguous' if hits else 'no municipality whose romaji reads so'), ''
        t, k = hits[0]
        return (jp.place_pref(k) if t == 'p' else jp.place(k)), '', 'Japanese name written in hangul on the page'
    if han and HAN.search(muni) and pref:
        pid = jp.pref_by_ja.get(pref)
        plain = re.sub(r'\s*[\(（].*?[\)）]\s*$', '', muni)
        if plain not in [r['city_ja'] + r['special_district_ja'] for r in ref.jp_muni.values()] and plain != pref:
            hits = [k for k, r in ref.jp_muni.items() if r['prefecture_id'] == pid and not r['special_district_ja']
                    and han.name_eq(plain, r['city_ja'])]
            if len(hits) == 1:
                muni = ref.jp_muni[hits[0]]['city_ja']
    if not pref:
        s = re.sub(r'\s*[\(（].*?[\)）]\s*$', '', muni.strip())
        hits = [k for k, r in ref.jp_muni.items() if r['city_ja'] + r['special_district_ja'] == s]
        if len(hits) != 1:
            return None, '%s: prefecture not stated and the name is %s' % (muni, 'ambiguous' if hits else 'unknown'), ''
        pref = ref.jp_pref[ref.jp_muni[hits[0]]['prefecture_id']]['prefecture_ja']
    try:
        key, _, note = jp.resolve_ja(pref, muni)
    except SystemExit as e:
        return None, str(e), ''
    return key, '', note


# ---------------------------------------------------------------------------------------------


COLUMNS = ('country_a division_a city_a country_b division_b city_b date date_precision relation status '
           'status_date successor source_url source_title quote').split()
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')


def url_and_date(r):
    """The row's source URL and date, and why the row is left out ('' when it is not)."""
    url, date = r['source_url'].strip(), r['date'].strip()
    if not url.startswith('http'):
        return url, date, 'no source URL'
    if date and not DATE.match(date):
        return url, date, 'date %r is not YYYY[-MM[-DD]]' % date
    return url, date, ''


def relation_of(ctx, r, url, date):
    """The row's relation wording, classified, with the date and its strength and basis. A year
    computed from "the Nth anniversary in year Y" is weaker than any stated date."""
    rel = r['relation'].strip()
    strength = ctx['strength'](url)
    basis = ''
    if rel.lower().startswith('anniversary:'):
        cls = ctx['classify'](re.sub(r'\d*\s*(周年|주년|anniversary)', '', rel[len('anniversary:'):]))
        cls = cls if cls[0] == 'establish' else ('establish', '', 2)
        date, strength = date[:4], 0.5
        basis = 'year derived from an anniversary statement on the page (weaker than a stated date)'
    else:
        cls = ctx['classify'](rel)
    return rel, cls, date, strength, basis


def add_harvest(folder, ctx):
    """Adds every row of folder/{cn-jp,cn-kr,jp-kr}.tsv as an event.  ctx: dict with reg, ref, cn,
    jp, kr, names (ChineseNames), read_tsv, add_event, source_for_url, strength, classify, log."""
    import os
    reg, ref, jp, kr, names, log = ctx['reg'], ctx['ref'], ctx['jp'], ctx['kr'], ctx['names'], ctx['log']
    used = 0
    items = []
    for fname in ('cn-jp.tsv', 'cn-kr.tsv', 'jp-kr.tsv'):
        path = os.path.join(folder, fname)
        if os.path.exists(path):
            items += [(fname, i, r) for i, r in enumerate(ctx['read_tsv'](path), 2)]
    # A Korean place written in Chinese characters or Latin letters is matched only to a place some
    # row names in hangul; such rows wait for a second pass, so that the order of the files does not
    # decide whether a row is kept.
    deferred = []
    for final in (False, True):
        todo, deferred = (deferred if final else items), []
        for fname, i, r in todo:
            origin = 'harvest/%s:%d' % (fname, i)
            url, date, bad = url_and_date(r)
            if bad:
                log('harvest_left_out', '%s — %s' % (origin, bad))
                continue
            sk = ctx['source_for_url'](reg, url, title=r['source_title'].strip())
            why = ''
            if r['country_a'] == 'CN':
                a, why = names.resolve(r['city_a'], r['division_a'])
            else:
                a, why, _ = resolve_jp(jp, ref, r['division_a'], r['city_a'], names.han)
            note = ''
            if a:
                if r['country_b'] == 'JP':
                    b, why, note = resolve_jp(jp, ref, r['division_b'], r['city_b'], names.han)
                elif r['country_b'] == 'KR':
                    b, why = resolve_kr(kr, ref, reg, r['division_b'], r['city_b'], sk, names)
                else:
                    b, why = None, 'partner country %r' % r['country_b']
            if (not a or not b) and not final and 'known in hangul' in (why or ''):
                deferred.append((fname, i, r))
                continue
            if not a or not b:
                log('harvest_left_out', '%s — %s %s / %s %s: %s' % (origin, r['division_a'], r['city_a'],
                                                                   r['division_b'], r['city_b'], why))
                continue
            rel, cls, date, strength, basis = relation_of(ctx, r, url, date)
            ev = dict(src=sk, date=date, rel=rel or 'pair listed (no wording given)', cls=cls, strength=strength,
                      basis=basis, note=note, origin=origin, quote=r['quote'])
            st = r['status'].strip()
            if st == 'renamed' and r['country_a'] == 'CN' and r['successor'].strip() and '통합' in r['city_a']:
                # the row names the place it merged into, and the pair is keyed by it (자오난시 → 황다오구)
                ev['note'] = '; '.join(x for x in (note, 'signed with %s, since merged into %s (%s)' % (
                    r['city_a'].split('(')[0].strip(), r['successor'].strip(), r['status_date'].strip())) if x)
                st = ''
            if st and st != 'active':
                succ = ''
                if r['successor'].strip():
                    side_country = r['country_b']
                    if side_country == 'JP':
                        succ = resolve_jp(jp, ref, r['division_b'], r['successor'], names.han)[0] or ''
                    elif side_country == 'KR':
                        succ = resolve_kr(kr, ref, reg, r['division_b'], r['successor'], sk, names)[0] or ''
                ev['status'] = (st, r['status_date'].strip() if DATE.match(r['status_date'].strip()) else '', succ, sk)
            ctx['add_event'](a, b, **ev)
            used += 1
    return used


def _foreign_forms(name, page=False):
    """compare-forms of a foreign city's name: the whole name and the part before a comma or a
    bracket ("Sacramento, California", "Vienna (Austria)"), letters only, no accents; for the
    page's name (page=True) also without a trailing kind of unit ("Gisborne District", "Mombasa
    County": the list writes Gisborne, Mombasa)"""
    import unicodedata
    out = set()
    parts = [name, re.split(r'[,(]', name)[0]]
    if page:
        parts.append(re.sub(r'\s+(city|district|county|municipality|shire|region)$', '', parts[1].strip(), flags=re.I))
    for part in parts:
        # letters NFKD does not split (Łódź, Tromsø)
        part = part.translate(str.maketrans({'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ı': 'i',
                                             'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe'}))
        t = unicodedata.normalize('NFKD', part)
        t = ''.join(c for c in t if not unicodedata.combining(c)).lower()
        t = re.sub(r'^(city|town|municipality|county|state|province) of\s+', '', t.strip())
        t = re.sub(r'^st\.?\s', 'saint ', t)
        t = re.sub(r'[^a-z]', '', t)
        if t:
            out.add(t)
    return out


def add_world(folder, ctx):
    """Adds every row of folder/cn-world.tsv (China and a country other than Japan and Korea) as an
    event.  Read after the Wikipedia list: the foreign city is the one the register already has under
    that exact name in that country (the list's spelling, compared letter for letter without accents,
    also by the part before a comma); a city the register does not have is added under the page's
    name.  The Chinese city is matched to cn-divisions like any harvest row.  Returns rows used."""
    import os
    reg, names, log = ctx['reg'], ctx['names'], ctx['log']
    path = os.path.join(folder, 'cn-world.tsv')
    if not os.path.exists(path):
        return 0
    used = 0
    for i, r in enumerate(ctx['read_tsv'](path), 2):
        origin = 'harvest/cn-world.tsv:%d' % i
        cc = r['country_b'].strip().upper()
        url, date, bad = url_and_date(r)
        if bad:
            log('harvest_left_out', '%s — %s' % (origin, bad))
            continue
        if r['country_a'] != 'CN' or cc in ('CN', 'JP', 'KR', 'KP', 'TW') or not re.match(r'^[A-Z]{2}$', cc):
            log('harvest_left_out', '%s — country pair %s-%s is not China and a third country' % (origin, r['country_a'], cc))
            continue
        if cc not in ctx['countries']:
            log('harvest_left_out', '%s — country %s has no CLDR name' % (origin, cc))
            continue
        a, why = names.resolve(r['city_a'], r['division_a'])
        if not a:
            log('harvest_left_out', '%s — %s %s / %s %s: %s' % (origin, r['division_a'], r['city_a'], cc, r['city_b'], why))
            continue
        forms = _foreign_forms(r['city_b'], page=True)
        hits = sorted(k for k, c in reg.cities.items() if c['country'] == cc
                      and (_foreign_forms(c['name_en'] or c['name_native']) & forms))
        if len(hits) > 1:
            # several places of that name in the country: the one already paired with this Chinese city
            paired = [k for k in hits if (a, k) in ctx['events']]
            hits = paired if len(paired) == 1 else hits
        if len(hits) > 1:
            log('harvest_left_out', '%s — %s / %s %s: ambiguous: %s' % (origin, r['city_a'], cc, r['city_b'], ', '.join(hits)))
            continue
        near = sorted(k for (x, k) in ctx['events'] if x == a and reg.cities.get(k, {}).get('country') == cc
                      and k not in hits and any(f[:4] == g[:4] for f in forms for g in
                                                _foreign_forms(reg.cities[k]['name_en'] or reg.cities[k]['name_native'])))
        if hits and (a, hits[0]) not in ctx['events'] and near:
            # "Prato" is a city the register has, but this Chinese city's partner there is "Prato
            # Province": which one the page means is not said
            log('harvest_left_out', '%s — %s / %s %s: the register has %s, but this city\'s partner there is %s' % (
                origin, r['city_a'], cc, r['city_b'], hits[0], ', '.join(near)))
            continue
        if hits:
            b = hits[0]
        else:
            # a city the register lacks: not when this Chinese city already has a partner in that
            # country whose name begins alike (Milano / Milan: another spelling, not another city)
            near = sorted(k for (x, k) in ctx['events'] if x == a and reg.cities.get(k, {}).get('country') == cc
                          and any(f[:4] == g[:4] for f in forms
                                  for g in _foreign_forms(reg.cities[k]['name_en'] or reg.cities[k]['name_native'])))
            if near:
                log('harvest_left_out', '%s — %s / %s %s: not in the register under this spelling; perhaps %s' % (
                    origin, r['city_a'], cc, r['city_b'], ', '.join(near)))
                continue
            b = '%s-%s' % (cc, ctx['slug'](r['city_b']))
            if b in reg.cities and reg.cities[b]['country'] != cc:
                log('harvest_left_out', '%s — key %s taken' % (origin, b))
                continue
            sk = ctx['source_for_url'](reg, url, title=r['source_title'].strip())
            reg.city(b, country=cc, level='other', name_native=r['city_b'].strip(), name_en=r['city_b'].strip(),
                     source_key=sk)
            log('world_new_city', '%s — %s (%s): not in the register; added under the page\'s name' % (origin, r['city_b'], cc))
        sk = ctx['source_for_url'](reg, url, title=r['source_title'].strip())
        rel, cls, date, strength, basis = relation_of(ctx, r, url, date)
        # Wikipedia's bare "Fuzhou" / "Suzhou" with this partner: the page names the province, which
        # places the city (the list's pair is this pair)
        for (x, y) in sorted(k for k in ctx['events'] if k[1] == b and k[0].endswith('-ambiguous')):
            if a in re.findall(r'CN-\d+', reg.unplaced.get(x, '')):
                ctx['events'][(a, b)].extend(ctx['events'].pop((x, y)))
                log('world_placed', '%s — %s:%s is %s:%s (%s %s, as the page states)' % (
                    origin, x, y, a, b, r['division_a'] or '', r['city_a']))
        # Wikipedia's "Dali Bai" that matched no place, with this same partner: the page's place is
        # that city when the list's letters are the beginning of its name's reading (dalibai... of
        # 大理白族自治州); the list's pair is this pair, not a second one
        for (x, y) in sorted(k for k in ctx['events'] if k[1] == b and k[0] in reg.unplaced
                             and not k[0].endswith('-ambiguous') and k[0].startswith('CN-')
                             and 'no match in cn-divisions' in reg.unplaced[k[0]]):
            en = re.sub(r'[^a-z]', '', names.norm_latin(reg.cities.get(x, {}).get('name_en', '')))
            if len(en) >= 5 and a in names.cn.ent and any(p.startswith(en) for p in names.cn.pinyin(a)):
                ctx['events'][(a, b)].extend(ctx['events'].pop((x, y)))
                log('world_placed', '%s — %s:%s is %s:%s (%s %s, as the page states; the list writes %s)' % (
                    origin, x, y, a, b, r['division_a'] or '', r['city_a'], reg.cities[x].get('name_en', '')))
        if (a, b) not in ctx['events']:
            log('world_new_pair', '%s — %s / %s (%s): a pair the Wikipedia list lacks' % (origin, r['city_a'], r['city_b'], cc))
        ev = dict(src=sk, date=date, rel=rel or 'pair listed (no wording given)', cls=cls, strength=strength,
                  basis=basis, note='', origin=origin, quote=r['quote'])
        st = r['status'].strip()
        if st in ('suspended', 'dissolved'):
            # what the page states about the pair's end ("In 1999, Greater Toronto terminated its relations")
            sd = r['status_date'].strip()
            ev['status'] = (st, sd if DATE.match(sd) else '', '', sk)
        ctx['add_event'](a, b, **ev)
        used += 1
    return used


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
