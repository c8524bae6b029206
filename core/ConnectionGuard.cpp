#include "ConnectionGuard.h"

#include "Database.h"
#include "Error.h"

namespace sc {

namespace {

// A lost connection is noticed within this while when nothing else asks the server; the check
// is one SELECT 1.
constexpr int kPollMs = 5000;
constexpr int kRetryMs = 3000;

} // namespace

ConnectionGuard::ConnectionGuard(QObject* parent) : QObject(parent)
{
    m_poll.setInterval(kPollMs);
    m_retry.setInterval(kRetryMs);
    connect(&m_poll, &QTimer::timeout, this, &ConnectionGuard::check);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionGuard::reconnect);
}

void ConnectionGuard::setDatabase(Database* database)
{
    m_database = database;
    m_lost = false;
    m_problem.clear();
    m_retry.stop();
    if (m_database && m_database->isServer())
        m_poll.start();
    else
        m_poll.stop();
}

bool ConnectionGuard::check()
{
    if (!m_database || m_lost)
        return !m_lost;
    if (m_database->isConnected())
        return true;
    m_lost = true;
    m_problem = m_database->connectionProblem();
    m_poll.stop();
    m_retry.start();
    emit lost(m_problem);
    return false;
}

bool ConnectionGuard::reconnect()
{
    if (!m_database)
        return false;
    try {
        m_database->reconnect();
    } catch (const Error& error) {
        m_problem = error.message();
        return false;
    }
    const bool wasLost = m_lost;
    m_lost = false;
    m_problem.clear();
    m_retry.stop();
    m_poll.start();
    if (wasLost)
        emit restored();
    return true;
}

} // namespace sc
