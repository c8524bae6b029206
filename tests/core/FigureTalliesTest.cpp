// Schema 10 (resources/schema/sqlite/010_figure_tallies.sql): the figures' tallies are kept true
// by triggers whoever writes, filled by the upgrade of a file of the schema before in its
// transaction, and counted after the rows by a bulk import (DeferredTallies) whose refusal or
// cancellation leaves triggers and tallies as they were. Each tally is compared with the counts
// the test makes itself from every pairing and its cities (support/ExpectedTallies).
#include "figures/FigureTallies.h"
#include "CityRepository.h"
#include "Database.h"
#include "Error.h"
#include "PairingRepository.h"
#include "SqlSupport.h"
#include "dataset/RegisterGenerator.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "io/CsvReader.h"
#include "io/PairingImporter.h"
#include "support/ExpectedTallies.h"
#include "support/FiguresAsText.h"
#include "support/GeneratedDatabase.h"
#include "support/OldSchemaFile.h"
#include "support/TempDir.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <random>

using namespace sc;

namespace {

constexpr int kPairs = 1500;

int triggersOnPairings(Database& db)
{
    return sql::scalar(db.connection(), "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                        " AND name LIKE 'pairings_tally_%'")
        .toInt();
}

QVector<qint64> idsOf(Database& db, const QString& sql)
{
    QVector<qint64> out;
    QSqlQuery query = sql::run(db.connection(), sql);
    while (query.next())
        out << query.value(0).toLongLong();
    return out;
}

// Rows of a pairings file: each pairs a Japanese city of the register with a new one, dates,
// and sources varying.
QByteArray pairingsFile(const QVector<testdata::GenCity>& cities, int rows)
{
    QByteArray text =
        "a_country,a_city,b_country,b_division,b_city,established,status,kind,source\n";
    const QStringList dates = {"", "1985", "1990-04", "2001-12-31"};
    for (int i = 0; i < rows; ++i) {
        const testdata::GenCity& a = cities.at(i % cities.size());
        text += QString("%1,%2,JP,%3,Tally Town %4,%5,active,sister,Tally paper %6\n")
                    .arg(a.country, a.nameEn, i % 2 ? "JP-13" : "", QString::number(i),
                         dates.at(i % 4), QString::number(i % 3))
                    .toUtf8();
    }
    return text;
}

} // namespace

TEST(FigureTallies, StayTrueThroughTheApplicationsWritesAndRawSql)
{
    TempDir dir;
    const QString path = dir.file("tally.sqlite");
    testdata::GeneratedDatabase gen = testdata::generate(path, kPairs);
    Database& db = *gen.database;
    ASSERT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    testdata::expectTalliesTrue(db, "generated");

    std::mt19937 random(9);
    const QVector<qint64> pairings = idsOf(db, "SELECT id FROM pairings ORDER BY id");
    const QVector<qint64> cities = idsOf(db, "SELECT id FROM cities ORDER BY id");
    const QVector<qint64> sources = idsOf(db, "SELECT id FROM sources ORDER BY id");
    const auto pick = [&](const QVector<qint64>& from) {
        return from.at(int(random() % unsigned(from.size())));
    };

    // The application's write path: edits of the date and source, removals, new pairs.
    PairingRepository repository(db);
    const QStringList dates = {"", "1975", "1999-02", "2017-12-31", "2020"};
    for (int i = 0; i < 40; ++i) {
        std::optional<Pairing> pairing = repository.get(pick(pairings));
        if (!pairing)
            continue;
        pairing->established = dates.at(i % dates.size());
        pairing->sourceId = pick(sources);
        repository.update(*pairing);
    }
    for (int i = 0; i < 25; ++i)
        if (const std::optional<Pairing> pairing = repository.get(pick(pairings)))
            repository.remove(pairing->id, pairing->rowVersion);
    int added = 0;
    while (added < 30) {
        Pairing pairing;
        pairing.cityA = pick(cities);
        pairing.cityB = pick(cities);
        pairing.established = dates.at(added % dates.size());
        pairing.sourceId = pick(sources);
        if (pairing.cityA == pairing.cityB || repository.findPair(pairing.cityA, pairing.cityB))
            continue;
        repository.add(pairing);
        ++added;
    }
    // A city moved to another country and division: its pairs follow (migration 5's triggers),
    // and the tallies with them.
    CityRepository cityRepository(db);
    for (int i = 0; i < 5; ++i) {
        std::optional<City> city = cityRepository.get(pick(cities));
        if (!city)
            continue;
        city->country = i % 2 ? QStringLiteral("CN") : QStringLiteral("KR");
        city->division = i % 2 ? QStringLiteral("CN-JS") : QString();
        cityRepository.update(*city);
    }
    testdata::expectTalliesTrue(db, "application");

    // Plain SQL on another connection to the same file, as the sqlite3 shell writes: rows
    // inserted without the copied columns (the triggers derive them), years, sources and
    // verification changed, rows deleted, a division's region redrawn.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "tally-raw");
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        const QStringList statements = {
            "UPDATE pairings SET established = NULL, precision = NULL, established_year = NULL"
            " WHERE id % 7 = 0",
            "UPDATE pairings SET established = '1988', precision = 'year',"
            " established_year = 1988 WHERE id % 11 = 0",
            "UPDATE pairings SET source_id = (SELECT min(id) FROM sources) WHERE id % 5 = 0",
            "UPDATE pairings SET verification = 'unverified' WHERE id % 13 = 0",
            // A pair moved to another city, one it is not yet paired with.
            "UPDATE pairings SET city_b = (SELECT max(id) FROM cities) WHERE id = (SELECT"
            " min(p.id) FROM pairings p, (SELECT max(id) AS m FROM cities) c WHERE p.city_a <>"
            " c.m AND p.city_b <> c.m AND NOT EXISTS (SELECT 1 FROM pairings q WHERE"
            " min(q.city_a, q.city_b) = min(p.city_a, c.m) AND max(q.city_a, q.city_b) ="
            " max(p.city_a, c.m)))",
            "DELETE FROM pairings WHERE id % 17 = 0",
            "UPDATE divisions SET region = 'west' WHERE code = 'CN-JS'",
            "INSERT INTO pairings (city_a, city_b, source_id, established, precision,"
            " established_year) SELECT a.id, b.id, (SELECT max(id) FROM sources), '2003',"
            " 'year', 2003 FROM cities a JOIN cities b ON b.id = a.id + 1 WHERE a.id % 9 = 0"
            " AND NOT EXISTS (SELECT 1 FROM pairings p WHERE min(p.city_a, p.city_b) = a.id"
            " AND max(p.city_a, p.city_b) = b.id)"};
        for (const QString& statement : statements) {
            QSqlQuery query(raw);
            ASSERT_TRUE(query.exec(statement))
                << statement.toStdString() << ": " << query.lastError().text().toStdString();
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase("tally-raw");
    testdata::expectTalliesTrue(db, "raw SQL");
}

// The upgrade fills the tallies from the rows in the migration's transaction: every row kept,
// every figure the same; a step that fails leaves the file at the schema before, no tally made.
TEST(Migration10, AFileOfTheSchemaBeforeGainsItsTalliesInOneTransaction)
{
    TempDir dir;
    const QString path = dir.file("old.sqlite");
    const QString failing = dir.file("failing.sqlite");
    testdata::generate(dir.file("gen.sqlite"), kPairs);
    const int previous = FigureTallies::kSince - 1;
    QMap<QString, QStringList> before;
    QMap<QString, QStringList> columnsOf;
    QMap<QString, QStringList> figures;
    {
        auto old = Database::create(path, previous);
        ASSERT_EQ(old->schemaVersion(), previous);
        columnsOf = testdata::copyRowsInto(*old, dir.file("gen.sqlite"));
        for (auto it = columnsOf.cbegin(); it != columnsOf.cend(); ++it)
            before[it.key()] = testdata::rowsOf(*old, it.key(), it.value());
        ASSERT_EQ(before["pairings"].size(), kPairs);
        figures = testdata::figuresAsText(*old);
        auto other = Database::create(failing, previous);
        testdata::copyRowsInto(*other, dir.file("gen.sqlite"));
        // The last table of the migration exists already: its CREATE fails.
        sql::run(other->connection(), "CREATE TABLE figure_tally_divisions (x INTEGER)");
    }

    auto migrated = Database::open(path);
    ASSERT_EQ(migrated->schemaVersion(), Database::latestSchemaVersion());
    testdata::expectRowsKept(*migrated, columnsOf, before);
    testdata::expectTalliesTrue(*migrated, "migrated");
    EXPECT_EQ(triggersOnPairings(*migrated), 3);
    EXPECT_EQ(testdata::figuresAsText(*migrated), figures);

    EXPECT_THROW(Database::open(failing), Error);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "tally-left");
        raw.setDatabaseName(failing);
        ASSERT_TRUE(raw.open());
        EXPECT_EQ(sql::scalar(raw, "PRAGMA user_version").toInt(), previous);
        // The test's own table only.
        EXPECT_EQ(sql::scalar(raw, "SELECT count(*) FROM sqlite_master WHERE name LIKE"
                                   " 'figure_tally_%' OR name LIKE 'pairings_tally_%'")
                      .toInt(),
                  1);
        EXPECT_EQ(sql::scalar(raw, "SELECT count(*) FROM pairings").toInt(), kPairs);
        raw.close();
    }
    QSqlDatabase::removeDatabase("tally-left");
}

