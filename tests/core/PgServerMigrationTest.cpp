// Schema 5 on PostgreSQL (resources/schema/postgresql/005_filter_columns.sql): a version-4
// database holding the real register is upgraded in place, in one transaction, with every row
// kept; its triggers keep the columns copied onto each pairing true after every kind of write;
// the pg_trgm index serves the name search; and a display name edited on one connection is
// shown at once on another (CityDisplayNameCache runs on both engines: the SQLite side keeps a
// table per connection, which must notice another connection's commit). Schema 6: a version-5
// database gains the index that counts a source's pairings, with every row kept.
#include "CityDisplayName.h"
#include "CityRepository.h"
#include "Database.h"
#include "Error.h"
#include "ListingQuery.h"
#include "PairingQuery.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "dataset/BundledDataset.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "figures/FigureTallies.h"
#include "figures/PairingFigureQuery.h"
#include "support/DerivedColumns.h"
#include "support/ExpectedTallies.h"
#include "support/SourceCounts.h"
#include "support/StoredNames.h"
#include "support/TempDir.h"
#include "support/TestBackend.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace sc;

namespace {

// The tables of the register that schema 5 touches, parents first, with their key.
const char* const kTables[] = {"countries", "divisions", "sources", "cities", "pairings"};

QString keyOf(const QString& table)
{
    return table == QLatin1String("countries") || table == QLatin1String("divisions")
               ? QStringLiteral("code")
               : QStringLiteral("id");
}

QStringList columnsOf(QSqlDatabase db, const QString& table)
{
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
    QStringList out;
    for (int i = 0; i < query.record().count(); ++i)
        out << query.record().fieldName(i);
    return out;
}

// Every row of `table` as text, in key order, over `columns`.
QStringList rowsOf(QSqlDatabase db, const QString& table, const QStringList& columns)
{
    QSqlQuery query =
        sql::run(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                         .arg(columns.join(QStringLiteral(", ")), table, keyOf(table)));
    QStringList out;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < columns.size(); ++i)
            fields << (query.value(i).isNull() ? QStringLiteral("NULL")
                                               : query.value(i).toString());
        out << fields.join(QLatin1Char('|'));
    }
    return out;
}

// Copies the register's tables of the bundled SQLite file into `target` (schema 4), row by row
// with bound values; a city's parent is set once every city is in.
void copyRegister(Database& from, Database& target)
{
    Transaction transaction(target);
    for (const char* name : kTables) {
        const QString table = QLatin1String(name);
        const QStringList columns = columnsOf(target.connection(), table);
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery insert(target.connection());
        ASSERT_TRUE(insert.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))));
        QSqlQuery rows = sql::run(
            from.connection(), QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                   .arg(columns.join(QStringLiteral(", ")), table, keyOf(table)));
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i)
                insert.addBindValue(table == QLatin1String("cities") &&
                                            columns[i] == QLatin1String("parent_id")
                                        ? QVariant()
                                        : rows.value(i));
            ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
        }
    }
    QSqlQuery parents = sql::run(from.connection(), QStringLiteral("SELECT id, parent_id FROM "
                                                                   "cities WHERE parent_id IS "
                                                                   "NOT NULL"));
    while (parents.next())
        sql::run(target.connection(),
                 QStringLiteral("UPDATE cities SET parent_id = ? WHERE id = ?"),
                 {parents.value(1), parents.value(0)});
    transaction.commit();
}

// A statement PostgreSQL does not prepare (SET, DDL), run as it is.
void execute(QSqlDatabase db, const QString& statement)
{
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
}

QString firstCityAName(Database& database, Language language)
{
    const QVector<PairingRow> rows = PairingQuery(database).rows(PairingFilter(), language, 0, 1);
    return rows.isEmpty() ? QString() : rows.first().a.displayName;
}

// A server database made by an older schema and filled with the bundled register, with every
// row of it kept aside to compare after the upgrade.
struct OldServerRegister {
    QString location;
    QMap<QString, QStringList> columns;
    QMap<QString, QStringList> before;
};

