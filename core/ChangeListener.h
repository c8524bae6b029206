#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

namespace sc {

class Database;

// Tells an open window that another connection committed a change to the register, so that it
// re-reads what it shows. On PostgreSQL every write transaction announces itself at its commit
// (SqlDialect::announceChange, a NOTIFY); this listens on the connection the window reads
// through (QSqlDriver::subscribeToNotification), and ignores the connection's own commits, which
// the window has shown already. A burst of commits is one changed(). An SQLite file has no
// channel: there the listener asks the window's connection every second for the file's
// `PRAGMA data_version`, which changes when another connection (another window, another process,
// another computer on a shared disk) committed, and never for the connection's own commits.
class ChangeListener final : public QObject {
    Q_OBJECT

public:
    explicit ChangeListener(QObject* parent = nullptr);
    ~ChangeListener() override;

    // Listens on `database`'s connection in place of any earlier one. Call again after
    // Database::reconnect(): a new session has no subscriptions.
    void attach(Database& database);
    void detach();
    bool isListening() const;

signals:
    // Another connection committed a change (`role` made the last of them).
    void changed(const QString& role);

private:
    void onNotification(const QString& name, QSqlDriver::NotificationSource source,
                        const QVariant& payload);

    void pollFile();

    QPointer<QSqlDriver> m_driver; // goes with the Database
    // An SQLite file's connection, by name: the Database may go before the listener is told.
    QString m_fileConnection;
    qint64 m_fileVersion = -1;
    QTimer m_filePoll;
    QString m_channel;
    QString m_lastRole;
    QTimer m_coalesce;
};

} // namespace sc
