// Schema 5 (resources/schema/sqlite/005_filter_columns.sql): a version-4 file full of the real
// register is upgraded in place with every row kept, and the columns copied onto each pairing
// for the filters stay equal to what a join of its cities says, after every kind of write.
// Schema 6 (006_pairings_by_source.sql): a version-5 file gains the index that counts a
// source's pairings, with every row kept. Schema 7 (007_city_display_names.sql): a version-6
// file gains every city's display name stored, computed in the upgrade's own transaction.
#include "CityDisplayName.h"
#include "CityRepository.h"
#include "Database.h"
#include "ListingQuery.h"
#include "PairingRepository.h"
#include "SqlSupport.h"
#include "dataset/BundledDataset.h"
#include "support/DerivedColumns.h"
#include "support/GeneratedDatabase.h"
#include "support/OldSchemaFile.h"
#include "support/SourceCounts.h"
#include "support/StoredNames.h"
#include "support/TempDir.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sc;

namespace {

} // namespace

TEST(Migration5, UpgradesAVersion4FileInPlaceKeepingEveryRow)
{
    TempDir dir;
    const QString path = dir.file("v4.sqlite");
    bundled::createDatabase(dir.file("bundled.sqlite"));
    QMap<QString, QStringList> before;
    QMap<QString, QStringList> columnsOf;
    {
        // A file as version 4 wrote it, holding the whole bundled register.
        auto old = Database::create(path, 4);
        ASSERT_EQ(old->schemaVersion(), 4);
        columnsOf = testdata::copyRowsInto(*old, dir.file("bundled.sqlite"));
        for (auto it = columnsOf.cbegin(); it != columnsOf.cend(); ++it)
            before[it.key()] = testdata::rowsOf(*old, it.key(), it.value());
        ASSERT_GT(before["pairings"].size(), 2000);
        ASSERT_FALSE(columnsOf["pairings"].contains("country_a"));
    }

    auto migrated = Database::open(path);
    ASSERT_EQ(migrated->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_TRUE(QFile::exists(path + ".schema4.bak"));
    testdata::expectRowsKept(*migrated, columnsOf, before);
    EXPECT_EQ(testdata::expectDerivedColumnsTrue(*migrated), before["pairings"].size());
    // Every city is in the name index, under its own id.
    EXPECT_EQ(sql::scalar(migrated->connection(),
                          "SELECT count(*) FROM cities c JOIN city_names n ON n.rowid = c.id "
                          "WHERE n.search_text = c.search_text")
                  .toInt(),
              before["cities"].size());
}

TEST(Migration5, DerivedColumnsFollowEveryWrite)
{
    TempDir dir;
    auto generated = testdata::generate(dir.file("gen.sqlite"), 300);
    Database& db = *generated.database;
    EXPECT_EQ(testdata::expectDerivedColumnsTrue(db), 300);

    // The application's own writes: a city moved to another country and division, a pairing
    // added and one moved to other cities.
    CityRepository cities(db);
    City moved = *cities.get(generated.cities.first().id);
    ASSERT_EQ(moved.country, "CN");
    moved.country = "JP";
    moved.division = "JP-13";
    cities.update(moved);
    City placed = *cities.get(generated.cities.at(1).id);
    placed.division = placed.division == "CN-SD" ? "CN-SC" : "CN-SD";
    cities.update(placed);
    PairingRepository pairings(db);
    const qint64 source = sql::scalar(db.connection(), "SELECT min(id) FROM sources").toLongLong();
    Pairing added;
    added.cityA = generated.cities.at(2).id;
    added.cityB = generated.cities.last().id;
    added.status = "active";
    added.sourceId = source;
    if (!pairings.findPair(added.cityA, added.cityB))
        pairings.add(added);
    Pairing edited = *pairings.get(generated.pairs.first().id);
    edited.cityB = generated.cities.at(3).id == edited.cityA ? generated.cities.at(4).id
                                                             : generated.cities.at(3).id;
    if (!pairings.findPair(edited.cityA, edited.cityB))
        pairings.update(edited);
    EXPECT_GE(testdata::expectDerivedColumnsTrue(db), 300);

    // Another program's writes, as the sqlite3 shell would make them: a region redrawn, a
    // pairing inserted without the derived columns, and one that sets them wrong.
    sql::run(db.connection(), "UPDATE divisions SET region = 'west' WHERE code = 'CN-SD'");
    sql::run(db.connection(),
             "INSERT INTO pairings (city_a, city_b, status, source_id) VALUES (?, ?, 'active', ?)",
             {generated.cities.at(5).id, generated.cities.at(140).id, source});
    sql::run(db.connection(),
             "INSERT INTO pairings (city_a, city_b, status, source_id, country_a, region_b) "
             "VALUES (?, ?, 'active', ?, 'ZZ', 'nowhere')",
             {generated.cities.at(6).id, generated.cities.at(141).id, source});
    sql::run(db.connection(), "UPDATE cities SET division = NULL WHERE id = ?",
             {generated.cities.at(7).id});
    EXPECT_GE(testdata::expectDerivedColumnsTrue(db), 302);

    // The name index follows the cities: renamed, added and removed.
    City renamed = *cities.get(generated.cities.at(8).id);
    renamed.names.en = "Zyxwvut";
    cities.update(renamed);
    const auto found = [&db](const QString& text) {
        return sql::scalar(db.connection(),
                           "SELECT count(*) FROM city_names WHERE search_text LIKE ?",
                           {"%" + text + "%"})
            .toInt();
    };
    EXPECT_EQ(found("zyxwvut"), 1);
    City fresh;
    fresh.country = "KR";
    fresh.names.en = "Qwertyuiop";
    fresh.names.native = "Qwertyuiop";
    fresh.sourceId = source;
    const qint64 freshId = cities.add(fresh);
    EXPECT_EQ(found("qwertyuiop"), 1);
    cities.remove(freshId, cities.get(freshId)->rowVersion);
    EXPECT_EQ(found("qwertyuiop"), 0);
}

TEST(Migration6, AVersion5FileGainsTheSourceIndexKeepingEveryRow)
{
    TempDir dir;
    const QString path = dir.file("v5.sqlite");
    // A generated register of a thousand pairings.
    testdata::generate(dir.file("gen.sqlite"), 1000);
    QMap<QString, QStringList> before;
    QMap<QString, QStringList> columnsOf;
    {
        // A file as version 5 wrote it, holding the generated register.
        auto old = Database::create(path, 5);
        ASSERT_EQ(old->schemaVersion(), 5);
        columnsOf = testdata::copyRowsInto(*old, dir.file("gen.sqlite"));
        for (auto it = columnsOf.cbegin(); it != columnsOf.cend(); ++it)
            before[it.key()] = testdata::rowsOf(*old, it.key(), it.value());
        ASSERT_EQ(before["pairings"].size(), 1000);
        ASSERT_EQ(sql::scalar(old->connection(), "SELECT count(*) FROM sqlite_master WHERE name = "
                                                 "'pairings_source'")
                      .toInt(),
                  0);
    }

    auto migrated = Database::open(path);
    ASSERT_EQ(migrated->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_TRUE(QFile::exists(path + ".schema5.bak"));
    testdata::expectRowsKept(*migrated, columnsOf, before);

    // A source's pairings are counted from the new index, not by reading every pairing.
    QSqlQuery plan =
        sql::run(migrated->connection(), "EXPLAIN QUERY PLAN SELECT count(*) FROM pairings p "
                                         "WHERE p.source_id = 1");
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    EXPECT_TRUE(steps.join('\n').contains("INDEX pairings_source"))
        << steps.join('\n').toStdString();

    // The sources listing's counts are a GROUP BY over the pairings.
    const testdata::ListedSources listed = testdata::expectSourceCountsAsGroupBy(*migrated);
    EXPECT_EQ(listed.sources,
              sql::scalar(migrated->connection(), "SELECT count(*) FROM sources").toInt());
    EXPECT_EQ(listed.pairings, 1000);
}

TEST(Migration7, AVersion6FileGainsItsDisplayNamesStoredKeepingEveryRow)
{
    TempDir dir;
    const QString path = dir.file("v6.sqlite");
    testdata::generate(dir.file("gen.sqlite"), 500);
    QMap<QString, QStringList> before;
    QMap<QString, QStringList> columnsOf;
    {
        // A file as version 6 wrote it, holding the generated register.
        auto old = Database::create(path, 6);
        ASSERT_EQ(old->schemaVersion(), 6);
        columnsOf = testdata::copyRowsInto(*old, dir.file("gen.sqlite"));
        for (auto it = columnsOf.cbegin(); it != columnsOf.cend(); ++it)
            before[it.key()] = testdata::rowsOf(*old, it.key(), it.value());
        ASSERT_FALSE(columnsOf.contains("city_display_en"));
    }

    auto migrated = Database::open(path);
    ASSERT_EQ(migrated->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_TRUE(QFile::exists(path + ".schema6.bak"));
    testdata::expectRowsKept(*migrated, columnsOf, before);
    // Filled by the upgrade itself: nothing is left for the first window to compute, and what
    // is stored is what the names computed from the cities are.
    const int cities = testdata::expectStoredNamesTrue(*migrated);
    EXPECT_EQ(cities, before["cities"].size());
    EXPECT_EQ(CityDisplayName::table(*migrated, Language::Ja),
              CityDisplayName::storedTable(Language::Ja));
}
