#include "BatchInserter.h"

#include "../Database.h"
#include "../Error.h"
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

BatchInserter::BatchInserter(Database& database, const QString& table, const QStringList& columns,
                             Refused refused)
    : m_db(SqliteDialect::handle(database.connection())), m_table(table), m_columns(columns),
      m_refused(std::move(refused))
{
    m_values.reserve(kRowsPerStatement * columns.size());
    m_lines.reserve(kRowsPerStatement);
}

BatchInserter::~BatchInserter()
{
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

void BatchInserter::add(int line, QVariantList values)
{
    Q_ASSERT(values.size() == m_columns.size());
    m_values.append(std::move(values));
    m_lines.push_back(line);
}

sqlite3_stmt* BatchInserter::statement(int rows)
{
    if (sqlite3_stmt* prepared = m_statements.value(rows))
        return prepared;
    const QString placeholders = QLatin1Char('(') +
                                 QStringList(m_columns.size(), QStringLiteral("?")).join(u',') +
                                 QLatin1Char(')');
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                            .arg(m_table, m_columns.join(QLatin1String(", "))) +
                        QStringList(rows, placeholders).join(u',');
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK)
        throw Error(Error::Kind::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
    m_statements.insert(rows, statement);
    return statement;
}

bool BatchInserter::run(int first, int rows)
{
    sqlite3_stmt* prepared = statement(rows);
    const int columns = int(m_columns.size());
    for (int i = 0; i < rows * columns; ++i)
        if (bind(prepared, i + 1, m_values.at(first * columns + i)) != SQLITE_OK)
            throw Error(Error::Kind::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
    const int rc = sqlite3_step(prepared);
    m_lastError = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(prepared);
    sqlite3_clear_bindings(prepared);
    if (rc == SQLITE_DONE)
        return true;
    // A constraint refuses this statement's rows (SQLite undid them all); anything else, such as
    // a full disk, ends the import.
    if ((rc & 0xFF) != SQLITE_CONSTRAINT)
        throw Error(Error::Kind::Database, m_lastError);
    return false;
}

void BatchInserter::flush()
{
    const int total = pending();
    for (int first = 0; first < total; first += kRowsPerStatement) {
        const int rows = qMin(kRowsPerStatement, total - first);
        if (run(first, rows))
            continue;
        // Which rows SQLite refused, each named by its line: one at a time.
        for (int row = first; row < first + rows; ++row)
            if (!run(row, 1))
                m_refused(m_lines.at(row), m_lastError);
    }
    m_values.clear();
    m_lines.clear();
}

} // namespace sc
