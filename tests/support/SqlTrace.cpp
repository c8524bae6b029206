#include "support/SqlTrace.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace testsupport {

namespace {

int onStatement(unsigned type, void* context, void* statement, void*)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    char* text = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    if (text) {
        static_cast<QStringList*>(context)->append(QString::fromUtf8(text));
        sqlite3_free(text);
    }
    return 0;
}

} // namespace

SqlTrace::SqlTrace(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    m_connection = *static_cast<sqlite3* const*>(handle.data());
    sqlite3_trace_v2(static_cast<sqlite3*>(m_connection), SQLITE_TRACE_STMT, onStatement,
                     &m_statements);
}

SqlTrace::~SqlTrace()
{
    sqlite3_trace_v2(static_cast<sqlite3*>(m_connection), 0, nullptr, nullptr);
}

} // namespace testsupport
