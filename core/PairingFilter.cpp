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

bool PairingFilter::operator==(const PairingFilter& other) const
{
    return countries == other.countries && division == other.division && region == other.region &&
           fromYear == other.fromYear && toYear == other.toYear &&
           undatedOnly == other.undatedOnly && status == other.status && kind == other.kind &&
           search == other.search;
}

} // namespace sc
