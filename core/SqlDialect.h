#pragma once

#include "Language.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <memory>
#include <optional>

namespace sc {

class BatchStatements;

// ---------------------------------------------------------------------------------------------
// The boundary between core's one portable SQL text and the engines it runs on. Everything that
// only one engine understands goes through here: how a connection is set up, where the schema
// version is kept, the write lock, what "busy" looks like, collations in the reader's language,
// and the few functions whose names differ (min/max of two values, position of a substring, the
// code point of a character). SqliteDialect and PostgresDialect are the two implementations.
// ---------------------------------------------------------------------------------------------
class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    virtual QString driverName() const = 0;
    // Whether the database is a server's (shared with other people) rather than a file.
    virtual bool isServer() const = 0;
    // The folder of the migrations in the resources: one numbered script per schema version.
    virtual QString schemaFolder() const = 0;

    // What every new connection needs once it is open (collations, functions, session settings).
    virtual void prepareConnection(QSqlDatabase& db, bool readOnly) const = 0;

    virtual int schemaVersion(QSqlDatabase& db) const = 0;
    // Inside the migration's transaction.
    virtual void setSchemaVersion(QSqlDatabase& db, int version) const = 0;
    // Whether the database holds any table at all.
    virtual bool hasTables(QSqlDatabase& db) const = 0;

    // Starts a write transaction that holds the one write lock of the database (waiting a
    // bounded time for it), so that two writers never deadlock or interleave half-way through.
    virtual void beginWrite(QSqlDatabase& db) const = 0;
    // Whether `error` says another connection held a lock too long, or the engine gave up on a
    // transaction because of a concurrent one: the user may simply try again.
    virtual bool isBusy(const QSqlError& error) const = 0;

    // Live changes. The channel other connections listen on to learn that the register changed
    // (empty: the engine has none, as an SQLite file); announceChange() runs inside a write
    // transaction, just before its commit, and the engine delivers the notice at the commit.
    virtual QString changeChannel() const { return QString(); }
    virtual void announceChange(QSqlDatabase& db) const { Q_UNUSED(db); }

    // A COMMIT whose answer is lost. commitToken() runs inside a write transaction, before its
    // COMMIT, and names it (0: the engine needs no name, as an SQLite file, whose commit either
    // returns or fails); commitStatus() asks, on a new connection, what became of it.
    enum class CommitStatus { Committed, RolledBack, Unknown };
    virtual qint64 commitToken(QSqlDatabase& db) const
    {
        Q_UNUSED(db);
        return 0;
    }
    virtual CommitStatus commitStatus(QSqlDatabase& db, qint64 token) const
    {
        Q_UNUSED(db);
        Q_UNUSED(token);
        return CommitStatus::Unknown;
    }

    // What a connection keeps of rows it read (SourceCatalog) is still true while the stamp it
    // was read at is the stamp now: any write of this connection or commit of another changes
    // it. None where the engine cannot tell cheaply; the caller then reads the tables each time.
    struct DataStamp {
        qint64 version = 0; // another connection committed
        qint64 schema = 0;  // this connection changed the schema
        qint64 changes = 0; // this connection wrote rows
        bool operator==(const DataStamp& other) const
        {
            return version == other.version && schema == other.schema && changes == other.changes;
        }
        bool operator!=(const DataStamp& other) const { return !(*this == other); }
    };
    virtual std::optional<DataStamp> dataStamp(const QSqlDatabase& db) const
    {
        Q_UNUSED(db);
        return std::nullopt;
    }

    // " COLLATE ...": appended to a name expression in ORDER BY, for the reader's language
    // (pinyin, kana, hangul order; numbers in numeric order; case ignored).
    virtual QString collate(Language language) const = 0;
    // The smaller and the larger of two values (not the aggregates).
    virtual QString least(const QString& a, const QString& b) const = 0;
    virtual QString greatest(const QString& a, const QString& b) const = 0;
    // The 1-based position of `needle` in `haystack`, 0 when absent.
    virtual QString position(const QString& needle, const QString& haystack) const = 0;
    // The code point of the first character of `text`.
    virtual QString firstCodePoint(const QString& text) const = 0;

    // A subquery of the ids of the cities one of whose names contains `text` (normalised as
    // namekey does; for IN: an id may come more than once), and its bound values, served by the
    // engine's index over the names (schema 5). This one reads cities.search_text with LIKE, which
    // PostgreSQL's pg_trgm index serves and any engine runs (SqliteDialect reads its FTS5 trigram
    // table or city_grams instead).
    struct CitySearch {
        QString sql;
        QVariantList values;
    };
    virtual CitySearch citiesContaining(const QString& text) const;
    // The same, in SQL that every engine runs (for callers that have no dialect at hand).
    static CitySearch portableCitiesContaining(const QString& text);

    // The connection's page cache as the engine spells it (SQLite: PRAGMA cache_size, negative
    // KiB or positive pages). An import raises it for its transaction, so that the indexes it
    // grows stay in memory, and puts it back. A server keeps its own cache: 0, nothing to set.
    virtual int cacheSize(QSqlDatabase& db) const = 0;
    virtual void setCacheSize(QSqlDatabase& db, int size) const = 0;
    // Called inside an import's transaction before its first row: what the engine needs to
    // write many rows in one transaction at the cost of each (PostgresDialect: index lookups in
    // the triggers and foreign-key checks, planned while the tables were small). Nothing by
    // default.
    virtual void beginImport(QSqlDatabase& db) const { Q_UNUSED(db); }
    // The statements that write many rows of `table` at once (an import's), in the engine's
    // fastest way.
    virtual std::unique_ptr<BatchStatements> batchStatements(const QSqlDatabase& db,
                                                             const QString& table,
                                                             const QStringList& columns) const = 0;
    // `count` ids, in order, for new rows of `table` that the caller writes later with ids of
    // their own, each larger than `after` (the last id it reserved, 0 at first); no other row
    // of the table gets them.
    virtual QVector<qint64> reserveIds(const QSqlDatabase& db, const QString& table, qint64 after,
                                       int count) const = 0;

    // Damage the engine finds in the stored data; empty when sound.
    virtual QStringList integrityProblems(QSqlDatabase& db) const = 0;
    // Rows that refer to a row that does not exist: "table rowid", "parent table".
    struct Orphan {
        QString table;
        QString row;
        QString parent;
    };
    virtual QList<Orphan> orphans(QSqlDatabase& db) const = 0;
};

} // namespace sc
