#include "ValueText.h"

#include "EstablishedDate.h"

#include <QLocale>

namespace sc {

QString ValueText::unknown()
{
    return tr("unknown");
}

QString ValueText::status(const QString& code)
{
    if (code == QLatin1String("active"))
        return tr("active");
    if (code == QLatin1String("dormant"))
        return tr("dormant");
    if (code == QLatin1String("ended"))
        return tr("ended");
    return code.isEmpty() ? unknown() : code;
}

QString ValueText::kind(const QString& code)
{
    if (code == QLatin1String("sister"))
        return tr("sister city");
    if (code == QLatin1String("friendship"))
        return tr("friendship city");
    if (code == QLatin1String("friendship-exchange"))
        return tr("friendship and exchange");
    return code.isEmpty() ? unknown() : code;
}

QString ValueText::level(const QString& code)
{
    if (code == QLatin1String("province"))
        return tr("province");
    if (code == QLatin1String("prefecture"))
        return tr("prefecture");
    if (code == QLatin1String("county"))
        return tr("county");
    if (code == QLatin1String("district"))
        return tr("district");
    if (code == QLatin1String("municipality"))
        return tr("municipality");
    if (code == QLatin1String("other"))
        return tr("other");
    return code.isEmpty() ? unknown() : code;
}

QString ValueText::region(const QString& code)
{
    if (code == QLatin1String("east"))
        return tr("east");
    if (code == QLatin1String("central"))
        return tr("central");
    if (code == QLatin1String("west"))
        return tr("west");
    return code.isEmpty() ? unknown() : code;
}

QString ValueText::precision(const QString& code)
{
    if (code == QLatin1String("year"))
        return tr("year only");
    if (code == QLatin1String("month"))
        return tr("month");
    if (code == QLatin1String("day"))
        return tr("day");
    return code.isEmpty() ? unknown() : code;
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
