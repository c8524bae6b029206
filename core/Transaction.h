#pragma once

#include <QSqlDatabase>

namespace sc {

class Database;

// A write transaction that rolls back unless commit() is called: every write in core goes
// through one, so an error or a crash leaves all of a change or none of it.
class Transaction final {
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace sc
