#pragma once

#include "Database.h"
#include "Language.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QTableView;

namespace sc {

class PairingTableModel;

// The application's window: the pairings of the open database in a table, its menus and a
// status bar saying which file is open and how many pairings it shows.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database& database() { return *m_database; }
    PairingTableModel* pairingModel() const { return m_model; }
    QTableView* pairingView() const { return m_view; }
    QString statusText() const;
    // Opens another database file in this window; errors are shown, the current one is kept.
    bool openDatabase(const QString& path, Database::Mode mode);
    void setDataLanguage(Language language);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void attachModel();
    void updateTitle();
    void updateStatus();
    void openFile();
    void copySelection();
    void showAbout();

    std::unique_ptr<Database> m_database;
    PairingTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_statusLabel = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    Language m_language = Language::En;
};

} // namespace sc
