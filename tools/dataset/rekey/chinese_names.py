"""A Chinese city written in any script (characters, hangul, Latin letters) matched against cn-divisions."""

import itertools
import re

from .hangul_pinyin import HAN, HANGUL, LATIN, _syl, pinyin_to_hangul


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
