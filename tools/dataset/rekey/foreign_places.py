"""The Korean and Japanese sides of a harvest row resolved to register places."""

import re

from .hangul_pinyin import HAN, HANGUL, LATIN
from .hangul_romaji import jp_hangul_candidates, strip_long


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
