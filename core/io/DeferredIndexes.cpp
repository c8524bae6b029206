#include "DeferredIndexes.h"

#include "../Database.h"
#include "../SqlDialect.h"
#include "../SqlSupport.h"
#include "../SqliteDialect.h"

#include <QSqlQuery>

#include <sqlite3.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace sc {

namespace {

QString quoted(const QString& identifier)
{
    QString inner = identifier;
    return QLatin1Char('"') + inner.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

} // namespace

DeferredIndexes::DeferredIndexes(Database& database, const QStringList& tables)
    : m_database(database)
{
    if (database.dialect().isServer())
        return;
    const QSqlDatabase db = database.connection();
    for (const QString& table : tables) {
        // Indexes made by a constraint (sql NULL) and unique ones are left alone. The schema
        // (migrations of other owners included) is read now, never copied into this code.
        QSqlQuery query = sql::run(db,
                                   QStringLiteral("SELECT name, sql FROM sqlite_master "
                                                  "WHERE type = 'index' AND tbl_name = ? "
                                                  "AND sql IS NOT NULL "
                                                  "AND sql NOT LIKE 'CREATE UNIQUE%' "
                                                  "ORDER BY rowid"),
                                   {table}, sql::ForwardOnly);
        while (query.next())
            m_indexes.push_back({query.value(0).toString(), query.value(1).toString()});
    }
    for (const Index& index : std::as_const(m_indexes))
        sql::run(db, QStringLiteral("DROP INDEX ") + quoted(index.name));
}

bool DeferredIndexes::worthIt(int rows, qint64 existing)
{
    return rows >= kMinimumRows && rows >= existing;
}

void DeferredIndexes::shrinkCache(int kibibytes)
{
    if (m_database.dialect().isServer())
        return;
    QSqlDatabase db = m_database.connection();
    // The cache is full of the rows' pages, written by none: to the WAL with them (still inside
    // the transaction, which commits or rolls back as ever), so that the smaller cache can let
    // them go.
    if (sqlite3_db_cacheflush(SqliteDialect::handle(db)) != SQLITE_OK)
        return;
    m_database.dialect().setCacheSize(db, -kibibytes);
#if defined(__GLIBC__)
    // What the rows' checks held and the cache's pages are many small blocks, which the C
    // library keeps for itself unless asked: without this, the sorter's memory would come on top.
    malloc_trim(0);
#endif
}

bool DeferredIndexes::restore(const std::function<bool()>& goOn)
{
    const QSqlDatabase db = m_database.connection();
    for (const Index& index : std::as_const(m_indexes)) {
        if (!goOn())
            return false;
        sql::run(db, index.sql);
    }
    m_indexes.clear();
    return true;
}

} // namespace sc
