#pragma once

#include "Language.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct sqlite3;

namespace sc {

// ---------------------------------------------------------------------------------------------
// THE SQLite-specific place of core. Everything that only SQLite understands lives here:
// connection options, PRAGMAs, the schema version in PRAGMA user_version, the file header check
// and the online backup. The rest of core speaks SQL that PostgreSQL (QPSQL) accepts as well; a
// server mode adds a sibling of this class rather than conditionals elsewhere.
// ---------------------------------------------------------------------------------------------
class SqliteDialect final {
public:
    static QString driverName() { return QStringLiteral("QSQLITE"); }

    // What is wrong with the file at `path` as an SQLite database, judged from its first bytes
    // without opening it through SQLite (which could create or change it). Empty when it looks
    // like a database.
    static QString checkHeader(const QString& path);

    static void configure(QSqlDatabase& db, bool readOnly, int busyTimeoutMs);
    // Whether the file's header says it is in WAL mode (its read and write versions are 2).
    static bool isWal(const QString& path);
    // Opens `path` as an immutable read-only file: no -shm or -wal is needed or made. For a WAL
    // database in a folder the user may not write, which SQLite cannot open otherwise.
    static void configureImmutable(QSqlDatabase& db, const QString& path);
    // PRAGMAs for every connection: foreign keys on, WAL for writers.
    static void applyPragmas(QSqlDatabase& db, bool readOnly);

    // PRAGMA cache_size of this connection (negative: KiB, positive: pages). An import raises it
    // for its transaction, so that the indexes it grows stay in memory, and restores it.
    static int cacheSize(QSqlDatabase& db);
    static void setCacheSize(QSqlDatabase& db, int size);

    static int userVersion(QSqlDatabase& db);
    static void setUserVersion(QSqlDatabase& db, int version);

    // A consistent copy of the open database into `target` (which must not exist).
    static void backupTo(QSqlDatabase& db, const QString& target);

    // PRAGMA quick_check: empty when the file is sound, else what SQLite reported.
    static QString quickCheck(QSqlDatabase& db);

    // The file's application id: tells a Sister Cities database from any other SQLite file.
    static constexpr int kApplicationId = 0x53434954; // "SCIT"
    static int applicationId(QSqlDatabase& db);
    static void setApplicationId(QSqlDatabase& db);
    // Whether the database holds any table at all.
    static bool hasTables(QSqlDatabase& db);

    // Starts a write transaction that takes the write lock at once (waiting up to the busy
    // timeout), so that two writers never deadlock half-way through.
    static void beginWrite(QSqlDatabase& db);

    // Whether `error` is SQLite's "database is locked": another connection kept its lock past
    // the busy timeout.
    static bool isBusy(const QSqlError& error);

    // Registers one collation per language on the open connection ("sc_zh", "sc_ja", ...), each
    // comparing with QCollator for that language, so that ORDER BY follows pinyin, kana or
    // hangul order in SQL rather than in a Qt loop over every row; and sc_romanize(text), the
    // romanisation of hangul that display names use (HangulRomanizer).
    static void registerCollations(QSqlDatabase& db);
    // The driver's own connection, for the few places that need SQLite's C API (collations,
    // the importers' batched inserts). Throws Error::Kind::Database for another driver.
    static sqlite3* handle(const QSqlDatabase& db);
    // " COLLATE sc_xx": appended to a name expression in ORDER BY.
    static QString collate(Language language);
};

} // namespace sc
