#include "SourceCounts.h"

#include "ListingQuery.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace testdata {

ListedSources expectSourceCountsAsGroupBy(sc::Database& database)
{
    QHash<qint64, int> expected;
    QSqlQuery grouped = sc::sql::run(database.connection(),
                                     "SELECT source_id, count(*) FROM pairings GROUP BY source_id");
    while (grouped.next())
        expected.insert(grouped.value(0).toLongLong(), grouped.value(1).toInt());
    sc::ListingQuery listing(database, sc::Listing::Sources);
    const int column = int(listing.columns().indexOf("pairings"));
    ListedSources listed;
    if (column < 0) {
        ADD_FAILURE() << "the sources listing has no pairings column";
        return listed;
    }
    for (const sc::ListingRow& row : listing.rows(sc::Language::En)) {
        EXPECT_EQ(row.cells.at(column).toInt(), expected.value(row.id)) << row.id;
        listed.pairings += row.cells.at(column).toInt();
        ++listed.sources;
    }
    return listed;
}

} // namespace testdata
