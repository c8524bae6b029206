"""Japanese places: matching names to jp-municipalities inside the stated prefecture."""

import collections
import re

from .common import h, norm_latin, split_dash


# ---------------------------------------------------------------------------------------------
# Japanese places


class Japan:
    def __init__(self, ref, reg, han):
        self.ref, self.reg, self.han = ref, reg, han
        self.by_pref = collections.defaultdict(list)
        for k, r in ref.jp_muni.items():
            self.by_pref[r['prefecture_id']].append(k)
        self.pref_by_ja = {r['prefecture_ja']: p for p, r in ref.jp_pref.items()}

    def place_pref(self, p):
        r = self.ref.jp_pref[p]
        key = 'JP-%s000' % p
        self.reg.city(key, country='JP', division='JP-' + p, level='province', name_native=r['prefecture_ja'],
                      name_ja=r['prefecture_ja'], name_en=r['prefecture_en'],
                      name_zh=self.ref.jp_zh[p], source_key='jp-municipalities')
        return key

    def place(self, code):
        r = self.ref.jp_muni[code]
        ja = r['city_ja'] + r['special_district_ja']
        parent = ''
        level = 'municipality'
        if r['special_district_ja']:
            level = 'district'
            pc = [k for k in self.by_pref[r['prefecture_id']]
                  if self.ref.jp_muni[k]['city_ja'] == r['city_ja'] and not self.ref.jp_muni[k]['special_district_ja']]
            if len(pc) == 1:
                parent = 'JP-' + pc[0]
                self.place(pc[0])
        key = 'JP-' + code
        self.reg.city(key, country='JP', division='JP-' + r['prefecture_id'], parent_key=parent, level=level,
                      name_native=ja, name_ja=ja, name_en=r['city_en'], name_zh=self.han.to_simplified(ja),
                      source_key='jp-municipalities')
        return key

    def resolve_ja(self, pref_ja, muni):
        p = self.pref_by_ja.get(pref_ja.strip())
        if p is None:
            raise SystemExit('unknown prefecture %r' % pref_ja)
        s = muni.strip()
        note = []
        s = re.sub(r'\s*\((prefecture|page context)\)\s*$', '', s)
        m = re.match(r'^(.*?)\s*[\(（]\s*(現|旧|当時)\s*(.*?)[\)）]\s*$', s)
        if m:
            outer, tag, inner = m.group(1), m.group(2), m.group(3)
            if tag == '現':
                note.append('signed as %s, now %s' % (outer, inner))
                s = inner
                # "中巨摩郡11町村 (現 南アルプス市ほか)": the page is 南アルプス市's own; the pair is its
                # (the other successors are not named, so they get no pair from this row)
                if s.endswith('ほか') and any(self.ref.jp_muni[k]['city_ja'] == s[:-2] for k in self.by_pref[p]):
                    s = s[:-2]
            else:
                note.append('%s (%s%s)' % (outer, tag, inner))
                s = outer
        if s == pref_ja.strip():
            return self.place_pref(p), s, '; '.join(note)
        r = [k for k in self.by_pref[p]
             if self.ref.jp_muni[k]['city_ja'] + self.ref.jp_muni[k]['special_district_ja'] == s]
        if len(r) == 1:
            return self.place(r[0]), s, '; '.join(note)
        key = 'JP-%s-%s' % (p, h(s, 6))
        self.reg.city(key, country='JP', division='JP-' + p, level='municipality', name_native=s, name_ja=s,
                      name_zh=self.han.to_simplified(s), source_key='')
        self.reg.unplaced[key] = '%s (%s): not in municipalities-2024 (former municipality?); prefecture as the source states' % (s, pref_ja)
        note.append('not matched to a JIS code')
        return key, s, '; '.join(note)

    def resolve_en(self, raw):
        parent, s = split_dash(raw.strip())
        n = norm_latin(s)
        cand = []
        for k, r in sorted(self.ref.jp_muni.items()):
            if parent and norm_latin(r['city_en'].split(',')[-1]) != norm_latin(parent) and \
                    norm_latin(self.ref.jp_pref[r['prefecture_id']]['prefecture_en']) != norm_latin(parent):
                continue
            if norm_latin(r['city_en']) == n:
                cand.append(('exact', k))
            elif norm_latin(r['city_en'].split(',')[0]) == n:
                cand.append(('base', k))
        ex = [('m', k) for t, k in cand if t == 'exact']
        if parent is None and s.endswith(' Prefecture'):
            return [('p', p) for p, r in sorted(self.ref.jp_pref.items())
                    if norm_latin(re.sub(r' Prefecture$', '', r['prefecture_en'])) == norm_latin(s[:-len(' Prefecture')])]
        prefs = [('p', p) for p, r in sorted(self.ref.jp_pref.items())
                 if not parent and (norm_latin(r['prefecture_en']) == n or norm_latin(re.sub(r' Prefecture$', '', r['prefecture_en'])) == n)]
        exact_pref = [('p', p) for p, r in sorted(self.ref.jp_pref.items()) if not parent and norm_latin(r['prefecture_en']) == n]
        if ex:
            return ex
        # a bare name is never the prefecture when a city of that name exists ("Niigata (city)")
        city_of_name = [('m', k) for k, r in sorted(self.ref.jp_muni.items())
                        if not parent and not r['special_district_ja'] and norm_latin(re.sub(r' \(city\)$', '', r['city_en'])) == n]
        if city_of_name:
            return city_of_name
        if exact_pref:
            return exact_pref
        base = [('m', k) for t, k in cand if t == 'base']
        # "Kusatsu, Shiga": the part after the comma names the prefecture
        if not base and ',' in s:
            b, q = [x.strip() for x in s.split(',', 1)]
            base = [('m', k) for k, r in sorted(self.ref.jp_muni.items())
                    if norm_latin(r['city_en'].split(',')[0]) == norm_latin(b) and not r['special_district_ja']
                    and norm_latin(re.sub(r' Prefecture$', '', self.ref.jp_pref[r['prefecture_id']]['prefecture_en'])) == norm_latin(q)]
        # designated-city wards never match a bare name
        base = [x for x in base if not self.ref.jp_muni[x[1]]['special_district_ja'] or parent]
        return base + prefs

    def key_of(self, c):
        t, k = c
        return 'JP-%s000' % k if t == 'p' else 'JP-' + k

    def place_cand(self, c):
        t, k = c
        return self.place_pref(k) if t == 'p' else self.place(k)
