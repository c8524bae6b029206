#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sc {

// The four languages the data carries names in. English is the source language of the UI.
enum class Language { Zh, Ja, Ko, En };

namespace language {

QString code(Language language);                       // "zh", "ja", "ko", "en"
std::optional<Language> fromCode(const QString& code); // accepts zh, zh_CN, zh-Hans, ja_JP, ...
QStringList codes();
// The column suffix of name columns: name_zh, name_ja, ...
inline QString nameColumn(Language language)
{
    return QStringLiteral("name_") + code(language);
}

} // namespace language
} // namespace sc
