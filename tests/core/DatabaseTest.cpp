#include "Database.h"
#include "Error.h"
#include "SqlSupport.h"
#include "dataset/BundledDataset.h"
#include "support/AsOrdinaryUser.h"
#include "support/FileHash.h"
#include "support/GeneratedDatabase.h"
#include "support/OldSchemaFile.h"
#include "support/TempDir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>

using namespace sc;

namespace {

// The schema as SQLite reports it, without the version: what a migrated file must equal.
QStringList schemaOf(Database& database)
{
    QSqlQuery query =
        sql::run(database.connection(), QStringLiteral("SELECT type, name, sql FROM sqlite_master "
                                                       "ORDER BY type, name"));
    QStringList out;
    while (query.next())
        out << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() +
                   QLatin1Char(' ') + query.value(2).toString();
    return out;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

Error::Kind openError(const QString& path, QString* message = nullptr)
{
    try {
        Database::open(path);
    } catch (const Error& error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    ADD_FAILURE() << "opened " << path.toStdString();
    return Error::Kind::Invalid;
}

} // namespace

TEST(Database, CreatesTheNewestSchemaWithForeignKeysAndWal)
{
    TempDir dir;
    auto db = Database::create(dir.file("a.sqlite"));
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_GE(Database::latestSchemaVersion(), 3);
    EXPECT_EQ(sql::scalar(db->connection(), "PRAGMA foreign_keys").toInt(), 1);
    EXPECT_EQ(sql::scalar(db->connection(), "PRAGMA journal_mode").toString(), "wal");
    for (const char* table :
         {"countries", "divisions", "cities", "pairings", "sources", "pairing_sources", "surveys",
          "survey_questions", "survey_options", "survey_groups", "survey_tallies",
          "survey_responses", "survey_answers", "published_statistics"})
        EXPECT_FALSE(sql::scalar(db->connection(),
                                 "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
                                 {QString::fromLatin1(table)})
                         .isNull())
            << table;
}

TEST(Database, RefusesToCreateOverAnExistingFile)
{
    TempDir dir;
    const QString path = dir.file("x.sqlite");
    writeFile(path, "precious");
    EXPECT_THROW(Database::create(path), Error);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("precious"));
}

// Every earlier version migrates to the newest, keeps its rows, and ends with the same schema
// as a database created new.
TEST(Database, MigratesFromEveryEarlierVersion)
{
    TempDir dir;
    auto fresh = Database::create(dir.file("fresh.sqlite"));
    const QStringList expected = schemaOf(*fresh);

    for (int version = 1; version < Database::latestSchemaVersion(); ++version) {
        const QString path = dir.file(QStringLiteral("v%1.sqlite").arg(version));
        {
            auto old = Database::create(path, version);
            ASSERT_EQ(old->schemaVersion(), version);
            testdata::addReferenceData(*old);
        }
        auto migrated = Database::open(path);
        EXPECT_EQ(migrated->schemaVersion(), Database::latestSchemaVersion()) << version;
        EXPECT_EQ(schemaOf(*migrated), expected) << version;
        EXPECT_EQ(sql::scalar(migrated->connection(), "SELECT count(*) FROM countries").toInt(), 4);
        // A backup of the old file stands next to it, at its old version.
        EXPECT_TRUE(QFile::exists(migrated->backupPath())) << version;
    }
}

TEST(Database, BackupBeforeMigrationHoldsTheOldVersion)
{
    TempDir dir;
    const QString path = dir.file("old.sqlite");
    Database::create(path, 1);
    auto migrated = Database::open(path);
    const QString backup = migrated->backupPath();
    ASSERT_TRUE(QFile::exists(backup));
    // Read the backup's version without migrating it: read-only refuses an old schema.
    QString message;
    try {
        Database::open(backup, Database::Mode::ReadOnly);
        ADD_FAILURE();
    } catch (const Error& error) {
        message = error.message();
    }
    EXPECT_TRUE(message.contains("older schema 1")) << message.toStdString();
}

TEST(Database, RefusesANewerSchemaAndLeavesItUnchanged)
{
    TempDir dir;
    const QString path = dir.file("newer.sqlite");
    {
        auto db = Database::create(path);
        sql::run(
            db->connection(),
            QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
    }
    const QByteArray before = fileHash(path);
    QString message;
    EXPECT_EQ(openError(path, &message), Error::Kind::Database);
    EXPECT_TRUE(message.contains("newer version")) << message.toStdString();
    EXPECT_EQ(fileHash(path), before);
}

TEST(Database, RefusesFilesThatAreNotItsDatabases)
{
    TempDir dir;
    const QString text = dir.file("notes.txt");
    writeFile(text, "name,city\nKobe,Tianjin\n");
    const QString empty = dir.file("empty.sqlite");
    writeFile(empty, "");
    const QString truncated = dir.file("truncated.sqlite");
    {
        Database::create(dir.file("whole.sqlite"));
        QFile whole(dir.file("whole.sqlite"));
        ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
        writeFile(truncated, whole.read(60));
    }
    const QString foreign = dir.file("foreign.sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "foreign");
        db.setDatabaseName(foreign);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec("CREATE TABLE t (x)");
        db.close();
    }
    QSqlDatabase::removeDatabase("foreign");

    for (const QString& path : {text, empty, truncated, foreign}) {
        const QByteArray before = fileHash(path);
        QString message;
        EXPECT_EQ(openError(path, &message), Error::Kind::Database) << path.toStdString();
        EXPECT_TRUE(message.contains(path)) << message.toStdString();
        EXPECT_EQ(fileHash(path), before) << path.toStdString();
    }
    EXPECT_EQ(openError(dir.file("missing.sqlite")), Error::Kind::Io);
    EXPECT_FALSE(QFile::exists(dir.file("missing.sqlite")));
}

TEST(Database, ReadOnlyRefusesWritesAndLeavesTheFileByteIdentical)
{
    TempDir dir;
    const QString path = dir.file("ro.sqlite");
    testdata::generate(path, 50);
    const QByteArray before = fileHash(path);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        EXPECT_TRUE(db->isReadOnly());
        EXPECT_THROW(db->requireWritable(), Error);
        // Even SQL that slips past core cannot write.
        QSqlQuery query(db->connection());
        EXPECT_FALSE(query.exec("DELETE FROM pairings"));
        EXPECT_EQ(sql::scalar(db->connection(), "SELECT count(*) FROM pairings").toInt(), 50);
    }
    EXPECT_EQ(fileHash(path), before);
}

TEST(Database, AFileWithoutWritePermissionOpensReadOnly)
{
    if (rerunAsOrdinaryUser())
        return;
    TempDir dir;
    const QString path = dir.file("locked.sqlite");
    testdata::generate(path, 20);
    const QByteArray before = fileHash(path);
    QFile::setPermissions(path, QFile::ReadOwner);
    {
        auto db = Database::open(path);
        EXPECT_TRUE(db->isReadOnly());
        EXPECT_FALSE(db->readOnlyReason().isEmpty());
        EXPECT_EQ(sql::scalar(db->connection(), "SELECT count(*) FROM pairings").toInt(), 20);
    }
    // A reader in a folder it may write leaves SQLite's empty -wal and -shm files behind. In a
    // folder that may not be written either, the WAL database cannot have its -shm file: it is
    // read as immutable, and still opens.
    QFile::remove(path + "-wal");
    QFile::remove(path + "-shm");
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        EXPECT_EQ(sql::scalar(db->connection(), "SELECT count(*) FROM pairings").toInt(), 20);
    }
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{"locked.sqlite"});
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_EQ(fileHash(path), before);
}

