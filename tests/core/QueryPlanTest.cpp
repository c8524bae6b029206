// No common filter reads the whole pairings table where an index serves: every statement that a
// filtered count, a figure or a map runs is recorded as SQLite ran it (bound values written in)
// and explained, and a full scan of pairings fails the test. A database without ANALYZE
// statistics is planned as if every table were large, so a small one shows the plans a
// million pairings get.
#include "Database.h"
#include "PairingQuery.h"
#include "SqlSupport.h"
#include "figures/FigureQuery.h"
#include "maps/MapCatalog.h"
#include "maps/MapQuery.h"
#include "support/GeneratedDatabase.h"
#include "support/SqlTrace.h"
#include "support/TempDir.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

using namespace sc;

namespace {

QVector<QPair<QString, PairingFilter>> filters()
{
    QVector<QPair<QString, PairingFilter>> out;
    PairingFilter f;
    f.countries = {"KR"};
    out << qMakePair(QStringLiteral("one country"), f);
    f.countries = {"CN", "JP"};
    out << qMakePair(QStringLiteral("two countries"), f);
    f = {};
    f.division = "CN-JS";
    out << qMakePair(QStringLiteral("division"), f);
    f = {};
    f.region = "west";
    out << qMakePair(QStringLiteral("region"), f);
    f = {};
    f.fromYear = 1979;
    f.toYear = 2000;
    out << qMakePair(QStringLiteral("years"), f);
    f = {};
    f.fromYear = 1990;
    out << qMakePair(QStringLiteral("from a year"), f);
    f = {};
    f.undatedOnly = true;
    out << qMakePair(QStringLiteral("undated"), f);
    f = {};
    f.status = "dormant";
    out << qMakePair(QStringLiteral("status"), f);
    f = {};
    f.kind = "sister";
    out << qMakePair(QStringLiteral("kind"), f);
    f = {};
    f.search = "Town 12";
    out << qMakePair(QStringLiteral("search"), f);
    f = {};
    f.search = "镇1";
    out << qMakePair(QStringLiteral("short search"), f);
    f.countries = {"CN", "JP"};
    f.fromYear = 1979;
    f.toYear = 2000;
    f.status = "active";
    f.search.clear();
    out << qMakePair(QStringLiteral("combination"), f);
    return out;
}

// The lines of the plan of every statement `run` executes that reads pairings; `tallies` (when
// given) tells whether any read the figures' tallies of schema 10 instead.
QStringList plansOf(Database& db, const std::function<void()>& run, bool* tallies = nullptr)
{
    QStringList statements;
    {
        testsupport::SqlTrace trace(db.connection());
        run();
        statements = trace.statements();
    }
    if (tallies)
        *tallies = !statements.filter(QLatin1String("figure_tally_")).isEmpty();
    QStringList out;
    for (const QString& statement : std::as_const(statements)) {
        if (!statement.contains(QLatin1String("pairings")))
            continue;
        QSqlQuery plan =
            sql::run(db.connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + statement);
        QStringList lines;
        while (plan.next())
            lines << plan.value(3).toString();
        out << statement + QStringLiteral("\n  ") + lines.join(QStringLiteral("\n  "));
    }
    return out;
}

// A full pass over pairings, through the table or any of its indexes: "SCAN p", "SCAN
// pairings", "SCAN p USING COVERING INDEX ...". A SEARCH (an index lookup) is what we want.
bool scansPairings(const QString& plan)
{
    static const QRegularExpression scan(QStringLiteral("\\bSCAN (p|pairings)\\b"));
    return scan.match(plan).hasMatch();
}

class QueryPlan : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new TempDir;
        generated =
            new testdata::GeneratedDatabase(testdata::generate(dir->file("plan.sqlite"), 200));
    }
    static void TearDownTestSuite()
    {
        delete generated;
        delete dir;
    }
    static Database& db() { return *generated->database; }

    static inline TempDir* dir = nullptr;
    static inline testdata::GeneratedDatabase* generated = nullptr;
};

} // namespace

TEST_F(QueryPlan, EveryFilterKindCountsThroughAnIndex)
{
    for (const auto& [name, filter] : filters()) {
        const QStringList plans = plansOf(db(), [&, f = filter] { PairingQuery(db()).count(f); });
        ASSERT_FALSE(plans.isEmpty()) << name.toStdString();
        for (const QString& plan : plans)
            EXPECT_FALSE(scansPairings(plan)) << name.toStdString() << ": " << plan.toStdString();
    }
}

