// Schema 11 (resources/schema/sqlite/011_latin_short_search.sql): a file of schema 10, whose
// city_grams holds only grams with a non-ASCII character, gains the grams of every other key
// of one or two characters, with every row kept and every search answering as before (and as
// LIKE does), now from the index; and a step that fails half-way leaves the file at schema 10
// with its grams as they were (one transaction).
#include "Database.h"
#include "Error.h"
#include "NameKey.h"
#include "SqlSupport.h"
#include "SqliteDialect.h"
#include "support/CityGrams.h"
#include "support/GeneratedDatabase.h"
#include "support/OldSchemaFile.h"
#include "support/TempDir.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

using namespace sc;

namespace {

constexpr int kBefore = SqliteDialect::kLatinGramsSince - 1;

// Keys of one and two characters, Latin, digits, wildcards and CJK, and what each finds by
// LIKE over the names themselves.
QMap<QString, QString> answersByLike(const QSqlDatabase& db)
{
    QMap<QString, QString> out;
    for (const QString& key : {"w", "wn", "to", "n", "1", "n1", "%", "镇", "镇1", "町"}) {
        out[key] = sql::scalar(db,
                               "SELECT group_concat(id) FROM (SELECT id FROM cities NOT INDEXED "
                               "WHERE search_text LIKE ? ESCAPE '\\' ORDER BY id)",
                               {namekey::containsPattern(key)})
                       .toString();
    }
    return out;
}

// The same, as the index answers it (the subquery may give an id twice).
QString foundBySearch(Database& db, const QString& key)
{
    const SqlDialect::CitySearch search = db.dialect().citiesContaining(key);
    QSqlQuery rows = sql::run(db.connection(), search.sql, search.values);
    QVector<qint64> ids;
    while (rows.next())
        ids << rows.value(0).toLongLong();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QStringList out;
    for (const qint64 id : std::as_const(ids))
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

void raw(const QString& path, const std::function<void(QSqlDatabase&)>& use)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "migration11-raw");
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase("migration11-raw");
}

// A file of schema 10 holding the rows of a generated register.
QMap<QString, QStringList> makeOldFile(const TempDir& dir, const QString& path,
                                       QMap<QString, QStringList>& before)
{
    return testdata::generatedOldFile(dir.file("gen.sqlite"), path, kBefore, 300, before).columns;
}

int latinGrams(const QSqlDatabase& db)
{
    return sql::scalar(db, "SELECT count(*) FROM city_grams WHERE gram IN ('wn', 'to', 'n1')")
        .toInt();
}

} // namespace

TEST(Migration11, AFileOfSchema10GainsTheGramsOfEveryKeyKeepingRowsAndAnswers)
{
    ASSERT_GE(Database::latestSchemaVersion(), SqliteDialect::kLatinGramsSince);
    TempDir dir;
    const QString path = dir.file("old.sqlite");
    QMap<QString, QStringList> before;
    const QMap<QString, QStringList> columnsOf = makeOldFile(dir, path, before);
    ASSERT_EQ(before["pairings"].size(), 300);
    QMap<QString, QString> answers;
    int gramsBefore = 0;
    raw(path, [&](QSqlDatabase& db) {
        answers = answersByLike(db);
        EXPECT_EQ(latinGrams(db), 0); // schema 10 passes Latin pairs over
        gramsBefore = sql::scalar(db, "SELECT count(*) FROM city_grams").toInt();
    });
    ASSERT_GT(gramsBefore, 1000);
    for (const QString& key : {"w", "wn", "to", "n", "镇", "镇1"})
        ASSERT_FALSE(answers[key].isEmpty()) << key.toStdString();

    auto migrated = Database::open(path);
    ASSERT_EQ(migrated->schemaVersion(), Database::latestSchemaVersion());
    testdata::expectRowsKept(*migrated, columnsOf, before);
    const QSet<QString> grams = testdata::storedGrams(*migrated);
    EXPECT_GT(grams.size(), gramsBefore);
    EXPECT_EQ(grams, testdata::expectedGrams(*migrated));
    EXPECT_GT(latinGrams(migrated->connection()), 0);
    EXPECT_EQ(answersByLike(migrated->connection()), answers);
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        EXPECT_TRUE(migrated->dialect().citiesContaining(it.key()).sql.contains("city_grams"))
            << it.key().toStdString();
        EXPECT_EQ(foundBySearch(*migrated, it.key()), it.value()) << it.key().toStdString();
    }
    EXPECT_EQ(sql::scalar(migrated->connection(),
                          "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'city_grams'")
                  .toInt(),
              1);
}

TEST(Migration11, AStepThatFailsHalfWayLeavesTheFileAtSchema10)
{
    TempDir dir;
    const QString path = dir.file("old.sqlite");
    QMap<QString, QStringList> before;
    makeOldFile(dir, path, before);
    QString view;
    int gramsBefore = 0;
    // Another program's trigger refuses the grams of "wn": the view is replaced and the old
    // grams deleted before the step stops there.
    raw(path, [&](QSqlDatabase& db) {
        view = sql::scalar(db, "SELECT sql FROM sqlite_master WHERE name = 'city_gram_rows'")
                   .toString();
        gramsBefore = sql::scalar(db, "SELECT count(*) FROM city_grams").toInt();
        sql::run(db, "CREATE TRIGGER refuse_wn BEFORE INSERT ON city_grams WHEN NEW.gram = 'wn' "
                     "BEGIN SELECT RAISE(ABORT, 'no'); END");
    });
    ASSERT_GT(gramsBefore, 1000);
    EXPECT_THROW(Database::open(path), Error);
    raw(path, [&](QSqlDatabase& db) {
        EXPECT_EQ(sql::scalar(db, "PRAGMA user_version").toInt(), kBefore);
        EXPECT_EQ(sql::scalar(db, "SELECT sql FROM sqlite_master WHERE name = 'city_gram_rows'")
                      .toString(),
                  view);
        EXPECT_EQ(sql::scalar(db, "SELECT count(*) FROM city_grams").toInt(), gramsBefore);
        EXPECT_EQ(latinGrams(db), 0);
        EXPECT_EQ(sql::scalar(db, "SELECT count(*) FROM cities").toInt(), before["cities"].size());
    });
}
