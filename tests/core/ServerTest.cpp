// The PostgreSQL backend itself, against the SQLite one as the reference: the migrations are
// twins, names sort alike in every language, sc_romanize() agrees with HangulRomanizer, a save
// over another connection's change is refused, a reader's role opens read-only, and a database of
// another program is left alone; check-report says the same on both. These need the cluster of
// tests/support/with-postgres.sh (ctest -L postgresql); run on SQLite they skip, and say so.
#include "Error.h"
#include "HangulRomanizer.h"
#include "ListingQuery.h"
#include "PairingRepository.h"
#include "ServerAddress.h"
#include "ServerRoles.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "dataset/BundledDataset.h"
#include "report/ReportCheck.h"
#include "support/TempDir.h"
#include "support/TestBackend.h"

#include <QDir>
#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sc;

namespace {

// table -> its columns, in order, as the engine's catalogue lists them.
QMap<QString, QStringList> columnsOf(Database& db)
{
    QMap<QString, QStringList> out;
    if (db.isServer()) {
        QSqlQuery query = sql::run(
            db.connection(),
            QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE "
                           "table_schema = 'public' AND table_name <> 'sc_schema' "
                           "ORDER BY table_name, ordinal_position"));
        while (query.next())
            out[query.value(0).toString()] << query.value(1).toString();
        return out;
    }
    // SQLite's own tables (statistics), the FTS5 name index with its shadow tables and the
    // short keys' city_grams (schema 9) are indexes, not data: PostgreSQL keeps the first in
    // pg_statistic, serves names with a GIN index and has no city_grams (postgresql/009).
    QSqlQuery tables = sql::run(
        db.connection(),
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                       "'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'city\\_names%' ESCAPE '\\' AND "
                       "name <> 'city_grams' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery columns = sql::run(
            db.connection(), QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
        while (columns.next())
            out[table] << columns.value(0).toString();
    }
    return out;
}

class PgServerBundled : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        if (!testbackend::isPostgres())
            return;
        dir = new TempDir;
        server = testbackend::createBundled(dir->file("unused.sqlite")).release();
        file = bundled::createDatabase(dir->file("reference.sqlite")).release();
    }
    static void TearDownTestSuite()
    {
        delete server;
        delete file;
        delete dir;
        server = file = nullptr;
        dir = nullptr;
    }
    static inline TempDir* dir = nullptr;
    static inline Database* server = nullptr;
    static inline Database* file = nullptr;
};

} // namespace

TEST(Server, BothEnginesHaveOneMigrationPerSchemaVersion)
{
    const QStringList filter{QStringLiteral("*.sql")};
    // Through a database first, so that the resources are registered.
    TempDir dir;
    Database::create(dir.file("x.sqlite"));
    const QStringList sqlite = QDir(QStringLiteral(":/schema/sqlite")).entryList(filter);
    const QStringList postgres = QDir(QStringLiteral(":/schema/postgresql")).entryList(filter);
    EXPECT_FALSE(sqlite.isEmpty());
    EXPECT_EQ(sqlite, postgres);
}

TEST(Server, APasswordOnTheCommandLineIsRefusedBeforeAnyConnection)
{
    try {
        ServerAddress::parse(QStringLiteral("postgresql://alice:secret@db.example:5432/register"));
        ADD_FAILURE() << "a password was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Invalid);
        EXPECT_FALSE(error.message().contains(QLatin1String("secret")));
        EXPECT_TRUE(error.message().contains(QLatin1String(".pgpass")));
    }
    EXPECT_THROW(ServerAddress::parse(QStringLiteral("postgresql://h/db?password=x")), Error);
    EXPECT_TRUE(ServerAddress::isServer(QStringLiteral("service=sistercities")));
    EXPECT_TRUE(ServerAddress::isServer(QStringLiteral("postgresql://alice@h:5433/db")));
    EXPECT_FALSE(ServerAddress::isServer(QStringLiteral("postgresql.sqlite")));
}

TEST_F(PgServerBundled, TheSchemaHasTheSameTablesAndColumnsAsOnSqlite)
{
    EXPECT_EQ(server->schemaVersion(), Database::latestSchemaVersion());
    const auto onServer = columnsOf(*server);
    const auto onFile = columnsOf(*file);
    EXPECT_EQ(onServer.keys(), onFile.keys());
    for (auto it = onFile.cbegin(); it != onFile.cend(); ++it)
        EXPECT_EQ(onServer.value(it.key()), it.value()) << it.key().toStdString();
}

