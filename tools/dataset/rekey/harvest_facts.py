"""Reading the harvest fact files (cn-jp, cn-kr, jp-kr, cn-world) into the register."""

import re

from .foreign_places import resolve_jp, resolve_kr


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
    computed from "the Nth anniversary in year Y", or a date computed from the article's own date
    ("article-date:"), is weaker than any stated date."""
    rel = r['relation'].strip()
    strength = ctx['strength'](url)
    basis = ''
    if rel.lower().startswith('anniversary:'):
        cls = ctx['classify'](re.sub(r'\d*\s*(周年|주년|anniversary)', '', rel[len('anniversary:'):]))
        cls = cls if cls[0] == 'establish' else ('establish', '', 2)
        date, strength = date[:4], 0.5
        basis = 'year derived from an anniversary statement on the page (weaker than a stated date)'
    elif rel.lower().startswith('article-date:'):
        # The page states no date; it was computed from the article's own date and a relative word
        # ("Monday", "last autumn"), so it is kept at its precision but weaker than a stated one.
        cls = ctx['classify'](rel[len('article-date:'):])
        strength = 0.5
        basis = "date derived from the article's own date and its words (weaker than a stated date)"
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
            if st not in ('', 'active', 'suspended', 'dissolved', 'renamed'):
                log('harvest_status', '%s — status %r is none of FORMAT.md\'s (active, suspended, dissolved, renamed): '
                    'not read' % (origin, st))
                st = ''
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
    out = set()
    parts = [name, re.split(r'[,(]', name)[0]]
    if page:
        parts.append(re.sub(r'\s+(city|district|county|municipality|shire|region)$', '', parts[1].strip(), flags=re.I))
    for part in parts:
        t = _letters(part)
        if t:
            out.add(t)
    return out


def _letters(part):
    """a name's compare-form: letters only, no accents, lower case, without "City of" """
    import unicodedata
    # letters NFKD does not split (Łódź, Tromsø)
    part = part.translate(str.maketrans({'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ı': 'i',
                                         'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe'}))
    t = unicodedata.normalize('NFKD', part)
    t = ''.join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r'^(city|town|municipality|county|state|province) of\s+', '', t.strip())
    t = re.sub(r'^st\.?\s', 'saint ', t)
    return re.sub(r'[^a-z]', '', t)


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
            # the list wrote one city twice for this Chinese city, bare and qualified ("Halle" and
            # "Halle (Saale)"): the page names the qualified one, and the bare entry is that pair
            def name(k):
                return reg.cities[k]['name_en'] or reg.cities[k]['name_native']
            exact = [k for k in hits if _letters(name(k)) == _letters(r['city_b'])]
            bare = [k for k in hits if k not in exact and (a, k) in ctx['events'] and _letters(name(k)) in forms]
            if len(exact) == 1 and bare and len(exact) + len(bare) == len(hits):
                for k in bare:
                    ctx['events'][(a, exact[0])].extend(ctx['events'].pop((a, k)))
                    log('world_placed', '%s — %s:%s is %s:%s (the list writes %s and %s; the page names %s)' % (
                        origin, a, k, a, exact[0], name(k), name(exact[0]), r['city_b']))
                hits = exact
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
        # the region the page places the foreign city in (split_by_region: Columbus, Ohio / Indiana)
        ev = dict(src=sk, date=date, rel=rel or 'pair listed (no wording given)', cls=cls, strength=strength,
                  basis=basis, note='', origin=origin, quote=r['quote'], region=r['division_b'].strip())
        st = r['status'].strip()
        if st in ('suspended', 'dissolved'):
            # what the page states about the pair's end ("In 1999, Greater Toronto terminated its relations")
            sd = r['status_date'].strip()
            ev['status'] = (st, sd if DATE.match(sd) else '', '', sk)
        ctx['add_event'](a, b, **ev)
        used += 1
    return used


def add_renamed(folder, ctx):
    """Reads folder/places-renamed.tsv: a place renamed or merged into another, as a page states it
    without naming any pair (楚州区 renamed 淮安区 in 2012).  Every pair of the old place then carries
    the change as its status (renamed, the date, the successor, the page), so that the merger step
    joins it to the successor's own pair with the same partner, and a note event cites the page on
    that pair.  Returns {old place key: (successor key, date)}."""
    import os
    reg, names, log = ctx['reg'], ctx['names'], ctx['log']
    path = os.path.join(folder, 'places-renamed.tsv')
    out = {}
    if not os.path.exists(path):
        return out
    for i, r in enumerate(ctx['read_tsv'](path), 2):
        origin = 'harvest/places-renamed.tsv:%d' % i
        if r['country'] != 'CN' or r['status'].strip() not in ('renamed',):
            log('renamed', '%s — %s %s: only Chinese places renamed are read' % (origin, r['country'], r['city']))
            continue
        date = r['status_date'].strip()
        if not r['source_url'].startswith('http') or not r['quote'].strip() or (date and not DATE.match(date)):
            log('renamed', '%s — %s: no URL, no quote or a malformed date' % (origin, r['city']))
            continue
        old, why = names.resolve(r['city'], r['division'])
        new, why2 = names.resolve(r['successor'], r['division'])
        if not old or not new or old == new:
            log('renamed', '%s — %s -> %s: not matched (%s)' % (origin, r['city'], r['successor'], why or why2 or 'one place'))
            continue
        sk = ctx['source_for_url'](reg, r['source_url'], title=r['source_title'].strip())
        out[old] = (new, date)
        for (a, b) in sorted(k for k in ctx['events'] if old in k):
            for e in ctx['events'][(a, b)]:
                if not e.get('status'):
                    e['status'] = ('renamed', date, new, sk)
            ctx['add_event'](a, b, src=sk, date='', rel='renamed: %s -> %s (%s)' % (r['city'], r['successor'], date),
                             cls=('note', 'a party renamed (the page names no pair)', 0), strength=0, basis='',
                             note='', origin=origin, quote=r['quote'], status=('renamed', date, new, sk))
        log('renamed', '%s — %s (%s) renamed %s (%s) in %s' % (origin, old, r['city'], new, r['successor'], date or '?'))
    return out
