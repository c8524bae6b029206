#include "PairingFilterText.h"

#include "ReferenceData.h"
#include "ValueText.h"
#include "i18n/Translations.h"

namespace sc {

QString PairingFilterText::words(const char* source) const
{
    return Translations::translate(m_language, "sc::PairingFilterText", source);
}

QString PairingFilterText::countryName(const QString& code) const
{
    const auto country = ReferenceData(m_database).country(code);
    return country ? country->names.display(m_language) : code;
}

QString PairingFilterText::divisionName(const QString& code) const
{
    const auto division = ReferenceData(m_database).division(code);
    return division ? division->names.display(m_language) : code;
}

QStringList PairingFilterText::parts(const PairingFilter& filter, const PairingFilter& base,
                                     bool withCountries) const
{
    QStringList parts;
    if (withCountries && filter.countries.size() == 1)
        parts << words(QT_TRANSLATE_NOOP("sc::PairingFilterText", "pairs with a city in %1"))
                     .arg(countryName(filter.countries[0]));
    else if (withCountries && filter.countries.size() == 2)
        parts << words(QT_TRANSLATE_NOOP("sc::PairingFilterText", "%1 with %2"))
                     .arg(countryName(filter.countries[0]), countryName(filter.countries[1]));
    if (!filter.division.isEmpty())
        parts << words(QT_TRANSLATE_NOOP("sc::PairingFilterText", "division: %1"))
                     .arg(divisionName(filter.division));
    if (!filter.region.isEmpty())
        parts << words(QT_TRANSLATE_NOOP("sc::PairingFilterText", "China's %1"))
                     .arg(ValueText::region(filter.region, m_language));
    if (filter.fromYear != base.fromYear || filter.toYear != base.toYear) {
        if (filter.fromYear && filter.toYear)
            parts << words(QT_TRANSLATE_NOOP("sc::PairingFilterText", "established %1–%2"))
                         .arg(*filter.fromYear)
                         .arg(*filter.toYear);
        else if (filter.fromYear)
            parts << words(QT_TRANSLATE_NOOP("sc::PairingFilterText", "established in %1 or later"))
                         .arg(*filter.fromYear);
        else if (filter.toYear)
            parts << words(
                         QT_TRANSLATE_NOOP("sc::PairingFilterText", "established in %1 or earlier"))
                         .arg(*filter.toYear);
    }
    if (filter.undatedOnly)
        parts << words(QT_TRANSLATE_NOOP("sc::PairingFilterText", "undated only"));
    if (!filter.status.isEmpty())
        parts << words(QT_TRANSLATE_NOOP("sc::PairingFilterText", "status: %1"))
                     .arg(ValueText::status(filter.status, m_language));
    if (!filter.kind.isEmpty())
        parts << words(QT_TRANSLATE_NOOP("sc::PairingFilterText", "kind: %1"))
                     .arg(ValueText::kind(filter.kind, m_language));
    if (!filter.search.trimmed().isEmpty())
        parts << words(QT_TRANSLATE_NOOP("sc::PairingFilterText", "name contains “%1”"))
                     .arg(filter.search.trimmed());
    return parts;
}

QString PairingFilterText::summary(const PairingFilter& filter) const
{
    const QStringList all = parts(filter);
    return all.isEmpty()
               ? words(QT_TRANSLATE_NOOP("sc::PairingFilterText", "none: every pairing is shown"))
               : all.join(QLatin1Char('\n'));
}

QString PairingFilterText::caption(const PairingFilter& filter, const PairingFilter& base) const
{
    return parts(filter, base, false).join(QStringLiteral(", "));
}

} // namespace sc
