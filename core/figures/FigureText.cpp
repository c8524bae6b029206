#include "FigureText.h"

#include "i18n/Translations.h"

#include <QLocale>

namespace sc::figuretext {

namespace {
const char* const kContext = "sc::FigureText";
}

QString translate(Language language, const char* source)
{
    return Translations::translate(language, kContext, source);
}

QString regionName(const QString& region, Language language)
{
    if (region == QLatin1String("east"))
        return translate(language, QT_TRANSLATE_NOOP("sc::FigureText", "East"));
    if (region == QLatin1String("central"))
        return translate(language, QT_TRANSLATE_NOOP("sc::FigureText", "Central"));
    if (region == QLatin1String("west"))
        return translate(language, QT_TRANSLATE_NOOP("sc::FigureText", "West"));
    return region;
}

QString categoryAxisTitle(CategoryKind kind, bool chineseDivisions, Language language)
{
    switch (kind) {
    case CategoryKind::Year:
        return translate(language, QT_TRANSLATE_NOOP("sc::FigureText", "Year"));
    case CategoryKind::Division:
        return chineseDivisions
                   ? translate(language, QT_TRANSLATE_NOOP("sc::FigureText", "Province"))
                   : translate(language,
                               QT_TRANSLATE_NOOP("sc::FigureText", "First-level division"));
    case CategoryKind::Country:
        return translate(language, QT_TRANSLATE_NOOP("sc::FigureText", "Partner country"));
    case CategoryKind::Region:
        return translate(language, QT_TRANSLATE_NOOP("sc::FigureText", "Region"));
    case CategoryKind::Option:
        break;
    }
    return translate(language, QT_TRANSLATE_NOOP("sc::FigureText", "Answer"));
}

QString pairsAxisTitle(CustomFigure::Measure measure, Language language)
{
    switch (measure) {
    case CustomFigure::Measure::NewPerYear:
        return translate(language, QT_TRANSLATE_NOOP("sc::FigureText", "New pairs"));
    case CustomFigure::Measure::Cumulative:
        return translate(language, QT_TRANSLATE_NOOP("sc::FigureText", "Pairs, cumulative"));
    default:
        break;
    }
    return translate(language, QT_TRANSLATE_NOOP("sc::FigureText", "Pairs"));
}

QString respondentsAxisTitle(FigureKind kind, ValueUnit unit, Language language)
{
    if (kind == FigureKind::MultipleChoiceBar)
        return translate(
            language,
            QT_TRANSLATE_NOOP("sc::FigureText", "Percentage of respondents (multiple choice)"));
    if (unit == ValueUnit::Percent)
        return translate(language, QT_TRANSLATE_NOOP("sc::FigureText",
                                                     "Percentage of respondents, as published"));
    return translate(language, QT_TRANSLATE_NOOP("sc::FigureText", "Percentage of respondents"));
}

QString selectionTitle(CustomFigure::Measure measure, const QString& selection,
                       const QString& homeName, Language language)
{
    switch (measure) {
    case CustomFigure::Measure::PartnerCountry:
        return translate(language, QT_TRANSLATE_NOOP("sc::FigureText",
                                                     "Sister cities of %1 by partner country"))
            .arg(selection);
    case CustomFigure::Measure::NewPerYear:
        return translate(language,
                         QT_TRANSLATE_NOOP("sc::FigureText", "New sister cities per year: %1"))
            .arg(selection);
    case CustomFigure::Measure::Cumulative:
        return translate(language, QT_TRANSLATE_NOOP("sc::FigureText",
                                                     "Sister cities by year, cumulative: %1"))
            .arg(selection);
    case CustomFigure::Measure::Division:
        return translate(language,
                         QT_TRANSLATE_NOOP("sc::FigureText",
                                           "Sister cities %1 by division of the city in %2"))
            .arg(selection, homeName);
    case CustomFigure::Measure::Region:
        break;
    }
    return translate(language, QT_TRANSLATE_NOOP("sc::FigureText",
                                                 "Sister cities %1 by region of the Chinese city"))
        .arg(selection);
}

QString unverifiedNote(int count, Language language)
{
    return translate(language, QT_TRANSLATE_NOOP("sc::FigureText",
                                                 "%1 of the pairs shown are unverified: known "
                                                 "only from an undated list."))
        .arg(Translations::locale(language).toString(count));
}

QString omittedReason(CategoryKind kind, int count, Language language)
{
    const QString number = Translations::locale(language).toString(count);
    switch (kind) {
    case CategoryKind::Year:
        return translate(language,
                         QT_TRANSLATE_NOOP("sc::FigureText",
                                           "%1 matching pairs have no known date and cannot "
                                           "appear on the year axis."))
            .arg(number);
    case CategoryKind::Division:
        return translate(language,
                         QT_TRANSLATE_NOOP("sc::FigureText",
                                           "%1 matching pairs have no known division for the "
                                           "home city and are not shown."))
            .arg(number);
    case CategoryKind::Region:
        return translate(language, QT_TRANSLATE_NOOP("sc::FigureText",
                                                     "%1 matching pairs have no Chinese city of "
                                                     "known region and are not shown."))
            .arg(number);
    default:
        break;
    }
    return {};
}

QString statedSum(const QString& series, double sum, int n, Language language)
{
    const QLocale locale = Translations::locale(language);
    return translate(language, QT_TRANSLATE_NOOP("sc::FigureText",
                                                 "%1: the stated counts sum to %2 of %3; the "
                                                 "rest is not stated."))
        .arg(series, locale.toString(sum, 'f', 0), locale.toString(n));
}

QString notStated(const QString& series, const QString& option, Language language)
{
    return translate(language, QT_TRANSLATE_NOOP("sc::FigureText",
                                                 "%1: the source states no count for “%2”."))
        .arg(series, option);
}

QString percentSum(const QString& series, double sum, Language language)
{
    return translate(language, QT_TRANSLATE_NOOP("sc::FigureText",
                                                 "%1: the stated percentages sum to %2 %; the "
                                                 "source does not account for the rest."))
        .arg(series, Translations::locale(language).toString(sum, 'f', 1));
}

QString surveyIgnoresFilter(Language language)
{
    return translate(language,
                     QT_TRANSLATE_NOOP("sc::FigureText", "Survey figures do not follow the pairing "
                                                         "filters."));
}

} // namespace sc::figuretext
