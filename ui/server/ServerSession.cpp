#include "ServerSession.h"

#include "ChangeListener.h"
#include "ConnectionGuard.h"
#include "Error.h"
#include "MainTabs.h"
#include "MainWindow.h"
#include "ServerConnectDialog.h"
#include "ServerPasswordPrompt.h"
#include "editors/RecordEditor.h"
#include "tables/TableViewState.h"

#include <QStatusBar>
#include <QTableView>

namespace sc {

ServerSession::ServerSession(MainWindow* window)
    : QObject(window), m_window(window), m_listener(new ChangeListener(this)),
      m_guard(new ConnectionGuard(this))
{
    connect(m_listener, &ChangeListener::changed, this, &ServerSession::onChanged);
    connect(m_guard, &ConnectionGuard::lost, this, &ServerSession::onLost);
    connect(m_guard, &ConnectionGuard::restored, this, &ServerSession::onRestored);
}

void ServerSession::attach(Database& database)
{
    m_database = &database;
    m_guard->setDatabase(&database);
    m_listener->attach(database);
}

bool ServerSession::isLost() const
{
    return m_guard->isLost();
}

ServerConnectDialog* ServerSession::createConnectDialog()
{
    auto* dialog = new ServerConnectDialog(
        [this](const QString& location, bool readOnly) { return connectTo(location, readOnly); },
        m_window);
    return dialog;
}

void ServerSession::showConnectDialog()
{
    ServerConnectDialog* dialog = createConnectDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): the window stays responsive, and tests are never blocked.
    dialog->open();
}

QString ServerSession::connectTo(const QString& location, bool readOnly)
{
    std::unique_ptr<Database> database;
    try {
        database = ServerPasswordPrompt::open(
            location, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite, m_window);
    } catch (const Error& error) {
        return error.message();
    }
    if (!m_window->adopt(std::move(database)))
        return m_window->statusBar()->currentMessage();
    return QString();
}

void ServerSession::showChanges()
{
    if (isLost())
        return;
    const QList<QTableView*> views = m_window->findChild<MainTabs*>()->tables();
    QList<TableViewState> states;
    for (const QTableView* view : std::as_const(views))
        states << TableViewState::of(view);
    try {
        m_window->refresh();
    } catch (const Error&) {
        // A re-read that fails has most likely lost the server: the guard says so.
        m_guard->check();
        return;
    }
    for (int i = 0; i < views.size(); ++i)
        states.at(i).restore(views.at(i));
}

void ServerSession::onChanged(const QString& role)
{
    if (isLost())
        return;
    showChanges();
    // Said, because rows may have moved under the user's eyes.
    m_window->statusBar()->showMessage(role.isEmpty()
                                           ? tr("Shown: changes saved elsewhere just now.")
                                           : tr("Shown: changes %1 saved just now.").arg(role),
                                       10000);
}

void ServerSession::reconnect()
{
    if (!m_guard->reconnect())
        m_window->statusBar()->showMessage(
            tr("The server does not answer yet: %1").arg(m_guard->problem()), 10000);
}

void ServerSession::onLost(const QString& problem)
{
    // Nothing may be written until the server is back; the undo history stays as it is, every
    // step on it having been committed.
    m_window->updateActions();
    m_listener->detach();
    m_window->showMessage(
        tr("Connection lost"),
        tr("The connection to %1 was lost: %2\n\nEvery change that was reported as saved is "
           "on the server; a change that failed was reported as failed. A change whose answer "
           "the connection lost is looked up when the connection is back, and you are told "
           "whether it was saved. Editing is off until then: Sister Cities tries again every "
           "few seconds, or choose File → Reconnect to Server.")
            .arg(m_database->path(), problem));
}

void ServerSession::onRestored()
{
    m_listener->attach(*m_database);
    // Said first: the word on an edit in doubt, which may come at once, must not be overwritten.
    m_window->statusBar()->showMessage(tr("Connected to %1 again.").arg(m_database->path()), 10000);
    // An edit whose COMMIT went unanswered is saved or not: the server says which, and a saved
    // one joins the undo history before the tables are re-read.
    if (auto* editor = m_window->findChild<RecordEditor*>(QStringLiteral("recordEditor")))
        editor->resolveInDoubt();
    showChanges(); // what others committed meanwhile; it also turns editing back on
}

} // namespace sc
