// The bulk path of an import (DeferredIndexes: secondary indexes dropped inside the import's
// transaction and built again from the schema's text before the commit) must write exactly what
// the row-by-row path writes, leave the schema as it was, keep schema 5's derived columns true,
// and, when a row is refused, leave the file byte-identical with its indexes in place.
#include "Database.h"
#include "SqlSupport.h"
#include "io/CsvReader.h"
#include "io/DeferredIndexes.h"
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
