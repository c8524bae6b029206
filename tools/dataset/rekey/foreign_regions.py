"""A foreign city named alike in two regions of its country: Columbus, Ohio and Columbus, Indiana.

Foreign cities are keyed by country and name (`US-columbus`), because the English Wikipedia list
gives no more.  The pages of the cn-world harvest often state the region (state, province), and
where they state two different regions for one key, the key held two places: each pair whose
sources state exactly one region moves to a city keyed by country, name and region
(`US-columbus-indiana`).  A pair whose sources state no region (or several) stays on the bare key:
which of the places it means is not said, and it is not guessed.  Keys whose sources state one
region or none are left as they are, so the rest of the register does not change."""

import collections
import re

from .common import norm_latin, slug


# Words that name the kind of region, not the region: "Ohio State", "Province of Ontario"
KIND = re.compile(r'\b(state|province|prefecture|oblast|krai|kray|region|county|district|land)\b|\bof\b', re.I)


def region_form(s):
    """compare-form of a region as a page writes it: letters only, without the kind of region"""
    return norm_latin(KIND.sub(' ', s or ''))


def split_by_region(reg, events, log):
    """Moves the pairs of a foreign city whose sources state two or more different regions to one
    city per region.  Returns the number of pairs moved."""
    regions = collections.defaultdict(lambda: collections.defaultdict(set))  # city -> pair -> forms
    spelled = {}  # form -> the first way a page spelled it
    for (a, b), evs in sorted(events.items()):
        for k in (a, b):
            c = reg.cities.get(k)
            if not c or c['country'] in ('CN', 'JP', 'KR') or c['level'] != 'other':
                continue
            for e in evs:
                f = region_form(e.get('region', ''))
                if f:
                    regions[k][(a, b)].add(f)
                    spelled.setdefault(f, e['region'].strip())
    moved = 0
    for k, by_pair in sorted(regions.items()):
        forms = set().union(*by_pair.values())
        if len(forms) < 2:
            continue
        log('region_split', '%s (%s): the sources state %d regions: %s' % (
            k, reg.cities[k]['name_native'], len(forms), ', '.join(spelled[f] for f in sorted(forms))))
        for pair in sorted(p for p in events if k in p):
            fs = by_pair.get(pair, set())
            if len(fs) != 1:
                log('region_split', '%s: %s:%s stays on it: %s' % (
                    k, pair[0], pair[1], 'the sources state no region' if not fs else 'the sources state several'))
                continue
            f = next(iter(fs))
            nk = '%s-%s' % (k, slug(spelled[f]))
            c = reg.cities[k]
            # the region is part of the name: two cities of one name in one country are told apart by
            # it (the importer, like the compiler, takes one country and name for one city)
            qualified = '%s, %s' % (c['name_en'] or c['name_native'], spelled[f])
            reg.city(nk, country=c['country'], level='other', name_native=qualified, name_en=qualified, source_key='')
            np = tuple(nk if x == k else x for x in pair)
            events[np].extend(events.pop(pair))
            moved += 1
            log('region_split', '%s: %s:%s -> %s:%s (%s)' % (k, pair[0], pair[1], np[0], np[1], spelled[f]))
    return moved
