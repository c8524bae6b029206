#pragma once

#include "io/TsvTable.h"
#include "model/Names.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

// Reading one row of a fact file (resources/dataset/): its fields, checked, and its insert. Every
// failure names the file, line and column, for DatasetCompiler's all-or-nothing build.
namespace sc::facts {

// "a b c" → {"a", "b", "c"}: the columns a fact file must have.
QStringList columns(const char* spaced);
// Throws Error naming the row's `column` and `why`.
[[noreturn]] void fail(const TsvTable& table, const TsvTable::Row& row, const QString& column,
                       const QString& why);
// The value of `column`, which must not be empty.
QString required(const TsvTable& table, const TsvTable::Row& row, const QString& column);
// The four names in the columns `prefix`zh, ja, ko and en.
Names names(const TsvTable& table, const TsvTable::Row& row, const QString& prefix);
// Runs an insert and turns a driver error into one that names the fact file's row; the id of a
// row inserted with RETURNING id (0 for the other statements).
qint64 insert(const QSqlDatabase& db, const TsvTable& table, const TsvTable::Row& row,
              const QString& text, const QVariantList& values);

} // namespace sc::facts
