#include "PostgresDialect.h"

#include "Error.h"
#include "io/QueryBatchStatements.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace sc {

namespace {

// The one advisory lock every writer of a Sister Cities database takes ("SCIT").
constexpr qint64 kWriteLock = 0x53434954;

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::PostgresDialect", text);
}

// The context spelled out where lupdate would otherwise file a message under the namespace "sc"
// (a free function's tr()), where the translation is never looked up.
QString failed(const QString& what, const QString& why)
{
    return QCoreApplication::translate("sc::PostgresDialect", "%1 failed: %2").arg(what, why);
}

QSqlQuery run(QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const QVariant& value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok)
        throw Error(Error::Kind::Database, failed(sql, query.lastError().text()));
    return query;
}

} // namespace

void PostgresDialect::prepareConnection(QSqlDatabase& db, bool readOnly) const
{
    // SET takes no bound parameters; the value is an int of ours.
    run(db, QStringLiteral("SET lock_timeout = %1").arg(m_lockTimeoutMs));
    if (readOnly)
        run(db, QStringLiteral("SET default_transaction_read_only = on"));
}

bool PostgresDialect::hasSchemaTable(QSqlDatabase& db)
{
    QSqlQuery query = run(db, QStringLiteral("SELECT to_regclass('sc_schema') IS NOT NULL"));
    return query.next() && query.value(0).toBool();
}

int PostgresDialect::schemaVersion(QSqlDatabase& db) const
{
    if (!hasSchemaTable(db))
        return 0;
    QSqlQuery query = run(db, QStringLiteral("SELECT version FROM sc_schema"));
    return query.next() ? query.value(0).toInt() : 0;
}

void PostgresDialect::setSchemaVersion(QSqlDatabase& db, int version) const
{
    run(db, QStringLiteral("UPDATE sc_schema SET version = ?"), {version});
}

bool PostgresDialect::hasTables(QSqlDatabase& db) const
{
    // Tables, views and sequences of any schema but the system's, whoever owns them.
    QSqlQuery query =
        run(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c JOIN "
                               "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE "
                               "c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND n.nspname NOT IN "
                               "('pg_catalog', 'information_schema') AND n.nspname NOT LIKE "
                               "'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"));
    return query.next() && query.value(0).toLongLong() > 0;
}

std::unique_ptr<BatchStatements> PostgresDialect::batchStatements(const QSqlDatabase& db,
                                                                  const QString& table,
                                                                  const QStringList& columns) const
{
    return std::make_unique<QueryBatchStatements>(db, table, columns);
}

QVector<qint64> PostgresDialect::reserveIds(const QSqlDatabase& db, const QString& table, qint64,
                                            int count) const
{
    // Ids the sequence hands out are never handed out again, whether the import commits or not.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT nextval(pg_get_serial_sequence(?, 'id')) "
                                 "FROM generate_series(1, ?)"));
    query.addBindValue(table);
    query.addBindValue(count);
    if (!query.exec())
        throw Error(Error::Kind::Database, query.lastError().text());
    QVector<qint64> ids;
    ids.reserve(count);
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

void PostgresDialect::beginImport(QSqlDatabase& db) const
{
    // A plan is made for the tables as they are when a statement first runs, and kept for the
    // session: the lookup of a pairing's cities in its derive trigger and the foreign-key checks
    // were planned as sequential scans of a cities table of a few pages, and an import that adds
    // a hundred thousand cities then read them all for every pairing (quadratic: 100,000 rows
    // did not finish in 20 minutes). For the import's transaction the planner takes an index
    // wherever there is one, and the plans kept are made again under that rule.
    run(db, QStringLiteral("SET LOCAL enable_seqscan = off"));
    run(db, QStringLiteral("DISCARD PLANS"));
}

void PostgresDialect::beginWrite(QSqlDatabase& db) const
{
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN")))
        throw Error(Error::Kind::Database, tr("BEGIN failed: %1").arg(begin.lastError().text()));
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    lock.addBindValue(kWriteLock);
    if (lock.exec())
        return;
    const QSqlError error = lock.lastError();
    QSqlQuery rollback(db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    if (isBusy(error))
        throw Error(Error::Kind::Database,
                    tr("another person is writing to the database and did not finish in time; "
                       "nothing was written: try again"));
    throw Error(Error::Kind::Database, tr("cannot take the write lock: %1").arg(error.text()));
}

bool PostgresDialect::isBusy(const QSqlError& error) const
{
    const QString state = error.nativeErrorCode();
    return state == QLatin1String("55P03") || state == QLatin1String("40001") ||
           state == QLatin1String("40P01");
}

void PostgresDialect::announceChange(QSqlDatabase& db) const
{
    run(db, QStringLiteral("SELECT pg_notify(?, current_user)"), {changeChannel()});
}

qint64 PostgresDialect::commitToken(QSqlDatabase& db) const
{
    QSqlQuery query = run(db, QStringLiteral("SELECT txid_current()"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

SqlDialect::CommitStatus PostgresDialect::commitStatus(QSqlDatabase& db, qint64 token) const
{
    // txid_status() is PostgreSQL's own answer to a COMMIT whose reply was lost (10 and later):
    // "committed", "aborted", "in progress" (the old session has not finished yet), or NULL for
    // an id too old to remember.
    QSqlQuery query = run(db, QStringLiteral("SELECT txid_status(?)"), {token});
    const QString status = query.next() ? query.value(0).toString() : QString();
    if (status == QLatin1String("committed"))
        return CommitStatus::Committed;
    if (status == QLatin1String("aborted"))
        return CommitStatus::RolledBack;
    return CommitStatus::Unknown;
}

QString PostgresDialect::collate(Language language) const
{
    return QStringLiteral(" COLLATE sc_") + language::code(language);
}

QString PostgresDialect::least(const QString& a, const QString& b) const
{
    return QStringLiteral("LEAST(%1, %2)").arg(a, b);
}

QString PostgresDialect::greatest(const QString& a, const QString& b) const
{
    return QStringLiteral("GREATEST(%1, %2)").arg(a, b);
}

QString PostgresDialect::position(const QString& needle, const QString& haystack) const
{
    return QStringLiteral("strpos(%1, %2)").arg(haystack, needle);
}

QString PostgresDialect::firstCodePoint(const QString& text) const
{
    // ascii() of a UTF-8 database is the code point; NULLIF keeps '' as SQLite's unicode() does.
    return QStringLiteral("ascii(NULLIF(%1, ''))").arg(text);
}

QString PostgresDialect::currentRole(QSqlDatabase& db)
{
    QSqlQuery query = run(db, QStringLiteral("SELECT current_user"));
    return query.next() ? query.value(0).toString() : QString();
}

bool PostgresDialect::mayWrite(QSqlDatabase& db)
{
    QSqlQuery query = run(db, QStringLiteral("SELECT has_table_privilege('pairings', 'UPDATE') "
                                             "AND has_table_privilege('pairings', 'INSERT')"));
    return query.next() && query.value(0).toBool();
}

} // namespace sc
