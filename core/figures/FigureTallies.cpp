#include "FigureTallies.h"

#include "Database.h"
#include "NameKey.h"
#include "SqlSupport.h"

namespace sc {

namespace {

// The scope of figure_tally_sources and figure_tally_source_years a filter's countries select:
// (country, '') for one, the two codes in order for two, ('', '') for none.
QVariantList scope(const PairingFilter& filter)
{
    if (filter.countries.isEmpty())
        return {QStringLiteral(""), QStringLiteral("")};
    const QString first = filter.countries.at(0).toUpper();
    if (filter.countries.size() == 1)
        return {first, QStringLiteral("")};
    const QString second = filter.countries.at(1).toUpper();
    return {qMin(first, second), qMax(first, second)};
}

const QString kScope = QStringLiteral("p.scope_a = ? AND p.scope_b = ?");

// The filter's countries over a tally keyed by two countries, as disjoint conditions (one
// range of the key each): `a` and `b` name its columns, `ordered` whether they are a pair's
// two sides (figure_tally_divisions: either side may be the first country) or its codes in
// order (figure_tally_years). One country is two ranges, (a = X) and (b = X, a <> X), not
// "a = X OR b = X": SQLite reads an OR of two keys through a temporary B-tree that drops the
// rows both ranges hold, one insert per row (a fifth of figure 1's instructions).
QVector<PairingBranches::Sql> countries(const PairingFilter& filter, const QString& a,
                                        const QString& b, bool ordered)
{
    const QStringList& codes = filter.countries;
    if (codes.isEmpty())
        return {{QStringLiteral("1 = 1"), {}}};
    const QString first = codes.at(0).toUpper();
    if (codes.size() == 1)
        return {{QStringLiteral("p.%1 = ?").arg(a), {first}},
                {QStringLiteral("p.%2 = ? AND p.%1 <> ?").arg(a, b), {first, first}}};
    const QString second = codes.at(1).toUpper();
    if (first == second || ordered)
        return {{QStringLiteral("p.%1 = ? AND p.%2 = ?").arg(a, b),
                 {qMin(first, second), qMax(first, second)}}};
    return {{QStringLiteral("p.%1 = ? AND p.%2 = ?").arg(a, b), {first, second}},
            {QStringLiteral("p.%1 = ? AND p.%2 = ?").arg(a, b), {second, first}}};
}

QVector<PairingBranches::Sql> yearsOfPairs(const PairingFilter& filter)
{
    return countries(filter, QStringLiteral("country_lo"), QStringLiteral("country_hi"), true);
}

QVector<PairingBranches::Sql> sidesOf(const PairingFilter& filter)
{
    return countries(filter, QStringLiteral("country_a"), QStringLiteral("country_b"), false);
}

// `select` (its values first) once for each of `where`, its "%1", in UNION ALL.
PairingBranches::Sql each(const QString& select, const QVariantList& values,
                          const QVector<PairingBranches::Sql>& where,
                          const PairingBranches::Sql& extra = {})
{
    QStringList selects;
    QVariantList all;
    for (const PairingBranches::Sql& condition : where) {
        selects << select.arg(condition.sql + extra.sql);
        all << values << condition.values << extra.values;
    }
    return {selects.join(QLatin1String(" UNION ALL ")), all};
}

// The filter's year bounds as conditions on `column`.
PairingBranches::Sql bounds(const PairingFilter& filter, const QString& column)
{
    QString sql;
    QVariantList values;
    if (filter.fromYear) {
        sql += QStringLiteral(" AND %1 >= ?").arg(column);
        values << *filter.fromYear;
    }
    if (filter.toYear) {
        sql += QStringLiteral(" AND %1 <= ?").arg(column);
        values << *filter.toYear;
    }
    return {sql, values};
}

} // namespace

bool FigureTallies::answer(Database& database, const PairingFilter& filter, bool yearAxis)
{
    if (!filter.division.isEmpty() || !filter.region.isEmpty() || filter.undatedOnly ||
        !filter.status.isEmpty() || !filter.kind.isEmpty() ||
        !namekey::normalize(filter.search).isEmpty() || filter.countries.size() > 2)
        return false;
    if (!yearAxis && (filter.fromYear || filter.toYear))
        return false;
    return database.schemaVersion() >= kSince;
}

PairingBranches::Sql FigureTallies::sources(const PairingFilter& filter,
                                            const YearSplit* yearAxis) const
{
    const QVariantList where = scope(filter);
    if (!yearAxis)
        return {QStringLiteral("SELECT p.source_id AS k, p.n AS n, p.u AS u"
                               " FROM figure_tally_sources p WHERE ") +
                    kScope,
                where};
    const QString dated = QStringLiteral("SELECT p.source_id AS k, p.d AS n, 0 AS u"
                                         " FROM figure_tally_sources p WHERE ") +
                          kScope + QStringLiteral(" AND p.d > 0");
    if (!filter.fromYear && !filter.toYear)
        return {dated, where};
    // The years inside the bounds, or the dated pairs less the years outside, whichever has
    // fewer pairs: each tally row of a year is about one pair (a year and a source).
    const PairingBranches::Sql inside = bounds(filter, QStringLiteral("p.year"));
    const QString ofYears = QStringLiteral("FROM figure_tally_source_years p WHERE ") + kScope;
    if (yearAxis->within <= yearAxis->outside)
        return {QStringLiteral("SELECT p.source_id AS k, p.n AS n, 0 AS u ") + ofYears + inside.sql,
                where + inside.values};
    QString sql = dated;
    QVariantList values = where;
    if (filter.fromYear) {
        sql += QStringLiteral(" UNION ALL SELECT p.source_id, -p.n, 0 ") + ofYears +
               QStringLiteral(" AND p.year < ?");
        values << where << *filter.fromYear;
    }
    if (filter.toYear) {
        sql += QStringLiteral(" UNION ALL SELECT p.source_id, -p.n, 0 ") + ofYears +
               QStringLiteral(" AND p.year > ?");
        values << where << *filter.toYear;
    }
    return {sql, values};
}

PairingBranches::Sql FigureTallies::everyYear(const PairingFilter& filter) const
{
    return each(QStringLiteral("SELECT p.year AS k, p.n AS n FROM figure_tally_years p WHERE %1"),
                {}, yearsOfPairs(filter));
}

PairingBranches::Sql FigureTallies::partners(const PairingFilter& filter, const QString& home) const
{
    return each(QStringLiteral("SELECT CASE WHEN p.country_lo = ? THEN p.country_hi"
                               " ELSE p.country_lo END AS k, p.n AS n FROM figure_tally_years p"
                               " WHERE %1"),
                {home}, yearsOfPairs(filter));
}

PairingBranches::Sql FigureTallies::divisions(const PairingFilter& filter, const QString& key,
                                              const QVariantList& keyValues) const
{
    return each(QStringLiteral("SELECT NULLIF(%1, '') AS k, p.n AS n FROM figure_tally_divisions p"
                               " WHERE %2")
                    .arg(key, QStringLiteral("%1")),
                keyValues, sidesOf(filter));
}

PairingBranches::Sql FigureTallies::divisionPairs(const PairingFilter& filter,
                                                  const QString& extra) const
{
    return each(QStringLiteral("SELECT p.division_a AS a, p.division_b AS b, p.n AS n"
                               " FROM figure_tally_divisions p WHERE %1"),
                {}, sidesOf(filter), {extra, {}});
}

} // namespace sc
