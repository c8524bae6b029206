#include "SqlSupport.h"

#include "Error.h"

#include <QSqlError>

namespace sc::sql {

void exec(QSqlQuery& query)
{
    if (!query.exec())
        throw Error(Error::Kind::Database, query.lastError().text());
}

QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& values, Cursor cursor)
{
    QSqlQuery query(db);
    query.setForwardOnly(cursor == Cursor::ForwardOnly);
    if (!query.prepare(sql))
        throw Error(Error::Kind::Database, query.lastError().text());
    for (const QVariant& value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query = run(db, sql, values);
    return query.next() ? query.value(0) : QVariant();
}

namespace {

void bindAndRun(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    exec(query);
}

} // namespace

QVariant scalar(QSqlQuery& prepared, const QVariantList& values)
{
    bindAndRun(prepared, values);
    const QVariant value = prepared.next() ? prepared.value(0) : QVariant();
    prepared.finish();
    return value;
}

qint64 insert(QSqlQuery& prepared, const QVariantList& values)
{
    bindAndRun(prepared, values);
    // INSERT ... RETURNING id answers on every engine; lastInsertId() is SQLite's rowid, and a
    // query of its own (lastval()) on PostgreSQL.
    const qint64 id = prepared.isSelect() && prepared.next() ? prepared.value(0).toLongLong()
                                                             : prepared.lastInsertId().toLongLong();
    prepared.finish();
    return id;
}

} // namespace sc::sql