// A bulk import counts its pairs into the tallies after the rows, with the triggers dropped
// meanwhile; a cancelled one leaves the triggers and the tallies as they were.
TEST(FigureTallies, ABulkImportCountsItsPairsAfterTheRowsAndACancelledOneChangesNothing)
{
    TempDir dir;
    testdata::GeneratedDatabase gen = testdata::generate(dir.file("import.sqlite"), kPairs);
    Database& db = *gen.database;
    const QByteArray file = pairingsFile(gen.cities, 400);
    ImportOptions options;
    options.today = QDate(2024, 6, 1);
    options.bulk = ImportOptions::Bulk::Always;

    const QMap<QString, QStringList> before = testdata::talliesOf(db);
    // Cancelled once every row is read: while the tallies are counted.
    bool triggersDroppedMeanwhile = false;
    const ImportReport cancelled =
        PairingImporter(db).run(CsvReader(file), options, [&](int done, int total) {
            if (done < total)
                return true;
            triggersDroppedMeanwhile = triggersOnPairings(db) == 0;
            return false;
        });
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_FALSE(cancelled.written);
    EXPECT_TRUE(triggersDroppedMeanwhile);
    EXPECT_EQ(triggersOnPairings(db), 3);
    EXPECT_EQ(testdata::talliesOf(db), before);

    const ImportReport report = PairingImporter(db).run(CsvReader(file), options);
    ASSERT_FALSE(report.hasProblems()) << report.problemLines("f").join('\n').toStdString();
    EXPECT_TRUE(report.written);
    EXPECT_EQ(report.added, 400);
    EXPECT_EQ(triggersOnPairings(db), 3);
    EXPECT_NE(testdata::talliesOf(db), before);
    testdata::expectTalliesTrue(db, "imported");
    // The triggers are back: a write after the import is counted.
    sql::run(db.connection(), "DELETE FROM pairings WHERE id % 3 = 0");
    testdata::expectTalliesTrue(db, "after the import");
}

// The register generator writes its pairs with the triggers dropped and counts them after.
TEST(FigureTallies, AGeneratedRegisterHasItsTalliesCountedAfterTheRows)
{
    TempDir dir;
    RegisterGenerator::Options options;
    options.path = dir.file("generated.sqlite");
    options.pairings = 2000;
    options.seed = 5;
    RegisterGenerator::generate(options);
    auto db = Database::open(options.path);
    EXPECT_EQ(triggersOnPairings(*db), 3);
    testdata::expectTalliesTrue(*db, "generated");
}
