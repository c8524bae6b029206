#pragma once

#include "PairingFilter.h"
#include "SqlDialect.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <optional>

namespace sc {

// The SQL of a PairingFilter, over the columns of pairings p (schema 5 copies each city's
// country, division and region onto its pairings, so nothing is joined), in two shapes:
//
// - one condition, for listings: "rest AND (side a OR side b)";
// - disjoint branches whose rows together are the condition's, for counts and aggregations:
//   "either city is in Korea" becomes "city a is" and "city b is, city a is not". Each branch is
//   one range of a covering index and no row is counted twice, where the OR would make SQLite
//   collect and de-duplicate the row ids of both sides (about 1 µs a row: 430 ms for the
//   440,000 Korean pairs of a million). For a country the second branch is itself two ranges,
//   "city b is, city a sorts before" and "city b is, city a sorts after".
class PairingBranches final {
public:
    struct Sql {
        QString sql;
        QVariantList values;
    };

    // Throws Error::Kind::Invalid when the filter does not validate. `dialect` chooses the
    // engine's index for a name search; without one the search is written in portable SQL.
    static Sql condition(const PairingFilter& filter, const SqlDialect* dialect = nullptr);
    static QVector<Sql> branches(const PairingFilter& filter, const SqlDialect* dialect = nullptr);
    // "SELECT `columns` FROM pairings p WHERE <branch> [AND `extra`]" for each branch, joined by
    // UNION ALL; `columnValues` and `extraValues` are bound for every branch.
    static Sql selectEach(const QString& columns, const QVariantList& columnValues,
                          const PairingFilter& filter, const QString& extra = {},
                          const SqlDialect* dialect = nullptr,
                          const QVariantList& extraValues = {});

private:
    // A condition that holds for either side: side a, side b, and "not side a" (for the
    // second branch).
    struct Split {
        Sql a;
        Sql b;
        Sql notA;
        // Where side a is never NULL (a country), "not side a" as the two ranges below and
        // above the value: two more branches, each a range of the index that leads with side b
        // then side a, where one condition "side a is not" was checked on every entry of side
        // b's range (a third fewer instructions for the count of one country's pairs).
        std::optional<std::pair<Sql, Sql>> notAAsRanges;
    };
    struct Parts {
        QStringList rest;
        QVariantList restValues;
        std::optional<Split> split;
    };
    static Parts parts(const PairingFilter& filter, const SqlDialect* dialect);
};

} // namespace sc