// Migration 004 adds columns to pairings: a version-3 file holding the whole bundled register
// keeps every row of every table, and its pairings read as verified, with no history.
TEST(Database, Migration4KeepsEveryRowOfAVersion3File)
{
    TempDir dir;
    bundled::createDatabase(dir.file("bundled.sqlite"));
    const QString path = dir.file("v3.sqlite");
    QMap<QString, QStringList> before;
    QMap<QString, QStringList> columnsOf;
    {
        auto old = Database::create(path, 3);
        columnsOf = testdata::copyRowsInto(*old, dir.file("bundled.sqlite"));
        for (auto it = columnsOf.cbegin(); it != columnsOf.cend(); ++it)
            before[it.key()] = testdata::rowsOf(*old, it.key(), it.value());
        ASSERT_GT(before["pairings"].size(), 1000);
    }
    auto migrated = Database::open(path);
    ASSERT_EQ(migrated->schemaVersion(), Database::latestSchemaVersion());
    testdata::expectRowsKept(*migrated, columnsOf, before);
    EXPECT_EQ(sql::scalar(migrated->connection(),
                          "SELECT count(*) FROM pairings WHERE verification = 'verified' AND "
                          "ended IS NULL AND end_reason IS NULL AND successor_id IS NULL")
                  .toInt(),
              before["pairings"].size());
}

// The figure gallery's worker reads through a second connection made in its own thread: it sees
// what the window's connection committed, and writes nothing (on a file and on a server).
TEST(Database, AReaderInAnotherThreadSeesWhatWasCommittedAndMayNotWrite)
{
    TempDir dir;
    auto data = testdata::generate(dir.file("reader.sqlite"), 40);
    Database& writer = *data.database;
    const auto countIn = [](const QString& location, const QString& password) {
        int count = -1;
        bool wrote = true;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            auto reader = Database::openReader(location, password);
            EXPECT_TRUE(reader->isReadOnly());
            QSqlQuery query(reader->connection());
            if (query.exec(QStringLiteral("SELECT count(*) FROM pairings")) && query.next())
                count = query.value(0).toInt();
            query.finish();
            QSqlQuery write(reader->connection());
            wrote = write.exec(QStringLiteral("DELETE FROM pairings"));
        }));
        thread->start();
        thread->wait();
        EXPECT_FALSE(wrote);
        return count;
    };
    const QString password = writer.connection().password();
    EXPECT_EQ(countIn(writer.path(), password), 40);
    QSqlQuery remove(writer.connection());
    ASSERT_TRUE(remove.exec(
        QStringLiteral("DELETE FROM pairings WHERE id = (SELECT min(id) FROM pairings)")));
    EXPECT_EQ(countIn(writer.path(), password), 39);
    // The writer's file is untouched by the reader: every pairing the writer kept is there.
    EXPECT_EQ(
        sql::scalar(writer.connection(), QStringLiteral("SELECT count(*) FROM pairings")).toInt(),
        39);
}
