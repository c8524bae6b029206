// Imports of files of thousands of rows, checked against what the rows say rather than against
// another run of the importer: the fast path (statements prepared once, checks done once, lookups
// skipped where a city is new) must write exactly what the row-by-row rules say, and a bad row
// far down a big file must still leave the database as it was and name its line.
#include "SqlSupport.h"
#include "Transaction.h"
#include "io/BatchInserter.h"
#include "io/CsvReader.h"
#include "io/PairingImporter.h"
#include "support/FileHash.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include "DatabaseDump.h"

#include <QSqlQuery>

#include <functional>

#include <gtest/gtest.h>

using namespace sc;

namespace {

constexpr int kRows = 20000;

// What row `i` of the file says, and so what it must store.
struct Row {
    int existing = 0;    // index into the generated cities: side a
    int aNameForm = 0;   // 0: English name, 1: Chinese, 2: Korean (all find the same city)
    int harbor = 0;      // side b: "Harbor <n> City" in JP, new; rows 2n and 2n+1 name it
    QString established; // as written
    QString status;      // as written
    QString kind;        // as written
    QString note;
    QString source;
};

const QStringList kDates = {"", "1985", "1990-04", "2001-12-31"};
const QStringList kStatuses = {"", "active", "Dormant", "ENDED"};
const QStringList kKinds = {"", "sister", "Friendship", "friendship-exchange", "sister"};

Row rowAt(int i)
{
    Row row;
    row.existing = i % 150;
    row.aNameForm = (i / 150) % 3;
    row.harbor = i / 2;
    row.established = kDates.at(i % 4);
    row.status = kStatuses.at((i / 4) % 4);
    row.kind = kKinds.at(i % 5);
    row.note = i % 9 == 0 ? QString("note of row %1, \"quoted\"").arg(i) : QString();
    // Seven new sources and the generated database's own.
    row.source = i % 8 == 7 ? QString("Generated") : QString("Paper %1").arg(i % 8);
    return row;
}

QString quoted(QString text)
{
    return '"' + text.replace('"', "\"\"") + '"';
}

QByteArray fileOf(const QVector<testdata::GenCity>& cities, int first, int count,
                  const std::function<QString(int, const QString&)>& change = {})
{
    QString text = "a_country,a_division,a_city,b_country,b_city,established,status,kind,"
                   "source,note\n";
    for (int i = first; i < first + count; ++i) {
        const Row row = rowAt(i);
        const testdata::GenCity& a = cities.at(row.existing);
        const QString aName = row.aNameForm == 0   ? a.nameEn
                              : row.aNameForm == 1 ? a.nameZh
                                                   : a.nameKo;
        // Every other row gives side a's division (when it has one), by its code.
        const QString line = QStringList{a.country,
                                         i % 2 ? a.division : QString(),
                                         aName,
                                         "JP",
                                         QString("Harbor %1 City").arg(row.harbor),
                                         row.established,
                                         row.status,
                                         row.kind,
                                         row.source,
                                         quoted(row.note)}
                                 .join(',');
        text += (change ? change(i, line) : line) + '\n';
    }
    return text.toUtf8();
}

ImportReport importText(Database& db, const QByteArray& text)
{
    ImportOptions options;
    options.today = QDate(2024, 6, 1);
    return PairingImporter(db).run(CsvReader(text), options);
}

std::string problems(const ImportReport& report)
{
    return report.problemLines("f").join('\n').toStdString();
}

int lineOf(int row)
{
    return row + 2; // the header is line 1
}

} // namespace

