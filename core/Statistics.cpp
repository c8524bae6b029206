#include "Statistics.h"

#include "Database.h"
#include "SqlSupport.h"

namespace sc {

Statistics Statistics::of(Database& database)
{
    const QSqlDatabase db = database.connection();
    QSqlQuery query = sql::run(
        db, QStringLiteral("SELECT (SELECT count(*) FROM countries),"
                           " (SELECT count(*) FROM divisions),"
                           " (SELECT count(*) FROM cities),"
                           " (SELECT count(*) FROM pairings),"
                           // The same rows as "established IS NOT NULL" (a CHECK ties the
                           // two), read from the year's index instead of the whole table.
                           " (SELECT count(*) FROM pairings WHERE established_year IS NOT NULL),"
                           " (SELECT count(*) FROM sources),"
                           " (SELECT count(*) FROM surveys),"
                           " (SELECT count(*) FROM published_statistics)"));
    query.next();
    Statistics s;
    s.countries = query.value(0).toInt();
    s.divisions = query.value(1).toInt();
    s.cities = query.value(2).toInt();
    s.pairings = query.value(3).toInt();
    s.datedPairings = query.value(4).toInt();
    s.sources = query.value(5).toInt();
    s.surveys = query.value(6).toInt();
    s.publishedStatistics = query.value(7).toInt();
    return s;
}

} // namespace sc
