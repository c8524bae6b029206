#include "PairingFilterSql.h"

#include "PairingBranches.h"

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
    // Every condition reads the pairing's own columns (schema 5 copies its cities' countries,
    // divisions and regions onto it), so no count or aggregation joins a city.
    Q_UNUSED(filter);
    return QStringLiteral(" FROM pairings p");
}

PairingFilterSql::Condition PairingFilterSql::condition(const PairingFilter& filter,
                                                        const SqlDialect* dialect)
{
    // The clauses, over the pairing's own columns, are PairingBranches', which also gives them
    // as disjoint index ranges for counts and aggregations.
    const PairingBranches::Sql where = PairingBranches::condition(filter, dialect);
    return {where.sql, where.values};
}

} // namespace sc
