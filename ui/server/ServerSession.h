#pragma once

#include "Database.h"

#include <QObject>
#include <QString>

class QAction;

namespace sc {

class ChangeListener;
class ConnectionGuard;
class MainWindow;
class ServerConnectDialog;

// The main window's life with a shared server: File → Connect to Server…, the changes other
// people commit shown as they come (re-read keeping each table's current row and scroll
// position), and a lost connection reported once, editing stopped until the guard has connected
// again (by itself every few seconds, or File → Reconnect to Server), then everything re-read.
// A file shows other connections' commits too (ChangeListener polls it); it is never lost.
class ServerSession final : public QObject {
    Q_OBJECT

public:
    explicit ServerSession(MainWindow* window);

    // After the window shows `database` (at start, and each time it opens another).
    void attach(Database& database);
    bool isLost() const;
    ConnectionGuard* guard() const { return m_guard; }

    // The dialog of File → Connect to Server…, not shown (tests and showConnectDialog()).
    ServerConnectDialog* createConnectDialog();
    // Opens the server at `location` in the window (asking for a password when needed); the
    // refusal in words, or an empty string. The window keeps its database when it fails.
    QString connectTo(const QString& location, bool readOnly);

public slots:
    void showConnectDialog();
    // File → Reconnect to Server: one attempt now.
    void reconnect();
    // Re-reads the window keeping what the user sees: a change committed elsewhere.
    void showChanges();

private:
    void onChanged(const QString& role);
    void onLost(const QString& problem);
    void onRestored();

    MainWindow* m_window;
    Database* m_database = nullptr;
    ChangeListener* m_listener;
    ConnectionGuard* m_guard;
};

} // namespace sc