void makeOldServerRegister(TempDir& dir, Database& bundled, int version, OldServerRegister& out)
{
    auto old = testbackend::create(dir.file("unused.sqlite"), version);
    ASSERT_TRUE(old->isServer());
    ASSERT_EQ(old->schemaVersion(), version);
    out.location = old->path();
    copyRegister(bundled, *old);
    for (const char* name : kTables) {
        out.columns[name] = columnsOf(old->connection(), name);
        out.before[name] = rowsOf(old->connection(), name, out.columns[name]);
    }
    ASSERT_GT(out.before["pairings"].size(), 2000);
}

void expectEveryRowKept(Database& migrated, const OldServerRegister& old)
{
    for (auto it = old.columns.cbegin(); it != old.columns.cend(); ++it)
        EXPECT_EQ(rowsOf(migrated.connection(), it.key(), it.value()), old.before[it.key()])
            << it.key().toStdString();
}

} // namespace

TEST(PgServerMigration5, UpgradesASchema4DatabaseInPlaceKeepingEveryRow)
{
    TempDir dir;
    auto bundled = bundled::createDatabase(dir.file("bundled.sqlite"));
    OldServerRegister old;
    ASSERT_NO_FATAL_FAILURE(makeOldServerRegister(dir, *bundled, 4, old));
    ASSERT_FALSE(old.columns["pairings"].contains("country_a"));

    auto migrated = Database::open(old.location);
    ASSERT_EQ(migrated->schemaVersion(), Database::latestSchemaVersion());
    expectEveryRowKept(*migrated, old);
    EXPECT_EQ(testdata::expectDerivedColumnsTrue(*migrated), old.before["pairings"].size());
    // The same counts as on the file, which has the same register.
    for (const QStringList& countries : {QStringList{"KR"}, QStringList{"CN", "JP"}}) {
        PairingFilter filter;
        filter.countries = countries;
        EXPECT_EQ(PairingQuery(*migrated).count(filter), PairingQuery(*bundled).count(filter));
    }
    // A name search is read from the trigram index once the planner may not read the table.
    QSqlDatabase db = migrated->connection();
    execute(db, QStringLiteral("SET enable_seqscan = off"));
    const SqlDialect::CitySearch search = migrated->dialect().citiesContaining("Shanghai");
    // EXPLAIN cannot be prepared: the value (ours, without quotes) is written in.
    ASSERT_EQ(search.values.size(), 1);
    const QString value = search.values.first().toString();
    ASSERT_FALSE(value.contains(QLatin1Char('\'')));
    QString explained = search.sql;
    explained.replace(QLatin1Char('?'), QLatin1Char('\'') + value + QLatin1Char('\''));
    QSqlQuery plan(db);
    ASSERT_TRUE(plan.exec(QStringLiteral("EXPLAIN ") + explained));
    QStringList lines;
    while (plan.next())
        lines << plan.value(0).toString();
    EXPECT_TRUE(lines.join('\n').contains("cities_search_trigrams"))
        << lines.join('\n').toStdString();
    execute(db, QStringLiteral("RESET enable_seqscan"));
    PairingFilter byName;
    byName.search = QStringLiteral("Shanghai");
    EXPECT_GT(PairingQuery(*migrated).count(byName), 0);
    EXPECT_EQ(PairingQuery(*migrated).count(byName), PairingQuery(*bundled).count(byName));
}

TEST(PgServerMigration6, AVersion5DatabaseGainsTheSourceIndexKeepingEveryRow)
{
    TempDir dir;
    auto bundled = bundled::createDatabase(dir.file("bundled.sqlite"));
    OldServerRegister old;
    ASSERT_NO_FATAL_FAILURE(makeOldServerRegister(dir, *bundled, 5, old));

    auto migrated = Database::open(old.location);
    ASSERT_EQ(migrated->schemaVersion(), Database::latestSchemaVersion());
    expectEveryRowKept(*migrated, old);
    EXPECT_EQ(sql::scalar(migrated->connection(),
                          "SELECT count(*) FROM pg_indexes WHERE indexname = 'pairings_source'"
                          " AND indexdef LIKE '%(source_id)%'")
                  .toInt(),
              1);
    // The sources listing counts as a GROUP BY does, on the server as on the file.
    const testdata::ListedSources listed = testdata::expectSourceCountsAsGroupBy(*migrated);
    EXPECT_EQ(listed.sources, ListingQuery(*bundled, Listing::Sources).count());
}

