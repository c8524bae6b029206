#pragma once

#include "Database.h"

namespace testdata {

// Checks (with gtest's EXPECT) the columns schema 5 copies onto every pairing (country_a ...
// region_b) against its cities and divisions, joined here in C++ from plain reads of the three
// tables, on either engine. Returns the number of pairings checked.
int expectDerivedColumnsTrue(sc::Database& database);

} // namespace testdata
