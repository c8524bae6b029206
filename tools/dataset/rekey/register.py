"""The register being built (sources, cities, pairings) and the strength of a source by its URL."""

import collections
import re

from .common import h


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




def add_fixed_sources(reg):
    """The sources every run registers; returns the English Wikipedia list's key."""
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

    return wiki
