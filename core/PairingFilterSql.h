#pragma once

#include "PairingFilter.h"
#include "SqlDialect.h"

#include <QString>
#include <QVariantList>

namespace sc {

// The one place where a PairingFilter becomes SQL: the joins its conditions read and its WHERE
// condition with the values to bind. Every query that narrows pairings by a filter (the listing,
// the figures, the maps, the report check, the export) reads it from here, so a new filter field
// or another SQL dialect changes this file only.
class PairingFilterSql final {
public:
    struct Condition {
        QString sql;         // always valid SQL, "1 = 1" when the filter is empty
        QVariantList values; // bound in order
    };

    // The FROM clause every pairing query shares: p (pairings), ca / cb (the two cities),
    // da / db (their divisions).
    static QString fromClause();
    // The same joins, less those that no condition of `filter` reads (for counts).
    static QString fromClauseFor(const PairingFilter& filter);
    // Throws Error::Kind::Invalid when the filter does not validate. `dialect` lets a name
    // search use the engine's own index (SqlDialect::citiesContaining); without it the search
    // is portable SQL.
    static Condition condition(const PairingFilter& filter, const SqlDialect* dialect = nullptr);
};

} // namespace sc
