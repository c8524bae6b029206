#include "DeferredTallies.h"

#include "../Database.h"
#include "../SqlDialect.h"
#include "../SqlSupport.h"
#include "../figures/FigureTallies.h"

namespace sc {

namespace {

const char* const kTriggers[] = {"pairings_tally_insert", "pairings_tally_delete",
                                 "pairings_tally_update"};

// What the triggers would have added for the pairs past an id, one statement a tally, in the
// counting rules of 009_figure_tallies.sql: a pair is counted once its countries are known, in
// its country scopes (once for a pair within one country), its pair of countries and, for the
// sources, every pair; NULL divisions and regions as '', no year as -1. Each statement binds
// the id once per part of its union.
struct Step {
    const char* sql;
    int parts;
};

const Step kSteps[] = {
    {"INSERT INTO figure_tally_sources (scope_a, scope_b, source_id, n, u, d)"
     " SELECT s.scope_a, s.scope_b, s.source_id, count(*), sum(s.u), sum(s.d) FROM ("
     "  SELECT country_a AS scope_a, '' AS scope_b, source_id,"
     "   verification = 'unverified' AS u, established_year IS NOT NULL AS d FROM pairings"
     "   WHERE id > ? AND country_a IS NOT NULL AND country_b IS NOT NULL"
     "  UNION ALL SELECT country_b, '', source_id, verification = 'unverified',"
     "   established_year IS NOT NULL FROM pairings"
     "   WHERE id > ? AND country_a IS NOT NULL AND country_b <> country_a"
     "  UNION ALL SELECT min(country_a, country_b), max(country_a, country_b), source_id,"
     "   verification = 'unverified', established_year IS NOT NULL FROM pairings"
     "   WHERE id > ? AND country_a IS NOT NULL AND country_b IS NOT NULL"
     "  UNION ALL SELECT '', '', source_id, verification = 'unverified',"
     "   established_year IS NOT NULL FROM pairings"
     "   WHERE id > ? AND country_a IS NOT NULL AND country_b IS NOT NULL) s"
     " WHERE true GROUP BY s.scope_a, s.scope_b, s.source_id"
     " ON CONFLICT (scope_a, scope_b, source_id)"
     " DO UPDATE SET n = n + excluded.n, u = u + excluded.u, d = d + excluded.d",
     4},
    {"INSERT INTO figure_tally_source_years (scope_a, scope_b, year, source_id, n)"
     " SELECT s.scope_a, s.scope_b, s.year, s.source_id, count(*) FROM ("
     "  SELECT country_a AS scope_a, '' AS scope_b, established_year AS year, source_id"
     "   FROM pairings WHERE id > ? AND country_a IS NOT NULL AND country_b IS NOT NULL"
     "   AND established_year IS NOT NULL"
     "  UNION ALL SELECT country_b, '', established_year, source_id FROM pairings"
     "   WHERE id > ? AND country_a IS NOT NULL AND country_b <> country_a"
     "   AND established_year IS NOT NULL"
     "  UNION ALL SELECT min(country_a, country_b), max(country_a, country_b),"
     "   established_year, source_id FROM pairings"
     "   WHERE id > ? AND country_a IS NOT NULL AND country_b IS NOT NULL"
     "   AND established_year IS NOT NULL) s"
     " WHERE true GROUP BY s.scope_a, s.scope_b, s.year, s.source_id"
     " ON CONFLICT (scope_a, scope_b, year, source_id) DO UPDATE SET n = n + excluded.n",
     3},
    {"INSERT INTO figure_tally_years (country_lo, country_hi, year, n)"
     " SELECT min(country_a, country_b), max(country_a, country_b),"
     "  coalesce(established_year, -1), count(*) FROM pairings"
     " WHERE id > ? AND country_a IS NOT NULL AND country_b IS NOT NULL GROUP BY 1, 2, 3"
     " ON CONFLICT (country_lo, country_hi, year) DO UPDATE SET n = n + excluded.n",
     1},
    {"INSERT INTO figure_tally_divisions (country_a, country_b, division_a, region_a,"
     "  division_b, region_b, n)"
     " SELECT country_a, country_b, coalesce(division_a, ''), coalesce(region_a, ''),"
     "  coalesce(division_b, ''), coalesce(region_b, ''), count(*) FROM pairings"
     " WHERE id > ? AND country_a IS NOT NULL AND country_b IS NOT NULL"
     " GROUP BY 1, 2, 3, 4, 5, 6"
     " ON CONFLICT (country_a, country_b, division_a, region_a, division_b, region_b)"
     " DO UPDATE SET n = n + excluded.n",
     1},
};

} // namespace

DeferredTallies::DeferredTallies(Database& database) : m_database(database)
{
    if (database.dialect().isServer() || database.schemaVersion() < FigureTallies::kSince)
        return;
    const QSqlDatabase db = database.connection();
    QVector<QString> found;
    for (const char* name : kTriggers) {
        const QString sql =
            sql::scalar(db,
                        QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger'"
                                       " AND name = ? AND tbl_name = 'pairings'"),
                        {QLatin1String(name)})
                .toString();
        // A schema that keeps its tallies otherwise is left to do so.
        if (sql.isEmpty())
            return;
        found << sql;
    }
    m_lastBefore =
        sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM pairings")).toLongLong();
    for (const char* name : kTriggers)
        sql::run(db, QStringLiteral("DROP TRIGGER ") + QLatin1String(name));
    m_triggers = found;
}

bool DeferredTallies::restore(const std::function<bool()>& goOn)
{
    if (!active())
        return true;
    const QSqlDatabase db = m_database.connection();
    for (const Step& step : kSteps) {
        if (!goOn())
            return false;
        sql::run(db, QLatin1String(step.sql), QVariantList(step.parts, m_lastBefore));
    }
    for (const QString& trigger : std::as_const(m_triggers))
        sql::run(db, trigger);
    m_triggers.clear();
    return true;
}

} // namespace sc
