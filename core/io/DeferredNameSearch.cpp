#include "DeferredNameSearch.h"

#include "../Database.h"
#include "../SqlDialect.h"
#include "../SqlSupport.h"

#include <iterator>

namespace sc {

namespace {

// Cities fed to the indexes by one statement: a few seconds of work at most, between two
// chances to repaint and to cancel. (Each statement ends in a segment of FTS5's; a few dozen of
// them merge cheaply, where one every 64 rows did not.)
constexpr qint64 kChunk = 50000;

struct Known {
    QLatin1String name;
    // The trigger's text as the schema writes it (whitespace aside).
    QLatin1String text;
    // What the trigger does, for the cities with ids in (?, ?] at once.
    QLatin1String fill;
};

const Known kKnown[] = {
    {QLatin1String("cities_names_insert"),
     QLatin1String("CREATE TRIGGER cities_names_insert AFTER INSERT ON cities BEGIN INSERT INTO "
                   "city_names(rowid, search_text) VALUES (NEW.id, NEW.search_text); END"),
     QLatin1String("INSERT INTO city_names(rowid, search_text) SELECT id, search_text FROM "
                   "cities WHERE id > ? AND id <= ? ORDER BY id")},
    // In the primary key's order, as the migration fills it.
    {QLatin1String("cities_grams_insert"),
     QLatin1String("CREATE TRIGGER cities_grams_insert AFTER INSERT ON cities BEGIN INSERT OR "
                   "IGNORE INTO city_grams (gram, city_id) SELECT gram, city_id FROM "
                   "city_gram_rows WHERE city_id = NEW.id; END"),
     QLatin1String("INSERT OR IGNORE INTO city_grams (gram, city_id) SELECT gram, city_id FROM "
                   "city_gram_rows WHERE city_id > ? AND city_id <= ? ORDER BY gram, city_id")},
};

} // namespace

DeferredNameSearch::DeferredNameSearch(Database& database) : m_database(database)
{
    if (database.dialect().isServer())
        return;
    const QSqlDatabase db = database.connection();
    for (int i = 0; i < int(std::size(kKnown)); ++i) {
        const QString sql =
            sql::scalar(db,
                        QStringLiteral("SELECT sql FROM sqlite_master WHERE type = "
                                       "'trigger' AND name = ? AND tbl_name = 'cities'"),
                        {kKnown[i].name})
                .toString();
        if (sql.simplified() != kKnown[i].text)
            continue;
        if (m_dropped.isEmpty())
            m_lastBefore =
                sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM cities"))
                    .toLongLong();
        sql::run(db, QStringLiteral("DROP TRIGGER ") + kKnown[i].name);
        m_dropped << i;
        m_triggers << sql;
    }
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
    for (const int known : std::as_const(m_dropped)) {
        for (qint64 from = m_lastBefore; from < last; from += kChunk) {
            if (!goOn())
                return false;
            sql::run(db, kKnown[known].fill, {from, from + kChunk});
        }
    }
    for (const QString& trigger : std::as_const(m_triggers))
        sql::run(db, trigger);
    m_dropped.clear();
    m_triggers.clear();
    return true;
}

} // namespace sc
