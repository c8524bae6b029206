#!/usr/bin/env python3
"""Re-key the public facts in shared/data/ into resources/dataset/register/.

Python 3, standard library only.  Reads:
  * the shared facts folder (default ../shared/data relative to the repository root),
  * Debian's Unihan database (/usr/share/unicode/Unihan_*.txt[.bz2] or Unihan.zip),
  * Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-2.json and the
    iso_3166-2.mo translations in /usr/share/locale),
  * tools/dataset/cldr-country-names.tsv (written by icu_country_names.cpp from ICU/CLDR),
  * tools/dataset/exonyms.tsv (standard exonyms supplied by the project maintainers).
Writes sources.tsv countries.tsv divisions.tsv cities.tsv pairings.tsv pairing_sources.tsv
(see resources/dataset/FORMAT.md) and, for docs/DATA.md, a plain-text log of decisions
(tools/dataset/rekey_log.txt).  Deterministic: a re-run gives byte-identical files.
"""
import argparse
import bz2
import collections
import csv
import datetime
import gettext
import hashlib
import io
import itertools
import json
import os
import re
import sys
import unicodedata
import zipfile

import harvest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# ---------------------------------------------------------------------------------------------
# small helpers


def h(s, n=8):
    return hashlib.sha1(s.encode('utf-8')).hexdigest()[:n]