TEST(ImportScale, ManyRowsStoreWhatEachRowSays)
{
    TempDir dir;
    testdata::GeneratedDatabase data = testdata::generate(dir.file("g.sqlite"), 0);
    Database& db = *data.database;
    const qint64 firstNewCity =
        sql::scalar(db.connection(), "SELECT max(id) + 1 FROM cities").toLongLong();

    const ImportReport report = importText(db, fileOf(data.cities, 0, kRows));
    ASSERT_FALSE(report.hasProblems()) << problems(report);
    EXPECT_TRUE(report.written);
    EXPECT_EQ(report.added, kRows);
    EXPECT_EQ(report.citiesCreated, kRows / 2);
    EXPECT_EQ(report.sourcesCreated, 7);
    // One notice for each new city, on the line that first names it, and one for each source.
    ASSERT_EQ(report.notices.size(), kRows / 2 + 7);
    int cityNotices = 0;
    for (const ImportIssue& notice : report.notices) {
        if (notice.column != "b_city")
            continue;
        EXPECT_EQ(notice.line, lineOf(2 * cityNotices));
        EXPECT_TRUE(notice.reason.contains(QString("Harbor %1 City").arg(cityNotices)))
            << notice.reason.toStdString();
        ++cityNotices;
    }
    EXPECT_EQ(cityNotices, kRows / 2);

    QSqlQuery rows = sql::run(
        db.connection(),
        "SELECT p.city_a, p.city_b, cb.name_native, cb.country, cb.division, cb.level, "
        "cb.search_text, cb.source_id = p.source_id, p.established, p.established_year, "
        "p.precision, p.status, p.kind, p.note, s.title FROM pairings p "
        "JOIN cities cb ON cb.id = p.city_b JOIN sources s ON s.id = p.source_id ORDER BY p.id");
    int i = 0;
    for (; rows.next(); ++i) {
        ASSERT_LT(i, kRows);
        const Row row = rowAt(i);
        SCOPED_TRACE("row " + std::to_string(i));
        EXPECT_EQ(rows.value(0).toLongLong(), data.cities.at(row.existing).id);
        // New cities get ids in the order the file first names them.
        EXPECT_EQ(rows.value(1).toLongLong(), firstNewCity + row.harbor);
        EXPECT_EQ(rows.value(2).toString(), QString("Harbor %1 City").arg(row.harbor));
        EXPECT_EQ(rows.value(3).toString(), "JP");
        EXPECT_TRUE(rows.value(4).isNull());
        EXPECT_EQ(rows.value(5).toString(), "other");
        // Name keys: the name folded, and without its " city" suffix.
        EXPECT_EQ(rows.value(6).toString(),
                  QString("\x1fharbor %1 city\x1fharbor %1\x1f").arg(row.harbor));
        // A city takes the source of the row that created it.
        EXPECT_EQ(rows.value(7).toBool(),
                  row.harbor * 2 == i || rowAt(row.harbor * 2).source == row.source);
        if (row.established.isEmpty()) {
            EXPECT_TRUE(rows.value(8).isNull());
            EXPECT_TRUE(rows.value(9).isNull());
            EXPECT_TRUE(rows.value(10).isNull());
        } else {
            EXPECT_EQ(rows.value(8).toString(), row.established);
            EXPECT_EQ(rows.value(9).toInt(), row.established.left(4).toInt());
            EXPECT_EQ(rows.value(10).toString(), row.established.size() == 4   ? "year"
                                                 : row.established.size() == 7 ? "month"
                                                                               : "day");
        }
        EXPECT_EQ(rows.value(11).toString(),
                  row.status.isEmpty() ? QString("active") : row.status.toLower());
        if (row.kind.isEmpty())
            EXPECT_TRUE(rows.value(12).isNull());
        else
            EXPECT_EQ(rows.value(12).toString(), row.kind.toLower());
        if (row.note.isEmpty())
            EXPECT_TRUE(rows.value(13).isNull());
        else
            EXPECT_EQ(rows.value(13).toString(), row.note);
        EXPECT_EQ(rows.value(14).toString(), row.source);
    }
    EXPECT_EQ(i, kRows);
    EXPECT_EQ(sql::scalar(db.connection(), "SELECT count(*) FROM cities").toLongLong(),
              firstNewCity - 1 + kRows / 2);
}

TEST(ImportScale, OneFileGivesTheSameDatabaseAsItsPiecesImportedOneAfterAnother)
{
    // In pieces, the cities and sources an earlier piece created are found in the database
    // (through the name index read from SQL and the pair lookup) rather than remembered by the
    // run: the stored rows must not differ. An odd piece size splits some cities' two rows.
    TempDir dir;
    const QString wholePath = dir.file("whole.sqlite");
    const QString piecesPath = dir.file("pieces.sqlite");
    constexpr int kPiece = 2001;
    constexpr int kTotal = 5 * kPiece;
    {
        testdata::GeneratedDatabase whole = testdata::generate(wholePath, 40);
        const ImportReport report = importText(*whole.database, fileOf(whole.cities, 0, kTotal));
        ASSERT_FALSE(report.hasProblems()) << problems(report);
        testdata::GeneratedDatabase pieces = testdata::generate(piecesPath, 40);
        for (int first = 0; first < kTotal; first += kPiece) {
            const ImportReport piece =
                importText(*pieces.database, fileOf(pieces.cities, first, kPiece));
            ASSERT_FALSE(piece.hasProblems()) << problems(piece);
            EXPECT_EQ(piece.added, kPiece);
        }
    }
    const QString whole = databaseDump(wholePath);
    EXPECT_GT(whole.count('\n'), kTotal * 3 / 2);
    EXPECT_EQ(whole, databaseDump(piecesPath));
}

