#include "SqliteBatchStatements.h"

#include "../Error.h"
#include "../InsertStatement.h"
#include "../SqliteDialect.h"

#include <sqlite3.h>

namespace sc {

namespace {

// Binds as Qt's SQLite driver does, so that a row written here is stored exactly as one written
// through QSqlQuery: a null QString is NULL, integers are integers, text is UTF-16 text.
int bind(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString& text = *static_cast<const QString*>(value.constData());
        if (text.isNull())
            return sqlite3_bind_null(statement, index);
        // The value outlives the statement's step: SQLite need not copy it.
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size()) * 2,
                                   SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size()) * 2,
                                   SQLITE_TRANSIENT);
    }
    }
}

} // namespace

SqliteBatchStatements::SqliteBatchStatements(const QSqlDatabase& db, const QString& table,
                                             const QStringList& columns)
    : m_db(SqliteDialect::handle(db)), m_table(table), m_columns(columns)
{
}

SqliteBatchStatements::~SqliteBatchStatements()
{
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

sqlite3_stmt* SqliteBatchStatements::statement(int rows)
{
    if (sqlite3_stmt* prepared = m_statements.value(rows))
        return prepared;
    const QString text = sql::insertStatement(m_table, m_columns, rows);
    const QByteArray utf8 = text.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK)
        throw Error(Error::Kind::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
    m_statements.insert(rows, statement);
    return statement;
}

bool SqliteBatchStatements::write(const QVariant* values, int rows)
{
    sqlite3_stmt* prepared = statement(rows);
    const int count = rows * int(m_columns.size());
    for (int i = 0; i < count; ++i)
        if (bind(prepared, i + 1, values[i]) != SQLITE_OK)
            throw Error(Error::Kind::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
    const int rc = sqlite3_step(prepared);
    m_lastError = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(prepared);
    sqlite3_clear_bindings(prepared);
    if (rc == SQLITE_DONE)
        return true;
    // A constraint refuses this statement's rows (SQLite undid them all, the transaction goes
    // on); anything else, such as a full disk, ends the import.
    if ((rc & 0xFF) != SQLITE_CONSTRAINT)
        throw Error(Error::Kind::Database, m_lastError);
    return false;
}

} // namespace sc