TEST(PgServerMigration7, AVersion6DatabaseGainsItsDisplayNamesStoredKeepingEveryRow)
{
    TempDir dir;
    auto bundled = bundled::createDatabase(dir.file("bundled.sqlite"));
    OldServerRegister old;
    ASSERT_NO_FATAL_FAILURE(makeOldServerRegister(dir, *bundled, 6, old));

    auto migrated = Database::open(old.location);
    ASSERT_EQ(migrated->schemaVersion(), Database::latestSchemaVersion());
    expectEveryRowKept(*migrated, old);
    // Filled in the upgrade's transaction, by the server's own sc_romanize and collations: the
    // same names as computed, and as the file of the same register stores.
    EXPECT_GT(testdata::expectStoredNamesTrue(*migrated), 800);
    for (Language language : {Language::Zh, Language::Ja, Language::Ko, Language::En}) {
        const QString table = CityDisplayName::storedTable(language);
        const QString sql =
            QStringLiteral("SELECT c.city_key || '=' || n.name FROM %1 n JOIN cities c ON c.id = "
                           "n.id ORDER BY c.city_key")
                .arg(table);
        QStringList server;
        QStringList file;
        for (const auto& pair :
             {std::make_pair(&server, migrated.get()), std::make_pair(&file, bundled.get())}) {
            QSqlQuery query = sql::run(pair.second->connection(), sql);
            while (query.next())
                *pair.first << query.value(0).toString();
        }
        EXPECT_EQ(server, file) << language::code(language).toStdString();
    }
}

