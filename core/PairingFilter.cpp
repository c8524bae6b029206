#include "PairingFilter.h"

#include "model/Pairing.h"

#include <QCoreApplication>

namespace sc {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("sc::PairingFilter", text);
}
} // namespace

QString PairingFilter::validate() const
{
    if (countries.size() > 2)
        return tr("at most two countries can be given");
    for (const QString& code : countries)
        if (code.size() != 2)
            return tr("\"%1\" is not an ISO 3166-1 alpha-2 country code").arg(code);
    if (!region.isEmpty() && region != QLatin1String("east") &&
        region != QLatin1String("central") && region != QLatin1String("west"))
        return tr("\"%1\" is not a region: use east, central or west").arg(region);
    if (fromYear && toYear && *fromYear > *toYear)
        return tr("the year range %1–%2 is empty").arg(*fromYear).arg(*toYear);
    if (undatedOnly && (fromYear || toYear))
        return tr("undated pairs have no year: a year range and \"undated only\" exclude each "
                  "other");
    if (!status.isEmpty() && !Pairing::statuses().contains(status))
        return tr("\"%1\" is not a status: use active, dormant or ended").arg(status);
    if (!kind.isEmpty() && !Pairing::kinds().contains(kind))
        return tr("\"%1\" is not a kind: use sister, friendship or friendship-exchange").arg(kind);
    return {};
}

namespace {

const QString kCountries = QStringLiteral("countries");
const QString kDivision = QStringLiteral("division");
const QString kRegion = QStringLiteral("region");
const QString kFromYear = QStringLiteral("fromYear");
const QString kToYear = QStringLiteral("toYear");
const QString kUndatedOnly = QStringLiteral("undatedOnly");
const QString kStatus = QStringLiteral("status");
const QString kKind = QStringLiteral("kind");
const QString kSearch = QStringLiteral("search");

// A four-digit year, or why not.
std::optional<int> readYear(const QVariantMap& map, const QString& key,
                            const QHash<QString, QString>& names, QString& problem)
{
    if (!map.contains(key))
        return std::nullopt;
    bool ok = false;
    const int value = map.value(key).toString().trimmed().toInt(&ok);
    if (!ok || value < 1000 || value > 9999) {
        problem = QCoreApplication::translate("sc::PairingFilter", "%1 takes a year, not \"%2\"")
                      .arg(names.value(key, key), map.value(key).toString());
        return std::nullopt;
    }
    return value;
}

} // namespace

QStringList PairingFilter::keys()
{
    return {kCountries,   kDivision, kRegion, kFromYear, kToYear,
            kUndatedOnly, kStatus,   kKind,   kSearch};
}

QVariantMap PairingFilter::toMap() const
{
    QVariantMap map;
    const auto put = [&map](const QString& key, const QVariant& value, bool set) {
        if (set)
            map.insert(key, value);
    };
    put(kCountries, countries, !countries.isEmpty());
    put(kDivision, division, !division.isEmpty());
    put(kRegion, region, !region.isEmpty());
    put(kFromYear, fromYear.value_or(0), fromYear.has_value());
    put(kToYear, toYear.value_or(0), toYear.has_value());
    put(kUndatedOnly, true, undatedOnly);
    put(kStatus, status, !status.isEmpty());
    put(kKind, kind, !kind.isEmpty());
    put(kSearch, search, !search.isEmpty());
    return map;
}

PairingFilter PairingFilter::fromMap(const QVariantMap& map, QString* problem,
                                     const QHash<QString, QString>& names)
{
    PairingFilter filter;
    for (const QString& code : map.value(kCountries).toStringList())
        filter.countries << code.trimmed().toUpper();
    filter.division = map.value(kDivision).toString().trimmed();
    filter.region = map.value(kRegion).toString().trimmed().toLower();
    QString why;
    filter.fromYear = readYear(map, kFromYear, names, why);
    if (why.isEmpty())
        filter.toYear = readYear(map, kToYear, names, why);
    filter.undatedOnly = map.value(kUndatedOnly).toBool();
    filter.status = map.value(kStatus).toString().trimmed().toLower();
    filter.kind = map.value(kKind).toString().trimmed().toLower();
    filter.search = map.value(kSearch).toString();
    if (why.isEmpty())
        why = filter.validate();
    if (problem)
        *problem = why;
    return why.isEmpty() ? filter : PairingFilter();
}

bool PairingFilter::operator==(const PairingFilter& other) const
{
    return countries == other.countries && division == other.division && region == other.region &&
           fromYear == other.fromYear && toYear == other.toYear &&
           undatedOnly == other.undatedOnly && status == other.status && kind == other.kind &&
           search == other.search;
}

} // namespace sc