TEST(ImportScale, BadRowsFarDownABigFileLeaveTheDatabaseByteIdentical)
{
    TempDir dir;
    const QString path = dir.file("g.sqlite");
    testdata::GeneratedDatabase data = testdata::generate(path, 40);
    data.database.reset(); // closed: its WAL checkpointed into the file
    const QByteArray before = fileHash(path);
    const QString dumpBefore = databaseDump(path);

    // Two generated cities that are paired already, named in a row of the file.
    const testdata::GenPair paired = data.pairs.at(7);
    const testdata::GenCity& pa = data.cities.at(paired.a);
    const testdata::GenCity& pb = data.cities.at(paired.b);
    const QByteArray text = fileOf(data.cities, 0, kRows, [&](int i, const QString& line) {
        if (i == 18000) // a date that cannot be
            return line.section(',', 0, 4) + ",1985-13," + line.section(',', 6);
        if (i == 18500) // the pair of row 101, sides swapped
            return QString("JP,,Harbor 50 City,%1,%2,,,,Paper,")
                .arg(data.cities.at(rowAt(101).existing).country,
                     data.cities.at(rowAt(101).existing).nameEn);
        if (i == 19999) // two cities that were paired before the import
            return QString("%1,,%2,%3,%4,,,,Paper,")
                .arg(pa.country, pa.nameEn, pb.country, pb.nameZh);
        return line;
    });
    {
        auto db = Database::open(path);
        const ImportReport report = importText(*db, text);
        EXPECT_FALSE(report.written);
        ASSERT_EQ(report.problems.size(), 3) << problems(report);
        EXPECT_TRUE(ImportReport::format("f", report.problems.at(0))
                        .startsWith(QString("f:%1:established: ").arg(lineOf(18000))))
            << problems(report);
        EXPECT_EQ(ImportReport::format("f", report.problems.at(1)),
                  QString("f:%1:b_city: the same pair as line %2 of this file")
                      .arg(lineOf(18500))
                      .arg(lineOf(101)));
        EXPECT_EQ(ImportReport::format("f", report.problems.at(2)),
                  QString("f:%1:b_city: these two cities are paired already (pairing %2)")
                      .arg(lineOf(19999))
                      .arg(paired.id));
    }
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(databaseDump(path), dumpBefore);
}

TEST(ImportScale, ARowTheDatabaseRefusesInABatchIsNamedByItsLineAndTheOthersAreWritten)
{
    // The importers check every field before the database sees it; should a row still break a
    // constraint, the batch it is in is written again row by row and the row is named. On
    // PostgreSQL, whose transaction a refused statement would abort, the rows around it stay.
    TempDir dir;
    testdata::GeneratedDatabase data = testdata::generate(dir.file("g.sqlite"), 0);
    Database& db = *data.database;
    const int before = sql::scalar(db.connection(), "SELECT count(*) FROM cities").toInt();
    QVector<int> refusedLines;
    QStringList reasons;
    {
        // As in an import: inside the one write transaction.
        Transaction transaction(db);
        BatchInserter cities(db, "cities", {"country", "level", "name_native", "search_text"},
                             [&](int line, const QString& reason) {
                                 refusedLines << line;
                                 reasons << reason;
                             });
        const int rows = 2 * BatchInserter::kRowsPerStatement + 5; // two full statements and five
        for (int i = 0; i < rows; ++i)
            cities.add(1000 + i, {"KR", i == 70 ? "capital" : "other", QString("Batch %1").arg(i),
                                  QString("\x1f"
                                          "batch\x1f")});
        cities.flush();
        transaction.commit();
    }
    EXPECT_EQ(refusedLines, QVector<int>{1070});
    ASSERT_EQ(reasons.size(), 1);
    // SQLite: "CHECK constraint failed: ..."; PostgreSQL: "... violates check constraint ...".
    EXPECT_TRUE(reasons.first().contains("check constraint", Qt::CaseInsensitive))
        << reasons.first().toStdString();
    EXPECT_EQ(sql::scalar(db.connection(), "SELECT count(*) FROM cities").toInt(),
              before + 2 * BatchInserter::kRowsPerStatement + 4);
    EXPECT_EQ(sql::scalar(db.connection(), "SELECT count(*) FROM cities WHERE name_native = "
                                           "'Batch 70'")
                  .toInt(),
              0);
    EXPECT_EQ(sql::scalar(db.connection(), "SELECT count(*) FROM cities WHERE name_native = "
                                           "'Batch 71'")
                  .toInt(),
              1);
}
