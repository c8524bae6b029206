// The display names a register stores (schema 7) stay those CityDisplayName::select computes,
// whoever writes: here another connection writing plain SQL, as the sqlite3 shell or another
// client of a server would, so that only the triggers can tell the reader what changed. Runs on
// either engine (ctest -L postgresql runs it on the throw-away cluster).
#include "CityDisplayName.h"
#include "Database.h"
#include "SqlSupport.h"
#include "dataset/BundledDataset.h"
#include "support/StoredNames.h"
#include "support/TempDir.h"
#include "support/TestBackend.h"

#include <gtest/gtest.h>

using namespace sc;

namespace {

qint64 number(Database& database, const QString& sql, const QVariantList& values = {})
{
    return sql::scalar(database.connection(), sql, values).toLongLong();
}

// The countries outstanding, in every language (each write marks all four).
int outstanding(Database& database)
{
    const int rows =
        int(number(database, QStringLiteral("SELECT count(*) FROM city_display_stale")));
    EXPECT_EQ(rows % 4, 0) << rows;
    return rows / 4;
}

QString stored(Database& database, qint64 city, Language language)
{
    return sql::scalar(database.connection(),
                       QStringLiteral("SELECT name FROM %1 WHERE id = ?")
                           .arg(CityDisplayName::storedTable(language)),
                       {city})
        .toString();
}

} // namespace

