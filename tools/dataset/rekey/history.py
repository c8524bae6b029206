"""A pair's history: a party renamed or merged into a successor that has its own pair with the same partner."""


def merge_successors(reg, events, renamed, log):
    """A pair whose city was merged into (renamed as) a successor that has a pair of its own with the
    same partner is one pair: its facts join the successor's pair, as its earlier history.  `renamed`
    maps a place renamed as a whole (harvest/places-renamed.tsv) to (successor, date), for the note."""
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
            e['note'] = '; '.join(x for x in (e['note'], ('named as %s, renamed %s in %s' % (
                reg.cities[old]['name_native'], reg.cities[s]['name_native'], renamed[old][1] or '?')) if old in renamed
                else 'signed with %s, since merged into %s' % (reg.cities[old]['name_native'], reg.cities[s]['name_native'])) if x)
            events[target].append(e)
        del events[(a, b)]
        log('merged', '%s:%s -> %s:%s' % (a, b, target[0], target[1]))
