#!/usr/bin/env python3
"""tools/dataset/check_register.py on small registers written here: a pair written under a place
and under the place's recorded successor (a renaming the harvest's places-renamed.tsv states, or a
merger a pairing's `successor` records) with the same partner must fail the check; the same
register without the recorded succession passes.  The registers are a few rows each (the countries
and divisions are the real register's), so the checker runs in a few tens of milliseconds."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CHECKER = os.path.join(REPO, 'tools', 'dataset', 'check_register.py')
REAL = os.path.join(REPO, 'resources', 'dataset', 'register')

HEAD = {
    'sources.tsv': 'source_key title publisher url date_read licence',
    'cities.tsv': 'city_key country division parent_key level name_native name_zh name_ja name_ko name_en source_key',
    'pairings.tsv': 'pairing_key city_a city_b established precision status kind date_basis note source_key '
                    'verification ended end_reason successor end_source_key',
    'pairing_sources.tsv': 'pairing_key source_key established relation note',
    'unplaced.tsv': 'city_key reason',
}
CITIES = {
    'CN-3206': 'CN CN-JS - prefecture 南通市',
    'CN-3208': 'CN CN-JS - prefecture 淮安市',
    'CN-320803': 'CN CN-JS CN-3208 district 淮安区',
    'CN-3208-chuzhouqu': 'CN CN-JS CN-3208 district 楚州区',
    'JP-33681': 'JP JP-33 - municipality 吉備中央町',
    'KR-changwon-si': 'KR KR-48 - municipality 창원시',
    'KR-masan-si': 'KR KR-48 - municipality 마산시',
}
RENAMED_HEAD = 'country\tdivision\tcity\tstatus\tstatus_date\tdate_precision\tsuccessor\tsource_url\tsource_title\tquote\tnote\n'
RENAMED_ROW = 'CN\t江苏省\t淮安市楚州区\trenamed\t2012\tyear\t淮安市淮安区\thttp://example.org/a\tt\tq\t\n'


def pairing(a, b, successor=''):
    return ['%s:%s' % (a, b), a, b, '1999', 'year', 'active', 'friendship', '', '', 's1', 'verified', '',
            'renamed' if successor else '', successor, 's1' if successor else '']


class Succession(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)
        self.reg = os.path.join(self.dir, 'register')
        os.mkdir(self.reg)
        for n in ('countries.tsv', 'divisions.tsv'):
            shutil.copy(os.path.join(REAL, n), self.reg)
        # the reference tables' sources (cldr-icu, iso-codes, ...), not the pages of pairs
        with open(os.path.join(REAL, 'sources.tsv'), encoding='utf-8') as f:
            self.fixed_sources = [l.rstrip('\n').split('\t') for l in f.readlines()[1:]
                                  if not l.startswith(('url-', 'clair-', 'zhwiki-'))]

    def check(self, cities, pairs, renamed_rows=''):
        rows = {
            'sources.tsv': self.fixed_sources + [['s1', 'a page', 'example.org', 'http://example.org/a', '', 'facts']],
            'cities.tsv': [[k] + [x if x != '-' else '' for x in CITIES[k].split()][:4] + [CITIES[k].split()[4]] * 2
                           + ['', '', '', 's1'] for k in cities],
            'pairings.tsv': pairs,
            'pairing_sources.tsv': [[p[0], 's1', p[3], 'friendship', 'date used for the pairing'] for p in pairs],
            'unplaced.tsv': [],
        }
        for n, rs in rows.items():
            with open(os.path.join(self.reg, n), 'w', encoding='utf-8', newline='\n') as f:
                f.write('\t'.join(HEAD[n].split()) + '\n')
                for r in sorted(rs, key=lambda r: r[0].encode('utf-8')):
                    f.write('\t'.join(r) + '\n')
        renamed = os.path.join(self.dir, 'places-renamed.tsv')
        with open(renamed, 'w', encoding='utf-8') as f:
            f.write(RENAMED_HEAD + renamed_rows)
        p = subprocess.run([sys.executable, CHECKER, self.reg, renamed], capture_output=True, text=True)
        return p.returncode, p.stdout

    def test_a_pair_under_a_renamed_place_and_its_successor_fails(self):
        cities = ['CN-3208', 'CN-320803', 'CN-3208-chuzhouqu', 'JP-33681']
        pairs = [pairing('CN-320803', 'JP-33681'), pairing('CN-3208-chuzhouqu', 'JP-33681')]
        code, out = self.check(cities, pairs, RENAMED_ROW)
        self.assertEqual(code, 1, out)
        self.assertIn('pairings CN-3208-chuzhouqu:JP-33681 and CN-320803:JP-33681: the same pair before and after '
                      'a merger or renaming', out)

    def test_without_the_recorded_renaming_the_two_places_are_two(self):
        cities = ['CN-3208', 'CN-320803', 'CN-3208-chuzhouqu', 'JP-33681']
        pairs = [pairing('CN-320803', 'JP-33681'), pairing('CN-3208-chuzhouqu', 'JP-33681')]
        code, out = self.check(cities, pairs)
        self.assertEqual(code, 0, out)
        self.assertIn('OK: all checks passed', out)

    def test_the_renamed_place_alone_passes(self):
        code, out = self.check(['CN-3208', 'CN-3208-chuzhouqu', 'JP-33681'],
                               [pairing('CN-3208-chuzhouqu', 'JP-33681')], RENAMED_ROW)
        self.assertEqual(code, 0, out)

    def test_a_merger_recorded_on_another_pairing_of_the_place_fails(self):
        # Masan's merger into Changwon is recorded on its pair with Nantong; its pair with Huai'an
        # beside Changwon's pair with Huai'an is then one pair written twice
        cities = ['CN-3206', 'CN-3208', 'KR-changwon-si', 'KR-masan-si']
        pairs = [pairing('CN-3206', 'KR-masan-si', successor='KR-changwon-si'),
                 pairing('CN-3208', 'KR-masan-si'), pairing('CN-3208', 'KR-changwon-si')]
        code, out = self.check(cities, pairs)
        self.assertEqual(code, 1, out)
        self.assertIn('pairings CN-3208:KR-masan-si and CN-3208:KR-changwon-si: the same pair before and after',
                      out)
        self.assertNotIn('CN-3206:KR-masan-si and', out)
        # without the merger's record the three pairs are three
        pairs[0] = pairing('CN-3206', 'KR-masan-si')
        code, out = self.check(cities, pairs)
        self.assertEqual(code, 0, out)


if __name__ == '__main__':
    unittest.main()
