#pragma once

#include "SqlDialect.h"

namespace sc {

// ---------------------------------------------------------------------------------------------
// The PostgreSQL side of SqlDialect, through Qt's QPSQL driver. The schema version is the row of
// the table sc_schema (which also marks a database as Sister Cities'); writers take one
// transaction-scoped advisory lock, so that writes are serialised as they are on SQLite and a
// check-then-write (row_version, duplicate pairs) needs no retry loop; collations are ICU's
// (sc_zh is zh-x-icu with numbers in numeric order and case ignored, as QCollator does on
// SQLite), created by the migrations.
// ---------------------------------------------------------------------------------------------
class PostgresDialect final : public SqlDialect {
public:
    explicit PostgresDialect(int lockTimeoutMs) : m_lockTimeoutMs(lockTimeoutMs) {}

    QString driverName() const override { return QStringLiteral("QPSQL"); }
    bool isServer() const override { return true; }
    QString schemaFolder() const override { return QStringLiteral(":/schema/postgresql"); }
    // lock_timeout, and default_transaction_read_only for a connection opened read-only.
    void prepareConnection(QSqlDatabase& db, bool readOnly) const override;
    // 0 when the database holds no sc_schema table.
    int schemaVersion(QSqlDatabase& db) const override;
    void setSchemaVersion(QSqlDatabase& db, int version) const override;
    bool hasTables(QSqlDatabase& db) const override;
    void beginWrite(QSqlDatabase& db) const override;
    // lock_not_available (a lock waited past lock_timeout), serialization_failure and
    // deadlock_detected.
    bool isBusy(const QSqlError& error) const override;
    // NOTIFY through pg_notify(), with the editing role as the payload.
    QString changeChannel() const override { return QStringLiteral("sistercities_changes"); }
    void announceChange(QSqlDatabase& db) const override;
    qint64 commitToken(QSqlDatabase& db) const override;
    CommitStatus commitStatus(QSqlDatabase& db, qint64 token) const override;
    QString collate(Language language) const override;
    QString least(const QString& a, const QString& b) const override;
    QString greatest(const QString& a, const QString& b) const override;
    QString position(const QString& needle, const QString& haystack) const override;
    QString firstCodePoint(const QString& text) const override;
    int cacheSize(QSqlDatabase&) const override { return 0; }
    void setCacheSize(QSqlDatabase&, int) const override {}
    void beginImport(QSqlDatabase& db) const override;
    std::unique_ptr<BatchStatements> batchStatements(const QSqlDatabase& db, const QString& table,
                                                     const QStringList& columns) const override;
    // nextval() of the identity's sequence (which an editor may use, not set).
    QVector<qint64> reserveIds(const QSqlDatabase& db, const QString& table, qint64 after,
                               int count) const override;
    // The server checks its own pages and every foreign key on each write: nothing to find.
    QStringList integrityProblems(QSqlDatabase&) const override { return {}; }
    QList<Orphan> orphans(QSqlDatabase&) const override { return {}; }

    // Whether the connected role may change the register (an editor rather than a reader).
    static bool mayWrite(QSqlDatabase& db);
    // Whether the database has Sister Cities' schema table.
    static bool hasSchemaTable(QSqlDatabase& db);
    // The role the connection acts as.
    static QString currentRole(QSqlDatabase& db);

private:
    int m_lockTimeoutMs;
};

} // namespace sc
