#!/usr/bin/env python3
"""The transcription tables tools/dataset/harvest.py matches names with: pinyin -> hangul (the
Korean rules for Mandarin), romaji -> hangul (the Korean rules for Japanese) and the initial-sound
rule of Sino-Korean readings, the readings exonyms.tsv supplies where Unihan has none, and the
reading of a relation's wording.  Expected spellings are those Korean pages use (the harvest's own
rows), written out here, not computed."""
import collections
import os
import sys
import unittest
from itertools import product

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools', 'dataset'))
import harvest  # noqa: E402


def mandarin(*syllables):
    return {''.join(p) for p in product(*[harvest.pinyin_to_hangul(s) for s in syllables])}


class Transcription(unittest.TestCase):
    def test_mandarin_names_as_korean_pages_write_them(self):
        for syllables, page in [(('bei', 'jing'), '베이징'), (('chang', 'ning'), '창닝'), (('yan', 'ji'), '옌지'),
                                (('shao', 'xing'), '샤오싱'), (('ke', 'qiao'), '커차오'), (('fu', 'tian'), '푸톈'),
                                (('chong', 'qing'), '충칭'), (('pu', 'dong'), '푸둥'), (('li', 'cheng'), '리청'),
                                (('cheng', 'du'), '청두'), (('yan', 'cheng'), '옌청'), (('chang', 'zhou'), '창저우')]:
            self.assertIn(page, mandarin(*syllables), syllables)

    def test_a_syllable_never_reads_as_another(self):
        self.assertNotIn('베이징', mandarin('bei', 'jin'))
        self.assertNotIn('청두', mandarin('cheng', 'tu'))

    def test_japanese_names_as_korean_pages_write_them(self):
        for romaji, page in [('Yamaguchi', '야마구치'), ('Shimonoseki', '시모노세키'), ('Beppu', '벳푸'),
                             ('Niigata', '니가타'), ('Ōita', '오이타'), ('Tsuruga', '쓰루가'), ('Kure', '구레'),
                             ('Sapporo', '삿포로'), ('Kōchi', '고치'), ('Hiroshima', '히로시마')]:
            self.assertIn(page, harvest.romaji_to_hangul(romaji), romaji)
        self.assertNotIn('야마가타', harvest.romaji_to_hangul('Yamaguchi'))

    def test_initial_sound_rule(self):
        self.assertEqual(harvest.initial_sound_law('료성'), '요성')   # 聊城
        self.assertEqual(harvest.initial_sound_law('로산'), '노산')
        self.assertEqual(harvest.initial_sound_law('녀주'), '여주')
        self.assertEqual(harvest.initial_sound_law('경주'), '경주')



class SupplementaryHangulReadings(unittest.TestCase):
    """Unihan 15.0 has no kHangul for 圳 (深圳) or 嶗 / 崂 (嶗山): exonyms.tsv supplies the readings
    stored pages give, and the Sino-Korean forms Korean pages write (심천시, 노산구) then follow.
    The readings of the other characters are Unihan's, written out here so that the test need not
    decompress the whole database (about a second)."""

    def setUp(self):
        from rekey.unihan import Han
        self.han = Han.__new__(Han)
        self.han.V = {'崂': {'kTraditionalVariant': 'U+5D97'}, '嶗': {'kSimplifiedVariant': 'U+5D02'}}
        self.han.simp2trad = {'崂': {'嶗'}}
        self.han.R = collections.defaultdict(dict, {
            '深': {'kHangul': '심:0E'}, '市': {'kHangul': '시:0E'}, '山': {'kHangul': '산:0E'},
            '區': {'kHangul': '구:0E'}, '区': {}, '圳': {}, '崂': {}, '嶗': {}})

    def test_readings_come_from_exonyms_and_never_override_unihan(self):
        from rekey.unihan import add_hangul_readings
        added = add_hangul_readings(self.han.R)
        self.assertEqual(added, {'圳': ['천', '수'], '嶗': ['노']})
        self.assertNotIn('崂', added)  # reached through its traditional form 嶗
        kept = collections.defaultdict(dict, {'圳': {'kHangul': '천:0'}})
        self.assertEqual(add_hangul_readings(kept), {'嶗': ['노']})
        self.assertEqual(kept['圳']['kHangul'], '천:0')

    def test_korean_pages_spellings_follow(self):
        from rekey.unihan import add_hangul_readings
        self.han.simp2trad['区'] = {'區'}
        names = harvest.ChineseNames(None, self.han)
        self.assertEqual(names.sino('深圳市'), set())  # no reading for 圳 without the supplement
        add_hangul_readings(self.han.R)
        self.assertIn('심천시', names.sino('深圳市'))
        self.assertEqual(names.sino('崂山区'), {'노산구'})
        self.assertEqual(names.sino('嶗山区'), {'노산구'})



