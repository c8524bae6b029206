#include "ChangeListener.h"

#include "Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace sc {

namespace {

// Commits that arrive this close together (an editor saving several rows, a script) are
// re-read once.
constexpr int kCoalesceMs = 150;
// How soon another connection's commit to a file shows; each look is one PRAGMA.
constexpr int kFilePollMs = 1000;

qint64 dataVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

ChangeListener::ChangeListener(QObject* parent) : QObject(parent)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, [this] { emit changed(m_lastRole); });
    m_filePoll.setInterval(kFilePollMs);
    connect(&m_filePoll, &QTimer::timeout, this, &ChangeListener::pollFile);
}

ChangeListener::~ChangeListener()
{
    detach();
}

void ChangeListener::attach(Database& database)
{
    detach();
    m_channel = database.dialect().changeChannel();
    if (!database.isServer()) {
        m_fileConnection = database.connection().connectionName();
        m_fileVersion = dataVersion(database.connection());
        if (m_fileVersion >= 0)
            m_filePoll.start();
        return;
    }
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
    m_filePoll.stop();
    m_fileConnection.clear();
    if (!m_driver)
        return;
    disconnect(m_driver, nullptr, this, nullptr);
    if (m_driver->isOpen() && m_driver->subscribedToNotifications().contains(m_channel))
        m_driver->unsubscribeFromNotification(m_channel);
    m_driver = nullptr;
}

bool ChangeListener::isListening() const
{
    if (m_filePoll.isActive())
        return true;
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

void ChangeListener::pollFile()
{
    if (!QSqlDatabase::contains(m_fileConnection)) {
        m_filePoll.stop();
        return;
    }
    const qint64 version = dataVersion(QSqlDatabase::database(m_fileConnection, false));
    if (version < 0 || version == m_fileVersion)
        return;
    m_fileVersion = version;
    m_lastRole.clear(); // a file does not say who wrote
    m_coalesce.start();
}

} // namespace sc