TEST_F(PgServerBundled, TheDatasetIsTheSameRowForRow)
{
    for (const char* table : {"sources", "cities", "pairings", "pairing_sources", "surveys",
                              "survey_tallies", "published_statistics"}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        EXPECT_EQ(sql::scalar(server->connection(), sql).toInt(),
                  sql::scalar(file->connection(), sql).toInt())
            << table;
    }
    const QString keys = QStringLiteral("SELECT pairing_key, city_a, city_b, established, status "
                                        "FROM pairings ORDER BY id");
    QSqlQuery a = sql::run(server->connection(), keys);
    QSqlQuery b = sql::run(file->connection(), keys);
    int rows = 0;
    while (a.next()) {
        ASSERT_TRUE(b.next());
        for (int i = 0; i < 5; ++i)
            EXPECT_EQ(a.value(i).toString(), b.value(i).toString()) << rows;
        ++rows;
    }
    EXPECT_FALSE(b.next());
    EXPECT_GT(rows, 100);
}

TEST_F(PgServerBundled, TheReportCheckGivesWhatItGivesOnSqlite)
{
    // check-report on a server: every published statistic, the register's value, difference,
    // shortfall and note, as on the same data in a file.
    for (const Language language : {Language::En, Language::Zh}) {
        const auto onServer = ReportCheck(*server).run(language);
        const auto onFile = ReportCheck(*file).run(language);
        ASSERT_EQ(onServer.size(), onFile.size());
        ASSERT_GE(onServer.size(), 66);
        int answered = 0;
        for (int i = 0; i < onServer.size(); ++i) {
            const auto& a = onServer.at(i);
            const auto& b = onFile.at(i);
            EXPECT_EQ(a.statKey, b.statKey);
            EXPECT_EQ(a.statement, b.statement) << a.statKey.toStdString();
            EXPECT_EQ(a.database, b.database) << a.statKey.toStdString();
            EXPECT_EQ(a.difference, b.difference) << a.statKey.toStdString();
            EXPECT_EQ(a.lacking, b.lacking) << a.statKey.toStdString();
            EXPECT_EQ(a.note, b.note) << a.statKey.toStdString();
            answered += a.database.has_value() ? 1 : 0;
        }
        EXPECT_GT(answered, 30);
    }
}

TEST_F(PgServerBundled, NamesSortInEachLanguageAsOnSqlite)
{
    // Column 0 of the cities listing is the display name, compared in the reader's collation:
    // ICU on the server, QCollator (the same ICU) on SQLite.
    for (const Language language : {Language::Zh, Language::Ja, Language::Ko, Language::En}) {
        const auto names = [language](Database& db) {
            QStringList out;
            for (const ListingRow& row :
                 ListingQuery(db, Listing::Cities).rows(language, {}, 0, -1, 0, false))
                out << row.cells.value(0).toString();
            return out;
        };
        const QStringList onServer = names(*server);
        EXPECT_GT(onServer.size(), 100);
        EXPECT_EQ(onServer, names(*file)) << language::code(language).toStdString();
    }
}

TEST_F(PgServerBundled, RomanisationInSqlAgreesWithHangulRomanizer)
{
    QSqlQuery query = sql::run(server->connection(),
                               QStringLiteral("SELECT name_native, sc_romanize(name_native) FROM "
                                              "cities WHERE country = 'KR'"));
    int checked = 0;
    while (query.next()) {
        EXPECT_EQ(query.value(1).toString(), HangulRomanizer::romanize(query.value(0).toString()))
            << query.value(0).toString().toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 20);
    for (const QString& word :
         {QStringLiteral("한국어"), QStringLiteral("  안동  "), QStringLiteral("서울특별시"),
          QStringLiteral("좋아"), QStringLiteral("mixed 글자 text")})
        EXPECT_EQ(sql::scalar(server->connection(), QStringLiteral("SELECT sc_romanize(?)"), {word})
                      .toString(),
                  HangulRomanizer::romanize(word))
            << word.toStdString();
}

