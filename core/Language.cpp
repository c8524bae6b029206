#include "Language.h"

namespace sc::language {

QString code(Language language)
{
    switch (language) {
    case Language::Zh:
        return QStringLiteral("zh");
    case Language::Ja:
        return QStringLiteral("ja");
    case Language::Ko:
        return QStringLiteral("ko");
    case Language::En:
        break;
    }
    return QStringLiteral("en");
}

std::optional<Language> fromCode(const QString& code)
{
    const QString lower = code.trimmed().toLower();
    const QString head = lower.left(2);
    if (lower.size() > 2 && lower.at(2) != QLatin1Char('_') && lower.at(2) != QLatin1Char('-'))
        return std::nullopt;
    if (head == QLatin1String("zh"))
        return Language::Zh;
    if (head == QLatin1String("ja"))
        return Language::Ja;
    if (head == QLatin1String("ko"))
        return Language::Ko;
    if (head == QLatin1String("en"))
        return Language::En;
    return std::nullopt;
}

QStringList codes()
{
    return {QStringLiteral("zh"), QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("en")};
}

} // namespace sc::language