// Schema 8 (008_figure_indexes.sql, after 007): a database of the schema before it gains the
// figures' indexes with every row kept, and every pairing figure reads on the server what it
// reads on the bundled file; then schema 10's tallies (below).
TEST(PgServerMigration8, ADatabaseOfTheSchemaBeforeGainsTheFigureIndexesAndTalliesKeepingEveryRow)
{
    TempDir dir;
    auto bundled = bundled::createDatabase(dir.file("bundled.sqlite"));
    OldServerRegister old;
    // The schema before 8, whatever schemas came after it.
    ASSERT_NO_FATAL_FAILURE(makeOldServerRegister(dir, *bundled, 7, old));

    auto migrated = Database::open(old.location);
    ASSERT_EQ(migrated->schemaVersion(), Database::latestSchemaVersion());
    expectEveryRowKept(*migrated, old);
    EXPECT_EQ(sql::scalar(migrated->connection(),
                          "SELECT count(*) FROM pg_indexes WHERE indexname IN"
                          " ('pairings_figure_source_a', 'pairings_figure_source_b',"
                          " 'pairings_figure_division_a', 'pairings_figure_division_b')")
                  .toInt(),
              4);
    // The figures' pairs only: the register copied to the server has no published statistics.
    for (const FigureSpec& spec : FigureCatalog::all()) {
        if (spec.source != FigureSpec::Source::Pairings)
            continue;
        PairingFigureQuery::Plan plan;
        plan.measure = spec.measure;
        plan.filter = FigureQuery::combine(spec, {});
        const FigureData server = PairingFigureQuery(*migrated).run(plan, Language::En);
        const FigureData file = PairingFigureQuery(*bundled).run(plan, Language::En);
        EXPECT_EQ(server.categories, file.categories) << spec.id.toStdString();
        EXPECT_EQ(server.series.value(0).values, file.series.value(0).values)
            << spec.id.toStdString();
        EXPECT_EQ(server.omitted, file.omitted) << spec.id.toStdString();
        EXPECT_EQ(server.notes, file.notes) << spec.id.toStdString();
        ASSERT_EQ(server.sources.size(), file.sources.size()) << spec.id.toStdString();
        for (int i = 0; i < file.sources.size(); ++i) {
            EXPECT_EQ(server.sources[i].id, file.sources[i].id) << spec.id.toStdString();
            EXPECT_EQ(server.sources[i].count, file.sources[i].count) << spec.id.toStdString();
        }
    }

    // Schema 10 (010_figure_tallies.sql), the next step of the same upgrade: the figures' tallies,
    // filled in its transaction, and the server's trigger keeps them true through plain SQL: the
    // counts the test makes from every pairing and its cities (support/ExpectedTallies). (One
    // test for both steps: a register copied to the server costs half a minute.)
    const QMap<QString, QStringList> filled = testdata::talliesOf(*migrated);
    EXPECT_EQ(filled, testdata::expectedTallies(*migrated));
    EXPECT_GT(filled.value("figure_tally_sources").size(), 100);
    // The same tallies as the file of the same register.
    EXPECT_EQ(filled.value("figure_tally_years"),
              testdata::talliesOf(*bundled).value("figure_tally_years"));

    const QStringList statements = {
        "UPDATE pairings SET established = NULL, precision = NULL, established_year = NULL"
        " WHERE id % 7 = 0",
        "UPDATE pairings SET source_id = (SELECT min(id) FROM sources) WHERE id % 5 = 0",
        "UPDATE pairings SET verification = 'unverified' WHERE id % 13 = 0",
        "DELETE FROM pairings WHERE id % 17 = 0 AND id NOT IN"
        " (SELECT pairing_id FROM survey_responses WHERE pairing_id IS NOT NULL)",
        "UPDATE divisions SET region = 'west' WHERE code = 'CN-JS'",
        "UPDATE cities SET country = 'KR', division = NULL WHERE id IN"
        " (SELECT city_a FROM pairings WHERE id % 19 = 0)",
        // Ids given: the rows copied in with theirs left the identity's sequence at 1.
        "INSERT INTO pairings (id, city_a, city_b, source_id, established, precision,"
        " established_year) SELECT (SELECT max(id) FROM pairings) + a.id, a.id, b.id,"
        " (SELECT max(id) FROM sources), '2003', 'year',"
        " 2003 FROM cities a JOIN cities b ON b.id = a.id + 1 WHERE a.id % 9 = 0 AND NOT EXISTS"
        " (SELECT 1 FROM pairings p WHERE LEAST(p.city_a, p.city_b) = a.id"
        " AND GREATEST(p.city_a, p.city_b) = b.id)"};
    for (const QString& statement : statements) {
        QSqlQuery query(migrated->connection());
        ASSERT_TRUE(query.exec(statement))
            << statement.toStdString() << ": " << query.lastError().text().toStdString();
    }
    EXPECT_EQ(testdata::talliesOf(*migrated), testdata::expectedTallies(*migrated));
}

