"""Reference data: countries, first-level divisions and China's east / central / west regions."""

import gettext
import json
import os
import re

from .common import HERE, read_csv, read_tsv


# ---------------------------------------------------------------------------------------------
# reference data


CN_REGION = {}
for _c in '11 12 13 21 31 32 33 35 37 44 46'.split():
    CN_REGION[_c] = 'east'
for _c in '14 22 23 34 36 41 42 43'.split():
    CN_REGION[_c] = 'central'
for _c in '15 45 50 51 52 53 54 61 62 63 64 65'.split():
    CN_REGION[_c] = 'west'


class Ref:
    def __init__(self, data, han):
        self.han = han
        iso = json.load(open('/usr/share/iso-codes/json/iso_3166-2.json', encoding='utf-8'))['3166-2']
        self.iso = {r['code']: r for r in iso}
        self.tr = {}
        for lang in ('zh_CN', 'ja', 'ko'):
            try:
                self.tr[lang] = gettext.translation('iso_3166-2', localedir='/usr/share/locale', languages=[lang])
            except OSError:
                self.tr[lang] = gettext.NullTranslations()
        self.ex = {}
        for r in read_tsv(os.path.join(HERE, 'exonyms.tsv')):
            self.ex[r['key']] = r
        # China
        self.cn_prov = {r['code']: r['name'] for r in read_csv(os.path.join(data, 'cn-divisions/provinces.csv'))}
        self.cn_city = {r['code']: (r['name'], r['provinceCode']) for r in read_csv(os.path.join(data, 'cn-divisions/cities.csv'))}
        self.cn_area = {r['code']: (r['name'], r['cityCode'], r['provinceCode']) for r in read_csv(os.path.join(data, 'cn-divisions/areas.csv'))}
        # GB 2-digit code -> ISO 3166-2 letter code, by matching the Chinese names
        self.gb2iso = {}
        for code, r in self.iso.items():
            if code.startswith('CN-'):
                zh = self.tr['zh_CN'].gettext(r['name'])
                for g, n in self.cn_prov.items():
                    if n == zh:
                        self.gb2iso[g] = code
        missing = set(self.cn_prov) - set(self.gb2iso)
        if missing:
            raise SystemExit('provinces not matched to iso-codes: %s' % missing)
        # Japan
        self.jp_pref = {r['prefecture_id']: r for r in read_csv(os.path.join(data, 'jp-municipalities/prefectures.csv'))}
        self.jp_muni = {r['id']: r for r in read_csv(os.path.join(data, 'jp-municipalities/municipalities-2024.csv'))}
        # Korea: first-level divisions (exonyms.tsv, keys KR-xx)
        self.kr_div = {k: r for k, r in self.ex.items() if re.match(r'^KR-\d\d$', k)}
        self.jp_zh = {}
        for p in self.jp_pref:
            code = 'JP-' + p
            self.jp_zh[p] = self.ex[code]['name_zh'] or self.tr['zh_CN'].gettext(self.iso[code]['name'])
        self.kr_alias = {}
        for k, r in self.kr_div.items():
            for a in [r['name_ko']] + [x for x in r['aliases'].split('|') if x]:
                self.kr_alias[a] = k
