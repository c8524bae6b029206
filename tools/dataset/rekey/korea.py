"""Korean places: keyed by Revised Romanization; Wikipedia names matched against it."""

import re

from .common import norm_latin, slug, split_dash_then_paren
from .romanize import romanize


# ---------------------------------------------------------------------------------------------
# Korean places


KR_SUFFIX = [('특별자치시', ''), ('특별자치도', ''), ('특별시', ''), ('광역시', ''), ('특례시', 'si'), ('시', 'si'), ('군', 'gun'),
             ('구', 'gu'), ('도', 'do')]


class Korea:
    def __init__(self, ref, reg):
        self.ref, self.reg = ref, reg
        self.known = {}  # key -> set of compare-forms (RR stems)

    def add_places(self):
        """Korean places a Wikipedia name would otherwise leave without hangul: the hangul name and the
        first-level division from a stored page cited in exonyms.tsv (kind 'kr-place'), keyed as a
        harvested page naming the place would key it."""
        for k, r in sorted(self.ref.ex.items()):
            if r['kind'] == 'kr-place':
                self.resolve(self.ref.ex[r['city_key']]['name_ko'], r['name_ko'], 'project-exonyms')

    def div_key(self, code):
        return self.ref.ex[code]['city_key']

    def place_div(self, code, src=''):
        r = self.ref.ex[code]
        key = r['city_key']
        self.reg.city(key, country='KR', division=code, level='province', name_native=r['name_ko'],
                      name_ko=r['name_ko'], name_ja=r['name_ja'], name_zh=r['name_zh'], name_en=r['name_en'].split('|')[0],
                      source_key='project-exonyms')
        self.known[key] = {norm_latin(x) for x in r['name_en'].split('|')} | {norm_latin(romanize(self.stem(r['name_ko'])))}
        return key

    def stem(self, s):
        for suf, _ in KR_SUFFIX:
            if s.endswith(suf) and len(s) > len(suf) + 0:
                return s[:-len(suf)]
        return s

    def rr(self, s):
        for suf, tag in KR_SUFFIX:
            if s.endswith(suf) and len(s) > len(suf):
                st = romanize(s[:-len(suf)])
                return st, tag
        return romanize(s), ''

    def resolve(self, prov, city, src):
        prov = prov.strip()
        code = self.ref.kr_alias.get(prov)
        if code is None:
            raise SystemExit('unknown Korean province %r' % prov)
        s = city.strip()
        note = []
        name_ja = ''
        m = re.match(r'^(.*?)\s*\(\s*(현|現)\s*(.*?)\)\s*$', s)
        if m:
            note.append('signed as %s, now %s' % (m.group(1), m.group(3)))
            s = m.group(3)
        m = re.match(r'^(.*?)\s*\((.*?)\)\s*$', s)
        if m:
            s, par = m.group(1), m.group(2)
            if par != 'province' and re.search(r'[市区郡道]$', par):
                name_ja = par
        if s == 'province' or self.ref.kr_alias.get(s) == code or s == prov:
            k = self.place_div(code)
            return k, s, '; '.join(note)
        parts = s.split()
        parent = self.place_div(code)
        pkey = parent
        if len(parts) == 2:  # 창원시 진해구
            st, tag = self.rr(parts[0])
            pkey = 'KR-%s-%s' % (slug(st), tag) if tag else 'KR-' + slug(st)
            self.reg.city(pkey, country='KR', division=code, level='municipality', name_native=parts[0],
                          name_ko=parts[0], source_key=src)
            self.known.setdefault(pkey, set()).add(norm_latin(st))
            s = parts[1]
        st, tag = self.rr(s)
        level = {'si': 'municipality', 'gun': 'county', 'gu': 'district'}.get(tag, 'other')
        if tag == 'gu':
            key = '%s-%s-gu' % (pkey, slug(st))
            par = pkey
        else:
            key = 'KR-%s-%s' % (slug(st), tag) if tag else 'KR-' + slug(st)
            par = ''
        self.reg.city(key, country='KR', division=code, parent_key=par, level=level, name_native=s, name_ko=s,
                      name_ja=name_ja, source_key=src)
        self.known.setdefault(key, set()).add(norm_latin(st))
        return key, s, '; '.join(note)

    def resolve_en(self, raw):
        parent, s = split_dash_then_paren(raw.strip())
        city = s.endswith(' City')
        s = re.sub(r'\s+(City|County|District)$', '', s)
        n = norm_latin(s)
        if parent:
            ps = self.resolve_en(parent)
            if len(ps) != 1:
                return []
            return [k for k, f in sorted(self.known.items()) if n in f and k.startswith(ps[0] + '-')]
        # first-level divisions
        r = []
        for code in sorted(self.ref.kr_div):
            ex = self.ref.ex[code]
            if city and int(code[3:]) >= 41 and code != 'KR-50':
                continue
            if n in {norm_latin(x) for x in ex['name_en'].split('|')}:
                r.append(self.place_div(code))
        r += [k for k, f in sorted(self.known.items()) if n in f and k not in r and not k.endswith('-gu')]
        return r
