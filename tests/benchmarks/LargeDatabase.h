#pragma once

#include <QString>

// A register far larger than any real one (hundreds of thousands of pairings), written with raw
// bulk inserts: the benchmarks measure reading, not the validation of each write.
namespace bench {

// Creates `path` (if it does not exist) with `cities` cities and `pairings` pairings.
void ensureLargeDatabase(const QString& path, int cities, int pairings);

} // namespace bench
