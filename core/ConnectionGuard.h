#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace sc {

class Database;

// Watches a server's connection: a server restarted or a network gone is noticed (by a check
// every few seconds, or at once when a statement failed) and reported once through lost(); from
// then on the guard tries to connect again every few seconds, and says restored() when it did.
// Nothing is retried behind the user's back: an edit that failed was reported as failed by its
// own code, and what the window shows is re-read after restored(). A file is never lost.
class ConnectionGuard final : public QObject {
    Q_OBJECT

public:
    explicit ConnectionGuard(QObject* parent = nullptr);

    // Watches `database` (nullptr: nothing), which must outlive the guard or be replaced first.
    void setDatabase(Database* database);
    bool isLost() const { return m_lost; }
    // The server's last word on the lost connection.
    QString problem() const { return m_problem; }

public slots:
    // Whether the server answers; when it does not, lost() (once) and the retries begin.
    bool check();
    // One attempt to connect again; restored() when it worked. Whether it did.
    bool reconnect();

signals:
    void lost(const QString& problem);
    void restored();

private:
    Database* m_database = nullptr;
    bool m_lost = false;
    QString m_problem;
    QTimer m_poll;
    QTimer m_retry;
};

} // namespace sc
