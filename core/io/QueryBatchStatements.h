#pragma once

#include "BatchStatements.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace sc {

// BatchStatements through QSqlQuery with bound parameters: the portable way, for a server
// (PostgreSQL). A server aborts the whole transaction on a refused statement, so each statement
// runs inside a savepoint, and a refused one is rolled back to it: the rows written before stay,
// and the import can name the refused row and go on checking the others.
class QueryBatchStatements final : public BatchStatements {
public:
    QueryBatchStatements(const QSqlDatabase& db, const QString& table, const QStringList& columns);

    bool write(const QVariant* values, int rows) override;
    QString lastError() const override { return m_lastError; }

private:
    QSqlQuery& statement(int rows);
    void exec(const QString& sql);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QHash<int, QSqlQuery> m_statements; // by the number of rows they write
    QString m_lastError;
};

} // namespace sc
