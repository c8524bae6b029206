#pragma once

#include <QSqlDatabase>
#include <QStringList>

// Records the SQL that SQLite runs on a connection, with its bound values written in: the query
// plan test explains each statement, and the bench script times the very same statements in the
// sqlite3 shell (the floor).
namespace testsupport {

class SqlTrace final {
public:
    explicit SqlTrace(const QSqlDatabase& db);
    ~SqlTrace();
    SqlTrace(const SqlTrace&) = delete;
    SqlTrace& operator=(const SqlTrace&) = delete;

    const QStringList& statements() const { return m_statements; }

private:
    void* m_connection = nullptr;
    QStringList m_statements;
};

} // namespace testsupport
