#include "DeferredTallies.h"

#include "../Database.h"
#include "../Error.h"
#include "../SqlDialect.h"
#include "../SqlSupport.h"
#include "../figures/FigureTallies.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sc {

namespace {

const char* const kTriggers[] = {"pairings_tally_insert", "pairings_tally_delete",
                                 "pairings_tally_update"};

// What the triggers would have added for the pairs past an id, in the counting rules of
// 010_figure_tallies.sql: a pair is counted once its countries are known, in its country scopes
// (once for a pair within one country), its pair of countries and, for the sources, every pair;
// NULL divisions and regions as '', no year as -1. The new pairs are first grouped by
// everything a tally reads, in one pass (an import's rows share a few sources, years and
// divisions: a 100,000-row import groups into a few hundred rows), and each tally is counted from
// those groups: reading the new pairs once per scope cost 1.7 s of CPU for 100,000 pairs.
const char* const kGroup =
    "CREATE TEMP TABLE figure_tally_new AS SELECT country_a AS ca, country_b AS cb,"
    " coalesce(division_a, '') AS da, coalesce(region_a, '') AS ra,"
    " coalesce(division_b, '') AS db, coalesce(region_b, '') AS rb, source_id,"
    " established_year AS year, count(*) AS n, sum(verification = 'unverified') AS u"
    " FROM pairings WHERE id > ? AND country_a IS NOT NULL AND country_b IS NOT NULL"
    " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8";

const char* const kSteps[] = {
    "INSERT INTO figure_tally_sources (scope_a, scope_b, source_id, n, u, d)"
    " SELECT s.scope_a, s.scope_b, s.source_id, sum(s.n), sum(s.u), sum(s.d) FROM ("
    "  SELECT ca AS scope_a, '' AS scope_b, source_id, n, u,"
    "   CASE WHEN year IS NULL THEN 0 ELSE n END AS d FROM temp.figure_tally_new"
    "  UNION ALL SELECT cb, '', source_id, n, u, CASE WHEN year IS NULL THEN 0 ELSE n END"
    "   FROM temp.figure_tally_new WHERE cb <> ca"
    "  UNION ALL SELECT min(ca, cb), max(ca, cb), source_id, n, u,"
    "   CASE WHEN year IS NULL THEN 0 ELSE n END FROM temp.figure_tally_new"
    "  UNION ALL SELECT '', '', source_id, n, u, CASE WHEN year IS NULL THEN 0 ELSE n END"
    "   FROM temp.figure_tally_new) s"
    " WHERE true GROUP BY s.scope_a, s.scope_b, s.source_id"
    " ON CONFLICT (scope_a, scope_b, source_id)"
    " DO UPDATE SET n = n + excluded.n, u = u + excluded.u, d = d + excluded.d",
    "INSERT INTO figure_tally_source_years (scope_a, scope_b, year, source_id, n)"
    " SELECT s.scope_a, s.scope_b, s.year, s.source_id, sum(s.n) FROM ("
    "  SELECT ca AS scope_a, '' AS scope_b, year, source_id, n FROM temp.figure_tally_new"
    "   WHERE year IS NOT NULL"
    "  UNION ALL SELECT cb, '', year, source_id, n FROM temp.figure_tally_new"
    "   WHERE cb <> ca AND year IS NOT NULL"
    "  UNION ALL SELECT min(ca, cb), max(ca, cb), year, source_id, n"
    "   FROM temp.figure_tally_new WHERE year IS NOT NULL) s"
    " WHERE true GROUP BY s.scope_a, s.scope_b, s.year, s.source_id"
    " ON CONFLICT (scope_a, scope_b, year, source_id) DO UPDATE SET n = n + excluded.n",
    "INSERT INTO figure_tally_years (country_lo, country_hi, year, n)"
    " SELECT min(ca, cb), max(ca, cb), coalesce(year, -1), sum(n) FROM temp.figure_tally_new"
    " WHERE true GROUP BY 1, 2, 3"
    " ON CONFLICT (country_lo, country_hi, year) DO UPDATE SET n = n + excluded.n",
    "INSERT INTO figure_tally_divisions (country_a, country_b, division_a, region_a,"
    "  division_b, region_b, n)"
    " SELECT ca, cb, da, ra, db, rb, sum(n) FROM temp.figure_tally_new"
    " WHERE true GROUP BY 1, 2, 3, 4, 5, 6"
    " ON CONFLICT (country_a, country_b, division_a, region_a, division_b, region_b)"
    " DO UPDATE SET n = n + excluded.n",
};

const char* const kSetting = "sistercities.defer_tallies";

// DDL, which PostgreSQL does not prepare, run as it is.
void execute(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw Error(Error::Kind::Database, query.lastError().text());
}

} // namespace

DeferredTallies::DeferredTallies(Database& database) : m_database(database)
{
    if (database.schemaVersion() < FigureTallies::kSince)
        return;
    const QSqlDatabase db = database.connection();
    if (database.dialect().isServer()) {
        // Made before the write's first savepoint: a refused batch's rollback to its savepoint
        // takes its ids out of the table, and the setting stays. Both end with the transaction.
        execute(db, QStringLiteral("CREATE TEMP TABLE figure_tally_deferred"
                                   " (id BIGINT PRIMARY KEY) ON COMMIT DROP"));
        sql::run(db, QStringLiteral("SELECT set_config(?, 'on', true)"), {QLatin1String(kSetting)});
        m_server = true;
        return;
    }
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
    if (m_server) {
        if (!goOn())
            return false;
        restoreOnServer();
        return true;
    }
    const QSqlDatabase db = m_database.connection();
    // Made inside the writer's transaction: a rollback takes it away with the rest.
    sql::run(db, QStringLiteral("DROP TABLE IF EXISTS temp.figure_tally_new"));
    sql::run(db, QLatin1String(kGroup), {m_lastBefore});
    for (const char* step : kSteps) {
        if (!goOn())
            return false;
        sql::run(db, QLatin1String(step));
    }
    sql::run(db, QStringLiteral("DROP TABLE temp.figure_tally_new"));
    for (const QString& trigger : std::as_const(m_triggers))
        sql::run(db, trigger);
    m_triggers.clear();
    return true;
}

void DeferredTallies::restoreOnServer()
{
    const QSqlDatabase db = m_database.connection();
    sql::run(db, QStringLiteral("SELECT set_config(?, 'off', true)"), {QLatin1String(kSetting)});
    sql::run(db, QStringLiteral("SELECT sc_figure_tally_count_deferred()"));
    execute(db, QStringLiteral("DROP TABLE pg_temp.figure_tally_deferred"));
    m_server = false;
}

} // namespace sc
