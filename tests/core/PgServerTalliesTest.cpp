// Schema 10 on PostgreSQL (resources/schema/postgresql/010_figure_tallies.sql): the figures'
// tallies are kept by statement-level triggers, and an import defers them (DeferredTallies: the
// new pairs' ids noted in a temporary table, counted once before the commit). After each step
// every tally equals the counts the test makes in C++ from every pairing joined to its cities
// (support/ExpectedTallies). Run by `ctest -L postgresql` (postgresql_core); a small register
// made by SQL keeps each test well under a second.
#include "Database.h"
#include "SqlSupport.h"
#include "io/CsvReader.h"
#include "io/PairingImporter.h"
#include "support/ExpectedTallies.h"
#include "support/TempDir.h"
#include "support/TestBackend.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sc;

namespace {

// Runs `statement` (multi-row, unprepared where it is DDL or SET) and says which it was.
void execute(Database& db, const QString& statement)
{
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(statement))
        << statement.toStdString() << ": " << query.lastError().text().toStdString();
}

// A register of a few hundred cities over every division of China, Japan and Korea (and a few
// without one) and about 1,500 pairings with five sources, years 1980-2019 or none, some
// unverified: each written by one multi-row statement, so the statement triggers count
// hundreds of rows at once.
std::unique_ptr<Database> smallRegister(TempDir& dir)
{
    auto db = testbackend::createBundled(dir.file("tallies.sqlite"), true);
    EXPECT_TRUE(db->isServer());
    const QStringList statements = {
        "INSERT INTO sources (title) SELECT 'Tally source ' || i FROM generate_series(1, 5) i",
        "INSERT INTO cities (country, division, level, name_native, name_en, search_text)"
        " SELECT d.country, d.code, 'municipality', 'Tally ' || d.code || ' ' || i,"
        " 'Tally ' || d.code || ' ' || i, 'tally ' || lower(d.code) || ' ' || i"
        " FROM divisions d, generate_series(1, 3) i WHERE d.country IN ('CN', 'JP', 'KR')"
        " UNION ALL SELECT c, NULL, 'municipality', 'Tally ' || c || ' ' || i,"
        " 'Tally ' || c || ' ' || i, 'tally ' || lower(c) || ' ' || i"
        " FROM unnest(ARRAY['CN', 'JP', 'KR']) c, generate_series(1, 12) i",
        "INSERT INTO pairings (city_a, city_b, source_id, established, precision,"
        " established_year, verification)"
        " SELECT a.id, b.id, (SELECT min(id) FROM sources) + (a.id + b.id) % 5,"
        " CASE WHEN (a.id + b.id) % 6 = 0 THEN NULL ELSE (1980 + (a.id * 7 + b.id) % 40)::text"
        " END, CASE WHEN (a.id + b.id) % 6 = 0 THEN NULL ELSE 'year' END,"
        " CASE WHEN (a.id + b.id) % 6 = 0 THEN NULL ELSE 1980 + (a.id * 7 + b.id) % 40 END,"
        " CASE WHEN (a.id * b.id) % 7 = 0 THEN 'unverified' ELSE 'verified' END"
        " FROM cities a JOIN cities b ON b.id > a.id WHERE (a.id * 31 + b.id * 17) % 53 = 0"};
    for (const QString& statement : statements) {
        QSqlQuery query(db->connection());
        EXPECT_TRUE(query.exec(statement))
            << statement.toStdString() << ": " << query.lastError().text().toStdString();
    }
    return db;
}

int pairings(Database& db)
{
    return sql::scalar(db.connection(), "SELECT count(*) FROM pairings").toInt();
}

// Rows of a pairings file, each two new cities (China, Japan) paired, half the Japanese ones in
// Tokyo, every fourth undated, three new sources.
QByteArray importFile(int rows)
{
    QByteArray text = "a_country,a_city,b_country,b_division,b_city,established,source\n";
    for (int i = 0; i < rows; ++i)
        text +=
            QString("CN,Deferred City %1,JP,%2,Deferred Town %1,%3,Deferred paper %4\n")
                .arg(QString::number(i), i % 2 ? "JP-13" : "",
                     i % 4 == 3 ? QString() : QString::number(2000 + i % 6), QString::number(i % 3))
                .toUtf8();
    return text;
}

} // namespace

