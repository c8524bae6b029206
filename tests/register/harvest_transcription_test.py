#!/usr/bin/env python3
"""The transcription tables tools/dataset/harvest.py matches names with: pinyin -> hangul (the
Korean rules for Mandarin), romaji -> hangul (the Korean rules for Japanese) and the initial-sound
rule of Sino-Korean readings.  Expected spellings are those Korean pages use (the harvest's own
rows), written out here, not computed."""
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


if __name__ == '__main__':
    unittest.main()
