#include "ValueText.h"

#include "EstablishedDate.h"
#include "i18n/Translations.h"

#include <QLocale>

#include <optional>

namespace sc {

namespace {

// The words of the stored codes, one table a kind. The filter's description needs some of them in
// any language (a figure is exported in Korean from a window in Chinese): one table serves both
// lookups.
struct Word {
    const char* code;
    const char* text;
};

const Word kStatuses[] = {{"active", QT_TRANSLATE_NOOP("ValueText", "active")},
                          {"dormant", QT_TRANSLATE_NOOP("ValueText", "dormant")},
                          {"ended", QT_TRANSLATE_NOOP("ValueText", "ended")}};
const Word kKinds[] = {
    {"sister", QT_TRANSLATE_NOOP("ValueText", "sister city")},
    {"friendship", QT_TRANSLATE_NOOP("ValueText", "friendship city")},
    {"friendship-exchange", QT_TRANSLATE_NOOP("ValueText", "friendship and exchange")}};
const Word kRegions[] = {{"east", QT_TRANSLATE_NOOP("ValueText", "east")},
                         {"central", QT_TRANSLATE_NOOP("ValueText", "central")},
                         {"west", QT_TRANSLATE_NOOP("ValueText", "west")}};
const Word kLevels[] = {{"province", QT_TRANSLATE_NOOP("ValueText", "province")},
                        {"prefecture", QT_TRANSLATE_NOOP("ValueText", "prefecture")},
                        {"county", QT_TRANSLATE_NOOP("ValueText", "county")},
                        {"district", QT_TRANSLATE_NOOP("ValueText", "district")},
                        {"municipality", QT_TRANSLATE_NOOP("ValueText", "municipality")},
                        {"other", QT_TRANSLATE_NOOP("ValueText", "other")}};
const Word kPrecisions[] = {{"year", QT_TRANSLATE_NOOP("ValueText", "year only")},
                            {"month", QT_TRANSLATE_NOOP("ValueText", "month")},
                            {"day", QT_TRANSLATE_NOOP("ValueText", "day")}};
const char* const kUnknown = QT_TRANSLATE_NOOP("ValueText", "unknown");

// `language` empty: the installed translation, as every widget shows it.
QString word(const char* text, std::optional<Language> language)
{
    return language ? Translations::translate(*language, "ValueText", text)
                    : QCoreApplication::translate("ValueText", text);
}

template <std::size_t N>
QString lookup(const Word (&words)[N], const QString& code, std::optional<Language> language)
{
    for (const Word& entry : words)
        if (code == QLatin1String(entry.code))
            return word(entry.text, language);
    return code.isEmpty() ? word(kUnknown, language) : code;
}

} // namespace

QString ValueText::unknown()
{
    return word(kUnknown, std::nullopt);
}

QString ValueText::status(const QString& code, std::optional<Language> language)
{
    return lookup(kStatuses, code, language);
}

QString ValueText::kind(const QString& code, std::optional<Language> language)
{
    return lookup(kKinds, code, language);
}

QString ValueText::region(const QString& code, std::optional<Language> language)
{
    return lookup(kRegions, code, language);
}

QString ValueText::level(const QString& code)
{
    return lookup(kLevels, code, std::nullopt);
}

QString ValueText::precision(const QString& code)
{
    return lookup(kPrecisions, code, std::nullopt);
}

QString ValueText::date(const QString& stored)
{
    const auto date = EstablishedDate::parse(stored);
    if (!date)
        return stored.isEmpty() ? unknown() : stored;
    // Each precision has its own pattern, which the translation gives (2017年12月, 2017년 12월,
    // Dec 2017): QLocale has no year-and-month format, and its short formats drop the century.
    // Month names come from the default locale, which follows the chosen language.
    switch (date->precision()) {
    case EstablishedDate::Precision::Year:
        return QLocale().toString(date->firstDay(),
                                  tr("yyyy", "date format (QDate) of a year alone: 2017"));
    case EstablishedDate::Precision::Month:
        return QLocale().toString(date->firstDay(),
                                  tr("MMM yyyy", "date format (QDate) of a month: Dec 2017"));
    case EstablishedDate::Precision::Day:
        break;
    }
    return QLocale().toString(date->firstDay(),
                              tr("d MMM yyyy", "date format (QDate) of a day: 3 Dec 2017"));
}

} // namespace sc
