#include "ChangeListener.h"

#include "Database.h"

#include <QVariant>

namespace sc {

namespace {

// Commits that arrive this close together (an editor saving several rows, a script) are
// re-read once.
constexpr int kCoalesceMs = 150;

} // namespace

ChangeListener::ChangeListener(QObject* parent) : QObject(parent)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, [this] { emit changed(m_lastRole); });
}

ChangeListener::~ChangeListener()
{
    detach();
}

void ChangeListener::attach(Database& database)
{
    detach();
    m_channel = database.dialect().changeChannel();
    if (m_channel.isEmpty())
        return;
    QSqlDriver* driver = database.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    // A connection opened anew (Database::reconnect) forgot its subscriptions; one that was not
    // would refuse a second subscription.
    if (!driver->subscribedToNotifications().contains(m_channel) &&
        !driver->subscribeToNotification(m_channel))
        return;
    m_driver = driver;
    connect(m_driver, &QSqlDriver::notification, this, &ChangeListener::onNotification);
}

void ChangeListener::detach()
{
    m_coalesce.stop();
    if (!m_driver)
        return;
    disconnect(m_driver, nullptr, this, nullptr);
    if (m_driver->isOpen() && m_driver->subscribedToNotifications().contains(m_channel))
        m_driver->unsubscribeFromNotification(m_channel);
    m_driver = nullptr;
}

bool ChangeListener::isListening() const
{
    return m_driver && m_driver->subscribedToNotifications().contains(m_channel);
}

void ChangeListener::onNotification(const QString& name, QSqlDriver::NotificationSource source,
                                    const QVariant& payload)
{
    if (name != m_channel || source == QSqlDriver::SelfSource)
        return;
    m_lastRole = payload.toString();
    m_coalesce.start();
}

} // namespace sc
