#pragma once

#include "BatchStatements.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace sc {

// BatchStatements through SQLite's C API on the driver's own connection. Qt's binding layer
// cost more than the insert itself (QSqlResult::bindValue makes a placeholder name and a hash
// entry for every value; docs/PERFORMANCE.md); here a value is one sqlite3_bind_* call.
class SqliteBatchStatements final : public BatchStatements {
public:
    SqliteBatchStatements(const QSqlDatabase& db, const QString& table, const QStringList& columns);
    ~SqliteBatchStatements() override;
    SqliteBatchStatements(const SqliteBatchStatements&) = delete;
    SqliteBatchStatements& operator=(const SqliteBatchStatements&) = delete;

    bool write(const QVariant* values, int rows) override;
    QString lastError() const override { return m_lastError; }

private:
    sqlite3_stmt* statement(int rows);

    sqlite3* m_db = nullptr;
    QString m_table;
    QStringList m_columns;
    QHash<int, sqlite3_stmt*> m_statements; // by the number of rows they write
    QString m_lastError;
};

} // namespace sc