TEST_F(QueryPlan, OneCountryIsCountedAsThreeIndexRangesWithNothingCheckedPerEntry)
{
    // "Either city is in Korea": city a is (one range), and city b is while city a sorts
    // before or after Korea (two ranges of the index that leads with city b's country, then
    // city a's), where a "city a is not Korea" tested on each of side b's entries cost a third
    // more instructions.
    PairingFilter korea;
    korea.countries = {"KR"};
    const QStringList plans = plansOf(db(), [&] { PairingQuery(db()).count(korea); });
    ASSERT_EQ(plans.size(), 1);
    const QString plan = plans.first();
    EXPECT_TRUE(plan.contains("(country_a=?)")) << plan.toStdString();
    EXPECT_TRUE(plan.contains("(country_b=? AND country_a<?)")) << plan.toStdString();
    EXPECT_TRUE(plan.contains("(country_b=? AND country_a>?)")) << plan.toStdString();
    EXPECT_FALSE(plan.contains("MULTI-INDEX OR")) << plan.toStdString();
    // The same pairs as the plain condition, each once.
    EXPECT_GT(PairingQuery(db()).count(korea), 0);
    EXPECT_EQ(PairingQuery(db()).count(korea),
              sql::scalar(db().connection(), "SELECT count(*) FROM pairings p JOIN cities a ON "
                                             "a.id = p.city_a JOIN cities b ON b.id = p.city_b "
                                             "WHERE a.country = 'KR' OR b.country = 'KR'")
                  .toInt());
}

TEST_F(QueryPlan, EveryFigureAndMapAggregatesThroughAnIndex)
{
    for (int number = 1; number <= 8; ++number) {
        const QString id = QStringLiteral("fig%1").arg(number);
        for (const PairingFilter& filter : {PairingFilter{}, filters().at(4).second}) {
            bool tallies = false;
            const QStringList plans = plansOf(
                db(), [&] { FigureQuery(db()).run(id, filter, Language::En); }, &tallies);
            // A figure the tallies answer reads no pairings (the test below).
            ASSERT_TRUE(!plans.isEmpty() || tallies) << id.toStdString();
            for (const QString& plan : plans)
                EXPECT_FALSE(scansPairings(plan)) << id.toStdString() << ": " << plan.toStdString();
        }
    }
    for (const char* map : {"map-cn-provinces", "map-cn-japan", "map-cn-korea"}) {
        const QStringList plans =
            plansOf(db(), [&] { MapQuery(db()).run(QLatin1String(map), {}, Language::En); });
        for (const QString& plan : plans)
            EXPECT_FALSE(scansPairings(plan)) << map << ": " << plan.toStdString();
    }
}

// Schema 9: a figure or map of the report's own selection (no filter but its countries and, on a
// year axis, its years) reads the figures' tallies (FigureTallies), not one pairing; the year
// range of the figures with a year axis is such a filter too.
TEST_F(QueryPlan, EveryUnfilteredFigureAndMapReadsTheTalliesNotThePairings)
{
    PairingFilter years;
    years.fromYear = 1979;
    years.toYear = 2000;
    for (int number = 1; number <= 8; ++number) {
        const QString id = QStringLiteral("fig%1").arg(number);
        const bool yearAxis = number >= 2 && number <= 4;
        for (const PairingFilter& filter :
             yearAxis ? QVector<PairingFilter>{{}, years} : QVector<PairingFilter>{{}}) {
            bool tallies = false;
            const QStringList plans = plansOf(
                db(), [&] { FigureQuery(db()).run(id, filter, Language::En); }, &tallies);
            EXPECT_TRUE(tallies) << id.toStdString();
            EXPECT_EQ(plans, QStringList()) << id.toStdString();
        }
    }
    for (const MapSpec& map : MapCatalog::all()) {
        bool tallies = false;
        const QStringList plans = plansOf(
            db(), [&] { MapQuery(db()).run(map, {}, Language::En); }, &tallies);
        EXPECT_TRUE(tallies) << map.id.toStdString();
        EXPECT_EQ(plans, QStringList()) << map.id.toStdString();
    }
    // A filter the tallies do not hold: the pairs are counted (through an index, above).
    PairingFilter active;
    active.status = QStringLiteral("active");
    bool tallies = true;
    const QStringList plans = plansOf(
        db(), [&] { FigureQuery(db()).run(QStringLiteral("fig1"), active, Language::En); },
        &tallies);
    EXPECT_FALSE(tallies);
    EXPECT_FALSE(plans.isEmpty());
}

