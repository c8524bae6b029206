#pragma once

// Files as an older release wrote them, for the migration tests: an empty database made at an
// old schema version, filled with the rows of a current one.

#include "Database.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace testdata {

// Every row of `table` in rowid order, its `columns` joined by '|': what a migration must keep.
QStringList rowsOf(sc::Database& database, const QString& table, const QStringList& columns);

// Copies every row of the database file `source` into `old`, table by table in the order they
// were created (an order their references allow), for the columns `old`'s tables have. Returns
// each table's columns.
QMap<QString, QStringList> copyRowsInto(sc::Database& old, const QString& source);

} // namespace testdata
