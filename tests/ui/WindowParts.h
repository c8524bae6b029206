#pragma once

// The main window's parts as a user meets them, found by object name (child<FilterPanel>(window,
// "filterPanel"), child<QAction>(window, "undo")…, see support/FindChild.h): tests drive the
// window through these and its public behaviour, never through getters of its own.

#include "Database.h"
#include "DetailPane.h"
#include "FilterPanel.h"
#include "MainTabs.h"
#include "MainWindow.h"
#include "RecordDetailPane.h"
#include "editors/RecordEditor.h"
#include "gallery/FigureGallery.h"
#include "maps/MapView.h"
#include "report/ReportCheckView.h"
#include "server/ServerSession.h"
#include "support/FindChild.h"
#include "survey/SurveyView.h"
#include "tables/PairingTableModel.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace sc::parts {

using testsupport::child;

inline QTableView* pairingView(const MainWindow& w)
{
    return child<QTableView>(w, "pairingsTable");
}
inline PairingTableModel* pairingModel(const MainWindow& w)
{
    return qobject_cast<PairingTableModel*>(pairingView(w)->model());
}
inline QTableView* tableView(const MainWindow& w, MainTabs::Tab tab)
{
    const char* const names[] = {"pairingsTable",  "citiesTable",  "divisionsTable",
                                 "countriesTable", "sourcesTable", "surveysTable"};
    return child<QTableView>(w, names[tab]);
}

// The counts in the status bar, and the last refusal or error shown there.
inline QString statusText(const MainWindow& w)
{
    return child<QLabel>(w, "statusLabel")->text();
}
inline QString lastMessage(const MainWindow& w)
{
    return w.statusBar()->currentMessage();
}

// Every action that writes to the database: the ones read-only mode must disable.
inline QList<QAction*> editingActions(const MainWindow& w)
{
    QList<QAction*> actions;
    for (const char* name :
         {"undo", "redo", "newPairing", "newCity", "edit", "remove", "importData"})
        actions << child<QAction>(w, name);
    return actions;
}

// The window's one test seam: its editor opens dialogs without showing them, runs commands, and
// names the database the window shows.
inline RecordEditor& editor(const MainWindow& w)
{
    return *child<RecordEditor>(w, "recordEditor");
}
inline Database& database(const MainWindow& w)
{
    return editor(w).database();
}
// Its server session ("serverSession"): what File → Connect to Server and a lost connection do.
inline ServerSession& session(const MainWindow& w)
{
    return *child<ServerSession>(w, "serverSession");
}

// What a detail pane or the survey view shows, as plain text: its QTextBrowser "browser".
inline QTextBrowser* browser(const QWidget* pane)
{
    return child<QTextBrowser>(*pane, "browser");
}
inline QString shownText(const QWidget* pane)
{
    return browser(pane)->toPlainText();
}

// The id in the first column's Qt::UserRole of the current row of `view`, or 0.
inline qint64 currentId(const QTableView* view)
{
    const QModelIndex current = view->selectionModel() ? view->currentIndex() : QModelIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(Qt::UserRole).toLongLong() : 0;
}
inline qint64 selectedPairingId(const MainWindow& w)
{
    return currentId(pairingView(w));
}
inline qint64 selectedCityId(const MainWindow& w)
{
    return currentId(tableView(w, MainTabs::CitiesTab));
}
// Makes the pairing `id` the current row, as a click on it would.
inline void selectPairing(const MainWindow& w, qint64 id)
{
    QTableView* view = pairingView(w);
    const QModelIndexList rows =
        view->model()->match(view->model()->index(0, 0), Qt::UserRole, id, 1, Qt::MatchExactly);
    if (!rows.isEmpty())
        view->setCurrentIndex(rows.first());
}

} // namespace sc::parts