def strip_accents(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def slug(s):
    s = strip_accents(s).lower().replace("'", '').replace('’', '')
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s


def norm_latin(s):
    """Compare-form of a romanised name: lower case, no accents, letters only."""
    s = strip_accents(s).lower()
    return re.sub(r'[^a-z]', '', s)


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    head = rows[0]
    return [dict(zip(head, r + [''] * (len(head) - len(r)))) for r in rows[1:] if any(r)]


def read_csv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


def write_tsv(path, header, rows):
    for r in rows:
        for v in r:
            if '\t' in v or '\n' in v or '\r' in v:
                raise ValueError('field with TAB/newline in %s: %r' % (path, r))
    rows = sorted(rows, key=lambda r: [x.encode('utf-8') for x in r])
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\t'.join(header) + '\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')


LOG = collections.defaultdict(list)


def log(section, msg):
    LOG[section].append(msg)


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


def cps(val):
    return [chr(int(x.split('<')[0][2:], 16)) for x in val.split()]


class Han:
    def __init__(self):
        self.V = load_unihan('Unihan_Variants.txt', {
            'kSimplifiedVariant', 'kTraditionalVariant', 'kSemanticVariant', 'kZVariant',
            'kSpecializedSemanticVariant'})
        self.R = load_unihan('Unihan_Readings.txt', {
            'kMandarin', 'kHanyuPinyin', 'kXHC1983', 'kTGHZ2013', 'kJapaneseOn', 'kHangul'})
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


# ---------------------------------------------------------------------------------------------
# the register being built


class Register:
    def __init__(self):
        self.sources = {}
        self.cities = {}
        self.events = collections.defaultdict(list)  # (a, b) -> [event]
        self.left_out = []
        self.unplaced = {}

    def source(self, key, title, publisher, url, licence, date_read=''):
        if key not in self.sources:
            self.sources[key] = [key, title, publisher, url, date_read, licence]
        return key

    def city(self, key, **kw):
        c = self.cities.get(key)
        if c is None:
            c = dict(country='', division='', parent_key='', level='', name_native='', name_zh='',
                     name_ja='', name_ko='', name_en='', source_key='')
            self.cities[key] = c
        for k, v in kw.items():
            if v and not c.get(k):
                c[k] = v
        return key


HOST_OFFICIAL = re.compile(r'(\.lg\.jp|[./-]city[.-]|[./-]pref[.-]|[./-]town[.-]|\.go\.jp|\.go\.kr|gov\.cn|'
                           r'china-consulate|emb-japan|daegu\.go|djjunggu|bsjunggu|busan\.go|incheon\.go|'
                           r'goyang\.go|gyeongju\.go|seocho\.go|daejeon\.go)')
HOST_WEAK = re.compile(r'(kfd\.me|fonk\.bid|100ke\.info|kiwix|wikiwand|oracleblog|happylibus|pdfslide|'
                       r'yomi\.tokyo|mimizun|zi\.media|hbzqbyyxgs|hnhxyygs|xyx234|414w|munidelun|ckhq|'
                       r'blogspot|hamazo|calabash|tyjgjz|hksooyo|2wwsc|jojin\.jp|webtsc|yybnet|sjzok|'
                       r'kantsuu|shkonews)')
WIKI_MIRROR = re.compile(r'(kfd\.me|fonk\.bid|100ke\.info|kiwix|wikiwand|oracleblog)')


def url_host(u):
    m = re.match(r'https?://([^/:]+)', u)
    return m.group(1) if m else ''


def strength(url, basis=''):
    if 'clair.or.jp' in url:
        return 4.0 if re.search(r'調印|締結|挙行|盟約', basis) else 3.5
    if not url.startswith('http'):
        return 1.0
    if HOST_WEAK.search(url):
        return 1.0
    if HOST_OFFICIAL.search(url):
        return 3.0
    return 2.0


def source_for_url(reg, url, clair=False, title=''):
    u = url.strip()
    if not u.startswith('http'):
        m = re.search(r'zh-wiki\s+([^\s,]+)', u)
        if m:
            title = m.group(1)
            # the harvest cited the article by its title only; a Wikipedia article's address is its
            # title (the stored copy the search tool finds carries no URL of its own)
            return reg.source('zhwiki-' + h(title), title, 'Chinese Wikipedia (zh.wikipedia.org); address formed from the '
                              'article title cited by the harvest', 'https://zh.wikipedia.org/wiki/' + title, 'CC BY-SA 4.0')
        raise SystemExit('cannot name the source %r' % u)
    host = url_host(u)
    if clair or 'clair.or.jp/j/exchange/shimai/data/detail/' in u:
        n = u.rstrip('/').rsplit('/', 1)[-1]
        return reg.source('clair-' + n, 'CLAIR 姉妹提携データ detail %s' % n,
                          '自治体国際化協会 (CLAIR)', u, 'facts')
    given = title
    title = given or 'Page at %s' % host
    lic = 'facts'
    if WIKI_MIRROR.search(u):
        last = u.rstrip('/').rsplit('/', 1)[-1]
        from urllib.parse import unquote
        t = unquote(last)
        if re.search(r'[\u4e00-\u9fff]', t) and not given:
            title = '%s (copy of a Chinese Wikipedia article, at %s)' % (t, host)
        lic = 'CC BY-SA 4.0 (Wikipedia copy; facts only)'
    key = reg.source('url-' + h(u), title, host, u, lic)
    if given and reg.sources[key][1].startswith('Page at '):
        reg.sources[key][1] = given  # the harvest names the page as a reader would cite it
    return key


# ---------------------------------------------------------------------------------------------
# relations


NOTE_PATTERNS = [
    (r'備忘録|비망록|覚書|MOC|MOU', 'memorandum: not a pairing agreement'),
    (r'意向書|意向书|의향서', 'letter of intent: not a pairing agreement'),
    (r'再締結|再調印|연장|재협정', 'renewal of an existing agreement'),
    (r'周年|주년', 'anniversary agreement'),
    (r'予定|예정|announced in advance|planned|scheduled|하기로|갖는다|체결키로', 'signing announced in advance; not confirmed as signed'),
    (r'memorand|agreements or', 'memorandum: not a pairing agreement'),
    (r'批准|not signing date', 'approval by a council, not the signing'),
    (r'議会\)|宣言\(', 'declaration by a council, not the signing'),
    (r'種別不明', 'kind of relation not stated by the source'),
    (r'深化|加强|강화', 'agreement deepening an existing relation'),
    (r'人材と技術|経済文化交流委員会', 'cooperation agreement, not a pairing agreement'),
    (r'^協議書$', 'agreement of unstated kind'),
    (r'^友好協力協定書$', 'cooperation agreement, not a pairing agreement'),
]


# Words that make a note only where they name the document itself, outside brackets: in
# "agreement (1995 letter of intent)" the letter of intent is the history, the agreement the fact.
OUTER_NOTE_PATTERNS = [
    (r'letters? of intent|\bLOI\b|Absichtserkl|lettre d.intention|carta de intenci|lettera d.intenti',
     'letter of intent: not a pairing agreement'),
    (r'备忘录|谅解备忘', 'memorandum: not a pairing agreement'),
]


def classify(relation):
    """-> ('establish', kind, rank) or ('note', reason, 0)"""
    r = relation
    for pat, why in NOTE_PATTERNS:
        if re.search(pat, r):
            return ('note', why, 0)
    outer = re.sub(r'[\(（].*?[\)）]', '', r)
    for pat, why in OUTER_NOTE_PATTERNS:
        if re.search(pat, outer, re.I):
            return ('note', why, 0)
    for text in (outer, r):
        if re.search(r'友好交流|우호\s*교류|우호친선\s*교류|友好交往|交流協定|交流协议|교류도시', text):
            return ('establish', 'friendship-exchange', 1)
        if re.search(r'friendly exchange|friendship exchange', text, re.I):
            return ('establish', 'friendship-exchange', 1)
        if re.search(r'姉妹|자매|sister|twin|partnerschaft|partnerstadt|jumelage|побратим|gemellaggio|hermanamiento|partnership agreement|partner cit|partner town', text, re.I):
            return ('establish', 'sister', 2)
        if re.search(r'友好|友城|우호|친선|親善|友好城|friendship|friendly', text, re.I):
            return ('establish', 'friendship', 2)
    return ('note', 'relation wording not recognised', 0)


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
        for k, r in ref.ex.items():
            if r['kind'] == 'cn-alias':
                self.alias[r['name_ja']] = r['aliases']   # ja form -> zh form
                for en in r['name_en'].split('|'):
                    if en:
                        self.alias[norm_latin(en)] = r['aliases']

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
                    zh = self.han.to_simplified(sub)
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
        parent_c = None
        m = re.match(r'^(.*?)\s+–\s+(.*)$', s)
        if m:
            parent_c, s = m.group(1), m.group(2)
        m = re.match(r'^(.*?)\s*\((.*?)\)$', s)
        if m:
            s, parent_c = m.group(1), m.group(2)
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
        return []


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
        s = raw.strip()
        parent = None
        m = re.match(r'^(.*?)\s+–\s+(.*)$', s)
        if m:
            parent, s = m.group(1), m.group(2)
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


# ---------------------------------------------------------------------------------------------
# Korean places


KR_SUFFIX = [('특별자치시', ''), ('특별자치도', ''), ('특별시', ''), ('광역시', ''), ('특례시', 'si'), ('시', 'si'), ('군', 'gun'),
             ('구', 'gu'), ('도', 'do')]


class Korea:
    def __init__(self, ref, reg):
        self.ref, self.reg = ref, reg
        self.known = {}  # key -> set of compare-forms (RR stems)

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
        s = raw.strip()
        parent = None
        m = re.match(r'^(.*?)\s+–\s+(.*)$', s)
        if m:
            parent, s = m.group(1), m.group(2)
        m = re.match(r'^(.*?)\s*\((.*?)\)$', s)
        if m:
            s, parent = m.group(1), m.group(2)
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


# ---------------------------------------------------------------------------------------------
# main


def split_parent(s):
    """'A – B' and 'B (A)' -> (A, B); else ('', s)"""
    m = re.match(r'^(.*?)\s+–\s+(.*)$', s)
    if m:
        return m.group(1), m.group(2)
    m = re.match(r'^(.*?)\s*\((.*?)\)$', s)
    if m:
        return m.group(2), m.group(1)
    return '', s


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('data', nargs='?', default=os.path.join(REPO, '..', 'shared', 'data'),
                    help='shared facts folder (default: ../shared/data relative to the repository root)')
    ap.add_argument('--out', default=os.path.join(REPO, 'resources', 'dataset', 'register'))
    ap.add_argument('--log', default=os.path.join(HERE, 'rekey_log.txt'))
    ap.add_argument('--harvest', default=os.path.join(HERE, 'harvest'),
                    help='folder of the harvest fact files (cn-jp.tsv, cn-kr.tsv, jp-kr.tsv)')
    args = ap.parse_args()
    data = os.path.normpath(args.data)

    han = Han()
    ref = Ref(data, han)
    reg = Register()
    cn = China(ref, reg, han)
    jp = Japan(ref, reg, han)
    kr = Korea(ref, reg)

    # -- fixed sources
    reg.source('cldr-icu', 'CLDR country display names, as shipped in ICU 72.1 (libicu72, Debian 12)',
               'Unicode Consortium (CLDR) / ICU project', 'https://cldr.unicode.org/', 'Unicode License v3')
    reg.source('iso-codes', 'iso-codes 4.15.0: ISO 3166-2 codes and translations (Debian package iso-codes)',
               'Debian iso-codes project', 'https://salsa.debian.org/iso-codes-team/iso-codes', 'LGPL-2.1-or-later')
    reg.source('unihan', 'Unihan database 15.0.0 (Debian package unicode-data): variants and readings',
               'Unicode Consortium', 'https://www.unicode.org/charts/unihan.html', 'Unicode License v3')
    reg.source('cn-divisions', "China's administrative divisions with GB/T 2260 codes (National Bureau of Statistics, 2022-10-31)",
               'Administrative-divisions-of-China project (modood)', 'https://github.com/modood/Administrative-divisions-of-China', 'WTFPL')
    reg.source('jp-municipalities', "Japan's prefectures and municipalities with codes and English and Japanese names (2024)",
               'list-of-cities-in-japan project', '', 'MIT')
    reg.source('project-exonyms', 'Standard exonyms supplied by the project maintainers (tools/dataset/exonyms.tsv)',
               'Sister Cities project', '', 'CC0-1.0')
    # The rows of wikipedia-china-pairs.tsv follow this page's headings (a Chinese city, then its
    # partners); the stored copy was found with the search tool (corpus pages).
    wiki = reg.source('enwiki-twin-towns', 'List of twin towns and sister cities in China (English Wikipedia)',
                      'Wikipedia (en.wikipedia.org)',
                      'https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_China', 'CC BY-SA 4.0')

    # -- countries
    cldr = {}
    with open(os.path.join(HERE, 'cldr-country-names.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or line.startswith('code\t'):
                continue
            c, zh, ja, ko, en = line.rstrip('\n').split('\t')
            cldr[c] = (zh, ja, ko, en)
    en2iso = {norm_latin(v[3].replace('&', 'and')): k for k, v in cldr.items()}
    for r in ref.ex.values():
        if r['kind'] == 'country-alias':
            for a in r['aliases'].split('|'):
                en2iso[norm_latin(a)] = r['name_en']
    used_countries = {'CN', 'JP', 'KR'}

    def country_of(word, city):
        w = word.strip()
        if not w and ',' in city:
            city, w = [x.strip() for x in city.rsplit(',', 1)]
        if ',' in w:  # "England, United Kingdom", "Réunion, France"
            w = w.rsplit(',', 1)[1].strip()
        c = en2iso.get(norm_latin(w))
        if not c:
            raise SystemExit('country word not mapped: %r' % word)
        return c, city

    # -- the report's first pair
    events = reg.events

    def add_event(a, b, **ev):
        events[(a, b)].append(ev)

    # -- CLAIR
    for i, r in enumerate(read_tsv(os.path.join(data, 'clair-cn-jp.tsv')), 2):
        sk = source_for_url(reg, r['source_url'], clair=True)
        jk, jname, jnote = jp.resolve_ja(r['jp_prefecture_ja'], r['jp_municipality_ja'])
        if r['jp_municipality_romaji'] and not reg.cities[jk]['name_en']:
            reg.cities[jk]['name_en'] = r['jp_municipality_romaji']
        ck, cname, cnote = cn.resolve_ja(r['cn_partner_ja'], r['cn_province_ja'], r['cn_partner_romaji'])
        reg.city(ck, name_ja=cname)
        rel = r['agreement_name'] or 'CLAIR 姉妹提携データ entry (no agreement name given)'
        add_event(ck, jk, src=sk, date=r['date'], rel=rel, cls=('establish', '', 2),
                  strength=strength(r['source_url'], r['date_basis']), basis=r['date_basis'],
                  note='; '.join(x for x in (jnote, cnote) if x), origin='clair-cn-jp.tsv:%d' % i, clair=True,
                  romaji=r['cn_partner_romaji'])

    # -- other CN-JP
    for i, r in enumerate(read_tsv(os.path.join(data, 'other-cn-jp.tsv')), 2):
        sk = source_for_url(reg, r['source_url'])
        jk, jname, jnote = jp.resolve_ja(r['jp_prefecture_ja'], r['jp_municipality_ja'])
        ck, cname, cnote = cn.resolve_ja(r['cn_partner_ja'], r['cn_province_ja'])
        reg.city(ck, name_ja=cname)
        add_event(ck, jk, src=sk, date=r['date'], rel=r['relation'], cls=classify(r['relation']),
                  strength=strength(r['source_url']), basis='',
                  note='; '.join(x for x in (jnote, cnote) if x), origin='other-cn-jp.tsv:%d' % i)

    # -- CN-KR
    for i, r in enumerate(read_tsv(os.path.join(data, 'cn-kr.tsv')), 2):
        sk = source_for_url(reg, r['source_url'])
        kk, kname, knote = kr.resolve(r['kr_province'], r['kr_city'], sk)
        ck, cname, cnote = cn.resolve_ja(r['cn_partner'], r['cn_province'])
        try:
            cname.encode('shift_jis')
            reg.city(ck, name_ja=cname)
        except UnicodeEncodeError:
            pass
        add_event(ck, kk, src=sk, date=r['date'], rel=r['relation'], cls=classify(r['relation']),
                  strength=strength(r['source_url']), basis='',
                  note='; '.join(x for x in (knote, cnote) if x), origin='cn-kr.tsv:%d' % i)

    # -- the harvest (tools/dataset/harvest/): pages read with the search tool, one row per (pair, page)
    names = harvest.ChineseNames(cn, han, norm_latin, romanize)
    n = harvest.add_harvest(args.harvest, dict(reg=reg, ref=ref, cn=cn, jp=jp, kr=kr, names=names, read_tsv=read_tsv,
                                               add_event=add_event, source_for_url=source_for_url,
                                               strength=strength, classify=classify, log=log))
    log('harvest_rows', 'harvest rows used: %d' % n)

    # -- the report: Tianjin-Kobe 1973-06-24
    tj = cn.place('CN-12')
    kobe = jp.resolve_ja('兵庫県', '神戸市')[0]
    add_event(tj, kobe, src='report-2018', date='1973-06-24', rel='第一对友好城市 (天津—神户)', cls=('establish', '', 2),
              strength=3.0, basis='', note='the report (§1.2) names this the first China–Japan pair', origin='report-2018 §1.2')

    def cn_prefecture(k):
        """the prefecture-level city (or province-level city) a Chinese place lies in, or ''"""
        seen = 0
        while k and seen < 6:
            c = reg.cities.get(k) or {}
            e = cn.ent.get(k)
            level = c.get('level') or (e['level'] if e else '')
            if level in ('prefecture', 'province'):
                return k
            k = c.get('parent_key') or (e['parent'] if e else '')
            seen += 1
        return ''

    # -- Wikipedia
    wrows = read_tsv(os.path.join(data, 'wikipedia-china-pairs.tsv'))
    wiki_unres = collections.Counter()
    # Two passes: a bare name that fits several Chinese places ("Suzhou", "Taizhou") is read last,
    # so that the pair Wikipedia also lists under the full name ("Suzhou, Jiangsu") settles it.
    wiki_rows = [(p, i, r) for p in (1, 2) for i, r in enumerate(wrows, 2)]
    dated_pairs = set(events)
    current_pass = 1
    for pass_no, i, r in wiki_rows:
        ccands = cn.resolve_en(r['cn_city_en'])
        if (len(ccands) > 1) != (pass_no == 2):
            continue
        if pass_no != current_pass:
            current_pass = pass_no
            dated_pairs = set(events)
        cc, pcity = country_of(r['partner_country_en'], r['partner_city_en'])
        used_countries.add(cc)
        if cc == 'JP':
            pc = jp.resolve_en(pcity)
            pkeys = [jp.key_of(c) for c in pc]
        elif cc == 'KR':
            pkeys = kr.resolve_en(pcity)
            pc = None
        else:
            pkeys = []
        # a dated pair resolves ambiguity
        hits = sorted({(a, b) for (a, b) in dated_pairs if a in ccands and b in pkeys})
        near_used = False
        if not hits and len(ccands) == 1 and len(pkeys) == 1 and (ccands[0], pkeys[0]) not in events:
            # Wikipedia names the prefecture-level city (Yueyang) or a sibling district (Jinzhou) of
            # the county or new area a dated page names for the same partner (汨羅市, 金普新区): one
            # pair, when the partner has exactly one such dated pair in that city
            top = cn_prefecture(ccands[0])
            near = sorted({(x, y) for (x, y) in dated_pairs if y == pkeys[0] and x != ccands[0] and top
                           and cn_prefecture(x) == top and reg.cities.get(x, {}).get('level') not in ('prefecture', 'province')})
            if len(near) == 1:
                hits = near
                near_used = True
                log('wiki_near', '%s – %s: Wikipedia\'s %s joins the dated pair %s:%s (same prefecture-level city %s)' % (
                    r['cn_city_en'], pcity, ccands[0], near[0][0], near[0][1], top))
        if len(hits) == 1:
            a, b = hits[0]
        else:
            if len(ccands) == 1:
                a = cn.place(ccands[0])
            else:
                a = 'CN-' + slug(r['cn_city_en'])
                par, child = split_parent(r['cn_city_en'])
                pk = cn.resolve_en(par) if par else []
                if len(pk) == 1 and not ccands:
                    cn.place(pk[0])
                    a = pk[0] + '-' + slug(child)
                    reg.city(a, country='CN', division=cn.ent[pk[0]]['div'], parent_key=pk[0], level='other',
                             name_native=child, name_en=r['cn_city_en'], source_key=wiki)
                    reg.unplaced[a] = '%s: not matched in cn-divisions; placed under %s, which Wikipedia names' % (
                        r['cn_city_en'], cn.ent[pk[0]]['name'])
                else:
                    if ccands:
                        a += '-ambiguous'
                    reg.city(a, country='CN', level='other', name_native=r['cn_city_en'], name_en=r['cn_city_en'],
                             source_key=wiki)
                    reg.unplaced[a] = '%s: %s' % (r['cn_city_en'], 'ambiguous: ' + ', '.join(
                        '%s %s' % (k, cn.ent[k]['name']) for k in ccands) if ccands else 'no match in cn-divisions')
            if cc in ('JP', 'KR') and len(pkeys) == 1:
                b = pkeys[0]
                if cc == 'JP':
                    jp.place_cand(pc[0])
            else:
                b = '%s-%s' % (cc, slug(pcity))
                par, child = split_parent(pcity)
                pk = []
                if par and not pkeys and cc == 'KR':
                    pk = kr.resolve_en(par)
                elif par and not pkeys and cc == 'JP':
                    pk = [jp.key_of(c) for c in jp.resolve_en(par)]
                if len(pk) == 1:
                    if cc == 'JP':
                        jp.place_cand(jp.resolve_en(par)[0])
                    b = pk[0] + '-' + slug(child)
                    reg.city(b, country=cc, division=reg.cities[pk[0]]['division'], parent_key=pk[0], level='other',
                             name_native=child, name_en=pcity, source_key=wiki)
                    reg.unplaced[b] = '%s: not matched; placed under %s, which Wikipedia names' % (pcity, pk[0])
                else:
                    if pkeys:
                        b += '-ambiguous'
                    reg.city(b, country=cc, level='other', name_native=pcity, name_en=pcity, source_key=wiki)
                    if cc in ('JP', 'KR'):
                        reg.unplaced[b] = '%s: %s' % (pcity, ('ambiguous: ' + ', '.join(pkeys)) if pkeys else 'no match')
        if not near_used:  # the list's name is the parent's or a sibling's, not this place's
            reg.city(a, name_en=r['cn_city_en'])
            if not reg.cities[a]['name_en']:
                reg.cities[a]['name_en'] = r['cn_city_en']
        if reg.cities[b]['country'] in ('JP', 'KR') and not reg.cities[b]['name_en']:
            reg.cities[b]['name_en'] = pcity
        add_event(a, b, src=wiki, date='', rel='twin towns and sister cities (list entry: %s – %s)' % (
            r['cn_city_en'], r['partner_city_en']), cls=('wiki', '', 0), strength=0, basis='', note='',
            origin='wikipedia-china-pairs.tsv:%d' % i)

    # -- China and the rest of the world (tools/dataset/harvest/cn-world.tsv): read after Wikipedia,
    # whose spelling of the foreign city it matches
    n = harvest.add_world(args.harvest, dict(reg=reg, names=names, read_tsv=read_tsv, add_event=add_event,
                                             events=events, source_for_url=source_for_url, strength=strength,
                                             classify=classify, log=log, slug=slug, countries=cldr))
    log('harvest_rows', 'cn-world rows used: %d' % n)
    for c in reg.cities.values():
        used_countries.add(c['country'])

    # Wikipedia English names replace CLAIR romaji for Chinese and Korean cities only where none
    # came from a list; JP names come from jp-municipalities (already set first).

    # ------------------------------------------------------------------ mergers
    # A pair whose city was merged into (renamed as) a successor that has a pair of its own with the
    # same partner is one pair: its facts join the successor's pair, as its earlier history.
    for (a, b), evs in sorted(events.items()):
        succ = sorted({e['status'][2] for e in evs if e.get('status') and e['status'][0] == 'renamed' and e['status'][2]})
        if len(succ) != 1:
            continue
        s = succ[0]
        target = (a, s) if reg.cities[s]['country'] == reg.cities[b]['country'] else (s, b)
        if target not in events or target == (a, b):
            continue
        old = b if target[0] == a else a
        for e in evs:
            e = dict(e, status=None)
            e['note'] = '; '.join(x for x in (e['note'], 'signed with %s, since merged into %s' % (
                reg.cities[old]['name_native'], reg.cities[s]['name_native'])) if x)
            events[target].append(e)
        del events[(a, b)]
        log('merged', '%s:%s -> %s:%s' % (a, b, target[0], target[1]))

    # ------------------------------------------------------------------ build pairings
    pair_rows, ps_rows = [], []
    prec = {4: 'year', 7: 'month', 10: 'day'}

    def consistent(d1, d2):
        return d1.startswith(d2) or d2.startswith(d1)

    for (a, b), evs in sorted(events.items()):
        if a == b:
            log('self', '%s' % a)
            continue
        pkey = '%s:%s' % (a, b)
        est = [e for e in evs if e['cls'][0] == 'establish']
        notes = [e for e in evs if e['cls'][0] == 'note']
        wik = [e for e in evs if e['cls'][0] == 'wiki']
        if not est and not wik:
            for e in notes:
                reg.left_out.append('%s — %s %s %s (%s): %s' % (e['origin'], reg.cities[a]['name_native'],
                                    reg.cities[b]['name_native'], e['date'], e['rel'], e['cls'][1]))
            continue
        chosen = None
        kind = ''
        top = []
        pnote = []
        undated_est = [e for e in est if not e['date']]
        est = [e for e in est if e['date']]
        if undated_est and not est:
            # a party's or a news page names the pair without a date: sourced, but undated
            kind = next((e['cls'][1] for e in undated_est if e['cls'][1]), '')
        if est:
            # Same basis and rank: the earlier year wins (a pair keeps its first agreement's date when a
            # later one upgrades it, e.g. 友好協力都市 2005 -> 姉妹都市 2025); within a year, the finer date.
            est.sort(key=lambda e: (-e['strength'], -e['cls'][2], e['date'][:4], -len(e['date']), e['date'], e['src']))
            rank = est[0]['cls'][2]
            top = [e for e in est if e['cls'][2] == rank and e['date']]
            best = top[0]
            cons = [e for e in top if consistent(e['date'], best['date'])]
            finest = max(cons, key=lambda e: (len(e['date']), e['strength'], e['src'] == best['src']))
            if all(consistent(finest['date'], e['date']) for e in cons):
                chosen = finest if len(finest['date']) > len(best['date']) else best
            else:
                chosen = best
            kind = chosen['cls'][1] or next((e['cls'][1] for e in top if e['cls'][1]), '')
            # a later agreement of another kind from the same page (an upgrade) is history, not a disagreement
            later = [e for e in est if e['date'] and e['date'][:4] > chosen['date'][:4] and e['src'] == chosen['src']
                     and e['cls'][1] and e['cls'][1] != chosen['cls'][1]]
            conflicts = [e for e in est if e['date'] and not consistent(e['date'], chosen['date'])
                         and not (e['cls'][2] < chosen['cls'][2] and e['date'] < chosen['date']) and e not in later]
            top = [e for e in est if e['date'] and (e in conflicts or consistent(e['date'], chosen['date']))]
            dates = sorted({e['date'] for e in top})
            if conflicts:
                pnote.append('sources disagree on the date: %s; kept %s (%s)' % (
                    ', '.join('%s (%s)' % (d, ', '.join(sorted({e['src'] for e in top if e['date'] == d}))) for d in dates),
                    chosen['date'], 'CLAIR register' if chosen.get('clair') else
                    {3.0: 'official page of a government', 2.0: 'news or association page', 1.0: 'list or copy page'}.get(
                        chosen['strength'], 'published report')))
                log('conflict', '%s %s / %s: %s -> %s' % (pkey, reg.cities[a]['name_native'], reg.cities[b]['name_native'],
                                                       ', '.join(dates), chosen['date']))
            if later:
                pnote.append('a later %s agreement (%s) followed this one' % (
                    later[0]['cls'][1], ', '.join(sorted({e['date'] for e in later}))))
            lower = [e for e in est if e['cls'][2] < rank and e['date'] < chosen['date']
                     and not consistent(e['date'], chosen['date'])]
            if lower:
                pnote.append('an earlier %s relation (%s) preceded this agreement' % (
                    lower[0]['cls'][1], ', '.join(sorted({e['date'] for e in lower}))))
            rn = [e['note'] for e in evs if e['note'] and 'now' in e['note']]
            if rn:
                pnote.append(rn[0])
        status = 'active'
        ended, end_reason, successor, end_src = '', '', '', ''
        sts = sorted((e['status'] for e in evs if e.get('status')), key=lambda x: (x[1], x[0]))
        if sts:
            # what a page states about the pair's later history (see docs/DATA.md, "Status over time")
            st, ended, successor, end_src = sts[-1]
            end_reason = {'suspended': 'suspended', 'dissolved': 'dissolved', 'renamed': 'renamed'}.get(st, '')
            status = {'suspended': 'dormant', 'dissolved': 'ended'}.get(st, 'active')
            if successor == a or successor == b:
                successor = ''
        verification = 'verified' if (chosen or undated_est) else 'unverified'
        established = chosen['date'] if chosen else ''
        basis = ''
        if chosen:
            basis = chosen['basis'] or ('%s, as given by %s' % (chosen['rel'], reg.sources.get(chosen['src'], ['', '', ''])[2] or chosen['src']))
        src = chosen['src'] if chosen else (undated_est[0]['src'] if undated_est else wik[0]['src'])
        if not chosen and notes and not undated_est and wik:
            pnote.append('listed on Wikipedia; the other sources only give a note (see pairing_sources)')
        pair_rows.append([pkey, a, b, established, prec.get(len(established), ''), status, kind, basis,
                          '; '.join(pnote), src, verification, ended, end_reason, successor, end_src])
        # pairing_sources: one row per source
        by_src = collections.OrderedDict()
        for e in sorted(evs, key=lambda e: (e['src'], e['date'], e['origin'])):
            by_src.setdefault(e['src'], []).append(e)
        for s, es in by_src.items():
            # the row's main event: the chosen one, else an establishing one, else the first
            main = next((e for e in es if e is chosen), None) or next((e for e in es if e['cls'][0] == 'establish'), es[0])
            n = []
            if main is chosen:
                n.append('date used for the pairing')
            elif main['cls'][0] == 'establish' and not main['date']:
                n.append('names the pair without a date')
            elif main['cls'][0] == 'establish':
                if chosen and main['date'] and not consistent(main['date'], chosen['date']):
                    if main['cls'][2] < chosen['cls'][2]:
                        n.append('earlier %s agreement; the pairing records the later %s agreement' % (main['cls'][1], chosen['cls'][1]))
                    else:
                        n.append('date not used: differs from the chosen %s (weaker basis)' % chosen['date'])
                elif chosen and main['date'] and len(main['date']) < len(chosen['date']):
                    n.append('agrees with the chosen date at %s precision' % prec[len(main['date'])])
                elif chosen:
                    n.append('agrees with the chosen date')
            elif main['cls'][0] == 'note':
                n.append(main['cls'][1])
            if main['note']:
                n.append(main['note'])
            for e in es:
                if e is main:
                    continue
                if e['cls'][0] == 'wiki' and main['cls'][0] == 'wiki':
                    continue
                n.append('the same source also gives %s%s (%s%s)' % (e['date'] or 'no date', '', e['rel'],
                         (': ' + e['cls'][1]) if e['cls'][0] == 'note' else ''))
            if main['cls'][0] == 'wiki':
                n.append('undated list entry')
            rel = main['rel']
            ps_rows.append([pkey, s, main['date'], rel, '; '.join(dict.fromkeys(n))])

    # ------------------------------------------------------------------ cities & reference tables
    # source_key for cities without one: the first source the city was read from
    first_src = {}
    for (a, b), evs in sorted(events.items()):
        for e in evs:
            for k in (a, b):
                first_src.setdefault(k, e['src'])
    # first-level divisions acting as parties take the division's names where no source gave one
    for k, c in reg.cities.items():
        if c['level'] == 'province' and c['country'] in ('CN', 'JP'):
            code = c['division']
            ex = ref.ex[code if c['country'] == 'CN' else 'JP-' + code[3:]]
            for f in ('name_ja', 'name_ko', 'name_en'):
                if not c[f] and ex[f]:
                    c[f] = ex[f]
    for k, c in reg.cities.items():
        if not c['source_key']:
            c['source_key'] = first_src.get(k, wiki)
        if not c['name_native']:
            c['name_native'] = c['name_ko'] or c['name_ja'] or c['name_en']
    # drop cities that ended up in no pairing and are no one's parent
    used = {r[1] for r in pair_rows} | {r[2] for r in pair_rows} | {r[13] for r in pair_rows if r[13]}
    changed = True
    while changed:
        changed = False
        for k in list(used):
            p = reg.cities[k]['parent_key']
            if p and p not in used:
                used.add(p)
                changed = True
    for k in list(reg.cities):
        if k not in used:
            del reg.cities[k]
            reg.unplaced.pop(k, None)
    for k, c in reg.cities.items():
        used_countries.add(c['country'])

    country_rows = []
    for c in sorted(used_countries):
        zh, ja, ko, en = cldr[c]
        country_rows.append([c, zh, ja, ko, en, 'cldr-icu'])

    div_rows = []
    for g in sorted(ref.cn_prov):
        code = ref.gb2iso[g]
        ex = ref.ex[code]
        zh = ref.tr['zh_CN'].gettext(ref.iso[code]['name'])
        div_rows.append([code, 'CN', zh, ex['name_ja'], ex['name_ko'], ex['name_en'], CN_REGION[g], 'iso-codes'])
    for p, r in sorted(ref.jp_pref.items()):
        code = 'JP-' + p
        ex = ref.ex[code]
        zh = ref.tr['zh_CN'].gettext(ref.iso[code]['name'])
        if ex['name_zh'] and ex['name_zh'] != zh:
            log('isofix', '%s: iso-codes zh_CN %s replaced by %s' % (code, zh, ex['name_zh']))
            zh = ex['name_zh']
        div_rows.append([code, 'JP', zh, r['prefecture_ja'], ex['name_ko'], r['prefecture_en'], '', 'jp-municipalities'])
    for code in sorted(ref.kr_div):
        ex = ref.ex[code]
        if code not in ref.iso:
            log('krcodes', '%s %s: not in iso-codes 4.15.0 (%s)' % (code, ex['name_ko'], ex['note']))
        div_rows.append([code, 'KR', ex['name_zh'], ex['name_ja'], ex['name_ko'], ex['name_en'].split('|')[0], '', 'project-exonyms'])

    city_rows = []
    for k, c in sorted(reg.cities.items()):
        city_rows.append([k, c['country'], c['division'], c['parent_key'], c['level'], c['name_native'], c['name_zh'],
                          c['name_ja'], c['name_ko'], c['name_en'], c['source_key']])

    src_rows = [v for k, v in sorted(reg.sources.items()) if k != 'report-2018']
    os.makedirs(args.out, exist_ok=True)
    write_tsv(os.path.join(args.out, 'sources.tsv'), 'source_key title publisher url date_read licence'.split(), src_rows)
    write_tsv(os.path.join(args.out, 'countries.tsv'), 'code name_zh name_ja name_ko name_en source_key'.split(), country_rows)
    write_tsv(os.path.join(args.out, 'divisions.tsv'), 'code country name_zh name_ja name_ko name_en region source_key'.split(), div_rows)
    write_tsv(os.path.join(args.out, 'cities.tsv'), 'city_key country division parent_key level name_native name_zh name_ja name_ko name_en source_key'.split(), city_rows)
    write_tsv(os.path.join(args.out, 'pairings.tsv'), ('pairing_key city_a city_b established precision status kind date_basis '
                                                       'note source_key verification ended end_reason successor '
                                                       'end_source_key').split(), pair_rows)
    write_tsv(os.path.join(args.out, 'pairing_sources.tsv'), 'pairing_key source_key established relation note'.split(), ps_rows)

    # ------------------------------------------------------------------ decision log
    for k, why in sorted(reg.unplaced.items()):
        c = reg.cities[k]
        log('unplaced' if not c['division'] else 'unmatched', '%s\t%s\t%s' % (k, c['division'] or '-', why))
    for x in reg.left_out:
        log('left_out', x)
    with open(args.log, 'w', encoding='utf-8', newline='\n') as f:
        for sec in sorted(LOG):
            f.write('## %s (%d)\n' % (sec, len(LOG[sec])))
            for m in sorted(set(LOG[sec])):
                f.write(m + '\n')
            f.write('\n')
    print('wrote %d sources, %d countries, %d divisions, %d cities, %d pairings, %d pairing sources' % (
        len(src_rows), len(country_rows), len(div_rows), len(city_rows), len(pair_rows), len(ps_rows)))


if __name__ == '__main__':
    main()
