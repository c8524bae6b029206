"""Re-key the public facts in shared/data/ into resources/dataset/register/."""

import argparse
import collections
import os
import harvest

from .common import HERE, LOG, REPO, log, norm_latin, read_tsv, slug, split_parent, write_tsv
from .unihan import Han
from .romanize import romanize
from .reference import CN_REGION, Ref
from .register import Register, add_fixed_sources, source_for_url, strength
from .relations import classify
from .china import China
from .japan import Japan
from .korea import Korea
from .foreign_regions import split_by_region
from .history import merge_successors


# ---------------------------------------------------------------------------------------------
# main


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
    wiki = add_fixed_sources(reg)
    kr.add_places()

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
                pl = cn.places.get(norm_latin(r['cn_city_en'])) if not ccands else None
                if pl and pl['city_key'] in cn.ent:
                    # no division of cn-divisions, but exonyms.tsv cites a page for its Chinese name
                    # and the division it lies in (Hangu, merged into Binhai New Area in 2009)
                    cn.place(pl['city_key'])
                    a = pl['city_key'] + '-' + slug(child or r['cn_city_en'])
                    reg.city(a, country='CN', division=cn.ent[pl['city_key']]['div'], parent_key=pl['city_key'],
                             level='other', name_native=pl['name_zh'], name_zh=pl['name_zh'],
                             name_en=r['cn_city_en'], source_key='project-exonyms')
                    reg.unplaced[a] = '%s: %s is no division of cn-divisions (2022); placed under %s as %s' % (
                        r['cn_city_en'], pl['name_zh'], cn.ent[pl['city_key']]['name'], pl['note'].split(';')[0])
                elif len(pk) == 1 and not ccands:
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

    # -- places renamed (harvest/places-renamed.tsv): a page states the renaming, not a pair
    renamed = harvest.add_renamed(args.harvest, dict(reg=reg, names=names, read_tsv=read_tsv, add_event=add_event,
                                                     events=events, source_for_url=source_for_url, log=log))
    # -- a foreign key that the pages place in two regions held two cities (Columbus, Ohio / Indiana)
    log('harvest_rows', 'pairs moved to a foreign city of their region: %d' % split_by_region(reg, events, log))

    # ------------------------------------------------------------------ mergers
    merge_successors(reg, events, renamed, log)

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
                # the row already names the successor as the party (창원시(진해시) renamed 창원시): the
                # pair continues under that name, it did not end
                successor, ended, end_reason, end_src = '', '', '', ''
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

