#include "HangulRomanizer.h"

#include <QStringList>

#include <sqlite3.h>

namespace sc {

namespace {

constexpr char16_t kFirstSyllable = 0xAC00;
constexpr char16_t kLastSyllable = 0xD7A3;

// Jamo in Unicode order: 19 initials, 21 medials, 28 finals (the first "none").
const char* const kInitials[19] = {"g",  "kk", "n", "d",  "tt", "r", "m", "b", "pp", "s",
                                   "ss", "",   "j", "jj", "ch", "k", "t", "p", "h"};
const char* const kMedials[21] = {"a",  "ae", "ya", "yae", "eo", "e",  "yeo",
                                  "ye", "o",  "wa", "wae", "oe", "yo", "u",
                                  "wo", "we", "wi", "yu",  "eu", "ui", "i"};
// A final before a consonant or at the end of the word.
const char* const kFinals[28] = {"",  "k",  "k", "k", "n", "n", "n", "t", "l", "k",
                                 "m", "l",  "l", "l", "p", "l", "m", "p", "p", "t",
                                 "t", "ng", "t", "t", "k", "t", "p", "t"};
// A final before a silent initial (ㅇ) is read as the next syllable's initial (한국어 →
// han-gu-geo); ㅎ falls silent (좋아 → joa).
const char* const kLinked[28] = {"",   "g",  "kk", "ks", "n",  "nj", "nh", "d", "r",  "lg",
                                 "lm", "lb", "ls", "lt", "lp", "lh", "m",  "b", "ps", "s",
                                 "ss", "ng", "j",  "ch", "k",  "t",  "p",  ""};

bool isSyllable(QChar c)
{
    return c.unicode() >= kFirstSyllable && c.unicode() <= kLastSyllable;
}

QString syllables(const QString& text)
{
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!isSyllable(c)) {
            out += c;
            continue;
        }
        const int index = c.unicode() - kFirstSyllable;
        const int initial = index / 588;
        const int medial = (index % 588) / 28;
        const int final = index % 28;
        out += QLatin1String(kInitials[initial]);
        out += QLatin1String(kMedials[medial]);
        const bool vowelNext = i + 1 < text.size() && isSyllable(text.at(i + 1)) &&
                               (text.at(i + 1).unicode() - kFirstSyllable) / 588 == 11;
        out += QLatin1String(vowelNext ? kLinked[final] : kFinals[final]);
    }
    // ㄹㄹ is written ll.
    return out.replace(QLatin1String("lr"), QLatin1String("ll"));
}

void sqlRomanize(sqlite3_context* context, int, sqlite3_value** values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(values[0])),
                          sqlite3_value_bytes(values[0]));
    const QByteArray out = HangulRomanizer::romanize(text).toUtf8();
    sqlite3_result_text(context, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace

QString HangulRomanizer::romanize(const QString& hangul)
{
    // An administrative unit is written after a hyphen: Guro-gu, Anseong-si, Buan-gun.
    static const QStringList units{QStringLiteral("특별시"),     QStringLiteral("광역시"),
                                   QStringLiteral("특별자치시"), QStringLiteral("시"),
                                   QStringLiteral("군"),         QStringLiteral("구"),
                                   QStringLiteral("읍"),         QStringLiteral("면"),
                                   QStringLiteral("동"),         QStringLiteral("도")};
    const QString text = hangul.trimmed();
    QString stem = text;
    QString unit;
    for (const QString& candidate : units) {
        // 동 and 도 end one-syllable place names too (안동 is Andong, not An-dong).
        const int minimumStem =
            candidate == QStringLiteral("동") || candidate == QStringLiteral("도") ? 2 : 1;
        if (text.size() >= candidate.size() + minimumStem && text.endsWith(candidate)) {
            stem = text.left(text.size() - candidate.size());
            unit = candidate;
            break;
        }
    }
    QString out = syllables(stem);
    if (!unit.isEmpty())
        out += QLatin1Char('-') + syllables(unit);
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

bool HangulRomanizer::registerFunction(void* sqliteConnection)
{
    return sqlite3_create_function_v2(static_cast<sqlite3*>(sqliteConnection), "sc_romanize", 1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, sqlRomanize,
                                      nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace sc
