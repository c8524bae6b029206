#include "DeferredNameSearch.h"

#include "../Database.h"
#include "../SqlDialect.h"
#include "../SqlSupport.h"

namespace sc {

namespace {

const QLatin1String kTrigger("cities_names_insert");

// The trigger's text as the schema writes it (whitespace aside): what restore() does for the
// import's cities in one statement.
const QLatin1String kTriggerText("CREATE TRIGGER cities_names_insert AFTER INSERT ON cities BEGIN "
                                 "INSERT INTO city_names(rowid, search_text) VALUES (NEW.id, "
                                 "NEW.search_text); END");

} // namespace

DeferredNameSearch::DeferredNameSearch(Database& database) : m_database(database)
{
    if (database.dialect().isServer())
        return;
    const QSqlDatabase db = database.connection();
    const QString sql =
        sql::scalar(db,
                    QStringLiteral("SELECT sql FROM sqlite_master WHERE type = "
                                   "'trigger' AND name = ? AND tbl_name = 'cities'"),
                    {kTrigger})
            .toString();
    if (sql.simplified() != kTriggerText)
        return;
    m_lastBefore =
        sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM cities")).toLongLong();
    sql::run(db, QStringLiteral("DROP TRIGGER ") + kTrigger);
    m_triggerSql = sql;
}

void DeferredNameSearch::restore()
{
    if (!active())
        return;
    const QSqlDatabase db = m_database.connection();
    // New cities take ids after the largest (NewIds, as SQLite's own rowids): they are the
    // cities past it. One statement: FTS5 writes its segments as its memory fills, and merges
    // them as it goes.
    sql::run(db,
             QStringLiteral("INSERT INTO city_names(rowid, search_text) "
                            "SELECT id, search_text FROM cities WHERE id > ? ORDER BY id"),
             {m_lastBefore});
    sql::run(db, m_triggerSql);
    m_triggerSql.clear();
}

} // namespace sc
