#include "NameKey.h"

namespace sc::namekey {

namespace {

// U+001F (unit separator) cannot occur in a normalised name, so it delimits names safely.
const QChar kSeparator(0x1F);

QString escapeLike(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

QString normalize(const QString& name)
{
    QString folded = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    folded.remove(kSeparator);
    // Invisible characters must not make a twin of a name (Yang<U+200B>zhou is Yangzhou).
    folded.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    return folded.simplified();
}

QStringList variants(const QString& name)
{
    // Longest first, so that 自治区 is stripped before 区.
    static const QStringList suffixes = {QStringLiteral("特别行政区"),
                                         QStringLiteral("维吾尔自治区"),
                                         QStringLiteral("壮族自治区"),
                                         QStringLiteral("回族自治区"),
                                         QStringLiteral("自治区"),
                                         QStringLiteral("特別自治市"),
                                         QStringLiteral("특별자치도"),
                                         QStringLiteral("특별자치시"),
                                         QStringLiteral("광역시"),
                                         QStringLiteral("특별시"),
                                         QStringLiteral("広域市"),
                                         QStringLiteral("广域市"),
                                         QStringLiteral(" prefecture"),
                                         QStringLiteral(" province"),
                                         QStringLiteral(" city"),
                                         QStringLiteral(" county"),
                                         QStringLiteral(" municipality"),
                                         QStringLiteral("-shi"),
                                         QStringLiteral("-ken"),
                                         QStringLiteral("省"),
                                         QStringLiteral("市"),
                                         QStringLiteral("县"),
                                         QStringLiteral("県"),
                                         QStringLiteral("縣"),
                                         QStringLiteral("区"),
                                         QStringLiteral("區"),
                                         QStringLiteral("府"),
                                         QStringLiteral("도"),
                                         QStringLiteral("시"),
                                         QStringLiteral("군"),
                                         QStringLiteral("구")};
    const QString key = normalize(name);
    QStringList out;
    if (key.isEmpty())
        return out;
    out << key;
    for (const QString& suffix : suffixes) {
        if (key.size() > suffix.size() && key.endsWith(suffix)) {
            out << key.chopped(suffix.size()).trimmed();
            break;
        }
    }
    return out;
}

QString searchText(const QStringList& names)
{
    QStringList keys;
    for (const QString& name : names)
        for (const QString& key : variants(name))
            if (!keys.contains(key))
                keys << key;
    return kSeparator + keys.join(kSeparator) + kSeparator;
}

QString containsPattern(const QString& text)
{
    return QLatin1Char('%') + escapeLike(normalize(text)) + QLatin1Char('%');
}

QString equalsPattern(const QString& name)
{
    return QLatin1Char('%') + kSeparator + escapeLike(normalize(name)) + kSeparator +
           QLatin1Char('%');
}

} // namespace sc::namekey
