// Schema 9 (resources/schema/sqlite/009_short_name_search.sql): a file of the schema before it
// gains city_grams, filled for every city, with every row kept, its triggers in place and a
// short search answered from it; and a migration that fails half-way leaves the file at the
// schema before, without any of the step's objects (one transaction).
#include "Database.h"
#include "Error.h"
#include "SqlSupport.h"
#include "SqliteDialect.h"
#include "support/CityGrams.h"
#include "support/GeneratedDatabase.h"
#include "support/OldSchemaFile.h"
#include "support/TempDir.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <functional>

using namespace sc;

namespace {

constexpr int kBefore = SqliteDialect::kCityGramsSince - 1;

int objectsNamed(Database& db, const QString& pattern)
{
    return sql::scalar(db.connection(),
                       "SELECT count(*) FROM sqlite_master WHERE name LIKE ? AND type <> 'index'",
                       {pattern})
        .toInt();
}

// A file of the schema before 9 holding the rows of a generated register.
QMap<QString, QStringList> makeOldFile(const TempDir& dir, const QString& path,
                                       QMap<QString, QStringList>& before)
{
    const testdata::OldFile file =
        testdata::generatedOldFile(dir.file("gen.sqlite"), path, kBefore, 300, before);
    EXPECT_EQ(objectsNamed(*file.database, "%gram%"), 0);
    return file.columns;
}

} // namespace

TEST(Migration9, AFileOfTheSchemaBeforeGainsTheGramsOfEveryCityKeepingEveryRow)
{
    // Later schemas (10, the figures' tallies) run in the same upgrade; they touch no gram.
    ASSERT_GE(Database::latestSchemaVersion(), SqliteDialect::kCityGramsSince);
    TempDir dir;
    const QString path = dir.file("old.sqlite");
    QMap<QString, QStringList> before;
    const QMap<QString, QStringList> columnsOf = makeOldFile(dir, path, before);
    ASSERT_EQ(before["pairings"].size(), 300);

    auto migrated = Database::open(path);
    ASSERT_EQ(migrated->schemaVersion(), Database::latestSchemaVersion());
    testdata::expectRowsKept(*migrated, columnsOf, before);
    const QSet<QString> grams = testdata::storedGrams(*migrated);
    EXPECT_GT(grams.size(), 1000);
    EXPECT_EQ(grams, testdata::expectedGrams(*migrated));
    // The table, its view and four triggers.
    EXPECT_EQ(objectsNamed(*migrated, "%gram%"), 6);
    EXPECT_EQ(sql::scalar(migrated->connection(),
                          "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'city_grams'")
                  .toInt(),
              1);
    const QString key = QStringLiteral("镇1");
    EXPECT_TRUE(migrated->dialect().citiesContaining(key).sql.contains("city_grams"));
    const int expected = sql::scalar(migrated->connection(),
                                     "SELECT count(*) FROM cities WHERE search_text LIKE '%镇1%'")
                             .toInt();
    EXPECT_GT(expected, 0);
    EXPECT_EQ(
        sql::scalar(migrated->connection(), "SELECT count(*) FROM city_grams WHERE gram = ?", {key})
            .toInt(),
        expected);
}

TEST(Migration9, AStepThatFailsHalfWayLeavesTheFileAtTheSchemaBefore)
{
    TempDir dir;
    const QString path = dir.file("old.sqlite");
    QMap<QString, QStringList> before;
    const QMap<QString, QStringList> columnsOf = makeOldFile(dir, path, before);
    const auto raw = [&](const std::function<void(QSqlDatabase&)>& use) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "migration9-raw");
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open());
            use(db);
            db.close();
        }
        QSqlDatabase::removeDatabase("migration9-raw");
    };
    // Another program's trigger under the name of the step's third: the table, the view and
    // the grams are written before the step stops at it.
    raw([](QSqlDatabase& db) {
        sql::run(db, "CREATE TRIGGER cities_grams_delete AFTER DELETE ON sources BEGIN SELECT 1; "
                     "END");
    });
    EXPECT_THROW(Database::open(path), Error);
    // Read past the application, which would not open a file of an older schema read-only.
    raw([&](QSqlDatabase& db) {
        EXPECT_EQ(sql::scalar(db, "PRAGMA user_version").toInt(), kBefore);
        // The other program's trigger only.
        EXPECT_EQ(sql::scalar(db, "SELECT group_concat(name) FROM sqlite_master WHERE name "
                                  "LIKE '%gram%'")
                      .toString(),
                  "cities_grams_delete");
        EXPECT_EQ(sql::scalar(db, "SELECT count(*) FROM cities").toInt(), before["cities"].size());
    });
}
