#include "NewIds.h"

#include "../Database.h"
#include "../SqlDialect.h"

namespace sc {

namespace {

// One round trip to a server for this many new rows.
constexpr int kBlock = 256;

} // namespace

NewIds::NewIds(Database& database, const QString& table) : m_database(database), m_table(table)
{
}

qint64 NewIds::next()
{
    if (m_used == m_ids.size()) {
        m_ids = m_database.dialect().reserveIds(m_database.connection(), m_table, m_last, kBlock);
        m_used = 0;
    }
    m_last = m_ids.at(m_used++);
    return m_last;
}

} // namespace sc
