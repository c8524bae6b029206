#pragma once

#include <QString>
#include <QStringList>

namespace sc::sql {

// "INSERT INTO table (columns) VALUES (?, ...), (?, ...), ...": `rows` rows of placeholders, the
// one text of the repositories' single inserts and the importers' batches.
QString insertStatement(const QString& table, const QStringList& columns, int rows = 1);

} // namespace sc::sql