TEST(PgServerMigration5, AFailedUpgradeLeavesSchema4AsItWas)
{
    TempDir dir;
    QString location;
    {
        auto old = testbackend::create(dir.file("unused.sqlite"), 4);
        location = old->path();
        // An object under a name the migration creates last but one: its every earlier
        // statement ran, and must be undone.
        execute(old->connection(), QStringLiteral("CREATE INDEX cities_search_trigrams ON "
                                                  "cities(name_en)"));
    }
    EXPECT_THROW(Database::open(location), Error);
    // Nothing of the failed attempt is left: once the obstacle is gone, the whole migration runs
    // again from its first statement (an ADD COLUMN left behind would make it fail).
    testbackend::adminExec(QStringLiteral("DROP INDEX cities_search_trigrams"),
                           testbackend::databaseName(location));
    auto upgraded = Database::open(location);
    EXPECT_EQ(upgraded->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_TRUE(columnsOf(upgraded->connection(), "pairings").contains("country_a"));
    EXPECT_EQ(
        sql::scalar(upgraded->connection(),
                    "SELECT count(*) FROM pg_indexes WHERE indexname = 'cities_search_trigrams'"
                    " AND indexdef LIKE '%gin%'")
            .toInt(),
        1);
}

TEST(PgServerMigration5, DerivedColumnsFollowEveryWrite)
{
    TempDir dir;
    auto owned = testbackend::createBundled(dir.file("unused.sqlite"));
    Database& db = *owned;
    const int pairs = testdata::expectDerivedColumnsTrue(db);
    ASSERT_GT(pairs, 2000);
    const auto id = [&db](const char* sql) {
        return sql::scalar(db.connection(), QString::fromUtf8(sql)).toLongLong();
    };
    const qint64 chinese = id("SELECT min(city_a) FROM pairings WHERE country_a = 'CN' AND "
                              "division_a IS NOT NULL");
    const qint64 korean = id("SELECT min(id) FROM cities WHERE country = 'KR'");
    const qint64 japanese = id("SELECT max(id) FROM cities WHERE country = 'JP'");
    const qint64 source = id("SELECT min(id) FROM sources");

    // The application's writes: a city moved to another country and division.
    CityRepository cities(db);
    City moved = *cities.get(chinese);
    moved.country = "JP";
    moved.division = "JP-13";
    {
        Transaction transaction(db);
        cities.update(moved);
        transaction.commit();
    }
    EXPECT_EQ(
        sql::scalar(db.connection(),
                    "SELECT count(*) FROM pairings WHERE city_a = ? AND country_a = 'JP' AND "
                    "division_a = 'JP-13' AND region_a IS NULL",
                    {chinese})
            .toInt(),
        sql::scalar(db.connection(), "SELECT count(*) FROM pairings WHERE city_a = ?", {chinese})
            .toInt());
    // Another program's writes: a region redrawn, a pairing inserted with wrong derived values,
    // one moved to other cities, a city's division removed.
    sql::run(db.connection(), "UPDATE divisions SET region = 'west' WHERE code = 'CN-SD'");
    sql::run(db.connection(),
             "INSERT INTO pairings (city_a, city_b, status, source_id, country_a, region_b) "
             "VALUES (?, ?, 'active', ?, 'ZZ', 'nowhere')",
             {korean, japanese, source});
    sql::run(db.connection(), "UPDATE pairings SET city_b = ?, country_b = 'XX' WHERE id = ?",
             {japanese,
              id("SELECT max(id) FROM pairings WHERE city_b <> " + QByteArray::number(japanese) +
                 " AND city_a <> " + QByteArray::number(japanese) + " AND country_b = 'CN'")});
    sql::run(db.connection(),
             "UPDATE cities SET division = NULL WHERE id = (SELECT min(city_b) FROM pairings "
             "WHERE country_b = 'CN' AND division_b IS NOT NULL)");
    EXPECT_EQ(testdata::expectDerivedColumnsTrue(db), pairs + 1);
}

TEST(CityDisplayNameCache, AnotherConnectionsRenameIsShownAtOnce)
{
    TempDir dir;
    const QString location = testbackend::createBundled(dir.file("x.sqlite"))->path();
    auto reader = Database::open(location);
    auto writer = Database::open(location);
    const QString before = firstCityAName(*reader, Language::En);
    ASSERT_FALSE(before.isEmpty());
    // A display name is the English name, with its province where another city shares it.
    // Read again without a change: the same (on SQLite, from the table kept by the connection).
    EXPECT_EQ(firstCityAName(*reader, Language::En), before);

    const qint64 city =
        sql::scalar(writer->connection(), "SELECT city_a FROM pairings ORDER BY id LIMIT 1")
            .toLongLong();
    City renamed = *CityRepository(*writer).get(city);
    renamed.names.en = QStringLiteral("Renamedville");
    {
        Transaction transaction(*writer);
        CityRepository(*writer).update(renamed);
        transaction.commit();
    }
    EXPECT_TRUE(firstCityAName(*writer, Language::En).startsWith("Renamedville"));
    EXPECT_TRUE(firstCityAName(*reader, Language::En).startsWith("Renamedville"));
    // And the reader's own edit, back: seen by both.
    renamed = *CityRepository(*reader).get(city);
    renamed.names.en = QStringLiteral("Renamedtown");
    {
        Transaction transaction(*reader);
        CityRepository(*reader).update(renamed);
        transaction.commit();
    }
    EXPECT_TRUE(firstCityAName(*reader, Language::En).startsWith("Renamedtown"));
    EXPECT_TRUE(firstCityAName(*writer, Language::En).startsWith("Renamedtown"));
}
