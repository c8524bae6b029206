#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace sc::sql {

// Runs a prepared query; throws Error::Kind::Database with the driver's message on failure.
void exec(QSqlQuery& query);
// How a result is read: ForwardOnly lets the driver keep one row at a time, for results of any
// size in constant memory.
enum class Cursor { Scrollable, ForwardOnly };
constexpr Cursor ForwardOnly = Cursor::ForwardOnly;
// Prepares `sql`, binds `values` in order and runs it.
QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {},
              Cursor cursor = Cursor::Scrollable);
// The single value of a one-row, one-column query (null QVariant when there is no row).
QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
// The same for a statement prepared once (Database::prepared()); it is finished afterwards, so
// that it holds no read open.
QVariant scalar(QSqlQuery& prepared, const QVariantList& values);
// Runs a prepared INSERT (with RETURNING id); the new row's id.
qint64 insert(QSqlQuery& prepared, const QVariantList& values);
// Empty text becomes NULL, so that "unknown" is stored as NULL, not as ''.
inline QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
inline QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

} // namespace sc::sql