TEST(PgServer, ASaveOverAnotherConnectionsChangeIsRefused)
{
    TempDir dir;
    const QString location = testbackend::createBundled(dir.file("x.sqlite"))->path();
    auto mine = Database::open(location);
    auto theirs = Database::open(location);
    PairingRepository myPairings(*mine);
    PairingRepository theirPairings(*theirs);
    Pairing myCopy = *myPairings.get(1);
    Pairing theirCopy = *theirPairings.get(1);

    theirCopy.note = QStringLiteral("theirs");
    {
        Transaction transaction(*theirs);
        theirPairings.update(theirCopy);
        transaction.commit();
    }
    myCopy.note = QStringLiteral("mine");
    try {
        Transaction transaction(*mine);
        myPairings.update(myCopy);
        transaction.commit();
        ADD_FAILURE() << "a save overwrote another connection's change";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Conflict);
    }
    // Both versions are there to be shown: mine in memory, theirs in the database.
    const Pairing stored = *myPairings.get(1);
    EXPECT_EQ(stored.note, QStringLiteral("theirs"));
    EXPECT_EQ(stored.rowVersion, myCopy.rowVersion + 1);
    EXPECT_EQ(myCopy.note, QStringLiteral("mine"));
}

TEST(PgServer, AReadersRoleOpensReadOnlyAndAnEditorsRoleWrites)
{
    TempDir dir;
    QString location;
    {
        auto owner = testbackend::createBundled(dir.file("x.sqlite"));
        location = owner->path();
        ServerRoles::create(*owner);
    }
    const QString database = testbackend::databaseName(location);
    testbackend::adminExec(QStringLiteral("DO $$ BEGIN "
                                          "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                                          "'test_reader') THEN CREATE ROLE test_reader LOGIN IN "
                                          "ROLE sistercities_reader; END IF; "
                                          "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                                          "'test_editor') THEN CREATE ROLE test_editor LOGIN IN "
                                          "ROLE sistercities_editor; END IF; END $$"));
    const auto as = [&location](const char* role) {
        QString out = location;
        return out.replace(QStringLiteral("sc_owner@"), QLatin1String(role) + QLatin1Char('@'));
    };

    auto reader = Database::open(as("test_reader"));
    EXPECT_TRUE(reader->isReadOnly());
    EXPECT_TRUE(reader->readOnlyReason().contains(QLatin1String("test_reader")));
    EXPECT_GT(
        sql::scalar(reader->connection(), QStringLiteral("SELECT count(*) FROM pairings")).toInt(),
        100);
    EXPECT_THROW(Transaction{*reader}, Error);
    // Even past the application, the server refuses the reader's write.
    QSqlQuery write(reader->connection());
    EXPECT_FALSE(write.exec(QStringLiteral("UPDATE pairings SET note = 'x' WHERE id = 1")));

    auto editor = Database::open(as("test_editor"));
    EXPECT_FALSE(editor->isReadOnly());
    PairingRepository pairings(*editor);
    Pairing pairing = *pairings.get(1);
    pairing.note = QStringLiteral("edited");
    Transaction transaction(*editor);
    pairings.update(pairing);
    transaction.commit();
    EXPECT_EQ(pairings.get(1)->note, QStringLiteral("edited"));
    // The schema version is the owner's.
    QSqlQuery version(editor->connection());
    EXPECT_FALSE(version.exec(QStringLiteral("UPDATE sc_schema SET version = 99")));
    Q_UNUSED(database);
}

TEST(PgServer, ADatabaseOfAnotherProgramIsLeftAlone)
{
    TempDir dir;
    const QString location = testbackend::newLocation(dir.file("x.sqlite"));
    const QString database = testbackend::databaseName(location);
    testbackend::adminExec(QStringLiteral("CREATE TABLE invoices (id INT PRIMARY KEY)"), database);
    try {
        Database::create(location);
        ADD_FAILURE() << "create accepted a database holding tables";
    } catch (const Error& error) {
        EXPECT_TRUE(error.message().contains(QLatin1String("holds tables")));
    }
    try {
        Database::open(location);
        ADD_FAILURE() << "open accepted another program's database";
    } catch (const Error& error) {
        EXPECT_TRUE(error.message().contains(QLatin1String("another program")));
    }
    // Nothing was added: the one table is still the only one.
    testbackend::adminExec(QStringLiteral("DO $$ BEGIN IF (SELECT count(*) FROM pg_tables WHERE "
                                          "schemaname = 'public') <> 1 THEN RAISE EXCEPTION "
                                          "'tables were added'; END IF; END $$"),
                           database);
}

TEST(PgServer, AnEmptyDatabaseIsNamedAsSuchAndNotChanged)
{
    TempDir dir;
    const QString location = testbackend::newLocation(dir.file("x.sqlite"));
    try {
        Database::open(location);
        ADD_FAILURE() << "an empty database opened";
    } catch (const Error& error) {
        EXPECT_TRUE(error.message().contains(QLatin1String("init")))
            << error.message().toStdString();
    }
    auto created = Database::create(location);
    EXPECT_EQ(created->schemaVersion(), Database::latestSchemaVersion());
}
