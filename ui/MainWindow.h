#pragma once

#include "Database.h"
#include "Language.h"
#include "Statistics.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QUndoStack;

namespace sc {

class DetailPane;
class RecordDetailPane;
class FilterPanel;
class MainActions;
class MainTabs;
class ServerSession;
class RecordEditor;

// The application's window, and only its wiring: the filter panel, the tabs (pairings first),
// the detail panes, the menus and their shortcuts, the undo stack and the status bar. The parts
// live in their own files: MainTabs, MainActions, WindowSettings, RecordEditor.
//
// Tests drive it as a user would: they find its parts by object name ("tabs", "pairingsTable",
// "filterPanel", "statusLabel", the actions by name: "newPairing", "undo", …) and read the status
// bar. The seams are two named children: "recordEditor" (a RecordEditor) opens a dialog without
// showing it and names the database the window edits; "serverSession" (a ServerSession) creates
// the Connect to Server dialog and watches the connection.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens another database file in this window; errors are shown, the current one is kept.
    bool openDatabase(const QString& path, Database::Mode mode);
    // Shows `database` in this window in place of the current one.
    bool adopt(std::unique_ptr<Database> database);
    // Shows an error or refusal (remembered as lastMessage()).
    void showMessage(const QString& title, const QString& text);
    // Enables what may be done now: writable, connected, something selected.
    void updateActions();
    // Installs the UI translation and shows data names in `language`; remembered.
    void setLanguage(Language language);
    Language language() const { return m_language; }

public slots:
    // Re-reads every table and the detail pane: after an edit, or a change made elsewhere.
    void refresh();
    void newPairing();
    void newCity();
    void editSelected();
    void deleteSelected();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void connectActions();
    void retranslateUi();
    void importFile();
    void exportFile();
    void updateTitle();
    void updateStatus();
    void updateDetailPane();
    void showSelectedRecord();
    void openFile();
    // Shows why `problem` refused a file, and offers another file or the bundled dataset.
    void offerRecovery(const QString& problem, Database::Mode mode);
    void copySelection();
    void showAbout();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Database> m_recovered; // from the recovery dialog, until it is shown
    Language m_language = Language::En;

    QSplitter* m_splitter = nullptr;
    FilterPanel* m_filterPanel = nullptr;
    MainTabs* m_tabs = nullptr;
    DetailPane* m_detail = nullptr;
    RecordDetailPane* m_recordDetail = nullptr; // cities, divisions, sources
    bool m_fitColumns = false;                  // on first show: no column widths remembered yet
    QUndoStack* m_undoStack = nullptr;
    RecordEditor* m_editor = nullptr;
    QLabel* m_statusLabel = nullptr;
    MainActions* m_actions = nullptr;
    ServerSession* m_session = nullptr;
    Statistics m_statistics;
};

} // namespace sc
