#pragma once

#include "Database.h"

namespace testdata {

// What the sources listing showed: how many sources, and the pairings they count in all.
struct ListedSources {
    int sources = 0;
    int pairings = 0;
};

// Checks (with gtest's EXPECT) the sources listing's "pairings" column of every source against
// a GROUP BY over the pairings, on either engine: what the index on pairings(source_id) of
// schema 6 serves must stay the same answer.
ListedSources expectSourceCountsAsGroupBy(sc::Database& database);

} // namespace testdata
