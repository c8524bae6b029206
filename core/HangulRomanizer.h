#pragma once

#include <QString>

namespace sc {

// Korean names in Latin letters by the Revised Romanization of Korean (2000), for the English
// reader of a city the register knows only in hangul: 구로구 → Guro-gu, 청송군 → Cheongsong-gun.
// The rule links a final consonant to a following vowel (서울 → Seoul) and writes an
// administrative unit after a hyphen, as the rule asks; it does not apply the sound changes
// between consonants (신라 stays Sinra, not Silla), so the result is marked as romanised by
// rule wherever it is shown. Characters other than hangul syllables are kept as they are.
class HangulRomanizer final {
public:
    static QString romanize(const QString& hangul);
    // Registers romanize() as the SQL function sc_romanize(text) on an SQLite connection.
    static bool registerFunction(void* sqliteConnection);
};

} // namespace sc
