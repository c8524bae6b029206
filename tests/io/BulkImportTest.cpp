// The bulk path of an import (DeferredIndexes: secondary indexes dropped inside the import's
// transaction and built again from the schema's text before the commit) must write exactly what
// the row-by-row path writes, leave the schema as it was, keep schema 5's derived columns true,
// and, when a row is refused, leave the file byte-identical with its indexes in place. The name
// search's FTS5 index, fed after the rows on either path (DeferredNameSearch), must find every
// city the import added, and its trigger must be back for the writes after it.
#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "io/CsvReader.h"
#include "io/DeferredIndexes.h"
#include "io/DeferredNameSearch.h"
#include "io/PairingImporter.h"
#include "support/DerivedColumns.h"
#include "support/FileHash.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include "DatabaseDump.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sc;

namespace {

constexpr int kRows = 3000;

// Row i pairs a generated city (by English name) with a new one, every third row with a second
// new city on side a instead; dates, statuses and kinds vary.
QByteArray fileOf(const QVector<testdata::GenCity>& cities, int rows, int badRow = -1)
{
    QByteArray text =
        "a_country,a_city,b_country,b_division,b_city,established,status,kind,source\n";
    const QStringList dates = {"", "1985", "1990-04", "2001-12-31"};
    for (int i = 0; i < rows; ++i) {
        const testdata::GenCity& a = cities.at(i % cities.size());
        const QString aSide = i % 3 == 0 ? QString("KR,Bulk Gun %1").arg(i)
                                         : QString("%1,%2").arg(a.country, a.nameEn);
        const QString date = i == badRow ? QString("1985-13") : dates.at(i % 4);
        text += QString("%1,JP,%2,Bulk Town %3,%4,%5,%6,Bulk paper %7\n")
                    .arg(aSide, i % 2 ? "JP-13" : "", QString::number(i), date,
                         i % 5 ? "active" : "dormant", i % 7 ? "sister" : "friendship")
                    .arg(i % 3)
                    .toUtf8();
    }
    return text;
}

ImportReport importFile(Database& db, const QByteArray& text, ImportOptions::Bulk bulk)
{
    ImportOptions options;
    options.today = QDate(2024, 6, 1);
    options.bulk = bulk;
    return PairingImporter(db).run(CsvReader(text), options);
}

// The indexes and triggers of the schema, by name, with their text.
QStringList schemaObjects(Database& db)
{
    QSqlQuery query = sql::run(db.connection(), "SELECT type, name, sql FROM sqlite_master "
                                                "WHERE type IN ('index', 'trigger') ORDER BY name");
    QStringList out;
    while (query.next())
        out << query.value(0).toString() + ' ' + query.value(1).toString() + ": " +
                   query.value(2).toString();
    return out;
}

// The ids of the cities whose search text holds `term`: by the name search's index, and by a
// scan of the table that no index serves.
QVector<qint64> ids(QSqlQuery query)
{
    QVector<qint64> out;
    while (query.next())
        out << query.value(0).toLongLong();
    return out;
}
QVector<qint64> foundByIndex(Database& db, const QString& term)
{
    return ids(sql::run(db.connection(),
                        "SELECT rowid FROM city_names WHERE city_names MATCH ? ORDER BY rowid",
                        {'"' + term + '"'}));
}
QVector<qint64> foundByScan(Database& db, const QString& term)
{
    return ids(sql::run(db.connection(),
                        "SELECT id FROM cities NOT INDEXED WHERE instr(search_text, ?) > 0 "
                        "ORDER BY id",
                        {term}));
}

int triggersNamed(Database& db, const QString& name)
{
    return sql::scalar(db.connection(),
                       "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                       {name})
        .toInt();
}

QString integrity(Database& db)
{
    return sql::scalar(db.connection(), "PRAGMA integrity_check").toString();
}

} // namespace

TEST(BulkImport, WritesTheDatabaseTheRowByRowPathWrites)
{
    TempDir dir;
    const QString bulkPath = dir.file("bulk.sqlite");
    const QString rowsPath = dir.file("rows.sqlite");
    QStringList schemaBefore;
    {
        testdata::GeneratedDatabase bulk = testdata::generate(bulkPath, 40);
        testdata::GeneratedDatabase rows = testdata::generate(rowsPath, 40);
        schemaBefore = schemaObjects(*bulk.database);
        ASSERT_GT(schemaBefore.filter(QRegularExpression("^index pairings_")).size(), 8);

        const ImportReport byRow =
            importFile(*rows.database, fileOf(rows.cities, kRows), ImportOptions::Bulk::Never);
        ASSERT_FALSE(byRow.hasProblems()) << byRow.problemLines("f").join('\n').toStdString();
        const ImportReport inBulk =
            importFile(*bulk.database, fileOf(bulk.cities, kRows), ImportOptions::Bulk::Always);
        ASSERT_FALSE(inBulk.hasProblems()) << inBulk.problemLines("f").join('\n').toStdString();
        EXPECT_TRUE(inBulk.written);
        EXPECT_EQ(inBulk.added, kRows);
        EXPECT_EQ(inBulk.citiesCreated, kRows + kRows / 3);
        EXPECT_EQ(inBulk.noticeLines("f"), byRow.noticeLines("f"));

        EXPECT_EQ(schemaObjects(*bulk.database), schemaBefore);
        EXPECT_EQ(integrity(*bulk.database), "ok");
        EXPECT_EQ(testdata::expectDerivedColumnsTrue(*bulk.database), 40 + kRows);
        // The indexes are there, and answer: a lookup by a rebuilt index finds the rows.
        EXPECT_EQ(sql::scalar(bulk.database->connection(),
                              "SELECT count(*) FROM pairings INDEXED BY pairings_status "
                              "WHERE status = 'dormant' AND established_year IS NOT NULL")
                      .toInt(),
                  sql::scalar(rows.database->connection(),
                              "SELECT count(*) FROM pairings NOT INDEXED "
                              "WHERE status = 'dormant' AND established_year IS NOT NULL")
                      .toInt());
        // The name search (FTS5, kept by a trigger) finds a city the bulk import created.
        EXPECT_EQ(sql::scalar(bulk.database->connection(),
                              "SELECT count(*) FROM city_names WHERE city_names MATCH ?",
                              {"\"bulk town 2999\""})
                      .toInt(),
                  1);
    }
    EXPECT_EQ(databaseDump(bulkPath), databaseDump(rowsPath));
}

TEST(BulkImport, ARefusedRowLeavesTheFileByteIdenticalWithItsIndexes)
{
    TempDir dir;
    const QString path = dir.file("g.sqlite");
    QByteArray text;
    QStringList schemaBefore;
    {
        testdata::GeneratedDatabase data = testdata::generate(path, 40);
        text = fileOf(data.cities, kRows, 2500);
        schemaBefore = schemaObjects(*data.database);
    }
    const QByteArray before = fileHash(path);
    const QString dumpBefore = databaseDump(path);
    {
        auto db = Database::open(path);
        const ImportReport report = importFile(*db, text, ImportOptions::Bulk::Always);
        EXPECT_FALSE(report.written);
        ASSERT_EQ(report.problems.size(), 1);
        EXPECT_TRUE(
            ImportReport::format("f", report.problems.first()).startsWith("f:2502:established: "))
            << report.problemLines("f").join('\n').toStdString();
        EXPECT_EQ(schemaObjects(*db), schemaBefore);
        EXPECT_EQ(integrity(*db), "ok");
    }
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(databaseDump(path), dumpBefore);
}

TEST(BulkImport, IsChosenForAFileAsLargeAsTheRegister)
{
    EXPECT_FALSE(DeferredIndexes::worthIt(DeferredIndexes::kMinimumRows - 1, 0));
    EXPECT_TRUE(DeferredIndexes::worthIt(DeferredIndexes::kMinimumRows, 0));
    EXPECT_TRUE(DeferredIndexes::worthIt(500000, 500000));
    EXPECT_FALSE(DeferredIndexes::worthIt(499999, 500000));
}

TEST(BulkImport, TheNameSearchFindsEveryCityTheImportAddedOnEitherPath)
{
    for (const ImportOptions::Bulk bulk :
         {ImportOptions::Bulk::Never, ImportOptions::Bulk::Always}) {
        SCOPED_TRACE(bulk == ImportOptions::Bulk::Never ? "row by row" : "bulk");
        TempDir dir;
        testdata::GeneratedDatabase data = testdata::generate(dir.file("g.sqlite"), 40);
        Database& db = *data.database;
        const int rows = 300;
        const ImportReport report = importFile(db, fileOf(data.cities, rows), bulk);
        ASSERT_FALSE(report.hasProblems()) << report.problemLines("f").join('\n').toStdString();
        ASSERT_TRUE(report.written);
        // 300 towns and, every third row, a county: the 400 cities the file created.
        ASSERT_EQ(report.citiesCreated, rows + rows / 3);
        EXPECT_EQ(foundByIndex(db, "bulk").size(), report.citiesCreated);
        for (const QString& term : {QString("bulk"), QString("town 59"), QString("gun 3"),
                                    QString("n 1"), data.cities.first().nameEn.toLower()}) {
            const QVector<qint64> found = foundByIndex(db, term);
            EXPECT_FALSE(found.isEmpty()) << term.toStdString();
            EXPECT_EQ(found, foundByScan(db, term)) << term.toStdString();
        }
        // The trigger is back: a city written after the import is found by the search.
        EXPECT_EQ(triggersNamed(db, "cities_names_insert"), 1);
        sql::run(db.connection(),
                 "INSERT INTO cities (country, level, name_native, search_text) "
                 "VALUES ('JP', 'other', 'Afterwards', ?)",
                 {QString("\x1f"
                          "afterwards"
                          "\x1f")});
        EXPECT_EQ(foundByIndex(db, "afterwards").size(), 1);
    }
}

TEST(BulkImport, TheSchemasNameSearchTriggerIsDeferredAndARollbackPutsItBack)
{
    TempDir dir;
    testdata::GeneratedDatabase data = testdata::generate(dir.file("g.sqlite"), 10);
    Database& db = *data.database;
    ASSERT_EQ(triggersNamed(db, "cities_names_insert"), 1);
    {
        Transaction transaction(db);
        const DeferredNameSearch deferred(db);
        // The schema's trigger is the one DeferredNameSearch knows: were it changed, imports
        // would silently go back to feeding the index row by row.
        EXPECT_TRUE(deferred.active());
        EXPECT_EQ(triggersNamed(db, "cities_names_insert"), 0);
    }
    EXPECT_EQ(triggersNamed(db, "cities_names_insert"), 1);
}

// Once every row is written, the finishing steps (the name search fed, each index built) ask the
// progress callback between them; a Cancel there writes nothing and leaves every index and
// trigger in place.
TEST(BulkImport, ACancelWhileTheIndexesAreBuiltWritesNothing)
{
    TempDir dir;
    const QString path = dir.file("g.sqlite");
    QByteArray text;
    QStringList schemaBefore;
    {
        testdata::GeneratedDatabase data = testdata::generate(path, 40);
        text = fileOf(data.cities, 300);
        schemaBefore = schemaObjects(*data.database);
    }
    const QByteArray before = fileHash(path);
    const QString dumpBefore = databaseDump(path);
    {
        auto db = Database::open(path);
        ImportOptions options;
        options.today = QDate(2024, 6, 1);
        options.bulk = ImportOptions::Bulk::Always;
        int finishing = 0;
        const ImportReport report =
            PairingImporter(*db).run(CsvReader(text), options, [&](int done, int total) {
                if (done < total)
                    return true;
                // Past the name search and the first index builds: cancelled half-way through.
                return ++finishing < 4;
            });
        EXPECT_TRUE(report.cancelled);
        EXPECT_FALSE(report.written);
        EXPECT_FALSE(report.hasProblems());
        EXPECT_EQ(finishing, 4);
        EXPECT_EQ(schemaObjects(*db), schemaBefore);
        EXPECT_EQ(integrity(*db), "ok");
    }
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(databaseDump(path), dumpBefore);
}
