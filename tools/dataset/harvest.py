"""Reading the harvest fact files (tools/dataset/harvest/*.tsv, see harvest/FORMAT.md) into the
register being re-keyed by rekey_register.py.  Python 3, standard library only.

The harvest writes a Chinese city as the page wrote it: in Chinese or Japanese characters
(大連市 / 大连市), in hangul -- either the Sino-Korean reading of the characters (북경시 = 北京市)
or the Korean transcription of the Mandarin sound (베이징시) -- or in Latin letters.  All four are
matched mechanically against cn-divisions: characters through Unihan variants, hangul through
Unihan's kHangul readings or through the pinyin -> hangul transcription table below, Latin letters
through pinyin.  A name that matches no place, or several, is not guessed: the row is left out
and listed in the decision log.
"""
# The code lives in rekey/ (one idea a module); this module keeps the names the re-keying and the
# transcription test use.
from rekey.chinese_names import ChineseNames, initial_sound_law  # noqa: F401
from rekey.foreign_places import resolve_jp, resolve_kr  # noqa: F401
from rekey.hangul_pinyin import HAN, HANGUL, LATIN, pinyin_to_hangul  # noqa: F401
from rekey.hangul_romaji import JP_SUFFIX_KO, jp_hangul_candidates, romaji_to_hangul, strip_long  # noqa: F401
from rekey.harvest_facts import COLUMNS, DATE, add_harvest, add_renamed, add_world, relation_of, url_and_date  # noqa: F401
