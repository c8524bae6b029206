#include "DeferredNameSearch.h"

#include "../Database.h"
#include "../SqlDialect.h"
#include "../SqlSupport.h"

namespace sc {

namespace {

const QLatin1String kTrigger("cities_names_insert");

// Cities fed to the index by one statement: a few seconds of work at most, between two chances
// to repaint and to cancel. (Each statement ends in a segment of FTS5's; a few dozen of them
// merge cheaply, where one every 64 rows did not.)
constexpr qint64 kChunk = 50000;

// The trigger's text as the schema writes it (whitespace aside): what restore() does for all the
// import's cities at once.
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

bool DeferredNameSearch::restore(const std::function<bool()>& goOn)
{
    if (!active())
        return true;
    const QSqlDatabase db = m_database.connection();
    // New cities take ids after the largest (NewIds, as SQLite's own rowids): they are the
    // cities past it.
    const qint64 last =
        sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM cities")).toLongLong();
    for (qint64 from = m_lastBefore; from < last; from += kChunk) {
        if (!goOn())
            return false;
        sql::run(db,
                 QStringLiteral("INSERT INTO city_names(rowid, search_text) SELECT id, "
                                "search_text FROM cities WHERE id > ? AND id <= ? ORDER BY id"),
                 {from, from + kChunk});
    }
    sql::run(db, m_triggerSql);
    m_triggerSql.clear();
    return true;
}

} // namespace sc
