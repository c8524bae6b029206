#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct sqlite3;

namespace sc {

// ---------------------------------------------------------------------------------------------
// The SQLite side of SqlDialect, and what only a database file has: the header check, WAL and
// immutable opening, PRAGMAs, the application id and the online backup.
// ---------------------------------------------------------------------------------------------
class SqliteDialect final : public SqlDialect {
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    bool isServer() const override { return false; }
    QString schemaFolder() const override { return QStringLiteral(":/schema/sqlite"); }
    // Registers one collation per language ("sc_zh", "sc_ja", ...), each comparing with
    // QCollator for that language, so that ORDER BY follows pinyin, kana or hangul order in SQL
    // rather than in a Qt loop over every row; and sc_romanize(text), the romanisation of
    // hangul that display names use (HangulRomanizer).
    void prepareConnection(QSqlDatabase& db, bool readOnly) const override;
    // PRAGMA user_version.
    int schemaVersion(QSqlDatabase& db) const override;
    void setSchemaVersion(QSqlDatabase& db, int version) const override;
    bool hasTables(QSqlDatabase& db) const override;
    // BEGIN IMMEDIATE: the write lock at once, waiting up to the busy timeout.
    void beginWrite(QSqlDatabase& db) const override;
    // SQLite's "database is locked": another connection kept its lock past the busy timeout.
    bool isBusy(const QSqlError& error) const override;
    QString collate(Language language) const override;
    QString least(const QString& a, const QString& b) const override;
    QString greatest(const QString& a, const QString& b) const override;
    QString position(const QString& needle, const QString& haystack) const override;
    QString firstCodePoint(const QString& text) const override;
    // Three characters or more use the trigram index city_names; one or two characters look
    // the key up in city_grams (schema kLatinGramsSince, any script: two characters by
    // equality, one as the range of grams it starts); the rest, which no index finds (a key
    // holding a control character, text with LIKE's wildcards from three characters on), read
    // cities.search_text. Each gives the cities that `search_text LIKE '%key%'` gives.
    CitySearch citiesContaining(const QString& text) const override;
    // The schema version that adds city_grams for keys with a non-ASCII character
    // (resources/schema/sqlite/009_*.sql), and the one that holds every key in it (011_*.sql).
    static constexpr int kCityGramsSince = 9;
    static constexpr int kLatinGramsSince = 11;

    int cacheSize(QSqlDatabase& db) const override;
    void setCacheSize(QSqlDatabase& db, int size) const override;
    std::unique_ptr<BatchStatements> batchStatements(const QSqlDatabase& db, const QString& table,
                                                     const QStringList& columns) const override;
    // The next after the largest (or after `after`), as SQLite gives them one at a time: the
    // write lock of the import's transaction keeps them free.
    QVector<qint64> reserveIds(const QSqlDatabase& db, const QString& table, qint64 after,
                               int count) const override;
    // PRAGMA integrity_check and foreign_key_check.
    QStringList integrityProblems(QSqlDatabase& db) const override;
    QList<Orphan> orphans(QSqlDatabase& db) const override;

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

    // Bulk loading (RegisterGenerator): drops the indexes of `table` that the schema created
    // and returns their CREATE statements, to run again with createIndexes() once the rows are
    // in: SQLite then sorts each index once instead of inserting every row into every index.
    // The unique ones check their rows when they are created again.
    static QStringList dropIndexes(QSqlDatabase& db, const QString& table);
    static void createIndexes(QSqlDatabase& db, const QStringList& statements);
    // The page cache of this connection, for a bulk load.
    static void setCacheMebibytes(QSqlDatabase& db, int mebibytes);

    // PRAGMA data_version (another connection committed), schema_version and this connection's
    // sqlite3_total_changes64 (rows it wrote). None inside a transaction: a rollback takes rows
    // back without changing any of the three.
    std::optional<DataStamp> dataStamp(const QSqlDatabase& db) const override;

    // A consistent copy of the open database into `target` (which must not exist).
    static void backupTo(QSqlDatabase& db, const QString& target);

    // PRAGMA quick_check: empty when the file is sound, else what SQLite reported.
    static QString quickCheck(QSqlDatabase& db);

    // The file's application id: tells a Sister Cities database from any other SQLite file.
    static constexpr int kApplicationId = 0x53434954; // "SCIT"
    static int applicationId(QSqlDatabase& db);
    static void setApplicationId(QSqlDatabase& db);

    // The driver's own connection, for the few places that need SQLite's C API (collations,
    // the importers' batched inserts). Throws Error::Kind::Database for another driver.
    static sqlite3* handle(const QSqlDatabase& db);
};

} // namespace sc
