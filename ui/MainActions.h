#pragma once

#include "Language.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QUndoStack;
class QWidget;

namespace sc {

// The main window's actions and menus: their shortcuts, roles and words. The window decides
// what they do; this class only makes them, so that the window stays a wiring class.
class MainActions final : public QObject {
    Q_OBJECT

public:
    MainActions(QUndoStack* undoStack, int tabCount, QWidget* window);

    void addMenusTo(QMenuBar* bar);
    // `tabNames` in tab order, for the View menu's "Show …" actions.
    void retranslate(const QStringList& tabNames);
    void setCurrentLanguage(Language language);
    // What may be done now: `writable` (not read-only, the server not lost), a record
    // `selected` on the current tab, a `server`'s database, its connection `lost`.
    void enable(bool writable, bool selected, bool server, bool lost);

    QAction* open = nullptr;
    QAction* connectServer = nullptr;
    QAction* reconnect = nullptr; // shown for a server's database
    QAction* importData = nullptr;
    QAction* exportData = nullptr;
    QAction* quit = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* newPairing = nullptr;
    QAction* newCity = nullptr;
    QAction* edit = nullptr;
    QAction* remove = nullptr;
    QAction* copy = nullptr;
    QAction* reload = nullptr;
    QAction* find = nullptr;
    QAction* clearFilters = nullptr;
    QAction* toggleFilters = nullptr;
    QAction* toggleDetail = nullptr;
    QList<QAction*> tabs;
    QAction* aboutData = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;

signals:
    void languageChosen(sc::Language language);

private:
    QUndoStack* m_undoStack;
    QActionGroup* m_languages = nullptr;
    QMenu* m_file = nullptr;
    QMenu* m_edit = nullptr;
    QMenu* m_view = nullptr;
    QMenu* m_language = nullptr;
    QMenu* m_help = nullptr;
};

} // namespace sc
