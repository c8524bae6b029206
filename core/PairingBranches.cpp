#include "PairingBranches.h"

#include "Error.h"
#include "NameKey.h"

namespace sc {

namespace {

// "column_a = ?" / "column_b = ?" and the negation of side a that keeps the branches disjoint.
// IS DISTINCT FROM, unlike <>, is true for a NULL side a (a city of unknown division).
struct Sides {
    QString a, b, notA;
};

Sides equalSides(const QString& column)
{
    return {QStringLiteral("p.%1_a = ?").arg(column), QStringLiteral("p.%1_b = ?").arg(column),
            QStringLiteral("p.%1_a IS DISTINCT FROM ?").arg(column)};
}

} // namespace

PairingBranches::Parts PairingBranches::parts(const PairingFilter& filter,
                                              const SqlDialect* dialect)
{
    const QString problem = filter.validate();
    if (!problem.isEmpty())
        throw Error(Error::Kind::Invalid, problem);

    Parts out;
    // The first "either side" condition splits the branches; any other stays an OR inside
    // each, read from the same index entries.
    const auto eitherSide = [&out](const Sides& sides, const QVariantList& value) {
        if (!out.split) {
            out.split = Split{{sides.a, value}, {sides.b, value}, {sides.notA, value}};
            return;
        }
        out.rest << QStringLiteral("(%1 OR %2)").arg(sides.a, sides.b);
        out.restValues << value << value;
    };
    if (filter.countries.size() == 1) {
        const QVariantList country{filter.countries[0].toUpper()};
        eitherSide(equalSides(QStringLiteral("country")), country);
        // country_a is never NULL: every pairing's city a has a country (NOT NULL), which
        // migration 5's triggers copy onto it.
        if (out.split)
            out.split->notAAsRanges =
                std::make_pair(Sql{QStringLiteral("p.country_a < ?"), country},
                               Sql{QStringLiteral("p.country_a > ?"), country});
    } else if (filter.countries.size() == 2) {
        const QString first = filter.countries[0].toUpper();
        const QString second = filter.countries[1].toUpper();
        const QString pair = QStringLiteral("p.country_a = ? AND p.country_b = ?");
        if (first == second) {
            out.rest << pair;
            out.restValues << first << second;
        } else {
            // The two orders exclude each other: no "not side a" is needed.
            out.split = Split{
                {pair, {first, second}}, {pair, {second, first}}, {QStringLiteral("1 = 1"), {}}};
        }
    }
    if (!filter.division.isEmpty())
        eitherSide(equalSides(QStringLiteral("division")), {filter.division});
    if (!filter.region.isEmpty()) // region_a / region_b are set for Chinese cities only
        eitherSide(equalSides(QStringLiteral("region")), {filter.region});
    if (filter.fromYear) {
        out.rest << QStringLiteral("p.established_year >= ?");
        out.restValues << *filter.fromYear;
    }
    if (filter.toYear) {
        out.rest << QStringLiteral("p.established_year <= ?");
        out.restValues << *filter.toYear;
    }
    // The same rows as "established IS NULL" (a CHECK ties the two), read from an index.
    if (filter.undatedOnly)
        out.rest << QStringLiteral("p.established_year IS NULL");
    if (!filter.status.isEmpty()) {
        out.rest << QStringLiteral("p.status = ?");
        out.restValues << filter.status;
    }
    if (!filter.kind.isEmpty()) {
        out.rest << QStringLiteral("p.kind = ?");
        out.restValues << filter.kind;
    }
    if (!namekey::normalize(filter.search).isEmpty()) {
        const SqlDialect::CitySearch cities =
            dialect ? dialect->citiesContaining(filter.search)
                    : SqlDialect::portableCitiesContaining(filter.search);
        eitherSide({QStringLiteral("p.city_a IN (%1)").arg(cities.sql),
                    QStringLiteral("p.city_b IN (%1)").arg(cities.sql),
                    QStringLiteral("p.city_a NOT IN (%1)").arg(cities.sql)},
                   cities.values);
    }
    return out;
}

PairingBranches::Sql PairingBranches::condition(const PairingFilter& filter,
                                                const SqlDialect* dialect)
{
    const Parts p = parts(filter, dialect);
    QStringList all{QStringLiteral("1 = 1")};
    QVariantList values;
    if (p.split) {
        all << QStringLiteral("((%1) OR (%2))").arg(p.split->a.sql, p.split->b.sql);
        values << p.split->a.values << p.split->b.values;
    }
    all << p.rest;
    values << p.restValues;
    return {all.join(QLatin1String(" AND ")), values};
}

QVector<PairingBranches::Sql> PairingBranches::branches(const PairingFilter& filter,
                                                        const SqlDialect* dialect)
{
    const Parts p = parts(filter, dialect);
    QStringList rest{QStringLiteral("1 = 1")};
    rest << p.rest;
    const QString restSql = rest.join(QLatin1String(" AND "));
    if (!p.split)
        return {{restSql, p.restValues}};
    Sql a{p.split->a.sql + QStringLiteral(" AND ") + restSql, p.split->a.values + p.restValues};
    const auto sideB = [&](const Sql& notA) {
        return Sql{p.split->b.sql + QStringLiteral(" AND ") + notA.sql + QStringLiteral(" AND ") +
                       restSql,
                   p.split->b.values + notA.values + p.restValues};
    };
    if (p.split->notAAsRanges)
        return {a, sideB(p.split->notAAsRanges->first), sideB(p.split->notAAsRanges->second)};
    return {a, sideB(p.split->notA)};
}

PairingBranches::Sql PairingBranches::selectEach(const QString& columns,
                                                 const QVariantList& columnValues,
                                                 const PairingFilter& filter, const QString& extra,
                                                 const SqlDialect* dialect,
                                                 const QVariantList& extraValues)
{
    QStringList selects;
    QVariantList values;
    for (const Sql& branch : branches(filter, dialect)) {
        selects << QStringLiteral("SELECT %1 FROM pairings p WHERE %2%3")
                       .arg(columns, branch.sql,
                            extra.isEmpty() ? QString() : QStringLiteral(" AND ") + extra);
        values << columnValues << branch.values << extraValues;
    }
    return {selects.join(QLatin1String(" UNION ALL ")), values};
}

} // namespace sc
