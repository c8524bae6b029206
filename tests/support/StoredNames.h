#pragma once

#include "Database.h"

namespace testdata {

// Checks (with gtest's EXPECT) that the display names a register stores (schema 7,
// city_display_<language>) are, for every city and language, the names CityDisplayName::select
// computes from the cities as they are now, and that no country is left outstanding. Call it
// after CityDisplayName::table() has had the chance to bring them up to date. Returns the
// number of cities compared per language.
int expectStoredNamesTrue(sc::Database& database);

} // namespace testdata
