#pragma once

#include <QSqlDatabase>

namespace sc {

class Database;

// A write transaction that rolls back unless commit() is called: every write in core goes
// through one, so an error or a crash leaves all of a change or none of it.
//
// One made while another is open on the same database is a savepoint of the outer one: a step
// (a migration, the dataset's load) that is whole by itself can so be part of a larger whole
// (`init` on a server, which is one transaction from the first table to the last row).
// The outermost commit tells the other connections of a server that the register changed
// (SqlDialect::announceChange), so that their windows re-read it.
class Transaction final {
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_database;
    QSqlDatabase m_db;
    int m_depth = 0; // 1 for the outermost
    bool m_open = false;
};

} // namespace sc
