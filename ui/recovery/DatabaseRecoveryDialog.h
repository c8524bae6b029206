#pragma once

#include "Database.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;

namespace sc {

// Shown when the database to open is refused (truncated, pages overwritten, another program's
// file): says why, that the file was left as it was, and offers a way on: open another database,
// or restore the bundled dataset into a new file. The refused file is never written. Its parts
// by object name: the label "problem", the buttons "openOther", "restore" and "quit".
class DatabaseRecoveryDialog final : public QDialog {
    Q_OBJECT

public:
    // What the way out means: at start there is no other database to go back to (Quit); from
    // File → Open the window keeps the one it has (KeepCurrent).
    enum class Exit { Quit, KeepCurrent };

    DatabaseRecoveryDialog(const QString& problem, Database::Mode mode, QWidget* parent = nullptr,
                           Exit exit = Exit::Quit);

    // Shows the dialog until a database opens (returned) or the user quits (nullptr).
    static std::unique_ptr<Database> recover(const QString& problem, Database::Mode mode,
                                             QWidget* parent = nullptr);

    // What the two buttons do once a file is chosen; on failure the dialog shows why and
    // returns false. The database opened is taken with takeDatabase().
    bool openOther(const QString& path);
    bool restoreInto(const QString& path);
    std::unique_ptr<Database> takeDatabase() { return std::move(m_database); }

private:
    void chooseOther();
    void chooseRestore();
    void showProblem(const QString& problem);

    Database::Mode m_mode;
    std::unique_ptr<Database> m_database;
    QLabel* m_problem = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_quit = nullptr;
};

} // namespace sc