TEST(CityDisplayNameStore, EveryWriteOfAnotherConnectionIsComputedAgainBeforeTheNamesAreRead)
{
    TempDir dir;
    // The reference tables and a handful of cities: each step's names are known beforehand.
    const QString location = testbackend::createBundled(dir.file("r.sqlite"), true)->path();
    auto writer = Database::open(location);
    const auto write = [&writer](const QString& sql, const QVariantList& values = {}) {
        sql::run(writer->connection(), sql, values);
    };
    const auto city = [&](const QString& key, const QString& country, const QVariant& division,
                          const QString& level, const QString& native, const QVariant& zh,
                          const QVariant& en, const QVariant& parent = {}) {
        write("INSERT INTO cities (city_key, country, division, level, name_native, name_zh,"
              " name_en, parent_id, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              {key, country, division, level, native, zh, en, parent, key});
        return number(*writer, "SELECT id FROM cities WHERE city_key = ?", {key});
    };
    const qint64 beijing = city("bj", "CN", "CN-BJ", "province", "北京市", "北京市", "Beijing");
    const qint64 dongcheng =
        city("dc", "CN", "CN-BJ", "district", "东城区", "东城区", "Dongcheng", beijing);
    const qint64 tokyoFuchu = city("f13", "JP", "JP-13", "municipality", "府中市", {}, "Fuchu");
    const qint64 otherFuchu = city("f34", "JP", "JP-34", "municipality", "府中市", {}, "Fukuyama");
    const qint64 seoul = city("se", "KR", "KR-11", "province", "서울특별시", {}, "Seoul");

    auto reader = Database::open(location);
    const auto readAgain = [&reader]() {
        for (Language language : {Language::Zh, Language::Ja, Language::Ko, Language::En})
            EXPECT_EQ(CityDisplayName::table(*reader, language),
                      CityDisplayName::storedTable(language));
        EXPECT_EQ(outstanding(*reader), 0);
        EXPECT_EQ(testdata::expectStoredNamesTrue(*reader),
                  int(number(*reader, "SELECT count(*) FROM cities")));
    };
    readAgain();
    EXPECT_EQ(stored(*reader, dongcheng, Language::Zh), QStringLiteral("北京市东城区"));
    EXPECT_EQ(stored(*reader, tokyoFuchu, Language::En), QStringLiteral("Fuchu"));

    // A save that rewrites a city as it was changes no name: nothing to compute.
    write("UPDATE cities SET name_en = name_en, name_zh = name_zh WHERE country = 'CN'");
    EXPECT_EQ(outstanding(*writer), 0);

    // A parent renamed: its district carries the new name.
    write("UPDATE cities SET name_zh = '试验市' WHERE id = ?", {beijing});
    EXPECT_EQ(outstanding(*writer), 1);
    // Read in Chinese only: the other languages wait until they are read.
    EXPECT_EQ(CityDisplayName::table(*reader, Language::Zh),
              CityDisplayName::storedTable(Language::Zh));
    EXPECT_EQ(number(*reader, "SELECT count(*) FROM city_display_stale WHERE country = 'CN' AND "
                              "language <> 'zh'"),
              3);
    EXPECT_EQ(number(*reader, "SELECT count(*) FROM city_display_stale"), 3);
    readAgain();
    EXPECT_EQ(stored(*reader, dongcheng, Language::Zh), QStringLiteral("试验市东城区"));

    // Two Japanese cities given one English name: their prefectures tell them apart.
    write("UPDATE cities SET name_en = 'Fuchu' WHERE id = ?", {otherFuchu});
    readAgain();
    EXPECT_EQ(stored(*reader, tokyoFuchu, Language::En), QStringLiteral("Fuchu (Tokyo)"));
    EXPECT_EQ(stored(*reader, otherFuchu, Language::En),
              QStringLiteral("Fuchu (Hiroshima Prefecture)"));

    // The Korean city moved to Japan: stored under its new country only.
    write("UPDATE cities SET country = 'JP', division = NULL WHERE id = ?", {seoul});
    EXPECT_EQ(outstanding(*writer), 2);
    readAgain();
    EXPECT_EQ(number(*reader,
                     QStringLiteral("SELECT count(*) FROM %1 WHERE id = ? AND country = 'JP'")
                         .arg(CityDisplayName::storedTable(Language::Ko)),
                     {seoul}),
              1);

    // A city deleted: one of the twins, and the other reads as itself again.
    write("DELETE FROM cities WHERE id = ?", {otherFuchu});
    readAgain();
    EXPECT_EQ(stored(*reader, tokyoFuchu, Language::En), QStringLiteral("Fuchu"));
    EXPECT_TRUE(stored(*reader, otherFuchu, Language::En).isEmpty());

    // A prefecture renamed: the twins it tells apart carry its new name.
    const qint64 third = city("f34b", "JP", "JP-34", "municipality", "府中町", {}, "Fuchu");
    write("UPDATE divisions SET name_en = 'Testshire' WHERE code = 'JP-34'");
    EXPECT_EQ(outstanding(*writer), 1);
    readAgain();
    EXPECT_EQ(stored(*reader, third, Language::En), QStringLiteral("Fuchu (Testshire)"));

    // A connection that may not write reads the names computed while a country is
    // outstanding, and leaves it outstanding for one that may.
    write("UPDATE cities SET name_en = 'Solitary' WHERE id = ?", {third});
    auto readOnly = Database::open(location, Database::Mode::ReadOnly);
    const QString names = CityDisplayName::table(*readOnly, Language::En);
    EXPECT_NE(names, CityDisplayName::storedTable(Language::En));
    EXPECT_EQ(sql::scalar(readOnly->connection(),
                          QStringLiteral("SELECT name FROM %1 t WHERE id = ?").arg(names), {third})
                  .toString(),
              QStringLiteral("Solitary"));
    EXPECT_EQ(CityDisplayName::of(*readOnly, third, Language::En)->name,
              QStringLiteral("Solitary"));
    EXPECT_EQ(outstanding(*readOnly), 1);
    EXPECT_EQ(stored(*readOnly, tokyoFuchu, Language::En), QStringLiteral("Fuchu (Tokyo)"));
    readAgain();
    EXPECT_EQ(stored(*reader, tokyoFuchu, Language::En), QStringLiteral("Fuchu"));
    EXPECT_EQ(CityDisplayName::of(*readOnly, third, Language::En)->name,
              QStringLiteral("Solitary"));
}

// SQLite only (a server's refresh waits for its lock instead).
TEST(StoredNamesOnAFile, AReaderBlockedByAnotherWriterComputesTheNamesItself)
{
    TempDir dir;
    const QString path = dir.file("b.sqlite");
    bundled::createDatabase(path, true);
    auto writer = Database::open(path);
    sql::run(writer->connection(),
             "INSERT INTO cities (city_key, country, level, name_native, name_en, search_text)"
             " VALUES ('x', 'JP', 'municipality', '府中市', 'Fuchu', 'x')");
    const qint64 fuchu = number(*writer, "SELECT id FROM cities WHERE city_key = 'x'");
    auto reader = Database::open(path);
    // Another writer holds the file: the reader cannot store the names it needs, and does not
    // wait the full busy timeout of a window for it.
    sql::run(reader->connection(), "PRAGMA busy_timeout = 50");
    sql::run(writer->connection(), "BEGIN IMMEDIATE");
    const QString names = CityDisplayName::table(*reader, Language::En);
    EXPECT_NE(names, CityDisplayName::storedTable(Language::En));
    EXPECT_EQ(sql::scalar(reader->connection(),
                          QStringLiteral("SELECT name FROM %1 t WHERE id = ?").arg(names), {fuchu})
                  .toString(),
              QStringLiteral("Fuchu"));
    sql::run(writer->connection(), "ROLLBACK");
    // Once the file is free, the next read stores them.
    EXPECT_EQ(CityDisplayName::table(*reader, Language::En),
              CityDisplayName::storedTable(Language::En));
    EXPECT_EQ(stored(*reader, fuchu, Language::En), QStringLiteral("Fuchu"));
}
