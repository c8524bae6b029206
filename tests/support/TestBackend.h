#pragma once

#include "Database.h"

#include <QString>

#include <memory>

// The engine the database tests run on: SQLite files by default, or the PostgreSQL cluster that
// tests/support/with-postgres.sh starts (SISTERCITIES_TEST_BACKEND=postgresql). The same tests
// then run on both: they ask here for a new database instead of naming a file.
namespace testbackend {

bool isPostgres();
// "sqlite" or "postgresql", for messages.
QString name();
// Where a new, empty database goes: `sqlitePath` on SQLite; on PostgreSQL a new database of the
// test cluster, owned by the ordinary role sc_owner that the application connects as.
QString newLocation(const QString& sqlitePath);
// Database::create() at newLocation(sqlitePath).
std::unique_ptr<sc::Database> create(const QString& sqlitePath, int version = -1);
// bundled::createDatabase() at newLocation(sqlitePath).
std::unique_ptr<sc::Database> createBundled(const QString& sqlitePath, bool empty = false);
// The cluster administrator's URI of the PostgreSQL database named `database`.
QString adminLocation(const QString& database = QStringLiteral("postgres"));
// Runs `sql` as the cluster's administrator on `database` (roles, grants of a test); throws
// sc::Error on failure.
void adminExec(const QString& sql, const QString& database = QStringLiteral("postgres"));
// The database name of a PostgreSQL location made by newLocation().
QString databaseName(const QString& location);

} // namespace testbackend
