#pragma once

#include "Database.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace testdata {

// The figures' tallies of schema 10 (figure_tally_*), each table's rows as "value|value|…"
// sorted: what the file holds, and what it should hold, counted here in C++ from every
// pairing and the countries, divisions and regions of its two cities as the cities say (not
// from the columns migration 5 copies onto the pairing), on either engine.
QMap<QString, QStringList> talliesOf(sc::Database& database);
QMap<QString, QStringList> expectedTallies(sc::Database& database);
// Fails the current test (naming `step` and the tally) where the file's tallies differ from
// the expected ones, or where a tally the register should fill is empty.
void expectTalliesTrue(sc::Database& database, const char* step);

} // namespace testdata
