#include "QueryBatchStatements.h"

#include "../Error.h"
#include "../InsertStatement.h"

#include <QSqlError>

namespace sc {

namespace {

// SQLSTATE classes of errors that refuse the rows of a statement rather than end the import:
// 23 integrity constraint violation (CHECK, UNIQUE, foreign key, NOT NULL), 22 data exception (a
// value the column cannot hold).
bool refusesRows(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    return state.startsWith(QLatin1String("23")) || state.startsWith(QLatin1String("22"));
}

} // namespace

QueryBatchStatements::QueryBatchStatements(const QSqlDatabase& db, const QString& table,
                                           const QStringList& columns)
    : m_db(db), m_table(table), m_columns(columns)
{
}

void QueryBatchStatements::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw Error(Error::Kind::Database, query.lastError().text());
}

QSqlQuery& QueryBatchStatements::statement(int rows)
{
    auto found = m_statements.find(rows);
    if (found != m_statements.end())
        return *found;
    const QString text = sql::insertStatement(m_table, m_columns, rows);
    QSqlQuery query(m_db);
    if (!query.prepare(text))
        throw Error(Error::Kind::Database, query.lastError().text());
    return *m_statements.insert(rows, query);
}

bool QueryBatchStatements::write(const QVariant* values, int rows)
{
    QSqlQuery& query = statement(rows);
    const int count = rows * int(m_columns.size());
    for (int i = 0; i < count; ++i)
        query.bindValue(i, values[i]);
    exec(QStringLiteral("SAVEPOINT sc_batch"));
    if (query.exec()) {
        m_lastError.clear();
        query.finish();
        exec(QStringLiteral("RELEASE SAVEPOINT sc_batch"));
        return true;
    }
    const QSqlError error = query.lastError();
    m_lastError = error.databaseText();
    query.finish();
    exec(QStringLiteral("ROLLBACK TO SAVEPOINT sc_batch"));
    if (!refusesRows(error))
        throw Error(Error::Kind::Database, error.text());
    return false;
}

} // namespace sc
