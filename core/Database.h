#pragma once

#include "SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <typeindex>
#include <unordered_map>

namespace sc {

// One open Sister Cities database: a named connection, its schema brought to the newest version
// (each migration in one transaction, after a backup copy of the file), foreign keys on.
// The database is an SQLite file or, given a server address (ServerAddress), a PostgreSQL
// database; what differs between the two is in dialect().
//
// A file is never overwritten or changed when it cannot be read as a Sister Cities database: a
// file that is not SQLite, a truncated one, another program's database and a database of a newer
// schema are refused with a message that says which.
class Database final {
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens an existing file, or a server's database. A file the user may not write, or a
    // server role that may not change the register, opens read-only and says so. `password`
    // (a server's, asked for by the GUI) is kept only by the connection.
    static std::unique_ptr<Database> open(const QString& path, Mode mode = Mode::ReadWrite,
                                          const QString& password = QString());
    // Creates a new file with the newest schema (or `version`, for tests of migration), then
    // runs `fill` (the dataset's load) on it. Refuses a path that exists; on a server, a
    // database that holds any table. On a server the schema and `fill` are one transaction:
    // a failure anywhere leaves the database as it was found.
    static std::unique_ptr<Database> create(const QString& path, int version = -1,
                                            const std::function<void(Database&)>& fill = {});

    // Another connection to the database at `location` (a file or a server this process has
    // open already, checked and migrated), read-only, for a thread of its own: a QSqlDatabase
    // belongs to the thread that opened it, so call, use and destroy the reader there. `password`
    // is the open connection's (a server's). Skips open()'s checks of the file and takes no part
    // in CheckedFiles: the first connection answers for the file.
    static std::unique_ptr<Database> openReader(const QString& location,
                                                const QString& password = QString());

    // A consistent copy of this database at `path` (which must not exist), opened writable:
    // somewhere to try writes out without touching this file, e.g. a dry run of an import on a
    // read-only database.
    std::unique_ptr<Database> copyTo(const QString& path);

    static int latestSchemaVersion();
    int schemaVersion();
    // Brings the schema to `target` (default: newest), one transaction per step.
    void migrate(int target = -1);

    QSqlDatabase connection() const { return m_db; }
    const SqlDialect& dialect() const { return *m_dialect; }
    bool isServer() const { return m_dialect->isServer(); }
    // `sql` prepared once on this connection and kept: the statements an import runs for every
    // row cost more to prepare than to run. Use with sql::scalar(QSqlQuery&) or sql::insert().
    QSqlQuery& prepared(const QString& sql);
    // What a feature keeps for this connection between calls (figures' SourceCatalog): one T
    // per connection, made on first use, dropped with the connection and by reconnect(). T
    // itself judges whether what it keeps is still true (dialect().dataStamp()).
    template <class T> T& connectionState()
    {
        std::shared_ptr<void>& state = m_states[std::type_index(typeid(T))];
        if (!state)
            state = std::make_shared<T>();
        return *static_cast<T*>(state.get());
    }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the database is read-only: asked for, or the file may not be written.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Throws Error::Kind::ReadOnly when no write is allowed.
    void requireWritable() const;
    // The copy written before the last migration of an existing file, if any.
    QString backupPath() const { return m_backupPath; }

    // A server's connection can be lost (the server restarted, the network went away): whether
    // it still answers, and a new connection in its place with the same address, role and
    // password. A file is always connected. reconnect() throws Error when the server does not
    // answer yet; the statements prepared on the lost connection are dropped.
    bool isConnected();
    void reconnect();
    // What became of a commit whose answer was lost (CommitInDoubt::token()), asked after
    // reconnect(). Unknown while the server cannot tell yet.
    SqlDialect::CommitStatus commitStatus(qint64 token);
    // The server's words when isConnected() last said no.
    QString connectionProblem() const { return m_connectionProblem; }

    // Transaction's nesting depth: 1 for the outermost.
    int enterTransaction() { return ++m_transactionDepth; }
    void leaveTransaction() { --m_transactionDepth; }

private:
    Database(const QString& path, bool readOnly, std::unique_ptr<SqlDialect> dialect);
    static std::unique_ptr<Database> openChecked(const QString& path, Mode mode);
    static std::unique_ptr<Database> openServer(const QString& location, Mode mode,
                                                const QString& password);
    static std::unique_ptr<Database> createServer(const QString& location, int version,
                                                  const std::function<void(Database&)>& fill);
    // The schema version, or an Error naming `location` when a newer release wrote it: the same
    // refusal for a file and for a server.
    int readableSchemaVersion(const QString& location);
    void openConnection(bool immutable = false);
    void connectServer(const QString& password);

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_backupPath;
    std::unique_ptr<SqlDialect> m_dialect;
    QSqlDatabase m_db;
    bool m_fileCounted = false; // an SQLite file counted in OpenFiles while open
    QHash<QString, QSqlQuery> m_prepared;
    std::unordered_map<std::type_index, std::shared_ptr<void>> m_states;
    int m_transactionDepth = 0;
    QString m_connectionProblem;
    bool m_reader = false; // made by openReader()
};

} // namespace sc