// Plain SQL in multi-row statements, and cities and divisions changed under pairs (migration
// 5's triggers rewrite the pairs in one statement each): every tally stays true.
TEST(PgServerTallies, StatementTriggersKeepEveryTallyTrueThroughMultiRowSql)
{
    TempDir dir;
    auto owned = smallRegister(dir);
    Database& db = *owned;
    ASSERT_GT(pairings(db), 600);
    testdata::expectTalliesTrue(db, "made");
    EXPECT_EQ(sql::scalar(db.connection(), "SELECT count(*) FROM pg_trigger WHERE tgname LIKE"
                                           " 'pairings_tally_%' AND NOT tgisinternal"
                                           " AND (tgtype & 1) = 0")
                  .toInt(),
              3); // three triggers, FOR EACH STATEMENT (bit 0 of tgtype clear)

    // Each step's statements (split at ';') are checked together.
    const std::pair<const char*, const char*> steps[] = {
        {"years", "UPDATE pairings SET established = NULL, precision = NULL,"
                  " established_year = NULL WHERE id % 7 = 0;"
                  "UPDATE pairings SET established = '1999', precision = 'year',"
                  " established_year = 1999 WHERE id % 11 = 0"},
        {"sources and verification",
         "UPDATE pairings SET source_id = (SELECT max(id) FROM sources) WHERE id % 5 = 0;"
         "UPDATE pairings SET verification = CASE verification WHEN 'verified'"
         " THEN 'unverified' ELSE 'verified' END WHERE id % 3 = 0;"
         "UPDATE pairings SET status = 'dormant' WHERE id % 2 = 0"},
        {"deleted", "DELETE FROM pairings WHERE id % 13 = 0"},
        {"cities and divisions",
         "UPDATE divisions SET region = 'west' WHERE code = 'CN-JS';"
         "UPDATE cities SET country = 'KR', division = NULL WHERE id IN"
         " (SELECT city_a FROM pairings WHERE country_a = 'CN' AND id % 16 = 1);"
         "UPDATE cities SET division = 'JP-13' WHERE country = 'JP' AND division IS NULL"
         " AND id % 2 = 0"},
        {"inserted", "INSERT INTO pairings (city_a, city_b, source_id) SELECT a.id, b.id,"
                     " (SELECT min(id) FROM sources) FROM cities a JOIN cities b"
                     " ON b.id = a.id + 2 WHERE a.id % 3 = 0 AND NOT EXISTS (SELECT 1 FROM"
                     " pairings p WHERE LEAST(p.city_a, p.city_b) = a.id"
                     " AND GREATEST(p.city_a, p.city_b) = b.id)"},
        {"deleted again", "DELETE FROM pairings WHERE country_a = 'KR' OR country_b = 'KR'"}};
    for (const auto& [step, statement] : steps) {
        const int before = pairings(db);
        for (const QString& part : QString::fromUtf8(statement).split(QLatin1Char(';')))
            ASSERT_NO_FATAL_FAILURE(execute(db, part));
        testdata::expectTalliesTrue(db, step);
        if (QByteArray(step).startsWith("deleted")) {
            EXPECT_LT(pairings(db), before) << step;
        }
    }
    // No count left at zero.
    EXPECT_EQ(sql::scalar(db.connection(),
                          "SELECT (SELECT count(*) FROM figure_tally_sources WHERE n = 0)"
                          " + (SELECT count(*) FROM figure_tally_source_years WHERE n = 0)"
                          " + (SELECT count(*) FROM figure_tally_years WHERE n = 0)"
                          " + (SELECT count(*) FROM figure_tally_divisions WHERE n = 0)")
                  .toInt(),
              0);
}

