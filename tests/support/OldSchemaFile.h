#pragma once

// Files as an older release wrote them, for the migration tests: an empty database made at an
// old schema version, filled with the rows of a current one.

#include "Database.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace testdata {

// Every row of `table` in rowid order, its `columns` joined by '|': what a migration must keep.
QStringList rowsOf(sc::Database& database, const QString& table, const QStringList& columns);

// Copies every row of the database file `source` into `old`, table by table in the order they
// were created (an order their references allow), for the columns `old`'s tables have. Returns
// each table's columns.
QMap<QString, QStringList> copyRowsInto(sc::Database& old, const QString& source);

struct OldFile {
    std::unique_ptr<sc::Database> database; // still open, at the old schema
    QMap<QString, QStringList> columns;     // each table's columns, as copyRowsInto gives them
};

// A database at `path` made at schema `version` and filled with the rows of a register of
// `pairings` generated pairings (generated at `scratch`, a file path); `before` gets every
// table's rows as rowsOf() gives them.
// Every row `before` holds is still in `migrated`, table by table (`columns` as copyRowsInto
// gave them): what a migration must keep.
void expectRowsKept(sc::Database& migrated, const QMap<QString, QStringList>& columns,
                    const QMap<QString, QStringList>& before);

OldFile generatedOldFile(const QString& scratch, const QString& path, int version, int pairings,
                         QMap<QString, QStringList>& before);

} // namespace testdata
