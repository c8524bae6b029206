#include "Transaction.h"

#include "CommitInDoubt.h"
#include "Database.h"
#include "Error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sc {

namespace {

QString savepoint(int depth)
{
    return QStringLiteral("sc_step_%1").arg(depth);
}

void runOrThrow(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw Error(Error::Kind::Database, query.lastError().text());
}

} // namespace

Transaction::Transaction(Database& database) : m_database(database), m_db(database.connection())
{
    database.requireWritable();
    m_depth = database.enterTransaction();
    try {
        if (m_depth == 1)
            database.dialect().beginWrite(m_db);
        else
            runOrThrow(m_db, QStringLiteral("SAVEPOINT ") + savepoint(m_depth));
    } catch (...) {
        database.leaveTransaction();
        throw;
    }
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery query(m_db);
        if (m_depth == 1) {
            query.exec(QStringLiteral("ROLLBACK"));
        } else {
            query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint(m_depth));
            query.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint(m_depth));
        }
        m_database.leaveTransaction();
    }
}

void Transaction::commit()
{
    if (m_depth == 1) {
        // Inside the transaction: the server delivers the notice at the commit, and only then.
        m_database.dialect().announceChange(m_db);
        const qint64 token = m_database.dialect().commitToken(m_db);
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT"))) {
            const QString problem = query.lastError().text().trimmed();
            // A server that no longer answers may have committed before the connection went:
            // neither "saved" nor "failed" is true yet.
            if (token != 0 && !m_database.isConnected()) {
                m_open = false;
                m_database.leaveTransaction();
                throw CommitInDoubt(
                    QCoreApplication::translate(
                        "sc::Transaction",
                        "The connection to the server was lost while it was saving (%1). Whether "
                        "the change was saved is checked as soon as the connection is back.")
                        .arg(problem),
                    token);
            }
            throw Error(Error::Kind::Database, problem);
        }
    } else {
        runOrThrow(m_db, QStringLiteral("RELEASE SAVEPOINT ") + savepoint(m_depth));
    }
    m_open = false;
    m_database.leaveTransaction();
}

} // namespace sc
