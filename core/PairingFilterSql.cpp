#include "PairingFilterSql.h"

#include "Error.h"
#include "NameKey.h"

namespace sc {

QString PairingFilterSql::fromClause()
{
    return QStringLiteral(" FROM pairings p"
                          " JOIN cities ca ON ca.id = p.city_a"
                          " JOIN cities cb ON cb.id = p.city_b"
                          " LEFT JOIN divisions da ON da.code = ca.division"
                          " LEFT JOIN divisions db ON db.code = cb.division");
}

QString PairingFilterSql::fromClauseFor(const PairingFilter& filter)
{
    // Every pairing has both its cities (foreign keys), so leaving out joins that no condition
    // reads changes no count: a plain count then reads one index instead of three tables.
    const bool cities = !filter.countries.isEmpty() || !filter.division.isEmpty() ||
                        !filter.region.isEmpty() || !namekey::normalize(filter.search).isEmpty();
    if (!cities)
        return QStringLiteral(" FROM pairings p");
    if (filter.region.isEmpty())
        return QStringLiteral(" FROM pairings p"
                              " JOIN cities ca ON ca.id = p.city_a"
                              " JOIN cities cb ON cb.id = p.city_b");
    return fromClause();
}

PairingFilterSql::Condition PairingFilterSql::condition(const PairingFilter& filter)
{
    const QString problem = filter.validate();
    if (!problem.isEmpty())
        throw Error(Error::Kind::Invalid, problem);

    QStringList parts{QStringLiteral("1 = 1")};
    QVariantList values;
    if (filter.countries.size() == 1) {
        parts << QStringLiteral("(ca.country = ? OR cb.country = ?)");
        values << filter.countries[0].toUpper() << filter.countries[0].toUpper();
    } else if (filter.countries.size() == 2) {
        parts << QStringLiteral(
            "((ca.country = ? AND cb.country = ?) OR (ca.country = ? AND cb.country = ?))");
        const QString first = filter.countries[0].toUpper();
        const QString second = filter.countries[1].toUpper();
        values << first << second << second << first;
    }
    if (!filter.division.isEmpty()) {
        parts << QStringLiteral("(ca.division = ? OR cb.division = ?)");
        values << filter.division << filter.division;
    }
    if (!filter.region.isEmpty()) {
        parts << QStringLiteral("((ca.country = 'CN' AND da.region = ?)"
                                " OR (cb.country = 'CN' AND db.region = ?))");
        values << filter.region << filter.region;
    }
    if (filter.fromYear) {
        parts << QStringLiteral("p.established_year >= ?");
        values << *filter.fromYear;
    }
    if (filter.toYear) {
        parts << QStringLiteral("p.established_year <= ?");
        values << *filter.toYear;
    }
    if (filter.undatedOnly)
        parts << QStringLiteral("p.established IS NULL");
    if (!filter.status.isEmpty()) {
        parts << QStringLiteral("p.status = ?");
        values << filter.status;
    }
    if (!filter.kind.isEmpty()) {
        parts << QStringLiteral("p.kind = ?");
        values << filter.kind;
    }
    if (!namekey::normalize(filter.search).isEmpty()) {
        parts << QStringLiteral(
            "(ca.search_text LIKE ? ESCAPE '\\' OR cb.search_text LIKE ? ESCAPE '\\')");
        const QString pattern = namekey::containsPattern(filter.search);
        values << pattern << pattern;
    }
    return {parts.join(QLatin1String(" AND ")), values};
}

} // namespace sc