// A page of the listing reads about its own rows: the page's ids come either from the filter's
// index ranges (then sorted: as many as match) or from a walk of the table in the page's order
// that stops after the page (LIMIT, no sort of what it read); the names and cities are then
// joined for those ids only. Read forwards from the start and backwards from the end, for
// every filter kind, at any density (the model passes the count).
TEST_F(QueryPlan, EveryListingPageReadsItsRowsThroughAnIndexOrAStoppedWalk)
{
    QVector<QPair<QString, PairingFilter>> all = filters();
    all.prepend(qMakePair(QStringLiteral("none"), PairingFilter{}));
    for (const auto& [name, filter] : all) {
        const int matching = PairingQuery(db()).count(filter);
        for (const PairingQuery::Sort sort : {PairingQuery::Sort::Id, PairingQuery::Sort::CityA})
            for (const int offset : {0, std::max(0, matching - 10)}) {
                const QStringList plans = plansOf(db(), [&, f = filter] {
                    PairingQuery(db()).rows(f, Language::En, offset, 10, sort, false, matching);
                });
                ASSERT_FALSE(plans.isEmpty()) << name.toStdString();
                for (const QString& plan : plans) {
                    if (!scansPairings(plan))
                        continue;
                    EXPECT_TRUE(plan.contains(QLatin1String("LIMIT")))
                        << name.toStdString() << ": " << plan.toStdString();
                    EXPECT_FALSE(plan.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")))
                        << name.toStdString() << ": " << plan.toStdString();
                }
            }
    }
}

// A search of one or two characters, of Chinese, Japanese or Korean (schema 9) or Latin letters,
// digits and punctuation (schema 11), finds its cities in city_grams, one key or one range,
// where it read every city's names: neither the count nor a page of the table scans cities. A
// key that no index serves (three characters with a LIKE wildcard) does: the check can fail.
TEST_F(QueryPlan, AShortSearchLooksItsCitiesUpWithoutReadingEveryName)
{
    static const QRegularExpression scan(QStringLiteral("\\bSCAN (cities|c|a|b)\\b"));
    const auto plansFor = [](const QString& key) {
        PairingFilter filter;
        filter.search = key;
        const int matching = PairingQuery(db()).count(filter);
        return plansOf(db(), [&] { PairingQuery(db()).count(filter); }) + plansOf(db(), [&] {
                   PairingQuery(db()).rows(filter, Language::En, 0, 10, PairingQuery::Sort::Id,
                                           false, matching);
               });
    };
    for (const QString& key :
         {QStringLiteral("镇1"), QStringLiteral("镇"), QStringLiteral("마을"),
          QStringLiteral("町1"), QStringLiteral("wn"), QStringLiteral("W"), QStringLiteral("12"),
          QStringLiteral("%"), QStringLiteral("*"), QStringLiteral("?n")}) {
        PairingFilter filter;
        filter.search = key;
        if (key != "%" && key != "*" && key != "?n")
            EXPECT_GT(PairingQuery(db()).count(filter), 0) << key.toStdString();
        const QStringList plans = plansFor(key);
        ASSERT_FALSE(plans.isEmpty()) << key.toStdString();
        EXPECT_TRUE(std::any_of(plans.cbegin(), plans.cend(), [](const QString& plan) {
            return plan.contains(QLatin1String("SEARCH city_grams USING PRIMARY KEY (gram"));
        })) << plans.join('\n').toStdString();
        for (const QString& plan : plans)
            EXPECT_FALSE(scan.match(plan).hasMatch())
                << key.toStdString() << ": " << plan.toStdString();
    }
    const QStringList wildcard = plansFor(QStringLiteral("w%n"));
    EXPECT_TRUE(std::any_of(wildcard.cbegin(), wildcard.cend(),
                            [](const QString& plan) { return scan.match(plan).hasMatch(); }));
}

// The test itself can fail: the same check on a condition no index serves.
TEST_F(QueryPlan, TheCheckSeesAFullScan)
{
    const QStringList plans = plansOf(db(), [] {
        sql::scalar(db().connection(), "SELECT count(*) FROM pairings p WHERE p.note LIKE '%x%'");
    });
    ASSERT_EQ(plans.size(), 1);
    EXPECT_TRUE(scansPairings(plans.first())) << plans.first().toStdString();
}
