#pragma once

#include <QString>

#include <memory>

namespace sc {
class Database;
}

// The generated registers the benchmarks read (`sistercities-cli generate`'s generator, seed 1),
// kept between runs in $SISTERCITIES_BENCH_DIR (default: the temporary folder): a million
// pairings take a minute or two to generate.
namespace bench {

QString databasePath(int pairings);
// Opens the register of `pairings` pairings read-only, generating it first when missing.
// One connection per size, kept for the whole run.
sc::Database& database(int pairings);
// Closes them all (before QCoreApplication ends).
void closeAll();

} // namespace bench