class RelationWordings(unittest.TestCase):
    """How a page's wording of the relation is read (rekey/relations.py): the harvest's own
    wordings, each with the reading the project's rules give it."""

    def test_exchange_relations_without_friendship_word(self):
        from rekey.relations import classify
        self.assertEqual(classify('상호 교류 협력 체결 (15일; 기사 URL 날짜 20130118)'),
                         ('establish', 'friendship-exchange', 1))  # 장흥군–아성구, asiae 2013
        self.assertEqual(classify('海外交流'), ('establish', 'friendship-exchange', 1))  # 大崎市–金水区

    def test_a_memorandum_stays_a_note_in_korean_too(self):
        from rekey.relations import classify
        for wording in ('우호교류 협력에 관한 양해각서', "우호도시 양해각서 (page says 2016; also '13년째')"):
            self.assertEqual(classify(wording)[0], 'note', wording)
        self.assertEqual(classify('교류협력 의향서 (해양관광 및 경제분야)')[0], 'note')

    def test_other_rules_keep_their_reading(self):
        from rekey.relations import classify
        self.assertEqual(classify('교류 협력회의 (구 대표단 방문; 두 구 관내 중학교 자매결연)')[1], 'sister')
        self.assertEqual(classify('우호교류협력 체결 (2013년 4월)')[1], 'friendship-exchange')
        self.assertEqual(classify('상호협력 협약'), ('note', 'relation wording not recognised', 0))
        self.assertEqual(classify('국제 교류'), ('note', 'relation wording not recognised', 0))


if __name__ == '__main__':
    unittest.main()


class KoreanPlacesFromExonyms(unittest.TestCase):
    """A Korean place the English list names only in Latin letters ("Haeundae (Busan)") gets the hangul
    name and province a stored page states, from exonyms.tsv (kind 'kr-place'), and the list's name
    then matches it as it would match a place a harvested Korean page names."""

    def setUp(self):
        import csv
        from rekey.korea import Korea
        from rekey.register import Register
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools', 'dataset',
                            'exonyms.tsv')
        with open(path, encoding='utf-8', newline='') as f:
            rows = {r['key']: r for r in csv.DictReader(f, delimiter='\t')}
        ref = type('Ref', (), {})()
        ref.ex = {k: r for k, r in rows.items() if k.startswith('KR-') or r['kind'] == 'kr-place'}
        ref.kr_div = {k: r for k, r in ref.ex.items() if len(k) == 5}
        ref.kr_alias = {r['name_ko']: k for k, r in ref.kr_div.items()}
        self.reg = Register()
        self.kr = Korea(ref, self.reg)

    def test_the_list_name_matches_the_place_the_page_names(self):
        self.assertEqual(self.kr.resolve_en('Haeundae (Busan)'), [])
        self.kr.add_places()
        self.assertEqual(self.kr.resolve_en('Haeundae (Busan)'), ['KR-busan-haeundae-gu'])
        c = self.reg.cities['KR-busan-haeundae-gu']
        self.assertEqual((c['name_ko'], c['division'], c['parent_key'], c['level']),
                         ('해운대구', 'KR-26', 'KR-busan', 'district'))
