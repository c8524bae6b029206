"""Relations: classifying a source's relation wording into a pairing kind or a note."""

import re


# ---------------------------------------------------------------------------------------------
# relations


NOTE_PATTERNS = [
    (r'備忘録|비망록|覚書|MOC|MOU', 'memorandum: not a pairing agreement'),
    (r'意向書|意向书|의향서', 'letter of intent: not a pairing agreement'),
    (r'再締結|再調印|연장|재협정', 'renewal of an existing agreement'),
    (r'周年|주년', 'anniversary agreement'),
    (r'予定|예정|announced in advance|planned|scheduled|하기로|갖는다|체결키로', 'signing announced in advance; not confirmed as signed'),
    (r'memorand|agreements or', 'memorandum: not a pairing agreement'),
    (r'批准|not signing date', 'approval by a council, not the signing'),
    (r'議会\)|宣言\(', 'declaration by a council, not the signing'),
    (r'種別不明', 'kind of relation not stated by the source'),
    (r'深化|加强|강화', 'agreement deepening an existing relation'),
    (r'人材と技術|経済文化交流委員会', 'cooperation agreement, not a pairing agreement'),
    (r'^協議書$', 'agreement of unstated kind'),
    (r'^友好協力協定書$', 'cooperation agreement, not a pairing agreement'),
]


# Words that make a note only where they name the document itself, outside brackets: in
# "agreement (1995 letter of intent)" the letter of intent is the history, the agreement the fact.
OUTER_NOTE_PATTERNS = [
    (r'letters? of intent|\bLOI\b|Absichtserkl|lettre d.intention|carta de intenci|lettera d.intenti',
     'letter of intent: not a pairing agreement'),
    (r'备忘录|谅解备忘|양해\s*각서', 'memorandum: not a pairing agreement'),
]


def classify(relation):
    """-> ('establish', kind, rank) or ('note', reason, 0)"""
    r = relation
    for pat, why in NOTE_PATTERNS:
        if re.search(pat, r):
            return ('note', why, 0)
    outer = re.sub(r'[\(（].*?[\)）]', '', r)
    for pat, why in OUTER_NOTE_PATTERNS:
        if re.search(pat, outer, re.I):
            return ('note', why, 0)
    for text in (outer, r):
        if re.search(r'友好交流|우호\s*교류|우호친선\s*교류|友好交往|交流協定|交流协议|교류도시', text):
            return ('establish', 'friendship-exchange', 1)
        if re.search(r'friendly exchange|friendship exchange', text, re.I):
            return ('establish', 'friendship-exchange', 1)
        if re.search(r'姉妹|자매|sister|twin|partnerschaft|partnerstadt|jumelage|побратим|gemellaggio|hermanamiento|partnership agreement|partner cit|partner town', text, re.I):
            return ('establish', 'sister', 2)
        if re.search(r'友好|友城|우호|친선|親善|友好城|friendship|friendly', text, re.I):
            return ('establish', 'friendship', 2)
    # An exchange relation named without 友好 / 우호: "상호 교류 협력 체결" (Jangheung–Acheng, asiae
    # 2013), "海外交流" (Ōsaki's own page on Jinshui).  Checked after every other rule, so that a
    # wording another rule already reads keeps its reading.
    if re.search(r'교류\s*협력|海外交流', r):
        return ('establish', 'friendship-exchange', 1)
    return ('note', 'relation wording not recognised', 0)
