#pragma once

#include <QString>
#include <QVector>

namespace sc {

class Database;

// Ids for the new rows of one table that an import writes later, in batches, with ids of their
// own (a pairing names its new cities before they are written). Taken from the engine a block
// at a time (SqlDialect::reserveIds): on SQLite the next after the largest, as SQLite would give
// them; on PostgreSQL from the identity's sequence, so that it never gives them again.
class NewIds final {
public:
    NewIds(Database& database, const QString& table);

    qint64 next();

private:
    Database& m_database;
    QString m_table;
    QVector<qint64> m_ids;
    int m_used = 0;
    qint64 m_last = 0;
};

} // namespace sc