// An import counts nothing while its rows go in: another session's pair of the same countries,
// year and sides' divisions is written and committed meanwhile without waiting on a count row,
// and counted once (its id lies among the import's ids: "ids past the largest before" would
// count it twice). A cancelled import leaves the tallies as they were and the deferral off.
TEST(PgServerTallies, ADeferredImportCountsItsOwnPairsAndAnotherSessionsPairOnce)
{
    TempDir dir;
    auto owned = smallRegister(dir);
    Database& db = *owned;
    auto other = Database::open(db.path());
    // A wait on a lock the import held would fail the other session's insert, not hang.
    ASSERT_NO_FATAL_FAILURE(execute(*other, "SET lock_timeout = '3s'"));
    const int before = pairings(db);
    const QByteArray file = importFile(600);
    ImportOptions options;
    options.today = QDate(2024, 6, 1);

    const QMap<QString, QStringList> tallies = testdata::talliesOf(db);
    const ImportReport cancelled = PairingImporter(db).run(
        CsvReader(file), options, [](int done, int total) { return done < total; });
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_EQ(pairings(db), before);
    EXPECT_EQ(testdata::talliesOf(db), tallies);
    EXPECT_NE(sql::scalar(db.connection(), "SELECT current_setting(?, true)",
                          {QStringLiteral("sistercities.defer_tallies")})
                  .toString(),
              QStringLiteral("on"));

    qint64 otherId = 0;
    QString otherError;
    int deferredMeanwhile = -1;
    const ImportReport report =
        PairingImporter(db).run(CsvReader(file), options, [&](int done, int total) {
            if (done < 256 || done >= total || otherId)
                return true;
            deferredMeanwhile =
                sql::scalar(db.connection(), "SELECT count(*) FROM pg_temp.figure_tally_deferred")
                    .toInt();
            QSqlQuery insert(other->connection());
            insert.prepare("INSERT INTO pairings (city_a, city_b, source_id, established,"
                           " precision, established_year) SELECT a.id, b.id, min(s.id), '2003',"
                           " 'year', 2003 FROM cities a, cities b, sources s"
                           " WHERE a.country = 'CN' AND a.division IS NULL"
                           " AND b.country = 'JP' AND b.division IS NULL AND NOT EXISTS"
                           " (SELECT 1 FROM pairings p WHERE LEAST(p.city_a, p.city_b) ="
                           " LEAST(a.id, b.id) AND GREATEST(p.city_a, p.city_b) ="
                           " GREATEST(a.id, b.id)) GROUP BY a.id, b.id LIMIT 1 RETURNING id");
            if (insert.exec() && insert.next())
                otherId = insert.value(0).toLongLong();
            else
                otherError = insert.lastError().text();
            return true;
        });
    ASSERT_FALSE(report.hasProblems()) << report.problemLines("f").join('\n').toStdString();
    EXPECT_TRUE(report.written);
    EXPECT_EQ(report.added, 600);
    ASSERT_GT(otherId, 0) << otherError.toStdString();
    // Only the import's rows written so far were noted, and none was counted yet.
    EXPECT_GT(deferredMeanwhile, 0);
    EXPECT_LE(deferredMeanwhile, 256);
    EXPECT_EQ(pairings(db), before + 601);
    EXPECT_LT(sql::scalar(db.connection(),
                          "SELECT min(p.id) FROM pairings p JOIN cities c"
                          " ON c.id = p.city_a WHERE c.name_native LIKE 'Deferred%'")
                  .toLongLong(),
              otherId);
    EXPECT_GT(sql::scalar(db.connection(),
                          "SELECT max(p.id) FROM pairings p JOIN cities c"
                          " ON c.id = p.city_a WHERE c.name_native LIKE 'Deferred%'")
                  .toLongLong(),
              otherId);
    testdata::expectTalliesTrue(db, "imported");
    // The deferral ended with the import: the same connection's next write is counted.
    const int imported = pairings(db);
    ASSERT_NO_FATAL_FAILURE(
        execute(db, "DELETE FROM pairings WHERE id IN (SELECT p.id FROM pairings p JOIN cities c"
                    " ON c.id = p.city_b WHERE c.name_native LIKE 'Deferred Town 1%')"));
    EXPECT_LT(pairings(db), imported);
    testdata::expectTalliesTrue(db, "after the import");
}
