#include "Transaction.h"

#include "Database.h"
#include "Error.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sc {

Transaction::Transaction(Database& database) : m_db(database.connection())
{
    database.requireWritable();
    database.dialect().beginWrite(m_db);
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        throw Error(Error::Kind::Database, query.lastError().text());
    m_open = false;
}

} // namespace sc
